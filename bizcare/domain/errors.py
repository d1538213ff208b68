"""Errors a user can cause, each carrying a translatable message.

Messages are English source strings marked for ``lupdate`` in the ``errors`` context with
``{name}`` placeholders; :meth:`BizCareError.render` translates and fills them. Anything that
is not a :class:`BizCareError` is a bug: logged, and shown as "something went wrong".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bizcare.domain.i18n import QT_TRANSLATE_NOOP

Translate = Callable[[str, str], str]
CONTEXT = "errors"


class BizCareError(Exception):
    """Base of every error a user can cause or fix."""

    default_message = QT_TRANSLATE_NOOP("errors", "The operation could not be completed.")

    def __init__(self, message: str | None = None, **params: Any) -> None:
        self.message = message or self.default_message
        self.params = params
        super().__init__(self.render())

    def render(self, translate: Translate | None = None) -> str:
        """The message, translated by ``translate(context, text)`` when given, filled in."""
        text = translate(CONTEXT, self.message) if translate else self.message
        try:
            return text.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return text


class ValidationError(BizCareError):
    """Input that does not make sense: the message names the field and the rule."""

    def __init__(self, message: str, field: str | None = None, **params: Any) -> None:
        self.field = field
        super().__init__(message, **params)


class NotFoundError(BizCareError):
    """Something the user named does not exist."""


class StateError(BizCareError):
    """The action is not allowed in the current state (e.g. paying a void invoice)."""


class InsufficientPointsError(StateError):
    """A redemption asks for more points than the balance holds."""


class DuplicateError(BizCareError):
    """A record with the same identity already exists."""


class ImportFailed(BizCareError):
    """An import had bad rows; ``problems`` holds (line number, reason) pairs."""

    def __init__(self, message: str, problems: list[tuple[int, str]], **params: Any) -> None:
        self.problems = problems
        super().__init__(message, **params)


class StorageError(BizCareError):
    """The database could not be used: locked, disk full, unreadable, wrong version."""


class DatabaseTooNewError(StorageError):
    """The database was written by a newer BizCare than this one."""

    default_message = QT_TRANSLATE_NOOP(
        "errors",
        "This database was created by a newer version of BizCare ({revision}). "
        "Please install the latest BizCare to open it.",
    )
