"""Reading a release folder into records, strictly, by structuring its JSON with cattrs.

This is the way in for any folder (``fitcerts.load_folder``), for ``python -m fitcerts.check`` and
for the generator of the compiled form. A bundled release is read from that compiled form, piece
by piece (``fitcerts.pieces``); a test keeps the two equal record for record.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from .dataformat import DATA_FILES, TABLES, verified_bytes
from .errors import DataValidationError
from .shelf import ReleaseRecords

if TYPE_CHECKING:
    import sys
    from pathlib import Path

    if sys.version_info >= (3, 11):
        from importlib.resources.abc import Traversable
    else:
        from importlib_resources.abc import Traversable

__all__ = [
    "MAX_FILE_BYTES",
    "parse_json",
    "read_release",
    "structure_release",
]

T = TypeVar("T")

# A table file larger than this is refused unread: releases are kilobytes, and a benchmark's
# 10,000 synthetic credentials fit in well under half of it.
MAX_FILE_BYTES = 64 * 1024 * 1024


def read_release(
    folder: Traversable | Path, version: str, *, verify: bool = False
) -> ReleaseRecords:
    """Structure every file of a release strictly, reporting every problem found at once.

    With ``verify``, the files must first match the digests in the release's manifest
    (:class:`DataIntegrityError` otherwise), as every bundled release must.
    """
    problems: list[str] = []
    if verify:
        contents = verified_bytes(folder, version)
        raw = {name: parse_json(name, contents[name], problems) for name in DATA_FILES}
    else:
        raw = {name: _read_json(folder, name, problems) for name in DATA_FILES}
    if problems:  # a file that cannot be read leaves every reference into it unresolvable
        raise DataValidationError(problems)
    return structure_release(raw, version)


def structure_release(raw: Mapping[str, Any], version: str) -> ReleaseRecords:
    """Structure parsed table files (``{"sources.json": [...], ...}``) into records, strictly."""
    from . import _serde

    problems: list[str] = []
    broken: set[str] = set()
    loaded: dict[str, tuple[Any, ...]] = {}
    tables: dict[str, Mapping[str, Any]] = {}
    for table in TABLES:
        with _serde.references(tables, frozenset(broken)):
            records = _structure_all(raw[table.file], table.record, table.file, problems, broken)
        loaded[table.name] = tuple(records)
        tables[table.name] = {record.id: record for record in records}
    if problems:
        raise DataValidationError(problems)
    return ReleaseRecords(version=version, **loaded)


def _read_json(folder: Traversable | Path, name: str, problems: list[str]) -> Any:
    try:
        with folder.joinpath(name).open("rb") as file:
            data = file.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        problems.append(f"{name}: file missing")
        return None
    except OSError as error:
        problems.append(f"{name}: cannot be read ({error.strerror or error})")
        return None
    if len(data) > MAX_FILE_BYTES:
        problems.append(f"{name}: larger than {MAX_FILE_BYTES // 2**20} MiB, not read")
        return None
    return parse_json(name, data, problems)


def parse_json(name: str, data: bytes | str, problems: list[str]) -> Any:
    """The JSON value of a file's text; a problem naming ``name`` instead when it has none."""
    try:
        return json.loads(data.decode("utf-8") if isinstance(data, bytes) else data)
    except UnicodeDecodeError as error:
        problems.append(f"{name}: not UTF-8 text ({error.reason} at byte {error.start})")
    except json.JSONDecodeError as error:
        problems.append(f"{name}: not valid JSON ({error.msg} at line {error.lineno})")
    except RecursionError:
        problems.append(f"{name}: not valid JSON (nested too deeply)")
    except ValueError as error:  # e.g. an integer of thousands of digits
        problems.append(f"{name}: not valid JSON ({error})")
    return None


def _structure_all(
    data: Any, cls: type[T], name: str, problems: list[str], broken: set[str]
) -> list[T]:
    """Structure each item on its own, so one bad record does not hide the others' problems.

    The ids of items that fail go into ``broken``, so references to them are not reported again.
    """
    from . import _serde

    if not isinstance(data, list):
        problems.append(f"{name} $: expected a list of records")
        return []
    records: list[T] = []
    for position, item in enumerate(data):
        try:
            records.append(_serde.structure(item, cls))
        except Exception as error:  # noqa: BLE001 - every structuring failure is reported
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                broken.add(f"{name.removesuffix('.json')}:{item['id']}")
            problems.extend(
                f"{name} {line.replace('$', f'$[{position}]', 1)}"
                for line in _serde.describe(error)
            )
    return records
