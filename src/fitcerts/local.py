"""Your own records, checked like ours: a release folder of your own, alone or on top of a
bundled release (``fitcerts.load_folder``, ``fitcerts --data-folder PATH``).

A gym's in-house credential or a national one fitcerts lacks is written in the bundled format
(docs/data-format.md) and read by the same strict loader and catalog check, so a mistake is a
:class:`DataValidationError` naming the file and JSON path. Nothing is written anywhere and
nothing is fetched: the folder is read once, as plain JSON, never executed.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

from .catalog import Catalog
from .dataformat import (
    DATA_FILES,
    MANIFEST,
    TABLES,
    digest,
    release_folder,
    verified_bytes,
)
from .errors import DataIntegrityError, DataValidationError
from .loading import MAX_FILE_BYTES, parse_json, structure_release
from .release import Release, load
from .validate import problems as problems_of

__all__ = ["LocalRelease", "load_folder"]


class LocalRelease(Release):
    """A release read from your folder; ``replaced`` names the bundled records it replaced."""

    __slots__ = ("added", "base", "folder", "replaced")

    def __init__(
        self,
        catalog: Catalog,
        *,
        folder: Path,
        base: str | None,
        added: tuple[str, ...],
        replaced: tuple[str, ...],
    ) -> None:
        super().__init__(catalog)
        self.folder = folder
        self.base = base
        self.added = added
        self.replaced = replaced

    def __repr__(self) -> str:
        base = f" on {self.base}" if self.base else ""
        note = f", replacing {', '.join(self.replaced)}" if self.replaced else ""
        return f"<LocalRelease {self.folder.name}{base}: {len(self.added)} records added{note}>"


def load_folder(path: str | os.PathLike[str], base: str | None = None) -> LocalRelease:
    """Read a release folder of your own: any of ``sources.json``, ``organizations.json`` and
    ``credentials.json`` (each a JSON list, at most 64 MiB, a regular file), and
    ``manifest.json`` if you want its digests checked. With ``base`` (a bundled version such as
    ``"2026.3"``) your records are added to that release's, and one with a bundled record's id
    replaces it (listed in ``replaced``). Every problem is reported at once, as for a bundled
    release; from release 2026.3's rules on, every value must cite a source of its own."""
    if not isinstance(path, (str, os.PathLike)):
        raise TypeError(f"path must be a path, not {type(path).__name__}")
    folder = Path(path)
    if not folder.is_dir():
        raise DataValidationError([f"{folder}: not a folder"])
    problems: list[str] = []
    raw = _read_folder(folder, problems)
    if problems:
        raise DataValidationError(problems)
    if base is not None:
        bundled = load(base)  # an unknown version raises UnknownDataVersionError here
        own = {name: raw.get(name) or [] for name in DATA_FILES}
        raw, added, replaced = _merge(_bundled_raw(bundled.version), own)
        label = f"{bundled.version}+{folder.name}"
    else:
        added = tuple(str(r.get("id")) for name in DATA_FILES for r in raw.get(name) or [])
        replaced = ()
        raw = {name: raw.get(name) or [] for name in DATA_FILES}
        label = folder.name
    records = structure_release(raw, label)
    found = problems_of(records)
    if found:
        raise DataValidationError(found)
    return LocalRelease(Catalog(records), folder=folder, base=base, added=added, replaced=replaced)


def _read_folder(folder: Path, problems: list[str]) -> dict[str, Any]:
    digests = None
    if os.path.lexists(folder / MANIFEST):  # local data may carry a manifest; then it must hold
        data = _read_regular(folder / MANIFEST, problems)
        if data is None:
            return {}
        digests = _manifest_digests(folder, data)
        present = list(DATA_FILES)
    else:
        present = [name for name in DATA_FILES if os.path.lexists(folder / name)]
    if not present:
        problems.append(f"{folder}: none of {', '.join(DATA_FILES)} is there")
    raw: dict[str, Any] = {}
    for name in present:
        data = _read_regular(folder / name, problems)
        if data is None:
            continue
        if digests is not None and digest(data) != digests[name]:
            raise DataIntegrityError(f"{folder.name}/{name}", "does not match its manifest")
        raw[name] = parse_json(name, data, problems)
    return raw


def _manifest_digests(folder: Path, data: bytes) -> dict[str, str]:
    """The file digests a local manifest lists: exactly the table files, as a release's does."""
    where = f"{folder.name}/{MANIFEST}"
    try:
        manifest = json.loads(data)
    except ValueError as error:
        raise DataIntegrityError(where, f"cannot be read ({error})") from None
    files = manifest.get("files") if isinstance(manifest, dict) else None
    if not isinstance(files, dict) or sorted(files) != sorted(DATA_FILES):
        raise DataIntegrityError(where, f"must list exactly the files {', '.join(DATA_FILES)}")
    if not all(isinstance(value, str) for value in files.values()):
        raise DataIntegrityError(where, "must give each file's SHA-256 as text")
    return {str(name): str(value) for name, value in files.items()}


def _read_regular(path: Path, problems: list[str]) -> bytes | None:
    """A regular file's bytes: not a link, a device or a pipe, and not larger than the limit."""
    try:
        status = os.lstat(path)
    except OSError as error:
        problems.append(f"{path.name}: cannot be read ({error.strerror or error})")
        return None
    if not stat.S_ISREG(status.st_mode):
        problems.append(f"{path.name}: not a regular file")
        return None
    if status.st_size > MAX_FILE_BYTES:
        problems.append(f"{path.name}: larger than {MAX_FILE_BYTES // 2**20} MiB, not read")
        return None
    try:
        with open(path, "rb") as file:
            data = file.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        problems.append(f"{path.name}: cannot be read ({error.strerror or error})")
        return None
    if len(data) > MAX_FILE_BYTES:  # it grew while being read
        problems.append(f"{path.name}: larger than {MAX_FILE_BYTES // 2**20} MiB, not read")
        return None
    return data


def _bundled_raw(version: str) -> dict[str, Any]:
    """The bundled release's own files, verified against its manifest."""
    contents = verified_bytes(release_folder(version), version)
    found: list[str] = []
    raw = {name: parse_json(name, contents[name], found) for name in DATA_FILES}
    assert not found, found  # verified bundled files are JSON
    return raw


def _merge(
    bundled: dict[str, Any], own: dict[str, Any]
) -> tuple[dict[str, Any], tuple[str, ...], tuple[str, ...]]:
    merged: dict[str, Any] = {}
    added: list[str] = []
    replaced: list[str] = []
    for table in TABLES:
        theirs = list(bundled[table.file])
        mine = own[table.file]
        if not isinstance(mine, list):
            merged[table.file] = mine  # the strict loader reports the shape
            continue
        index = {r.get("id"): i for i, r in enumerate(theirs) if isinstance(r, dict)}
        for record in mine:
            key = record.get("id") if isinstance(record, dict) else None
            if key in index:
                theirs[index[key]] = record
                replaced.append(str(key))
            else:
                theirs.append(record)
                added.append(str(key))
        merged[table.file] = theirs
    return merged, tuple(added), tuple(replaced)
