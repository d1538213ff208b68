"""Customer records: validation, codes, edits, archive, divisions, tags, duplicates."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlmodel import Session, select

from bizcare.domain.errors import NotFoundError, ValidationError
from bizcare.domain.models import AuditLog, NumberSequence
from bizcare.services.customers.records import (
    CustomerInput,
    archive_customer,
    create_customer,
    customer_input,
    customer_summary,
    find_duplicates,
    get_customer,
    get_customer_by_code,
    list_divisions,
    restore_customer,
    save_division,
    update_customer,
    validate_customer,
    whatsapp_number,
)


@pytest.mark.parametrize(
    "typed",
    ["0812-3456-7890", "+62 812 3456 7890", "6281234567890", "081234567890", "+62 (812) 3456-7890"],
)
def test_mobile_numbers_in_any_form_become_e164(typed: str) -> None:
    assert validate_customer(CustomerInput(name="Budi", phone=typed)).phone == "+6281234567890"


def test_landline_with_area_code_becomes_e164() -> None:
    assert validate_customer(CustomerInput(name="Toko", phone="(021) 5890 5002")).phone == (
        "+622158905002"
    )


@pytest.mark.parametrize("typed", ["12ab", "081", "0000", "+62 0"])
def test_nonsense_phone_is_refused_naming_the_field(typed: str) -> None:
    with pytest.raises(ValidationError) as info:
        validate_customer(CustomerInput(name="Budi", whatsapp=typed))
    assert info.value.field == "whatsapp"


def test_fast_path_agrees_with_phonenumbers() -> None:
    from bizcare.domain.validation import normalize_phone
    from bizcare.services.customers.input import clean_phone

    for digits in range(8, 12):
        for prefix in ("0", "62", "+62", "+62 ", "0-"):
            typed = prefix + "8" + "1234567890123"[:digits]
            assert clean_phone(typed) == normalize_phone(typed)


def test_validation_cleans_email_gender_channel_and_tags() -> None:
    clean = validate_customer(
        CustomerInput(
            name="  Siti  Rahayu ",
            email=" Siti@Example.CO.ID ",
            gender="Perempuan",
            preferred_channel="Telepon",
            tags=["VIP", " vip ", "", "Grosir"],
            npwp="01.234.567.8-901.000",
        )
    )
    assert clean.name == "Siti  Rahayu"
    assert (clean.email, clean.gender, clean.preferred_channel) == (
        "siti@example.co.id",
        "P",
        "telepon",
    )
    assert clean.tags == ["VIP", "Grosir"]
    assert clean.npwp == "012345678901000"


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (CustomerInput(name=" "), "name"),
        (CustomerInput(name="A", email="budi@"), "email"),
        (CustomerInput(name="A", category="grosir"), "category"),
        (CustomerInput(name="A", kind="partner"), "kind"),
        (CustomerInput(name="A", kind="internal"), "division"),
        (CustomerInput(name="A", gender="x"), "gender"),
        (CustomerInput(name="A", birth_date=date.today() + timedelta(days=1)), "birth_date"),
        (CustomerInput(name="A" * 201), "name"),
        (CustomerInput(name="A", preferred_channel="fax"), "preferred_channel"),
    ],
)
def test_bad_input_names_the_field(data: CustomerInput, field: str) -> None:
    with pytest.raises(ValidationError) as info:
        validate_customer(data)
    assert info.value.field == field


def test_codes_are_gapless_per_kind(session: Session) -> None:
    codes = [create_customer(session, CustomerInput(name=f"Pelanggan {i}")).code for i in range(3)]
    divs = [
        create_customer(session, CustomerInput(name=n, kind="internal", division=n)).code
        for n in ("Gudang", "Finance")
    ]
    assert codes == ["PLG-000001", "PLG-000002", "PLG-000003"]
    assert divs == ["DIV-0001", "DIV-0002"]
    rows = {r.series: r.last_value for r in session.exec(select(NumberSequence))}
    assert rows == {"PLG": 3, "DIV": 2}


def test_a_failed_add_gives_its_number_back(db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError), db.session() as s:
        create_customer(s, CustomerInput(name="Budi"))
        create_customer(s, CustomerInput(name="Ani", email="not-an-email"))
    with db.session() as s:
        assert create_customer(s, CustomerInput(name="Citra")).code == "PLG-000001"


def test_internal_customer_gets_its_division_created_once(session: Session) -> None:
    a = create_customer(
        session,
        CustomerInput(
            name="Gudang",
            kind="internal",
            division="Gudang",
            contact_person="Pak Joko",
            category="",
        ),
    )
    b = create_customer(session, CustomerInput(name="Gudang 2", kind="internal", division="gudang"))
    assert a.category == "division" and a.division_id == b.division_id
    assert [d.name for d in list_divisions(session)] == ["Gudang"]
    assert customer_input(session, a.id).division == "Gudang"  # type: ignore[arg-type]


def test_update_edits_fields_and_tags_and_is_audited(session: Session) -> None:
    c = create_customer(session, CustomerInput(name="Budi", tags=["VIP"], phone="081234567890"))
    form = customer_input(session, c.id)  # type: ignore[arg-type]
    assert form.phone == "0812-3456-7890"
    form.city, form.tags = "Bandung", ["Grosir"]
    update_customer(session, c.id, form, actor="siti")  # type: ignore[arg-type]
    again = customer_input(session, c.id)  # type: ignore[arg-type]
    assert (again.city, again.tags) == ("Bandung", ["Grosir"])
    log = session.exec(select(AuditLog).where(AuditLog.action == "update")).one()
    assert log.actor == "siti" and "city" in log.detail and "tags" in log.detail


def test_kind_cannot_change(session: Session) -> None:
    c = create_customer(session, CustomerInput(name="Budi"))
    with pytest.raises(ValidationError):
        update_customer(
            session,
            c.id,
            CustomerInput(
                name="Budi",
                kind="internal",  # type: ignore[arg-type]
                division="IT",
            ),
        )


def test_archive_and_restore(session: Session) -> None:
    c = create_customer(session, CustomerInput(name="Budi"))
    archive_customer(session, c.id)  # type: ignore[arg-type]
    assert get_customer(session, c.id).archived  # type: ignore[arg-type]
    restore_customer(session, c.id)  # type: ignore[arg-type]
    assert not get_customer(session, c.id).archived  # type: ignore[arg-type]
    actions = [a.action for a in session.exec(select(AuditLog).where(AuditLog.entity_id == c.id))]
    assert actions == ["create", "archive", "restore"]


def test_lookup_errors(session: Session) -> None:
    with pytest.raises(NotFoundError):
        get_customer(session, 42)
    with pytest.raises(NotFoundError):
        get_customer_by_code(session, "PLG-999999")
    c = create_customer(session, CustomerInput(name="Budi"))
    assert get_customer_by_code(session, " plg-000001 ").id == c.id


def test_duplicates_by_phone_in_any_form_or_email(session: Session) -> None:
    a = create_customer(session, CustomerInput(name="Budi", phone="0812-3456-7890"))
    b = create_customer(session, CustomerInput(name="Ani", email="ani@example.com"))
    assert find_duplicates(session, "+62 812 3456 7890", "") == [a]
    assert find_duplicates(session, "", "ANI@example.com") == [b]
    assert find_duplicates(session, "081234567890", "ani@example.com") == [a, b]
    assert find_duplicates(session, "081234567890", "", exclude_id=a.id) == []
    assert find_duplicates(session, "08", "ani@") == []  # half-typed input finds nothing


def test_divisions_are_unique_and_editable(session: Session) -> None:
    it = save_division(session, "IT")
    with pytest.raises(ValidationError):
        save_division(session, "it")
    renamed = save_division(session, "Teknologi Informasi", division_id=it.id, active=False)
    assert renamed.name == "Teknologi Informasi"
    assert list_divisions(session) == []
    assert [d.name for d in list_divisions(session, include_inactive=True)] == [
        "Teknologi Informasi"
    ]


def test_summary_counts_open_follow_ups(session: Session) -> None:
    from bizcare.services.customers.records import complete_follow_up, log_interaction

    c = create_customer(session, CustomerInput(name="Budi", tags=["VIP"]))
    first = log_interaction(session, c.id, "whatsapp", "Tanya stok", follow_up_on=date.today())  # type: ignore[arg-type]
    log_interaction(session, c.id, "telepon", "Konfirmasi", follow_up_on=date.today())  # type: ignore[arg-type]
    complete_follow_up(session, first.id)  # type: ignore[arg-type]
    summary = customer_summary(session, c.id)  # type: ignore[arg-type]
    assert summary.follow_ups_open == 1 and summary.tags == ["VIP"]
    assert len(summary.interactions) == 2


def test_whatsapp_number_prefers_whatsapp(session: Session) -> None:
    c = create_customer(
        session, CustomerInput(name="Budi", phone="0215890500", whatsapp="0812-1111-2222")
    )
    assert whatsapp_number(c) == "+6281211112222"
