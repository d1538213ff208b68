"""A table model that pages rows in from a service, so 100,000 rows scroll without loading.

The model knows the total (``source.count()``) and keeps only a small window of pages
(``source.fetch(offset, limit)``) in an LRU cache, fetched on demand from ``data()``. A new
query shows its first page at once; when that page is full, the total is counted off the
GUI thread (counting every hit of a word most customers share reads them all) and the
rows beyond the first page appear when it is known. Searching,
filtering and sorting are the database's job: a new query is a new :class:`PageSource` swapped
in with :meth:`PagedTableModel.set_source`, and :meth:`PagedTableModel.sort` asks the source
for a copy sorted in SQL. Never put a ``QSortFilterProxyModel`` over it.

A subclass declares ``Columns`` (an ``IntEnum``), ``sort_keys`` (column -> the service's sort
key) and overrides :meth:`header_text` and :meth:`cell`; painting (money, chips) lives in the
delegates of :mod:`bizcare.ui.common.delegates`, which read the custom roles below.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import IntEnum
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)

if TYPE_CHECKING:
    from sqlmodel import Session

    from bizcare.storage.db import Database

log = logging.getLogger(__name__)

R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)

Index = QModelIndex | QPersistentModelIndex

#: The raw value behind a cell (int Rupiah, a date, an enum value): for delegates and tests.
RawRole = Qt.ItemDataRole.UserRole + 1
#: The whole row object of the service (e.g. a ``CustomerRow``).
RowRole = Qt.ItemDataRole.UserRole + 2
#: The row's database id (``row.id``), to keep a selection across reloads.
IdRole = Qt.ItemDataRole.UserRole + 3
#: Alignment of numbers (money, points) in cells and headers.
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
#: A chip style name for :class:`~bizcare.ui.common.delegates.ChipDelegate` ("green", …).
ChipRole = Qt.ItemDataRole.UserRole + 4


class PageSource(Protocol[R_co]):
    """One query of a service, bound to its search and filters.

    ``fetch`` runs in the GUI thread on every page, so it must be indexed SQL (a page of a
    hundred rows in a few milliseconds). ``count`` runs in a worker thread when the first
    page is full, so it must not touch Qt objects.
    """

    def count(self) -> int:
        """How many rows the query has in total."""
        ...

    def fetch(self, offset: int, limit: int) -> Sequence[R_co]:
        """Rows ``offset`` … ``offset + limit - 1`` in the query's order."""
        ...

    def sorting(self) -> tuple[str, bool]:
        """The current (sort key, descending)."""
        ...

    def sorted_by(self, key: str, descending: bool) -> PageSource[R_co]:
        """The same query in that order (sorted by the database), as a fresh source.

        :meth:`PagedTableModel.reload` calls it with the current order to drop whatever the
        source cached, so it must return a new object when the source keeps state.
        """
        ...


class EmptySource:
    """A source with no rows: the state of a model before its first query."""

    def count(self) -> int:
        return 0

    def fetch(self, offset: int, limit: int) -> Sequence[Any]:
        del offset, limit
        return []

    def sorting(self) -> tuple[str, bool]:
        return ("", False)

    def sorted_by(self, key: str, descending: bool) -> EmptySource:
        del key, descending
        return self


class SortedQuery(Protocol):
    """A service's (frozen) query dataclass: filters plus the order the database sorts by."""

    @property
    def sort(self) -> str: ...

    @property
    def descending(self) -> bool: ...


Q = TypeVar("Q", bound=SortedQuery)


@dataclass(frozen=True)
class QuerySource(Generic[Q, R]):
    """A :class:`PageSource` over one query of a service's ``count_fn`` / ``page_fn`` pair.

    Each call opens its own short read transaction, so a list never holds a lock. Sources
    are immutable: another order or other filters make a new one.
    """

    db: Database
    query: Q
    count_fn: Callable[[Session, Q], int]
    page_fn: Callable[[Session, Q, int, int], Sequence[R]]

    def count(self) -> int:
        return self.db.run(lambda session: self.count_fn(session, self.query), write=False)

    def fetch(self, offset: int, limit: int) -> Sequence[R]:
        return self.db.run(
            lambda s: self.page_fn(s, self.query, offset, limit), write=False)

    def sorting(self) -> tuple[str, bool]:
        return (self.query.sort, self.query.descending)

    def sorted_by(self, key: str, descending: bool) -> QuerySource[Q, R]:
        return replace(self, query=replace(self.query, sort=key,  # type: ignore[type-var]
                                           descending=descending))

    def with_query(self, query: Q) -> QuerySource[Q, R]:
        """Other filters, keeping the current order."""
        return replace(self, query=replace(query, sort=self.query.sort,  # type: ignore[type-var]
                                           descending=self.query.descending))


class _Relay(QObject):
    """Carries a count from the worker thread to the model (queued into the GUI thread)."""

    counted = Signal(int, int)  # generation, total
    failed = Signal(int, object)  # generation, exception


class _CountJob(QRunnable):
    def __init__(self, source: PageSource[Any], generation: int, relay: _Relay) -> None:
        super().__init__()
        self.source, self.generation, self.relay = source, generation, relay

    def run(self) -> None:
        try:
            total = max(0, int(self.source.count()))
        except Exception as exc:  # noqa: BLE001 - reported to the model, logged there
            self._send(self.relay.failed, exc)
        else:
            self._send(self.relay.counted, total)

    def _send(self, signal: Any, value: object) -> None:
        try:
            signal.emit(self.generation, value)
        except RuntimeError:  # the model is gone: nobody is waiting for this count
            log.debug("count of a closed list dropped")


class PagedTableModel(QAbstractTableModel, Generic[R]):
    """Windowed, lazily fetched rows of a :class:`PageSource`.

    Signals:
        reloaded(int): a new query or order is in place and its total is known (the
            argument); after :meth:`set_source` it may come a moment later, from the count.
        failed(object): the source raised (the exception); the model shows no rows for it.
    """

    reloaded = Signal(int)
    failed = Signal(object)

    #: Override in subclasses: the columns in display order.
    Columns: ClassVar[type[IntEnum]]
    #: Column -> sort key understood by the source; columns missing here do not sort.
    sort_keys: ClassVar[Mapping[int, str]] = {}
    #: Numeric columns: right-aligned in their cells and their headers.
    right_columns: ClassVar[Collection[int]] = ()

    def __init__(
        self,
        source: PageSource[R] | None = None,
        *,
        page_size: int = 100,
        max_pages: int = 24,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._page_size = max(1, page_size)
        self._max_pages = max(2, max_pages)
        self._pages: OrderedDict[int, Sequence[R]] = OrderedDict()
        self._source: PageSource[R] = source if source is not None else EmptySource()
        self._total = self._safe_count(self._source)
        self._generation = 0
        self._counting = False
        self._relay = _Relay(self)
        self._relay.counted.connect(self._counted)
        self._relay.failed.connect(self._count_failed)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)

    # -- what subclasses override ------------------------------------------------------
    def header_text(self, column: int) -> str:
        """The translated header of ``column``; by default the enum member's name."""
        return self.Columns(column).name.replace("_", " ").title()

    def cell(self, row: R, column: int, role: int) -> Any:
        """Data of one cell for ``role``; by default the row attribute named like the column.

        ``DisplayRole`` gets ``str`` of the attribute, ``RawRole`` the attribute itself.
        """
        if role in (Qt.ItemDataRole.DisplayRole, RawRole):
            value = getattr(row, self.Columns(column).name.lower(), None)
            if role == RawRole:
                return value
            return "" if value is None else str(value)
        return None

    # -- queries -----------------------------------------------------------------------
    @property
    def source(self) -> PageSource[R]:
        return self._source

    @property
    def total(self) -> int:
        return self._total

    @property
    def counting(self) -> bool:
        """True while the total of the current query is being counted (only its first page
        is shown meanwhile)."""
        return self._counting

    def set_source(self, source: PageSource[R]) -> None:
        """Show another query (search, filter, order): one reset, then pages on demand.

        A first page that is not full is the whole answer; otherwise it is shown and the
        total follows from a count in the worker thread (``reloaded`` then says it).
        """
        self._generation += 1
        self._pool.clear()  # counts of earlier queries not started yet: not needed any more
        self.beginResetModel()
        self._source = source
        self._pages.clear()
        first = self._load(0)
        self._total = len(first)
        self._counting = len(first) >= self._page_size
        self.endResetModel()
        if self._counting:
            self._pool.start(_CountJob(source, self._generation, self._relay))
        else:
            self.reloaded.emit(self._total)

    def wait_for_count(self, msecs: int = -1) -> bool:
        """Block until a running count is done (for tests and scripts); True when done."""
        return bool(self._pool.waitForDone(msecs))

    def _counted(self, generation: int, total: int) -> None:
        if generation != self._generation:
            return
        self._counting = False
        if total > self._total:
            self.beginInsertRows(QModelIndex(), self._total, total - 1)
            self._total = total
            self.endInsertRows()
        elif total < self._total:  # rows went away between the page and the count
            self.beginResetModel()
            self._pages.clear()
            self._total = total
            self.endResetModel()
        self.reloaded.emit(self._total)

    def _count_failed(self, generation: int, exc: object) -> None:
        if generation != self._generation:
            return
        self._counting = False
        log.error("counting rows failed", exc_info=exc if isinstance(exc, Exception) else None)
        self.failed.emit(exc)
        self.reloaded.emit(self._total)

    def reload(self) -> None:
        """Re-read the same query after the data changed (a fresh copy drops its caches)."""
        self.set_source(self._source.sorted_by(*self._source.sorting()))

    def row_at(self, row: int) -> R | None:
        """The service row at ``row``, fetching its page if needed (None out of range)."""
        if not 0 <= row < self._total:
            return None
        number, within = divmod(row, self._page_size)
        page = self._pages.get(number)
        if page is None:
            page = self._load(number)
        else:
            self._pages.move_to_end(number)
        return page[within] if within < len(page) else None

    def row_of_id(self, row_id: object) -> int | None:
        """Where the row with ``id == row_id`` is, looking only in cached pages."""
        for number, page in self._pages.items():
            for within, item in enumerate(page):
                if getattr(item, "id", None) == row_id:
                    return number * self._page_size + within
        return None

    def cached_rows(self) -> int:
        """How many rows are held in memory now (for tests and benchmarks)."""
        return sum(len(p) for p in self._pages.values())

    # -- Qt model API ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.Columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.Columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.header_text(section)
            if role == Qt.ItemDataRole.TextAlignmentRole and section in self.right_columns:
                return RIGHT
            return None
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() >= len(self.Columns):
            return None
        item = self.row_at(index.row())
        if item is None:
            return None
        if role == RowRole:
            return item
        if role == IdRole:
            return getattr(item, "id", None)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.right_columns:
            return RIGHT
        return self.cell(item, index.column(), role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Ask the source to sort in SQL; columns without a sort key are left as they are."""
        key = self.sort_keys.get(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if self._source.sorting() == (key, descending):
            return
        # A reset, not a layout change: rows outside the cache cannot be mapped to their new
        # places, so persistent indexes (selection) are dropped and restored by id by the view.
        self.beginResetModel()
        self._source = self._source.sorted_by(key, descending)
        self._pages.clear()
        self.endResetModel()
        self.reloaded.emit(self._total)

    # -- paging ------------------------------------------------------------------------
    def _load(self, number: int) -> Sequence[R]:
        try:
            page = list(self._source.fetch(number * self._page_size, self._page_size))
        except Exception as exc:  # noqa: BLE001 - shown by the owner of the model, logged here
            log.error("fetching page %d failed", number, exc_info=True)
            self.failed.emit(exc)
            page = []
        self._pages[number] = page
        while len(self._pages) > self._max_pages:
            self._pages.popitem(last=False)
        return page

    def _safe_count(self, source: PageSource[R]) -> int:
        try:
            return max(0, int(source.count()))
        except Exception as exc:  # noqa: BLE001 - shown by the owner of the model, logged here
            log.error("counting rows failed", exc_info=True)
            self.failed.emit(exc)
            return 0
