"""Plain text wrapped to its width: the cheap, markup-free sibling of ``Paragraph``.

Most of what a document prints is plain text: a customer's name, an address, a line's
description, a label. A ReportLab ``Paragraph`` parses its text as XML markup and measures it
word by word each time a table asks for its size; for an invoice that is a tenth of the
render time. ``TextBlock`` takes the text as it is (nothing is interpreted, so user text
needs no escaping and cannot break the layout), wraps it once per width, and draws all its
lines in one text object. ``Paragraph`` stays for the few places that mix fonts in a line.
"""

from __future__ import annotations

import re

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

__all__ = ["TextBlock", "clean_text", "wrap_lines"]

# Characters XML 1.0 refuses and PDF text should not carry (a pasted control character).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(text: str) -> str:
    """Line breaks normalised to "\\n", control characters dropped; nothing else touched."""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def _break_word(word: str, font: str, size: float, width: float) -> list[str]:
    """Cut a word longer than the line (a URL, an account number) into pieces that fit."""
    pieces: list[str] = []
    current = ""
    for char in word:
        if current and stringWidth(current + char, font, size) > width:
            pieces.append(current)
            current = char
        else:
            current += char
    pieces.append(current)
    return pieces


def wrap_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap; explicit line breaks kept, runs of spaces collapsed like a Paragraph."""
    space = stringWidth(" ", font, size)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        words = paragraph.split()
        if not words:
            lines.append("")
            continue
        current: list[str] = []
        used = 0.0
        for word in words:
            w = stringWidth(word, font, size)
            if current and used + space + w <= width:
                current.append(word)
                used += space + w
                continue
            if current:
                lines.append(" ".join(current))
            if w > width:
                *full, word = _break_word(word, font, size, width)
                lines.extend(full)
                w = stringWidth(word, font, size)
            current, used = [word], w
        lines.append(" ".join(current))
    return lines


class TextBlock(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
    """Plain ``text`` in ``style`` (font, size, leading, colour, alignment), wrapped."""

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.text = clean_text(text)
        self.style = style
        self._lines: list[str] | None = None
        self._wrapped_at = -1.0

    @classmethod
    def _of_lines(cls, lines: list[str], style: ParagraphStyle, width: float) -> TextBlock:
        block = cls("\n".join(lines), style)
        block._lines, block._wrapped_at = lines, width
        # Tables read .height of a split-off piece before wrapping it again.
        block.width, block.height = width, len(lines) * style.leading
        return block

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        if self._lines is None or aw != self._wrapped_at:
            st = self.style
            self._lines = wrap_lines(self.text, st.fontName, st.fontSize, aw)
            self._wrapped_at = aw
        self.width = aw
        self.height = len(self._lines) * self.style.leading
        return self.width, self.height

    def split(self, aw: float, ah: float) -> list[Flowable]:
        """Break between lines when the block does not fit (long notes across pages).

        Inside a table cell ReportLab offers the column width, padding included, while it
        sized the row from the narrower content width; keep the narrower wrap so the pieces
        add up to the height the table expects.
        """
        if self._lines is None or self._wrapped_at > aw:
            self.wrap(aw, ah)
        aw = self._wrapped_at
        assert self._lines is not None
        fit = int(ah // self.style.leading)
        if fit <= 0 or fit >= len(self._lines):
            return []  # nothing fits, or nothing to split: the caller moves it whole
        return [
            self._of_lines(self._lines[:fit], self.style, aw),
            self._of_lines(self._lines[fit:], self.style, aw),
        ]

    def draw(self) -> None:
        st = self.style
        assert self._lines is not None
        text = self.canv.beginText()
        text.setFont(st.fontName, st.fontSize)
        text.setFillColor(st.textColor)
        y = self.height - st.fontSize
        for line in self._lines:
            x = 0.0
            if st.alignment in (TA_RIGHT, TA_CENTER):
                slack = self.width - stringWidth(line, st.fontName, st.fontSize)
                x = slack if st.alignment == TA_RIGHT else slack / 2
            text.setTextOrigin(x, y)
            text.textOut(line)
            y -= st.leading
        self.canv.drawText(text)
