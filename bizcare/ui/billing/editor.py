"""The invoice editor: customer, dates, lines, discount and live totals; save or issue.

Totals are shown live from the service's pure ``preview_totals`` under the PPN mode of the
settings, then the member's voucher and points from ``apply_loyalty`` (the loyalty row,
:mod:`loyalty_panel`), so the editor never computes money itself. Saving and issuing are
one service call each, in one write transaction (issuing saves the draft first, in the same
transaction, so a refused issue, e.g. points no longer there, leaves nothing half-written).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bizcare.documents.formatting import format_number, format_rupiah
from bizcare.documents.terbilang import terbilang
from bizcare.domain.errors import BizCareError
from bizcare.services.billing import ops as billing_ops
from bizcare.ui.billing.catalogue_picker import CataloguePicker
from bizcare.ui.billing.labels import ppn_label
from bizcare.ui.billing.lines_model import EditLine, LinesModel
from bizcare.ui.billing.loyalty_panel import LoyaltyPanel
from bizcare.ui.billing.widgets import CustomerPicker, RupiahEdit, date_edit, to_date, to_qdate
from bizcare.ui.common.context import UiContext
from bizcare.ui.common.errors import error_text
from bizcare.ui.common.ops import run_op
from bizcare.ui.common.palette import set_tone

if TYPE_CHECKING:
    from bizcare.services.billing import DraftInput, LoyaltyTotals


class InvoiceEditor(QDialog):
    """Create a draft or edit one; "Save draft" keeps it unnumbered, "Issue" numbers it.

    After ``accept()``: ``invoice_id`` is the saved invoice, ``issued_number`` its number
    when it was issued (else None).
    """

    def __init__(self, ctx: UiContext, invoice_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.invoice_id = invoice_id
        self.issued_number: str | None = None
        self._due_touched = False
        self.setWindowTitle(self.tr("New invoice") if invoice_id is None
                            else self.tr("Edit draft invoice"))
        self.resize(900, 640)
        self._load_settings()
        self._build()
        if invoice_id is not None:
            self._load_draft(invoice_id)
        else:
            self.lines.append()
        self.recompute()

    # -- building ----------------------------------------------------------------------
    def _load_settings(self) -> None:
        from bizcare.services.settings_ops import load_all

        stored = load_all(self.ctx.db)
        settings, profile = stored.settings, stored.profile
        self.ppn_mode = settings.ppn_mode
        self.terms_days = settings.payment_terms_days
        self.default_instructions = profile.bank_accounts

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.customer = CustomerPicker(self.ctx.db, self)
        form.addRow(self.tr("&Customer"), self.customer)
        self.loyalty = LoyaltyPanel(self.ctx.db, self)
        self.customer.picked.connect(
            lambda cid: self.loyalty.set_customer(cid if cid >= 0 else None))
        self.loyalty.changed.connect(self.recompute)
        form.addRow(self.tr("Loyalty"), self.loyalty)
        dates = QHBoxLayout()
        self.issue_date = date_edit(date.today())
        self.due_date = date_edit(date.today() + timedelta(days=self.terms_days))
        self.issue_date.dateChanged.connect(self._on_issue_date)
        self.due_date.dateChanged.connect(self._on_due_edited)
        self.terms_hint = QLabel()
        self.terms_hint.setObjectName("hint")
        dates.addWidget(self.issue_date)
        dates.addSpacing(16)
        due_label = QLabel(self.tr("D&ue date"))
        due_label.setBuddy(self.due_date)
        dates.addWidget(due_label)
        dates.addWidget(self.due_date)
        dates.addWidget(self.terms_hint)
        dates.addStretch(1)
        date_label = QLabel(self.tr("Invoice &date"))
        date_label.setBuddy(self.issue_date)
        form.addRow(date_label, dates)
        layout.addLayout(form)

        self.lines = LinesModel(self)
        self.lines.edited.connect(self.recompute)
        self.lines.rejected.connect(self._show_problem)
        tools = QHBoxLayout()
        self.catalogue = CataloguePicker(self.ctx.db, self)
        self.catalogue.picked.connect(self.add_line)
        add = QPushButton(self.tr("+ Free-text line"))
        add.clicked.connect(lambda: self._focus_row(self.lines.append()))
        self.remove_button = QPushButton(self.tr("Remove line"))
        self.remove_button.clicked.connect(self.remove_selected)
        tools.addWidget(self.catalogue, 1)
        tools.addWidget(add)
        tools.addWidget(self.remove_button)
        layout.addLayout(tools)

        self.table = QTableView()
        self.table.setModel(self.lines)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 70), (2, 70), (3, 130), (4, 110), (5, 140)):
            self.table.setColumnWidth(column, width)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.remove_selected)
        layout.addWidget(self.table, 1)

        self.problem = QLabel()
        set_tone(self.problem, "error")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)

        bottom = QHBoxLayout()
        texts = QFormLayout()
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Printed under the lines (optional)"))
        self.notes.setFixedHeight(60)
        self.instructions = QPlainTextEdit(self.default_instructions)
        self.instructions.setFixedHeight(60)
        texts.addRow(self.tr("&Notes"), self.notes)
        texts.addRow(self.tr("Payment\ninstructions"), self.instructions)
        bottom.addLayout(texts, 3)
        bottom.addWidget(self._totals_box(), 2)
        layout.addLayout(bottom)

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("Save &draft"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.issue_button = self.buttons.addButton(self.tr("&Issue invoice"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.issue_button.setToolTip(self.tr(
            "Gives the invoice its number. An issued invoice can no longer be edited, only "
            "paid or voided."))
        self.issue_button.setDefault(True)
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save_draft)
        self.issue_button.clicked.connect(self.issue)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update_terms_hint()

    def _totals_box(self) -> QFrame:
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(box)
        self.discount = RupiahEdit()
        self.discount.amountChanged.connect(lambda _v: self.recompute())
        self.subtotal_label, self.dpp_label, self.ppn_label = QLabel(), QLabel(), QLabel()
        self.total_label, self.words_label = QLabel(), QLabel()
        self.voucher_caption, self.voucher_label = QLabel(), QLabel()
        self.points_caption, self.points_label = QLabel(), QLabel()
        font = self.total_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.total_label.setFont(font)
        self.words_label.setWordWrap(True)
        self.words_label.setObjectName("amountWords")
        self.dpp_caption = QLabel(self.tr("DPP"))
        self.ppn_caption = QLabel(ppn_label(self.ppn_mode))
        rows = [
            (QLabel(self.tr("Subtotal")), self.subtotal_label),
            (QLabel(self.tr("Invoice discount")), self.discount),
            (self.dpp_caption, self.dpp_label),
            (self.ppn_caption, self.ppn_label),
            (self.voucher_caption, self.voucher_label),
            (self.points_caption, self.points_label),
            (QLabel("<b>" + self.tr("TOTAL") + "</b>"), self.total_label),
        ]
        for i, (caption, value) in enumerate(rows):
            grid.addWidget(caption, i, 0)
            if isinstance(value, QLabel):
                value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(value, i, 1)
        grid.addWidget(self.words_label, len(rows), 0, 1, 2)
        has_ppn = self.ppn_mode != "none"
        for widget in (self.dpp_caption, self.dpp_label, self.ppn_caption, self.ppn_label):
            widget.setVisible(has_ppn)
        # Without PPN there is no PPN row, so say why (the mode is a setting, not a choice here).
        mode = QLabel(ppn_label(self.ppn_mode))
        set_tone(mode, "muted")
        mode.setToolTip(self.tr("The PPN mode is set in Settings."))
        mode.setVisible(not has_ppn)
        grid.addWidget(mode, len(rows) + 1, 0, 1, 2)
        return box

    # -- loading -----------------------------------------------------------------------
    def _load_draft(self, invoice_id: int) -> None:
        from bizcare.services.billing import invoice_detail

        detail = self.ctx.db.run(lambda s: invoice_detail(s, invoice_id), write=False)
        inv, customer = detail.invoice, detail.customer
        self.customer.set_customer(customer.id or 0, f"{customer.code} · {customer.name}")
        self.issue_date.setDate(to_qdate(inv.issue_date))
        self.due_date.setDate(to_qdate(inv.due_date))
        self._due_touched = True
        self.lines.set_lines([EditLine.from_stored(li) for li in detail.lines])
        self.discount.set_amount(inv.discount)
        self.loyalty.set_choice(inv.points_redeemed, inv.voucher_id)
        self.notes.setPlainText(inv.notes)
        self.instructions.setPlainText(inv.payment_instructions)

    # -- behaviour ---------------------------------------------------------------------
    def add_line(self, line: EditLine) -> None:
        """Add a line (from the catalogue), replacing a trailing empty row."""
        rows = self.lines.lines()
        if rows and not rows[-1].description.strip() and rows[-1].unit_price == 0:
            self.lines.remove(len(rows) - 1)
        self._focus_row(self.lines.append(line), column=1)

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()},
                      reverse=True)
        for row in rows:
            self.lines.remove(row)

    def _focus_row(self, row: int, column: int = 0) -> None:
        # Typing starts editing (AnyKeyPressed); no forced editor, so nothing to fail.
        index = self.lines.index(row, column)
        self.table.setCurrentIndex(index)
        self.table.setFocus()

    def _on_issue_date(self) -> None:
        if not self._due_touched:
            self.due_date.blockSignals(True)
            self.due_date.setDate(self.issue_date.date().addDays(self.terms_days))
            self.due_date.blockSignals(False)
        self._update_terms_hint()

    def _on_due_edited(self) -> None:
        self._due_touched = True
        self._update_terms_hint()

    def _update_terms_hint(self) -> None:
        days = self.issue_date.date().daysTo(self.due_date.date())
        self.terms_hint.setText(self.tr("({days} days)").format(days=days))

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)

    def recompute(self) -> None:
        """Show the totals the service computes for what is typed now."""
        from bizcare.services.billing import preview_totals

        try:
            totals = preview_totals(self.lines.inputs(), self.discount.amount(), self.ppn_mode)
        except BizCareError as exc:
            self.problem.setText(error_text(exc))
            for label in (self.subtotal_label, self.dpp_label, self.ppn_label, self.total_label):
                label.setText("—")
            self.words_label.clear()
            return
        self.problem.clear()
        self.subtotal_label.setText(format_rupiah(totals.subtotal))
        self.dpp_label.setText(format_rupiah(totals.dpp))
        self.ppn_label.setText(format_rupiah(totals.ppn))
        loyal = self.loyalty.apply(totals.total)
        self._show_loyalty(loyal)
        self.total_label.setText(format_rupiah(loyal.total))
        self.words_label.setText(terbilang(loyal.total, rupiah=True, capitalize=True)
                                 if loyal.total else "")
        self.totals, self.loyal = totals, loyal

    def _show_loyalty(self, loyal: LoyaltyTotals) -> None:
        """The voucher and points rows, only when they take something off."""
        self.voucher_caption.setText(self.tr("Voucher {code}").format(
            code=self.loyalty.voucher_code()))
        self.voucher_label.setText("−" + format_rupiah(loyal.voucher_amount))
        self.points_caption.setText(self.tr("Points discount ({points} points)").format(
            points=format_number(loyal.points)))
        self.points_label.setText("−" + format_rupiah(loyal.points_amount))
        for widgets, amount in (((self.voucher_caption, self.voucher_label),
                                 loyal.voucher_amount),
                                ((self.points_caption, self.points_label), loyal.points_amount)):
            for widget in widgets:
                widget.setVisible(amount > 0)

    def draft_input(self) -> DraftInput:
        """What is typed, as the service's ``DraftInput`` (no rule is checked here)."""
        from bizcare.domain.errors import ValidationError
        from bizcare.domain.i18n import QT_TRANSLATE_NOOP
        from bizcare.services.billing import DraftInput

        if self.customer.customer_id is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Please choose a customer from the list."),
                "customer_id")
        return DraftInput(
            customer_id=self.customer.customer_id,
            lines=self.lines.inputs(),
            issue_date=to_date(self.issue_date.date()),
            due_date=to_date(self.due_date.date()),
            discount=self.discount.amount(),
            notes=self.notes.toPlainText(),
            payment_instructions=self.instructions.toPlainText(),
            points=self.loyalty.points_chosen(),
            voucher_id=self.loyalty.voucher_id(),
        )

    def save_draft(self) -> bool:
        """Save as an unnumbered draft; returns whether it was saved."""
        def saved(invoice_id: int) -> None:
            self.invoice_id = invoice_id
            self.accept()

        return run_op(self, self.ctx.hub, lambda: billing_ops.save_draft(
            self.ctx.db, self.draft_input(), self.invoice_id),
            changes=billing_ops.DRAFTS, on_success=saved)

    def issue(self) -> bool:
        """Save and issue in one transaction; returns whether the invoice was issued."""
        def issued(invoice: billing_ops.Issued) -> None:
            self.invoice_id, self.issued_number = invoice.id, invoice.number
            self.accept()

        return run_op(self, self.ctx.hub, lambda: billing_ops.save_and_issue(
            self.ctx.db, self.draft_input(), self.invoice_id),
            changes=billing_ops.DOCUMENTS, on_success=issued)
