"""Redeem and adjust dialogs: gather input, call one service, stay open on a refusal.

The service checks the balance inside its own write transaction; a refusal (balance short,
reward out of stock, no reason) changes nothing and its message is shown in the dialog so
the user can correct it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from bizcare.documents.formatting import format_number, format_rupiah
from bizcare.domain.errors import BizCareError
from bizcare.services.loyalty import ops as loyalty_ops
from bizcare.services.loyalty import redeem_choices
from bizcare.ui.common.context import UiContext
from bizcare.ui.common.errors import error_text
from bizcare.ui.common.ops import run_op
from bizcare.ui.common.palette import set_tone
from bizcare.ui.common.widgets import intro_layout

MAX_SPIN = 1_000_000_000


class _ServiceDialog(QDialog):
    """A dialog whose OK (``submit`` of the subclass) runs one write operation.

    Refusals show in ``message`` and the dialog stays open.

    Signals:
        succeeded(str): the operation succeeded; the argument is a status-bar message.
    """

    succeeded = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.message = QLabel()
        self.message.setObjectName("dialogError")
        self.message.setWordWrap(True)
        set_tone(self.message, "error")
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)

    def run(self, work: Callable[[], Any], done: Callable[[Any], str]) -> None:
        """Run the use case ``work`` through the runner; on success close with ``done``'s
        status text, on a refusal say why under the form (a bug goes to the runner)."""

        def refused(exc: BaseException) -> None:
            if isinstance(exc, BizCareError):
                self.message.setText(error_text(exc))
                self.message.show()

        def succeeded(result: Any) -> None:
            self.succeeded.emit(done(result))
            self.accept()

        run_op(self, self.ctx.hub, work, on_success=succeeded, on_failure=refused,
               quiet=(BizCareError,))


class RedeemDialog(_ServiceDialog):
    """Redeem a catalogue reward or a number of points for one member."""

    def __init__(self, ctx: UiContext, customer_id: int, name: str,
                 parent: QWidget | None = None, on: date | None = None) -> None:
        super().__init__(ctx, parent)
        self.customer_id, self.on = customer_id, on or date.today()
        self.setWindowTitle(self.tr("Redeem points – {name}").format(name=name))
        self.setMinimumWidth(440)
        choices = redeem_choices(ctx.db, customer_id, self.on)
        self.points, self.rewards, self.settings = (choices.points, choices.rewards,
                                                    choices.settings)
        layout = QVBoxLayout(self)
        self.balance = QLabel(self.tr("Balance: {points} points").format(
            points=format_number(self.points)))
        self.balance.setObjectName("loyaltyBalance")
        self.balance.setObjectName("pointsBalance")
        layout.addWidget(self.balance)
        self.by_reward = QRadioButton(self.tr("A reward from the catalogue"))
        self.by_points = QRadioButton(self.tr("A number of points (discount or gift)"))
        group = QButtonGroup(self)
        group.addButton(self.by_reward)
        group.addButton(self.by_points)
        self.reward = QComboBox()
        for reward in self.rewards:
            stock = self.tr("unlimited") if reward.stock is None else format_number(reward.stock)
            self.reward.addItem(
                self.tr("{name} – {points} points (stock {stock})").format(
                    name=reward.name, points=format_number(reward.points_cost), stock=stock),
                reward.id)
        self.amount = QSpinBox()
        self.amount.setRange(0, MAX_SPIN)
        self.amount.setGroupSeparatorShown(True)
        self.amount.setSuffix(self.tr(" points"))
        self.amount.setValue(min(self.points, max(self.settings.redeem_minimum, 0)))
        self.worth = QLabel()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. discount on invoice INV/2026/11/0042"))
        form = QFormLayout()
        form.addRow(self.by_reward)
        form.addRow(self.tr("Reward"), self.reward)
        form.addRow(self.by_points)
        form.addRow(self.tr("Points"), self.amount)
        form.addRow("", self.worth)
        form.addRow(self.tr("For"), self.reason)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.submit)
        self.by_reward.toggled.connect(self._mode_changed)
        self.amount.valueChanged.connect(self._show_worth)
        (self.by_reward if self.rewards else self.by_points).setChecked(True)
        self.by_reward.setEnabled(bool(self.rewards))
        self._mode_changed()
        self._show_worth()

    def _mode_changed(self) -> None:
        rewards = self.by_reward.isChecked()
        self.reward.setEnabled(rewards)
        self.amount.setEnabled(not rewards)
        self.reason.setEnabled(not rewards)

    def _show_worth(self) -> None:
        value = self.amount.value() * self.settings.redeem_value
        self.worth.setText(self.tr("Worth {amount} as a discount").format(
            amount=format_rupiah(value)))

    def submit(self) -> None:
        db = self.ctx.db
        if self.by_reward.isChecked():
            reward_id = int(self.reward.currentData() or 0)
            self.run(partial(loyalty_ops.redeem_reward, db, self.customer_id, reward_id,
                             self.on),
                     lambda done: self.tr("{points} points redeemed for {reward}.").format(
                         points=format_number(done.points), reward=done.reward))
        else:
            points, reason = self.amount.value(), self.reason.text()
            self.run(partial(loyalty_ops.redeem_points, db, self.customer_id, points, self.on,
                             reason),
                     lambda _r: self.tr("{points} points redeemed.").format(
                         points=format_number(points)))


class AdjustDialog(_ServiceDialog):
    """Add or remove points by hand; the reason is required and goes to the audit trail."""

    def __init__(self, ctx: UiContext, customer_id: int, name: str,
                 parent: QWidget | None = None, on: date | None = None) -> None:
        super().__init__(ctx, parent)
        self.customer_id, self.on = customer_id, on or date.today()
        self.setWindowTitle(self.tr("Adjust points – {name}").format(name=name))
        self.setMinimumWidth(420)
        layout = intro_layout(self, self.tr("Use a minus sign to remove points. Every "
                                            "adjustment is recorded with its reason."))
        self.amount = QSpinBox()
        self.amount.setRange(-MAX_SPIN, MAX_SPIN)
        self.amount.setGroupSeparatorShown(True)
        self.amount.setSuffix(self.tr(" points"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. compensation for a late delivery"))
        form = QFormLayout()
        form.addRow(self.tr("Points"), self.amount)
        form.addRow(self.tr("Reason"), self.reason)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.submit)

    def submit(self) -> None:
        points, reason = self.amount.value(), self.reason.text()
        self.run(partial(loyalty_ops.adjust_points, self.ctx.db, self.customer_id, points,
                         reason, self.on),
                 lambda _r: self.tr("Points adjusted by {points}.").format(
                     points=("+" if points > 0 else "") + format_number(points)))
