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
    "CHECKLIST", "AnnualDeclaration", "DeclarationReminder", "Finding", "Inspection",
    "Application", "ApplicationDocument", "BudgetLine", "Call", "Criterion", "Grant", "GrantReport", "NameRequest",
    "Review", "RoutingRule", "Score", "SupportRequest", "SupportRequestAttachment", "SupportRequestEvent",
    "Tranche",
]
