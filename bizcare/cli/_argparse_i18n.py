"""argparse's own error messages in the user's language.

argparse builds its errors from English templates passed through ``gettext``; Python ships no
Indonesian for them. The templates that reach an owner are listed here for lupdate (context
``argparse``), and :func:`install` routes argparse's lookups through our translator, so
``bizcare invoice pay X --amount abc`` answers in Indonesian like every other message.
Help texts and "usage:" stay as they are (scripts and tests read them).
"""

from __future__ import annotations

import argparse

from bizcare.domain.errors import BizCareError
from bizcare.domain.i18n import QT_TRANSLATE_NOOP

TEMPLATES = frozenset({
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
})


def language_of(argv: list[str]) -> str:
    """``--lang`` as given anywhere on the line (before argparse has parsed it), else "id"."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return "id"


_language = "id"


def render(exc: BizCareError) -> str:
    """``exc``'s message in the language :func:`install` chose (for argument types, which run
    while argparse parses, before a handler knows ``--lang``)."""
    from bizcare.i18n import translator_for

    return exc.render(translator_for(_language))


def install(lang: str) -> None:
    """Make argparse's error templates follow ``lang`` (English leaves them untouched)."""
    global _language
    _language = "id" if lang == "id" else "en"
    if lang not in ("id",):
        argparse._ = _english  # type: ignore[attr-defined]
        return
    from bizcare.i18n import translator_for

    translate = translator_for(lang)

    def lookup(text: str) -> str:
        return translate("argparse", text) if text in TEMPLATES else text

    argparse._ = lookup  # type: ignore[attr-defined]


def _english(text: str) -> str:
    return text
