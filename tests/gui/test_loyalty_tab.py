"""The Poin Loyalitas tab: redeem flow, refusals, models, reminders and settings."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from bizcare.services import loyalty
from bizcare.ui.common.context import Changes, UiContext
from bizcare.ui.common.paged_model import RowRole
from bizcare.ui.loyalty.dialogs import RedeemDialog
from bizcare.ui.loyalty.models import multiplier_text
from bizcare.ui.loyalty.tab import LoyaltyTab
from tests.services import loyalty_helpers as h

pytestmark = pytest.mark.gui


@pytest.fixture
def tab(qtbot, db):  # type: ignore[no-untyped-def]
    today = date.today()
    with db.session() as s:
        a = h.customer(s, "PLG-000001", "Ani Wijaya")
        b = h.customer(s, "PLG-000002", "Bambang")
        loyalty.earn_for_receipt(s, h.receipt(s, a, 2_500_000, today))
        loyalty.earn_for_receipt(s, h.receipt(s, b, 900_000, today - timedelta(days=350)))
        loyalty.save_reward(s, loyalty.RewardInput("Payung", 200, stock=1))
    widget = LoyaltyTab(UiContext(db=db, lang="en"))
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitUntil(lambda: not widget.reminders.busy, timeout=5000)
    return widget


def _ok(dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_redeem_points_flow(qtbot, tab, db) -> None:  # type: ignore[no-untyped-def]
    members = tab.members
    assert members.model.total == 2
    assert members.detail.customer_id is not None
    first = members.view.selectionModel().selectedRows()[0].data(RowRole)
    assert first.name == "Ani Wijaya" and first.points == 250
    qtbot.mouseClick(members.redeem_button, Qt.MouseButton.LeftButton)
    dialog = tab.last_dialog
    assert isinstance(dialog, RedeemDialog) and dialog.isVisible()
    dialog.by_points.setChecked(True)
    dialog.amount.setValue(120)
    dialog.reason.setText("Diskon INV/2026/11/0042")
    assert "Rp12.000" in dialog.worth.text()
    with qtbot.waitSignal(tab.ctx.hub.changed, timeout=2000) as blocker:
        _ok(dialog)
    assert blocker.args[0] == Changes(loyalty=True)
    assert not dialog.isVisible()
    with db.session(write=False) as s:
        assert loyalty.balance(s, first.id) == 130
    assert "130" in members.detail.points.text()
    top = members.detail.history_model.rows[0]
    assert (top.kind, top.points, top.reason) == ("redeem", -120, "Diskon INV/2026/11/0042")


def test_short_balance_keeps_the_dialog_open_and_changes_nothing(
    qtbot, tab, db  # type: ignore[no-untyped-def]
) -> None:
    dialog = tab.redeem(tab.members.detail.customer_id, "Ani Wijaya")
    dialog.by_points.setChecked(True)
    dialog.amount.setValue(251)
    _ok(dialog)
    assert dialog.isVisible()
    assert "250 points; 251 are needed" in dialog.message.text()
    with db.session(write=False) as s:
        assert loyalty.balance(s, tab.members.detail.customer_id) == 250
    dialog.reject()


def test_redeem_a_reward_until_out_of_stock(qtbot, tab, db) -> None:  # type: ignore[no-untyped-def]
    cid = tab.members.detail.customer_id
    dialog = tab.redeem(cid, "Ani Wijaya")
    assert dialog.by_reward.isChecked()
    with qtbot.waitSignal(dialog.succeeded, timeout=2000):
        _ok(dialog)
    again = tab.redeem(cid, "Ani Wijaya")
    assert again.reward.count() == 1
    _ok(again)
    assert "out of stock" in again.message.text()
    again.reject()
    with db.session(write=False) as s:
        assert loyalty.balance(s, cid) == 50


def test_adjust_needs_a_reason(qtbot, tab, db) -> None:  # type: ignore[no-untyped-def]
    cid = tab.members.detail.customer_id
    dialog = tab.adjust(cid, "Ani Wijaya")
    dialog.amount.setValue(-50)
    _ok(dialog)
    assert dialog.isVisible() and "reason" in dialog.message.text()
    dialog.reason.setText("Koreksi")
    with qtbot.waitSignal(tab.ctx.hub.changed, timeout=2000):
        _ok(dialog)
    with db.session(write=False) as s:
        assert loyalty.balance(s, cid) == 200


def test_models_pass_the_model_tester(qtmodeltester, tab) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(tab.members.model)
    qtmodeltester.check(tab.members.detail.history_model)
    qtmodeltester.check(tab.reminders.model)
    qtmodeltester.check(tab.internal.model)


def test_search_filters_in_sql(qtbot, tab) -> None:  # type: ignore[no-untyped-def]
    tab.members.search.setText("bamb")
    qtbot.waitUntil(lambda: tab.members.model.total == 1, timeout=2000)
    tab.members.search.clear()
    tab.members.only_points.setChecked(True)
    qtbot.waitUntil(lambda: tab.members.model.total == 2, timeout=2000)


def test_reminder_text_for_points_about_to_expire(tab) -> None:  # type: ignore[no-untyped-def]
    page = tab.reminders
    assert page.model.rowCount() == 1 and not page.busy
    row = page.selected()
    assert row.name == "Bambang" and row.points == 90
    assert page.message().startswith("Hello Bambang, 90 of your")
    assert page.send_button.isEnabled()


def test_settings_round_trip(qtbot, tab, db) -> None:  # type: ignore[no-untyped-def]
    page = tab.settings
    page.boxes["rupiah_per_point"].setValue(5_000)
    page.tiers.item(1, 2).setText("130")
    assert not page.earn_on_ppn.isChecked()
    page.earn_on_ppn.setChecked(True)
    with qtbot.waitSignal(page.saved, timeout=2000):
        page.save()
    assert page.earn_on_ppn.isChecked()
    with db.session(write=False) as s:
        assert loyalty.load_loyalty_settings(s).rupiah_per_point == 5_000
        assert loyalty.load_loyalty_settings(s).earn_on_ppn == 1
        assert loyalty.list_tiers(s)[1].multiplier_bp == 13_000


def test_multiplier_text() -> None:
    assert [multiplier_text(x) for x in (10_000, 12_500, 20_000, 15_000)] == [
        "×1", "×1,25", "×2", "×1,5"]


def test_daily_jobs_run_in_the_background(qtbot, db, set_today) -> None:  # type: ignore[no-untyped-def]
    from bizcare.ui.loyalty.startup import start_daily_jobs

    earned = date.today() - timedelta(days=400)
    set_today(earned)  # earned on its day; a year on, the start of the day writes it off
    with db.session() as s:
        c = h.customer(s, "PLG-000009", "Lama")
        loyalty.earn_for_receipt(s, h.receipt(s, c, 500_000, earned))
        cid = c.id
        assert loyalty.balance(s, cid) == 50
    set_today(date.today())
    ctx = UiContext(db=db, lang="en")
    with qtbot.waitSignal(ctx.hub.changed, timeout=5000):
        task = start_daily_jobs(ctx)
    assert task is not None
    with db.session(write=False) as s:
        assert loyalty.balance(s, cid) == 0


def test_hidden_pages_reload_when_shown(qtbot, tab, db) -> None:  # type: ignore[no-untyped-def]
    bambang = tab.reminders.selected()
    with db.session() as s:
        loyalty.adjust_points(s, bambang.customer_id, 10, "Bonus kunjungan")
    tab.ctx.hub.changed.emit(Changes(loyalty=True))
    assert not tab.reminders.busy  # not in view: not reloaded yet
    assert tab.reminders.selected().balance == 90
    with qtbot.waitSignal(tab.reminders.loaded, timeout=5000):
        tab.pages.setCurrentWidget(tab.reminders)
        assert tab.reminders.busy  # read off the GUI thread; the page shows it is reading
        assert "Reading" in tab.reminders.summary.text()
    assert tab.reminders.selected().balance == 100


def test_an_overtaken_reminder_list_is_dropped(qtbot, tab) -> None:  # type: ignore[no-untyped-def]
    page = tab.reminders
    page.days.setValue(5)  # a reload: Bambang's points lapse later than that
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.days.setValue(30)  # asked again before the first answer is shown
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)
    assert page.model.rowCount() == 1 and page.selected().name == "Bambang"


def test_catalogue_add_reward_and_switch_it_off(qtbot, tab, db) -> None:  # type: ignore[no-untyped-def]
    page = tab.catalogue
    tab.pages.setCurrentWidget(page)
    dialog = page.add_reward()
    name = dialog.form.itemAt(0, dialog.form.ItemRole.FieldRole).widget()
    name.setText("Tumbler")
    with qtbot.waitSignal(page.changed, timeout=2000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert [page.rewards.item(r, 0).text() for r in range(page.rewards.rowCount())] == [
        "Payung", "Tumbler"]
    page.rewards.selectRow(1)
    with qtbot.waitSignal(page.changed, timeout=2000):
        page._toggle(page.rewards, "reward")
    with db.session(write=False) as s:
        assert [r.name for r in loyalty.list_rewards(s, active_only=True)] == ["Payung"]
    page.rewards.selectRow(1)  # the row knows it is off (its data, not its "No" label)
    with qtbot.waitSignal(page.changed, timeout=2000):
        page._toggle(page.rewards, "reward")
    with db.session(write=False) as s:
        assert [r.name for r in loyalty.list_rewards(s, active_only=True)] == [
            "Payung", "Tumbler"]


def test_catalogue_restocks_a_reward(qtbot, tab, db) -> None:  # type: ignore[no-untyped-def]
    page = tab.catalogue
    tab.pages.setCurrentWidget(page)
    with db.session() as s:
        loyalty.save_reward(s, loyalty.RewardInput("Kipas angin", 1_500, stock=0))
    page.reload()
    page.rewards.selectRow([page.rewards.item(r, 0).text()
                            for r in range(page.rewards.rowCount())].index("Kipas angin"))
    dialog = page.edit_reward()
    field = dialog.form.itemAt
    stock = field(3, dialog.form.ItemRole.FieldRole).widget()
    assert field(2, dialog.form.ItemRole.FieldRole).widget().isChecked()
    stock.setValue(12)
    with qtbot.waitSignal(page.changed, timeout=2000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    with db.session(write=False) as s:
        reward = loyalty.reward_by_name(s, "Kipas angin")
        assert (reward.stock, reward.points_cost, reward.active) == (12, 1_500, True)
        assert len(loyalty.list_rewards(s)) == 2  # changed, not added
    page.rewards.clearSelection()
    page.rewards.setCurrentCell(-1, -1)
    assert page.edit_reward() is None


def test_hpn_preset_and_internal_awards(qtbot, tab, db) -> None:  # type: ignore[no-untyped-def]
    tab.pages.setCurrentWidget(tab.catalogue)
    with qtbot.waitSignal(tab.catalogue.changed, timeout=2000):
        tab.catalogue.add_hpn()
    assert "Hari Pelanggan Nasional" in tab.catalogue.campaigns.item(0, 0).text()
    from bizcare.domain.enums import RequestStatus
    from bizcare.domain.models import InternalRequest

    today = date.today()
    with db.session() as s:
        gudang = h.division(s, "Gudang")
        g = h.customer(s, "DIV-0001", "Gudang", kind="internal", division_id=gudang.id)
        s.add(InternalRequest(requester_id=g.id, provider_division_id=gudang.id, title="Stok",
                              opened_on=today, due_on=today, completed_on=today,
                              status=RequestStatus.DONE, rating=5))
    tab.pages.setCurrentWidget(tab.internal)
    with qtbot.waitSignal(tab.ctx.hub.changed, timeout=2000):
        tab.internal.sync()
    assert tab.internal.model.rowCount() == 1
    assert tab.internal.model.rows[0].points_period == 10
