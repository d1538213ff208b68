"""Contact history per customer, follow-ups that fall due, and WhatsApp chat links."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from urllib.parse import quote

from sqlmodel import Session, col, select

from bizcare.domain.enums import Direction
from bizcare.domain.errors import NotFoundError, ValidationError
from bizcare.domain.i18n import QT_TRANSLATE_NOOP
from bizcare.domain.models import Customer, Interaction
from bizcare.domain.models._base import utcnow
from bizcare.services.customers.input import clean_phone, clean_text, parse_channel

MAX_SUMMARY = 2000
DEFAULT_WHATSAPP_TEMPLATE = (
    "Halo Bapak/Ibu {name}, salam hangat dari {business}. "
    "Terima kasih sudah menjadi pelanggan kami. Ada yang bisa kami bantu?"
)
_TEMPLATE_WITHOUT_BUSINESS = (
    "Halo Bapak/Ibu {name}, terima kasih sudah menjadi pelanggan kami. Ada yang bisa kami bantu?"
)


@dataclass(frozen=True)
class FollowUp:
    """A promised next contact that is due (for the dashboard and the customers tab)."""

    interaction_id: int
    customer_id: int
    customer_code: str
    customer_name: str
    due: date
    summary: str
    channel: str


def log_interaction(
    session: Session,
    customer_id: int,
    channel: str,
    summary: str,
    direction: str = Direction.OUTBOUND.value,
    follow_up_on: date | None = None,
    occurred_at: datetime | None = None,
    actor: str = "",
) -> Interaction:
    """Record one contact; ``occurred_at`` without a time zone is taken as local time."""
    if session.get(Customer, customer_id) is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "Customer {code} not found."), code=f"#{customer_id}"
        )
    text = clean_text(summary, "summary", multiline=True)
    if not text:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Write a short summary of the contact."),
            field="summary",
        )
    if len(text) > MAX_SUMMARY:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The summary may have at most {limit} characters."),
            field="summary",
            limit=MAX_SUMMARY,
        )
    if direction not in {d.value for d in Direction}:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown direction: {value}"),
            field="direction",
            value=direction,
        )
    when = utcnow() if occurred_at is None else occurred_at.astimezone(UTC)
    interaction = Interaction(
        customer_id=customer_id,
        occurred_at=when,
        channel=parse_channel(channel),
        direction=direction,
        summary=text,
        follow_up_on=follow_up_on,
        created_by=actor[:100],
    )
    session.add(interaction)
    session.flush()
    return interaction


def interactions_for(session: Session, customer_id: int, limit: int = 200) -> list[Interaction]:
    """The customer's latest contacts, newest first."""
    stmt = (
        select(Interaction)
        .where(Interaction.customer_id == customer_id)
        .order_by(col(Interaction.occurred_at).desc(), col(Interaction.id).desc())
        .limit(limit)
    )
    return list(session.exec(stmt))


def follow_ups_due(session: Session, on: date) -> list[FollowUp]:
    """Open follow-ups due on or before ``on`` (archived customers left out), oldest first."""
    stmt = (
        select(Interaction, Customer.code, Customer.name)
        .join(Customer, col(Customer.id) == col(Interaction.customer_id))
        .where(
            col(Interaction.follow_up_on).is_not(None),
            col(Interaction.follow_up_on) <= on,
            col(Interaction.follow_up_done).is_(False),
            col(Customer.archived).is_(False),
        )
        .order_by(col(Interaction.follow_up_on), col(Customer.name), col(Interaction.id))
    )
    result = []
    for interaction, code, name in session.exec(stmt):
        assert interaction.id is not None and interaction.follow_up_on is not None
        result.append(
            FollowUp(
                interaction_id=interaction.id,
                customer_id=interaction.customer_id,
                customer_code=code,
                customer_name=name,
                due=interaction.follow_up_on,
                summary=interaction.summary,
                channel=interaction.channel,
            )
        )
    return result


def complete_follow_up(session: Session, interaction_id: int, actor: str = "") -> None:
    """Mark a follow-up as done (it leaves the due list)."""
    del actor
    interaction = session.get(Interaction, interaction_id)
    if interaction is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This contact no longer exists."))
    interaction.follow_up_done = True
    session.add(interaction)


def whatsapp_message(customer_name: str, business_name: str, template: str | None = None) -> str:
    """The greeting a WhatsApp chat starts with, in polite Indonesian.

    ``template`` may use ``{name}`` and ``{business}``; other braces are left as typed.
    """
    if template is None:
        template = (
            DEFAULT_WHATSAPP_TEMPLATE if business_name.strip() else (_TEMPLATE_WITHOUT_BUSINESS)
        )
    name = " ".join(customer_name.split())
    return template.replace("{name}", name).replace("{business}", business_name.strip())


def whatsapp_link(phone_e164: str, message: str) -> str:
    """``https://wa.me/62…?text=…`` for a chat with the message typed in, ready to send."""
    number = clean_phone(phone_e164, "whatsapp")
    if not number:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This customer has no WhatsApp or phone number."),
            field="whatsapp",
        )
    link = f"https://wa.me/{number.lstrip('+')}"
    return f"{link}?text={quote(message, safe='')}" if message else link
