"""Settings use cases as the GUI runs them: one transaction of their own each (see
``billing_ops``)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session

from bizcare.domain.models import BusinessProfile
from bizcare.services.changes import Changes, declares
from bizcare.services.settings import (
    Settings,
    load_profile,
    load_settings,
    save_profile,
    save_settings,
)
from bizcare.storage.db import Database

SETTINGS = Changes(settings=True)


@declares(SETTINGS)
def save_all(db: Database, settings: Settings, profile: Mapping[str, Any]) -> Settings:
    """The business profile and the settings, stored together (both or neither)."""

    def work(session: Session) -> Settings:
        save_profile(session, **profile)
        return save_settings(session, settings)

    return db.run(work)


@dataclass(frozen=True)
class Stored:
    """The settings and the business profile, read together."""

    settings: Settings
    profile: BusinessProfile


def load_all(db: Database) -> Stored:
    return db.run(lambda s: Stored(load_settings(s), load_profile(s)), write=False)


def business_name(db: Database) -> str:
    return db.run(lambda s: load_profile(s).name, write=False)


def language(db: Database) -> str:
    """The language the owner chose in the settings ("id" or "en")."""
    return db.run(lambda s: load_settings(s).language, write=False)
