"""The invoice PDF (A4): letterhead, addressee, lines, totals, terbilang, signature, stamp.

The renderer lays out an :class:`~bizcare.documents.model.InvoiceDoc` and decides nothing
about money: every figure arrives computed by the billing service and is only formatted.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, HRFlowable, KeepTogether, Paragraph, Spacer, Table
from reportlab.platypus import TableStyle as TS

from bizcare.documents.formatting import format_date_long
from bizcare.documents.model import InvoiceDoc
from bizcare.documents.page import DocFrame, Stamp, build_pdf, draw_watermark, footer_text
from bizcare.documents.style import (
    ACCENT,
    ACCENT_SOFT,
    FONT,
    FONT_BOLD,
    INK,
    MUTED,
    NO_PADDING,
    PAID,
    RULE,
    SHADE,
    VOID,
    esc,
    format_quantity,
    letterhead,
    money,
    party_lines,
    styles,
)
from bizcare.documents.text_id import TEXT
from bizcare.documents.textblock import TextBlock

__all__ = ["render_invoice"]

_TOTALS_W = 86 * mm
_STAMP_COLOURS = {TEXT.stamp_paid: PAID, TEXT.stamp_void: VOID}


def _doc_corner(doc: InvoiceDoc) -> list[Flowable]:
    """ "INVOICE" and the Nomor / Tanggal / Jatuh Tempo block, top right."""
    st = styles()
    rows = [
        [TEXT.number, doc.number or f"{TEXT.draft} {TEXT.draft_number}"],
        [TEXT.date, format_date_long(doc.issue_date)],
        [TEXT.due, format_date_long(doc.due_date)],
    ]
    if doc.customer.code:
        rows.append([TEXT.customer_code, doc.customer.code])
    meta = Table(
        rows,
        colWidths=[26 * mm, 45 * mm],
        hAlign="RIGHT",
        style=TS(
            [
                *NO_PADDING,
                ("FONT", (0, 0), (0, -1), FONT, 9, 12),
                ("TEXTCOLOR", (0, 0), (0, -1), MUTED),
                ("FONT", (1, 0), (1, -1), FONT, 9, 12),
                ("TEXTCOLOR", (1, 0), (1, -1), INK),
                ("FONT", (1, 0), (1, 0), FONT_BOLD, 9, 12),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        ),
    )
    return [TextBlock(TEXT.invoice_title, st.doc_title), Spacer(1, 2.5 * mm), meta]


def _lines_table(doc: InvoiceDoc, width: float) -> Table:
    """The lines; the header row repeats at the top of every page."""
    st = styles()
    fixed = [8 * mm, 13 * mm, 15 * mm, 27 * mm, 23 * mm, 30 * mm]
    widths = [fixed[0], width - sum(fixed), *fixed[1:]]
    head: list[object] = [
        TEXT.col_no,
        TEXT.col_description,
        TEXT.col_quantity,
        TEXT.col_unit,
        TEXT.col_unit_price,
        TEXT.col_discount,
        TEXT.col_amount,
    ]
    lh = doc.letterhead
    rows: list[list[object]] = [head]
    for index, line in enumerate(doc.lines, start=1):
        rows.append(
            [
                str(index),
                TextBlock(line.description, st.cell),
                format_quantity(line.quantity),
                line.unit,
                money(line.unit_price, lh),
                money(line.discount, lh) if line.discount else TEXT.nil,
                money(line.amount, lh),
            ]
        )
    style = TS(
        [
            ("FONT", (0, 1), (-1, -1), FONT, 9, 11.5),
            ("TEXTCOLOR", (0, 1), (-1, -1), INK),
            ("FONT", (0, 0), (-1, 0), FONT_BOLD, 8.5, 11),
            ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, SHADE]),
            ("LINEBELOW", (0, -1), (-1, -1), 0.8, ACCENT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("ALIGN", (0, 0), (0, -1), "CENTER"),
            ("ALIGN", (2, 0), (2, -1), "RIGHT"),
            ("ALIGN", (4, 0), (-1, -1), "RIGHT"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, 0), 5),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 5.5),
        ]
    )
    return Table(rows, colWidths=widths, repeatRows=1, splitInRow=1, style=style)


def _totals(doc: InvoiceDoc, width: float) -> Table:
    """Subtotal … TOTAL on the right; the LUNAS/BATAL stamp in the space to their left."""
    lh = doc.letterhead
    rows: list[tuple[str, str]] = [
        (TEXT.subtotal, money(doc.subtotal, lh)),
        (TEXT.discount, money(doc.discount, lh) if doc.discount else TEXT.nil),
    ]
    if doc.ppn_label:
        rows += [(TEXT.dpp, money(doc.dpp, lh)), (doc.ppn_label, money(doc.ppn, lh))]
    if doc.voucher_discount:
        rows.append((TEXT.voucher_discount.format(code=doc.voucher_code),
                     "−" + money(doc.voucher_discount, lh)))
    if doc.points_discount:
        points = f"{doc.points_redeemed:,}".replace(",", ".")
        rows.append((TEXT.points_discount.format(points=points),
                     "−" + money(doc.points_discount, lh)))
    total_row = len(rows)
    rows.append((TEXT.total, money(doc.total, lh)))
    if doc.paid:
        rows += [
            (TEXT.paid, money(doc.paid, lh)),
            (TEXT.balance, money(max(doc.total - doc.paid, 0), lh)),
        ]
    figures = Table(
        rows,
        colWidths=[46 * mm, _TOTALS_W - 46 * mm],
        hAlign="RIGHT",
        style=TS(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 9.5, 13),
                ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("BACKGROUND", (0, total_row), (-1, total_row), ACCENT_SOFT),
                ("LINEABOVE", (0, total_row), (-1, total_row), 1, ACCENT),
                ("FONT", (0, total_row), (0, total_row), FONT_BOLD, 9.5, 14),
                ("FONT", (1, total_row), (1, total_row), FONT_BOLD, 11.5, 14),
                ("TEXTCOLOR", (0, total_row), (-1, total_row), ACCENT),
                ("TOPPADDING", (0, total_row), (-1, total_row), 4.5),
                ("BOTTOMPADDING", (0, total_row), (-1, total_row), 5.5),
                ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
            ]
        ),
    )
    left: Flowable = Spacer(1, 1)
    if doc.status_stamp:
        colour = _STAMP_COLOURS.get(doc.status_stamp, INK)
        left = Stamp(doc.status_stamp, colour, height=26 * mm, size=30)
    return Table(
        [[left, figures]],
        colWidths=[width - _TOTALS_W, _TOTALS_W],
        style=TS([*NO_PADDING, ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]),
    )


def _signature(doc: InvoiceDoc, width: float) -> Table:
    """Place and date, "Hormat kami,", room to sign, the signatory's name and title."""
    st = styles()
    lh = doc.letterhead
    place_date = format_date_long(doc.issue_date)
    if lh.city:
        place_date = TEXT.place_date.format(place=lh.city, date=place_date)
    rows: list[list[object]] = [
        [TextBlock(place_date, st.cell_center)],
        [TEXT.regards],
        [
            [
                HRFlowable(width=width - 16 * mm, thickness=0.7, color=INK, spaceAfter=2),
                TextBlock(lh.signatory_name, st.signature_name),
            ]
        ],
    ]
    if lh.signatory_title:
        rows.append([TextBlock(lh.signatory_title, st.cell_center)])
    return Table(
        rows,
        colWidths=[width],
        style=TS(
            [
                *NO_PADDING,
                ("FONT", (0, 0), (-1, -1), FONT, 9.5, 13),
                ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("BOTTOMPADDING", (0, 1), (0, 1), 22 * mm),
            ]
        ),
    )


_SIDE_BY_SIDE_MAX = 90 * mm  # payment and notes taller than this flow on their own


def _closing(doc: InvoiceDoc, width: float) -> list[Flowable]:
    """Terbilang across the page; payment and notes left, the signature right.

    Kept together on one page. Notes too long for that (a pasted contract) flow across pages
    on their own, with the signature after them, so a print never fails on long text.
    """
    st = styles()
    words = Paragraph(f"<b>{TEXT.in_words}:</b> {esc(doc.total_words)}", st.body)
    info: list[Flowable] = []
    for heading, text in ((TEXT.payment, doc.payment_instructions), (TEXT.notes, doc.notes)):
        if text.strip():
            if info:
                info.append(Spacer(1, 3 * mm))
            info += [TextBlock(heading, st.heading), TextBlock(text, st.small)]
    sign_w = 64 * mm
    info_w = width - sign_w - 24
    tall = sum(f.wrap(info_w, _SIDE_BY_SIDE_MAX)[1] for f in info) > _SIDE_BY_SIDE_MAX
    signature = _signature(doc, sign_w)
    rows: list[list[object]] = [[words, ""]]
    if not tall:
        rows.append([info or "", signature])
    table = Table(
        rows,
        colWidths=[width - sign_w, sign_w],
        style=TS(
            [
                ("SPAN", (0, 0), (1, 0)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (1, 0), SHADE),
                ("LINEBEFORE", (0, 0), (0, 0), 2.5, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, 0), 7),
                ("TOPPADDING", (0, 0), (-1, 0), 5),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 6),
                ("LEFTPADDING", (0, 1), (-1, 1), 0),
                ("RIGHTPADDING", (0, 1), (-1, 1), 0),
                ("RIGHTPADDING", (0, 1), (0, 1), 24),
                ("TOPPADDING", (0, 1), (-1, 1), 6 * mm),
                ("BOTTOMPADDING", (0, 1), (-1, 1), 0),
            ]
        ),
    )
    if not tall:
        return [KeepTogether([table])]
    signature.hAlign = "RIGHT"
    return [table, Spacer(1, 6 * mm), *info, Spacer(1, 8 * mm), KeepTogether([signature])]


def render_invoice(doc: InvoiceDoc) -> bytes:
    """The invoice as printed, A4, Indonesian; identical input gives identical bytes."""
    st = styles()
    lh = doc.letterhead
    number = doc.number or TEXT.draft
    frame = DocFrame(
        pagesize=A4,
        left=16 * mm,
        right=16 * mm,
        top=14 * mm,
        bottom=20 * mm,
        later_top=24 * mm,
        title=f"{TEXT.invoice_title} {number}",
        author=lh.name,
        footer_left=footer_text(lh.name, f"{TEXT.invoice_title} {number}"),
        running_header=TEXT.continued.format(title=TEXT.invoice_title, number=number),
    )
    width = frame.width
    addressee = [TextBlock(TEXT.to, st.label), *party_lines(doc.customer)]
    story: list[Flowable] = [
        letterhead(lh, width, _doc_corner(doc)),
        Spacer(1, 4 * mm),
        HRFlowable(width="100%", thickness=1.2, color=ACCENT, spaceAfter=5 * mm),
        *addressee,
    ]
    if doc.void_reason and doc.status_stamp == TEXT.stamp_void:
        reason = TEXT.void_reason.format(reason=doc.void_reason)
        story += [Spacer(1, 3 * mm), TextBlock(reason, st.warning)]
    story += [
        Spacer(1, 6 * mm),
        _lines_table(doc, width),
        Spacer(1, 3 * mm),
        _totals(doc, width),
        Spacer(1, 6 * mm),
        *_closing(doc, width),
    ]
    over = None if doc.number else _draft_watermark
    return build_pdf(story, frame, over=over)


def _draft_watermark(canv: Canvas, page: int, pages: int) -> None:
    draw_watermark(canv, TEXT.draft, A4)
