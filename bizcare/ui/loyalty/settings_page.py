"""Programme settings: earn rate, minimum purchase, expiry, redemption, birthday, tiers."""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bizcare.documents.formatting import format_number
from bizcare.domain.errors import ValidationError
from bizcare.domain.i18n import QT_TRANSLATE_NOOP
from bizcare.services.loyalty import (
    LoyaltySettings,
    TierSpec,
    programme,
)
from bizcare.services.loyalty import ops as loyalty_ops
from bizcare.ui.common.context import UiContext
from bizcare.ui.common.ops import run_op
from bizcare.ui.common.palette import set_tone

MAX_INT = 2_000_000_000


def _spin(low: int, high: int, prefix: str = "", suffix: str = "") -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setGroupSeparatorShown(True)
    box.setPrefix(prefix)
    box.setSuffix(suffix)
    box.setAlignment(Qt.AlignmentFlag.AlignRight)
    return box


class SettingsPage(QWidget):
    """Signals:
    saved(str): the settings were saved (a status message).
    """

    saved = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        outer = QHBoxLayout(self)
        left = QVBoxLayout()
        earn = QGroupBox(self.tr("Earning"))
        form = QFormLayout(earn)
        self.boxes: dict[str, QSpinBox] = {
            "rupiah_per_point": _spin(1, MAX_INT, "Rp"),
            "min_purchase": _spin(0, MAX_INT, "Rp"),
            "expiry_months": _spin(0, 120, suffix=self.tr(" months")),
            "redeem_value": _spin(1, MAX_INT, "Rp"),
            "redeem_minimum": _spin(1, MAX_INT, suffix=self.tr(" points")),
            "birthday_bonus": _spin(0, MAX_INT, suffix=self.tr(" points")),
            "birthday_grace_days": _spin(0, 60, suffix=self.tr(" days")),
            "internal_points": _spin(0, MAX_INT, suffix=self.tr(" points")),
            "internal_min_rating": _spin(1, 5, suffix=" / 5"),
        }
        labels = {
            "rupiah_per_point": self.tr("1 point for every (paid)"),
            "min_purchase": self.tr("Minimum purchase"),
            "expiry_months": self.tr("Points expire after (0 = never)"),
            "redeem_value": self.tr("1 point is worth"),
            "redeem_minimum": self.tr("Minimum redemption"),
            "birthday_bonus": self.tr("Birthday bonus"),
            "birthday_grace_days": self.tr("Late birthday greeting up to"),
            "internal_points": self.tr("Internal request on time, well rated"),
            "internal_min_rating": self.tr("Good rating from"),
        }
        form.addRow(labels["rupiah_per_point"], self.boxes["rupiah_per_point"])
        self.earn_on_ppn = QCheckBox(self.tr("Count the PPN in the amount paid"))
        self.earn_on_ppn.setToolTip(self.tr("Off: points are earned on the amount paid "
                                            "excluding PPN (usual)."))
        form.addRow("", self.earn_on_ppn)
        for key in ("min_purchase", "expiry_months"):
            form.addRow(labels[key], self.boxes[key])
        redeem = QGroupBox(self.tr("Redemption and bonuses"))
        form2 = QFormLayout(redeem)
        for key in ("redeem_value", "redeem_minimum", "birthday_bonus", "birthday_grace_days",
                    "internal_points", "internal_min_rating"):
            form2.addRow(labels[key], self.boxes[key])
        left.addWidget(earn)
        left.addWidget(redeem)
        left.addStretch(1)
        outer.addLayout(left, 1)
        tiers = QGroupBox(self.tr("Tiers (rolling 12-month paid spend)"))
        tl = QVBoxLayout(tiers)
        self.tiers = QTableWidget(0, 3)
        self.tiers.setHorizontalHeaderLabels(
            [self.tr("Tier"), self.tr("From spend (Rp)"), self.tr("Points multiplier (%)")])
        self.tiers.verticalHeader().hide()
        self.tiers.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.tiers.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        tl.addWidget(self.tiers, 1)
        row = QHBoxLayout()
        add, remove = QPushButton(self.tr("Add tier")), QPushButton(self.tr("Remove tier"))
        add.clicked.connect(lambda: self._add_tier(TierSpec("", 0)))
        remove.clicked.connect(self._remove_tier)
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        tl.addLayout(row)
        hint = QLabel(self.tr("Example: Gold from Rp5.000.000 with 125% earns 1,25 times the "
                              "points. A tier is held while the spend of the last 12 months "
                              "reaches it."))
        hint.setWordWrap(True)
        set_tone(hint, "muted")
        tl.addWidget(hint)
        right = QVBoxLayout()
        right.addWidget(tiers, 1)
        self.save_button = QPushButton(self.tr("&Save settings"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        right.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        outer.addLayout(right, 1)
        self.reload()

    def reload(self) -> None:
        stored = programme(self.ctx.db)
        settings, tiers = stored.settings, stored.tiers
        for f in fields(LoyaltySettings):
            if f.name in self.boxes:
                self.boxes[f.name].setValue(int(getattr(settings, f.name)))
        self.earn_on_ppn.setChecked(bool(settings.earn_on_ppn))
        self.tiers.setRowCount(0)
        for tier in tiers:
            self._add_tier(tier)

    def _add_tier(self, tier: TierSpec) -> None:
        row = self.tiers.rowCount()
        self.tiers.insertRow(row)
        self.tiers.setItem(row, 0, QTableWidgetItem(tier.name))
        for column, value in ((1, format_number(tier.min_spend)),
                              (2, format_number(tier.multiplier_bp // 100))):
            item = QTableWidgetItem(value)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tiers.setItem(row, column, item)

    def _remove_tier(self) -> None:
        row = self.tiers.currentRow()
        if row >= 0:
            self.tiers.removeRow(row)

    def current_settings(self) -> LoyaltySettings:
        return LoyaltySettings(earn_on_ppn=int(self.earn_on_ppn.isChecked()),
                               **{k: box.value() for k, box in self.boxes.items()})

    def current_tiers(self) -> list[TierSpec]:
        """The tiers as typed; a number that does not read raises ``ValidationError``."""
        out = []
        for row in range(self.tiers.rowCount()):
            items = [self.tiers.item(row, c) for c in range(3)]
            cells = [item.text() if item is not None else "" for item in items]
            spend, percent = (_whole(cells[1]), _whole(cells[2]))
            out.append(TierSpec(cells[0].strip(), spend, percent * 100))
        return out

    def save(self) -> None:
        """Settings and tiers in one transaction; the page reloads from the broadcast."""
        run_op(self, self.ctx.hub, lambda: loyalty_ops.save_programme(
            self.ctx.db, self.current_settings(), self.current_tiers()),
            changes=loyalty_ops.LOYALTY,
            on_success=lambda _r: self.saved.emit(self.tr("Loyalty settings saved.")))


def _whole(text: str) -> int:
    digits = text.replace(".", "").replace("Rp", "").replace("%", "").strip()
    if not digits.isdigit():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "“{text}” is not a whole number."), "tiers", text=text)
    return int(digits)
