"""Tests for bizcare.documents.terbilang: Indonesian amounts in words."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bizcare.documents.terbilang import terbilang
from bizcare.domain.errors import ValidationError

LIMIT = 10**15

EXAMPLES = [
    (0, "nol"),
    (1, "satu"),
    (9, "sembilan"),
    (10, "sepuluh"),
    (11, "sebelas"),
    (12, "dua belas"),
    (19, "sembilan belas"),
    (20, "dua puluh"),
    (21, "dua puluh satu"),
    (99, "sembilan puluh sembilan"),
    (100, "seratus"),
    (101, "seratus satu"),
    (110, "seratus sepuluh"),
    (111, "seratus sebelas"),
    (200, "dua ratus"),
    (1000, "seribu"),
    (1001, "seribu satu"),
    (1100, "seribu seratus"),
    (2000, "dua ribu"),
    (11000, "sebelas ribu"),
    (100000, "seratus ribu"),
    (101000, "seratus satu ribu"),
    (1000000, "satu juta"),
    (1001000, "satu juta seribu"),
    (1000000000, "satu miliar"),
    (10**12, "satu triliun"),
    (1_250_000, "satu juta dua ratus lima puluh ribu"),
    (2_000_001_000, "dua miliar seribu"),
    (5000001, "lima juta satu"),
    (
        999_999_999_999_999,
        (
            "sembilan ratus sembilan puluh sembilan triliun "
            "sembilan ratus sembilan puluh sembilan miliar "
            "sembilan ratus sembilan puluh sembilan juta "
            "sembilan ratus sembilan puluh sembilan ribu "
            "sembilan ratus sembilan puluh sembilan"
        ),
    ),
]


@pytest.mark.parametrize(("n", "words"), EXAMPLES)
def test_examples(n: int, words: str) -> None:
    assert terbilang(n) == words


def test_rupiah_and_capitalize() -> None:
    assert terbilang(5000001, rupiah=True) == "lima juta satu rupiah"
    assert terbilang(5000001, rupiah=True, capitalize=True) == "Lima Juta Satu Rupiah"
    assert terbilang(0, rupiah=True) == "nol rupiah"
    assert terbilang(12, capitalize=True) == "Dua Belas"


def test_negative() -> None:
    assert terbilang(-1) == "minus satu"
    assert terbilang(-1_250_000, rupiah=True) == "minus satu juta dua ratus lima puluh ribu rupiah"
    assert terbilang(-(LIMIT - 1)).startswith("minus sembilan ratus")


@pytest.mark.parametrize("n", [LIMIT, -LIMIT, 10**18])
def test_out_of_range(n: int) -> None:
    with pytest.raises(ValidationError):
        terbilang(n)


@pytest.mark.parametrize("n", [True, False, 1.0, "1", None])
def test_refuses_non_int(n: object) -> None:
    with pytest.raises(TypeError):
        terbilang(n)  # type: ignore[arg-type]


# An independent parser (words -> number), so the property tests do not trust terbilang.
_DIGIT_WORDS = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan"]
_DIGIT_WORDS.append("sembilan")
_UNITS = {word: value for value, word in enumerate(_DIGIT_WORDS)}
_SE = {"sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000}
_MULTIPLIERS = {"puluh": 10, "ratus": 100}
_SCALES = {"ribu": 10**3, "juta": 10**6, "miliar": 10**9, "triliun": 10**12}


def parse_words(text: str) -> int:
    """Read Indonesian number words back into an int; assert on anything odd."""
    words = text.split(" ")
    sign = 1
    if words[0] == "minus":
        sign, words = -1, words[1:]
    total = group = last = 0  # last: the most recent unit waiting for a multiplier
    last_scale = LIMIT
    for word in words:
        if word in _UNITS:
            assert last == 0, "two digit words in a row"
            last = _UNITS[word]
        elif word == "belas":
            assert 2 <= last <= 9
            group, last = group + 10 + last, 0
        elif word in _MULTIPLIERS:
            assert 2 <= last <= 9
            group, last = group + last * _MULTIPLIERS[word], 0
        elif word == "seribu":
            group += last
            assert group == 0 and last_scale > 1000
            total, group, last, last_scale = total + 1000, 0, 0, 1000
        elif word in _SE:
            group, last = group + last + _SE[word], 0
        elif word in _SCALES:
            group += last
            assert 0 < group < 1000 and _SCALES[word] < last_scale
            total, group, last, last_scale = total + group * _SCALES[word], 0, 0, _SCALES[word]
        else:
            raise AssertionError(f"unknown word {word!r}")
    return sign * (total + group + last)


def test_parser_sanity() -> None:
    for n, words in EXAMPLES:
        assert parse_words(words) == n


SPARSE_GROUPS = [0, 1, 10, 11, 100, 101, 110, 111, 999]
NUMBERS = st.one_of(
    st.integers(min_value=0, max_value=LIMIT - 1),
    st.integers(min_value=0, max_value=1_000_000),
    # Numbers made of sparse groups, to hit zero groups and "se-" forms often.
    st.lists(st.sampled_from(SPARSE_GROUPS), min_size=5, max_size=5).map(
        lambda groups: sum(g * 1000**i for i, g in enumerate(groups))
    ),
)


@given(NUMBERS)
def test_words_parse_back(n: int) -> None:
    assert parse_words(terbilang(n)) == n
    assert parse_words(terbilang(-n)) == -n


@given(NUMBERS)
def test_words_are_well_formed(n: int) -> None:
    words = terbilang(n)
    assert "  " not in words
    assert words == words.strip()
    padded = f" {words} "
    for bad in ("se juta", "sejuta", "satu ratus", "satu puluh", "satu belas", "se"):
        assert f" {bad} " not in padded
    # "satu ribu" is right only inside a larger group ("seratus satu ribu" = 101.000,
    # "dua puluh satu ribu"); a thousands group of exactly 1 is always "seribu".
    tokens = words.split(" ")
    for i, token in enumerate(tokens[:-1]):
        if token == "satu" and tokens[i + 1] == "ribu":
            assert i > 0 and tokens[i - 1] in ("ratus", "puluh", "seratus"), words
    if n > 0:
        assert "nol" not in words
    if n % 1_000_000 // 1000 == 1:
        assert "seribu" in words
    else:
        assert "seribu" not in words


@given(NUMBERS)
def test_flags(n: int) -> None:
    plain = terbilang(n)
    assert terbilang(n, rupiah=True) == plain + " rupiah"
    capital = terbilang(n, rupiah=True, capitalize=True)
    assert capital.lower() == plain + " rupiah"
    assert all(word[0].isupper() for word in capital.split(" "))
