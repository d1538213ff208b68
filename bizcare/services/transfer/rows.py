"""The checked rows of an import, kept as columns until someone asks for a row.

An import of 100,000 rows is checked a column at a time and inserted a column at a time;
building a :class:`CustomerInput` per row in between only to take it apart again cost a
quarter of a second and kept 200,000 more objects for the cycle collector to scan. The
preview and the tests still see a sequence of ``(line, CustomerInput)`` pairs.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import repeat
from typing import Any, overload

from bizcare.services.customers import CustomerInput

INPUT_FIELDS = tuple(CustomerInput.__dataclass_fields__)  # CustomerInput's positional order


class CheckedRows(Sequence[tuple[int, CustomerInput]]):
    """Good rows as ``(line, CustomerInput)``, stored as one list per field.

    ``columns`` holds a list per field read from the file (or computed), ``fixed`` the value
    every row shares for a field the file does not have; a field in neither (``tags``) gets
    CustomerInput's default, a fresh list per row.
    """

    def __init__(
        self,
        lines: list[int] | None = None,
        columns: dict[str, list[Any]] | None = None,
        fixed: dict[str, Any] | None = None,
    ) -> None:
        self.lines = lines if lines is not None else []
        self.columns = columns if columns is not None else {}
        self.fixed = fixed if fixed is not None else {}

    @classmethod
    def from_pairs(cls, pairs: Iterable[tuple[int, CustomerInput]]) -> CheckedRows:
        """The same rows from ``(line, CustomerInput)`` pairs."""
        pairs = list(pairs)
        columns = {name: [getattr(data, name) for _line, data in pairs] for name in INPUT_FIELDS}
        return cls([line for line, _data in pairs], columns)

    def column(self, name: str) -> list[Any]:
        """One field's value for every row, in order."""
        if name in self.columns:
            return self.columns[name]
        if name in self.fixed:
            return [self.fixed[name]] * len(self.lines)
        return [[] for _line in self.lines]  # tags: a list of its own for every row

    def __len__(self) -> int:
        return len(self.lines)

    @overload
    def __getitem__(self, index: int) -> tuple[int, CustomerInput]: ...

    @overload
    def __getitem__(self, index: slice) -> list[tuple[int, CustomerInput]]: ...

    def __getitem__(
        self, index: int | slice
    ) -> tuple[int, CustomerInput] | list[tuple[int, CustomerInput]]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        line = self.lines[index]  # raises IndexError as a list would
        values = {name: column[index] for name, column in self.columns.items()}
        return line, CustomerInput(**values, **self.fixed)

    def __iter__(self) -> Iterator[tuple[int, CustomerInput]]:
        fields: list[Iterable[Any]] = [
            self.columns[name]
            if name in self.columns
            else repeat(self.fixed[name])
            if name in self.fixed
            else iter(list, None)  # a new empty list each time
            for name in INPUT_FIELDS
        ]
        for line, *values in zip(self.lines, *fields, strict=False):
            yield line, CustomerInput(*values)

    def __repr__(self) -> str:
        return f"<CheckedRows: {len(self)} rows>"
