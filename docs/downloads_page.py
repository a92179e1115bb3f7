"""The Downloads page: every bundled release as files to use without Python, with the size and
SHA-256 of each.

``gen_pages.py`` writes the files and the page into the site when it is built, offline. The files
come from the package's own exports, and the same release gives the same bytes on every build (the
zip's entries are dated on the release day; the SQLite file depends only on the data and on the
SQLite library that writes it), so the page is the same on every build too.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import NamedTuple

from site_pages import released_on

import fitcerts
from fitcerts.database import datasette_metadata

FOLDER = "downloads"


class Kind(NamedTuple):
    """A kind of download: how its name ends, a few words for its table row, and what the
    list above the tables says of it."""

    ending: str
    short: str
    long: str


# The order the page lists them in.
KINDS = (
    Kind(
        "-datapackage.zip",
        "Data Package (zip)",
        "a Frictionless Data Package, zipped: one CSV file a table (`prices.csv`, "
        "`requirements.csv`, ...) and `datapackage.json`, which gives each column's type and "
        "meaning. For spreadsheets, R and the `frictionless` tool.",
    ),
    Kind(
        ".db",
        "SQLite database",
        "the same tables as a SQLite database, with their keys, and the views "
        "`current_prices` and `credential_summary`. For `sqlite3`, Datasette and any SQL tool.",
    ),
    Kind(
        ".metadata.json",
        "Datasette metadata",
        "what each table and column of the database means, facets and the `prices_on` query, "
        "for Datasette. Save the two as `fitcerts.db` and `fitcerts.metadata.json`: Datasette "
        "names a database after its file.",
    ),
    Kind(
        ".json",
        "JSON, every record",
        "every source, organization and credential as the package holds them. A key left "
        "out holds its default (a price's currency is then USD) or means not reported.",
    ),
    Kind(
        ".csv",
        "CSV, one row a credential",
        "one row a credential, with its exam, latest pass rate and price range: an overview. "
        "The Data Package has every fact.",
    ),
)


class Download(NamedTuple):
    """One file of a release: its name and its bytes."""

    name: str
    data: bytes


def release_files(version: str) -> list[Download]:
    """Every download of release ``version``, in the order the page lists them, made by the
    package's exports exactly as ``fitcerts export`` writes them."""
    stem = f"fitcerts-{version}"
    with tempfile.TemporaryDirectory() as folder:
        package = Path(
            fitcerts.export("datapackage", Path(folder) / "package.zip", version=version)
        )
        database = Path(folder) / "fitcerts.db"
        fitcerts.export("sqlite", database, version=version)
        files = [
            Download(f"{stem}-datapackage.zip", package.read_bytes()),
            Download(f"{stem}.db", database.read_bytes()),
        ]
    # as `fitcerts export --format sqlite -o fitcerts.db` writes it beside the database:
    # Datasette names a database after its file, and dots in a name make awkward addresses
    described = datasette_metadata(fitcerts.load(version), database="fitcerts")
    metadata = json.dumps(described, indent=2) + "\n"
    files += [
        Download(f"{stem}.metadata.json", metadata.encode("utf-8")),
        Download(f"{stem}.json", fitcerts.export("json", version=version).encode("utf-8")),
        Download(f"{stem}.csv", fitcerts.export("csv", version=version).encode("utf-8")),
    ]
    return files


def all_downloads() -> dict[str, list[Download]]:
    """Every bundled release's downloads, newest release first."""
    return {version: release_files(version) for version in reversed(fitcerts.data_versions())}


def download_path(version: str, name: str) -> str:
    """Where a file goes in the site (and the docs folder mkdocs reads)."""
    return f"{FOLDER}/{version}/{name}"


def kind_of(name: str) -> Kind:
    for kind in KINDS:
        if name.endswith(kind.ending):
            return kind
    raise ValueError(f"no kind of download ends {name}")


def human_size(size: int) -> str:
    """``1.1 MB``, ``241.7 kB``, ``812 bytes``: decimal units, as file managers show them."""
    if size < 1000:
        return f"{size} bytes"
    if size < 999_950:  # what would round to 1000.0 kB reads 1.0 MB
        return f"{size / 1000:.1f} kB"
    return f"{size / 1_000_000:.1f} MB"


class Row(NamedTuple):
    """One line of a release's table."""

    path: str  # under the docs folder
    name: str
    what: str
    size: int
    sha256: str


def rows(version: str, files: Sequence[Download]) -> list[Row]:
    return [
        Row(
            download_path(version, f.name),
            f.name,
            kind_of(f.name).short,
            len(f.data),
            hashlib.sha256(f.data).hexdigest(),
        )
        for f in files
    ]


def downloads_page(downloads: Mapping[str, Sequence[Download]]) -> str:
    """The page: a table a release, in the order given (newest first)."""
    newest = next(iter(downloads))
    lines = [
        "# Downloads",
        "",
        "Every data release as files you can use without Python: in a spreadsheet, with SQL, "
        "in R or in JavaScript. [Use the data without Python](without-python.md) shows how. "
        "The files are made by the package's own exports (`fitcerts export`) when this site "
        f"is built, by fitcerts {fitcerts.__version__}.",
        "",
        "The same release gives the same files on every build, so a checksum below names one "
        "file. The SQLite file's bytes also depend on the SQLite library that writes it: "
        f"these were written by SQLite {sqlite3.sqlite_version}. The facts inside are the "
        "same whichever writes them.",
        "",
        "To check a download, compare its SHA-256 with the table: `sha256sum FILE` on Linux, "
        "`shasum -a 256 FILE` on macOS, `Get-FileHash FILE` in Windows PowerShell.",
        "",
        "Each release has five files:",
        "",
    ]
    lines += [f"- `fitcerts-VERSION{kind.ending}`: {kind.long}" for kind in KINDS]
    lines.append("")
    for version, files in downloads.items():
        heading = f"## Release {version}"
        if version == newest:
            heading += " (newest)"
        released = released_on(fitcerts.load(version))
        lines += [
            heading,
            "",
            f'Released on {released.isoformat()}. In Python: `fitcerts.load("{version}")`.',
            "",
            "| file | what it is | size | SHA-256 |",
            "| --- | --- | --- | --- |",
        ]
        for row in rows(version, files):
            lines.append(
                f"| [{row.name}]({row.path}) | {row.what} | "
                f"{human_size(row.size)} ({row.size:,} bytes) | `{row.sha256}` |"
            )
        lines.append("")
    return "\n".join(lines)
