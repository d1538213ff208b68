"""Translating outside widgets (CLI messages, service errors) with the same .qm files.

Source strings are English; Indonesian comes from ``translations/bizcare_id.qm``. Only QtCore
is loaded, and only when a message is actually shown.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

Translate = Callable[[str, str], str]


@lru_cache(maxsize=4)
def translator_for(lang: str) -> Translate:
    """A ``translate(context, text)`` for ``lang``; identity for English or a missing file."""
    if lang == "en":
        return _identity
    from bizcare.config import translation_file

    path = translation_file(lang)
    if not path.is_file():
        return _identity
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if not translator.load(str(path)):
        return _identity

    def translate(context: str, text: str) -> str:
        return translator.translate(context, text) or text

    translate.translator = translator  # type: ignore[attr-defined]  # keep it alive
    return translate


def _identity(context: str, text: str) -> str:
    del context
    return text
