from .names import NameRequest

__all__ = ["NameRequest"]
