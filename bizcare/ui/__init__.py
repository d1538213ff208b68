"""The Qt layer: shows what services return, holds no SQL and no business rules."""

from __future__ import annotations

from bizcare.ui.common import refcounts as _refcounts

_refcounts.install()  # before any widget: PySide6 6.12 on Python 3.11 would abort otherwise
