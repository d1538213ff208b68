"""Table models of the Poin Loyalitas tab: paged members, and short lists shown whole.

Members page in from :func:`member_page` (search and order in SQL). The history, the
reminder list and the leaderboard are short lists held whole by :class:`RowsModel`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from typing import Any, ClassVar

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from bizcare.documents.formatting import format_date_short, format_number
from bizcare.domain.enums import LedgerKind
from bizcare.services.loyalty import MemberQuery, MemberRow, count_members, member_page
from bizcare.storage.db import Database
from bizcare.ui.common.list_model import ListTableModel
from bizcare.ui.common.paged_model import ChipRole, PagedTableModel, QuerySource, RawRole

Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

TIER_CHIPS = {"Silver": "grey", "Gold": "amber", "Platinum": "indigo"}


def tier_chip(name: str) -> str | None:
    """Chip style of a tier: the defaults have their colours, the owner's own tiers teal."""
    return TIER_CHIPS.get(name, "teal") if name else None


def kind_label(kind: str) -> str:
    labels = {
        LedgerKind.EARN: QCoreApplication.translate("LoyaltyTab", "Earned"),
        LedgerKind.BONUS: QCoreApplication.translate("LoyaltyTab", "Bonus"),
        LedgerKind.REDEEM: QCoreApplication.translate("LoyaltyTab", "Redeemed"),
        LedgerKind.EXPIRE: QCoreApplication.translate("LoyaltyTab", "Expired"),
        LedgerKind.ADJUST: QCoreApplication.translate("LoyaltyTab", "Adjustment"),
        LedgerKind.REVERSE: QCoreApplication.translate("LoyaltyTab", "Reversed"),
    }
    return labels.get(LedgerKind(kind), kind) if kind in set(LedgerKind) else kind


def reason_text(reason: str) -> str:
    """System reasons are source strings of the "loyalty" context; typed ones pass through."""
    return QCoreApplication.translate("loyalty", reason) if reason else ""


def multiplier_text(bp: int) -> str:
    """A multiplier in basis points as people write it: 12500 -> "×1,25", 20000 -> "×2"."""
    whole, rest = divmod(bp, 10_000)
    decimals = f"{rest:04d}".rstrip("0")
    return f"×{whole}," + decimals if decimals else f"×{whole}"


def fit_header(view: Any, stretch: int) -> None:
    """Size columns to their header text (not to the rows: those page in), one stretches."""
    header = view.horizontalHeader()
    metrics = header.fontMetrics()
    model = view.model()
    for column in range(model.columnCount()):
        text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        header.resizeSection(column, max(90, metrics.horizontalAdvance(text) + 36))
    header.setSectionResizeMode(stretch, header.ResizeMode.Stretch)


def fit_rows(view: Any, stretch: int, padding: int = 16) -> None:
    """Size a short list's columns to their contents with some air; one column takes the rest.

    The stretching column is never sized to its contents, so a long reason is elided instead
    of pushing a horizontal scroll bar into a narrow panel.
    """
    header = view.horizontalHeader()
    header.setSectionResizeMode(stretch, header.ResizeMode.Stretch)
    for column in range(header.count()):
        if column != stretch:
            view.resizeColumnToContents(column)
            header.resizeSection(column, header.sectionSize(column) + padding)


def short_date(day: date | None, lang: str = "id") -> str:
    return format_date_short(day, lang) if day else "–"


def member_source(db: Database, query: MemberQuery | None = None,
                  ) -> QuerySource[MemberQuery, MemberRow]:
    """One member query answered by :func:`member_page` in SQL."""
    return QuerySource(db, query if query is not None else MemberQuery(),
                       count_members, member_page)


class MemberTableModel(PagedTableModel[MemberRow]):
    """Members: code, name, tier chip, points, points expiring in 30 days, next expiry."""

    Columns = IntEnum("Columns", "CODE NAME TIER POINTS EXPIRING NEXT_EXPIRY", start=0)

    sort_keys: ClassVar[dict[int, str]] = {
        Columns.CODE: "code", Columns.NAME: "name", Columns.TIER: "spend",
        Columns.POINTS: "points",
    }
    right_columns: ClassVar[tuple[int, ...]] = (Columns.POINTS, Columns.EXPIRING)

    def __init__(self, *args: Any, lang: str = "id", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lang = lang

    def header_text(self, column: int) -> str:
        c = self.Columns
        return {
            c.CODE: self.tr("Code"), c.NAME: self.tr("Name"), c.TIER: self.tr("Tier"),
            c.POINTS: self.tr("Points"), c.EXPIRING: self.tr("Expiring in 30 days"),
            c.NEXT_EXPIRY: self.tr("Next expiry"),
        }[self.Columns(column)]

    def cell(self, row: MemberRow, column: int, role: int) -> Any:
        c = self.Columns
        col = c(column)
        raw = {c.CODE: row.code, c.NAME: row.name, c.TIER: row.tier, c.POINTS: row.points,
               c.EXPIRING: row.expiring_30d, c.NEXT_EXPIRY: row.next_expiry}[col]
        if role == RawRole:
            return raw
        if role == Qt.ItemDataRole.DisplayRole:
            if col in (c.POINTS, c.EXPIRING):
                points = row.points if col == c.POINTS else row.expiring_30d
                return format_number(points) if points or col == c.POINTS else ""
            if col == c.NEXT_EXPIRY:
                return short_date(row.next_expiry, self.lang) if row.next_expiry else ""
            return str(raw or "")
        if role == ChipRole and col == c.TIER:
            return tier_chip(row.tier)
        return None


@dataclass(frozen=True)
class Column:
    """A column of a :class:`RowsModel`: header, text of a row, optionally right-aligned."""

    header: str
    text: Callable[[Any], str]
    right: bool = False


class RowsModel(ListTableModel[Any]):
    """A short list of service rows shown whole (history, reminders, leaderboard)."""

    right_headers = False

    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)

    def column_count(self) -> int:
        return len(self.columns)

    def header_text(self, column: int) -> str:
        return self.columns[column].header

    def is_right(self, column: int) -> bool:
        return self.columns[column].right

    def cell(self, row: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[column].text(row)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def signed(points: int) -> str:
    return ("+" if points > 0 else "") + format_number(points) if points else "0"
