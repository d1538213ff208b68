"""Command-line messages follow ``--lang``, else the language saved in the settings."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from bizcare.cli import main


def _save_language(path: Path, language: str) -> None:
    from bizcare.services.database import open_database
    from bizcare.services.settings import load_settings, save_settings

    db = open_database(path)
    with db.session() as session:
        save_settings(session, replace(load_settings(session), language=language))
    db.dispose()


def _error(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(["customer", "show", "PLG-999999", *args]) == 2
    return capsys.readouterr().err


def test_the_saved_language_is_used_without_lang(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "toko.db"
    indonesian = _error(capsys, "--db", str(path))
    _save_language(path, "en")
    english = _error(capsys, "--db", str(path))
    assert indonesian != english and "not found" in english
    assert _error(capsys, "--db", str(path), "--lang", "id") == indonesian  # --lang wins
