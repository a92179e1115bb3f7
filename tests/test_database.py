"""The SQLite database of every bundled release holds the API's facts, keys and checks; its views
and canned query follow prices_in_force; it is written atomically; and Datasette serves it."""

from __future__ import annotations

import contextlib
import html
import importlib.util
import json
import os
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest

import fitcerts
from fitcerts import database
from fitcerts.database import datasette_metadata, write_sqlite
from fitcerts.records import Price, prices_in_force
from fitcerts.relational import Cell, Field, Table, tables
from fitcerts.release import Release

VERSIONS = fitcerts.data_versions()
DAYS = (date(2015, 6, 1), date(2019, 6, 1), date(2026, 6, 1))
SQL_TYPES = {
    "string": "TEXT",
    "date": "TEXT",
    "array": "TEXT",
    "integer": "INTEGER",
    "boolean": "INTEGER",
    "number": "TEXT",
}


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every release's database, written once for the module."""
    folder = tmp_path_factory.mktemp("databases")
    paths = {}
    for version in VERSIONS:
        path = folder / f"release_{version.replace('.', '_')}.sqlite"
        write_sqlite(fitcerts.load(version), str(path))
        paths[version] = path
    return paths


def _open(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    connection.row_factory = sqlite3.Row
    return connection


@pytest.fixture(params=VERSIONS)
def version(request: pytest.FixtureRequest) -> str:
    value: str = request.param
    return value


@pytest.fixture
def connection(written: dict[str, Path], version: str) -> Iterator[sqlite3.Connection]:
    opened = _open(written[version])
    try:
        yield opened
    finally:
        opened.close()


def _cell(field: Field, value: Any) -> Cell:
    """A stored value read back as the cell relational.tables() gave."""
    if value is None:
        return None
    if field.type == "boolean":
        assert value in (0, 1)
        return bool(value)
    if field.type == "number":
        assert isinstance(value, str)
        return Decimal(value)
    if field.type == "date":
        return date.fromisoformat(value)
    if field.type == "array":
        items = json.loads(value)
        assert isinstance(items, list) and all(isinstance(item, str) for item in items)
        return tuple(items)
    assert isinstance(value, int if field.type == "integer" else str)
    value_cell: Cell = value
    return value_cell


def _price_lists(release: Release) -> list[tuple[str, tuple[Price, ...], str | None]]:
    """Every list of prices (an organization's, a tier's, a credential's) in table order, with
    the stem of its rows' ids and its issuer's country."""
    found: list[tuple[str, tuple[Price, ...], str | None]] = []
    for organization in release.organizations():
        found.append((organization.id, organization.prices, organization.country))
        for tier in organization.memberships:
            stem = f"{organization.id}/memberships/{tier.id}"
            found.append((stem, tier.prices, organization.country))
    for credential in release.credentials():
        found.append((credential.id, credential.prices, credential.organization.country))
    return found


def _in_force(release: Release, day: date) -> list[str]:
    """The ids of the prices prices_in_force() gives on ``day``, list by list, in data order."""
    ids = []
    for stem, prices, _ in _price_lists(release):
        chosen = prices_in_force(prices, day)
        for i, price in enumerate(prices):
            if any(price is c for c in chosen):
                ids.append(f"{stem}/prices/{i}")
    return ids


def _days_that_matter(release: Release) -> list[date]:
    """Every day a price starts or stops holding, the days either side, and DAYS."""
    days = set(DAYS)
    for _, prices, _ in _price_lists(release):
        for price in prices:
            for edge in (price.valid_from, price.valid_until):
                if edge is not None:
                    days |= {edge - timedelta(days=1), edge, edge + timedelta(days=1)}
            if price.stated_in is not None:
                first, last = date(price.stated_in, 1, 1), date(price.stated_in, 12, 31)
                days |= {first - timedelta(days=1), first, last, last + timedelta(days=1)}
    return sorted(days)


def _prices_on_sql(release: Release) -> str:
    sql: str = datasette_metadata(release)["databases"]["fitcerts"]["queries"]["prices_on"]["sql"]
    return sql


def _assert_prices(rows: Sequence[sqlite3.Row], prices: Sequence[Price], home: str | None) -> None:
    assert len(rows) == len(prices)
    for i, (row, price) in enumerate(zip(rows, prices, strict=True)):
        assert row["position"] == i
        assert row["pays_for"] == price.pays_for.value
        if price.amount is None:
            assert row["amount"] is None
        else:
            assert row["amount"] == format(price.amount, "f")
            assert Decimal(row["amount"]) == price.amount
        assert row["currency"] == price.currency.value
        assert row["bound"] == price.bound.value
        assert row["included_in"] == (price.included_in.value if price.included_in else None)
        assert row["audience"] == price.audience.value
        assert (row["tier"], row["tier_name"]) == (price.tier, price.tier_name)
        assert row["tax"] == price.tax.value
        assert row["jurisdiction"] == (price.jurisdiction or home)
        assert row["language"] == price.language
        assert row["valid_from"] == (price.valid_from.isoformat() if price.valid_from else None)
        assert row["valid_until"] == (price.valid_until.isoformat() if price.valid_until else None)
        assert row["stated_in"] == price.stated_in
        assert row["note"] == price.note


# --- the file --------------------------------------------------------------------------------


def test_the_file_opens_and_passes_sqlites_own_checks(
    connection: sqlite3.Connection, version: str
) -> None:
    assert connection.execute("PRAGMA integrity_check").fetchall()[0][0] == "ok"
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    released = json.loads(
        (Path(fitcerts.__file__).parent / "data" / version / "manifest.json").read_text()
    )["released"]
    assert [tuple(r) for r in connection.execute("SELECT * FROM release")] == [(version, released)]


def test_every_table_has_its_declared_columns_keys_and_indexes(
    connection: sqlite3.Connection, version: str
) -> None:
    for table in tables(fitcerts.load(version)):
        columns = connection.execute(f'PRAGMA table_info("{table.name}")').fetchall()
        assert [c["name"] for c in columns] == [f.name for f in table.fields]
        for column, field in zip(columns, table.fields, strict=True):
            assert column["type"] == SQL_TYPES[field.type], (table.name, field.name)
            assert bool(column["notnull"]) == field.required, (table.name, field.name)
        keyed = sorted((c["pk"], c["name"]) for c in columns if c["pk"])
        assert tuple(name for _, name in keyed) == table.primary_key
        declared = {
            (k["from"], k["table"], k["to"])
            for k in connection.execute(f'PRAGMA foreign_key_list("{table.name}")')
        }
        expected = {
            (column, key.table, reference)
            for key in table.foreign_keys
            for column, reference in zip(key.fields, key.references, strict=True)
        }
        assert declared == expected, table.name
        indexed = {
            connection.execute(f'PRAGMA index_info("{index["name"]}")').fetchone()["name"]
            for index in connection.execute(f'PRAGMA index_list("{table.name}")')
        }
        for key in table.foreign_keys:
            assert key.fields[0] in indexed, (table.name, key.fields)


def test_every_row_of_every_table_round_trips(connection: sqlite3.Connection, version: str) -> None:
    for table in tables(fitcerts.load(version)):
        stored = connection.execute(f'SELECT * FROM "{table.name}" ORDER BY rowid').fetchall()
        assert len(stored) == len(table.rows), table.name
        for row, expected in zip(stored, table.rows, strict=True):
            cells = tuple(_cell(f, value) for f, value in zip(table.fields, row, strict=True))
            assert cells == expected, (table.name, expected[0])


def test_credentials_and_prices_equal_the_api(connection: sqlite3.Connection, version: str) -> None:
    release = fitcerts.load(version)
    for credential in release.credentials():
        row = connection.execute(
            "SELECT * FROM credentials WHERE id = ?", (credential.id,)
        ).fetchone()
        exam = credential.exam
        minutes = None if exam.duration is None else exam.duration.total_seconds() // 60
        score = exam.passing_score
        assert row["name"] == credential.name
        assert row["organization"] == credential.organization.id
        assert row["kind"] == credential.kind.value
        assert row["exam_questions"] == exam.questions
        assert row["exam_minutes"] == minutes
        assert row["passing_score"] == (format(score.value, "f") if score else None)
        assert row["passing_score_scale"] == (score.scale.value if score else None)
        assert row["requirements_known"] == int(credential.requirements_known)
        assert json.loads(row["aliases"]) == list(credential.aliases)
        assert json.loads(row["exam_languages"]) == list(exam.languages)
    by_list: dict[str, list[sqlite3.Row]] = {}
    for row in connection.execute("SELECT * FROM prices ORDER BY rowid"):
        by_list.setdefault(row["id"].rsplit("/prices/", 1)[0], []).append(row)
    lists = _price_lists(release)
    assert set(by_list) <= {stem for stem, _, _ in lists}
    for stem, prices, home in lists:
        _assert_prices(by_list.get(stem, []), prices, home)


def test_arrays_are_json_that_json_each_reads(connection: sqlite3.Connection, version: str) -> None:
    release = fitcerts.load(version)
    pairs = connection.execute(
        "SELECT credentials.id, setting.value FROM credentials, json_each(credentials.settings)"
        " AS setting ORDER BY credentials.rowid, setting.key"
    ).fetchall()
    expected = [(c.id, s.value) for c in release.credentials() for s in c.settings]
    assert [tuple(p) for p in pairs] == expected


# --- views and the canned query --------------------------------------------------------------


def test_current_prices_are_the_prices_in_force_today(
    connection: sqlite3.Connection, version: str
) -> None:
    release = fitcerts.load(version)
    today = date.today()
    assert connection.execute("SELECT date('now', 'localtime')").fetchone()[0] == str(today)
    rows = connection.execute("SELECT * FROM current_prices").fetchall()
    assert [row["id"] for row in rows] == _in_force(release, today)
    amounts = {row["id"]: (row["amount"], row["currency"]) for row in rows}
    for stem, prices, _ in _price_lists(release):
        for i, price in enumerate(prices):
            key = f"{stem}/prices/{i}"
            if key in amounts:
                amount = None if price.amount is None else format(price.amount, "f")
                assert amounts[key] == (amount, price.currency.value)


def test_prices_on_is_prices_in_force_on_every_day_a_price_starts_or_ends(
    connection: sqlite3.Connection, version: str
) -> None:
    release = fitcerts.load(version)
    sql = _prices_on_sql(release)
    for day in _days_that_matter(release):
        rows = connection.execute(sql, {"day": day.isoformat()}).fetchall()
        assert [row["id"] for row in rows] == _in_force(release, day), day


@pytest.mark.parametrize("day", DAYS, ids=str)
def test_prices_on_the_named_days(connection: sqlite3.Connection, version: str, day: date) -> None:
    release = fitcerts.load(version)
    rows = connection.execute(_prices_on_sql(release), {"day": day.isoformat()}).fetchall()
    assert [row["id"] for row in rows] == _in_force(release, day)


@pytest.mark.parametrize("day", ["", "someday", "2026-13-01", "1 June 2026"])
def test_prices_on_an_invalid_day_gives_none(written: dict[str, Path], day: str) -> None:
    sql = _prices_on_sql(fitcerts.load(VERSIONS[-1]))
    with contextlib.closing(_open(written[VERSIONS[-1]])) as connection:
        assert connection.execute(sql, {"day": day}).fetchall() == []


def test_credential_summary_has_one_row_a_credential(
    connection: sqlite3.Connection, version: str
) -> None:
    release = fitcerts.load(version)
    rows = connection.execute("SELECT * FROM credential_summary").fetchall()
    assert [row["id"] for row in rows] == [c.id for c in release.credentials()]
    for row, credential in zip(rows, release.credentials(), strict=True):
        exam = credential.exam
        score = exam.passing_score
        latest = max(exam.pass_rates, key=lambda rate: rate.year, default=None)
        assert row["name"] == credential.name
        assert row["organization"] == credential.organization.id
        assert row["organization_name"] == credential.organization.name
        assert row["country"] == credential.organization.country
        assert row["kind"] == credential.kind.value
        assert row["exam_questions"] == exam.questions
        assert row["exam_minutes"] == (
            None if exam.duration is None else exam.duration.total_seconds() // 60
        )
        assert row["passing_score"] == (format(score.value, "f") if score else None)
        assert row["pass_rate_year"] == (latest.year if latest else None)
        assert row["pass_rate_percent"] == (format(latest.percent, "f") if latest else None)
        assert row["pass_rate_population"] == (latest.population.value if latest else None)
        assert row["prices"] == len(credential.prices)
        assert row["requirements_known"] == int(credential.requirements_known)


# --- checks ----------------------------------------------------------------------------------


@pytest.fixture
def writable(written: dict[str, Path], tmp_path: Path) -> Iterator[sqlite3.Connection]:
    copy = tmp_path / "copy.sqlite"
    copy.write_bytes(written[VERSIONS[-1]].read_bytes())
    opened = sqlite3.connect(copy)
    opened.row_factory = sqlite3.Row
    opened.execute("PRAGMA foreign_keys = ON")
    try:
        yield opened
    finally:
        opened.close()


def _insert_changed(connection: sqlite3.Connection, table: str, column: str, value: object) -> None:
    row = dict(connection.execute(f'SELECT * FROM "{table}" LIMIT 1').fetchone())
    row["id"] = f"{row['id']}-copy"
    if column:
        row[column] = value
    names = ", ".join(f'"{name}"' for name in row)
    marks = ", ".join("?" for _ in row)
    connection.execute(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', tuple(row.values()))


@pytest.mark.parametrize("table", ["prices", "credentials", "conditions", "gaps"])
def test_an_unchanged_copy_of_a_row_is_accepted(writable: sqlite3.Connection, table: str) -> None:
    _insert_changed(writable, table, "", None)


@pytest.mark.parametrize(
    ("table", "column", "value"),
    [
        ("prices", "currency", "XXX"),
        ("prices", "currency", "usd"),
        ("prices", "bound", "guessed"),
        ("prices", "pays_for", None),
        ("credentials", "kind", "diploma"),
        ("organizations", "type", "club"),
        ("credentials", "requirements_known", 2),
        ("credentials", "requirements_known", "yes"),
        ("prices", "valid_from", "2026-02-30"),
        ("prices", "valid_until", "June 2026"),
        ("prices", "amount", "12,50"),
        ("prices", "amount", "1e3"),
        ("prices", "amount", "1.2.3"),
        ("prices", "stated_in", "last year"),
        ("credentials", "aliases", "CSCS"),
        ("credentials", "aliases", '{"a": 1}'),
        ("prices", "credential", "NO-SUCH-CREDENTIAL"),
        ("prices", "membership_tier", "NO/SUCH"),
    ],
)
def test_checks_and_keys_refuse_a_bad_value(
    writable: sqlite3.Connection, table: str, column: str, value: object
) -> None:
    with pytest.raises(sqlite3.IntegrityError if column != "aliases" else sqlite3.DatabaseError):
        _insert_changed(writable, table, column, value)


# --- writing ---------------------------------------------------------------------------------


def test_the_same_release_gives_the_same_bytes(tmp_path: Path) -> None:
    release = fitcerts.load(VERSIONS[-1])
    write_sqlite(release, str(tmp_path / "a.sqlite"))
    write_sqlite(release, tmp_path / "b.sqlite")
    assert (tmp_path / "a.sqlite").read_bytes() == (tmp_path / "b.sqlite").read_bytes()


def test_writing_over_a_file_replaces_it(tmp_path: Path) -> None:
    path = tmp_path / "fitcerts.sqlite"
    path.write_text("not a database")
    write_sqlite(fitcerts.load(VERSIONS[0]), str(path))
    write_sqlite(fitcerts.load(VERSIONS[-1]), str(path))
    with contextlib.closing(_open(path)) as connection:
        assert connection.execute("SELECT data_version FROM release").fetchone()[0] == VERSIONS[-1]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fitcerts.sqlite"]


def test_a_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    with pytest.raises(IsADirectoryError, match="folder"):
        write_sqlite(fitcerts.load(VERSIONS[-1]), str(folder))
    assert list(folder.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder"]


def test_a_missing_folder_names_the_path_asked_for(tmp_path: Path) -> None:
    path = tmp_path / "missing" / "fitcerts.sqlite"
    with pytest.raises(FileNotFoundError) as raised:
        write_sqlite(fitcerts.load(VERSIONS[-1]), str(path))
    assert raised.value.filename == str(path)


def test_a_failed_write_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "fitcerts.sqlite"
    write_sqlite(fitcerts.load(VERSIONS[-1]), str(path))
    before = path.read_bytes()

    def dangling(release: Release) -> tuple[Table, ...]:
        built = list(tables(release))
        i = next(i for i, table in enumerate(built) if table.name == "prices")
        bad = ("NOWHERE/prices/0", "NO-SUCH-CREDENTIAL", *built[i].rows[0][2:])
        built[i] = attrs.evolve(built[i], rows=(*built[i].rows, bad))
        return tuple(built)

    monkeypatch.setattr(database, "tables", dangling)
    with pytest.raises(sqlite3.IntegrityError):
        write_sqlite(fitcerts.load(VERSIONS[-1]), str(path))
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fitcerts.sqlite"]


def test_the_library_never_imports_datasette(tmp_path: Path) -> None:
    script = (
        "import sys, fitcerts\n"
        "from fitcerts.database import datasette_metadata, write_sqlite\n"
        "write_sqlite(fitcerts.load(fitcerts.DATA_VERSION), sys.argv[1])\n"
        "datasette_metadata(fitcerts.load(fitcerts.DATA_VERSION))\n"
        "assert 'datasette' not in sys.modules, 'datasette imported'\n"
    )
    subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "f.sqlite")], check=True, timeout=60
    )


# --- Datasette metadata ----------------------------------------------------------------------


def test_the_metadata_is_plain_json_that_names_every_table_and_column(
    connection: sqlite3.Connection, version: str
) -> None:
    release = fitcerts.load(version)
    metadata = datasette_metadata(release)
    assert json.loads(json.dumps(metadata)) == metadata
    assert metadata["license"] == "MIT" and version in metadata["title"]
    described = metadata["databases"]["fitcerts"]["tables"]
    stored = {
        row["name"]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"
        )
    }
    assert set(described) == stored
    for name, table in described.items():
        columns = {c["name"]: c["type"] for c in connection.execute(f'PRAGMA table_info("{name}")')}
        assert list(table["columns"]) == list(columns), name
        assert all(table["columns"].values()), name
        for column in (*table.get("facets", ()), *table.get("sortable_columns", ())):
            assert column in columns, (name, column)
        for column in table.get("units", {}):
            types = {
                row[0] for row in connection.execute(f'SELECT typeof("{column}") FROM "{name}"')
            }
            assert types <= {"integer", "null"}, (name, column)
    facets = {name: table.get("facets") for name, table in described.items()}
    assert facets["credentials"] == ["organization", "kind"]
    assert facets["organizations"] == ["country"]
    assert facets["prices"] == ["currency", "pays_for", "jurisdiction", "bound"]
    assert described["credentials"]["units"] == {"exam_minutes": "min"}
    assert "amount" not in described["prices"]["sortable_columns"]
    assert datasette_metadata(release, database="other")["databases"].keys() == {"other"}


# --- a real Datasette ------------------------------------------------------------------------


def _read(url: str) -> str:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback, never a proxy
    with opener.open(url, timeout=10) as response:
        text: str = response.read().decode("utf-8")
        return text


def _get(url: str) -> Any:
    return json.loads(_read(url))


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.mark.enable_socket  # this test talks to the Datasette server over the loopback address
def test_datasette_serves_every_release(written: dict[str, Path], tmp_path: Path) -> None:
    if importlib.util.find_spec("datasette") is None:
        if os.environ.get("CI"):
            pytest.fail("datasette is not installed; the test extra installs it")
        pytest.skip("datasette is not installed (pip install datasette)")
    names = {version: path.stem for version, path in written.items()}
    metadata = datasette_metadata(fitcerts.load(VERSIONS[-1]), database=names[VERSIONS[-1]])
    for version, name in names.items():
        one = datasette_metadata(fitcerts.load(version), database=name)
        metadata["databases"][name] = one["databases"][name]
    metadata_path = tmp_path / "metadata.json"
    metadata_path.write_text(json.dumps(metadata, indent=2))
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    log = tmp_path / "datasette.log"
    with log.open("wb") as output:
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "datasette",
                "serve",
                *(str(path) for path in written.values()),
                "-m",
                str(metadata_path),
                "--port",
                str(port),
                "--host",
                "127.0.0.1",
            ],
            stdin=subprocess.DEVNULL,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 30
        while True:
            if server.poll() is not None:
                pytest.fail(f"datasette stopped ({server.returncode}):\n{log.read_text()}")
            try:
                _get(f"{base}/-/versions.json")
                break
            except (urllib.error.URLError, ConnectionError):
                if time.monotonic() > deadline:
                    pytest.fail(f"datasette did not answer in 30 s:\n{log.read_text()}")
                time.sleep(0.2)
        assert _get(f"{base}/-/metadata.json") == metadata
        for version, name in names.items():
            release = fitcerts.load(version)
            prices = _get(
                f"{base}/{name}/prices.json?credential=CSCS&_shape=array&_size=max&_sort=position"
            )
            expected = release.get("CSCS").prices
            assert [(Decimal(p["amount"]) if p["amount"] else None) for p in prices] == [
                p.amount for p in expected
            ]
            assert [p["currency"] for p in prices] == [p.currency.value for p in expected]
            assert [p["bound"] for p in prices] == [p.bound.value for p in expected]
            day = date(2026, 6, 1)
            on_day = _get(f"{base}/{name}/prices_on.json?day={day}&_shape=array")
            assert [p["id"] for p in on_day] == _in_force(release, day)
            today = _get(f"{base}/{name}/current_prices.json?_shape=array&_size=max")
            assert [p["id"] for p in today] == _in_force(release, date.today())
            summary = _get(f"{base}/{name}/credential_summary.json?_shape=array&_size=max")
            assert [row["id"] for row in summary] == [c.id for c in release.credentials()]
            facets = _get(f"{base}/{name}/credentials.json?_size=0")["facet_results"]
            assert {"organization", "kind"} <= set(facets.get("results", facets))
        # The pages people read render too, with the metadata's descriptions and units.
        name = names[VERSIONS[-1]]
        page = html.unescape(_read(f"{base}/{name}/credentials?_facet=kind"))
        assert "One row per credential" in page and "the exam's length in minutes" in page
        assert "Prices in force on a day" in _read(f"{base}/{name}")
        assert "&nbsp;min" in _read(f"{base}/{name}/credentials/CSCS")  # exam_minutes in Pint units
        for path in ("prices", "current_prices", "credential_summary", "prices_on?day=2026-06-01"):
            _read(f"{base}/{name}/{path}")  # an error page would raise HTTPError
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=10)
