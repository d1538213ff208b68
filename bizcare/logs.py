"""The log file in the user data folder: where tracebacks go instead of dialogs."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

_configured: Path | None = None


def setup_logging(level: int = logging.INFO) -> Path:
    """Log to ``bizcare.log`` (rotating, 1 MB × 3) once per process; return its path."""
    global _configured
    if _configured is not None:
        return _configured
    from bizcare.config import default_paths

    path = default_paths().log_file
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)
    _configured = path
    return path


def log_path() -> Path:
    return _configured if _configured is not None else setup_logging()
