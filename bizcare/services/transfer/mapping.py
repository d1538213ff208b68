"""Reading an owner's columns: which header is which field, and one row's cells as input.

Headers are recognised in Indonesian and English as Excel lists are really written
("No. HP", "Tgl. Lahir", "E-mail"); values the same way ("Laki-laki", "B2B", "ya", 17/08/1985).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from bizcare.domain.enums import CustomerCategory, CustomerKind
from bizcare.domain.errors import ValidationError
from bizcare.domain.i18n import QT_TRANSLATE_NOOP
from bizcare.services.customers import FIELD_LABELS, CustomerInput

#: Customer field -> English label (translatable, context "fields") for the mapping UI.
FIELDS: dict[str, str] = dict(FIELD_LABELS)

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("nama", "name", "nama pelanggan", "nama lengkap", "customer", "customer name",
             "pelanggan", "full name"),
    "company": ("perusahaan", "company", "nama perusahaan", "instansi", "usaha", "nama usaha",
                "nama toko", "company name", "pt cv"),
    "division": ("divisi", "division", "bagian", "departemen", "department", "dept"),
    "contact_person": ("kontak", "contact", "contact person", "pic", "narahubung",
                       "nama kontak", "cp"),
    "phone": ("no hp", "hp", "nomor hp", "no handphone", "handphone", "telepon", "telp",
              "no telp", "no telepon", "nomor telepon", "phone", "phone number", "mobile",
              "no tlp", "tlp", "ponsel"),
    "whatsapp": ("whatsapp", "wa", "no wa", "nomor wa", "no whatsapp", "nomor whatsapp"),
    "email": ("email", "e mail", "surel", "alamat email", "email address"),
    "address": ("alamat", "address", "alamat lengkap", "street"),
    "city": ("kota", "city", "kabupaten kota", "kota kabupaten", "kab kota", "kabupaten"),
    "province": ("provinsi", "propinsi", "province", "state"),
    "birth_date": ("tanggal lahir", "tgl lahir", "birth date", "birthdate", "date of birth",
                   "dob", "tanggal ulang tahun", "ulang tahun", "birthday"),
    "kind": ("jenis", "kind", "tipe", "type", "jenis pelanggan", "tipe pelanggan",
             "customer type"),
    "category": ("kategori", "category", "kategori pelanggan", "segmen pelanggan"),
    "gender": ("jenis kelamin", "gender", "jk", "sex", "l p"),
    "preferred_channel": ("saluran", "channel", "preferred channel", "kanal",
                          "saluran favorit", "saluran komunikasi"),
    "preferences": ("preferensi", "preferences", "kesukaan", "selera"),
    "needs": ("kebutuhan", "needs"),
    "tags": ("tag", "tags", "label", "labels"),
    "npwp": ("npwp", "tax id", "no npwp"),
    "marketing_consent": ("persetujuan pemasaran", "marketing consent", "consent",
                          "bersedia dihubungi", "izin promosi", "setuju promosi"),
    "notes": ("catatan", "notes", "note", "keterangan", "ket", "remarks"),
    "joined_on": ("tanggal bergabung", "tgl bergabung", "bergabung", "joined", "joined on",
                  "join date", "member sejak", "tanggal daftar", "tgl daftar", "since"),
}  # fmt: skip
_HEADER_TO_FIELD = {syn: name for name, syns in _SYNONYMS.items() for syn in syns}

_KINDS: dict[str, tuple[str, str]] = {
    **dict.fromkeys(("perorangan", "individu", "pribadi", "personal", "end user", "konsumen",
                     "umum"), ("external", "perorangan")),
    **dict.fromkeys(("b2b", "bisnis", "business", "perusahaan", "corporate", "korporat"),
                    ("external", "b2b")),
    **dict.fromkeys(("reseller", "agen", "distributor", "dropshipper"), ("external", "reseller")),
    **dict.fromkeys(("ritel", "retail", "toko"), ("external", "ritel")),
    **dict.fromkeys(("internal", "divisi", "division"), ("internal", "division")),
    **dict.fromkeys(("external", "eksternal"), ("external", "")),
}  # fmt: skip
_YES = frozenset({"ya", "y", "yes", "true", "1", "setuju", "bersedia", "x", "v", "✓", "boleh"})
_NO = frozenset({"", "tidak", "t", "n", "no", "false", "0", "tidak setuju", "-", "tdk"})
_DATE = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_TAG_SPLIT = re.compile(r"[,;|]")
_SPACES = re.compile(r"[^0-9a-z]+")


def _norm_header(text: str) -> str:
    return _SPACES.sub(" ", text.replace("\ufeff", "").lower()).strip()


def guess_mapping(headers: list[str]) -> dict[int, str]:
    """Column index -> customer field, from header names in Indonesian or English.

    A WhatsApp/WA column is the phone when the file has no other phone column.
    """
    found: dict[int, str] = {}
    taken: set[str] = set()
    wa_columns: list[int] = []
    for index, header in enumerate(headers):
        name = _HEADER_TO_FIELD.get(_norm_header(header))
        if name == "whatsapp":
            wa_columns.append(index)
        elif name is not None and name not in taken:
            found[index] = name
            taken.add(name)
    for index in wa_columns:
        name = "whatsapp" if "phone" in taken else "phone"
        if name not in taken:
            found[index] = name
            taken.add(name)
    return dict(sorted(found.items()))


def row_input(cells: dict[str, str]) -> CustomerInput:
    """A CustomerInput from one row's cells (field -> text); raises ValidationError."""
    values: dict[str, Any] = {
        k: v for k, v in cells.items() if k not in _PARSED and k in _INPUT_FIELDS
    }
    kind, category = parse_kind(cells.get("kind", ""), cells.get("category", ""))
    values.update(kind=kind, category=category)
    if cells.get("birth_date"):
        values["birth_date"] = parse_date(cells["birth_date"], "birth_date")
    if cells.get("joined_on"):
        values["joined_on"] = parse_date(cells["joined_on"], "joined_on")
    if "marketing_consent" in cells:
        values["marketing_consent"] = parse_bool(cells["marketing_consent"], "marketing_consent")
    if cells.get("tags"):
        values["tags"] = _TAG_SPLIT.split(cells["tags"])
    if "name" not in values:
        values["name"] = ""
    return CustomerInput(**values)


_PARSED = frozenset({"kind", "category", "birth_date", "joined_on", "marketing_consent", "tags"})
_INPUT_FIELDS = frozenset(CustomerInput.__dataclass_fields__)


def parse_kind(kind_text: str, category_text: str) -> tuple[str, str]:
    """(kind, category) from a Jenis/Kategori/Type cell in Indonesian or English."""
    kind, category = CustomerKind.EXTERNAL.value, ""
    for text, name in ((kind_text, "kind"), (category_text, "category")):
        key = " ".join(text.lower().replace("-", " ").split())
        if not key:
            continue
        found = _KINDS.get(key)
        if found is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Unknown kind of customer: {value} (use perorangan, B2B, reseller, ritel "
                    "or internal).",
                ),
                field=name,
                value=text.strip()[:50],
            )
        if found[0] == CustomerKind.INTERNAL:
            kind, category = found
        elif found[1] and kind == CustomerKind.EXTERNAL:
            category = found[1]
    if kind == CustomerKind.INTERNAL:
        return kind, CustomerCategory.DIVISION.value
    return kind, category or CustomerCategory.PERORANGAN.value


def parse_date(text: str, name: str) -> date:
    """``dd/mm/yyyy`` (also with - or . and without leading zeros) or ISO ``yyyy-mm-dd``."""
    value = text.strip().split(" ")[0]
    try:
        if day_first := _DATE.fullmatch(value):
            return date(int(day_first[3]), int(day_first[2]), int(day_first[1]))
        if iso := _ISO_DATE.fullmatch(value):
            return date(int(iso[1]), int(iso[2]), int(iso[3]))
    except ValueError:
        pass
    raise ValidationError(
        QT_TRANSLATE_NOOP("errors", "Write dates as dd/mm/yyyy, not {value}"),
        field=name,
        value=text.strip()[:40],
    )


def parse_bool(text: str, name: str) -> bool:
    key = text.strip().lower()
    if key in _YES:
        return True
    if key in _NO:
        return False
    raise ValidationError(
        QT_TRANSLATE_NOOP("errors", "Write ya or tidak, not {value}"),
        field=name,
        value=text.strip()[:40],
    )
