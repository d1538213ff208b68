"""The member's loyalty in the invoice editor: balance and tier, an open voucher, points to use.

What the customer may use comes from ``invoice_loyalty.loyalty_offer``; what it takes off a
total from the pure ``apply_loyalty``, so the panel holds no rule: the balance, the minimum
and the cap at the invoice total are checked again by the service when the draft is saved
and when it is issued.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from bizcare.documents.formatting import format_date_short, format_number, format_rupiah
from bizcare.domain.errors import BizCareError
from bizcare.storage.db import Database
from bizcare.ui.common.palette import set_tone

if TYPE_CHECKING:
    from bizcare.services.billing import LoyaltyOffer, LoyaltyTotals


class LoyaltyPanel(QWidget):
    """One row under the customer: "Gold · 1.240 poin", voucher choice, points to use.

    Signals:
        changed(): the voucher or the points chosen changed (the editor recomputes).
    """

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.offer: LoyaltyOffer | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.status = QLabel()
        self.status.setObjectName("loyaltyStatus")
        self.status.setStyleSheet("font-weight: 600;")
        self.voucher = QComboBox()
        self.voucher.setMinimumContentsLength(18)
        self.voucher.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.points = QSpinBox()
        self.points.setGroupSeparatorShown(True)
        self.points.setMinimumWidth(110)
        self.points.valueChanged.connect(lambda _v: self.changed.emit())
        self.points_label = QLabel(self.tr("Use &points"))
        self.points_label.setBuddy(self.points)
        self.all_button = QPushButton(self.tr("All"))
        self.all_button.setToolTip(self.tr("Use as many points as the balance and the total allow"))
        self.all_button.clicked.connect(self._use_all)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        set_tone(self.hint, "muted")
        row.addWidget(self.status)
        row.addSpacing(12)
        row.addWidget(self.voucher)
        row.addSpacing(12)
        row.addWidget(self.points_label)
        row.addWidget(self.points)
        row.addWidget(self.all_button)
        row.addWidget(self.hint, 1)
        self._gross = 0
        self.set_customer(None)

    # -- state ---------------------------------------------------------------------------
    def set_customer(self, customer_id: int | None) -> None:
        """Load what ``customer_id`` may use (None: no customer chosen yet); keeps nothing."""
        from bizcare.services.billing import loyalty_offer

        self.offer = None
        if customer_id is not None and customer_id >= 0:
            try:
                self.offer = self.db.run(lambda s: loyalty_offer(s, customer_id), write=False)
            except BizCareError:
                self.offer = None
        self._show_offer()

    def set_choice(self, points: int, voucher_id: int | None) -> None:
        """Show a draft's saved choice (after :meth:`set_customer`)."""
        index = self.voucher.findData(voucher_id) if voucher_id is not None else 0
        self.voucher.setCurrentIndex(max(index, 0))
        self.points.setValue(points)

    def points_chosen(self) -> int:
        return self.points.value() if self.points.isEnabled() else 0

    def voucher_id(self) -> int | None:
        data = self.voucher.currentData()
        return int(data) if data is not None and self.voucher.isEnabled() else None

    def voucher_code(self) -> str:
        return self.offer.voucher_code(self.voucher_id()) if self.offer else ""

    def apply(self, gross: int) -> LoyaltyTotals:
        """What the voucher and points chosen take off an invoice of ``gross``."""
        from bizcare.services.billing import LoyaltyTotals

        self._gross = gross
        if self.offer is None:
            return LoyaltyTotals(gross)
        return self.offer.discount(gross, self.voucher_id(), self.points_chosen())

    # -- display -------------------------------------------------------------------------
    def _show_offer(self) -> None:
        offer = self.offer
        member = offer is not None and offer.status is not None
        self.voucher.blockSignals(True)
        self.voucher.clear()
        self.voucher.addItem(self.tr("No voucher"), None)
        if offer is not None:
            for v in offer.vouchers:
                self.voucher.addItem(f"{v.code} · {format_rupiah(v.value)}", v.id)
        self.voucher.blockSignals(False)
        self.points.blockSignals(True)
        self.points.setRange(0, offer.points if offer is not None else 0)
        self.points.setValue(0)
        self.points.setSingleStep(max(offer.settings.redeem_minimum, 1) if offer else 1)
        self.points.blockSignals(False)
        for widget in (self.voucher, self.points, self.points_label, self.all_button):
            widget.setEnabled(member)
        self.voucher.setEnabled(member and self.voucher.count() > 1)
        self.points.setEnabled(member and self.points.maximum() > 0)
        self.all_button.setEnabled(self.points.isEnabled())
        self.status.setText(self._status_text())
        self.hint.setText(self._hint_text())
        self.changed.emit()

    def _status_text(self) -> str:
        offer = self.offer
        if offer is None:
            return self.tr("Loyalty: choose a customer")
        if offer.status is None:
            return self.tr("Internal customer: no loyalty points on invoices")
        points = self.tr("{points} points").format(points=format_number(offer.points))
        return f"{offer.status.tier} · {points}" if offer.status.tier else points

    def _hint_text(self) -> str:
        offer = self.offer
        if offer is None or offer.status is None:
            return ""
        text = self.tr("1 point = {value} · at least {minimum} points").format(
            value=format_rupiah(offer.settings.redeem_value),
            minimum=format_number(offer.settings.redeem_minimum))
        status = offer.status
        if status.next_expiry is not None and status.expiring_30d:
            text += " · " + self.tr("{points} expire on {date}").format(
                points=format_number(status.next_expiry_points),
                date=format_date_short(status.next_expiry))
        return text

    def _use_all(self) -> None:
        """As many points as the balance allows and the rest of the total needs."""
        if self.offer is not None:
            self.points.setValue(min(self.offer.most_points(self._gross, self.voucher_id()),
                                     self.points.maximum()))
