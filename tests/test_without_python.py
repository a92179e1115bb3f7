"""docs/without-python.md runs: every SQL example against a freshly exported database, its
command lines, its Datasette addresses, and the columns and keys its R and JavaScript examples
name (R and JavaScript themselves are not run here)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import shlex
import sqlite3
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import attrs
import pytest

import fitcerts
from fitcerts.cli import main
from fitcerts.datapackage import files
from fitcerts.markets import prices_in
from fitcerts.records import prices_in_force
from fitcerts.relational import tables
from fitcerts.vocabulary import Education, RequirementLevel

ROOT = Path(__file__).parent.parent
PAGE = (ROOT / "docs" / "without-python.md").read_text(encoding="utf-8")
DEGREES = ("bachelor", "master", "doctorate")


def blocks(language: str) -> list[str]:
    """The page's fenced code blocks in ``language``, in page order."""
    return re.findall(rf"^```{language}\n(.*?)^```$", PAGE, flags=re.MULTILINE | re.DOTALL)


SQL = blocks("sql")


def sql_block(*words: str) -> str:
    """The one SQL example that holds every one of ``words``."""
    found = [block for block in SQL if all(word in block for word in words)]
    assert len(found) == 1, f"{len(found)} SQL examples hold {words}"
    return found[0]


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("without-python") / "fitcerts.db"
    fitcerts.export("sqlite", path)
    return path


def query(database: Path, sql: str) -> list[dict[str, Any]]:
    with contextlib.closing(sqlite3.connect(database)) as connection:
        cursor = connection.execute(sql)
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def text(amount: Decimal | None) -> str | None:
    return None if amount is None else format(amount, "f")


def us_prices() -> list[fitcerts.Price]:
    cscs = fitcerts.get("CSCS")
    return prices_in(cscs.prices, "US", cscs.organization.country)


def test_the_page_has_its_sql_examples() -> None:
    assert len(SQL) >= 8


@pytest.mark.parametrize("number", range(len(SQL)))
def test_every_sql_example_runs_and_returns_rows(database: Path, number: int) -> None:
    assert query(database, SQL[number]), f"SQL example {number + 1} returned no rows"


def test_the_cscs_prices_example_gives_the_us_prices_of_the_api(database: Path) -> None:
    rows = query(database, sql_block("FROM prices", "'CSCS'", "'US'"))
    prices = us_prices()
    assert [row["amount"] for row in rows] == [text(p.amount) for p in prices]
    assert [(row["pays_for"], row["audience"]) for row in rows] == [
        (p.pays_for.value, p.audience.value) for p in prices
    ]


def test_the_cscs_prices_of_today_are_those_the_api_has_in_force(database: Path) -> None:
    rows = query(database, sql_block("FROM current_prices", "'CSCS'"))
    in_force = prices_in_force(us_prices(), date.today())
    assert [(row["pays_for"], row["amount"]) for row in rows] == [
        (p.pays_for.value, text(p.amount)) for p in in_force
    ]


def _asks_for_degree(condition: fitcerts.Condition) -> bool:
    parts = (condition, *condition.all_of)
    return any(p.education is not None and p.education.value in DEGREES for p in parts)


def test_the_degree_examples_agree_with_the_records(database: Path) -> None:
    one_way = query(database, sql_block("DISTINCT requirement.credential, requirement.level"))
    needed = query(database, sql_block("asks_for_degree"))
    today = date.today()
    expected_one_way, expected_needed = set(), set()
    for credential in fitcerts.credentials():
        for requirement in credential.requirements:
            if any(_asks_for_degree(c) for c in requirement.any_of):
                expected_one_way.add(credential.id)
            if (
                requirement.level is RequirementLevel.REQUIRED
                and requirement.in_force(today)
                and all(_asks_for_degree(c) for c in requirement.any_of)
            ):
                expected_needed.add(credential.id)
    assert {row["credential"] for row in one_way} == expected_one_way
    assert [row["credential"] for row in needed] == sorted(expected_needed)
    assert "CSCS" in expected_one_way - expected_needed  # a college senior may sit it, as told
    assert {e.value for e in Education if e.rank >= Education.BACHELOR.rank} == set(DEGREES)


def test_the_pass_rate_example_gives_cscs_rates_year_by_year(database: Path) -> None:
    rows = query(database, sql_block("FROM pass_rates", "'CSCS'"))
    rates = sorted(fitcerts.get("CSCS").exam.pass_rates, key=lambda rate: rate.year)
    assert [(row["year"], row["percent"], row["population"]) for row in rows] == [
        (r.year, text(r.percent), r.population.value) for r in rates
    ]


def test_the_page_names_every_table_and_view() -> None:
    names = [table.name for table in tables(fitcerts.load(fitcerts.DATA_VERSION))]
    for name in (*names, "current_prices", "credential_summary", "release"):
        assert f"`{name}`" in PAGE, name


def test_the_command_lines_run_and_write_what_the_page_says(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    lines = [line for block in blocks("sh") for line in block.splitlines()]
    commands = [line for line in lines if line.startswith("fitcerts ")]
    assert len(commands) >= 5
    for command in commands:
        assert main(shlex.split(command)[1:]) == 0, command
    capsys.readouterr()
    for name in ("fitcerts.db", "fitcerts.metadata.json", "fitcerts.json", "fitcerts.csv"):
        assert (tmp_path / name).is_file(), name
    assert (tmp_path / "fitcerts-data" / "prices.csv").is_file()
    assert (tmp_path / "fitcerts-data" / "datapackage.json").is_file()
    assert (tmp_path / "fitcerts-data.zip").is_file()
    with contextlib.closing(sqlite3.connect(tmp_path / "fitcerts-2026.3.db")) as old:
        assert old.execute("SELECT data_version FROM release").fetchone() == ("2026.3",)
    # the datasette command names the two files the first command wrote
    assert "datasette fitcerts.db -m fitcerts.metadata.json" in lines


def test_the_datasette_addresses_answer_with_the_facts_of_the_api(tmp_path: Path) -> None:
    datasette = pytest.importorskip("datasette.app")
    assert main(["export", "--format", "sqlite", "-o", str(tmp_path / "fitcerts.db")]) == 0
    metadata = json.loads((tmp_path / "fitcerts.metadata.json").read_text(encoding="utf-8"))
    server = datasette.Datasette([str(tmp_path / "fitcerts.db")], metadata=metadata)
    addresses = re.findall(r"<(http://127\.0\.0\.1:8001/[^>]*)>", PAGE)
    assert len(addresses) >= 3

    async def ask(address: str) -> tuple[int, Any]:
        parts = urlsplit(address)
        answer = await server.client.get(parts.path + (f"?{parts.query}" if parts.query else ""))
        is_json = parts.path.endswith(".json")
        return answer.status_code, answer.json() if is_json else None

    answers = {address: asyncio.run(ask(address)) for address in addresses}
    for address, (status, rows) in answers.items():
        assert status == 200, address
        if rows is not None:
            assert rows, address
    cscs = next(rows for a, (_, rows) in answers.items() if "/prices.json?credential=CSCS" in a)
    assert [row["amount"] for row in cscs] == [text(p.amount) for p in us_prices()]


def test_the_r_examples_name_columns_the_csv_files_have() -> None:
    found = files(fitcerts.load(fitcerts.DATA_VERSION))
    headers = {
        name: found[name].decode("utf-8").splitlines()[0].split(",")
        for name in found
        if name.endswith(".csv")
    }
    examples = blocks("r")
    assert len(examples) >= 2
    for code in examples:
        tables_of: dict[str, str] = {}
        for variable, call in re.findall(r"(\w+) <- read_csv\((.*?)\n\)", code, re.DOTALL):
            (table,) = re.findall(r'"fitcerts-data/(\w+\.csv)"', call)
            tables_of[variable] = table
            for column in re.findall(r"(?<![.\w])(\w+) = col_\w+\(", call):
                assert column in headers[table], (table, column)
        for variable, source in re.findall(r"(\w+) <- (\w+)\[", code):
            tables_of[variable] = tables_of[source]
        assert tables_of, code
        for variable, table in tables_of.items():
            named = re.findall(rf"\b{variable}\$(\w+)", code)
            for listed in re.findall(rf"\b{variable}\[, c\(([^)]*)\)\]", code):
                named += re.findall(r'"(\w+)"', listed)
            assert named, variable
            for column in named:
                assert column in headers[table], (table, column)


def test_the_javascript_example_names_keys_the_json_export_has() -> None:
    data = json.loads(fitcerts.export("json"))
    credential_keys = {key for record in data["credentials"] for key in record}
    prices = [p for record in data["credentials"] for p in record.get("prices", [])]
    price_keys = {key for price in prices for key in price}
    known = {"data": set(data), "credential": credential_keys, "cscs": credential_keys}
    known["price"] = price_keys
    (code,) = blocks("js")
    for name, keys in known.items():
        for key in re.findall(rf"\b{name}\.(\w+)", code):
            assert key in keys, (name, key)
    for name in ("credentials", "prices", "amount", "currency", "jurisdiction", "bound"):
        assert f".{name}" in code
    # the defaults the page tells a reader to fill in for keys left out
    fields = attrs.fields(fitcerts.Price)
    assert fields.currency.default == "USD" and '?? "USD"' in code
    assert fields.audience.default == "anyone" and '?? "anyone"' in code
    assert fields.tax.default == "not-stated" and "`tax` (not-stated)" in PAGE
    assert any("prices" not in record for record in data["credentials"]) == (
        "cscs.prices ?? []" in code
    )
