"""The operation runner: a refusal is shown and broadcasts nothing, a bug is logged and shown
as the generic message, a success broadcasts what the use case declares; tabs refresh only
what a change touches, and a hidden tab reloads when it is shown."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox, QTabWidget, QWidget

from bizcare.domain.errors import StateError
from bizcare.domain.i18n import QT_TRANSLATE_NOOP
from bizcare.services.billing import ops as billing_ops
from bizcare.services.changes import Changes, declares
from bizcare.ui.common.context import EventHub
from bizcare.ui.common.follow import follow_changes
from bizcare.ui.common.ops import run_job, run_op
from tests.gui.customers_setup import add, names, people, tab
from tests.services.billing_helpers import line, make_invoice

__all__ = ["people", "tab"]  # fixtures used by name
pytestmark = pytest.mark.gui


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the message boxes the runner shows (instead of showing them)."""
    texts: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: texts.append(text))
    return texts


@pytest.fixture
def hub() -> EventHub:
    return EventHub()


def heard(hub: EventHub) -> list[Changes]:
    changes: list[Changes] = []
    hub.changed.connect(changes.append)
    return changes


@declares(Changes(invoices=True))
def refuse() -> None:
    raise StateError(QT_TRANSLATE_NOOP("errors", "Invoice {number} is void."), number="INV-9")


@declares(Changes(invoices=True))
def crash() -> None:
    raise ZeroDivisionError("a bug in a service")


@declares(Changes(customers=True, loyalty=True))
def succeed(value: int) -> int:
    return value * 2


def test_a_refusal_is_shown_in_one_line_and_broadcasts_nothing(
        qapp: Any, hub: EventHub, shown: list[str]) -> None:
    from bizcare.ui.app import install_translator

    install_translator(qapp, "en")
    changes, done, failed = heard(hub), [], []
    assert run_op(None, hub, refuse, on_success=done.append, on_failure=failed.append) is False
    assert shown == ["Invoice INV-9 is void."]
    assert changes == [] and done == []
    assert isinstance(failed[0], StateError)


def test_a_bug_is_logged_and_shown_as_the_generic_message(
        hub: EventHub, shown: list[str]) -> None:
    from bizcare.logs import log_path

    changes = heard(hub)
    assert run_op(None, hub, crash) is False
    assert len(shown) == 1 and str(log_path()) in shown[0]
    assert "ZeroDivisionError" not in shown[0] and "Traceback" not in shown[0]
    assert "ZeroDivisionError: a bug in a service" in log_path().read_text(encoding="utf-8")
    assert changes == []


def test_success_broadcasts_the_declared_changes_then_calls_back(
        hub: EventHub, shown: list[str]) -> None:
    order: list[object] = []
    hub.changed.connect(order.append)
    assert run_op(None, hub, partial(succeed, 21), on_success=order.append)
    assert order == [Changes(customers=True, loyalty=True), 42]
    assert shown == []


def test_quiet_errors_go_to_the_caller_only(hub: EventHub, shown: list[str]) -> None:
    failed: list[BaseException] = []
    assert not run_op(None, hub, refuse, on_failure=failed.append, quiet=(StateError,))
    assert shown == [] and isinstance(failed[0], StateError)


def test_an_undeclared_call_needs_changes_given(hub: EventHub) -> None:
    with pytest.raises(TypeError):
        run_op(None, hub, lambda: 1)
    assert run_op(None, hub, lambda: 1, changes=Changes())


def test_background_ops_report_on_the_gui_thread(qtbot: Any, hub: EventHub,
                                                 shown: list[str]) -> None:
    done: list[int] = []
    with qtbot.waitSignal(hub.changed, timeout=5000) as blocker:
        assert run_op(None, hub, partial(succeed, 5), on_success=done.append, background=True)
    assert blocker.args == [Changes(customers=True, loyalty=True)]
    qtbot.waitUntil(lambda: done == [10], timeout=5000)
    failed: list[BaseException] = []
    run_job(None, hub, lambda _progress: refuse(), changes=Changes(invoices=True),
            on_failure=failed.append)
    qtbot.waitUntil(lambda: bool(failed), timeout=5000)
    assert shown == ["Invoice INV-9 is void."]


def test_a_billing_action_reloads_the_customer_detail_but_not_the_list(
        qtbot: Any, tab: Any, db: Any, people: dict[str, int], shown: list[str]) -> None:
    budi = people["budi"]
    tab.select_customer(budi)
    qtbot.waitUntil(lambda: not tab.busy, timeout=10_000)
    with db.session() as s:
        from bizcare.domain.models import Customer

        customer = s.get(Customer, budi)
        invoice = make_invoice(s, customer, [line(price=250_000)], on=date.today(),
                               issue=False)
    resets: list[None] = []
    tab.model.modelReset.connect(lambda: resets.append(None))
    overview_reads: list[int] = []
    tab.detail.loader.loaded.connect(lambda *_a: overview_reads.append(1))
    assert run_op(tab, tab.ctx.hub, partial(billing_ops.issue_invoice, db, invoice.id or 0))
    qtbot.waitUntil(lambda: bool(overview_reads), timeout=10_000)
    assert resets == []  # the list was not read again
    assert shown == []
    # A change to customers does reload the list.
    run_op(tab, tab.ctx.hub, partial(billing_ops.save_catalogue_item, db, None, True,
                                     {"name": "Freon", "price": 50_000}))
    assert resets == []  # the catalogue is no business of this tab
    tab.ctx.hub.changed.emit(Changes(customers=True))
    assert resets


def test_a_contact_reloads_the_detail_and_follow_ups_but_not_the_list(
        tab: Any, db: Any, people: dict[str, int], shown: list[str]) -> None:
    from bizcare.services.customers import ops as customer_ops

    siti = people["siti"]
    tab.select_customer(siti)
    resets: list[None] = []
    tab.model.modelReset.connect(lambda: resets.append(None))
    assert run_op(tab, tab.ctx.hub, partial(customer_ops.log_interaction, db, siti, "telepon",
                                            "Minta katalog", follow_up_on=date.today()))
    assert tab.detail.interactions.topLevelItemCount() == 1
    assert tab.follow_ups_button.text() == "Follow-ups (1)"
    assert resets == [] and shown == []


def test_a_hidden_view_reloads_once_when_shown(qtbot: Any, hub: EventHub) -> None:
    pages = QTabWidget()
    qtbot.addWidget(pages)
    first, second = QWidget(), QWidget()
    pages.addTab(first, "first")
    pages.addTab(second, "second")
    pages.show()
    reloads: list[Changes] = []
    follower = follow_changes(second, hub, reloads.append, Changes(loyalty=True))
    hub.changed.emit(Changes(loyalty=True))
    hub.changed.emit(Changes(invoices=True))  # not watched
    hub.changed.emit(Changes(loyalty=True, customers=True))
    assert reloads == [] and follower.stale
    pages.setCurrentWidget(second)
    assert reloads == [Changes(loyalty=True, customers=True)]
    assert not follower.stale
    hub.changed.emit(Changes(loyalty=True))  # in view: at once
    assert len(reloads) == 2
    pages.setCurrentWidget(first)
    pages.setCurrentWidget(second)  # shown again without a change: nothing to read
    assert len(reloads) == 2


def test_the_customers_tab_waits_while_hidden(qtbot: Any, tab: Any, people: dict[str, int]
                                             ) -> None:
    tab.hide()
    add(tab.db, name="Agus Wijaya")
    tab.ctx.hub.changed.emit(Changes(customers=True))
    assert "Agus Wijaya" not in names(tab)  # nothing read for a tab nobody sees
    tab.show()
    assert "Agus Wijaya" in names(tab)
