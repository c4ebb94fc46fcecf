from .certificates import Certificate, CertificateBatch
from .coaching import CoachingVisit
from .diagnosis import Diagnosis, Module, PlanAction
from .programme import Enrolment, Phase, Programme
from .training import Registration, Session, Trainer

__all__ = ["Certificate", "CertificateBatch", "CoachingVisit", "Diagnosis", "Enrolment", "Module", "Phase",
           "PlanAction", "Programme", "Registration", "Session", "Trainer"]
