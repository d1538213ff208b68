"""The Indonesian translation is complete, in sync with the sources, and loads."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "translations" / "bizcare_id.ts"
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    out = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            out.append((name, message.findtext("source", ""), translation))
    return out


def test_every_entry_is_translated() -> None:
    unfinished = [
        (ctx, src) for ctx, src, tr in messages(TS)
        if tr.get("type") == "unfinished" or not (tr.text or "").strip()
    ]
    assert unfinished == []


def test_placeholders_survive_translation() -> None:
    for ctx, src, tr in messages(TS):
        assert sorted(PLACEHOLDER.findall(src)) == sorted(PLACEHOLDER.findall(tr.text or "")), (
            ctx, src)


def test_ts_is_in_sync_with_sources(tmp_path: Path) -> None:
    """Running lupdate on today's sources finds no string the .ts does not translate."""
    lupdate = shutil.which("pyside6-lupdate") or str(Path(sys.executable).with_name(
        "pyside6-lupdate"))
    target = tmp_path / "check.ts"
    shutil.copyfile(TS, target)
    sources = sorted(str(p) for p in (ROOT / "bizcare").rglob("*.py"))
    subprocess.run([lupdate, *sources, "-ts", str(target), "-no-obsolete", "-locations",
                    "none"], check=True, capture_output=True)
    new = [(ctx, src) for ctx, src, tr in messages(target) if tr.get("type") == "unfinished"]
    assert new == [], "run: python translations/update.py"


def test_compiled_translation_loads() -> None:
    from bizcare.i18n import translator_for

    translator_for.cache_clear()
    translate = translator_for("id")
    assert translate("tabs", "Customers") == "Pelanggan"
    assert translator_for("en")("tabs", "Customers") == "Customers"


@pytest.mark.parametrize("lang,expected", [("id", "tidak ditemukan"), ("en", "not found")])
def test_cli_errors_follow_lang(lang: str, expected: str, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    from bizcare.cli import main

    try:
        status = main(["restore", str(tmp_path / "missing.db"), "--db", str(tmp_path / "x.db"),
                       "--lang", lang])
    except SystemExit as refused:  # the FILE argument's type refuses it while parsing
        status = int(refused.code or 0)
    err = capsys.readouterr().err
    assert status == 2
    assert expected in err
    assert len(err.strip().splitlines()) == 1
