"""The installed ``fitcerts`` command, run as a real process for each command and each error."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import fitcerts

COMMAND = Path(sys.executable).parent / "fitcerts"


def run(*args: str, check: bool = False) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(COMMAND), *args], capture_output=True, text=True, timeout=120, check=check
    )


def ok(*args: str) -> str:
    result = run(*args)
    assert (result.returncode, result.stderr) == (0, ""), result.stderr
    return result.stdout


def test_the_command_is_installed_and_python_m_is_the_same() -> None:
    assert COMMAND.exists()
    module = subprocess.run(
        [sys.executable, "-m", "fitcerts", "versions"], capture_output=True, text=True, check=True
    )
    assert module.stdout == ok("versions")


def test_version_names_package_and_data() -> None:
    assert ok("--version").strip() == (
        f"fitcerts {fitcerts.__version__} (data release {fitcerts.DATA_VERSION}; "
        f"bundled: {', '.join(fitcerts.data_versions())})"
    )


def test_every_command_has_help_with_an_example() -> None:
    for command in (
        "list",
        "show",
        "compare",
        "cost",
        "eligible",
        "recommend",
        "versions",
        "diff",
        "export",
    ):
        out = ok(command, "--help")
        assert "example: fitcerts " in out, command
        if command != "export":
            assert "--data-version" in out and "--format" in out


def test_text_output_fits_80_columns() -> None:
    for args in (
        ("list",),
        ("show", "CSCS"),
        ("compare", "CSCS", "NASM-PES"),
        ("cost", "CSCS", "NSCA-CPT", "--cheapest"),
        ("eligible", "--age", "22", "--education", "bachelor", "--cpr-aed"),
        ("recommend", "--goal", "collegiate", "--age", "22", "--education", "bachelor"),
    ):
        for line in ok(*args).splitlines():
            assert len(line) <= 80, (args, line)


def test_list_filters() -> None:
    lines = ok("list", "--organization", "NSCA").splitlines()
    assert [line.split()[0] for line in lines] == ["CPSS", "CSCS", "CSPS", "NSCA-CPT", "TSAC-F"]
    assert [line.split()[0] for line in ok("list", "--kind", "specialization").splitlines()] == [
        "NASM-CES",
        "NASM-PBC",
        "NASM-PES",
        "NASM-WLS",
    ]
    data = json.loads(ok("list", "--setting", "collegiate", "--format", "json"))
    assert [row["id"] for row in data] == ["CSCCA-SCCC", "CSCS", "NCSF-CSC"]


def test_show_gives_facts_with_sources_and_dates() -> None:
    out = ok("show", "cscs")
    assert out.startswith("CSCS: Certified Strength and Conditioning Specialist\n")
    assert "passing     70 (scaled)" in out
    assert "accredited  NCCA" in out
    assert "- CSCS exam description (NSCA, official, 2023 (implied))" in out
    assert "disputed    exam.passing_score: 70% according to" in out
    data = json.loads(ok("show", "CSCS", "--format", "json"))
    assert data["credential"]["prices"][0]["amount"] == "340"
    assert {s["id"] for s in data["sources"]} >= {"article-2025", "nsca-cscs-exam"}
    pinned = ok("show", "CSCS", "--data-version", "2026.1")
    assert "passing     70%" in pinned


def test_compare_in_each_format() -> None:
    text = ok("compare", "CSCS", "NASM-PES", "--data-version", "2026.2")
    assert text.splitlines()[0] == "Exam cost"
    assert "  CSCS      $340 (members), $475 (non-members) †" in text
    markdown = ok("compare", "CSCS", "NASM-PES", "--format", "markdown")
    assert markdown == fitcerts.compare("CSCS", "NASM-PES").to_markdown().rstrip() + "\n"
    data = json.loads(ok("compare", "CSCS", "NASM-PES", "--format", "json"))
    assert data == fitcerts.compare("CSCS", "NASM-PES").to_dict()
    old = ok("compare", "CSCS", "NASM-PES", "--data-version", "2026.1", "--format", "markdown")
    golden = Path(__file__).parent / "golden" / "compare-CSCS-NASM-PES.md"
    assert old == golden.read_text(encoding="utf-8").rstrip() + "\n"


def test_cost_line_by_line() -> None:
    out = ok("cost", "CSCS", "NSCA-CPT", "--member", "--no-materials", "--data-version", "2026.2")
    assert out.splitlines() == [
        "  CSCS exam [member]: $340",
        "  NSCA-CPT exam [member]: $300",
        "total: $640 USD",
    ]
    lower = ok("cost", "NASM-CPT", "--data-version", "2026.2")
    assert "total: $899+ USD\nmissing: NASM-CPT study materials\n" in lower
    data = json.loads(
        ok(
            "cost",
            "NASM-PES",
            "--tier",
            "all-inclusive",
            "--format",
            "json",
            "--data-version",
            "2026.2",
        )
    )
    assert (data["total"], data["is_lower_bound"]) == ("999", False)
    cheapest = ok("cost", "CSCCA-SCCC", "--cheapest", "--data-version", "2026.2")
    assert "membership: joining CSCCa as Student at $55 saves $55" in cheapest


def test_eligible_groups_and_one_credential() -> None:
    out = ok("eligible", "--age", "22", "--education", "bachelor", "--cpr-aed")
    groups = [line for line in out.splitlines() if not line.startswith(" ")]
    assert [g.split(" (")[0] for g in groups] == ["Eligible", "Unknown"]
    assert "  CSCS" in out.split("Unknown")[0]
    one = ok("eligible", "NSCA-CPT", "--age", "17", "--format", "json")
    (report,) = json.loads(one)
    assert report["status"] == "not-eligible"
    held = ok("eligible", "CSPS", "--holds", "CSCS", "--experience-hours", "300", "--cpr-aed")
    assert held.startswith("Eligible (1)")


def test_recommend() -> None:
    out = ok(
        "recommend", "--goal", "collegiate", "--age", "22", "--education", "bachelor", "--cpr-aed"
    )
    assert out.startswith(" 1. CSCS (eligible; $743+ USD)")
    data = json.loads(
        ok("recommend", "--goal", "private practice", "--holds", "NASM-CPT", "--format", "json")
    )
    assert data[0]["credential"] == "NASM-PES"


def test_versions_diff_and_export(tmp_path: Path) -> None:
    assert ok("versions").splitlines() == [
        v + (" (default)" if v == fitcerts.DATA_VERSION else "") for v in fitcerts.data_versions()
    ]
    diff = ok("diff", "2026.1", "2026.2")
    assert diff.splitlines()[0] == str(fitcerts.diff("2026.1", "2026.2"))
    assert json.loads(ok("diff", "2026.1", "2026.2", "--format", "json"))["new"] == "2026.2"
    assert ok("export", "--format", "csv") == fitcerts.export("csv")
    target = tmp_path / "catalog.jsonld"
    assert ok("export", "--format", "jsonld", "-o", str(target)) == ""
    assert target.read_text(encoding="utf-8") == fitcerts.export("jsonld")


def test_an_unknown_credential_is_one_line_with_suggestions() -> None:
    result = run("show", "CSCSS")
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr == "Unknown credential 'CSCSS'. Did you mean: CSCS, NCSF-CSC, CSPS?\n"
    assert run("compare", "CSCS", "NOPE").returncode == 1


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("eligible", "--age", "abc"), "argument --age: 'abc' is not a whole number"),
        (
            ("eligible", "--education", "kindergarten"),
            "argument --education: unknown education level 'kindergarten'; allowed: none, high-school",
        ),
        (
            ("cost", "NASM-PES", "--tier", "gold"),
            "argument --tier: unknown tier 'gold'; valid tiers: all-inclusive",
        ),
        (
            ("list", "--data-version", "1999.1"),
            "argument --data-version: '1999.1' is not a bundled data release; available: 2026.1",
        ),
        (("list", "--kind", "diploma"), "unknown credential kind 'diploma'; allowed:"),
        (
            ("recommend", "--goal", "moon"),
            "argument --goal: unknown career setting 'moon'; allowed:",
        ),
        (("export", "--format", "xml"), "argument --format: invalid choice: 'xml'"),
        (("cost", "CSCS", "--member", "--cheapest"), "not allowed with argument --member"),
        (("diff", "2026.1", "../x"), "'../x' is not a data version"),
        # A credential named twice (by id and by alias) is a usage error, never a traceback.
        (("cost", "CSCS", "nsca-cscs"), "credential given more than once: CSCS"),
        (("compare", "CSCS", "nsca-cscs"), "credential given more than once: CSCS"),
        (("list", "--setting", "moon"), "unknown career setting 'moon'"),
        (("eligible", "--holds", "x" * 500), "credentials: 'xxxx"),
    ],
)
def test_bad_values_exit_2_with_usage_naming_them(args: tuple[str, ...], expected: str) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert result.stderr.startswith("usage: fitcerts ")
    assert expected in result.stderr, result.stderr
    assert "Traceback" not in result.stderr


def test_no_command_prints_help_and_exits_2() -> None:
    result = run()
    assert result.returncode == 2 and "usage: fitcerts" in result.stdout


def test_a_closed_pipe_ends_quietly() -> None:
    shell = f"'{COMMAND}' export --format jsonld | head -c 10"
    result = subprocess.run(
        ["bash", "-o", "pipefail", "-c", shell], capture_output=True, text=True, timeout=120
    )
    assert result.stdout == '{\n  "@cont'
    assert result.stderr == ""
    assert result.returncode == 0


def test_the_readme_command_line_examples_run(tmp_path: Path) -> None:
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Command line", 1)[1].split("```sh\n", 1)[1].split("```", 1)[0]
    commands = [line.split("#")[0].split() for line in block.splitlines() if line.strip()]
    assert len(commands) >= 9
    for words in commands:
        assert words[0] == "fitcerts"
        # Every file a command writes (after -o) goes to the test's folder, not the clone.
        after = ["", *words[1:-1]]
        args = [
            str(tmp_path / a) if o == "-o" else a for o, a in zip(after, words[1:], strict=True)
        ]
        assert ok(*args) or args[0] == "export", words  # ok() checks the exit status
    assert {p.name for p in tmp_path.iterdir()} >= {"catalog.csv", "fitcerts.db"}


# --- never a traceback ------------------------------------------------------------------------


def one_line_failure(result: subprocess.CompletedProcess[str], status: int = 1) -> str:
    assert result.returncode == status, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_output_that_cannot_be_written_is_one_line() -> None:
    closed = subprocess.run(
        f"'{COMMAND}' list >&-", shell=True, capture_output=True, text=True, check=False
    )
    assert (
        one_line_failure(closed)
        == "fitcerts list: cannot write the output: standard output is closed"
    )
    if Path("/dev/full").exists():
        with open("/dev/full", "w") as full:
            result = subprocess.run(
                [str(COMMAND), "list"], stdout=full, stderr=subprocess.PIPE, text=True, check=False
            )
        assert one_line_failure(result).endswith("No space left on device")


@pytest.mark.parametrize(
    ("where", "expected"),
    [("folder", "is a folder, not a file"), ("missing/x.csv", "No such file or directory")],
)
def test_an_export_that_cannot_be_written_is_one_line(
    tmp_path: Path, where: str, expected: str
) -> None:
    target = tmp_path / where if where != "folder" else tmp_path
    line = one_line_failure(run("export", "--format", "csv", "-o", str(target)))
    assert line == f"fitcerts export: cannot write {target}: {expected}"


def test_an_ascii_terminal_gets_ascii_markers() -> None:
    import os

    result = subprocess.run(
        [str(COMMAND), "compare", "CSCS", "NASM-PES", "--data-version", "2026.2"],
        capture_output=True,
        env={**os.environ, "PYTHONIOENCODING": "ascii"},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    text = result.stdout.decode("ascii")
    assert "$475 (non-members) +" in text and "+ sources disagree" in text


@pytest.mark.parametrize("age", ["2_2", "٢٢", "22.0", " 22", "-3"])
def test_ages_are_plain_digits(age: str) -> None:
    result = run("eligible", "--age", age)
    assert result.returncode == 2 and "argument --age" in result.stderr


def test_damaged_data_is_one_line(tmp_path: Path) -> None:
    import shutil

    package = tmp_path / "site" / "fitcerts"
    shutil.copytree(Path(fitcerts.__file__).parent, package)
    data = package / "data" / fitcerts.DATA_VERSION / "credentials.json"
    data.write_bytes(data.read_bytes().replace(b'"340"', b'"1"', 1))
    result = subprocess.run(
        [sys.executable, "-m", "fitcerts", "show", "CSCS"],
        capture_output=True,
        text=True,
        cwd=package.parent,
        env={"PYTHONPATH": str(package.parent), "PATH": ""},
        check=False,
    )
    line = one_line_failure(result)
    assert line.startswith(f"fitcerts show: the data cannot be used: {fitcerts.DATA_VERSION}/")
