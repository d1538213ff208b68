"""Shared machinery of the demo generator: the calendar, random helpers, time stamps.

Everything random goes through one ``random.Random(seed)`` handed around explicitly, and
nothing iterates a ``set`` or hashes strings into the stream, so one seed gives one database.
"""

from __future__ import annotations

import calendar
import math
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta, timezone
from functools import lru_cache
from itertools import accumulate
from random import Random
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from _typeshed import SupportsLenAndGetItem

T = TypeVar("T")
Row = dict[str, Any]

WIB = timezone(timedelta(hours=7))  # the shop keeps Jakarta time; the database keeps UTC
HARI_PELANGGAN = (9, 4)  # 4 September, Hari Pelanggan Nasional


@lru_cache(maxsize=8192)
def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, clamped to the month's end (31 Jan + 1 = 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


class DemoRandom(Random):
    """``random.Random`` with cheaper ``randint``/``choice``/``randrange`` for hot loops.

    They scale one ``random()`` draw instead of rejection-sampling bits: the bias is below
    one in 10^15 for the small ranges used here, and the stream stays seed-deterministic.
    """

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))

    def randrange(self, start: int, stop: int | None = None, step: int = 1) -> int:
        if stop is None:
            start, stop = 0, start
        return start + step * int(self.random() * ((stop - start + step - 1) // step))

    def choice(self, seq: SupportsLenAndGetItem[T]) -> T:
        return seq[int(self.random() * len(seq))]


_MIDNIGHTS: dict[date, datetime] = {}
_MINUTES = [timedelta(minutes=m) for m in range(24 * 60)]


def stamp(day: date, hour: int, minute: int = 0) -> datetime:
    """An aware UTC time stamp for ``hour:minute`` Jakarta time on ``day``."""
    midnight = _MIDNIGHTS.get(day)
    if midnight is None:
        midnight = _MIDNIGHTS[day] = datetime.combine(day, time(0), WIB).astimezone(UTC)
    return midnight + _MINUTES[hour * 60 + minute]


def office_time(rng: Random, day: date, earliest: int = 8, latest: int = 19) -> datetime:
    """A moment during opening hours on ``day``."""
    return stamp(day, earliest, int(rng.random() * (latest - earliest) * 60))


def poisson(rng: Random, mean: float) -> int:
    """A Poisson draw (Knuth for small means, a rounded normal for large ones)."""
    if mean <= 0:
        return 0
    if mean > 40:
        return max(0, round(rng.gauss(mean, math.sqrt(mean))))
    limit, k, p = math.exp(-mean), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


class Weighted:
    """Fast repeated weighted choice over fixed options (cumulative weights + bisect)."""

    def __init__(self, pairs: Sequence[tuple[T, float]]) -> None:
        self.options = [option for option, _ in pairs]
        self.cumulative = list(accumulate(float(weight) for _, weight in pairs))

    def pick(self, rng: Random) -> Any:
        return self.options[bisect_right(self.cumulative, rng.random() * self.cumulative[-1])]


class Calendar:
    """The days of the demo period with how busy the shop is on each.

    Sundays are quiet, the hot months before the rains busy for AC work, and Hari
    Pelanggan Nasional (4 September) brings a rush because points count double.
    """

    SEASON = {1: 0.85, 2: 0.85, 3: 0.95, 4: 1.0, 5: 1.05, 6: 1.0, 7: 1.0, 8: 1.1, 9: 1.2,
              10: 1.25, 11: 1.1, 12: 1.15}  # fmt: skip

    def __init__(self, today: date, months: int) -> None:
        self.today = today
        self.months = months
        self.start = add_months(today, -months) + timedelta(days=1) if months else today
        count = (today - self.start).days + 1 if months else 0
        self.days = [self.start + timedelta(days=i) for i in range(count)]
        weights = [self._weight(d) for d in self.days]
        self.cumulative = list(accumulate(weights))
        self.campaign_days = tuple(d for d in self.days if (d.month, d.day) == HARI_PELANGGAN)

    def _weight(self, day: date) -> float:
        weekday = (1.0, 1.0, 1.0, 1.0, 1.05, 0.9, 0.3)[day.weekday()]
        rush = 2.5 if (day.month, day.day) == HARI_PELANGGAN else 1.0
        return weekday * self.SEASON[day.month] * rush

    def busy_days(self, rng: Random, count: int, since: date) -> list[date]:
        """``count`` days on or after ``since``, drawn by how busy each day is, in order."""
        if not self.days or count <= 0 or since > self.today:
            return []
        first = max(0, (since - self.start).days)
        low = self.cumulative[first - 1] if first else 0.0
        span = self.cumulative[-1] - low
        picks = [bisect_left(self.cumulative, low + rng.random() * span) for _ in range(count)]
        return [self.days[min(i, len(self.days) - 1)] for i in sorted(picks)]

    def active_months(self, since: date) -> float:
        """How many months of the period a customer who joined on ``since`` was around."""
        if not self.days:
            return 0.0
        begin = max(since, self.start)
        return max(0.0, (self.today - begin).days + 1) / 30.44

    def next_campaign_day(self) -> date:
        """The next Hari Pelanggan Nasional after today (planned ahead for the owner)."""
        this_year = date(self.today.year, *HARI_PELANGGAN)
        return this_year if this_year > self.today else date(self.today.year + 1, *HARI_PELANGGAN)


def assign_ids(rows: list[Row], first_id: int, key: str = "created_at") -> None:
    """Sort ``rows`` by ``key`` (stable, so ties keep creation order) and number them."""
    rows.sort(key=lambda row: row[key])
    for offset, row in enumerate(rows):
        row["id"] = first_id + offset


def resolve(rows: list[Row], *fields: str) -> None:
    """Replace references to other rows (their dicts) by those rows' ids."""
    for row in rows:
        for name in fields:
            value = row[name]
            if isinstance(value, dict):
                row[name] = value["id"]
