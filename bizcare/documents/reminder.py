"""The "Surat Tagihan" PDF (A4): a collection letter in three escalating tones.

Level 1 is a friendly reminder, level 2 a second reminder with a deadline, level 3 the formal
letter announcing further steps. The layout is an Indonesian business letter: kop surat,
Nomor / Lampiran / Perihal with the place and date, "Kepada Yth.", the overdue invoices in a
table, the total in figures and words, how to pay, and the signature.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, KeepTogether, Paragraph, Spacer, Table
from reportlab.platypus import TableStyle as TS

from bizcare.documents.formatting import format_date_long, format_date_short
from bizcare.documents.model import ReminderDoc
from bizcare.documents.page import DocFrame, build_pdf, footer_text
from bizcare.documents.style import (
    ACCENT,
    ACCENT_SOFT,
    FONT,
    FONT_BOLD,
    INK,
    NO_PADDING,
    SHADE,
    VOID,
    esc,
    letterhead,
    money,
    party_lines,
    styles,
)
from bizcare.documents.terbilang import terbilang
from bizcare.documents.text_id import TEXT
from bizcare.documents.textblock import TextBlock

__all__ = ["render_reminder"]


@cache
def _letter_styles() -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    """Letter text (10 pt, justified) and its right-aligned and centred variants."""
    body = ParagraphStyle(
        "letter", parent=styles().body, fontSize=10, leading=14.5, alignment=TA_JUSTIFY
    )
    right = ParagraphStyle("letter_right", parent=body, alignment=TA_RIGHT)
    center = ParagraphStyle("letter_center", parent=body, alignment=TA_CENTER)
    return body, right, center


def _corner(doc: ReminderDoc) -> list[Flowable]:
    """The title, and for levels 2 and 3 a coloured badge saying how late in the process."""
    st = styles()
    wording = TEXT.reminder(doc.level)
    out: list[Flowable] = [TextBlock(TEXT.reminder_title, st.doc_title)]
    if wording.badge:
        colour = VOID if doc.level >= 3 else ACCENT
        badge = ParagraphStyle("badge", parent=st.receipt_number, textColor=colour)
        out += [Spacer(1, 1.5 * mm), TextBlock(wording.badge, badge)]
    return out


def _reference(doc: ReminderDoc, width: float) -> Table:
    """Nomor / Lampiran / Perihal on the left, place and date on the right."""
    lh = doc.letterhead
    place_date = format_date_long(doc.on)
    if lh.city:
        place_date = TEXT.place_date.format(place=lh.city, date=place_date)
    subject = TEXT.reminder(doc.level).subject
    rows = [
        [
            TEXT.number,
            ":",
            doc.letter_number or TEXT.nil,
            TextBlock(place_date, _letter_styles()[1]),
        ],
        [TEXT.attachment, ":", TEXT.nil, ""],
        [TEXT.subject, ":", subject, ""],
    ]
    return Table(
        rows,
        colWidths=[20 * mm, 4 * mm, width - 84 * mm, 60 * mm],
        style=TS(
            [
                *NO_PADDING,
                ("FONT", (0, 0), (-1, -1), FONT, 10, 14),
                ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                ("FONT", (2, 2), (2, 2), FONT_BOLD, 10, 14),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        ),
    )


def _invoices(doc: ReminderDoc, width: float) -> Table:
    """The overdue invoices, their lateness, and the total to pay."""
    lh = doc.letterhead
    head: list[object] = [
        TEXT.col_no,
        TEXT.col_invoice_number,
        TEXT.col_issue_date,
        TEXT.col_due_date,
        TEXT.col_late,
        TEXT.col_total,
        TEXT.col_outstanding,
    ]
    rows: list[list[object]] = [head]
    for index, (number, issued, due, total, outstanding) in enumerate(doc.invoices, start=1):
        late = (doc.on - due).days
        rows.append(
            [
                str(index),
                number,
                format_date_short(issued),
                format_date_short(due),
                TEXT.days_late.format(days=late) if late > 0 else TEXT.nil,
                money(total, lh),
                money(outstanding, lh),
            ]
        )
    rows.append([TEXT.total_outstanding, "", "", "", "", "", money(doc.total_outstanding, lh)])
    fixed = [8 * mm, 24 * mm, 24 * mm, 20 * mm, 30 * mm, 32 * mm]
    widths = [fixed[0], width - sum(fixed), *fixed[1:]]
    return Table(
        rows,
        colWidths=widths,
        repeatRows=1,
        style=TS(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 9, 11.5),
                ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                ("FONT", (0, 0), (-1, 0), FONT_BOLD, 8.5, 11),
                ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
                ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, SHADE]),
                ("ALIGN", (0, 0), (0, -1), "CENTER"),
                ("ALIGN", (4, 0), (-1, -1), "RIGHT"),
                ("SPAN", (0, -1), (5, -1)),
                ("ALIGN", (0, -1), (5, -1), "RIGHT"),
                ("FONT", (0, -1), (-1, -1), FONT_BOLD, 9.5, 12),
                ("TEXTCOLOR", (0, -1), (-1, -1), ACCENT),
                ("BACKGROUND", (0, -1), (-1, -1), ACCENT_SOFT),
                ("LINEABOVE", (0, -1), (-1, -1), 1, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
            ]
        ),
    )


def _signature(doc: ReminderDoc, width: float) -> Table:
    st = styles()
    center = _letter_styles()[2]
    lh = doc.letterhead
    cells: list[list[object]] = [
        [TEXT.regards],
        [TextBlock(lh.name, center)],
        [
            [
                HRFlowable(width=width - 16 * mm, thickness=0.7, color=INK, spaceAfter=2),
                TextBlock(lh.signatory_name, st.signature_name),
            ]
        ],
    ]
    if lh.signatory_title:
        cells.append([TextBlock(lh.signatory_title, center)])
    return Table(
        cells,
        colWidths=[width],
        hAlign="RIGHT",
        style=TS(
            [
                *NO_PADDING,
                ("FONT", (0, 0), (-1, -1), FONT, 10, 14),
                ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("BOTTOMPADDING", (0, 1), (0, 1), 20 * mm),
            ]
        ),
    )


def render_reminder(doc: ReminderDoc) -> bytes:
    """The collection letter for ``doc.level``; identical input gives identical bytes."""
    st = styles()
    letter = _letter_styles()[0]
    lh = doc.letterhead
    wording = TEXT.reminder(doc.level)
    number = doc.letter_number or format_date_long(doc.on)
    frame = DocFrame(
        pagesize=A4,
        left=20 * mm,
        right=20 * mm,
        top=14 * mm,
        bottom=20 * mm,
        later_top=24 * mm,
        title=f"{TEXT.reminder_title} {number}",
        author=lh.name,
        footer_left=footer_text(lh.name, f"{TEXT.reminder_title} {number}"),
        running_header=TEXT.continued.format(title=TEXT.reminder_title, number=number),
    )
    width = frame.width
    words = terbilang(doc.total_outstanding, rupiah=True, capitalize=True)
    story: list[Flowable] = [
        letterhead(lh, width, _corner(doc)),
        Spacer(1, 4 * mm),
        HRFlowable(width="100%", thickness=1.2, color=ACCENT, spaceAfter=5 * mm),
        _reference(doc, width),
        Spacer(1, 6 * mm),
        TextBlock(TEXT.to, st.label),
        *party_lines(doc.customer),
        Spacer(1, 7 * mm),
        TextBlock(TEXT.salutation, letter),
        Spacer(1, 2.5 * mm),
        Paragraph(wording.opening, letter),
        Spacer(1, 4 * mm),
        _invoices(doc, width),
        Spacer(1, 2.5 * mm),
        Paragraph(f"<b>{TEXT.in_words}:</b> {esc(words)}", st.small),
        Spacer(1, 5 * mm),
        Paragraph(wording.request, letter),
    ]
    if doc.payment_instructions.strip():
        story += [
            Spacer(1, 4 * mm),
            TextBlock(TEXT.payment, st.heading),
            TextBlock(doc.payment_instructions, letter),
        ]
    story += [
        Spacer(1, 4 * mm),
        Paragraph(wording.closing, letter),
        Spacer(1, 8 * mm),
        KeepTogether(_signature(doc, 70 * mm)),
    ]
    return build_pdf(story, frame)
