"""Demo customers: people and businesses with Indonesian names, addresses, phones and habits.

A customer's city decides how they are likely to be named, their kind decides what they buy
and how they pay (see :mod:`demo_sales`), and every phone number and e-mail is unique so
the duplicate check of the customers area has nothing to flag in fresh demo data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from random import Random

from bizcare.domain.enums import CustomerCategory, CustomerKind
from bizcare.services.demo import people as P
from bizcare.services.demo.catalogue import DIVISIONS, MAIL_DOMAIN, PROFILE
from bizcare.services.demo.common import Calendar, Row, Weighted, add_months, office_time
from bizcare.services.demo.texts import NEEDS, NOTES, PREFERENCES

CATEGORY_SHARE = ((CustomerCategory.PERORANGAN.value, 55), (CustomerCategory.RITEL.value, 15),
                  (CustomerCategory.RESELLER.value, 12), (CustomerCategory.B2B.value, 18))
CHANNELS = {
    "perorangan": (("whatsapp", 78), ("telepon", 8), ("kunjungan", 6), ("media_sosial", 5),
                   ("email", 3)),
    "ritel": (("whatsapp", 80), ("telepon", 12), ("kunjungan", 8)),
    "reseller": (("whatsapp", 85), ("media_sosial", 8), ("email", 7)),
    "b2b": (("whatsapp", 50), ("email", 35), ("telepon", 15)),
}
SCHOOLS = ("Harapan Bangsa", "Tunas Bangsa", "Bina Insani", "Islam Al-Falah", "Kristen Kasih",
           "Taruna Bhakti", "Swasta Nusantara", "Muhammadiyah 3")
EATERIES = ("Sari Rasa", "Pondok Selera", "Minang Jaya", "Lesehan Asri", "Saung Kuring")
HISTORY_YEARS = 3  # customers who joined before the period did so up to this long before
JOINED_IN_PERIOD = 0.4  # the others were customers already when the period began
ARCHIVED_SHARE = 0.02  # contacts who never bought and were archived


@dataclass(slots=True)
class Person:
    """A demo customer: the row to insert and what drives its simulated behaviour."""

    row: Row
    category: str
    activity: float
    joined: date
    tags: list[str] = field(default_factory=list)
    landline: bool = False


class Identities:
    """Hands out phone numbers and e-mail addresses nobody else in the demo has."""

    def __init__(self, rng: Random) -> None:
        self.rng = rng
        self.phones: set[str] = set()
        self.emails: set[str] = set()
        self.prefixes = Weighted(P.MOBILE_PREFIXES)

    def mobile(self) -> str:
        while True:
            rest = 8 if self.rng.random() < 0.7 else 7
            number = "+62" + str(self.prefixes.pick(self.rng)) + str(
                self.rng.randrange(10 ** (rest - 1), 10**rest))
            if number not in self.phones:
                self.phones.add(number)
                return number

    def landline(self, city: P.City) -> str:
        while True:
            digits = 8 if city.area_code == "21" else 7 if len(city.area_code) == 2 else 6
            first = str(self.rng.randint(2, 8))
            number = "+62" + city.area_code + first + str(
                self.rng.randrange(10 ** (digits - 1))).zfill(digits - 1)
            if number not in self.phones:
                self.phones.add(number)
                return number

    def email(self, local: str, domain: str) -> str:
        local = re.sub(r"[^a-z0-9._]", "", local.lower()).strip("._") or "pelanggan"
        candidate = f"{local}@{domain}"
        while candidate in self.emails:
            candidate = f"{local}{self.rng.randint(1, 99)}@{domain}"
        self.emails.add(candidate)
        return candidate


_FORMAL_FIRST = {"Andi", "Muhammad", "Abdul", "Sitti", "Siti", "Nur", "Nurul"}


def person_name(rng: Random, tradition: str, gender: str) -> tuple[str, str, str]:
    """(display name, given name, family or second name) in the ``tradition``'s style."""
    naming = P.NAMINGS[tradition]
    male = gender == "L"
    given = rng.choice(naming.male if male else naming.female)
    if tradition == "bali":
        prefix = rng.choice(P.BALINESE_MALE_PREFIX if male else P.BALINESE_FEMALE_PREFIX)
        return f"{prefix} {given}", given.split()[0], given.split()[-1]
    lasts = (naming.male_last if male else naming.female_last) or naming.male_last
    if tradition == "bugis" and male and rng.random() < 0.12:
        given = "Andi " + given
    single = rng.random() < naming.single_name_share or (
        tradition == "bugis" and rng.random() < 0.35)
    last = "" if single else rng.choice(lasts)
    if last and last in given:
        last = ""
    name = f"{given} {last}".strip()
    roll = rng.random()
    if roll < 0.03:
        name = ("H. " if male else "Hj. ") + name
    elif roll < 0.045:
        name = rng.choice(P.MALE_TITLES[1:] if male else P.FEMALE_TITLES[1:]) + " " + name
    elif roll < 0.08:
        name = f"{name}, {rng.choice(P.DEGREES)}"
    parts = given.split()
    call = parts[1] if len(parts) > 1 and parts[0] in _FORMAL_FIRST else parts[0]
    return name, call, last


def _street_address(rng: Random, city: P.City, business: bool) -> str:
    district = rng.choice(city.districts)
    street = rng.choice(P.STREETS)
    number = rng.randint(1, 180)
    roll = rng.random()
    if business and roll < 0.45:
        block = f"{rng.choice('ABCDEFGH')}{rng.randint(1, 12)}"
        return f"{rng.choice(P.BUSINESS_BLOCKS)} Blok {block} No. {rng.randint(1, 40)}, " \
               f"{street}, {district}"
    if business:
        return f"{street} No. {number}, {district}"
    if roll < 0.28:
        block = f"{rng.choice('ABCDEFGHJK')}{rng.randint(1, 15)}"
        return f"{rng.choice(P.HOUSING)} Blok {block} No. {rng.randint(1, 30)}, {district}"
    if roll < 0.36:
        return f"Gg. {street.removeprefix('Jl. ')} {rng.choice(('I', 'II', 'III', 'IV'))} " \
               f"No. {number % 40 + 1}, {district}"
    return f"{street} No. {number}, RT {rng.randint(1, 15):03d}/RW {rng.randint(1, 12):03d}, " \
           f"{district}"


def _company(rng: Random, category: str, owner_given: str, male: bool,
             owner_name: str) -> tuple[str, str]:
    """(business name, form) for a B2B, reseller or ritel customer."""
    words = P.COMPANY_WORDS
    if category == "b2b":
        form = Weighted(P.B2B_FORMS).pick(rng)
        if form in {"PT", "CV"}:
            parts = rng.sample(words, 2)
            if rng.random() < 0.35:
                parts.append(rng.choice(P.COMPANY_TRADES))
            elif rng.random() < 0.3:
                parts.append(rng.choice(words))
            joiner = " & " if rng.random() < 0.05 else " "
            body = joiner.join(parts[:2]) + "".join(" " + p for p in parts[2:])
            if form == "PT" and rng.random() < 0.02:
                body += " Tbk"
            return f"{form} {body}", form
        if form == "Rumah Makan":
            owner = ("Pak " if male else "Bu ") + owner_given
            return f"{form} {rng.choice((*EATERIES, owner))}", form
        if form == "Sekolah":
            return f"{rng.choice(('SD', 'SMP', 'SMA', 'SMK'))} {rng.choice(SCHOOLS)}", form
        if form == "Kantor Notaris":  # named after the notary
            return f"{form} {owner_name.split(', ')[0]}, S.H., M.Kn.", form
        return f"{form} {' '.join(rng.sample(words, 2))}", form
    if category == "reseller":
        word = " ".join(rng.sample(words, 2)) if rng.random() < 0.5 else rng.choice(words)
        return rng.choice(P.RESELLER_PATTERNS).format(w=word), "reseller"
    form = rng.choice(P.RITEL_FORMS)
    if form == "Warung":
        return f"Warung {'Pak' if male else 'Bu'} {owner_given}", form
    return f"{form} {rng.choice(P.RITEL_WORDS)}", form


def _birth_date(rng: Random, today: date) -> date:
    age_days = int(rng.triangular(22, 70, 40) * 365.25)
    return today - timedelta(days=age_days + rng.randrange(365))


def make_customers(rng: Random, count: int, cal: Calendar, ids: Identities) -> list[Person]:
    """``count`` external customers, not yet numbered (see :func:`number_customers`)."""
    cities = Weighted([(c, c.weight) for c in P.CITIES])
    mixes = {c.name: Weighted(c.mix) for c in P.CITIES}
    categories = Weighted(CATEGORY_SHARE)
    channels = {k: Weighted(v) for k, v in CHANNELS.items()}
    mail = Weighted(P.PERSONAL_MAIL)
    history_start = add_months(cal.start, -12 * HISTORY_YEARS)
    before = (cal.start - history_start).days
    people: list[Person] = []
    for _ in range(count):
        category = categories.pick(rng)
        city = cities.pick(rng)
        tradition = mixes[city.name].pick(rng)
        gender = "L" if rng.random() < (0.62 if category == "b2b" else 0.5) else "P"
        name, given, last = person_name(rng, tradition, gender)
        company, form = ("", "") if category == "perorangan" else _company(
            rng, category, given, gender == "L", name)
        if cal.days and rng.random() < JOINED_IN_PERIOD:
            joined = cal.days[rng.randrange(len(cal.days))]
        else:
            joined = history_start + timedelta(days=rng.randrange(max(before, 1)))
        business = category != "perorangan"
        landline = category == "b2b" and rng.random() < 0.6
        mobile = ids.mobile()
        phone = ids.landline(city) if landline else mobile
        whatsapp = mobile if landline or rng.random() < 0.9 else ""
        email = _email(rng, ids, category, given, last, company, mail)
        row: Row = {
            "kind": CustomerKind.EXTERNAL.value, "category": category, "name": name,
            "company": company, "division_id": None, "contact_person": "",
            "phone": phone, "whatsapp": whatsapp, "email": email,
            "address": _street_address(rng, city, business), "city": city.name,
            "province": city.province,
            "birth_date": _birth_date(rng, cal.today) if rng.random() < (
                0.85 if category == "perorangan" else 0.3) else None,
            "gender": gender if rng.random() < 0.92 else "",
            "preferred_channel": channels[category].pick(rng),
            "preferences": "; ".join(rng.sample(PREFERENCES[category],
                                                rng.choice((0, 1, 1, 2)))),
            "needs": rng.choice(NEEDS[category]) if rng.random() < 0.6 else "",
            "npwp": _npwp(rng) if category == "b2b" and rng.random() < 0.7 else "",
            "marketing_consent": rng.random() < 0.65,
            "notes": rng.choice(NOTES) if rng.random() < 0.12 else "",
            "joined_on": joined, "archived": False, "merged_into_id": None,
            "created_at": office_time(rng, joined),
        }
        row["updated_at"] = row["created_at"]
        activity = rng.gammavariate(0.9, 1 / 0.9)
        if joined < cal.today - timedelta(days=90) and rng.random() < ARCHIVED_SHARE:
            # A contact who never bought and whom the owner archived.
            row.update(archived=True, marketing_consent=False)
            activity = 0.0
        person = Person(row, category, activity, joined, _tags(rng, category, form, company),
                        landline)
        people.append(person)
    return people


def _email(rng: Random, ids: Identities, category: str, given: str, last: str, company: str,
           mail: Weighted) -> str:
    if category == "b2b":
        if rng.random() < 0.15:
            return ""
        domain = re.sub(r"[^a-z]", "", company.lower().removeprefix("pt ").removeprefix("cv "))
        domain = domain[:20] + rng.choice((".co.id", ".co.id", ".com", ".id"))
        local = rng.choice((*P.COMPANY_MAILBOXES, given))
        return ids.email(local, domain)
    if rng.random() < (0.45 if category == "perorangan" else 0.3):
        return ""
    if category in {"ritel", "reseller"} and rng.random() < 0.6:
        return ids.email(company.replace(" ", ""), "gmail.com")
    g, f = given.lower(), (last or given).lower()
    local = rng.choice((f"{g}.{f}", f"{g}{f}", f"{g}{rng.randint(70, 99)}", f"{g}_{f[:1]}",
                        f"{f}.{g}", f"{g}{f}{rng.randint(1, 99)}"))
    return ids.email(local, mail.pick(rng))


def _npwp(rng: Random) -> str:
    kind = rng.choice(("01", "02", "03", "21", "31", "66", "71", "72", "80", "81", "82"))
    serial = "".join(str(rng.randrange(10)) for _ in range(7))
    office = rng.choice(("005", "006", "007", "008", "009", "011", "012", "013", "015", "016"))
    return f"{kind}{serial}{office}000"


def _tags(rng: Random, category: str, form: str, company: str) -> list[str]:
    tags: list[str] = []
    if category == "b2b":
        by_form = {"Hotel": "hotel & restoran", "Rumah Makan": "hotel & restoran",
                   "Sekolah": "sekolah", "Yayasan Pendidikan": "sekolah", "Kos": "rumah kos"}
        tags.append(by_form.get(form) or rng.choice(("kantor", "kontraktor", "proyek")))
        if rng.random() < 0.3:
            tags.append("tempo 30 hari")
    elif category == "reseller":
        tags.append("online shop" if any(w in company for w in ("Store", "Shop", "Online"))
                    else "grosir")
    elif category == "ritel":
        if rng.random() < 0.25:
            tags.append("grosir")
    else:
        if rng.random() < 0.25:
            tags.append("langganan servis AC")
        if rng.random() < 0.03:
            tags.append("rumah kos")
    if rng.random() < 0.15:
        tags.append("suka promo")
    return tags


def make_divisions(rng: Random, cal: Calendar, ids: Identities) -> list[tuple[str, Row]]:
    """The shop's divisions as internal customers: (division name, customer row)."""
    founded = add_months(cal.start, -12 * (HISTORY_YEARS + 2)).replace(day=1)
    result = []
    for name, contact, mailbox in DIVISIONS:
        mobile = ids.mobile()
        row: Row = {
            "kind": CustomerKind.INTERNAL.value, "category": CustomerCategory.DIVISION.value,
            "name": name, "company": PROFILE["name"], "contact_person": contact,
            "phone": mobile, "whatsapp": mobile,
            "email": ids.email(mailbox, MAIL_DOMAIN), "address": PROFILE["address"],
            "city": PROFILE["city"], "province": PROFILE["province"],
            "birth_date": None, "gender": "", "preferred_channel": "whatsapp",
            "preferences": "", "needs": "", "npwp": "", "marketing_consent": False,
            "notes": f"Divisi internal {PROFILE['name']}.", "joined_on": founded,
            "archived": False, "merged_into_id": None,
            "created_at": office_time(rng, founded),
        }
        row["updated_at"] = row["created_at"]
        result.append((name, row))
    return result


def number_customers(rows: list[Row], first_id: int, prefix: str, width: int,
                     first_seq: int) -> int:
    """Give customers ids and codes in the order they joined; returns the last sequence."""
    rows.sort(key=lambda r: (r["joined_on"], r["created_at"]))
    seq = first_seq
    for offset, row in enumerate(rows):
        seq += 1
        row["id"] = first_id + offset
        row["code"] = f"{prefix}-{seq:0{width}d}"
    return seq
