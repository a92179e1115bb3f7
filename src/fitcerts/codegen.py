"""Compile each bundled release into Python: an index module, and one module per record.

``python -m fitcerts.codegen`` rewrites ``src/fitcerts/_compiled/``; ``--check`` only reports
the files that are stale (exit 1). Like phonenumbers' metadata, the modules are generated, kept
in the repository, reviewed like code, and identical byte for byte for the same data.

A release ``2026.5`` becomes the package ``fitcerts._compiled.release_2026_5``: its
``__init__`` is the index (each credential's and organization's names, the digest of the
manifest), ``credential_NNNN`` and ``organization_NNNN`` build one record each, and
``sources_0000`` builds every source in file order, for the whole release. A first lookup imports
the index and two pieces, however many credentials the release holds (see ``fitcerts.pieces``).
Each piece records, for every record it builds, where its bytes lie in the data file and their
digest, so they can be checked before use. The JSON stays the truth.
"""

from __future__ import annotations

import enum
import json
import sys
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs

from .dataformat import (
    DATA_FILES,
    bundled_versions,
    check_version,
    digest,
    manifest_bytes,
    release_folder,
)
from .errors import UnknownDataVersionError
from .loading import read_release
from .pieces import index_module, piece_module
from .plain import holds_default
from .records import Credential, Organization, Source
from .shelf import ReleaseRecords, credential_names, organization_names

__all__ = ["generate", "main", "package_path"]

_INDENT = "    "
_COMPILED = Path(__file__).parent / "_compiled"

Span = tuple[int, int]  # offset and length, in bytes


def package_path(version: str) -> Path:
    """Where the generated package of ``version`` lives in the source tree."""
    return _COMPILED / index_module(version).rsplit(".", 1)[1]


def generate(version: str) -> dict[str, str]:
    """The files of bundled release ``version``'s generated package, by file name."""
    folder = release_folder(version)
    records = read_release(folder, version, verify=True)
    contents = {name: folder.joinpath(name).read_bytes() for name in DATA_FILES}
    spans = {name: record_spans(data) for name, data in contents.items()}
    manifest = manifest_bytes(folder, version)
    return _Writer(records, contents, spans).package(digest(manifest))


def record_spans(data: bytes) -> list[Span]:
    """Where each record of a table file (a JSON list of objects) lies, in bytes."""
    text = data.decode("utf-8")
    decoder = json.JSONDecoder()
    spans: list[Span] = []
    position = text.index("[") + 1
    at_byte, at_char = 0, 0
    while True:
        while text[position] in " \t\r\n,":
            position += 1
        if text[position] == "]":
            return spans
        _, end = decoder.raw_decode(text, position)
        at_byte += len(text[at_char:position].encode("utf-8"))
        length = len(text[position:end].encode("utf-8"))
        spans.append((at_byte, length))
        at_byte, at_char, position = at_byte + length, end, end


def _constant(name: str, value: tuple[str, ...] | dict[str, tuple[int, ...]]) -> str:
    """``NAME = value``, one item a line."""
    if isinstance(value, dict):
        items = [f"{_INDENT}{key!r}: {positions!r}," for key, positions in value.items()]
        return "\n".join([f"{name} = {{", *items, "}"])
    return "\n".join([f"{name} = (", *(f"{_INDENT}{item!r}," for item in value), ")"])


class _Writer:
    def __init__(
        self,
        records: ReleaseRecords,
        contents: dict[str, bytes],
        spans: dict[str, list[Span]],
    ) -> None:
        self.records = records
        self.contents = contents
        self.spans = spans
        self.sources = {source.id: index for index, source in enumerate(records.sources)}

    def package(self, manifest: str) -> dict[str, str]:
        files = {"__init__.py": self.index(manifest)}
        files[f"{piece_module('sources', 0)}.py"] = self.sources_piece()
        for position, organization in enumerate(self.records.organizations):
            name = f"{piece_module('organization', position)}.py"
            files[name] = self.record_piece(organization, "organizations.json", position)
        for position, credential in enumerate(self.records.credentials):
            name = f"{piece_module('credential', position)}.py"
            files[name] = self.record_piece(credential, "credentials.json", position)
        return files

    def index(self, manifest: str) -> str:
        records = self.records
        exact, short = credential_names(records.credentials)
        lines = [
            f'"""Data release {records.version}: the index of its compiled pieces, written by',
            "``python -m fitcerts.codegen`` from the release's JSON files. Generated: do not edit.",
            '"""',
            "",
            f"VERSION = {records.version!r}",
            "# The SHA-256 digest of the manifest.json this package was generated from.",
            f"MANIFEST = {manifest!r}",
            "",
            "# In file order: piece credential_NNNN builds the credential at position NNNN.",
            _constant("CREDENTIAL_IDS", tuple(c.id for c in records.credentials)),
            "# In file order: piece organization_NNNN builds the organization at position NNNN.",
            _constant("ORGANIZATION_IDS", tuple(o.id for o in records.organizations)),
            "",
            "# Normalized names (fitcerts.lookup.normalize) to positions, worked out as",
            "# fitcerts.shelf does: ids, names and aliases; then the short names.",
            _constant("CREDENTIAL_NAMES", exact),
            _constant("CREDENTIAL_SHORT_NAMES", short),
            "# Ids, names and abbreviations of the organizations.",
            _constant("ORGANIZATION_NAMES", organization_names(records.organizations)),
        ]
        return "\n".join(lines) + "\n"

    def sources_piece(self) -> str:
        """Every source, for the whole release: its files are checked whole before it runs."""
        piece = _Piece(self)
        items = [f"{_INDENT * 2}{piece.source(source)}," for source in self.records.sources]
        body = [f"{_INDENT}return (", *items, f"{_INDENT})"]
        return piece.text(f"every source of release {self.records.version}, in file order", body)

    def record_piece(self, record: Organization | Credential, file: str, position: int) -> str:
        piece = _Piece(self)
        value = piece.value(record, 1, top=True)
        what = f"{type(record).__name__.lower()} {record.id}"
        body = [*piece.preamble(piece.span(file, position, what)), f"{_INDENT}return {value}"]
        return piece.text(f"{what} of release {self.records.version}", body)


class _Piece:
    """One generated module: the names it imports and the sources it builds."""

    def __init__(self, writer: _Writer) -> None:
        self.writer = writer
        self.names: dict[str, set[str]] = {}
        self.used: dict[int, Source] = {}
        self.organization: str | None = None

    def text(self, what: str, body: list[str]) -> str:
        makers = []  # written first: they add the names the header imports
        for index, source in sorted(self.used.items()):
            makers += [
                "",
                "",
                f"def _source_{index}():",
                f"{_INDENT}return {self.record(source, 1)}",
            ]
        header = [
            f'"""Builds {what}. Generated by ``python -m fitcerts.codegen``: do not edit."""',
            "",
            "from datetime import date, timedelta  # noqa: F401",
            "from decimal import Decimal  # noqa: F401",
            "",
        ]
        for module, names in sorted(self.names.items()):
            header.append(f"from {module} import (")
            header += [f"{_INDENT}{name}," for name in sorted(names)]
            header.append(")")
        header += ["", "", "def build(pool):"]
        return "\n".join([*header, *body, *makers]) + "\n"

    def source(self, source: Source) -> str:
        """The call that gives ``source``'s one object, built on first use."""
        index = self.writer.sources[source.id]
        self.used[index] = source
        return f"pool.source({source.id!r}, _source_{index})"

    def span(self, file: str, position: int, what: str) -> str:
        """Where a record's bytes lie in ``file``, their digest and what it is, for the check."""
        offset, length = self.writer.spans[file][position]
        data = self.writer.contents[file][offset : offset + length]
        return f"({file!r}, {offset}, {length}, {digest(data)!r}, {what!r})"

    def preamble(self, own: str) -> list[str]:
        """The check of every record the piece builds (``own`` is its own record's span), then
        local names for the shared records its body refers to, each fetched once."""
        spans = [own]
        spans += [
            self.span("sources.json", index, f"source {source.id}")
            for index, source in sorted(self.used.items())
        ]
        lines = [f"{_INDENT}pool.checked(", *(f"{_INDENT * 2}{span}," for span in spans)]
        lines.append(f"{_INDENT})")
        if self.organization is not None:
            lines.append(f"{_INDENT}organization = pool.organization_named({self.organization!r})")
        for index, source in sorted(self.used.items()):
            lines.append(f"{_INDENT}s{index} = {self.source(source)}")
        return lines

    def value(self, value: Any, depth: int, *, top: bool = False) -> str:
        if isinstance(value, Source):
            index = self.writer.sources[value.id]
            self.used[index] = value
            return f"s{index}"
        if isinstance(value, Organization) and not top:
            self.organization = value.id
            return "organization"
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


def stale_files(version: str) -> tuple[dict[str, str], list[Path]]:
    """The package's files as they should be, and the paths that differ or should not exist."""
    wanted = generate(version)
    folder = package_path(version)
    found = {path.name: path for path in folder.glob("*.py")} if folder.is_dir() else {}
    stale = [
        folder / name
        for name, text in wanted.items()
        if name not in found or found[name].read_text(encoding="utf-8") != text
    ]
    stale += [path for name, path in found.items() if name not in wanted]
    return wanted, sorted(stale)


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m fitcerts.codegen",
        description="Regenerate the compiled packages of the bundled data releases.",
    )
    parser.add_argument("--check", action="store_true", help="only report stale files")
    parser.add_argument(
        "versions", nargs="*", metavar="VERSION", help="the releases to compile (default: all)"
    )
    arguments = parser.parse_args(argv)
    for version in arguments.versions:
        try:
            check_version(version)
        except UnknownDataVersionError as error:
            parser.error(str(error))
    reported = []
    for version in arguments.versions or bundled_versions():
        wanted, stale = stale_files(version)
        reported += stale
        if arguments.check:
            continue
        package_path(version).mkdir(exist_ok=True)
        for path in stale:
            if path.name in wanted:
                path.write_text(wanted[path.name], encoding="utf-8")
            else:
                path.unlink()
    for path in reported:
        print(f"{path}: {'stale' if arguments.check else 'written'}")
    return 1 if reported and arguments.check else 0


if __name__ == "__main__":
    sys.exit(main())
