"""Serialisation: ``to_dict()`` of records is their object in the JSON export, results are
JSON-ready, and ``json_schema("export")`` describes the export document of every release."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from datetime import date
from typing import Any

import attrs
import jsonschema
import pytest

import fitcerts
from fitcerts.cli import main
from fitcerts.dataformat import TABLES
from fitcerts.plain import Plain, Referenced
from fitcerts.records import RECORD_TYPES
from fitcerts.schema import derive_schema

VERSIONS = fitcerts.data_versions()
ON = date(2026, 6, 1)  # results judged on a fixed day, so the test does not age


def _export(version: str = fitcerts.DATA_VERSION) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(fitcerts.export("json", version=version))
    return document


def _problems(document: object) -> list[str]:
    validator = jsonschema.Draft202012Validator(fitcerts.json_schema("export"))
    return [f"{error.json_path}: {error.message}" for error in validator.iter_errors(document)]


# --- records: to_dict() is the object in the export ----------------------------------------------


def test_a_credential_to_dict_is_its_object_in_the_json_export() -> None:
    exported = {c["id"]: c for c in _export()["credentials"]}
    assert fitcerts.get("CSCS").to_dict() == exported["CSCS"]


@pytest.mark.parametrize("version", VERSIONS)
def test_every_record_to_dict_is_its_object_in_the_json_export(version: str) -> None:
    records = fitcerts.load(version).catalog.records
    document = _export(version)
    for table in TABLES:
        assert [r.to_dict() for r in getattr(records, table.name)] == document[table.name]


def _nested(record: Any, data: dict[str, Any], seen: set[type]) -> None:
    """Each record held inside ``record`` gives, by its own to_dict(), what ``data`` holds."""
    seen.add(type(record))
    for field in attrs.fields(type(record)):
        value = getattr(record, field.name)
        items = value if isinstance(value, tuple) else (value,)
        inner = [item for item in items if isinstance(item, Plain)]
        if not inner or isinstance(inner[0], Referenced) or field.name not in data:
            continue
        written = data[field.name] if isinstance(value, tuple) else [data[field.name]]
        assert [item.to_dict() for item in inner] == written, (
            f"{type(record).__name__}.{field.name}"
        )
        for item, item_data in zip(inner, written, strict=True):
            _nested(item, item_data, seen)


def test_records_held_by_others_give_the_same_object_as_inside_them() -> None:
    seen: set[type] = set()
    for version in VERSIONS:
        records = fitcerts.load(version).catalog.records
        document = _export(version)
        for table in TABLES:
            for record, data in zip(
                getattr(records, table.name), document[table.name], strict=True
            ):
                _nested(record, data, seen)
    assert seen == set(RECORD_TYPES)


def test_a_record_leaves_out_defaults_as_the_data_files_do() -> None:
    data = fitcerts.get("CSCS").to_dict()
    assert data["prices"][0]["amount"] == "340"
    assert "tier" not in data["prices"][0]  # None, the default: the data files omit it
    assert data["organization"] == "NSCA"
    assert all(isinstance(source, str) for source in data["sources"])


def test_the_cli_show_json_gives_the_export_objects(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", "CSCS", "--format", "json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    document = _export()
    assert shown["data_version"] == document["data_version"]
    assert shown["credential"] in document["credentials"]
    assert shown["organization"] in document["organizations"]
    assert all(source in document["sources"] for source in shown["sources"])


# --- results: JSON-ready, every field kept -------------------------------------------------------

PROFILE = fitcerts.Profile(age=22, education="bachelor", cpr_aed=True, credentials=["nasm cpt"])

RESULTS: dict[str, Callable[[], Any]] = {
    "CostBreakdown": lambda: fitcerts.total_cost("CSCS", "NSCA-CPT", member="cheapest", on=ON),
    "CostBreakdown (unknown total)": lambda: fitcerts.total_cost("ACSM-EP", on=ON),
    "EligibilityReport": lambda: fitcerts.eligibility(PROFILE, "CSCS", on=ON),
    "EligibilityReport (not eligible)": lambda: fitcerts.eligibility(
        fitcerts.Profile(age=17), "NSCA-CPT", on=ON
    ),
    "Comparison": lambda: fitcerts.compare("CSCS", "NASM-PES", "ISSA-SCC", on=ON),
    "Recommendation": lambda: fitcerts.recommend(PROFILE, "collegiate", on=ON)[0],
    "DataDiff": lambda: fitcerts.diff(VERSIONS[0], VERSIONS[-1]),
}


def _no_floats(value: object) -> None:
    assert not isinstance(value, float), value
    if isinstance(value, dict):
        assert all(isinstance(key, str) for key in value)
        for item in value.values():
            _no_floats(item)
    elif isinstance(value, list):
        for item in value:
            _no_floats(item)


@pytest.mark.parametrize("name", RESULTS)
def test_every_result_to_dict_is_json_ready(name: str) -> None:
    result = RESULTS[name]()
    assert type(result).__name__ == name.split()[0]
    data = result.to_dict()
    assert json.loads(json.dumps(data, allow_nan=False)) == data
    _no_floats(data)
    if name == "CostBreakdown (unknown total)":
        assert data["total"] is None  # unknown stays null, never 0
    # A result keeps every field, defaults too, so a reader always finds the same keys.
    assert {field.name for field in attrs.fields(type(result))} <= set(data)


def test_every_recommendation_and_report_of_a_profile_is_json_ready() -> None:
    values = [
        *fitcerts.recommend(PROFILE, "collegiate", on=ON),
        *fitcerts.eligibility_table(PROFILE, on=ON),
    ]
    data = [value.to_dict() for value in values]
    assert json.loads(json.dumps(data, allow_nan=False)) == data


# --- the schemas ---------------------------------------------------------------------------------


def test_the_data_schema_is_unchanged_and_the_default() -> None:
    assert fitcerts.json_schema() == fitcerts.json_schema("data") == derive_schema()


def test_the_export_schema_is_valid_and_shares_the_record_definitions() -> None:
    export = fitcerts.json_schema("export")
    jsonschema.Draft202012Validator.check_schema(export)
    assert export["$defs"] == fitcerts.json_schema("data")["$defs"]
    assert export["required"] == ["data_version", *(table.name for table in TABLES)]
    export["$defs"].clear()
    assert fitcerts.json_schema("export")["$defs"]  # a fresh copy each call


@pytest.mark.parametrize("version", VERSIONS)
def test_every_bundled_export_validates_against_the_export_schema(version: str) -> None:
    document = _export(version)
    assert document["data_version"] == version
    jsonschema.validate(
        document, fitcerts.json_schema("export"), cls=jsonschema.Draft202012Validator
    )


def test_the_data_schema_does_not_describe_the_export() -> None:
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(_export(), fitcerts.json_schema(), cls=jsonschema.Draft202012Validator)


def _amount_as_number(document: dict[str, Any]) -> str:
    credential = next(c for c in document["credentials"] if c.get("prices"))
    price = next(p for p in credential["prices"] if "amount" in p)
    price["amount"] = float(price["amount"])
    return ".amount: "


def _unknown_top_level_key(document: dict[str, Any]) -> str:
    document["extras"] = []
    return "'extras' was unexpected"


def _unknown_record_key(document: dict[str, Any]) -> str:
    document["credentials"][0]["price_usd"] = "340"
    return "'price_usd' was unexpected"


def _no_data_version(document: dict[str, Any]) -> str:
    del document["data_version"]
    return "'data_version' is a required property"


def _no_table(document: dict[str, Any]) -> str:
    del document["sources"]
    return "'sources' is a required property"


@pytest.mark.parametrize(
    "break_it",
    [_amount_as_number, _unknown_top_level_key, _unknown_record_key, _no_data_version, _no_table],
)
def test_the_export_schema_rejects_a_broken_export(
    break_it: Callable[[dict[str, Any]], str],
) -> None:
    document = _export()
    assert _problems(document) == []
    broken = copy.deepcopy(document)
    expected = break_it(broken)
    problems = _problems(broken)
    assert len(problems) == 1, problems
    assert expected in problems[0]


def test_an_unknown_schema_kind_names_the_allowed_ones() -> None:
    with pytest.raises(fitcerts.UnknownValueError, match="allowed: data, export") as raised:
        fitcerts.json_schema("csv")  # type: ignore[arg-type]
    assert isinstance(raised.value, ValueError)
    assert raised.value.allowed == ("data", "export")
