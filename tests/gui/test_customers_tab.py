"""The Pelanggan tab as an owner uses it: add, edit, search, filter, WhatsApp, follow-ups."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from bizcare.services.customers.records import (
    CustomerQuery,
    count_customers,
    get_customer,
    interactions_for,
    log_interaction,
)
from bizcare.ui.common.context import Changes, UiContext
from bizcare.ui.common.paged_model import ChipRole, IdRole
from bizcare.ui.customers.form import CustomerForm
from bizcare.ui.customers.model import CustomerSource, CustomerTableModel
from tests.gui.customers_setup import Cols, add, names, people, tab

pytestmark = pytest.mark.gui

__all__ = ["people", "tab"]  # fixtures used by name


def select_row(tab: Any, customer_id: int) -> None:
    tab.select_customer(customer_id)
    assert tab.detail.customer_id == customer_id


def save(form: CustomerForm) -> None:
    form.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_customer_model_passes_qtmodeltester(qtmodeltester: Any, db: Any,
                                             people: dict[str, int]) -> None:
    model = CustomerTableModel(CustomerSource(db, CustomerQuery()), page_size=2, max_pages=2)
    assert model.rowCount() == 4
    qtmodeltester.check(model)
    model.sort(Cols.CITY, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_first_customer_is_shown_once_the_list_is_painted(qtbot: Any, tab: Any,
                                                          people: dict[str, int]) -> None:
    qtbot.waitUntil(lambda: tab.detail.customer_id is not None)
    assert tab.detail.customer_id == people["budi"]  # first by name
    assert tab.view.currentIndex().row() == 0
    assert tab.follow_ups_button.text() == "Follow-ups"


def test_list_shows_both_kinds_distinctly(tab: Any, people: dict[str, int]) -> None:
    assert names(tab) == ["Budi Santoso", "Gudang", "PT Maju & Jaya", "Siti Rahayu"]
    assert tab.count_label.text() == "4 customers"
    gudang = names(tab).index("Gudang")
    budi = names(tab).index("Budi Santoso")
    assert tab.model.index(gudang, Cols.KIND).data() == "Internal"
    assert tab.model.index(gudang, Cols.KIND).data(ChipRole) == "teal"
    assert tab.model.index(budi, Cols.KIND).data() == "External"
    assert tab.model.index(budi, Cols.KIND).data(ChipRole) == "blue"
    assert tab.model.index(gudang, Cols.CATEGORY).data() == "Gudang"
    assert tab.model.index(budi, Cols.PHONE).data() == "0812-3456-7890"


def test_add_customer(qtbot: Any, tab: Any, db: Any) -> None:
    seen: list[Changes] = []
    tab.ctx.hub.changed.connect(seen.append)
    tab.new_button.click()
    form = tab.active_dialog
    assert isinstance(form, CustomerForm)
    qtbot.keyClicks(form.name, "Dewi Lestari")
    form.phone.setText("0857 1234 5678")
    form.city.setText("Surabaya")
    form.tags.setText("baru, langganan")
    save(form)
    assert not form.isVisible()
    assert "Dewi Lestari" in names(tab)
    assert tab.count_label.text() == "5 customers"
    assert tab.detail.name.text() == "Dewi Lestari"
    assert tab.detail.values["phone"].text() == "0857-1234-5678"
    assert seen and seen[-1].customers
    with db.session(write=False) as s:
        assert get_customer(s, form.customer_id).phone == "+6285712345678"


def test_add_refuses_bad_input_next_to_the_field(tab: Any, db: Any) -> None:
    tab.new_button.click()
    form = tab.active_dialog
    form.name.setText("Rudi")
    form.email.setText("rudi@@contoh")
    save(form)
    assert form.isVisible()
    assert "e-mail" in form.error.text()
    assert form.email.property("invalid") is True
    with db.session(write=False) as s:
        assert count_customers(s, CustomerQuery()) == 4


def test_add_internal_customer_with_a_new_division(tab: Any, db: Any) -> None:
    tab.new_button.click()
    form = tab.active_dialog
    form.internal.setChecked(True)
    assert form.category.isHidden() or not form.category.isVisibleTo(form)
    form.division.setCurrentText("Keuangan")
    assert form.name.text() == "Keuangan"
    form.contact_person.setText("Bu Ani")
    save(form)
    with db.session(write=False) as s:
        c = get_customer(s, form.customer_id)
    assert (c.kind, c.category, c.contact_person) == ("internal", "division", "Bu Ani")
    assert c.code.startswith("DIV-")
    assert tab.detail.subtitle.text().endswith("Division Keuangan")


def test_edit_customer(tab: Any, db: Any, people: dict[str, int]) -> None:
    select_row(tab, people["budi"])
    tab.detail.edit_button.click()
    form = tab.active_dialog
    assert form.name.text() == "Budi Santoso"
    assert form.phone.text() == "0812-3456-7890"
    assert form.tags.text() == "langganan"
    form.city.setText("Cimahi")
    save(form)
    row = names(tab).index("Budi Santoso")
    assert tab.model.index(row, Cols.CITY).data() == "Cimahi"
    assert tab.detail.values["city"].text() == "Cimahi"


def test_duplicate_flagged_while_typing_and_open_existing(qtbot: Any, tab: Any,
                                                          people: dict[str, int]) -> None:
    tab.new_button.click()
    form = tab.active_dialog
    form.name.setText("Budi S.")
    form.phone.setText("+62 812 3456 7890")
    qtbot.waitUntil(lambda: form.banner.isVisible())
    assert "PLG-" in form.banner.label.text() and "Budi Santoso" in form.banner.label.text()
    assert not form.banner.merge_button.isVisible()
    form.banner.open_button.click()
    assert not form.isVisible()
    assert tab.detail.customer_id == people["budi"]


def test_duplicate_offers_merge_when_editing(qtbot: Any, tab: Any, db: Any,
                                             people: dict[str, int]) -> None:
    select_row(tab, people["siti"])
    tab.detail.edit_button.click()
    form = tab.active_dialog
    form.email.setText("BUDI@contoh.co.id")
    qtbot.waitUntil(lambda: form.banner.isVisible())
    form.banner.merge_button.click()
    merge = tab.active_dialog
    assert merge.second.id == people["budi"]
    assert merge.keep_second.isChecked()  # the older record keeps the history
    merge.merge_button.click()
    with db.session(write=False) as s:
        siti = get_customer(s, people["siti"])
    assert siti.archived and siti.merged_into_id == people["budi"]
    assert tab.detail.customer_id == people["budi"]
    assert "Siti Rahayu" not in names(tab)


def test_search_is_debounced_and_done_by_the_service(qtbot: Any, tab: Any) -> None:
    qtbot.keyClicks(tab.search, "Bandung")
    assert tab.model.rowCount() == 4  # not yet: the timer waits for a pause in typing
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    assert sorted(names(tab)) == ["Budi Santoso", "Siti Rahayu"]
    tab.search.setText("0812 3456")
    qtbot.waitUntil(lambda: names(tab) == ["Budi Santoso"])
    tab.search.setText('"); DROP TABLE customer; --')
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0)
    assert tab.count_label.text() == "0 of 4 customers"
    assert not tab.stack.is_empty  # a search without hits is not the empty state


def test_filters_by_kind_category_city_and_tag(tab: Any) -> None:
    tab.kind.setCurrentIndex(tab.kind.findData("internal"))
    assert names(tab) == ["Gudang"]
    tab.kind.setCurrentIndex(0)
    tab.category.setCurrentIndex(tab.category.findData("reseller"))
    assert names(tab) == ["Siti Rahayu"]
    tab.category.setCurrentIndex(0)
    tab.city.choose("Bandung")
    assert names(tab) == ["Budi Santoso", "Siti Rahayu"]
    tab.tag.choose("grosir")
    assert names(tab) == ["Siti Rahayu"]
    assert tab.count_label.text() == "1 of 4 customers"


def test_sorting_by_header_is_done_in_sql(tab: Any) -> None:
    tab.view.sortByColumn(Cols.CITY, Qt.SortOrder.DescendingOrder)
    assert tab.model.source.query.sort == "city"
    assert tab.model.source.query.descending
    assert names(tab)[0] == "PT Maju & Jaya"


def test_archive_and_restore(monkeypatch: pytest.MonkeyPatch, tab: Any, db: Any,
                             people: dict[str, int]) -> None:
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    select_row(tab, people["maju"])
    tab.detail.archive_action.trigger()
    assert "PT Maju & Jaya" not in names(tab)
    assert tab.detail.archived_note.isVisibleTo(tab.detail)
    tab.archived.setChecked(True)
    assert "PT Maju & Jaya (archived)" in names(tab)
    tab.detail.archive_action.trigger()  # now "Restore"
    with db.session(write=False) as s:
        assert not get_customer(s, people["maju"]).archived


def test_whatsapp_opens_the_link_and_records_the_contact(
        monkeypatch: pytest.MonkeyPatch, tab: Any, db: Any, people: dict[str, int]) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    select_row(tab, people["budi"])
    tab.detail.whatsapp_button.click()
    assert len(opened) == 1
    link = opened[0].toString(QUrl.ComponentFormattingOption.FullyEncoded)
    assert link.startswith("https://wa.me/6281234567890?text=Halo%20Bapak%2FIbu%20Budi%20Santoso")
    assert opened[0].query(QUrl.ComponentFormattingOption.FullyDecoded).startswith(
        "text=Halo Bapak/Ibu Budi Santoso")
    with db.session(write=False) as s:
        logged = interactions_for(s, people["budi"])
    assert [i.channel for i in logged] == ["whatsapp"]
    assert logged[0].summary.startswith("Halo Bapak/Ibu Budi Santoso")
    assert tab.detail.interactions.topLevelItemCount() == 1


def test_log_contact_with_follow_up_and_complete_it(tab: Any, db: Any,
                                                    people: dict[str, int]) -> None:
    from PySide6.QtCore import QDate

    select_row(tab, people["siti"])
    tab.detail.log_button.click()
    dialog = tab.detail.active_dialog
    dialog.channel.setCurrentIndex(dialog.channel.findData("telepon"))
    dialog.summary.setPlainText("Minta katalog harga grosir terbaru")
    dialog.follow_up.setChecked(True)
    dialog.follow_up_on.setDate(QDate.currentDate())
    dialog.save()
    assert tab.detail.interactions.topLevelItemCount() == 1
    assert tab.follow_ups_button.text() == "Follow-ups (1)"
    tab.show_follow_ups()
    follow_ups = tab.active_dialog
    assert follow_ups.list.topLevelItemCount() == 1
    assert follow_ups.list.topLevelItem(0).text(2) == "Siti Rahayu"
    follow_ups.done_button.click()
    assert follow_ups.list.topLevelItemCount() == 0
    assert tab.follow_ups_button.text() == "Follow-ups"


def test_detail_shows_contacts_and_tags(tab: Any, db: Any, people: dict[str, int]) -> None:
    with db.session() as s:
        log_interaction(s, people["budi"], "kunjungan", "Datang ke toko, tanya servis AC")
    select_row(tab, people["budi"])
    d = tab.detail
    assert d.name.text() == "Budi Santoso"
    assert d.kind_chip.text() == "External"
    assert d.values["email"].text() == "budi@contoh.co.id"
    tags = [d.tags_row.itemAt(i).widget() for i in range(d.tags_row.count())]
    assert [t.text() for t in tags if t is not None] == ["langganan"]
    item = d.interactions.topLevelItem(0)
    assert item.text(1) == "Datang ke toko, tanya servis AC"
    assert item.text(0).endswith("\nVisit · Outgoing")


def test_divisions_list_is_editable(monkeypatch: pytest.MonkeyPatch, qtbot: Any,
                                    db: Any) -> None:
    from PySide6.QtWidgets import QInputDialog

    from bizcare.services.customers.records import list_divisions
    from bizcare.ui.customers.divisions import DivisionsDialog

    answers = iter([("Gudang", True), ("Gudang Utama", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    dialog = DivisionsDialog(db)
    qtbot.addWidget(dialog)
    dialog.add_button.click()
    assert dialog.list.currentItem().text() == "Gudang"
    dialog.rename_button.click()
    dialog.toggle_button.click()
    assert dialog.list.currentItem().text() == "Gudang Utama (inactive)"
    assert dialog.toggle_button.text() == "A&ctivate"
    with db.session(write=False) as s:
        assert [d.name for d in list_divisions(s)] == []
        assert [d.name for d in list_divisions(s, include_inactive=True)] == ["Gudang Utama"]


def test_list_pages_rows_in_and_keeps_the_cache_small(qtbot: Any, db: Any) -> None:
    from sqlalchemy import insert

    from bizcare.domain.models import Customer

    with db.session() as s:
        s.execute(insert(Customer), [
            {"code": f"PLG-{i:06d}", "name": f"Pelanggan {i:05d}", "kind": "external",
             "category": "perorangan", "phone": "", "email": "", "city": "Medan"}
            for i in range(1, 3001)])
    source = CustomerSource(db, CustomerQuery(), deep_rows=500)
    model = CustomerTableModel(source, page_size=50, max_pages=4)
    assert model.rowCount() == 3000
    assert model.cached_rows() == 0
    assert model.index(10, Cols.NAME).data() == "Pelanggan 00011"
    assert not source.has_ids  # the head of the list is read with OFFSET
    from PySide6.QtWidgets import QTableView

    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(800, 600)
    view.show()
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.cached_rows() > 0)
    assert model.index(2999, Cols.NAME).data() == "Pelanggan 03000"
    assert source.has_ids  # deep pages come by id, not by stepping over 2,950 rows
    assert model.index(1234, Cols.CODE).data() == "PLG-001235"
    assert model.cached_rows() <= 4 * 50
    model.sort(Cols.NAME, Qt.SortOrder.DescendingOrder)
    assert model.index(0, Cols.NAME).data() == "Pelanggan 03000"
    assert not model.source.has_ids


def test_empty_state_when_there_are_no_customers(qtbot: Any, db: Any) -> None:
    from bizcare.ui.customers import create_tab

    widget = create_tab(UiContext(db=db))
    qtbot.addWidget(widget)
    widget.show()  # a hidden tab only reloads when it is shown again
    assert widget.stack.is_empty
    assert widget.empty.label.text() == "No customers yet."
    widget.empty.button.click()
    form = widget.active_dialog
    form.name.setText("Pelanggan Pertama")
    save(form)
    assert not widget.stack.is_empty
    assert names(widget) == ["Pelanggan Pertama"]


def test_other_tabs_changes_refresh_the_list(tab: Any, db: Any) -> None:
    add(db, name="Agus Wijaya", city="Medan")
    assert "Agus Wijaya" not in names(tab)
    tab.ctx.hub.changed.emit(Changes(customers=True))
    assert "Agus Wijaya" in names(tab)
    tab.city.load()
    assert tab.city.findData("Medan") > 0


def test_id_role_and_rows(tab: Any, people: dict[str, int]) -> None:
    ids = {tab.model.index(r, 0).data(IdRole) for r in range(tab.model.rowCount())}
    assert ids == set(people.values())


def test_detail_shows_the_hint_for_a_customer_that_is_gone(tab: Any) -> None:
    tab.detail.show_customer(999_999)
    assert tab.detail.customer_id is None
    assert tab.detail.stack.currentIndex() == 0
