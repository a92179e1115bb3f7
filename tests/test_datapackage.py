"""The data package: valid for frictionless with its foreign keys, and holding exactly what the
API gives, for every release."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import zipfile
from decimal import Decimal
from pathlib import Path

import frictionless
import pytest

import fitcerts
from fitcerts.datapackage import DESCRIPTOR, files
from fitcerts.markets import market_of

VERSIONS = fitcerts.data_versions()


def _rows(found: dict[str, bytes], name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(found[f"{name}.csv"].decode("utf-8"))))


@pytest.fixture(scope="module", params=VERSIONS)
def package(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp(f"package-{request.param}")
    fitcerts.export("datapackage", folder, version=request.param)
    return folder


def test_frictionless_finds_the_package_valid_foreign_keys_included(package: Path) -> None:
    report = frictionless.validate(package / DESCRIPTOR)
    assert report.valid, report.flatten(["type", "message"])[:10]
    described = json.loads((package / DESCRIPTOR).read_text("utf-8"))
    assert described["name"] == "fitcerts" and described["licenses"][0]["name"] == "MIT"
    keyed = {r["name"]: r["schema"] for r in described["resources"]}
    assert keyed["prices"]["foreignKeys"] and keyed["citations"]["primaryKey"] == ["id"]


def test_a_broken_foreign_key_is_found(package: Path, tmp_path: Path) -> None:
    for name in (p.name for p in package.iterdir()):
        (tmp_path / name).write_bytes((package / name).read_bytes())
    prices = (tmp_path / "prices.csv").read_text("utf-8").splitlines(keepends=True)
    first = next(csv.reader([prices[1]]))
    first[1] = "NO-SUCH-CREDENTIAL"  # the credential column
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerow(first)
    (tmp_path / "prices.csv").write_text(prices[0] + out.getvalue() + "".join(prices[2:]))
    report = frictionless.validate(tmp_path / DESCRIPTOR)
    assert not report.valid
    assert {kind for (kind,) in report.flatten(["type"])} == {"foreign-key"}


@pytest.mark.parametrize("version", VERSIONS)
def test_the_tables_hold_what_the_api_gives(version: str) -> None:
    release = fitcerts.load(version)
    found = files(release)
    credentials = {row["id"]: row for row in _rows(found, "credentials")}
    assert list(credentials) == [c.id for c in release.credentials()]
    prices = _rows(found, "prices")
    organizations = release.organizations()
    in_tiers = sum(len(t.prices) for o in organizations for t in o.memberships)
    in_organizations = sum(len(o.prices) for o in organizations)
    assert len(prices) == sum(len(c.prices) for c in release.credentials()) + in_tiers + (
        in_organizations
    )
    assert len(_rows(found, "sources")) == len(release.sources())
    by_id = {row["id"]: row for row in prices}
    for credential in release.credentials():
        row = credentials[credential.id]
        exam = credential.exam
        assert row["name"] == credential.name
        assert row["organization"] == credential.organization.id
        assert row["exam_questions"] == ("" if exam.questions is None else str(exam.questions))
        minutes = "" if exam.duration is None else str(int(exam.duration.total_seconds()) // 60)
        assert row["exam_minutes"] == minutes
        assert json.loads(row["settings"] or "[]") == [s.value for s in credential.settings]
        assert row["requirements_known"] == str(credential.requirements_known).lower()
        home = credential.organization.country
        for i, price in enumerate(credential.prices):
            cell = by_id[f"{credential.id}/prices/{i}"]
            assert (Decimal(cell["amount"]) if cell["amount"] else None) == price.amount
            assert cell["bound"] == price.bound.value and cell["currency"] == price.currency
            assert (cell["jurisdiction"] or None) == market_of(price, home)
            assert (cell["note"] or None) == price.note
        rates = [r for r in _rows(found, "pass_rates") if r["credential"] == credential.id]
        assert [Decimal(r["percent"]) for r in rates] == [r.percent for r in exam.pass_rates]


def test_unknown_stays_empty_and_says_why() -> None:
    prices = _rows(files(fitcerts.load("2026.5")), "prices")
    unknown = [row for row in prices if row["bound"] == "not-reported"]
    assert unknown and all(row["amount"] == "" for row in unknown)
    assert all(row["amount"] != "0" for row in prices if row["bound"] != "exact")


def test_the_zip_is_the_folder_and_the_same_bytes_every_time(tmp_path: Path) -> None:
    first = Path(fitcerts.export("datapackage", tmp_path / "a.zip"))
    second = Path(fitcerts.export("datapackage", tmp_path / "b.zip"))
    assert first.read_bytes() == second.read_bytes()
    with zipfile.ZipFile(first) as archive:
        names = archive.namelist()
        assert names[0] == DESCRIPTOR
        inside = {name: archive.read(name) for name in names}
    assert inside == files(fitcerts.load(fitcerts.DATA_VERSION))
    report = frictionless.validate(first)
    assert report.valid, report.flatten(["type", "message"])[:5]


def test_a_file_format_needs_a_path(tmp_path: Path) -> None:
    with pytest.raises(TypeError, match="written to a path"):
        fitcerts.export("datapackage")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(NotADirectoryError):
        fitcerts.export("datapackage", blocker)


def test_the_command_line_writes_the_package(tmp_path: Path) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "fitcerts", "export", *args]
        return subprocess.run(command, capture_output=True, text=True, check=False)

    folder = run("--format", "datapackage", "-o", str(tmp_path / "pkg"))
    assert folder.returncode == 0, folder.stderr
    assert (tmp_path / "pkg" / DESCRIPTOR).exists() and "wrote" in folder.stdout
    zipped = run("--format", "datapackage", "--zip", "-o", str(tmp_path / "pkg2"))
    assert zipped.returncode == 0 and (tmp_path / "pkg2.zip").exists(), zipped.stderr
    for args, said in (
        (("--format", "datapackage"), "give -o PATH"),
        (("--format", "csv", "--zip"), "--zip is for --format datapackage"),
        (("--format", "datapackage", "-o", str(tmp_path / "x.zip")), "add --zip"),
    ):
        out = run(*args)
        assert out.returncode == 2 and said in out.stderr.strip().splitlines()[-1], out.stderr
