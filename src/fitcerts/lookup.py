"""Forgiving keys: names match ignoring case, spaces, hyphens, underscores and dots."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

__all__ = ["Index", "normalize"]

R = TypeVar("R")

_IGNORED = re.compile(r"[\s\-_.]+")


def normalize(key: str) -> str:
    """The form two keys share when they name the same thing: ``"NSCA-CSCS"`` -> ``"nscacscs"``."""
    return _IGNORED.sub("", key).casefold()


class Index(Generic[R]):
    """Names to records, built once per catalog.

    ``exact`` names (ids, aliases, full names) should each name one record; ``loose`` names
    (an id without its organization's prefix, such as ``"CPT"``) may name several, and a lookup
    that lands on several is ambiguous rather than a guess.
    """

    __slots__ = ("_exact", "_loose", "_record_id", "_seen")

    def __init__(
        self,
        records: Iterable[R],
        *,
        record_id: Callable[[R], str],
        exact: Callable[[R], Iterable[str]],
        loose: Callable[[R], Iterable[str]] = lambda record: (),
    ) -> None:
        self._record_id = record_id
        self._exact: dict[str, tuple[R, ...]] = {}
        self._loose: dict[str, tuple[R, ...]] = {}
        for record in records:
            for table, names in ((self._exact, exact(record)), (self._loose, loose(record))):
                for key in {normalize(name) for name in names} - {""}:
                    table[key] = (*table.get(key, ()), record)
        for key in self._exact:
            self._loose.pop(key, None)
        self._seen: dict[str, tuple[R, ...]] = {}  # keys as given, once resolved

    def find(self, key: str) -> tuple[R, ...]:
        """Every record the key names: none, one, or several when it is ambiguous."""
        found = self._seen.get(key)
        if found is None:
            folded = normalize(key)
            found = self._exact.get(folded) or self._loose.get(folded, ())
            if len(self._seen) >= 4096:
                self._seen.clear()
            self._seen[key] = found
        return found

    def suggestions(self, key: str, limit: int = 3) -> tuple[str, ...]:
        """Ids of records whose names are close to ``key``, best first."""
        import difflib  # only misses pay for it

        folded = normalize(key)
        names = list(self._exact) + list(self._loose)
        ids: dict[str, None] = {}
        for name in difflib.get_close_matches(folded, names, n=limit * 3, cutoff=0.6):
            for record in self._exact.get(name) or self._loose[name]:
                ids.setdefault(self._record_id(record), None)
        return tuple(ids)[:limit]

    def collisions(self) -> dict[str, tuple[R, ...]]:
        """Exact names shared by more than one record: always a data error."""
        return {key: records for key, records in self._exact.items() if len(records) > 1}
