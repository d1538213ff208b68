"""Campaigns, the rewards catalogue and automatic reward rules, each a short list to edit."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bizcare.documents.formatting import format_number, format_rupiah
from bizcare.services.loyalty import (
    EVERY_POINTS,
    NTH_PURCHASE,
    CampaignInput,
    RewardInput,
    catalogue,
    programme,
)
from bizcare.services.loyalty import ops as loyalty_ops
from bizcare.ui.common.context import UiContext
from bizcare.ui.common.ops import run_op
from bizcare.ui.loyalty.models import short_date


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


#: Whether a row is active, as a bool (never read back from the translated "Yes"/"No").
ACTIVE_ROLE = Qt.ItemDataRole.UserRole + 1


def _fill(table: QTableWidget, rows: list[list[str]], ids: list[int],
          active: list[bool]) -> None:
    table.setRowCount(0)
    for values, row_id, on in zip(rows, ids, active, strict=True):
        r = table.rowCount()
        table.insertRow(r)
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setData(Qt.ItemDataRole.UserRole, row_id)
            item.setData(ACTIVE_ROLE, on)
            table.setItem(r, c, item)


def _spin(low: int, high: int, value: int, prefix: str = "", suffix: str = "") -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    box.setGroupSeparatorShown(True)
    box.setPrefix(prefix)
    box.setSuffix(suffix)
    return box


class CataloguePage(QWidget):
    """Signals:
    changed(str): something was saved (a status message).
    """

    changed = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QHBoxLayout(self)
        self.campaigns = _table([self.tr("Campaign"), self.tr("From"), self.tr("Until"),
                                 self.tr("Points"), self.tr("Active")])
        self.rewards = _table([self.tr("Reward"), self.tr("Points"), self.tr("Stock"),
                               self.tr("Active")])
        self.rules = _table([self.tr("Rule"), self.tr("When"), self.tr("Voucher"),
                             self.tr("Active")])
        hpn = QPushButton(self.tr("Add Hari Pelanggan Nasional (4 Sep, ×2)"))
        hpn.clicked.connect(self.add_hpn)
        layout.addWidget(self._group(self.tr("Campaigns"), self.campaigns, [
            (self.tr("Add campaign…"), self.add_campaign), (None, hpn),
            (self.tr("Active on/off"), lambda: self._toggle(self.campaigns, "campaign"))]))
        layout.addWidget(self._group(self.tr("Rewards catalogue"), self.rewards, [
            (self.tr("Add reward…"), lambda: self.add_reward()),
            (self.tr("Change reward (stock, points)…"), self.edit_reward),
            (self.tr("Active on/off"), lambda: self._toggle(self.rewards, "reward"))]))
        layout.addWidget(self._group(self.tr("Automatic vouchers"), self.rules, [
            (self.tr("Add rule…"), self.add_rule),
            (self.tr("Active on/off"), lambda: self._toggle(self.rules, "rule"))]))
        self.rewards.doubleClicked.connect(lambda _index: self.edit_reward())
        self._reward_rows: list[tuple[int, RewardInput]] = []
        self.reload()

    def _group(self, title: str, table: QTableWidget,
               actions: list[tuple[str | None, Any]]) -> QGroupBox:
        box = QGroupBox(title)
        v = QVBoxLayout(box)
        v.addWidget(table, 1)
        for text, action in actions:
            if text is None:
                v.addWidget(action)
                continue
            button = QPushButton(text)
            button.clicked.connect(action)
            v.addWidget(button)
        return box

    def reload(self) -> None:
        lang, yes, no = self.ctx.lang, self.tr("Yes"), self.tr("No")
        shown = catalogue(self.ctx.db)
        campaigns, rewards, rules, tiers = (shown.campaigns, shown.rewards, shown.rules,
                                            shown.tier_names)
        _fill(self.campaigns, [[c.name, short_date(c.starts_on, lang), short_date(c.ends_on, lang),
                                f"×{c.multiplier_bp / 10_000:g}".replace(".", ","),
                                yes if c.active else no] for c in campaigns],
              [c.id or 0 for c in campaigns], [c.active for c in campaigns])
        _fill(self.rewards, [[r.name, format_number(r.points_cost),
                              self.tr("unlimited") if r.stock is None else format_number(r.stock),
                              yes if r.active else no] for r in rewards],
              [r.id or 0 for r in rewards], [r.active for r in rewards])
        self._reward_rows = [(r.id or 0, RewardInput(r.name, r.points_cost, r.stock, r.active))
                             for r in rewards]
        _fill(self.rules, [[r.name, self._when(r.trigger, r.threshold, tiers),
                            format_rupiah(r.voucher_value), yes if r.active else no]
                           for r in rules], [r.id or 0 for r in rules], [r.active for r in rules])
        for table in (self.campaigns, self.rewards, self.rules):
            table.resizeColumnsToContents()
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _when(self, trigger: str, threshold: int, tiers: dict[int, str]) -> str:
        if trigger == EVERY_POINTS:
            return self.tr("every {n} points").format(n=format_number(threshold))
        if trigger == NTH_PURCHASE:
            return self.tr("every {n}th paid purchase").format(n=threshold)
        return self.tr("reaching {tier}").format(tier=tiers.get(threshold, "?"))

    def _save(self, work: Callable[[], Any], message: str) -> bool:
        """Run one loyalty use case; the lists reload from the change it broadcasts."""
        return run_op(self, self.ctx.hub, work, changes=loyalty_ops.LOYALTY,
                      on_success=lambda _r: self.changed.emit(message))

    def add_hpn(self) -> None:
        self._save(partial(loyalty_ops.add_hpn_campaign, self.ctx.db, date.today()),
                   self.tr("Campaign added."))

    def add_campaign(self) -> QDialog:
        dialog = _FormDialog(self, self.tr("New campaign"))
        name = dialog.add(self.tr("Name"), QLineEdit())
        today = QDate.currentDate()
        start = dialog.add(self.tr("From"), _date_edit(today))
        end = dialog.add(self.tr("Until"), _date_edit(today.addDays(6)))
        mult = dialog.add(self.tr("Points multiplier"), _spin(100, 1000, 200, suffix=" %"))
        dialog.on_ok(lambda: self._save(lambda: loyalty_ops.save_campaign(
            self.ctx.db, CampaignInput(name.text(), start.date().toPython(),
                                       end.date().toPython(), mult.value() * 100)),
            self.tr("Campaign saved.")))
        dialog.open()
        return dialog

    def add_reward(self, reward: RewardInput | None = None, reward_id: int | None = None
                   ) -> QDialog:
        """The reward form: empty for a new reward, filled in to change reward ``reward_id``."""
        title = self.tr("New reward") if reward is None else self.tr("Change reward")
        dialog = _FormDialog(self, title)
        name = dialog.add(self.tr("Name"), QLineEdit(reward.name if reward else ""))
        cost = dialog.add(self.tr("Points"), _spin(1, 10**9, reward.points_cost if reward
                                                   else 500))
        limited = dialog.add("", QCheckBox(self.tr("Limited stock")))
        stock = dialog.add(self.tr("Stock"), _spin(0, 10**9, 10))
        limited.toggled.connect(stock.setEnabled)
        limited.setChecked(reward is not None and reward.stock is not None)
        stock.setEnabled(limited.isChecked())
        if reward is not None and reward.stock is not None:
            stock.setValue(reward.stock)
        active = reward.active if reward is not None else True
        dialog.on_ok(lambda: self._save(lambda: loyalty_ops.save_reward(
            self.ctx.db, RewardInput(name.text(), cost.value(),
                                     stock.value() if limited.isChecked() else None, active),
            reward_id), self.tr("Reward saved.")))
        dialog.open()
        return dialog

    def edit_reward(self) -> QDialog | None:
        """Change the selected reward, e.g. restock it after it ran out."""
        row = self.rewards.currentRow()
        if not 0 <= row < len(self._reward_rows):
            return None
        reward_id, reward = self._reward_rows[row]
        return self.add_reward(reward, reward_id)

    def add_rule(self) -> QDialog:
        dialog = _FormDialog(self, self.tr("New automatic voucher"))
        name = dialog.add(self.tr("Name"), QLineEdit())
        trigger = dialog.add(self.tr("When"), QComboBox())
        trigger.addItem(self.tr("Every N points earned"), EVERY_POINTS)
        trigger.addItem(self.tr("Every Nth paid purchase"), NTH_PURCHASE)
        tier_names = [t.name for t in programme(self.ctx.db).tiers]
        for tier in tier_names:
            trigger.addItem(self.tr("Reaching {tier}").format(tier=tier), f"tier:{tier}")
        n = dialog.add(self.tr("N"), _spin(1, 10**9, 500))
        value = dialog.add(self.tr("Voucher value"), _spin(1, 10**9, 25_000, prefix="Rp"))

        def save() -> int:
            key = str(trigger.currentData())
            tier = key.removeprefix("tier:") if key.startswith("tier:") else None
            return loyalty_ops.save_rule(self.ctx.db, name.text(), key, n.value(),
                                         value.value(), tier)

        dialog.on_ok(lambda: self._save(save, self.tr("Rule saved.")))
        dialog.open()
        return dialog

    def _toggle(self, table: QTableWidget, what: str) -> None:
        row = table.currentRow()
        item = table.item(row, 0) if row >= 0 else None
        if item is None:
            return
        row_id = int(item.data(Qt.ItemDataRole.UserRole))
        active = bool(item.data(ACTIVE_ROLE))
        self._save(partial(loyalty_ops.set_active, self.ctx.db, what, row_id, not active),
                   self.tr("Saved."))


def _date_edit(day: QDate) -> QDateEdit:
    edit = QDateEdit(day)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    return edit


class _FormDialog(QDialog):
    """A small form; OK runs the save callback and closes only when it succeeded."""

    def __init__(self, parent: QWidget, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(380)
        self.form = QFormLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def add(self, label: str, widget: Any) -> Any:
        self.form.addRow(label, widget)
        return widget

    def on_ok(self, save: Callable[[], bool]) -> None:
        def ok() -> None:
            if save():
                self.accept()

        self.buttons.accepted.connect(ok)
