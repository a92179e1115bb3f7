"""Forgiving keys: names match ignoring case, spaces, hyphens, underscores and dots."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

__all__ = ["MAX_KEY_LENGTH", "Index", "normalize", "shorten"]

R = TypeVar("R")

_IGNORED = str.maketrans("", "", " \t\n\r\f\v-_.")

# Keys longer than this name nothing: no id, alias or name in any release comes close.
MAX_KEY_LENGTH = 200
# Keys of hits remembered as given, so a repeated lookup skips normalising; misses never are.
_REMEMBERED = 1024
_REMEMBERED_LENGTH = 64


def normalize(key: str) -> str:
    """The form two keys share when they name the same thing: ``"NSCA-CSCS"`` -> ``"nscacscs"``."""
    return key.translate(_IGNORED).casefold()


def shorten(value: object, limit: int = 60) -> str:
    """``repr(value)`` cut to ``limit`` characters, so an error never echoes a huge input."""
    if isinstance(value, str) and len(value) > limit:
        return f"{value[:limit]!r}… ({len(value):,} characters)"
    text = repr(value)
    return text if len(text) <= limit else f"{text[:limit]}…"


class Index(Generic[R]):
    """Names to records, built once per catalog.

    ``exact`` names (ids, aliases, full names) should each name one record; ``loose`` names
    (an id without its organization's prefix, such as ``"CPT"``) may name several, and a lookup
    that lands on several is ambiguous rather than a guess.
    """

    __slots__ = ("_exact", "_hits", "_loose", "_record_id")

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
        self._hits: dict[str, tuple[R, ...]] = {}

    def find(self, key: str) -> tuple[R, ...]:
        """Every record the key names: none, one, or several when it is ambiguous."""
        found = self._hits.get(key)
        if found is not None:
            return found
        if len(key) > MAX_KEY_LENGTH:
            return ()
        folded = normalize(key)
        found = self._exact.get(folded) or self._loose.get(folded, ())
        if found and len(key) <= _REMEMBERED_LENGTH:
            if len(self._hits) >= _REMEMBERED:
                self._hits.clear()
            self._hits[key] = found
        return found

    def clear_cache(self) -> None:
        """Forget the keys remembered as given (the index itself stays)."""
        self._hits.clear()

    def suggestions(self, key: str, limit: int = 3) -> tuple[str, ...]:
        """Ids of records whose names are close to ``key``, best first."""
        if len(key) > MAX_KEY_LENGTH:
            return ()
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
