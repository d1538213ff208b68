"""Contact history, follow-ups, WhatsApp links, and merging duplicates with their history."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from urllib.parse import parse_qs, urlparse

import pytest
from sqlmodel import Session, func, select

from bizcare.domain.errors import NotFoundError, StateError, ValidationError
from bizcare.domain.models import (
    AuditLog,
    Complaint,
    Customer,
    CustomerTag,
    Feedback,
    Interaction,
    Invoice,
    LoyaltyEntry,
    Payment,
    Receipt,
    Segment,
    SegmentMember,
)
from bizcare.services.customers.records import (
    CustomerInput,
    CustomerQuery,
    complete_follow_up,
    count_customers,
    create_customer,
    customer_input,
    find_duplicates,
    follow_ups_due,
    interactions_for,
    log_interaction,
    merge_customers,
    restore_customer,
    whatsapp_link,
    whatsapp_message,
)


def test_interactions_newest_first_with_local_times_stored_utc(session: Session) -> None:
    c = create_customer(session, CustomerInput(name="Budi"))
    assert c.id is not None
    old = datetime(2026, 1, 5, 9, 30, tzinfo=UTC)
    log_interaction(session, c.id, "kunjungan", "Kunjungan toko", "masuk", occurred_at=old)
    log_interaction(session, c.id, "WhatsApp", "Kirim katalog")
    items = interactions_for(session, c.id)
    assert [i.summary for i in items] == ["Kirim katalog", "Kunjungan toko"]
    assert items[0].channel == "whatsapp" and items[1].direction == "masuk"
    assert items[1].occurred_at == old


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"channel": "fax", "summary": "x"}, "preferred_channel"),
        ({"channel": "whatsapp", "summary": "  "}, "summary"),
        ({"channel": "whatsapp", "summary": "x" * 2001}, "summary"),
        ({"channel": "whatsapp", "summary": "x", "direction": "atas"}, "direction"),
    ],
)
def test_bad_interactions_are_refused(session: Session, kwargs: dict, field: str) -> None:  # type: ignore[type-arg]
    c = create_customer(session, CustomerInput(name="Budi"))
    with pytest.raises(ValidationError) as info:
        log_interaction(session, c.id, **kwargs)  # type: ignore[arg-type]
    assert info.value.field == field


def test_interaction_for_unknown_customer(session: Session) -> None:
    with pytest.raises(NotFoundError):
        log_interaction(session, 99, "whatsapp", "Halo")


def test_follow_ups_due_until_done(session: Session) -> None:
    today = date(2026, 11, 24)
    budi = create_customer(session, CustomerInput(name="Budi"))
    ani = create_customer(session, CustomerInput(name="Ani"))
    assert budi.id is not None and ani.id is not None
    late = log_interaction(
        session, budi.id, "telepon", "Tawarkan promo", follow_up_on=today - timedelta(days=3)
    )
    log_interaction(session, ani.id, "whatsapp", "Kirim invoice", follow_up_on=today)
    log_interaction(
        session, ani.id, "whatsapp", "Nanti saja", follow_up_on=today + timedelta(days=1)
    )
    log_interaction(session, ani.id, "whatsapp", "Tanpa tindak lanjut")
    due = follow_ups_due(session, today)
    assert [(f.customer_name, f.summary, f.customer_code) for f in due] == [
        ("Budi", "Tawarkan promo", "PLG-000001"),
        ("Ani", "Kirim invoice", "PLG-000002"),
    ]
    assert late.id is not None
    complete_follow_up(session, late.id)
    assert [f.customer_name for f in follow_ups_due(session, today)] == ["Ani"]
    with pytest.raises(NotFoundError):
        complete_follow_up(session, 999)


def test_whatsapp_message_and_link() -> None:
    text = whatsapp_message("Budi  Santoso", "Toko Sumber Rejeki")
    assert text.startswith("Halo Bapak/Ibu Budi Santoso,") and "Toko Sumber Rejeki" in text
    assert "{business}" not in whatsapp_message("Budi", "")
    custom = whatsapp_message("Ani", "Toko", "Yth. {name}, pesanan Anda di {business} siap {x}.")
    assert custom == "Yth. Ani, pesanan Anda di Toko siap {x}."
    link = whatsapp_link("+6281234567890", "Halo Bapak/Ibu Budi & keluarga?")
    parsed = urlparse(link)
    assert (parsed.scheme, parsed.netloc, parsed.path) == ("https", "wa.me", "/6281234567890")
    assert parse_qs(parsed.query)["text"] == ["Halo Bapak/Ibu Budi & keluarga?"]
    assert whatsapp_link("0812-3456-7890", "") == "https://wa.me/6281234567890"
    with pytest.raises(ValidationError):
        whatsapp_link("", "Halo")


def _history(session: Session, customer_id: int) -> None:
    invoice = Invoice(customer_id=customer_id, number=f"INV/{customer_id}", total=100_000)
    session.add(invoice)
    session.flush()
    payment = Payment(customer_id=customer_id, invoice_id=invoice.id, amount=100_000)
    session.add(payment)
    session.flush()
    receipt = Receipt(
        number=f"KW/{customer_id}", payment_id=payment.id, customer_id=customer_id,  # type: ignore[arg-type]
        invoice_id=invoice.id, amount=100_000, received_from="Budi", amount_words="seratus ribu",
        purpose="Pelunasan",
    )  # fmt: skip
    session.add_all([
        receipt,
        LoyaltyEntry(customer_id=customer_id, kind="earn", points=10),
        Feedback(customer_id=customer_id, score=5),
        Complaint(customer_id=customer_id, description="Terlambat"),
        Interaction(customer_id=customer_id, channel="whatsapp", summary="Halo"),
    ])  # fmt: skip
    session.flush()


def test_merge_moves_all_history_and_archives_the_duplicate(session: Session) -> None:
    a = create_customer(
        session,
        CustomerInput(
            name="Budi Santoso", tags=["VIP"], phone="0812-3456-7890", notes="Pelanggan lama"
        ),
    )
    b = create_customer(session, CustomerInput(name="Budi S.", tags=["vip", "Grosir"],
                                               email="budi@example.com", city="Bandung",
                                               phone="+62 812 3456 7890", notes="Suka diskon",
                                               joined_on=date(2020, 1, 1)))  # fmt: skip
    assert a.id is not None and b.id is not None
    assert find_duplicates(session, "0812-3456-7890", "", exclude_id=b.id) == [a]
    segment = Segment(name="Loyal")
    session.add(segment)
    session.flush()
    session.add_all(
        [
            SegmentMember(segment_id=segment.id, customer_id=a.id),  # type: ignore[arg-type]
            SegmentMember(segment_id=segment.id, customer_id=b.id),
        ]
    )  # type: ignore[arg-type]
    _history(session, b.id)

    survivor = merge_customers(session, a.id, b.id, actor="siti")

    for model in (Invoice, Payment, Receipt, LoyaltyEntry, Feedback, Complaint, Interaction):
        owners = set(session.exec(select(model.customer_id)))  # type: ignore[attr-defined]
        assert owners == {a.id}, model.__name__
    assert session.exec(select(func.count()).select_from(SegmentMember)).one() == 1
    tag_owners = sorted(session.exec(select(CustomerTag.customer_id)))
    assert tag_owners == [a.id, a.id]
    form = customer_input(session, a.id)
    assert (form.email, form.city, form.tags) == ("budi@example.com", "Bandung", ["Grosir", "VIP"])
    assert form.notes == "Pelanggan lama\nSuka diskon" and survivor.joined_on == date(2020, 1, 1)
    dup = session.get(Customer, b.id)
    assert dup is not None and dup.archived and dup.merged_into_id == a.id
    assert count_customers(session, CustomerQuery()) == 1
    assert find_duplicates(session, "0812-3456-7890", "") == [a]  # the merged one is not offered
    log = session.exec(select(AuditLog).where(AuditLog.action == "merge")).one()
    detail = json.loads(log.detail)
    assert log.actor == "siti" and detail["duplicate_code"] == "PLG-000002"
    assert detail["moved"]["invoice.customer_id"] == 1
    with pytest.raises(StateError):
        merge_customers(session, a.id, b.id)
    with pytest.raises(StateError):
        restore_customer(session, b.id)


def test_merge_refuses_nonsense(session: Session) -> None:
    a = create_customer(session, CustomerInput(name="Budi"))
    it = create_customer(session, CustomerInput(name="IT", kind="internal", division="IT"))
    assert a.id is not None and it.id is not None
    with pytest.raises(ValidationError):
        merge_customers(session, a.id, a.id)
    with pytest.raises(StateError):
        merge_customers(session, a.id, it.id)
    with pytest.raises(NotFoundError):
        merge_customers(session, a.id, 999)


def test_merge_repoints_earlier_merges(session: Session) -> None:
    a, b, c = (create_customer(session, CustomerInput(name=n)) for n in ("A", "B", "C"))
    assert a.id is not None and b.id is not None and c.id is not None
    merge_customers(session, b.id, c.id)
    merge_customers(session, a.id, b.id)
    assert session.get(Customer, c.id).merged_into_id == a.id  # type: ignore[union-attr]
