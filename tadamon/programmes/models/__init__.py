from .diagnosis import Diagnosis, Module, PlanAction
from .programme import Enrolment, Phase, Programme

__all__ = ["Diagnosis", "Enrolment", "Module", "Phase", "PlanAction", "Programme"]
