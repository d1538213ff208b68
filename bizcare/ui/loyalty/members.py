"""Members: the paged list (left) and one member's status, vouchers and history (right)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bizcare.documents.formatting import format_date_long, format_number, format_rupiah
from bizcare.domain.enums import LoyaltyProgram
from bizcare.services.loyalty import member_card
from bizcare.ui.common.context import UiContext
from bizcare.ui.common.delegates import ChipDelegate
from bizcare.ui.common.empty_state import EmptyState
from bizcare.ui.common.list_view import ListPage, ListView, configure_table
from bizcare.ui.common.paged_model import QuerySource, RowRole
from bizcare.ui.common.palette import set_tone
from bizcare.ui.loyalty.models import (
    Column,
    MemberTableModel,
    RowsModel,
    fit_header,
    fit_rows,
    kind_label,
    member_source,
    multiplier_text,
    reason_text,
    short_date,
    signed,
)

SEARCH_DELAY_MS = 150
Mc = MemberTableModel.Columns


class MemberDetail(QWidget):
    """One member: tier, points, what expires soon, open vouchers and the ledger history."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id: int | None = None
        self.name = self.code = ""
        layout = QVBoxLayout(self)
        self.title = QLabel()
        font = QFont()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        grid = QGridLayout()
        self.points = QLabel()
        self.points.setObjectName("memberPoints")
        self.tier = QLabel()
        self.expiry = QLabel()
        self.spend = QLabel()
        self.vouchers = QLabel()
        self.vouchers.setWordWrap(True)
        for row, (label, widget) in enumerate([
            (self.tr("Points"), self.points), (self.tr("Tier"), self.tier),
            (self.tr("Expiry"), self.expiry), (self.tr("Paid in 12 months"), self.spend),
            (self.tr("Vouchers"), self.vouchers),
        ]):
            name = QLabel(label)
            set_tone(name, "muted")
            grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(widget, row, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        heading = QLabel(self.tr("History"))
        heading.setStyleSheet("font-weight: bold; margin-top: 8px;")
        layout.addWidget(heading)
        lang = ctx.lang
        self.history_model = RowsModel([
            Column(self.tr("Date"), lambda r: short_date(r.occurred_on, lang)),
            Column(self.tr("Type"), lambda r: kind_label(r.kind)),
            Column(self.tr("Points"), lambda r: signed(r.points), right=True),
            Column(self.tr("Balance"), lambda r: format_number(r.balance), right=True),
            Column(self.tr("Expires"), lambda r: short_date(r.expires_on, lang)
                   if r.expires_on else ""),
            Column(self.tr("Reference / reason"), lambda r: " · ".join(
                x for x in (r.receipt_number, r.reward_name if r.reward_name != r.reason
                            else "", reason_text(r.reason)) if x)),
        ], self)
        self.history_view = QTableView()
        self.history_view.setModel(self.history_model)
        configure_table(self.history_view, stretch=5)
        layout.addWidget(self.history_view, 1)

    def show_member(self, customer_id: int | None, name: str = "", code: str = "") -> None:
        self.customer_id, self.name, self.code = customer_id, name, code
        if customer_id is None:
            self.title.setText(self.tr("Choose a member on the left."))
            for label in (self.points, self.tier, self.expiry, self.spend, self.vouchers):
                label.clear()
            self.history_model.set_rows([])
            return
        today = date.today()
        card = member_card(self.ctx.db, customer_id, today)
        status, rows, vouchers = card.status, card.history, card.vouchers
        self.title.setText(f"{name}  ·  {code}")
        self.points.setText(self.tr("{points} points").format(points=format_number(
            status.points)))
        self.tier.setText(self.tr("{tier} · points {multiplier}").format(
            tier=status.tier, multiplier=multiplier_text(status.multiplier_bp))
            if status.tier else "–")
        if status.next_expiry:
            text = self.tr("{points} points expire on {date}").format(
                points=format_number(status.next_expiry_points),
                date=format_date_long(status.next_expiry, self.ctx.lang))
            if status.expiring_30d:
                text += "\n" + self.tr("{points} points expire within 30 days").format(
                    points=format_number(status.expiring_30d))
            self.expiry.setText(text)
        else:
            self.expiry.setText(self.tr("No points waiting to expire"))
        self.spend.setText(format_rupiah(status.spend_12m))
        self.vouchers.setText("\n".join(
            self.tr("{code}: {value}, since {date}").format(
                code=v.code, value=format_rupiah(v.value), date=short_date(v.issued_on,
                                                                          self.ctx.lang))
            for v in vouchers) or self.tr("None"))
        self.history_model.set_rows(list(reversed(rows)))
        fit_rows(self.history_view, 5, padding=10)


class MembersPage(QWidget):
    """Search, the member list, and the detail of the selected member.

    Signals:
        redeem_requested(int, str): redeem for (customer id, name).
        adjust_requested(int, str): adjust for (customer id, name).
        settings_requested(): the empty state's button.
    """

    redeem_requested = Signal(int, str)
    adjust_requested = Signal(int, str)
    settings_requested = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.redeem_button = QPushButton(self.tr("&Redeem points"))
        self.redeem_button.setShortcut(QKeySequence("Ctrl+R"))
        self.redeem_button.setToolTip(self.tr("Redeem points for the selected member (Ctrl+R)"))
        self.redeem_button.setDefault(True)
        self.adjust_button = QPushButton(self.tr("Adjust…"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, code or phone…"))
        self.search.setClearButtonEnabled(True)
        self.only_points = QCheckBox(self.tr("Only with points"))
        self.program = QComboBox()
        self.program.addItem(self.tr("Customers"), LoyaltyProgram.CUSTOMER)
        self.program.addItem(self.tr("Internal (appreciation)"), LoyaltyProgram.INTERNAL)
        bar.addWidget(self.redeem_button)
        bar.addWidget(self.adjust_button)
        bar.addStretch(1)
        bar.addWidget(self.program)
        bar.addWidget(self.only_points)
        bar.addWidget(self.search, 1)
        layout.addLayout(bar)
        self.model = MemberTableModel(member_source(ctx.db), lang=ctx.lang, parent=self)
        self.view = ListView(self.model, delegates={Mc.TIER: ChipDelegate},
                             sort=(Mc.NAME, Qt.SortOrder.AscendingOrder))
        fit_header(self.view, Mc.NAME)
        self.detail = MemberDetail(ctx)
        splitter = QSplitter()
        splitter.addWidget(self.view)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.empty = EmptyState(
            self.tr("No members yet: customers collect points when a kwitansi records their "
                    "payment."), self.tr("Set up the programme"))
        self.empty.action.connect(self.settings_requested)
        self.stack = ListPage(splitter, self.empty)
        layout.addWidget(self.stack, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._timer.start)
        self.only_points.toggled.connect(self.apply_filter)
        self.program.currentIndexChanged.connect(self.apply_filter)
        self.view.current_id_changed.connect(self._current_changed)
        self.redeem_button.clicked.connect(lambda: self._request(self.redeem_requested))
        self.adjust_button.clicked.connect(lambda: self._request(self.adjust_requested))
        self.model.reloaded.connect(self._reloaded)
        self._reloaded(self.model.total)

    def apply_filter(self) -> None:
        source = self.model.source
        assert isinstance(source, QuerySource)
        self.model.set_source(source.with_query(replace(
            source.query, text=self.search.text(), only_with_points=self.only_points.isChecked(),
            on=date.today(), program=str(self.program.currentData()))))

    def reload(self) -> None:
        """Re-query and keep the member shown (selected again when on the first page)."""
        selected, name, code = self.detail.customer_id, self.detail.name, self.detail.code
        self.apply_filter()
        if selected is not None and not self.view.select_id(selected):
            self.detail.show_member(selected, name, code)

    def select_first(self) -> None:
        if self.model.total:
            self.view.selectRow(0)

    def _reloaded(self, total: int) -> None:
        searching = bool(self.search.text().strip()) or self.only_points.isChecked() \
            or self.program.currentData() == LoyaltyProgram.INTERNAL
        self.stack.set_empty(not (total or searching))
        self._update_buttons()

    def _current_changed(self, _customer_id: int | None) -> None:
        index = self.view.selectionModel().currentIndex()
        row = index.data(RowRole) if index.isValid() else None
        if row is None:
            self.detail.show_member(None)
        else:
            self.detail.show_member(row.id, row.name, row.code)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.detail.customer_id is not None
        internal = self.program.currentData() == LoyaltyProgram.INTERNAL
        self.redeem_button.setEnabled(has and not internal)
        self.adjust_button.setEnabled(has)

    def _request(self, signal: SignalInstance) -> None:
        index = self.view.selectionModel().currentIndex()
        row = index.data(RowRole) if index.isValid() else None
        if row is not None:
            signal.emit(row.id, row.name)
