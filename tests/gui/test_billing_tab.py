"""The Invoice & Kwitansi tab as an owner uses it: create, issue, pay in parts, void, export."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QPushButton
from sqlmodel import select

from bizcare.domain.models import Interaction
from bizcare.services.billing import (
    DraftInput,
    LineInput,
    issue_invoice,
    record_payment,
    save_draft,
)
from bizcare.services.billing.catalogue import add_item
from bizcare.services.customers.records import CustomerInput, create_customer, interactions_for
from bizcare.ui.billing.editor import InvoiceEditor
from bizcare.ui.billing.lines_model import LinesModel
from bizcare.ui.billing.pay_dialog import PayDialog
from bizcare.ui.billing.void_dialog import VoidDialog
from bizcare.ui.common.context import Changes, UiContext
from bizcare.ui.common.paged_model import ChipRole, RawRole

pytestmark = pytest.mark.gui

Lc = LinesModel.Columns


def add_customer(db: Any, **values: Any) -> int:
    with db.session() as s:
        return int(create_customer(s, CustomerInput(**values)).id)


def issued_invoice(db: Any, customer_id: int, price: int, *, on: date | None = None,
                   due: date | None = None) -> tuple[int, str]:
    with db.session() as s:
        draft = DraftInput(customer_id=customer_id, issue_date=on, due_date=due,
                           lines=[LineInput("Kabel 2\" x 10m", 1, price, unit="roll")])
        invoice = issue_invoice(s, save_draft(s, draft).id)
        return int(invoice.id), str(invoice.number)


@pytest.fixture
def people(db: Any) -> dict[str, int]:
    return {
        "budi": add_customer(db, name="Budi Santoso", phone="0812-3456-7890", city="Bandung"),
        "maju": add_customer(db, name="PT Maju & Jaya <Tbk>", category="b2b",
                             company="PT Maju & Jaya <Tbk>", phone="(021) 5890 5002"),
    }


@pytest.fixture
def tab(qtbot: Any, db: Any, people: dict[str, int]) -> Iterator[Any]:
    from bizcare.ui.billing import create_tab

    widget = create_tab(UiContext(db=db))
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    yield widget
    QThreadPool.globalInstance().waitForDone()  # no background query outlives the database


def click(qtbot: Any, button: Any) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def statuses(tab: Any) -> dict[str, tuple[str, str]]:
    """Invoice number (or draft label) -> (status text, chip style) as the list shows it."""
    model = tab.invoice_model
    status = model.Columns.STATUS
    return {
        model.index(r, 0).data(): (model.index(r, status).data(),
                                   model.index(r, status).data(ChipRole))
        for r in range(model.rowCount())
    }


def type_line(editor: InvoiceEditor, row: int, desc: str, qty: str, price: str) -> None:
    lines = editor.lines
    assert lines.setData(lines.index(row, Lc.DESCRIPTION), desc)
    assert lines.setData(lines.index(row, Lc.QUANTITY), qty)
    assert lines.setData(lines.index(row, Lc.UNIT_PRICE), price)


def test_empty_tab_offers_the_first_invoice(tab: Any) -> None:
    assert tab.invoice_stack.currentWidget() is tab.empty
    editor = tab.ops.last_dialog
    assert editor is None
    click_target = tab.empty.button
    assert click_target is not None
    click_target.click()
    assert isinstance(tab.ops.last_dialog, InvoiceEditor)
    tab.ops.last_dialog.reject()


def test_create_issue_pay_in_parts_then_void_another(
        qtbot: Any, db: Any, tab: Any, people: dict[str, int], qtmodeltester: Any) -> None:
    with db.session() as s:
        add_item(s, "Freon R32", 350_000, unit="kg", category="Sparepart")

    editor = tab.ops.new_invoice()
    assert isinstance(editor, InvoiceEditor)
    editor.customer.setText("Budi")
    labels = editor.customer.search_now()
    assert labels and "Budi Santoso" in labels[0]
    editor.customer.choose(labels[0])
    type_line(editor, 0, "Jasa servis AC", "2", "750.000")
    editor.catalogue.setText("freon")
    editor.catalogue.choose(editor.catalogue.search_now()[0])
    lines = editor.lines
    assert lines.rowCount() == 2
    assert lines.index(1, Lc.DESCRIPTION).data() == "Freon R32"
    assert lines.setData(lines.index(1, Lc.QUANTITY), "1,5")
    assert lines.index(1, Lc.AMOUNT).data() == "Rp525.000"
    assert editor.subtotal_label.text() == "Rp2.025.000"
    editor.discount.set_amount(25_000)
    assert editor.total_label.text() == "Rp2.000.000"
    assert editor.words_label.text() == "Dua Juta Rupiah"
    qtmodeltester.check(lines)

    with qtbot.waitSignal(editor.accepted):
        click(qtbot, editor.issue_button)
    number = editor.issued_number
    assert number and number.startswith(f"INV/{date.today():%Y}/")
    assert tab.invoice_stack.currentWidget() is not tab.empty
    assert statuses(tab) == {number: ("ISSUED", "blue")}
    total_col = tab.invoice_model.Columns.TOTAL
    assert tab.invoice_model.index(0, total_col).data(RawRole) == 2_000_000
    assert tab.invoice_model.index(0, total_col).data() == "Rp2.000.000"
    detail = tab.invoice_detail
    assert detail.number.text() == number
    assert not detail.buttons["edit"].isVisibleTo(detail)  # issued: no editing
    assert detail.buttons["pay"].isVisibleTo(detail)

    pay = tab.ops.invoice_action("pay")
    assert isinstance(pay, PayDialog)
    assert pay.amount.amount() == 2_000_000  # prefilled with the balance
    pay.amount.set_amount(750_000)
    pay.set_method("transfer")
    pay.reference.setText("BCA 123")
    with qtbot.waitSignal(pay.paid):
        click(qtbot, pay.ok_button)
    first_kw = pay.receipt_number
    assert first_kw and first_kw.startswith("KW/")
    assert first_kw in pay.done_label.text()
    click(qtbot, pay.close_button)
    assert statuses(tab) == {number: ("PARTIAL", "amber")}

    pay = tab.ops.invoice_action("pay")
    assert pay.amount.amount() == 1_250_000
    with qtbot.waitSignal(pay.paid):
        click(qtbot, pay.ok_button)
    second_kw = pay.receipt_number
    pay.accept()
    assert statuses(tab) == {number: ("PAID", "green")}
    rows = tab.invoice_detail.payment_rows()
    assert [r[0] for r in rows] == [first_kw, second_kw]
    assert [r[3] for r in rows] == ["Rp750.000", "Rp1.250.000"]
    assert not tab.invoice_detail.buttons["pay"].isVisibleTo(tab.invoice_detail)
    assert tab.receipt_model.rowCount() == 2

    other_id, other_number = issued_invoice(db, people["maju"], 300_000)
    tab.on_changed(Changes(invoices=True))
    tab.select_invoice(other_id)
    assert tab.invoice_detail.number.text() == other_number
    void = tab.ops.invoice_action("void")
    assert isinstance(void, VoidDialog)
    assert not void.ok_button.isEnabled()  # a reason is required
    void.reason.setPlainText("Salah input harga")
    with qtbot.waitSignal(void.accepted):
        click(qtbot, void.ok_button)
    assert statuses(tab) == {number: ("PAID", "green"), other_number: ("VOID", "void")}
    assert "Salah input harga" in tab.invoice_detail.void_reason.text()

    qtmodeltester.check(tab.invoice_model)
    qtmodeltester.check(tab.receipt_model)


def test_filters_search_status_and_customer(qtbot: Any, db: Any, tab: Any,
                                            people: dict[str, int]) -> None:
    _, first = issued_invoice(db, people["budi"], 100_000)
    _, second = issued_invoice(db, people["maju"], 200_000)
    with db.session() as s:
        save_draft(s, DraftInput(customer_id=people["maju"],
                                 lines=[LineInput("Draf", 1, 5_000)]))
    tab.apply_filters()
    assert tab.invoice_model.rowCount() == 3
    with qtbot.waitSignal(tab.filters.changed):
        tab.filters.search.setText("Maju")
    assert tab.invoice_model.rowCount() == 2
    tab.filters.status.setCurrentIndex(tab.filters.status.findData("draft"))
    assert tab.invoice_model.rowCount() == 1
    assert statuses(tab)[next(iter(statuses(tab)))] == ("DRAFT", "grey")
    tab.filters.reset()
    assert tab.invoice_model.rowCount() == 3
    tab.filters.customer.setText("Budi")
    tab.filters.customer.choose(tab.filters.customer.search_now()[0])
    assert set(statuses(tab)) == {first}
    tab.filters.month.setCurrentIndex(tab.filters.month.findData(
        f"{date.today() - timedelta(days=400):%Y-%m}"))
    assert tab.invoice_model.rowCount() == 0
    assert tab.invoice_stack.currentWidget() is not tab.empty  # filtered, not empty
    assert second


def test_each_page_keeps_its_own_filter(qtbot: Any, db: Any, tab: Any,
                                        people: dict[str, int]) -> None:
    """Paid on the invoices, a month on the kwitansi: back on the invoices, still only paid.

    The bar was shared and the kwitansi page, which has no status, applied its "no status"
    to the invoices too: the combo said "paid" while the list showed every status.
    """
    paid_id, paid = issued_invoice(db, people["budi"], 100_000)
    _, open_one = issued_invoice(db, people["maju"], 200_000)
    with db.session() as s:
        record_payment(s, paid_id, 100_000)
    tab.apply_filters()
    bar = tab.filters
    bar.status.setCurrentIndex(bar.status.findData("paid"))
    assert set(statuses(tab)) == {paid}
    tab.pages.setCurrentIndex(1)  # Kwitansi
    assert bar.status.isHidden()
    assert tab.receipt_model.rowCount() == 1
    bar.month.setCurrentIndex(bar.month.findData(f"{date.today() - timedelta(days=400):%Y-%m}"))
    assert tab.receipt_model.rowCount() == 0
    assert set(statuses(tab)) == {paid}  # the kwitansi filter left the invoices alone
    tab.pages.setCurrentIndex(0)
    assert bar.status.currentData() == "paid"
    assert bar.month.currentData() is None  # the invoices' own month
    assert set(statuses(tab)) == {paid}
    assert tab.invoice_filter.query().status == "paid"
    tab.pages.setCurrentIndex(1)
    assert bar.month.currentData() is not None  # the kwitansi's month is kept too
    assert tab.receipt_model.rowCount() == 0
    assert open_one


def test_editing_a_draft_keeps_it_unnumbered(qtbot: Any, db: Any, tab: Any,
                                             people: dict[str, int]) -> None:
    editor = tab.ops.new_invoice()
    editor.customer.setText("Maju")
    editor.customer.choose(editor.customer.search_now()[0])
    type_line(editor, 0, "Konsultasi", "1", "Rp1.000.000")
    with qtbot.waitSignal(editor.accepted):
        click(qtbot, editor.save_button)
    draft_id = editor.invoice_id
    assert statuses(tab) == {f"Draft #{draft_id}": ("DRAFT", "grey")}
    assert tab.invoice_detail.buttons["edit"].isVisibleTo(tab.invoice_detail)

    editor = tab.ops.invoice_action("edit")
    assert editor.lines.rowCount() == 1
    assert editor.customer.customer_id == people["maju"]
    type_line(editor, 0, "Konsultasi pajak", "2", "1.000.000")
    with qtbot.waitSignal(editor.accepted):
        click(qtbot, editor.save_button)
    assert editor.invoice_id == draft_id
    assert tab.invoice_model.index(0, tab.invoice_model.Columns.TOTAL).data(RawRole) == \
        2_000_000


def test_editor_refuses_bad_input_without_saving(monkeypatch: pytest.MonkeyPatch, qtbot: Any,
                                                 db: Any, tab: Any) -> None:
    shown: list[str] = []
    monkeypatch.setattr("bizcare.ui.common.ops.show_error",
                        lambda _parent, exc: shown.append(str(exc)))
    editor = tab.ops.new_invoice()
    type_line(editor, 0, "Jasa", "1", "10.000")
    assert not editor.issue()
    assert "choose a customer" in shown[-1]
    lines = editor.lines
    assert not lines.setData(lines.index(0, Lc.QUANTITY), "abc")  # refused on entry
    assert lines.index(0, Lc.QUANTITY).data() == "1"
    assert lines.setData(lines.index(0, Lc.DISCOUNT), "20.000")
    assert lines.index(0, Lc.AMOUNT).data() == "—"
    assert editor.total_label.text() == "—"
    assert "discount" in editor.problem.text()
    assert tab.invoice_model.rowCount() == 0
    editor.reject()


def test_preview_and_print_render_the_pdf(qtbot: Any, db: Any, tab: Any, tmp_path: Path,
                                          people: dict[str, int]) -> None:
    from bizcare.ui.billing.preview import PdfPreview, invoice_pdf, print_pdf

    invoice_id, number = issued_invoice(db, people["maju"], 1_250_000)
    data = invoice_pdf(db, invoice_id)
    preview = PdfPreview(data, number)
    qtbot.addWidget(preview)
    assert preview.page_count() == 1
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert print_pdf(data, None, printer) == 1
    assert out.stat().st_size > 1000


def test_export_can_be_cancelled_and_then_writes_nothing(qtbot: Any, db: Any, tab: Any,
                                                         tmp_path: Path,
                                                         people: dict[str, int]) -> None:
    from bizcare.ui.billing.export_dialog import ExportDialog
    from bizcare.ui.common.worker import Cancelled

    invoice_id, _ = issued_invoice(db, people["budi"], 500_000)
    dialog = ExportDialog(tab.ctx, tab)
    qtbot.addWidget(dialog)
    folder = tmp_path / "out"
    dialog.folder.setText(str(folder))
    task = dialog.make_task()
    assert task.dialog is not None
    task.dialog.findChild(QPushButton).click()  # the user presses Batal
    with qtbot.waitSignal(task.failed) as failed:
        task.start()
    assert isinstance(failed.args[0], Cancelled)
    assert "cancelled" in dialog.outcome.text()
    assert not folder.exists() or not [p for p in folder.rglob("*") if p.is_file()]

    with qtbot.waitSignal(dialog.make_task().start().finished):
        pass
    names = sorted(p.name for p in folder.iterdir())
    assert names == [f"invoice_INV-{date.today():%Y-%m}-0001.pdf"]
    assert dialog.exported is not None
    assert dialog.exported.invoices == 1 and invoice_id


def test_receivables_ageing_and_a_logged_whatsapp_reminder(
        qtbot: Any, db: Any, tab: Any, people: dict[str, int], qtmodeltester: Any) -> None:
    today = date.today()
    _, late = issued_invoice(db, people["budi"], 400_000, on=today - timedelta(days=50),
                             due=today - timedelta(days=40))
    issued_invoice(db, people["maju"], 100_000)
    tab.pages.setCurrentIndex(2)
    view = tab.receivables
    with qtbot.waitSignal(view.refreshed):
        view.refresh()
    ageing = view.ageing_model
    assert ageing.rowCount() == 3  # two customers and the total row
    total_row = ageing.rowCount() - 1
    assert ageing.index(total_row, 6).data(RawRole) == 500_000
    assert ageing.index(total_row, 3).data(RawRole) == 400_000  # 31–60 days
    assert [r.number for r in view.overdue_model.rows] == [late]
    qtmodeltester.check(ageing)
    qtmodeltester.check(view.overdue_model)

    view.overdue_view.setCurrentIndex(view.overdue_model.index(0, 0))
    assert view.customer_id == people["budi"]
    assert view.level.currentData() == 2  # 40 days late
    assert late in view.text.toPlainText()
    opened: list[str] = []
    view.open_url = lambda url: opened.append(url.toString())
    with qtbot.waitSignal(view.reminded):
        click(qtbot, view.send_button)
    assert opened and opened[0].startswith("https://wa.me/6281234567890?text=")
    with db.session(write=False) as s:
        logged = interactions_for(s, people["budi"])
    assert any(late in i.summary for i in logged)


def test_reminder_letter_pdf(qtbot: Any, db: Any, tab: Any, people: dict[str, int]) -> None:
    pytest.importorskip("bizcare.documents.reminder")
    today = date.today()
    issued_invoice(db, people["maju"], 400_000, on=today - timedelta(days=100),
                   due=today - timedelta(days=95))
    view = tab.receivables
    with qtbot.waitSignal(view.refreshed):
        view.refresh()
    view.choose_customer(people["maju"])
    assert view.level.currentData() == 3  # formal letter after 90 days
    assert view.letter_pdf().startswith(b"%PDF")
    assert interactions_for_customer(db, people["maju"]) == []  # a mere preview logs nothing
    with qtbot.waitSignal(view.reminded) as sent:
        dialog = view.letter()
    assert dialog is not None
    number = sent.args[0]
    assert number in dialog.windowTitle()
    assert number in PdfReader(BytesIO(dialog.data)).pages[0].extract_text()
    logged = interactions_for_customer(db, people["maju"])
    assert [(i.channel, i.summary.split(":")[0]) for i in logged] == [
        ("surat", f"Surat Tagihan {number} level 3")]
    dialog.reject()


def interactions_for_customer(db: Any, customer_id: int) -> list[Any]:
    with db.session(write=False) as s:
        return list(s.exec(select(Interaction).where(Interaction.customer_id == customer_id)))


def test_duplicate_then_delete_the_draft(qtbot: Any, db: Any, tab: Any,
                                         people: dict[str, int]) -> None:
    source_id, number = issued_invoice(db, people["budi"], 250_000)
    tab.on_changed(Changes(invoices=True))
    tab.select_invoice(source_id)
    assert tab.ops.run("duplicate", source_id)
    copy_id = tab.current_invoice_id()
    assert copy_id != source_id
    assert statuses(tab) == {number: ("ISSUED", "blue"), f"Draft #{copy_id}": ("DRAFT", "grey")}
    assert tab.invoice_detail.buttons["delete"].isVisibleTo(tab.invoice_detail)
    assert tab.ops.run("delete", copy_id)
    assert statuses(tab) == {number: ("ISSUED", "blue")}


def test_overpaying_is_refused_and_records_nothing(monkeypatch: pytest.MonkeyPatch, qtbot: Any,
                                                   db: Any, tab: Any,
                                                   people: dict[str, int]) -> None:
    shown: list[str] = []
    monkeypatch.setattr("bizcare.ui.common.ops.show_error",
                        lambda _parent, exc: shown.append(str(exc)))
    invoice_id, _ = issued_invoice(db, people["budi"], 100_000)
    tab.on_changed(Changes(invoices=True))
    tab.select_invoice(invoice_id)
    pay = tab.ops.invoice_action("pay")
    pay.amount.set_amount(150_000)
    assert not pay.pay()
    assert "more than" in shown[-1]
    assert pay.pages.currentIndex() == 0 and pay.receipt_number is None
    pay.reject()
    assert tab.receipt_model.rowCount() == 0


def test_cash_sale_kwitansi_then_void_it(qtbot: Any, db: Any, tab: Any,
                                         people: dict[str, int]) -> None:
    from bizcare.ui.billing.cash_dialog import CashReceiptDialog

    dialog = tab.ops.cash_receipt()
    assert isinstance(dialog, CashReceiptDialog)
    dialog.customer.setText("Budi")
    dialog.customer.choose(dialog.customer.search_now()[0])
    dialog.amount.setText("6.000.000")
    dialog.purpose.setText("Pembelian 2 unit AC 1 PK")
    with qtbot.waitSignal(dialog.accepted):
        assert dialog.issue()
    tab.pages.setCurrentIndex(1)
    model = tab.receipt_model
    assert model.rowCount() == 1
    assert model.index(0, model.Columns.INVOICE).data() == "Cash sale"
    assert model.index(0, model.Columns.AMOUNT).data(RawRole) == 6_000_000
    assert model.index(0, model.Columns.STATUS).data(ChipRole) == "green"
    tab.receipt_view.selectRow(0)
    detail = tab.receipt_detail
    assert detail.number.text() == dialog.receipt_number
    assert detail.purpose.text() == "Pembelian 2 unit AC 1 PK"
    assert detail.words.text() == "Enam Juta Rupiah"
    assert detail.meterai.isVisibleTo(detail)  # more than Rp5.000.000
    void = tab.ops.receipt_action("void")
    void.reason.setPlainText("Dobel input")
    with qtbot.waitSignal(void.accepted):
        click(qtbot, void.ok_button)
    assert model.index(0, model.Columns.STATUS).data(ChipRole) == "void"
    assert model.index(0, model.Columns.STATUS).data() == "VOID"


def test_changes_elsewhere_refresh_the_lists(qtbot: Any, db: Any, tab: Any,
                                             people: dict[str, int]) -> None:
    assert tab.invoice_stack.currentWidget() is tab.empty
    _, number = issued_invoice(db, people["maju"], 75_000)  # e.g. the CLI or another window
    tab.ctx.hub.changed.emit(Changes(invoices=True))
    assert statuses(tab) == {number: ("ISSUED", "blue")}
    assert tab.invoice_stack.currentWidget() is not tab.empty
    assert tab.invoice_detail.number.text() == number


def test_status_chips_read_as_the_house_words_in_indonesian() -> None:
    import json

    from bizcare.ui.billing.labels import STATUS_CHIPS, STATUSES

    glossary = json.loads((Path(__file__).resolve().parents[2] / "translations" / "glossary"
                           / "billing-ui.json").read_text(encoding="utf-8"))
    words = {status: glossary[source] for status, source in STATUSES.items()}
    assert words == {"draft": "DRAF", "issued": "TERBIT", "partial": "SEBAGIAN",
                     "paid": "LUNAS", "overdue": "JATUH TEMPO", "void": "BATAL"}
    assert STATUS_CHIPS == {"draft": "grey", "issued": "blue", "partial": "amber",
                            "paid": "green", "overdue": "red", "void": "void"}


def test_voiding_a_paid_invoice_asks_to_void_its_kwitansi_too(
        monkeypatch: pytest.MonkeyPatch, qtbot: Any, db: Any, tab: Any,
        people: dict[str, int]) -> None:
    from bizcare.services.billing import record_payment

    shown: list[str] = []
    monkeypatch.setattr("bizcare.ui.common.ops.show_error",
                        lambda _parent, exc: shown.append(str(exc)))
    invoice_id, number = issued_invoice(db, people["budi"], 300_000)
    with db.session() as s:
        record_payment(s, invoice_id, 300_000)
    tab.on_changed(Changes(invoices=True))
    tab.select_invoice(invoice_id)
    void = tab.ops.invoice_action("void")
    assert void.with_payments.isVisibleTo(void)
    void.reason.setPlainText("Barang dikembalikan")
    assert not void.void()  # refused: money was received and the box is not ticked
    assert "payments" in shown[-1]
    void.with_payments.setChecked(True)
    with qtbot.waitSignal(void.accepted):
        click(qtbot, void.ok_button)
    assert statuses(tab) == {number: ("VOID", "void")}
    model = tab.receipt_model
    assert model.index(0, model.Columns.STATUS).data(ChipRole) == "void"


def test_detail_panels_ask_for_actions_as_enums(qtbot: Any) -> None:
    from bizcare.ui.billing.actions import InvoiceAction, ReceiptAction
    from bizcare.ui.billing.detail import InvoiceDetailPanel
    from bizcare.ui.billing.receipt_detail import ReceiptDetailPanel

    invoice, receipt = InvoiceDetailPanel(), ReceiptDetailPanel()
    qtbot.addWidget(invoice)
    qtbot.addWidget(receipt)
    assert set(invoice.buttons) == set(InvoiceAction)
    with qtbot.waitSignal(invoice.requested) as asked:
        invoice.buttons[InvoiceAction.PAY].click()
    assert asked.args == [InvoiceAction.PAY] and isinstance(asked.args[0], InvoiceAction)
    with qtbot.waitSignal(receipt.requested) as asked:
        receipt.buttons[ReceiptAction.VOID].click()
    assert asked.args == [ReceiptAction.VOID] and isinstance(asked.args[0], ReceiptAction)
