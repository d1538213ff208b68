"""customer search: FTS5 trigram index over customers, kept in sync by triggers

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 03:20:00

A contentless FTS5 table (``content=''``) whose rowid is ``customer.id``: it holds only the
trigram index, so any substring of three or more characters of a name, company, code,
contact person, phone (E.164 ``+62812…`` and national ``0812…``, also for the WhatsApp
number), e-mail or city is found without scanning the table. The triggers keep it equal to
the table on insert, update and delete; a contentless table forgets values, so deleting
an entry repeats exactly the values it was indexed with (computed from ``old``).

Also an index on ``name COLLATE NOCASE`` so the list sorts names case-insensitively without
sorting the whole table. Only SQLite gets these; other databases search with ILIKE and sort
on ``lower(name)``.
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

COLUMNS = "code, name, company, contact, phones, email, city"


def _values(row: str) -> str:
    def national(column: str) -> str:
        return (
            f"CASE WHEN {row}.{column} LIKE '+62%' "
            f"THEN '0' || substr({row}.{column}, 4) ELSE '' END"
        )

    phones = (
        f"{row}.phone || ' ' || {national('phone')} || ' ' || "
        f"{row}.whatsapp || ' ' || {national('whatsapp')}"
    )
    return (
        f"{row}.code, {row}.name, {row}.company, {row}.contact_person, {phones}, "
        f"{row}.email, {row}.city"
    )


STATEMENTS = (
    "CREATE INDEX ix_customer_name_nocase ON customer (name COLLATE NOCASE)",
    "CREATE INDEX ix_customer_name_active ON customer (name COLLATE NOCASE) WHERE archived = 0",
    f"CREATE VIRTUAL TABLE customer_fts USING fts5({COLUMNS}, content='', tokenize='trigram')",
    f"""CREATE TRIGGER customer_fts_insert AFTER INSERT ON customer BEGIN
        INSERT INTO customer_fts(rowid, {COLUMNS}) VALUES (new.id, {_values('new')});
    END""",
    f"""CREATE TRIGGER customer_fts_delete AFTER DELETE ON customer BEGIN
        INSERT INTO customer_fts(customer_fts, rowid, {COLUMNS})
        VALUES ('delete', old.id, {_values('old')});
    END""",
    f"""CREATE TRIGGER customer_fts_update
        AFTER UPDATE OF code, name, company, contact_person, phone, whatsapp, email, city
        ON customer BEGIN
        INSERT INTO customer_fts(customer_fts, rowid, {COLUMNS})
        VALUES ('delete', old.id, {_values('old')});
        INSERT INTO customer_fts(rowid, {COLUMNS}) VALUES (new.id, {_values('new')});
    END""",
    f"INSERT INTO customer_fts(rowid, {COLUMNS}) SELECT c.id, {_values('c')} FROM customer c",
)


# Planner statistics for the customer table as a shop with many customers has them (rows,
# rows per key). Without them SQLite guesses that ``archived = 0`` or ``kind = 'external'``
# picks a few rows and sorts a whole table instead of walking the name index. A later
# ANALYZE / PRAGMA optimize replaces them with the measured figures; a database that
# already holds many customers keeps its measured ones.
CUSTOMER_STATS = (
    (None, "100000"),
    ("sqlite_autoindex_customer_1", "100000 1"),
    ("ix_customer_archived", "100000 50000"),
    ("ix_customer_kind", "100000 1000"),  # looked up for divisions only (a handful)
    ("ix_customer_category", "100000 1000"),
    ("ix_customer_division_id", "100000 20000"),
    ("ix_customer_city", "100000 200"),
    ("ix_customer_name", "100000 2"),
    ("ix_customer_name_nocase", "100000 2"),
    ("ix_customer_name_active", "98000 2"),
    ("ix_customer_phone", "100000 1"),
    ("ix_customer_email", "100000 2"),
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in STATEMENTS:
        op.execute(statement)
    op.execute("ANALYZE customer")  # measured figures; creates sqlite_stat1 when missing
    rows = op.get_bind().exec_driver_sql("SELECT count(*) FROM customer").scalar() or 0
    if rows >= 10_000:
        return
    op.execute("DELETE FROM sqlite_stat1 WHERE tbl = 'customer'")
    for index, stat in CUSTOMER_STATS:
        idx = "NULL" if index is None else f"'{index}'"
        op.execute(f"INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ('customer', {idx}, '{stat}')")
    op.execute("ANALYZE sqlite_master")  # makes open connections read the figures above


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for trigger in ("customer_fts_insert", "customer_fts_delete", "customer_fts_update"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS customer_fts")
    op.execute("DROP INDEX IF EXISTS ix_customer_name_nocase")
    op.execute("DROP INDEX IF EXISTS ix_customer_name_active")
