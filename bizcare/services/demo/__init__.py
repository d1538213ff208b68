"""``bizcare demo``: a deterministic Indonesian shop with a history, one module per area."""

from __future__ import annotations

from bizcare.services.demo.run import DatabaseNotEmpty, check_arguments, generate
from bizcare.services.demo.store import count_customers

__all__ = [
    "DatabaseNotEmpty",
    "check_arguments",
    "count_customers",
    "generate",
]
