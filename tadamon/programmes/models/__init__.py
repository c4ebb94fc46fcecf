from .programme import Enrolment, Phase, Programme

__all__ = ["Enrolment", "Phase", "Programme"]
