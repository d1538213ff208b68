"""Plain-text wrapping used for everything a user typed on a document."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from bizcare.documents.style import FONT, register_fonts, styles
from bizcare.documents.textblock import TextBlock, clean_text, wrap_lines

register_fonts()


def test_words_wrap_within_the_width_and_keep_their_order():
    text = " ".join(f"kata{n}" for n in range(50))
    lines = wrap_lines(text, FONT, 9, 100)

    assert len(lines) > 5
    assert all(stringWidth(line, FONT, 9) <= 100 for line in lines)
    assert " ".join(lines).split() == text.split()


def test_line_breaks_are_kept_and_spaces_collapse():
    assert wrap_lines("Baris  satu\n\nBaris   dua", FONT, 9, 500) == ["Baris satu", "", "Baris dua"]


def test_a_word_longer_than_the_line_is_cut_not_overflowing():
    account = "1234567890" * 8
    lines = wrap_lines(f"Rekening {account}", FONT, 9, 80)

    assert "".join(lines[1:]) == account
    assert all(stringWidth(line, FONT, 9) <= 80 for line in lines)


def test_control_characters_are_dropped_and_markup_is_left_alone():
    assert clean_text("A\x00B\r\nC\rD <b>&amp;</b>\t") == "AB\nC\nD <b>&amp;</b>\t"


def test_split_between_lines_for_page_breaks():
    style = styles().body
    block = TextBlock("\n".join(f"baris {n}" for n in range(20)), style)
    block.wrap(300, 10_000)

    top, rest = block.split(300, style.leading * 7.5)
    assert top.wrap(300, 10_000)[1] == style.leading * 7
    assert rest.wrap(300, 10_000)[1] == style.leading * 13
    assert block.split(300, style.leading * 0.5) == []
    assert block.split(300, style.leading * 40) == []
