"""How the command line writes its answers: text wrapped to the terminal, JSON or markdown, in
characters the output can carry."""

from __future__ import annotations

import argparse
import sys
import textwrap
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    pass

__all__ = [
    "WIDTH",
    "emit",
    "wrap",
    "write_output",
]


WIDTH = 80


def emit(
    arguments: argparse.Namespace,
    text: str | Callable[[], str],
    data: Callable[[], object],
    markdown: str | Callable[[], str],
) -> str:
    """The output in the format asked for; each is only built when it is the one asked for."""
    if arguments.format == "json":
        import json

        return json.dumps(data(), indent=2, ensure_ascii=False)
    chosen = markdown if arguments.format == "markdown" else text
    return chosen() if callable(chosen) else chosen


def wrap(text: str, indent: str = "  ", first: str | None = None) -> str:
    return textwrap.fill(
        text,
        WIDTH,
        initial_indent=indent if first is None else first,
        subsequent_indent=indent,
        break_on_hyphens=False,
    )


# What text output degrades to where the terminal cannot show it (an ASCII-only locale).
_ASCII = str.maketrans(
    {
        "\u2020": "+",  # dagger: sources disagree
        "\u2014": "-",  # em dash
        "\u2013": "-",  # en dash
        "\u2026": "...",
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2264": "<=",
    }
)


def write_output(text: str) -> None:
    """Print ``text``, degraded to what the output's encoding can carry."""
    stream = sys.stdout
    if stream is None:  # started with standard output closed
        raise OSError("standard output is closed")
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        text = text.translate(_ASCII).encode(encoding, "replace").decode(encoding)
    except LookupError:  # an encoding Python does not know: keep to ASCII
        text = text.translate(_ASCII).encode("ascii", "replace").decode("ascii")
    print(text, file=stream)
    stream.flush()
