"""The shared look of every BizCare document: fonts, colours, paragraph styles, letterhead.

Fonts are the shipped Liberation Sans TTFs (metric-compatible with Arial, SIL OFL), so a PDF
looks the same on every machine and every Indonesian letter prints. Registering a TTF parses
the whole file, and building styles is not free either, so both happen once per process
(``functools.cache``); a render only lays out.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import cache, lru_cache
from io import BytesIO
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Table, TableStyle

from bizcare.config import resource
from bizcare.documents.formatting import format_number, format_rupiah
from bizcare.documents.model import Letterhead, Party
from bizcare.documents.text_id import TEXT
from bizcare.documents.textblock import TextBlock, clean_text
from bizcare.domain.validation import format_npwp, format_phone

__all__ = [
    "ACCENT",
    "ACCENT_SOFT",
    "FONT",
    "FONT_BOLD",
    "FONT_BOLD_ITALIC",
    "FONT_ITALIC",
    "INK",
    "MUTED",
    "NO_PADDING",
    "PAID",
    "RULE",
    "SHADE",
    "VOID",
    "Styles",
    "esc",
    "format_quantity",
    "letterhead",
    "logo_reader",
    "money",
    "party_lines",
    "register_fonts",
    "styles",
]

log = logging.getLogger(__name__)

FONT = "BizSans"
FONT_BOLD = "BizSans-Bold"
FONT_ITALIC = "BizSans-Italic"
FONT_BOLD_ITALIC = "BizSans-BoldItalic"

_FONT_FILES = {
    FONT: "LiberationSans-Regular.ttf",
    FONT_BOLD: "LiberationSans-Bold.ttf",
    FONT_ITALIC: "LiberationSans-Italic.ttf",
    FONT_BOLD_ITALIC: "LiberationSans-BoldItalic.ttf",
}

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#616e7c")
ACCENT = colors.HexColor("#0b4f6c")
ACCENT_SOFT = colors.HexColor("#e7eff3")
RULE = colors.HexColor("#c5cdd5")
SHADE = colors.HexColor("#f3f5f7")
PAID = colors.HexColor("#1e7b34")
VOID = colors.HexColor("#c0392b")
#: The faint diagonal word over a draft.
WATERMARK = colors.HexColor("#9aa5b1")

NO_PADDING = [
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
]
"""Table style commands for a layout table whose cells touch their neighbours."""


@cache
def register_fonts() -> None:
    """Register the four Liberation Sans faces as one family, once per process."""
    # Binary streams instead of ASCII85: every PDF reader takes them, and ReportLab's
    # ASCII85 encoder is pure Python (a third of the time to save a logo-bearing invoice).
    rl_config.useA85 = 0
    folder = resource("fonts")
    for name, filename in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
    )


@dataclass(frozen=True)
class Styles:
    """The paragraph styles documents share (built once, see :func:`styles`)."""

    body: ParagraphStyle
    body_bold: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    business: ParagraphStyle
    business_compact: ParagraphStyle
    doc_title: ParagraphStyle
    label: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    words: ParagraphStyle
    heading: ParagraphStyle
    signature_name: ParagraphStyle
    warning: ParagraphStyle
    receipt_number: ParagraphStyle
    receipt_payer: ParagraphStyle


@cache
def styles() -> Styles:
    """The shared styles; registers the fonts first."""
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13, textColor=INK)

    def make(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    cell = make("cell", fontSize=9, leading=11.5)
    return Styles(
        body=base,
        body_bold=make("body_bold", fontName=FONT_BOLD),
        small=make("small", fontSize=8.5, leading=11),
        muted=make("muted", fontSize=8.5, leading=11, textColor=MUTED),
        business=make("business", fontName=FONT_BOLD, fontSize=15, leading=18, textColor=ACCENT),
        business_compact=make(
            "business_compact", fontName=FONT_BOLD, fontSize=12.5, leading=15, textColor=ACCENT
        ),
        doc_title=make(
            "doc_title",
            fontName=FONT_BOLD,
            fontSize=22,
            leading=26,
            alignment=TA_RIGHT,
            textColor=ACCENT,
        ),
        label=make("label", fontSize=9, leading=12, textColor=MUTED),
        cell=cell,
        cell_center=ParagraphStyle("cell_center", parent=cell, alignment=TA_CENTER),
        words=make("words", fontName=FONT_BOLD_ITALIC, fontSize=12, leading=15.5),
        heading=make("heading", fontName=FONT_BOLD, fontSize=9, leading=12, textColor=ACCENT),
        signature_name=make("signature_name", fontName=FONT_BOLD, alignment=TA_CENTER),
        warning=make("warning", fontName=FONT_BOLD, fontSize=9, leading=12, textColor=VOID),
        receipt_number=make(
            "receipt_number", fontName=FONT_BOLD, fontSize=10.5, leading=13, alignment=TA_RIGHT
        ),
        receipt_payer=make("receipt_payer", fontName=FONT_BOLD, fontSize=11, leading=14),
    )


def esc(text: str) -> str:
    """User text made safe for a Paragraph: markup escaped, line breaks kept.

    ``PT Maju & Jaya <Tbk>`` must print as typed, not as markup; quotes are left alone
    because Paragraph text is element content, not an attribute.
    """
    return escape(clean_text(text)).replace("\n", "<br/>")


def money(amount: int, head: Letterhead, *, dash: bool = False) -> str:
    """Rupiah as the business prints it ("Rp1.250.000" or "Rp 1.250.000")."""
    return format_rupiah(amount, spaced=head.rupiah_spaced, dash=dash)


def format_quantity(quantity: Decimal) -> str:
    """Indonesian quantity: thousands with dots, decimals with a comma ("1.250", "2,5")."""
    exact = quantity.quantize(Decimal("0.001"), rounding=ROUND_HALF_UP)
    whole, _, fraction = format(abs(exact), "f").partition(".")
    text = format_number(int(whole))
    fraction = fraction.rstrip("0")
    if fraction:
        text += "," + fraction
    return f"-{text}" if exact < 0 else text


_LOGO_MAX_PX = 320  # 22 mm at ~370 dpi: sharp in print, cheap to embed


@lru_cache(maxsize=8)
def logo_reader(png: bytes) -> ImageReader | None:
    """The logo prepared once for print: flattened on white, at most 320 px, as JPEG.

    An owner may upload a 2 MB, 3000 px logo; embedding that raw would cost every render a
    large zlib pass. A small JPEG is passed into the PDF as is. The result is cached, so
    reprinting many documents decodes the logo once. A logo that cannot be read is left off
    rather than refusing to print the invoice.
    """
    from PIL import Image

    try:
        with Image.open(BytesIO(png)) as source:
            source.load()
            image = source.convert("RGBA")
    except Exception:  # PIL raises many types for a damaged image; the logo is optional
        log.warning("The business logo cannot be read; printing without it.", exc_info=True)
        return None
    image.thumbnail((_LOGO_MAX_PX, _LOGO_MAX_PX), Image.Resampling.LANCZOS)
    flat = Image.new("RGB", image.size, "white")
    flat.paste(image, mask=image.getchannel("A"))
    buffer = BytesIO()
    flat.save(buffer, "JPEG", quality=94, subsampling=0, optimize=False)
    return _PreparedLogo(buffer.getvalue())


class _PreparedLogo(ImageReader):  # type: ignore[misc]  # ReportLab ships no type hints
    """A cached JPEG logo shared by documents rendered at the same time (export worker and
    preview): its pixels are decoded once up front, and every document reads the JPEG
    through its own file handle instead of one shared, seekable buffer."""

    def __init__(self, jpeg: bytes) -> None:
        super().__init__(BytesIO(jpeg))
        self._jpeg = jpeg
        self.getRGBData()  # fills the read-only pixel cache before anyone shares it

    def jpeg_fh(self) -> BytesIO:
        return BytesIO(self._jpeg)


class _Logo(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
    """The business logo scaled into a box, keeping its proportions."""

    def __init__(self, reader: ImageReader, box_w: float, box_h: float) -> None:
        super().__init__()
        iw, ih = reader.getSize()
        scale = min(box_w / iw, box_h / ih)
        self.reader = reader
        self.width, self.height = iw * scale, ih * scale

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.drawImage(self.reader, 0, 0, self.width, self.height)


def _business_lines(head: Letterhead, st: Styles, compact: bool) -> list[Flowable]:
    """Name, address, contact and NPWP as stacked paragraphs."""
    lines: list[Flowable] = [TextBlock(head.name, st.business_compact if compact else st.business)]
    address = head.address.strip()
    city = head.city.strip()
    if city and city.lower() not in address.lower():
        address = f"{address}, {city}" if address else city
    if address:
        lines.append(TextBlock(address, st.muted))
    contact = []
    if head.phone:
        contact.append(f"{TEXT.phone} {format_phone(head.phone)}")
    if head.email:
        contact.append(head.email)
    if contact:
        lines.append(TextBlock(" · ".join(contact), st.muted))
    if head.npwp:
        lines.append(TextBlock(f"{TEXT.npwp} {format_npwp(head.npwp)}", st.muted))
    return lines


def letterhead(
    head: Letterhead,
    width: float,
    right: Sequence[Flowable],
    *,
    compact: bool = False,
    right_share: float = 0.42,
) -> Table:
    """The business block (logo, name, address, phone, NPWP) with ``right`` beside it.

    ``right`` is the document's own corner: its title and number. ``compact`` is for the
    A5 kuitansi, where the logo and the type are smaller.
    """
    st = styles()
    text = _business_lines(head, st, compact)
    left: Flowable | list[Flowable] = text
    reader = logo_reader(head.logo_png) if head.logo_png else None
    left_w = width * (1 - right_share)
    if reader is not None:
        box = (16 if compact else 22) * mm
        logo = _Logo(reader, box, box)
        gap = 4 * mm
        inner = Table(
            [[logo, text]],
            colWidths=[logo.width + gap, left_w - logo.width - gap],
            style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), *NO_PADDING]),
        )
        left = inner
    return Table(
        [[left, list(right)]],
        colWidths=[left_w, width * right_share],
        style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), *NO_PADDING]),
    )


def party_lines(party: Party) -> list[Flowable]:
    """The addressee as it goes on the envelope: name, company, address, city, phone."""
    st = styles()
    out: list[Flowable] = [TextBlock(party.name, st.body_bold)]
    if party.company and party.company != party.name:
        out.append(TextBlock(party.company, st.body))
    address = party.address.strip()
    if party.city and party.city.lower() not in address.lower():
        address = f"{address}\n{party.city}" if address else party.city
    if address:
        out.append(TextBlock(address, st.body))
    if party.phone:
        out.append(TextBlock(f"{TEXT.phone} {format_phone(party.phone)}", st.body))
    return out
