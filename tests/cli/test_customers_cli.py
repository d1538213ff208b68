"""``bizcare customer …``, ``bizcare import customers`` and ``bizcare export customers``."""

from __future__ import annotations

from pathlib import Path

import pytest

from bizcare.cli import main

HEADER = "code\tname\tkind\tcategory\tphone\temail\tcity"


@pytest.fixture
def run(tmp_path: Path, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    db = tmp_path / "cli.db"

    def call(*args: str) -> tuple[int, str, str]:
        code = main([*args, "--db", str(db), "--lang", "en"])
        out = capsys.readouterr()
        return code, out.out, out.err

    return call


def test_add_prints_the_code_alone_and_list_prints_a_header(run) -> None:  # type: ignore[no-untyped-def]
    added = run("customer", "add", "--name", "Budi Santoso", "--phone", "0812-3456-7890",
                "--email", "Budi@Example.com", "--city", "Bandung")  # fmt: skip
    assert added == (0, "PLG-000001\n", "")
    assert run("customer", "add", "--name", "Gudang", "--kind", "internal",
               "--division", "Gudang")[1] == "DIV-0001\n"  # fmt: skip
    assert run("customer", "add", "--name", "PT Maju & Jaya", "--category", "b2b")[1] == (
        "PLG-000002\n"
    )
    code, out, _ = run("customer", "list")
    assert code == 0
    assert out.splitlines() == [
        HEADER,
        "PLG-000001\tBudi Santoso\texternal\tperorangan\t+6281234567890\tbudi@example.com\tBandung",
        "DIV-0001\tGudang\tinternal\tdivision\t\t\t",
        "PLG-000002\tPT Maju & Jaya\texternal\tb2b\t\t\t",
    ]
    assert run("customer", "list", "--search", "0812 3456")[1].splitlines()[1:] == [
        "PLG-000001\tBudi Santoso\texternal\tperorangan\t+6281234567890\tbudi@example.com\tBandung"
    ]
    assert [line.split("\t")[0] for line in run("customer", "list", "--kind", "internal")[1]
            .splitlines()] == ["code", "DIV-0001"]  # fmt: skip


def test_duplicate_is_flagged_on_stderr_only(run) -> None:  # type: ignore[no-untyped-def]
    run("customer", "add", "--name", "Budi", "--phone", "0812-3456-7890")
    code, out, err = run("customer", "add", "--name", "Budi S", "--phone", "+6281234567890")
    assert (code, out) == (0, "PLG-000002\n")
    assert "PLG-000001" in err


def test_bad_input_exits_2_with_one_line(run) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run("customer", "add", "--name", "Budi", "--email", "budi@")
    assert (code, out) == (2, "")
    assert err == "bizcare: Not a valid e-mail address: budi@\n"
    assert run("customer", "list")[1] == HEADER + "\n"
    assert run("customer", "show", "PLG-000404")[0] == 2


def test_show_archive_restore(run) -> None:  # type: ignore[no-untyped-def]
    run("customer", "add", "--name", "Budi", "--tag", "VIP", "--tag", "Grosir")
    code, out, _ = run("customer", "show", "plg-000001")
    fields = dict(line.split("\t", 1) for line in out.splitlines())
    assert code == 0 and fields["name"] == "Budi" and fields["tags"] == "Grosir, VIP"
    assert run("customer", "archive", "PLG-000001") == (0, "", "")
    assert run("customer", "list")[1] == HEADER + "\n"
    assert len(run("customer", "list", "--archived")[1].splitlines()) == 2
    assert run("customer", "restore", "PLG-000001")[0] == 0
    assert len(run("customer", "list")[1].splitlines()) == 2


def _csv(path: Path, *rows: str) -> Path:
    path.write_text("\n".join(["Nama;No. HP;Email;Kota;Tanggal Lahir", *rows]) + "\n",
                    encoding="utf-8-sig")  # fmt: skip
    return path


def test_import_is_all_or_nothing_and_names_each_bad_line(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = _csv(tmp_path / "a.csv",
                "Budi;0812-3456-7890;budi@example.com;Bandung;17/08/1985",
                "Citra;12ab;;;",
                "Dodi;;;;31/02/1990",
                "Eka;0857 1111 2222;;Surabaya;")  # fmt: skip
    code, out, err = run("import", "customers", str(path))
    assert (code, out) == (2, "")
    lines = err.splitlines()
    assert lines[0] == "bizcare: line 3: Not a valid phone number: 12ab"
    assert lines[1].startswith("bizcare: line 4: ") and "31/02/1990" in lines[1]
    assert lines[-1] == "bizcare: 2 rows have problems, so nothing was imported."
    assert run("customer", "list")[1] == HEADER + "\n"

    code, out, err = run("import", "customers", str(path), "--skip-invalid")
    assert (code, out) == (0, "2\n")
    assert "line 3" in err and "line 4" in err
    assert [r.split("\t")[1] for r in run("customer", "list")[1].splitlines()[1:]] == [
        "Budi", "Eka"
    ]  # fmt: skip


def test_import_again_flags_duplicates_and_can_skip_them(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = _csv(tmp_path / "a.csv", "Budi;0812-3456-7890;;;", "Eka;;eka@example.com;;")
    assert run("import", "customers", str(path))[1] == "2\n"
    code, out, err = run("import", "customers", str(path), "--skip-duplicates")
    assert (code, out) == (0, "0\n")
    assert "line 2: possible duplicate" in err and "PLG-000001" in err


def test_export_then_import_elsewhere(run, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    run("customer", "add", "--name", "Budi; \"Si Doel\"", "--phone", "0812-3456-7890")
    run("customer", "add", "--name", "Gudang", "--kind", "internal", "--division", "Gudang")
    target = tmp_path / "out.csv"
    assert run("export", "customers", "-o", str(target), "--delimiter", ";") == (
        0, f"{target}\n", ""
    )  # fmt: skip
    assert target.read_bytes().startswith(b"\xef\xbb\xbfCode;Name;Kind")
    other = tmp_path / "other.db"
    assert main(["import", "customers", str(target), "--db", str(other)]) == 0
    assert capsys.readouterr().out == "2\n"
    main(["customer", "list", "--db", str(other), "--sort", "code"])
    rows = capsys.readouterr().out.splitlines()[1:]
    assert [r.split("\t")[:2] for r in rows] == [["DIV-0001", "Gudang"],
                                                 ["PLG-000001", 'Budi; "Si Doel"']]  # fmt: skip
    xlsx = tmp_path / "out.xlsx"
    assert run("export", "customers", "-o", str(xlsx))[0] == 0 and xlsx.stat().st_size > 0
    assert run("export", "customers", "-o", str(target), "--delimiter", "x")[0] == 2
