from .awards import Award, AwardCategory, AwardEdition, AwardPlacement
from .calls import (
    Application,
    ApplicationDocument,
    BudgetLine,
    Call,
    Criterion,
    Grant,
    GrantReport,
    Review,
    Score,
    Tranche,
)
from .compliance import CHECKLIST, AnnualDeclaration, DeclarationReminder, Finding, Inspection
from .names import NameRequest
from .support_requests import RoutingRule, SupportRequest, SupportRequestAttachment, SupportRequestEvent

__all__ = [
    "Award", "AwardCategory", "AwardEdition", "AwardPlacement",
    "CHECKLIST", "AnnualDeclaration", "DeclarationReminder", "Finding", "Inspection",
    "Application", "ApplicationDocument", "BudgetLine", "Call", "Criterion", "Grant", "GrantReport", "NameRequest",
    "Review", "RoutingRule", "Score", "SupportRequest", "SupportRequestAttachment", "SupportRequestEvent",
    "Tranche",
]
