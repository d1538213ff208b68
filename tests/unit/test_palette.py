"""Colours live in ``resources/style.qss`` and ``bizcare/ui/common/palette.py`` only."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
#: The screen's palette, and the PDFs' (ReportLab ink: documents never import the UI).
PALETTES = {ROOT / "bizcare/ui/common/palette.py", ROOT / "bizcare/documents/style.py"}
COLOUR = re.compile(r"#[0-9a-fA-F]{6}\b|\brgba?\(|QColor\(\s*\d")


def test_no_colour_literal_outside_the_palettes() -> None:
    found = [f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
             for path in sorted((ROOT / "bizcare").rglob("*.py")) if path not in PALETTES
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if COLOUR.search(line)]
    assert found == []


def test_every_tone_and_chip_used_is_styled() -> None:
    qss = (ROOT / "resources/style.qss").read_text(encoding="utf-8")
    code = "\n".join(path.read_text(encoding="utf-8")
                     for path in (ROOT / "bizcare/ui").rglob("*.py"))
    tones = {tone for argument in re.findall(r"set_tone\([^,\n]+,\s*([^)\n]+)\)", code)
             for tone in re.findall(r"\"(\w+)\"", argument)}
    assert tones >= {"muted", "error", "warning", "late", "good"}
    for tone in tones:
        assert f'QLabel[tone="{tone}"]' in qss, tone
    from bizcare.ui.common.palette import CHIP_STYLES

    for name, chip in CHIP_STYLES.items():
        rule = re.search(rf'QLabel\[chip="{name}"\] \{{([^}}]*)\}}', qss)
        assert rule is not None, name
        assert chip.background in rule.group(1) and chip.foreground in rule.group(1), name


def test_the_style_sheet_is_bundled_and_loaded(qapp: Any) -> None:
    from bizcare.ui.app import create_app

    assert '(str(ROOT / "resources"), "resources")' in (ROOT / "build.spec").read_text()
    sheet, style = qapp.styleSheet(), qapp.style().name()
    try:
        assert 'QPushButton[primary="true"]' in create_app("en").styleSheet()
    finally:  # the other tests keep the application as they found it
        qapp.setStyleSheet(sheet)
        qapp.setStyle(style)
