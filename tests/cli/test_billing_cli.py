"""The billing commands print exactly what they promise; bad input exits 2 and changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from bizcare.cli import main

# Payments here are dated on fixed days: 'today' is moved past them.
pytestmark = pytest.mark.usefixtures("late_clock")


@pytest.fixture
def dbfile(tmp_path: Path) -> str:
    from bizcare.domain.models import Customer
    from bizcare.services.database import open_database

    path = tmp_path / "cli.db"
    db = open_database(path)
    with db.session() as s:
        s.add(Customer(code="PLG-000001", name="PT Maju & Jaya <Tbk>"))
        s.add(Customer(code="PLG-000002", name="Budi Santoso"))
    db.dispose()
    return str(path)


def run(capsys, dbfile: str, *argv: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    capsys.readouterr()
    try:
        code = main([*argv, "--db", dbfile, "--lang", "en"])
    except SystemExit as exc:  # an argument's type refused the value while parsing
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_create_issue_pay_list(capsys, dbfile) -> None:
    code, out, _ = run(capsys, dbfile, "invoice", "create", "--customer", "PLG-000001",
                       "--line", "Jasa servis AC;2;750.000;unit",
                       "--line", 'Kabel 2" x 10m;1,5;3333', "--date", "2026-11-24",
                       "--due-days", "30", "--issue")
    assert (code, out) == (0, "INV/2026/11/0001\n")
    code, out, _ = run(capsys, dbfile, "invoice", "create", "--customer", "plg-000002",
                       "--line", "Konsultasi;1;250000", "--date", "2026-12-01")
    assert (code, out) == (0, "draft:2\n")
    assert run(capsys, dbfile, "invoice", "issue", "draft:2")[1] == "INV/2026/12/0001\n"
    code, out, _ = run(capsys, dbfile, "invoice", "pay", "INV/2026/11/0001", "--amount",
                       "1.000.000", "--method", "transfer", "--date", "2026-11-25")
    assert (code, out) == (0, "KW/2026/11/0001\n")
    code, out, _ = run(capsys, dbfile, "invoice", "list")
    assert out.splitlines() == [
        "number\tdate\tdue\tcustomer_code\tcustomer_name\ttotal\tpaid\tstatus",
        "INV/2026/11/0001\t2026-11-24\t2026-12-24\tPLG-000001\tPT Maju & Jaya <Tbk>\t"
        f"1505000\t1000000\t{_open('2026-12-24', 'partial')}",
        f"INV/2026/12/0001\t2026-12-01\t2026-12-15\tPLG-000002\tBudi Santoso\t250000\t0\t"
        f"{_open('2026-12-15', 'issued')}",
    ]
    out = run(capsys, dbfile, "invoice", "list", "--month", "2026-12", "--customer",
              "PLG-000002")[1]
    assert len(out.splitlines()) == 2
    out = run(capsys, dbfile, "invoice", "list", "--status", "paid")[1]
    assert len(out.splitlines()) == 1
    code, out, _ = run(capsys, dbfile, "receipt", "list", "--month", "2026-11")
    assert out.splitlines() == [
        "number\tdate\tcustomer_code\treceived_from\tinvoice\tamount\tmethod\tstatus",
        "KW/2026/11/0001\t2026-11-25\tPLG-000001\tPT Maju & Jaya <Tbk>\tINV/2026/11/0001\t"
        "1000000\ttransfer\tvalid",
    ]


def _open(due: str, status: str) -> str:
    from datetime import date

    return "overdue" if date.fromisoformat(due) < date.today() else status


def test_refusals_exit_2_and_change_nothing(capsys, dbfile) -> None:
    run(capsys, dbfile, "invoice", "create", "--customer", "PLG-000001", "--line", "A;1;1000",
        "--issue", "--date", "2026-11-24")
    number = "INV/2026/11/0001"
    for argv, message in [
        (("invoice", "pay", number, "--amount", "1001"), "more than the Rp1.000 still owed"),
        (("invoice", "pay", number, "--amount", "0"), "more than Rp0"),
        (("invoice", "pay", "INV/9", "--amount", "1"), "Invoice INV/9 not found."),
        (("invoice", "create", "--customer", "X-1", "--line", "A;1;1"), "Customer X-1"),
        (("invoice", "create", "--customer", "PLG-000001", "--line", "A;1"), "DESC;QTY;PRICE"),
        (("invoice", "create", "--customer", "PLG-000001", "--line", "A;x;1"), "quantity"),
        (("invoice", "pay", number, "--amount", "5", "--date", "24/11/2026"), "2026-11-24"),
    ]:
        code, out, err = run(capsys, dbfile, *argv)
        assert (code, out) == (2, ""), argv
        assert message in err and err.startswith("bizcare") and err.count("\n") == 1
    out = run(capsys, dbfile, "invoice", "list")[1]
    assert len(out.splitlines()) == 2 and "\t0\t" in out
    assert run(capsys, dbfile, "receipt", "list")[1].count("\n") == 1


def test_void_duplicate_show(capsys, dbfile) -> None:
    run(capsys, dbfile, "invoice", "create", "--customer", "PLG-000001", "--line", "A;2;1000",
        "--issue", "--date", "2026-11-24")
    run(capsys, dbfile, "invoice", "pay", "INV/2026/11/0001", "--amount", "500",
        "--date", "2026-11-24")
    code, _, err = run(capsys, dbfile, "invoice", "void", "INV/2026/11/0001", "--reason", "x")
    assert code == 2 and "has payments of Rp500" in err
    code, out, _ = run(capsys, dbfile, "invoice", "void", "INV/2026/11/0001", "--reason",
                       "Salah harga", "--with-payments")
    assert (code, out) == (0, "")
    assert run(capsys, dbfile, "invoice", "duplicate", "INV/2026/11/0001")[1] == "draft:2\n"
    show = dict(line.split("\t", 1) for line in run(
        capsys, dbfile, "invoice", "show", "INV/2026/11/0001")[1].splitlines()
        if not line.startswith(("line\t", "receipt\t")))
    assert (show["status"], show["void_reason"], show["paid"]) == ("void", "Salah harga", "0")
    out = run(capsys, dbfile, "invoice", "show", "draft:2")[1]
    assert "number\tdraft:2" in out and "status\tdraft" in out
    assert "line\tA\t2\tpcs\t1000\t0\t2000" in out
    out = run(capsys, dbfile, "receipt", "list")[1]
    assert out.splitlines()[1].endswith("\tvoid")


def test_cash_receipt_catalogue_and_reminders(capsys, dbfile) -> None:
    code, out, _ = run(capsys, dbfile, "receipt", "issue", "--customer", "PLG-000002",
                       "--amount", "75000", "--purpose", "Penjualan tunai", "--date",
                       "2026-11-24")
    assert (code, out) == (0, "KW/2026/11/0001\n")
    assert run(capsys, dbfile, "receipt", "void", "KW/2026/11/0001", "--reason", "Retur")[0] == 0
    assert run(capsys, dbfile, "catalogue", "add", "Jasa servis AC", "--price", "750.000",
               "--unit", "unit", "--service")[1] == "1\n"
    out = run(capsys, dbfile, "catalogue", "list", "--search", "servis")[1]
    assert out.splitlines()[1] == "1\t\tJasa servis AC\tunit\t750000\t\tservice\t1"
    run(capsys, dbfile, "invoice", "create", "--customer", "PLG-000002", "--line", "A;1;1000",
        "--issue", "--date", "2026-10-01", "--due-days", "14")
    out = run(capsys, dbfile, "reminder", "list", "--as-of", "2026-11-20")[1]
    assert out.splitlines()[1] == "INV/2026/10/0001\t2026-10-15\t36\tPLG-000002\t" \
        "Budi Santoso\t1000\t2"
    text = run(capsys, dbfile, "reminder", "text", "PLG-000002", "--level", "1",
               "--as-of", "2026-11-20")[1]
    assert text.startswith("Halo Budi Santoso") and "Rp1.000" in text
    code, out, _ = run(capsys, dbfile, "reminder", "send", "PLG-000002", "--level", "3",
                       "--as-of", "2026-11-20")
    assert code == 0 and "Surat Tagihan No. 001/ST/XI/2026" in out
    out = run(capsys, dbfile, "invoice", "ageing", "--as-of", "2026-11-20")[1]
    assert out.splitlines()[-1] == "TOTAL\t\t0\t0\t1000\t0\t0\t1000"


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_invoice_and_receipt_pdf(capsys, dbfile, tmp_path) -> None:
    run(capsys, dbfile, "invoice", "create", "--customer", "PLG-000001", "--line",
        'Kabel 2" x 10m;2;2.500.000', "--line", "Ongkir;1;1", "--issue", "--date", "2026-11-24")
    run(capsys, dbfile, "invoice", "pay", "INV/2026/11/0001", "--amount", "5000001",
        "--date", "2026-11-26")
    code, out, _ = run(capsys, dbfile, "invoice", "pdf", "INV/2026/11/0001", "-o",
                       str(tmp_path / "inv.pdf"))
    assert (code, out) == (0, f"{tmp_path / 'inv.pdf'}\n")
    text = pdf_text(tmp_path / "inv.pdf")
    for expected in ("INV/2026/11/0001", "PT Maju & Jaya <Tbk>", 'Kabel 2" x 10m',
                     "Rp5.000.001", "Lima Juta Satu Rupiah", "24 November 2026", "LUNAS"):
        assert expected in text
    code, out, _ = run(capsys, dbfile, "receipt", "pdf", "KW/2026/11/0001", "-o",
                       str(tmp_path / "kw.pdf"))
    assert code == 0
    text = pdf_text(tmp_path / "kw.pdf")
    for expected in ("KW/2026/11/0001", "PT Maju & Jaya <Tbk>", "Lima Juta Satu Rupiah",
                     "Pelunasan invoice INV/2026/11/0001", "Rp5.000.001,-", "Meterai"):
        assert expected in text
    code, _, err = run(capsys, dbfile, "receipt", "pdf", "KW/1", "-o", str(tmp_path / "x.pdf"))
    assert code == 2 and "KW/1" in err and not (tmp_path / "x.pdf").exists()


def test_reminder_letter_pdf(capsys, dbfile, tmp_path) -> None:
    run(capsys, dbfile, "invoice", "create", "--customer", "PLG-000001", "--line",
        "Jasa servis AC;1;1.250.000", "--issue", "--date", "2026-10-01", "--due-days", "14")
    code, out, _ = run(capsys, dbfile, "reminder", "send", "PLG-000001", "--level", "3",
                       "--as-of", "2026-12-01", "-o", str(tmp_path / "st.pdf"))
    assert code == 0 and "001/ST/XII/2026" in out
    text = pdf_text(tmp_path / "st.pdf")
    for expected in ("SURAT TAGIHAN", "001/ST/XII/2026", "PT Maju & Jaya <Tbk>",
                     "INV/2026/10/0001", "Rp1.250.000"):
        assert expected in text
    code, out, _ = run(capsys, dbfile, "reminder", "pdf", "PLG-000001", "--level", "1",
                       "--as-of", "2026-12-01", "-o", str(tmp_path / "r1.pdf"))
    assert code == 0 and "INV/2026/10/0001" in pdf_text(tmp_path / "r1.pdf")
    code, _, err = run(capsys, dbfile, "reminder", "pdf", "PLG-000002", "--level", "1",
                       "-o", str(tmp_path / "none.pdf"))
    assert code == 2 and "no overdue invoices" in err


def test_catalogue_update_changes_price_and_retires(capsys, dbfile) -> None:
    run(capsys, dbfile, "catalogue", "add", 'Kabel 2" x 10m', "--price", "125000")
    code, out, _ = run(capsys, dbfile, "catalogue", "update", "1", "--price", "130.000",
                       "--unit", "roll", "--active", "no")
    assert (code, out) == (0, "")
    assert run(capsys, dbfile, "catalogue", "list")[1].splitlines()[1:] == []
    rows = run(capsys, dbfile, "catalogue", "list", "--all")[1].splitlines()
    assert rows[1] == '1\t\tKabel 2" x 10m\troll\t130000\t\tgoods\t0'
    code, out, err = run(capsys, dbfile, "catalogue", "update", "1", "--price", "-5")
    assert code == 2 and out == "" and err.startswith("bizcare catalogue update: ")
    code, _, err = run(capsys, dbfile, "catalogue", "update", "9", "--name", "X")
    assert code == 2 and "9" in err
    assert run(capsys, dbfile, "catalogue", "list", "--all")[1].splitlines()[1] == rows[1]


@pytest.mark.parametrize("command", ["invoice", "receipt"])
def test_a_bad_month_prints_no_header(capsys, dbfile, command) -> None:
    code, out, err = run(capsys, dbfile, command, "list", "--month", "2026-13")
    assert (code, out) == (2, "") and "2026-13" in err


@pytest.mark.parametrize("command", ["invoice", "receipt"])
def test_pdf_to_an_unwritable_place_is_one_line_and_exit_2(tmp_path, capsys, command) -> None:  # type: ignore[no-untyped-def]
    from bizcare.cli import main

    db = ["--db", str(tmp_path / "w.db"), "--lang", "en"]
    assert main(["customer", "add", "--name", "Budi", "--kind", "external", *db]) == 0
    code = capsys.readouterr().out.strip()
    assert main(["invoice", "create", "--customer", code, "--line", "A;1;1000", "--issue",
                 *db]) == 0
    number = capsys.readouterr().out.strip()
    if command == "receipt":
        assert main(["invoice", "pay", number, "--amount", "1000", *db]) == 0
        number = capsys.readouterr().out.strip()
    target = tmp_path / "no such folder" / "doc.pdf"
    with pytest.raises(SystemExit) as refused:
        main([command, "pdf", number, "-o", str(target), *db])
    assert refused.value.code == 2
    out, err = capsys.readouterr()
    assert out == "" and err.strip().splitlines() == [
        f"bizcare {command} pdf: argument -o/--output: The folder {target.parent} does not "
        "exist."]
    assert not target.parent.exists()
