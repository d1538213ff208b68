"""Settings use cases as the GUI runs them: one transaction of their own each (see
``billing_ops``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlmodel import Session

from bizcare.services.changes import Changes, declares
from bizcare.services.settings import Settings, save_profile, save_settings
from bizcare.storage.db import Database

SETTINGS = Changes(settings=True)


@declares(SETTINGS)
def save_all(db: Database, settings: Settings, profile: Mapping[str, Any]) -> Settings:
    """The business profile and the settings, stored together (both or neither)."""

    def work(session: Session) -> Settings:
        save_profile(session, **profile)
        return save_settings(session, settings)

    return db.run(work)
