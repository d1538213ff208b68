"""Moving customer lists in and out of files: CSV (comma or semicolon, any common encoding)
and XLSX, checked all-or-nothing, bulk-inserted; exports that import back unchanged."""

from __future__ import annotations

from bizcare.services.transfer.exporting import export_customers
from bizcare.services.transfer.importing import (
    FIELDS,
    ImportPlan,
    RawTable,
    guess_mapping,
    import_customers,
    plan_import,
    read_table,
)

__all__ = [
    "FIELDS",
    "ImportPlan",
    "RawTable",
    "export_customers",
    "guess_mapping",
    "import_customers",
    "plan_import",
    "read_table",
]
