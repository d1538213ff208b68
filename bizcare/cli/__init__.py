"""The ``bizcare`` command: no subcommand opens the window; subcommands do one job each.

Output on stdout is exactly what each command promises (scripts read it); messages go to
stderr. Bad input exits 2 with one line and changes nothing.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from bizcare.cli.base import run


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script; returns the exit status."""
    return run(list(sys.argv[1:] if argv is None else argv))


__all__ = ["main"]
