"""A release as one SQLite database, the tables of :mod:`fitcerts.relational` with their keys
and checks, plus views and Datasette metadata, so SQL and Datasette read the facts the API gives.

Column types follow the Table Schema types: string, date and array are ``TEXT``, integer and
boolean are ``INTEGER`` (booleans 0 or 1), and number is ``TEXT`` too, so a decimal stays exact
(``"49.99"`` never becomes ``49.990000000000002``): sort or add with ``CAST(amount AS REAL)``.
Unknown is ``NULL``, never 0. Dates are ISO text (``date()`` and comparisons work), arrays are JSON
text (``json_each(settings)`` reads them). Every column carries ``NOT NULL`` where the field is
always filled and a ``CHECK`` of its vocabulary or form, every foreign key is declared and indexed,
and a one-row ``release`` table names the data version.

The views ``current_prices`` (the prices in force today) and ``credential_summary`` (one row a
credential), and the Datasette canned query ``prices_on`` (any ``:day``), apply the rule of
:func:`fitcerts.records.prices_in_force`. Only the standard library's ``sqlite3`` is used:
Datasette reads the file, fitcerts never imports it.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from .files import replacing
from .relational import Cell, Field, Table, released_on, tables, value_text
from .release import Release

__all__ = ["DATABASE", "datasette_metadata", "write_sqlite"]

DATABASE = "fitcerts"  # the database's name in Datasette: its file's name without the suffix

_SQL_TYPES = {
    "string": "TEXT",
    "date": "TEXT",
    "array": "TEXT",
    "integer": "INTEGER",
    "boolean": "INTEGER",
    "number": "TEXT",
}

_RELEASE = "release"


def write_sqlite(release: Release, path: str | os.PathLike[str]) -> None:
    """Write ``release`` as a SQLite database at ``path``, whole or not at all: it is built in a
    temporary file beside ``path``, checked (foreign keys, integrity), then put in its place, so
    a failure leaves any previous file as it was. The same release gives the same content."""
    with replacing(path) as temporary:
        _build(release, temporary)


def _build(release: Release, path: str) -> None:
    built = tables(release)
    connection = sqlite3.connect(path, isolation_level=None)  # transactions as written here
    try:
        connection.execute("PRAGMA foreign_keys = ON")  # before BEGIN: inside one it does nothing
        connection.execute("PRAGMA journal_mode = MEMORY")
        connection.execute("BEGIN")
        for table in built:
            connection.execute(_create_table(table))
            marks = ", ".join("?" for _ in table.fields)
            connection.executemany(
                f"INSERT INTO {_quote(table.name)} VALUES ({marks})",
                (_sql_row(table.fields, row) for row in table.rows),
            )
        connection.execute(_create_release_table())
        connection.execute(
            f"INSERT INTO {_quote(_RELEASE)} VALUES (?, ?)",
            (release.version, _released(release)),
        )
        for table in built:
            for statement in _create_indexes(table):
                connection.execute(statement)
        for name, select in _views():
            connection.execute(f"CREATE VIEW {_quote(name)} AS\n{select}")
        problems = _foreign_key_problems(connection)
        if problems:
            raise sqlite3.IntegrityError(
                "foreign keys that point nowhere:\n  " + "\n  ".join(problems)
            )
        connection.execute("COMMIT")
        (verdict,) = connection.execute("PRAGMA integrity_check").fetchone()
        if verdict != "ok":
            raise sqlite3.DatabaseError(f"the database written is damaged: {verdict}")
    finally:
        connection.close()


# --- schema ----------------------------------------------------------------------------------


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _check(field: Field) -> str | None:
    """What every value of ``field`` must look like (``NULL`` passes unless it is required)."""
    column = _quote(field.name)
    if field.enum is not None:
        return f"{column} IN ({', '.join(_literal(value) for value in field.enum)})"
    if field.type == "boolean":
        return f"{column} IN (0, 1)"
    if field.type == "integer":
        return f"typeof({column}) IN ('integer', 'null')"
    if field.type == "date":  # '+0 days' turns 2026-02-30 into 2026-03-02, which then differs
        return f"{column} IS date({column}, '+0 days')"
    if field.type == "array":
        return f"json_type({column}) = 'array'"
    if field.type == "number":  # a plain decimal: digits, at most one point, a leading minus
        return (
            f"{column} GLOB '*[0-9]*' AND {column} NOT GLOB '*[^0-9.-]*' "
            f"AND {column} NOT GLOB '?*-*' AND {column} NOT GLOB '*.*.*'"
        )
    return None


def _column(field: Field) -> str:
    parts = [_quote(field.name), _SQL_TYPES[field.type]]
    if field.required:
        parts.append("NOT NULL")
    check = _check(field)
    if check is not None:
        parts.append(f"CHECK ({check})")
    return " ".join(parts)


def _names(names: Iterable[str]) -> str:
    return ", ".join(_quote(name) for name in names)


def _create_table(table: Table) -> str:
    lines = [_column(field) for field in table.fields]
    lines.append(f"PRIMARY KEY ({_names(table.primary_key)})")
    lines.extend(
        f"FOREIGN KEY ({_names(key.fields)}) REFERENCES {_quote(key.table)} "
        f"({_names(key.references)})"
        for key in table.foreign_keys
    )
    body = ",\n  ".join(lines)
    return f"CREATE TABLE {_quote(table.name)} (\n  {body}\n)"


def _create_release_table() -> str:
    return (
        f"CREATE TABLE {_quote(_RELEASE)} (\n"
        '  "data_version" TEXT NOT NULL PRIMARY KEY,\n'
        '  "released" TEXT CHECK ("released" IS date("released", \'+0 days\'))\n'
        ")"
    )


def _create_indexes(table: Table) -> list[str]:
    """One index a foreign key, so joins and Datasette's row pages do not scan."""
    statements = []
    for key in dict.fromkeys(key.fields for key in table.foreign_keys):
        name = "_".join((table.name, *key))
        statements.append(f"CREATE INDEX {_quote(name)} ON {_quote(table.name)} ({_names(key)})")
    return statements


def _sql_value(cell: Cell) -> str | int | None:
    """A cell as the database stores it: 0/1, exact decimal text, ISO date, JSON array."""
    if cell is None or isinstance(cell, (str, int)):
        return int(cell) if isinstance(cell, bool) else cell
    return value_text(cell)


def _sql_row(fields: Sequence[Field], row: Sequence[Cell]) -> tuple[str | int | None, ...]:
    if len(row) != len(fields):
        raise ValueError(f"a row of {len(row)} cells for {len(fields)} columns: {row!r}")
    return tuple(_sql_value(cell) for cell in row)


def _foreign_key_problems(connection: sqlite3.Connection) -> list[str]:
    problems = []
    for table, rowid, parent, _ in connection.execute("PRAGMA foreign_key_check"):
        (key,) = connection.execute(
            f"SELECT id FROM {_quote(table)} WHERE rowid = ?", (rowid,)
        ).fetchone()
        problems.append(f"{table} {key}: no {parent} row it refers to")
    return problems


def _released(release: Release) -> str | None:
    day = released_on(release)
    return None if day is None else day.isoformat()


# --- views -----------------------------------------------------------------------------------


def _applies(price: str, day: str, indent: str) -> str:
    """SQL: the price aliased ``price`` holds on ``day`` (a ``Price.applies`` with no place)."""
    return f"\n{indent}AND ".join(
        (
            f"({price}.valid_from IS NULL OR {price}.valid_from <= {day})",
            f"({price}.valid_until IS NULL OR {price}.valid_until >= {day})",
            f"({price}.stated_in IS NULL"
            f" OR {price}.stated_in = CAST(strftime('%Y', {day}) AS INTEGER))",
        )
    )


def _undated(price: str) -> str:
    return (
        f"{price}.valid_from IS NULL AND {price}.valid_until IS NULL AND {price}.stated_in IS NULL"
    )


def _in_force_sql(day: str) -> str:
    """A ``SELECT`` of the prices in force on the SQL date expression ``day``, in data order,
    by the rule of ``prices_in_force``: a price holds if its dates allow the day, but an undated
    one gives way to a dated one of the same list and slot that holds that day. An invalid day
    selects nothing.

    The slot compares the ``jurisdiction`` column, a price's market (its own place, else its
    issuer's country), where ``Price.slot`` compares the place the price itself names: the two
    differ only for an undated price naming no place beside a dated one naming its issuer's
    country (tests/test_database.py checks every day a price starts or ends on)."""
    same_list = (
        "later.credential IS price.credential"
        " AND later.organization = price.organization"
        " AND later.membership_tier IS price.membership_tier"
    )
    same_slot = (
        "later.pays_for = price.pays_for AND later.audience = price.audience"
        " AND later.tier IS price.tier AND later.currency = price.currency"
        " AND later.jurisdiction IS price.jurisdiction AND later.language IS price.language"
    )
    return (
        "SELECT price.* FROM prices AS price\n"
        f"WHERE {day} IS NOT NULL\n"
        f"  AND {_applies('price', day, '  ')}\n"
        f"  AND NOT ({_undated('price')} AND EXISTS (\n"
        "    SELECT 1 FROM prices AS later\n"
        f"    WHERE {same_list}\n"
        f"      AND {same_slot}\n"
        f"      AND NOT ({_undated('later')})\n"
        f"      AND {_applies('later', day, '      ')}))\n"
        "ORDER BY price.rowid"
    )


_TODAY = "date('now', 'localtime')"  # the day date.today() gives on the same machine

_CREDENTIAL_SUMMARY = """\
SELECT
  credential.id AS id,
  credential.name AS name,
  credential.organization AS organization,
  organization.name AS organization_name,
  organization.country AS country,
  credential.kind AS kind,
  credential.exam_questions AS exam_questions,
  credential.exam_minutes AS exam_minutes,
  credential.passing_score AS passing_score,
  credential.passing_score_scale AS passing_score_scale,
  rate.year AS pass_rate_year,
  rate.percent AS pass_rate_percent,
  rate.population AS pass_rate_population,
  (SELECT count(*) FROM prices WHERE prices.credential = credential.id) AS prices,
  credential.requirements_known AS requirements_known
FROM credentials AS credential
JOIN organizations AS organization ON organization.id = credential.organization
LEFT JOIN pass_rates AS rate ON rate.id = (
  SELECT latest.id FROM pass_rates AS latest
  WHERE latest.credential = credential.id
  ORDER BY latest.year DESC, latest.position
  LIMIT 1
)
ORDER BY credential.rowid"""


def _views() -> tuple[tuple[str, str], ...]:
    return (
        ("current_prices", _in_force_sql(_TODAY)),
        ("credential_summary", _CREDENTIAL_SUMMARY),
    )


# --- Datasette -------------------------------------------------------------------------------

_FACETS = {
    "credentials": ["organization", "kind"],
    "organizations": ["country"],
    "prices": ["currency", "pays_for", "jurisdiction", "bound"],
    "current_prices": ["currency", "pays_for", "jurisdiction", "bound"],
    "credential_summary": ["kind", "country"],
}

# Pint units Datasette shows beside a value (and converts in filters); integer columns only,
# since Datasette multiplies the stored value.
_UNITS = {
    "credentials": {"exam_minutes": "min"},
    "credential_summary": {"exam_minutes": "min"},
    "exam_parts": {"minutes": "min"},
    "recertification": {"cycle_years": "year", "grace_months": "month"},
}

_SUMMARY_COLUMNS = {
    "id": "the credential's id, as fitcerts.get() takes it",
    "name": "full name",
    "organization": "the issuing organization",
    "organization_name": "the issuing organization's name",
    "country": "ISO 3166-1 code of the organization's country",
    "kind": "certification, specialization, ...",
    "exam_questions": "questions in the exam",
    "exam_minutes": "the exam's length in minutes",
    "passing_score": "the score that passes, on passing_score_scale",
    "passing_score_scale": "percent or scaled",
    "pass_rate_year": "the latest year a pass rate is given for",
    "pass_rate_percent": "that year's pass rate, in percent (the first listed, if several)",
    "pass_rate_population": "whom that pass rate counts",
    "prices": "how many prices the credential itself lists",
    "requirements_known": "0: the prerequisites are not reported",
}

_SUMMARY_NUMBERS = ("passing_score", "pass_rate_percent")


def _column_description(field: Field) -> str:
    if field.type == "array":
        return f"{field.description} (a JSON array: json_each reads it)"
    if field.type == "number":
        return f"{field.description} (exact decimal text: CAST(... AS REAL) to sort or add)"
    if field.type == "boolean":
        return f"{field.description} (1 true, 0 false)"
    return field.description


def _table_metadata(table: Table, name: str, description: str) -> dict[str, Any]:
    found: dict[str, Any] = {
        "description": description,
        "columns": {field.name: _column_description(field) for field in table.fields},
    }
    if name in _UNITS:
        found["units"] = dict(_UNITS[name])
    if name in _FACETS:
        found["facets"] = list(_FACETS[name])
    if any(field.type == "number" for field in table.fields):
        # Text sorts "1000" before "250": only columns whose order means something.
        found["sortable_columns"] = [f.name for f in table.fields if f.type != "number"]
    return found


def datasette_metadata(release: Release, *, database: str = DATABASE) -> dict[str, Any]:
    """Datasette metadata (``datasette serve FILE -m metadata.json``, Datasette 0.x) for the
    database :func:`write_sqlite` writes: titles, licence, source, every table's and column's
    description, units, facets, sortable columns and the ``prices_on`` canned query.
    ``database`` is the name Datasette gives the file: its name without the suffix."""
    built = tables(release)
    found: dict[str, Any] = {}
    for table in built:
        found[table.name] = _table_metadata(table, table.name, table.description)
    prices = next(table for table in built if table.name == "prices")
    found["current_prices"] = _table_metadata(
        prices,
        "current_prices",
        "The prices in force today, by the rule of fitcerts.records.prices_in_force: an undated "
        "price gives way to a dated price of the same slot that holds today. Any other day: "
        "the prices_on query.",
    )
    found["credential_summary"] = {
        "description": "One row a credential: its organization, exam, latest pass rate and "
        "how many prices it lists.",
        "columns": {
            column: f"{text} (exact decimal text: CAST(... AS REAL) to sort)"
            if column in _SUMMARY_NUMBERS
            else text
            for column, text in _SUMMARY_COLUMNS.items()
        },
        "units": dict(_UNITS["credential_summary"]),
        "facets": list(_FACETS["credential_summary"]),
        "sortable_columns": [c for c in _SUMMARY_COLUMNS if c not in _SUMMARY_NUMBERS],
    }
    found[_RELEASE] = {
        "description": "The data release this database holds.",
        "columns": {
            "data_version": "the data version, as fitcerts.load() takes it",
            "released": "the day it was released",
        },
    }
    return {
        "title": f"fitcerts {release.version}: fitness and strength-and-conditioning credentials",
        "description": (
            "Credentials a trainer or coach weighs: prices kept exact, lower-bound, "
            "approximate, included or not reported, prerequisites, exams, pass rates and "
            "renewal, each fact with its sources. Unknown is empty, never 0. Data release "
            f"{release.version}."
        ),
        "license": "MIT",
        "license_url": "https://opensource.org/licenses/MIT",
        "source": f"fitcerts data release {release.version} (the sources table names every page)",
        "databases": {
            database: {
                "description": f"fitcerts data release {release.version}",
                "tables": found,
                "queries": {
                    "prices_on": {
                        "title": "Prices in force on a day",
                        "description": (
                            "The prices in force on :day (YYYY-MM-DD), by the rule of "
                            "current_prices; an invalid day gives none."
                        ),
                        "sql": _in_force_sql("date(:day)"),
                        "params": ["day"],
                    }
                },
            }
        },
    }
