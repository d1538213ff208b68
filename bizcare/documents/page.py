"""The page frame every document shares: margins, "Halaman X dari Y", watermark, stamps.

"Halaman X dari Y" needs the page count before the first page is finished. Instead of
building the document twice (``multiBuild``), the canvas keeps each finished page's state and
paints the footer on all of them at ``save()``, when the count is known: one layout pass.
Output is ``invariant`` (fixed creation date and document id), so the same document gives
the same bytes, and a reprint can be compared with the original.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from io import BytesIO
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageTemplate

from bizcare.documents.style import FONT, FONT_BOLD, MUTED, RULE, WATERMARK, register_fonts
from bizcare.documents.text_id import TEXT

__all__ = ["DocFrame", "Stamp", "build_pdf", "draw_stamp", "draw_watermark", "footer_text"]

PageHook = Callable[[Canvas, int, int], None]
"""Paints on a page given (canvas, page number, page count)."""


@dataclass(frozen=True)
class DocFrame:
    """Page size, margins and the words of the running header and footer."""

    pagesize: tuple[float, float]
    left: float
    right: float
    top: float
    bottom: float
    title: str  # PDF metadata and running header ("Invoice INV/2026/11/0042")
    author: str = ""
    footer_left: str = ""
    later_top: float | None = None  # top margin after page 1 (room for a running header)
    running_header: str = ""
    footer_offset: float = 5 * mm  # footer baseline below the frame
    number_single_page: bool = True  # False: "Halaman 1 dari 1" is left off a one-pager

    @property
    def width(self) -> float:
        return self.pagesize[0] - self.left - self.right


def footer_text(*parts: str) -> str:
    """The footer's left words, "Toko Sumber Rejeki · INVOICE INV/…", skipping empty parts."""
    return " · ".join(part for part in parts if part.strip())


class _DeferredCanvas(Canvas):  # type: ignore[misc]  # ReportLab ships no type hints
    """Holds finished pages until ``save()`` so the footer can print the page count."""

    def __init__(self, *args: Any, finish: PageHook, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._finish = finish
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._finish(self, number, total)
            super().showPage()
        super().save()


def _paint_frame(
    frame: DocFrame, extra: PageHook | None, canv: Canvas, page: int, pages: int
) -> None:
    """Footer rule, footer text, page count, running header after page 1, then ``extra``."""
    if pages == 1 and not frame.number_single_page:
        if extra is not None:
            extra(canv, page, pages)
        return
    width, _ = frame.pagesize
    canv.saveState()
    y = frame.bottom - frame.footer_offset
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.5)
    canv.line(frame.left, y + 3.2 * mm, width - frame.right, y + 3.2 * mm)
    canv.setFont(FONT, 7.5)
    canv.setFillColor(MUTED)
    if frame.footer_left:
        canv.drawString(frame.left, y, frame.footer_left)
    canv.drawRightString(width - frame.right, y, TEXT.page_of.format(page=page, pages=pages))
    if page > 1 and frame.running_header:
        top = frame.pagesize[1] - (frame.later_top or frame.top) + 6 * mm
        canv.setFont(FONT_BOLD, 8.5)
        canv.drawString(frame.left, top, frame.running_header)
        canv.line(frame.left, top - 2.2 * mm, width - frame.right, top - 2.2 * mm)
    canv.restoreState()
    if extra is not None:
        extra(canv, page, pages)


def build_pdf(
    story: Sequence[Flowable],
    frame: DocFrame,
    *,
    under: Callable[[Canvas], None] | None = None,
    over: PageHook | None = None,
) -> bytes:
    """Lay ``story`` out on ``frame`` and return the PDF bytes.

    Args:
        under: paints below the content of every page (watermarks, borders).
        over: paints above it once the page count is known (stamps, marks).
    """
    register_fonts()
    buffer = BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=frame.pagesize,
        leftMargin=frame.left,
        rightMargin=frame.right,
        topMargin=frame.top,
        bottomMargin=frame.bottom,
        title=frame.title,
        author=frame.author,
        creator="BizCare",
        invariant=1,
        initialFontName=FONT,
    )
    height = frame.pagesize[1]

    def body(top: float, name: str) -> Frame:
        return Frame(
            frame.left,
            frame.bottom,
            frame.width,
            height - top - frame.bottom,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id=name,
        )

    def on_page(canv: Canvas, _doc: BaseDocTemplate) -> None:
        if under is not None:
            under(canv)

    later_top = frame.later_top or frame.top
    doc.addPageTemplates(
        [
            PageTemplate("first", frames=[body(frame.top, "first")], onPage=on_page),
            PageTemplate("later", frames=[body(later_top, "later")], onPage=on_page),
        ]
    )
    doc.build(
        [NextPageTemplate("later"), *story],
        canvasmaker=partial(_DeferredCanvas, finish=partial(_paint_frame, frame, over)),
    )
    return buffer.getvalue()


def draw_stamp(
    canv: Canvas,
    text: str,
    color: colors.Color,
    x: float,
    y: float,
    *,
    size: float = 30,
    angle: float = 14,
) -> None:
    """A rubber stamp (double rounded frame, bold capitals) centred on (x, y), rotated."""
    canv.saveState()
    canv.translate(x, y)
    canv.rotate(angle)
    w = stringWidth(text, FONT_BOLD, size) + size * 1.0
    h = size * 1.55
    canv.setStrokeColor(color)
    canv.setFillColor(color)
    canv.setStrokeAlpha(0.85)
    canv.setFillAlpha(0.85)
    canv.setLineWidth(2.4)
    canv.roundRect(-w / 2, -h / 2, w, h, 5, stroke=1, fill=0)
    canv.setLineWidth(0.9)
    i = 3.5  # inset of the inner frame
    canv.roundRect(-w / 2 + i, -h / 2 + i, w - 2 * i, h - 2 * i, 3, stroke=1, fill=0)
    canv.setFont(FONT_BOLD, size)
    canv.drawCentredString(0, -size * 0.36, text)
    canv.restoreState()


def draw_watermark(canv: Canvas, text: str, pagesize: tuple[float, float]) -> None:
    """A large, faint diagonal word across the page (a draft is not a valid invoice)."""
    width, height = pagesize
    canv.saveState()
    canv.translate(width / 2, height / 2)
    canv.rotate(35)
    canv.setFillColor(WATERMARK)
    canv.setFillAlpha(0.14)
    canv.setFont(FONT_BOLD, 150)
    canv.drawCentredString(0, -50, text)
    canv.restoreState()


class Stamp(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
    """A rubber stamp placed in the flow (e.g. beside the totals), drawn on the canvas."""

    def __init__(self, text: str, color: colors.Color, height: float, size: float = 30) -> None:
        super().__init__()
        self.text = text
        self.color = color
        self.height = height
        self.size = size

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width = aw
        return aw, self.height

    def draw(self) -> None:
        x, y = self.width / 2, self.height / 2
        draw_stamp(self.canv, self.text, self.color, x, y, size=self.size)
