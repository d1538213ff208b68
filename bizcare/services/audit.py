"""Writing the audit trail: every issue, payment, void, merge and adjustment leaves a row."""

from __future__ import annotations

import json
from typing import Any

from sqlmodel import Session, col, select

from bizcare.domain.models import AuditLog


def record(
    session: Session,
    action: str,
    entity: str,
    entity_id: int | None,
    actor: str = "",
    **detail: Any,
) -> AuditLog:
    """Add an audit row in the caller's transaction (it commits or rolls back with it)."""
    row = AuditLog(
        action=action,
        entity=entity,
        entity_id=entity_id,
        actor=actor,
        detail=json.dumps(detail, ensure_ascii=False, default=str, sort_keys=True),
    )
    session.add(row)
    return row


def history(session: Session, entity: str, entity_id: int) -> list[AuditLog]:
    """Audit rows for one record, oldest first."""
    stmt = (
        select(AuditLog)
        .where(AuditLog.entity == entity, AuditLog.entity_id == entity_id)
        .order_by(col(AuditLog.id))
    )
    return list(session.exec(stmt))
