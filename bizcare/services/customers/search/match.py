"""What a typed search matches: the words, their FTS5 query and the LIKE that agrees with it.

On SQLite every customer is in the FTS5 trigram index ``customer_fts`` (migrations 0002
and 0005): each value is indexed followed by two spaces, so every character of a value
starts a trigram. A word of three letters or more is a quoted FTS5 phrase (no typed text
can raise a syntax error). A word of one or two ASCII letters is every trigram that starts
with it, read from ``customer_fts_vocab`` (a range of terms, answered from the index):
"bu" becomes ``("bud" OR "bu " OR …)``, exactly the values holding "bu". A single ASCII
letter may instead be checked with ``LIKE`` when most customers hold it (the caller
decides). Other databases use ``LIKE`` over the same columns; LIKE and FTS agree on ASCII
text only, which the list's shortcuts respect.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, or_, text
from sqlmodel import Session

from bizcare.domain.models import Customer

_C = Customer.__table__  # type: ignore[attr-defined]
LIKE_COLUMNS = (
    _C.c.code, _C.c.name, _C.c.company, _C.c.contact_person, _C.c.email, _C.c.city, _C.c.phone,
    _C.c.whatsapp,
)  # fmt: skip
_PHONE_LIKE = re.compile(r"\+?[\d\s().\-/]*\d[\d\s().\-/]*")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
MAX_SEARCH = 200
_VOCAB = text("SELECT term FROM customer_fts_vocab WHERE term >= :low AND term < :high")


@dataclass(frozen=True)
class Match:
    """A search as the database asks it.

    ``fts`` is the FTS5 query every hit must match (None: no FTS part), ``like`` the words
    checked with LIKE instead (all must occur), ``short`` the one-letter words among them
    that FTS could answer too (through :func:`short_group`), and ``nothing`` is True when a
    short word occurs nowhere, so no customer matches.
    """

    terms: tuple[str, ...] = ()
    fts: str | None = None
    like: tuple[str, ...] = ()
    short: tuple[str, ...] = field(default=())
    nothing: bool = False


def search_terms(typed: str) -> list[str]:
    """The words to look for: a number with separators becomes its digits."""
    typed = _CONTROL.sub(" ", typed)[:MAX_SEARCH].strip()
    if not typed:
        return []
    if _PHONE_LIKE.fullmatch(typed) and sum(ch.isdigit() for ch in typed) >= 3:
        return [re.sub(r"\D", "", typed)]
    terms = []
    for word in typed.split():
        if _PHONE_LIKE.fullmatch(word) and sum(ch.isdigit() for ch in word) >= 3:
            word = re.sub(r"\D", "", word)
        terms.append(word)
    return terms


def quote(term: str) -> str:
    """``term`` as one FTS5 phrase."""
    return '"' + term.replace('"', '""') + '"'


def fts_query(terms: Sequence[str]) -> str:
    """An FTS5 query where every term is a quoted phrase (all must match)."""
    return " ".join(quote(term) for term in terms)


def short_group(session: Session, term: str) -> str:
    """The FTS5 group of every indexed trigram starting with ``term`` (one or two ASCII
    characters), ``""`` when there is none. Read each time: any edit can add a trigram.
    Letters are folded as the tokenizer folds them (Python's ``lower`` agrees on every
    letter whose lower case is one character, the only ones sent here)."""
    low = term.lower()
    high = low[:-1] + chr(ord(low[-1]) + 1)
    grams = [quote(str(g)) for g in session.execute(_VOCAB, {"low": low, "high": high}).scalars()]
    return "(" + " OR ".join(grams) + ")" if grams else ""


def plan(session: Session, typed: str, *, expand_letters: bool = False) -> Match:
    """How to find ``typed``; one-letter words go to FTS too with ``expand_letters``."""
    terms = tuple(search_terms(typed))
    if session.get_bind().dialect.name != "sqlite":
        return Match(terms=terms, like=terms)
    parts: list[str] = []
    like: list[str] = []
    for term in terms:
        if len(term) >= 3:
            parts.append(quote(term))
        elif len(term.lower()) == len(term) and (
            len(term) == 2 or expand_letters or not term.isascii()
        ):
            group = short_group(session, term)
            if not group:
                return Match(terms=terms, nothing=True)
            parts.append(group)
        else:
            like.append(term)
    short = tuple(t for t in like if len(t) == 1 and t.isascii())
    return Match(terms=terms, fts=" AND ".join(parts) or None, like=tuple(like), short=short)


def like_condition(term: str, sqlite: bool) -> ColumnElement[bool]:
    """``term`` anywhere in the searched columns, as the FTS index would find it."""
    pattern = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    conditions = [
        c.like(pattern, escape="\\") if sqlite else c.ilike(pattern, escape="\\")
        for c in LIKE_COLUMNS
    ]
    if term.isdigit() and term.startswith("0"):  # the national form 0812… of +62812…
        conditions += [c.like(f"+62{term[1:]}%") for c in (_C.c.phone, _C.c.whatsapp)]
    return or_(*conditions)
