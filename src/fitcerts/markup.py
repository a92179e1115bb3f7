"""HTML for notebooks: tables whose every text is escaped, and cells that carry a tooltip."""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from typing import NamedTuple

__all__ = ["Titled", "escape", "html_table"]


class Titled(NamedTuple):
    """A table cell with a tooltip, such as the sources behind its text."""

    text: object
    title: str


def escape(text: object) -> str:
    """``text`` safe inside HTML, attribute values included: data may hold ``<`` or ``&``."""
    return html.escape(str(text), quote=True)


def html_table(
    header: Sequence[object],
    rows: Iterable[Sequence[object]],
    *,
    caption: object | None = None,
    notes: Iterable[object] = (),
    row_headers: bool = False,
) -> str:
    """An HTML table for a notebook, every text escaped.

    A :class:`Titled` cell carries a tooltip; with ``row_headers`` the first cell of each row is
    a header cell; ``notes`` are footer lines spanning the table; an empty ``header`` gives a
    table without a head row.
    """

    def cell(value: object, tag: str) -> str:
        if isinstance(value, Titled):
            return f'<{tag} title="{escape(value.title)}">{escape(value.text)}</{tag}>'
        return f"<{tag}>{escape(value)}</{tag}>"

    def row(cells: Sequence[object]) -> str:
        first = "th" if row_headers else "td"
        return (
            "<tr>"
            + "".join(cell(value, first if i == 0 else "td") for i, value in enumerate(cells))
            + "</tr>"
        )

    table = [list(cells) for cells in rows]
    width = max([len(header), *map(len, table)])
    span = f' colspan="{width}"' if width > 1 else ""
    top = f"<caption>{escape(caption)}</caption>" if caption is not None else ""
    head = f"<thead><tr>{''.join(cell(value, 'th') for value in header)}</tr></thead>"
    foot = "".join(f"<tr><td{span}>{escape(note)}</td></tr>" for note in notes)
    return (
        f"<table>{top}{head if header else ''}<tbody>{''.join(map(row, table))}</tbody>"
        + (f"<tfoot>{foot}</tfoot>" if foot else "")
        + "</table>"
    )
