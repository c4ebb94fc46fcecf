from .names import NameRequest
from .support_requests import RoutingRule, SupportRequest, SupportRequestEvent

__all__ = ["NameRequest", "RoutingRule", "SupportRequest", "SupportRequestEvent"]
