"""Parser, shared options and error handling for every subcommand."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

from bizcare import __version__
from bizcare.domain.errors import BizCareError
from bizcare.domain.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger("bizcare.cli")

# Command modules: every module in this package with ``register(subparsers, parents)``.
# Keep them light at import time (import services inside handlers): --help loads them all.
_NOT_COMMANDS = {"base"}


def command_modules() -> list[str]:
    import pkgutil

    import bizcare.cli as package

    names = sorted(m.name for m in pkgutil.iter_modules(package.__path__)
                   if m.name not in _NOT_COMMANDS and not m.name.startswith("_"))
    names.remove("system")
    return ["bizcare.cli.system", *(f"bizcare.cli.{n}" for n in names)]

Handler = Callable[["CliContext"], int | None]


class Parser(argparse.ArgumentParser):
    """Exits 2 with a single line on bad input instead of argparse's usage block."""

    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"{self.prog}: {one_line(message)}\n")
        raise SystemExit(2)


def one_line(message: str) -> str:
    """A message as one line of text: line breaks in values (a name typed with ``\\n``, a
    driver's multi-line reason) would make it look like several messages."""
    return " ".join(message.splitlines())


def common_options() -> argparse.ArgumentParser:
    from bizcare.cli import _types as t

    parent = argparse.ArgumentParser(add_help=False)
    group = parent.add_argument_group("database and language")
    group.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, type=t.database_file,
                       help="SQLite database file (default: in the user data folder)")
    group.add_argument("--database-url", metavar="URL", default=argparse.SUPPRESS,
                       type=t.database_url,
                       help="SQLAlchemy URL, e.g. postgresql+psycopg://user@host/bizcare")
    group.add_argument("--lang", choices=("id", "en"), default=argparse.SUPPRESS,
                       help="language of messages and the window (default: id)")
    return parent


def build_parser() -> Parser:
    parents = [common_options()]
    parser = Parser(prog="bizcare", parents=parents,
                    description="BizCare: customers, loyalty, invoices and kwitansi for UMKM. "
                    "Without a command it opens the main window.")
    parser.add_argument("--version", action="version", version=f"BizCare {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for name in command_modules():
        importlib.import_module(name).register(sub, parents)
    return parser


@dataclass
class CliContext:
    """What a handler needs: parsed arguments, the database (opened on first use)."""

    args: argparse.Namespace
    _db: Any = field(default=None, repr=False)
    _saved_lang: str | None = field(default=None, repr=False)

    @property
    def lang(self) -> str:
        """``--lang``, else the language saved in the settings of the database the command
        opened (as the window does), else Indonesian."""
        chosen = getattr(self.args, "lang", None)
        if chosen:
            return str(chosen)
        if self._saved_lang is None and self._db is not None:
            from bizcare.services.settings import load_settings

            try:
                with self._db.session(write=False) as session:
                    self._saved_lang = load_settings(session).language
            except Exception:  # noqa: BLE001 - a broken database is reported elsewhere
                log.debug("language setting not readable", exc_info=True)
                self._saved_lang = "id"
        return self._saved_lang or "id"

    @property
    def db(self) -> Any:
        if self._db is None:
            from bizcare.services.database import open_database

            self._db = open_database(
                getattr(self.args, "db", None), getattr(self.args, "database_url", None)
            )
        return self._db

    def out(self, *columns: object) -> None:
        """One line on stdout, tab-separated when given several columns."""
        print("\t".join(_cell(c) for c in columns))


def write_output(path: str | Path, data: bytes) -> Path:
    """Write a document the user asked for with ``-o``: whole or not at all.

    A folder that does not exist or cannot be written is the user's input, so it is a
    one-line ``ValidationError`` (exit 2), never a traceback; no partial file is left.
    """
    import os

    from bizcare.domain.errors import ValidationError

    target = Path(path)
    part = target.with_name(target.name + ".part")
    try:
        part.write_bytes(data)
        os.replace(part, target)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Could not write {path}."), path=str(target)
        ) from exc
    return target


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    return text.replace("\t", " ").replace("\r", " ").replace("\n", " ")


def translate_error(exc: BizCareError, lang: str) -> str:
    from bizcare.i18n import translator_for

    return exc.render(translator_for(lang))


def run(argv: list[str]) -> int:
    """Parse ``argv`` and run its handler: 0 done, 2 refused with one line (nothing changed),
    1 a bug (logged; one line pointing at the log, never a traceback on the console)."""
    from bizcare.cli._argparse_i18n import install, language_of

    install(language_of(argv))
    parser = build_parser()
    args = parser.parse_args(argv)
    from bizcare.logs import setup_logging

    setup_logging()
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        from bizcare.cli.system import cmd_gui

        handler = cmd_gui
    ctx = CliContext(args)
    try:
        return int(handler(ctx) or 0)
    except BizCareError as exc:
        sys.stderr.write(f"bizcare: {one_line(translate_error(exc, ctx.lang))}\n")
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader (``| head``) left early: not an error; keep Python quiet at exit.
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception:
        return _bug(ctx)
    finally:
        if ctx._db is not None:
            ctx._db.dispose()


SOMETHING_WRONG = QT_TRANSLATE_NOOP(
    "errors", "Something went wrong. The details are in the log file:\n{path}"
)  # the window's words, on one line


def _bug(ctx: CliContext) -> int:
    """An exception no one planned for: the traceback goes to the log, one line to stderr."""
    from bizcare.i18n import translator_for
    from bizcare.logs import log_path

    log.exception("command %s failed", getattr(ctx.args, "command", None))
    try:
        lang = ctx.lang
    except Exception:  # noqa: BLE001 - the language must not hide the first failure
        lang = "id"
    text = translator_for(lang)("errors", SOMETHING_WRONG).format(path=log_path())
    sys.stderr.write(f"bizcare: {one_line(text)}\n")
    return 1
