"""The log file in the user data folder: where tracebacks go instead of dialogs."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

_handler: RotatingFileHandler | None = None


def setup_logging(level: int = logging.INFO) -> Path:
    """Log to ``bizcare.log`` (rotating, 1 MB × 3) in the current data folder; return its path.

    Calling it again is cheap; it re-targets the handler if the data folder changed.
    """
    global _handler
    from bizcare.config import default_paths

    path = default_paths().log_file
    if _handler is not None and Path(_handler.baseFilename) == path.resolve():
        return path
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    _handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8",
                                   delay=True)
    _handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(_handler)
    root.setLevel(level)
    return path


def log_path() -> Path:
    return setup_logging()
