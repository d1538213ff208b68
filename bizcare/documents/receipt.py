"""The kuitansi PDF (A5 landscape): what was received, from whom, for what, signed.

Everything printed comes frozen from the kuitansi row (words, purpose, place, signatory,
whether stamp duty applies), so a reprint years later is the same paper. The amount in words
sits in a hatched, framed box between guard marks, the classic defence against somebody
writing "dua" in front of "juta" afterwards.
"""

from __future__ import annotations

from reportlab.lib.pagesizes import A5, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, HRFlowable, Paragraph, Spacer, Table
from reportlab.platypus import TableStyle as TS
from reportlab.platypus.flowables import TopPadder

from bizcare.documents.formatting import format_date_long
from bizcare.documents.model import ReceiptDoc
from bizcare.documents.page import DocFrame, build_pdf, draw_stamp, footer_text
from bizcare.documents.style import (
    ACCENT,
    ACCENT_SOFT,
    FONT,
    FONT_BOLD,
    INK,
    MUTED,
    NO_PADDING,
    RULE,
    SHADE,
    VOID,
    letterhead,
    money,
    styles,
)
from bizcare.documents.text_id import TEXT
from bizcare.documents.textblock import TextBlock

__all__ = ["render_receipt"]

_PAGE = landscape(A5)
_GUARD = "#"


class _GuardedBox(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
    """A paragraph on a shaded, finely hatched panel inside a double frame.

    Hatching under the words makes erasing or squeezing in a word visible.
    """

    def __init__(self, content: Paragraph, padding: float = 5) -> None:
        super().__init__()
        self.content = content
        self.padding = padding

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        _, h = self.content.wrap(aw - 2 * self.padding, ah)
        self.width, self.height = aw, h + 2 * self.padding
        return self.width, self.height

    def draw(self) -> None:
        c: Canvas = self.canv
        w, h = self.width, self.height
        c.saveState()
        c.setFillColor(SHADE)
        c.rect(0, 0, w, h, stroke=0, fill=1)
        path = c.beginPath()
        step = 3.2
        x = -h
        while x < w:
            path.moveTo(max(x, 0), max(-x, 0))
            end = min(x + h, w)
            path.lineTo(end, end - x)
            x += step
        c.setStrokeColor(RULE)
        c.setStrokeAlpha(0.45)
        c.setLineWidth(0.3)
        c.drawPath(path, stroke=1, fill=0)
        c.setStrokeAlpha(1)
        c.setStrokeColor(ACCENT)
        c.setLineWidth(1.2)
        c.rect(0, 0, w, h, stroke=1, fill=0)
        c.setLineWidth(0.4)
        c.rect(2, 2, w - 4, h - 4, stroke=1, fill=0)
        c.restoreState()
        self.content.drawOn(c, self.padding, self.padding)


class _MeteraiBox(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
    """The dashed place where the stamp-duty label (meterai) is stuck and signed over."""

    def __init__(self, value_text: str, width: float = 32 * mm, height: float = 18 * mm) -> None:
        super().__init__()
        self.value_text = value_text
        self.width, self.height = width, height
        self.hAlign = "CENTER"

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c: Canvas = self.canv
        c.saveState()
        c.setStrokeColor(MUTED)
        c.setLineWidth(0.7)
        c.setDash(2.5, 2)
        c.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        c.setFillColor(MUTED)
        c.setFont(FONT_BOLD, 8.5)
        c.drawCentredString(self.width / 2, self.height / 2 + 1.5, TEXT.meterai)
        c.setFont(FONT, 8.5)
        c.drawCentredString(self.width / 2, self.height / 2 - 9, self.value_text)
        c.restoreState()


def _corner(doc: ReceiptDoc) -> list[Flowable]:
    st = styles()
    return [
        TextBlock(TEXT.receipt_title, st.doc_title),
        Spacer(1, 1.5 * mm),
        TextBlock(f"{TEXT.receipt_number} {doc.number}", st.receipt_number),
    ]


def _words(doc: ReceiptDoc) -> _GuardedBox:
    """The amount in words exactly as stored at issue, between guard marks."""
    words = doc.amount_words.strip()
    if not words.startswith(_GUARD):
        words = f"{_GUARD} {words} {_GUARD}"
    return _GuardedBox(TextBlock(words, styles().words), padding=6)


def _body(doc: ReceiptDoc, width: float) -> Table:
    """Sudah terima dari / Uang sejumlah / Untuk pembayaran, label : value."""
    st = styles()
    rows: list[list[object]] = [
        [TEXT.received_from, ":", TextBlock(doc.received_from, st.receipt_payer)],
        [TEXT.amount_in_words, ":", _words(doc)],
        [TEXT.purpose, ":", TextBlock(doc.purpose, st.body)],
    ]
    if doc.method:
        rows.append([TEXT.method, ":", TextBlock(doc.method, st.body)])
    label_w, colon_w = 35 * mm, 4 * mm
    return Table(
        rows,
        colWidths=[label_w, colon_w, width - label_w - colon_w],
        splitInRow=1,
        style=TS(
            [
                *NO_PADDING,
                ("FONT", (0, 0), (1, -1), FONT, 9.5, 13),
                ("TEXTCOLOR", (0, 0), (1, -1), MUTED),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("VALIGN", (0, 1), (1, 1), "MIDDLE"),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.6 * mm),
                ("TOPPADDING", (0, 0), (1, 0), 1.5),
            ]
        ),
    )


def _amount_box(doc: ReceiptDoc) -> list[Flowable]:
    """ "Rp5.000.001,-" in a heavy frame, and the loyalty points earned, if any."""
    st = styles()
    amount = money(doc.amount, doc.letterhead, dash=True)
    box_w = max(72 * mm, stringWidth(amount, FONT_BOLD, 18) + 24)
    box = Table(
        [[amount]],
        colWidths=[box_w],
        hAlign="LEFT",
        style=TS(
            [
                ("FONT", (0, 0), (-1, -1), FONT_BOLD, 18, 22),
                ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                ("BACKGROUND", (0, 0), (-1, -1), ACCENT_SOFT),
                ("BOX", (0, 0), (-1, -1), 1.6, ACCENT),
                ("INNERGRID", (0, 0), (-1, -1), 0, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 9),
                ("TOPPADDING", (0, 0), (-1, -1), 9),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 11),
            ]
        ),
    )
    out: list[Flowable] = [box]
    if doc.points_earned > 0:
        points = TEXT.points_earned.format(points=f"{doc.points_earned:,}".replace(",", "."))
        out += [Spacer(1, 2.5 * mm), TextBlock(points, st.muted)]
    if doc.void:
        out += [Spacer(1, 2.5 * mm), TextBlock(TEXT.receipt_void, st.warning)]
    return out


def _signature(doc: ReceiptDoc, width: float) -> list[Flowable]:
    """Place and date; the meterai box exactly when the service said so; the name."""
    st = styles()
    place_date = format_date_long(doc.issued_on)
    if doc.place:
        place_date = TEXT.place_date.format(place=doc.place, date=place_date)
    out: list[Flowable] = [
        TextBlock(place_date, st.cell_center),
        TextBlock(TEXT.receiver, st.cell_center),
        Spacer(1, 3 * mm),
    ]
    if doc.meterai_required:
        out.append(_MeteraiBox(money(doc.meterai_value, doc.letterhead)))
        out.append(Spacer(1, 3 * mm))
    else:
        out.append(Spacer(1, 26 * mm))
    out += [
        HRFlowable(width=width - 12 * mm, thickness=0.7, color=INK, spaceAfter=2),
        TextBlock(doc.signatory, st.signature_name),
    ]
    return out


def render_receipt(doc: ReceiptDoc) -> bytes:
    """The kuitansi as handed over, A5 landscape; identical input gives identical bytes."""
    lh = doc.letterhead
    frame = DocFrame(
        pagesize=_PAGE,
        left=13 * mm,
        right=13 * mm,
        top=10 * mm,
        bottom=12 * mm,
        footer_offset=3.8 * mm,
        title=f"{TEXT.receipt_title} {doc.number}",
        author=lh.name,
        footer_left=footer_text(lh.name, f"{TEXT.receipt_title} {doc.number}"),
        number_single_page=False,
    )
    width = frame.width
    sign_w = 64 * mm
    bottom = Table(
        [[_amount_box(doc), _signature(doc, sign_w)]],
        colWidths=[width - sign_w, sign_w],
        style=TS(
            [
                *NO_PADDING,
                ("VALIGN", (0, 0), (0, 0), "BOTTOM"),
                ("VALIGN", (1, 0), (1, 0), "TOP"),
                ("ALIGN", (1, 0), (1, 0), "CENTER"),  # the meterai box under the date
            ]
        ),
    )
    story: list[Flowable] = [
        letterhead(lh, width, _corner(doc), compact=True, right_share=0.36),
        Spacer(1, 2.5 * mm),
        HRFlowable(width="100%", thickness=1.2, color=ACCENT, spaceAfter=5 * mm),
        _body(doc, width),
        Spacer(1, 2 * mm),
        TopPadder(bottom),  # amount and signature sit at the foot of the slip
    ]
    return build_pdf(story, frame, under=_border, over=_void_stamp if doc.void else None)


def _border(canv: Canvas) -> None:
    """A thin double rule around the kuitansi, as on a printed receipt book."""
    w, h = _PAGE
    canv.saveState()
    canv.setStrokeColor(ACCENT)
    canv.setLineWidth(1)
    canv.rect(6 * mm, 6 * mm, w - 12 * mm, h - 12 * mm, stroke=1, fill=0)
    canv.setLineWidth(0.35)
    canv.rect(7.3 * mm, 7.3 * mm, w - 14.6 * mm, h - 14.6 * mm, stroke=1, fill=0)
    canv.restoreState()


def _void_stamp(canv: Canvas, page: int, pages: int) -> None:
    w, h = _PAGE
    draw_stamp(canv, TEXT.stamp_void, VOID, w / 2, h / 2 - 8 * mm, size=44, angle=16)
