"""Reading what people type on the billing command line: amounts and invoice lines."""

from __future__ import annotations

import argparse
import re
from typing import Any

from bizcare.domain.errors import ValidationError
from bizcare.domain.i18n import QT_TRANSLATE_NOOP


def output(p: argparse.ArgumentParser) -> None:
    from bizcare.cli import _types as t

    p.add_argument("-o", "--output", required=True, metavar="FILE", type=t.output_file)


def amount(text: str) -> int:
    """Whole Rupiah: ``1250000``, ``1.250.000`` or ``Rp1.250.000``."""
    from bizcare.documents.formatting import parse_rupiah

    return parse_rupiah(text)


def invoice_line(text: str) -> Any:
    """``DESC;QTY;PRICE`` or ``DESC;QTY;PRICE;UNIT``; the description may contain ``;``.

    Quantities take a comma or a dot as the decimal mark (``1,5`` = ``1.5``).
    """
    from bizcare.services.billing import LineInput, clean_quantity

    parts = text.split(";")
    unit = "pcs"
    if len(parts) >= 4 and not _numeric(parts[-1]):
        unit = parts.pop().strip() or "pcs"
    if len(parts) < 3:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A line looks like \"DESC;QTY;PRICE\": {value}"),
            "line",
            value=text,
        )
    description = ";".join(parts[:-2])
    return LineInput(description, clean_quantity(parts[-2]), amount(parts[-1]), unit=unit)


def _numeric(text: str) -> bool:
    cleaned = text.strip().lower().removeprefix("rp").replace(".", "").replace(",", "")
    return re.fullmatch(r"[0-9]+", cleaned.strip(), re.ASCII) is not None


def id_of(row: Any) -> int:
    """The primary key of a row that came from the database (never None there)."""
    return int(row.id)
