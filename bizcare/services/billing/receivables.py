"""Receivables and collection: ageing, the overdue list, reminders by WhatsApp and letter.

Everything is computed "as of" a date: an invoice counts when it was issued on or before
that date and is not void, and only payments dated on or before it reduce what is owed, so
an ageing report for last month-end stays the same when it is re-run later. Days overdue =
as-of date − due date; zero or less is "not yet due".

Reminder levels: 1 friendly, 2 second reminder, 3 formal letter ("Surat Tagihan"). Sending
one takes a letter number (series ``ST``, gapless, e.g. ``001/ST/XI/2026``) and logs a
WhatsApp interaction on the customer, in the caller's transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlmodel import Session

from bizcare.documents.formatting import format_date_long, format_rupiah
from bizcare.domain.enums import Channel, Direction, InvoiceStatus
from bizcare.domain.errors import StateError, ValidationError
from bizcare.domain.i18n import QT_TRANSLATE_NOOP
from bizcare.domain.models import Interaction
from bizcare.services import audit
from bizcare.services.billing.common import CUS, INV, PAY, get_customer
from bizcare.services.numbering import take_next_number
from bizcare.services.settings import load_profile

BUCKETS = ("current", "1_30", "31_60", "61_90", "over_90")
BUCKET_LABELS = (
    QT_TRANSLATE_NOOP("Ageing", "Not yet due"),
    QT_TRANSLATE_NOOP("Ageing", "1–30 days"),
    QT_TRANSLATE_NOOP("Ageing", "31–60 days"),
    QT_TRANSLATE_NOOP("Ageing", "61–90 days"),
    QT_TRANSLATE_NOOP("Ageing", "Over 90 days"),
)
LEVELS = (1, 2, 3)
REMINDER_SERIES = "ST"
REMINDER_PATTERN = "{seq:03d}/ST/{rm}/{yyyy}"
PAY_WITHIN_DAYS = 7


@dataclass(frozen=True)
class AgeingRow:
    customer_id: int
    customer_code: str
    customer_name: str
    buckets: tuple[int, int, int, int, int]  # in the order of BUCKETS

    @property
    def total(self) -> int:
        return sum(self.buckets)


@dataclass(frozen=True)
class Ageing:
    as_of: date
    rows: list[AgeingRow]  # largest total first
    totals: tuple[int, int, int, int, int]

    @property
    def total(self) -> int:
        return sum(self.totals)


@dataclass(frozen=True)
class OverdueInvoice:
    invoice_id: int
    number: str
    customer_id: int
    customer_code: str
    customer_name: str
    issue_date: date
    due_date: date
    days_overdue: int
    total: int
    paid: int

    @property
    def outstanding(self) -> int:
        return self.total - self.paid

    @property
    def suggested_level(self) -> int:
        """1 up to 30 days late, 2 up to 60, then the formal letter."""
        return 1 if self.days_overdue <= 30 else 2 if self.days_overdue <= 60 else 3


@dataclass(frozen=True)
class SentReminder:
    interaction_id: int
    letter_number: str
    level: int
    text: str
    invoices: list[OverdueInvoice]


def _open_as_of(as_of: date) -> Any:
    """Per invoice: id, customer, dates, total and what was paid by ``as_of``, if owing."""
    paid = (
        select(func.coalesce(func.sum(PAY.c.amount), 0))
        .where(PAY.c.invoice_id == INV.c.id, PAY.c.voided_at.is_(None), PAY.c.paid_on <= as_of)
        .scalar_subquery()
    )
    inner = (
        select(
            INV.c.id, INV.c.number, INV.c.customer_id, INV.c.issue_date, INV.c.due_date,
            INV.c.total, paid.label("paid"),
        )  # fmt: skip
        .where(
            INV.c.status.in_((InvoiceStatus.ISSUED, InvoiceStatus.PARTIAL, InvoiceStatus.PAID)),
            INV.c.issue_date <= as_of,
        )
        .subquery()
    )
    return inner


def ageing(session: Session, as_of: date | None = None) -> Ageing:
    """Outstanding money per customer and in total, in five buckets by days past due."""
    on = as_of or date.today()
    inv = _open_as_of(on)
    owed = inv.c.total - inv.c.paid
    edges = [on, on - timedelta(days=30), on - timedelta(days=60), on - timedelta(days=90)]
    sums = []
    for i in range(5):
        cond = inv.c.due_date >= edges[0] if i == 0 else (
            inv.c.due_date < edges[i - 1] if i == 4 else
            and_(inv.c.due_date < edges[i - 1], inv.c.due_date >= edges[i]))
        sums.append(func.sum(case((cond, owed), else_=0)))
    stmt = (
        select(inv.c.customer_id, CUS.c.code, CUS.c.name, *sums)
        .select_from(inv.join(CUS, inv.c.customer_id == CUS.c.id))
        .where(owed > 0)
        .group_by(inv.c.customer_id, CUS.c.code, CUS.c.name)
    )
    rows = [
        AgeingRow(r[0], r[1], r[2], tuple(int(v or 0) for v in r[3:]))  # type: ignore[arg-type]
        for r in session.execute(stmt)
    ]
    rows.sort(key=lambda row: (-row.total, row.customer_code))
    totals = tuple(sum(row.buckets[i] for row in rows) for i in range(5))
    return Ageing(on, rows, totals)  # type: ignore[arg-type]


def overdue_invoices(
    session: Session, as_of: date | None = None, customer_id: int | None = None
) -> list[OverdueInvoice]:
    """Invoices past due with money owed as of the date, the longest overdue first."""
    on = as_of or date.today()
    inv = _open_as_of(on)
    stmt = (
        select(inv, CUS.c.code, CUS.c.name)
        .select_from(inv.join(CUS, inv.c.customer_id == CUS.c.id))
        .where(inv.c.total - inv.c.paid > 0, inv.c.due_date < on)
        .order_by(inv.c.due_date, inv.c.id)
    )
    if customer_id is not None:
        stmt = stmt.where(inv.c.customer_id == customer_id)
    return [
        OverdueInvoice(
            invoice_id=r.id, number=r.number, customer_id=r.customer_id, customer_code=r.code,
            customer_name=r.name, issue_date=r.issue_date, due_date=r.due_date,
            days_overdue=(on - r.due_date).days, total=r.total, paid=int(r.paid),
        )  # fmt: skip
        for r in session.execute(stmt)
    ]


def reminder_text(
    session: Session,
    customer_id: int,
    level: int,
    as_of: date | None = None,
    letter_number: str = "",
) -> str:
    """The WhatsApp message (Indonesian) for a customer's overdue invoices at ``level``.

    Raises:
        ValidationError: a level other than 1, 2 or 3.
        StateError: the customer has nothing overdue.
    """
    on = as_of or date.today()
    invoices = overdue_for_reminder(session, customer_id, level, on)
    return _compose(session, customer_id, level, on, invoices, letter_number)


def send_reminder(
    session: Session,
    customer_id: int,
    level: int,
    as_of: date | None = None,
    actor: str = "",
    channel: str = Channel.WHATSAPP,
) -> SentReminder:
    """Number the reminder, log it as an interaction and return the text to send.

    ``channel`` is how it goes out: WhatsApp text, or ``Channel.LETTER`` for the printed
    Surat Tagihan, so the customer's history says which one was sent.
    """
    on = as_of or date.today()
    invoices = overdue_for_reminder(session, customer_id, level, on)
    letter = take_next_number(session, REMINDER_SERIES, REMINDER_PATTERN, on)
    text = _compose(session, customer_id, level, on, invoices, letter)
    numbers = ", ".join(i.number for i in invoices)
    interaction = Interaction(
        customer_id=customer_id,
        channel=str(channel),
        direction=Direction.OUTBOUND,
        summary=(f"Surat Tagihan {letter} level {level}: {numbers}" if channel == Channel.LETTER
                 else f"Pengingat tagihan level {level}: {numbers}")[:2000],
        created_by=actor,
    )
    session.add(interaction)
    session.flush()
    audit.record(
        session, "reminder", "customer", customer_id, actor,
        level=level, letter=letter, invoices=[i.number for i in invoices],
    )  # fmt: skip
    return SentReminder(interaction.id or 0, letter, level, text, invoices)


def overdue_for_reminder(
    session: Session, customer_id: int, level: int, on: date
) -> list[OverdueInvoice]:
    """The invoices a reminder at ``level`` lists; refuses bad levels and "nothing owed"."""
    if level not in LEVELS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A reminder level is 1, 2 or 3."), "level"
        )
    customer = get_customer(session, customer_id)
    invoices = overdue_invoices(session, on, customer_id)
    if not invoices:
        raise StateError(
            QT_TRANSLATE_NOOP("errors", "Customer {code} has no overdue invoices."),
            code=customer.code,
        )
    return invoices


def _compose(
    session: Session,
    customer_id: int,
    level: int,
    on: date,
    invoices: list[OverdueInvoice],
    letter_number: str,
) -> str:
    customer = get_customer(session, customer_id)
    profile = load_profile(session)
    business = profile.name or "kami"
    listed = "\n".join(
        f"• {i.number}, jatuh tempo {format_date_long(i.due_date)}: "
        f"{format_rupiah(i.outstanding)}"
        for i in invoices
    )
    total = format_rupiah(sum(i.outstanding for i in invoices))
    deadline = format_date_long(on + timedelta(days=PAY_WITHIN_DAYS))
    pay = f"\n\nPembayaran dapat ditransfer ke:\n{profile.bank_accounts}" if (
        profile.bank_accounts.strip()) else ""
    sign = "\n".join(x for x in (profile.signatory_name, business) if x)
    if level == 1:
        body = (
            f"Halo {customer.name}, semoga sehat selalu.\n\n"
            f"Kami dari {business} ingin mengingatkan dengan hormat bahwa tagihan berikut "
            f"sudah melewati tanggal jatuh tempo:\n{listed}\nTotal: {total}{pay}\n\n"
            "Jika sudah membayar, mohon abaikan pesan ini dan kirimkan bukti pembayarannya "
            "kepada kami. Terima kasih."
        )
    elif level == 2:
        body = (
            f"Yth. {customer.name},\n\n"
            f"Menindaklanjuti pengingat kami sebelumnya, sampai hari ini kami belum menerima "
            f"pembayaran atas tagihan berikut:\n{listed}\nTotal: {total}\n\n"
            f"Mohon pembayaran dapat dilakukan paling lambat {deadline}.{pay}\n\n"
            "Bila ada kendala, silakan hubungi kami agar dapat dicarikan jalan keluarnya. "
            "Terima kasih atas perhatiannya."
        )
    else:
        ref = f" No. {letter_number}" if letter_number else ""
        body = (
            f"Yth. {customer.name},\n\n"
            f"Dengan hormat, bersama pesan ini kami sampaikan Surat Tagihan{ref} atas "
            f"tagihan yang telah melewati jatuh tempo dan belum dilunasi:\n{listed}\n"
            f"Total: {total}\n\n"
            f"Kami meminta pelunasan selambat-lambatnya {deadline}. Apabila sampai tanggal "
            "tersebut pembayaran belum kami terima, kami akan menempuh langkah penagihan "
            f"lebih lanjut.{pay}\n\n"
            "Apabila pembayaran telah dilakukan, mohon kirimkan bukti pembayarannya. "
            "Terima kasih."
        )
    return f"{body}\n\nHormat kami,\n{sign}"
