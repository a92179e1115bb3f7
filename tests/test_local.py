"""Your own records, checked like ours: ``load_folder`` and ``fitcerts --data-folder``."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

import fitcerts
from fitcerts import Currency, DataIntegrityError, DataValidationError, EligibilityStatus, Profile
from fitcerts.dataformat import digest

EXAMPLE = Path(__file__).resolve().parents[1] / "docs" / "examples" / "harbour-gym"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    copy = tmp_path / "harbour-gym"
    shutil.copytree(EXAMPLE, copy)
    return copy


def _edit(path: Path, change: object) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)  # type: ignore[operator]
    path.write_text(json.dumps(data), encoding="utf-8")


def test_a_gyms_own_credential_joins_a_bundled_release() -> None:
    mine = fitcerts.load_folder(EXAMPLE, base="2026.3")
    assert mine.version == "2026.3+harbour-gym"
    assert set(mine.added) == {"harbour-staff-handbook", "HARBOUR", "HARBOUR-COACH"}
    assert mine.replaced == ()
    coach = mine.get("harbour coach")
    assert coach.organization.country == "GB"
    cost = mine.total_cost("HARBOUR-COACH", study_materials=False)
    assert (cost.total, cost.currency) == (Decimal("150"), Currency.GBP)
    trainer = Profile(credentials=["ACE-CPT"])
    assert mine.eligibility(trainer, "HARBOUR-COACH").status is EligibilityStatus.ELIGIBLE
    # every bundled record is still there, unchanged
    bundled = fitcerts.load("2026.3")
    assert mine.get("CSCS") == bundled.get("CSCS")
    assert len(mine.credentials()) == len(bundled.credentials()) + 1


def test_a_record_with_a_bundled_id_replaces_it_and_says_so(folder: Path) -> None:
    cscs = json.loads(fitcerts.export("json", version="2026.3"))["credentials"]
    (record,) = [c for c in cscs if c["id"] == "CSCS"]
    record["description"] = "Our own description of the CSCS."
    record["citations"] = [
        {"path": c["path"], "sources": c["sources"]} for c in record.get("citations", [])
    ]
    _edit(folder / "credentials.json", lambda data: data.append(record))
    mine = fitcerts.load_folder(folder, base="2026.3")
    assert mine.replaced == ("CSCS",)
    assert mine.get("CSCS").description == "Our own description of the CSCS."
    assert "replacing CSCS" in repr(mine)


def test_alone_its_references_must_resolve(folder: Path) -> None:
    with pytest.raises(DataValidationError) as caught:
        fitcerts.load_folder(folder)
    assert any(
        "credentials.json $[0].requirements[0].any_of[0].credentials[0]" in problem
        and "NASM-CPT" in problem
        for problem in caught.value.problems
    )


def test_it_is_held_to_the_same_rules_as_a_release(folder: Path) -> None:
    def uncite(data: list[dict[str, object]]) -> None:
        data[0]["citations"] = []  # nothing cites the description, settings, ... any more

    _edit(folder / "credentials.json", uncite)
    with pytest.raises(DataValidationError) as caught:
        fitcerts.load_folder(folder, base="2026.3")
    assert any(
        problem.endswith(
            "$[47].description: no citation of its own; a record's sources back only its identity"
        )
        for problem in caught.value.problems
    ), caught.value.problems

    def misprice(data: list[dict[str, object]]) -> None:
        data[0]["prices"][0]["amount"] = 150  # type: ignore[index]  # a number, not text

    _edit(folder / "credentials.json", misprice)
    with pytest.raises(DataValidationError) as caught:
        fitcerts.load_folder(folder, base="2026.3")
    assert any("$[47].prices[0].amount" in problem for problem in caught.value.problems)


def _link(folder: Path) -> None:
    (folder / "credentials.json").unlink()
    os.symlink(EXAMPLE / "credentials.json", folder / "credentials.json")


def _pipe(folder: Path) -> None:
    (folder / "credentials.json").unlink()
    os.mkfifo(folder / "credentials.json")


def _empty(folder: Path) -> None:
    for path in folder.iterdir():
        path.unlink()


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda f: (f / "credentials.json").write_text("{", encoding="utf-8"), "not valid JSON"),
        (_empty, "none of sources.json"),
        (_link, "not a regular file"),
        (_pipe, "not a regular file"),
    ],
)
def test_only_regular_json_files_are_read(folder: Path, damage: object, message: str) -> None:
    damage(folder)  # type: ignore[operator]
    with pytest.raises(DataValidationError) as caught:
        fitcerts.load_folder(folder, base="2026.3")
    assert any(message in problem for problem in caught.value.problems)


def test_a_file_over_the_limit_is_not_read(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import fitcerts.local

    monkeypatch.setattr(fitcerts.local, "MAX_FILE_BYTES", 100)
    with pytest.raises(DataValidationError, match="larger than"):
        fitcerts.load_folder(folder, base="2026.3")


def test_a_manifest_when_given_must_hold(folder: Path) -> None:
    files = {name: digest((folder / name).read_bytes()) for name in sorted(os.listdir(folder))}
    manifest = {"data_version": "harbour-gym", "files": files}
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    assert fitcerts.load_folder(folder, base="2026.3").get("HARBOUR-COACH")
    _edit(folder / "sources.json", lambda data: data[0].update(title="Changed"))
    with pytest.raises(DataIntegrityError, match="does not match its manifest"):
        fitcerts.load_folder(folder, base="2026.3")


def test_a_manifest_is_read_as_carefully_as_the_files(folder: Path) -> None:
    os.symlink("/dev/zero", folder / "manifest.json")  # never read: it is no regular file
    with pytest.raises(DataValidationError, match=r"manifest\.json: not a regular file"):
        fitcerts.load_folder(folder, base="2026.3")
    (folder / "manifest.json").unlink()
    (folder / "manifest.json").write_text('{"files": {"sources.json": "x"}}', encoding="utf-8")
    with pytest.raises(DataIntegrityError, match="must list exactly the files"):
        fitcerts.load_folder(folder, base="2026.3")


def test_bad_arguments_are_refused() -> None:
    with pytest.raises(DataValidationError, match="not a folder"):
        fitcerts.load_folder(EXAMPLE / "credentials.json")
    with pytest.raises(TypeError):
        fitcerts.load_folder(42)  # type: ignore[arg-type]
    with pytest.raises(fitcerts.UnknownDataVersionError):
        fitcerts.load_folder(EXAMPLE, base="1999.1")


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "fitcerts", *args], capture_output=True, text=True, check=False
    )


def test_the_command_line_reads_a_data_folder_before_or_after_the_command(folder: Path) -> None:
    before = _cli("--data-folder", str(folder), "cost", "HARBOUR-COACH", "--no-materials")
    after = _cli("cost", "HARBOUR-COACH", "--no-materials", "--data-folder", str(folder))
    assert before.returncode == after.returncode == 0, before.stderr + after.stderr
    assert before.stdout == after.stdout and "total: £150 GBP" in before.stdout
    (folder / "credentials.json").write_text("[", encoding="utf-8")
    broken = _cli("show", "HARBOUR-COACH", "--data-folder", str(folder))
    assert broken.returncode == 1
    assert len(broken.stderr.strip().splitlines()) == 1 and "not valid JSON" in broken.stderr
