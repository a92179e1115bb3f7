"""Field paths into a record (``exam.pass_rates[2]``, ``prices[0].amount``): parsed strictly,
walked with an error that says where they stop, and whether a citation's path covers another."""

from __future__ import annotations

import re
from typing import Any

import attrs

from .errors import FieldPathError
from .lookup import shorten

__all__ = ["covers", "render", "split_path", "step"]

# Compiled on first use (by re's cache): a first lookup asks for no path.
_PATH_PART = r"([A-Za-z_][A-Za-z0-9_]*)((?:\[\d+\])*)"


def split_path(path: str) -> tuple[str | int, ...]:
    """``"exam.pass_rates[2]"`` as ``("exam", "pass_rates", 2)``; a malformed path is a
    :class:`FieldPathError`."""
    if not isinstance(path, str):
        raise TypeError(f"a field path must be a string, not {type(path).__name__}")
    if len(path) > 200:
        raise FieldPathError(f"malformed field path {shorten(path)}; write it like exam.questions")
    parts: list[str | int] = []
    for piece in path.split("."):
        match = re.fullmatch(_PATH_PART, piece)
        if match is None:
            raise FieldPathError(
                f"malformed field path {shorten(path)}; write it like 'exam.questions'"
            )
        parts.append(match.group(1))
        parts.extend(int(index) for index in re.findall(r"\[(\d+)\]", match.group(2)))
    return tuple(parts)


def step(value: Any, part: str | int, so_far: tuple[str | int, ...], path: str) -> Any:
    """One step of ``path`` into ``value``; where it leads nowhere, an error naming how far it
    got (``so_far``) and what is there."""
    if isinstance(part, int):
        if not isinstance(value, tuple) or part >= len(value):
            raise FieldPathError(f"field path {path!r} has no item {render(so_far)}")
        return value[part]
    if not hasattr(getattr(type(value), "__attrs_attrs__", ()), part):
        fields = ", ".join(attrs.fields_dict(type(value))) if attrs.has(type(value)) else "none"
        raise FieldPathError(
            f"field path {path!r}: {render(so_far)} does not exist; fields here: {fields}"
        )
    return getattr(value, part)


def render(parts: tuple[str | int, ...]) -> str:
    """Parts written back as a path: ``("prices", 0, "amount")`` -> ``prices[0].amount``."""
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def covers(cited: str, path: str) -> bool:
    """Whether a citation of ``cited`` covers the value at ``path`` (itself or inside it)."""
    return path == cited or path.startswith((cited + ".", cited + "["))
