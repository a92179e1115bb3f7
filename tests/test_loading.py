"""Loading: lazy, once, thread-safe, strict, and clear about every problem in a data file."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

import fitcerts
from fitcerts.check import main as check_main
from fitcerts.errors import DataValidationError
from fitcerts.loading import read_release

from .conftest import EditJson


def run_python(code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return result.stdout


def test_import_reads_nothing_and_no_optional_library_is_ever_imported() -> None:
    out = run_python(
        """
        import sys
        import fitcerts
        print(sorted(m for m in ("cattrs", "pandas", "attrs", "json", "fitcerts.loading")
                     if m in sys.modules))
        fitcerts.get("CSCS")
        fitcerts.export("csv")
        print([m for m in ("pandas", "matplotlib", "pyld", "numpy") if m in sys.modules])
        """
    )
    # Whether the first lookup needs cattrs depends on the install: see test_compiled.py.
    assert out.splitlines() == ["[]", "[]"]


def test_thirty_two_threads_doing_the_first_lookup_get_the_same_objects() -> None:
    """Every piece of the release is built once, however many threads race to it first."""
    out = run_python(
        """
        import collections, threading
        import fitcerts
        from fitcerts.pieces import CompiledShelf

        built = collections.Counter()
        real = CompiledShelf._build
        def counting(self, kind, position):
            built[kind, position] += 1
            return real(self, kind, position)
        CompiledShelf._build = counting

        barrier = threading.Barrier(32)
        seen, errors = [], []
        def first_lookup(number):
            barrier.wait()
            try:
                key = ("CSCS", "NASM-PES")[number % 2]
                seen.append((id(fitcerts.get("CSCS")), id(fitcerts.get(key)),
                             id(fitcerts.credentials()), id(fitcerts.organization("NSCA"))))
            except Exception as error:
                errors.append(error)
        threads = [threading.Thread(target=first_lookup, args=(n,)) for n in range(32)]
        for t in threads: t.start()
        for t in threads: t.join()
        pieces = len(fitcerts.credentials()) + len(fitcerts.organizations()) + 1
        print(len(seen), len({s[0] for s in seen}), len({s[2] for s in seen}),
              len({s[3] for s in seen}), len(errors), len(built) == pieces, max(built.values()))
        """
    )
    assert out.split() == ["32", "1", "1", "1", "0", "True", "1"]


def test_a_first_lookup_builds_one_credential_and_its_organization() -> None:
    """The rest of the release is neither imported nor built until a question needs it."""
    out = run_python(
        """
        import sys
        import fitcerts
        cscs = fitcerts.get("CSCS")
        pieces = sorted(m.rsplit(".", 1)[1] for m in sys.modules
                        if m.startswith("fitcerts._compiled.release_"))
        print(pieces)
        everything = fitcerts.credentials()
        print(cscs in everything and everything[[c.id for c in everything].index("CSCS")] is cscs)
        """
    )
    version = fitcerts.DATA_VERSION.replace(".", "_")
    first, same = out.splitlines()
    assert first == str(sorted([f"release_{version}", "credential_0000", "organization_0000"]))
    assert same == "True"


def test_a_clean_copy_loads(release_copy: Path) -> None:
    records = read_release(release_copy, "copy")
    (cscs,) = [c for c in records.credentials if c.id == "CSCS"]
    assert cscs == fitcerts.get("CSCS")
    assert cscs is not fitcerts.get("CSCS")


def problems_of(folder: Path) -> list[str]:
    with pytest.raises(DataValidationError) as caught:
        read_release(folder, "copy")
    assert str(caught.value).startswith(f"{len(caught.value.problems)} problem")
    return list(caught.value.problems)


def credential(position: int, **changes: Any) -> Any:
    def change(data: list[dict[str, Any]]) -> None:
        data[position].update(changes)

    return change


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"bogus": 1}, "credentials.json $[0]: unknown key(s): bogus"),
        ({"name": 5}, "credentials.json $[0].name: expected a string, got a number (5)"),
        (
            {"kind": "diploma"},
            "credentials.json $[0].kind: 'diploma' is not a valid CredentialKind",
        ),
        ({"aliases": "NSCA CSCS"}, "credentials.json $[0].aliases: expected a list"),
        (
            {"organization": "NOPE"},
            "credentials.json $[0].organization: no organization with id 'NOPE'",
        ),
        ({"sources": ["nope"]}, "credentials.json $[0].sources[0]: no source with id 'nope'"),
        ({"sources": []}, "credentials.json $[0]: sources must not be empty"),
        (
            {"requirements_known": "yes"},
            "credentials.json $[0].requirements_known: expected true or false",
        ),
        (
            {"exam": {"questions": "220"}},
            "credentials.json $[0].exam.questions: expected a whole number",
        ),
        (
            {"exam": {"questions": True}},
            "credentials.json $[0].exam.questions: expected a whole number",
        ),
        (
            {"exam": {"duration": "4 hours"}},
            "credentials.json $[0].exam.duration: expected an ISO 8601",
        ),
        (
            {"exam": {"pass_rates": [{"percent": 39.0, "year": 2025}]}},
            "credentials.json $[0].exam.pass_rates[0].percent: expected a decimal number written as a string",
        ),
        (
            {
                "prices": [
                    {
                        "pays_for": "exam",
                        "amount": 340.0,
                        "bound": "exact",
                        "sources": ["article-2025"],
                    }
                ]
            },
            "credentials.json $[0].prices[0].amount: expected a decimal number written as a string",
        ),
        (
            {
                "prices": [
                    {
                        "pays_for": "exam",
                        "amount": "-5",
                        "bound": "exact",
                        "sources": ["article-2025"],
                    }
                ]
            },
            "credentials.json $[0].prices[0].amount: expected a non-negative decimal",
        ),
        (
            {"prices": [{"pays_for": "exam", "bound": "exact", "sources": ["article-2025"]}]},
            "credentials.json $[0].prices[0]: a price with bound 'exact' needs an amount",
        ),
        (
            {
                "prices": [
                    {
                        "pays_for": "exam",
                        "amount": "1",
                        "bound": "not-reported",
                        "sources": ["article-2025"],
                    }
                ]
            },
            "credentials.json $[0].prices[0]: a price with bound 'not-reported' cannot have an amount",
        ),
    ],
)
def test_a_corrupted_credential_is_reported_with_file_and_path(
    release_copy: Path, edit_json: EditJson, changes: dict[str, Any], expected: str
) -> None:
    edit_json(release_copy, "credentials.json", credential(0, **changes))
    found = problems_of(release_copy)
    assert any(line.startswith(expected) for line in found), found


def test_every_problem_is_reported_at_once(release_copy: Path, edit_json: EditJson) -> None:
    def break_several(data: list[dict[str, Any]]) -> None:
        data[0]["name"] = 1
        data[0]["exam"]["questions"] = "many"
        data[5]["kind"] = "x"

    edit_json(release_copy, "credentials.json", break_several)
    edit_json(release_copy, "sources.json", lambda data: data[0].update(as_of="2025-13-01"))
    found = problems_of(release_copy)
    assert [line.split(":")[0] for line in found] == [
        "sources.json $[0].as_of",
        "credentials.json $[0].name",
        "credentials.json $[0].exam.questions",
        "credentials.json $[5].kind",
    ]


def test_a_dangling_source_is_reported_where_it_is_cited(
    release_copy: Path, edit_json: EditJson
) -> None:
    edit_json(release_copy, "sources.json", lambda data: data[0].update(id="article-2052"))
    found = problems_of(release_copy)
    count = len(fitcerts.load(fitcerts.DATA_VERSION).sources())
    (line,) = [
        line
        for line in found
        if line.startswith("organizations.json $[0].sources[0]: no source with id 'article-2025'")
    ]
    assert "did you mean: article-2052" in line and line.endswith(f"; {count} known")
    assert not any("no organization" in line for line in found), "not reported twice"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"[{", "credentials.json: not valid JSON"),
        (b"\xff\xfe[]", "credentials.json: not UTF-8 text"),
        (b'{"id": "CSCS"}', "credentials.json $: expected a list of records"),
    ],
)
def test_unreadable_files_are_named(release_copy: Path, content: bytes, expected: str) -> None:
    (release_copy / "credentials.json").write_bytes(content)
    assert any(line.startswith(expected) for line in problems_of(release_copy))


def test_a_missing_file_is_named(release_copy: Path) -> None:
    (release_copy / "organizations.json").unlink()
    found = problems_of(release_copy)
    assert found[0] == "organizations.json: file missing"


def test_the_catalog_check_finds_cross_record_problems(
    release_copy: Path, edit_json: EditJson, capsys: pytest.CaptureFixture[str]
) -> None:
    def break_references(data: list[dict[str, Any]]) -> None:
        data[1]["aliases"] = ["nsca cscs"]
        data[2]["id"] = "CSCS"
        pes = next(c for c in data if c["id"] == "NASM-PES")
        pes["requirements"][0]["any_of"][0]["credentials"].append("NASM-XYZ")
        pes["citations"] = [{"path": "exam.nothing", "sources": ["article-2025"]}]
        pes["prices"][3]["included_in"] = "membership"

    edit_json(release_copy, "credentials.json", break_references)
    edit_json(release_copy, "sources.json", lambda data: data[0].update(year=2999))
    assert check_main([str(release_copy)]) == 1
    out = capsys.readouterr().out
    for expected in (
        "credentials.json $: id 'CSCS' is used 2 times",
        "credentials.json $[1].aliases[0]: 'nsca cscs' also names CSCS (credentials.json $[0])",
        "sources.json $[0].year: 2999 is in the future",
        ".credentials[3]: no credential with id 'NASM-XYZ'",
        ".citations[0].path: field path 'exam.nothing': exam.nothing does not exist",
        ".prices[3].included_in: no 'membership' price to be included in",
    ):
        assert expected in out, out


def test_check_passes_on_the_bundled_release(capsys: pytest.CaptureFixture[str]) -> None:
    assert check_main([]) == 0
    assert capsys.readouterr().out == f"bundled release {fitcerts.DATA_VERSION}: ok\n"


def test_check_runs_as_a_module(release_copy: Path, edit_json: EditJson) -> None:
    edit_json(release_copy, "organizations.json", lambda data: data[0].update(founded=1492))
    result = subprocess.run(
        [sys.executable, "-m", "fitcerts.check", str(release_copy)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    assert "organizations.json $[0].founded: 1492 is not a plausible year" in result.stdout


def test_check_rejects_a_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert check_main([str(tmp_path / "nope")]) == 1
    assert "not a folder" in capsys.readouterr().err


def test_loaded_json_is_what_the_records_say(release_copy: Path) -> None:
    raw = json.loads((release_copy / "credentials.json").read_text(encoding="utf-8"))
    assert [item["id"] for item in raw] == [
        c.id for c in read_release(release_copy, "x").credentials
    ]


def test_a_table_file_that_never_ends_is_refused(release_copy: Path) -> None:
    import os

    target = release_copy / "credentials.json"
    target.unlink()
    os.symlink("/dev/zero", target)
    assert any(
        line.startswith("credentials.json: larger than") for line in problems_of(release_copy)
    )


def test_an_oversized_table_file_is_refused_unparsed(
    release_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import fitcerts.loading

    monkeypatch.setattr(fitcerts.loading, "MAX_FILE_BYTES", 1_000)
    assert "sources.json: larger than 0 MiB, not read" in problems_of(release_copy)


def test_a_pinned_release_pickles_as_its_pin_and_a_catalog_as_its_records() -> None:
    """Workers (dask, multiprocessing) receive the release by its version, never a lock."""
    import pickle

    release = fitcerts.load(fitcerts.DATA_VERSION)
    release.get("CSCS")
    assert pickle.loads(pickle.dumps(release)) is release
    catalog = pickle.loads(pickle.dumps(release.catalog))
    assert catalog is not release.catalog
    assert catalog.records == release.catalog.records
    assert catalog.get("CSCS") == release.get("CSCS")
