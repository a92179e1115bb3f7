"""Compile each bundled release into a Python module of record constructor calls.

``python -m fitcerts.codegen`` rewrites ``src/fitcerts/_compiled/``; ``--check`` only reports
the modules that are stale (exit 1). Like phonenumbers' metadata, the modules are generated, kept
in the repository, reviewed like code, and identical byte for byte for the same data. They make a
first lookup cheap: importing one costs a fraction of structuring the JSON with cattrs. The JSON
stays the truth: each module records the digests of the files it was generated from, and
loading uses it only when those match the verified manifest.
"""

from __future__ import annotations

import enum
import sys
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs

from .dataformat import ReleaseRecords, bundled_versions, read_manifest, release_folder
from .loading import compiled_module, read_release
from .plain import holds_default
from .records import Organization, Source

__all__ = ["generate", "main", "module_path"]

_INDENT = "    "


def module_path(version: str) -> Path:
    """Where the generated module of ``version`` lives in the source tree."""
    return Path(__file__).parent / "_compiled" / f"{compiled_module(version).rsplit('.', 1)[1]}.py"


def generate(version: str) -> str:
    """The source of the generated module of bundled release ``version``."""
    folder = release_folder(version)
    records = read_release(folder, version, verify=True)
    digests = dict(read_manifest(folder, version)["files"])
    return _Writer(records).module(digests)


class _Writer:
    def __init__(self, records: ReleaseRecords) -> None:
        self.records = records
        self.names: dict[str, set[str]] = {"fitcerts.dataformat": {"ReleaseRecords"}}
        self.sources = {source.id: index for index, source in enumerate(records.sources)}
        self.organizations = {org.id: index for index, org in enumerate(records.organizations)}

    def module(self, digests: dict[str, str]) -> str:
        body = ["_S = ["]
        body += [f"{_INDENT}{self.value(s, 1, top=True)}," for s in self.records.sources]
        body += ["]", "_O = ["]
        body += [f"{_INDENT}{self.value(o, 1, top=True)}," for o in self.records.organizations]
        body += ["]", "RECORDS = ReleaseRecords(", f"{_INDENT}version={self.records.version!r},"]
        body += [f"{_INDENT}sources=tuple(_S),", f"{_INDENT}organizations=tuple(_O),"]
        body += [f"{_INDENT}credentials=("]
        body += [f"{_INDENT * 2}{self.value(c, 2, top=True)}," for c in self.records.credentials]
        body += [f"{_INDENT}),", ")"]
        header = [
            f'"""Data release {self.records.version}, compiled from its JSON files by',
            "``python -m fitcerts.codegen``. Generated: do not edit; edit the data and regenerate.",
            '"""',
            "",
            "from datetime import date, timedelta  # noqa: F401",
            "from decimal import Decimal  # noqa: F401",
            "",
        ]
        for module, names in sorted(self.names.items()):
            header.append(f"from {module} import (")
            header += [f"{_INDENT}{name}," for name in sorted(names)]
            header.append(")")
        header += ["", "# The digests of the files this module was generated from.", "DIGESTS = {"]
        header += [f"{_INDENT}{name!r}: {value!r}," for name, value in digests.items()]
        header += ["}", ""]
        return "\n".join([*header, *body]) + "\n"

    def value(self, value: Any, depth: int, *, top: bool = False) -> str:
        if isinstance(value, Source) and not top:
            return f"_S[{self.sources[value.id]}]"
        if isinstance(value, Organization) and not top:
            return f"_O[{self.organizations[value.id]}]"
        if attrs.has(type(value)):
            return self.record(value, depth)
        if isinstance(value, tuple):
            if not value:
                return "()"
            inner = _INDENT * (depth + 1)
            items = [f"{inner}{self.value(item, depth + 1)}," for item in value]
            return "(\n" + "\n".join(items) + f"\n{_INDENT * depth})"
        if isinstance(value, enum.Enum):
            self.names.setdefault("fitcerts.vocabulary", set()).add(type(value).__name__)
            return f"{type(value).__name__}.{value.name}"
        if isinstance(value, Decimal):
            return f"Decimal({str(value)!r})"
        if isinstance(value, date):
            return f"date({value.year}, {value.month}, {value.day})"
        if isinstance(value, timedelta):
            return f"timedelta(seconds={int(value.total_seconds())})"
        if value is None or isinstance(value, (str, int, bool)):
            return repr(value)
        raise TypeError(f"cannot compile {type(value).__name__} values")  # pragma: no cover

    def record(self, record: Any, depth: int) -> str:
        cls = type(record)
        self.names.setdefault(cls.__module__, set()).add(cls.__name__)
        inner = _INDENT * (depth + 1)
        lines = [
            f"{inner}{field.name}={self.value(getattr(record, field.name), depth + 1)},"
            for field in attrs.fields(cls)
            if not holds_default(field, getattr(record, field.name))
        ]
        return f"{cls.__name__}(\n" + "\n".join(lines) + f"\n{_INDENT * depth})"


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m fitcerts.codegen",
        description="Regenerate the compiled modules of the bundled data releases.",
    )
    parser.add_argument("--check", action="store_true", help="only report stale modules")
    arguments = parser.parse_args(argv)
    stale = []
    for version in bundled_versions():
        text = generate(version)
        path = module_path(version)
        if path.exists() and path.read_text(encoding="utf-8") == text:
            continue
        stale.append(str(path))
        if not arguments.check:
            path.write_text(text, encoding="utf-8")
    for name in stale:
        print(f"{name}: {'stale' if arguments.check else 'written'}")
    return 1 if stale and arguments.check else 0


if __name__ == "__main__":
    sys.exit(main())
