"""Forgiving keys: names match ignoring case, spaces, hyphens, underscores and dots."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

__all__ = ["MAX_KEY_LENGTH", "Index", "Names", "name_tables", "normalize", "short_names", "shorten"]

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


def short_names(credential_id: str, organization_id: str) -> tuple[str, ...]:
    """``"NASM-PES"`` also answers to ``"PES"``, and ``"CSCS"`` to ``"NSCA CSCS"`` (normalized)."""
    prefix = normalize(organization_id)
    folded = normalize(credential_id)
    if folded.startswith(prefix) and len(folded) > len(prefix):
        return (folded[len(prefix) :],)
    return (prefix + folded,)


Names = dict[str, tuple[int, ...]]  # a normalized name, and the positions of the records it names


def name_tables(
    names: Iterable[tuple[Iterable[str], Iterable[str]]],
) -> tuple[Names, Names]:
    """Normalized names to record positions, from each record's exact and loose names: exact
    names should each name one record; a loose name that is also an exact one is dropped."""
    exact: Names = {}
    loose: Names = {}
    for position, (exact_names, loose_names) in enumerate(names):
        for table, given in ((exact, exact_names), (loose, loose_names)):
            for key in sorted({normalize(name) for name in given} - {""}):
                table[key] = (*table.get(key, ()), position)
    for key in exact:
        loose.pop(key, None)
    return exact, loose


class Index:
    """Names to the positions of records, built once per catalog (or once, when a release is
    compiled: see ``fitcerts.codegen``).

    A loose name (an id without its organization's prefix, such as ``"CPT"``) may name several
    records, and a lookup that lands on several is ambiguous rather than a guess.
    """

    __slots__ = ("_exact", "_hits", "_ids", "_loose")

    def __init__(self, exact: Names, loose: Names, ids: Sequence[str]) -> None:
        self._exact = exact
        self._loose = loose
        self._ids = ids  # by position, for suggestions
        self._hits: dict[str, tuple[int, ...]] = {}

    def find(self, key: str) -> tuple[int, ...]:
        """The positions of every record the key names: none, one, or several (ambiguous)."""
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
            for position in self._exact.get(name) or self._loose[name]:
                ids.setdefault(self._ids[position], None)
        return tuple(ids)[:limit]
