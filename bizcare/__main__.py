"""``python -m bizcare``."""

from bizcare.cli import main

raise SystemExit(main())
