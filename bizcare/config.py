"""Where BizCare keeps its files: the user data folder, unless told otherwise.

On Windows this is ``%LOCALAPPDATA%\\BizCare``; on Linux ``~/.local/share/BizCare``.
``BIZCARE_HOME`` overrides it (tests, portable installs). Paths are ``pathlib`` throughout so
user names with spaces or non-ASCII letters work.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "BizCare"
DB_FILENAME = "bizcare.db"


def data_dir() -> Path:
    """The folder for the database, the log and backups (created if missing)."""
    override = os.environ.get("BIZCARE_HOME")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_NAME, appauthor=False, roaming=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


@dataclass(frozen=True)
class Paths:
    """The files one run of BizCare works with."""

    home: Path

    @property
    def database(self) -> Path:
        return self.home / DB_FILENAME

    @property
    def log_file(self) -> Path:
        return self.home / "bizcare.log"

    @property
    def backups(self) -> Path:
        folder = self.home / "backups"
        folder.mkdir(parents=True, exist_ok=True)
        return folder


def default_paths() -> Paths:
    return Paths(data_dir())


def database_url(db: str | os.PathLike[str] | None = None, url: str | None = None) -> str:
    """The SQLAlchemy URL from ``--database-url``, else ``--db``, else the default file."""
    if url:
        return url
    path = database_file(db)
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path.as_posix()}"


def database_file(db: str | os.PathLike[str] | None = None) -> Path:
    """The SQLite file ``--db`` names, else the default one (absolute)."""
    path = Path(db) if db else default_paths().database
    return path.expanduser().resolve()


def bundle_dir() -> Path:
    """Where ``resources/`` and ``translations/`` live: the frozen bundle or the source tree."""
    import sys

    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resource(*parts: str) -> Path:
    return bundle_dir().joinpath("resources", *parts)


def translation_file(lang: str) -> Path:
    return bundle_dir() / "translations" / f"bizcare_{lang}.qm"
