"""Executed documentation: README examples, module doctests, and the README's commands."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest

import fitcerts

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
OPTIONS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


def test_readme_examples_run_and_show_what_they_say() -> None:
    result = doctest.testfile(str(README), module_relative=False, optionflags=OPTIONS)
    assert result.attempted >= 15
    assert result.failed == 0


@pytest.mark.parametrize("page", sorted((ROOT / "docs").glob("**/*.md")), ids=lambda p: p.name)
def test_docs_examples_run(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # examples name files as a reader in the repository would
    result = doctest.testfile(str(page), module_relative=False, optionflags=OPTIONS)
    assert result.failed == 0
    if "```pycon" in page.read_text(encoding="utf-8"):
        assert result.attempted > 0


@pytest.mark.parametrize(
    "name", ["fitcerts", *(m.name for m in pkgutil.walk_packages(fitcerts.__path__, "fitcerts."))]
)
def test_module_docstring_examples_run(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=OPTIONS)
    assert result.failed == 0


def _readme_command(marker: str) -> str:
    text = README.read_text(encoding="utf-8")
    block = re.search(rf"<!-- {marker} -->\n```sh\n(.+?)\n```\n<!-- /{marker} -->", text, re.S)
    assert block, f"README lost its {marker}"
    return block.group(1)


def test_readme_has_one_setup_and_run_command_for_each_job() -> None:
    for marker in ("main-command", "test-command"):
        command = _readme_command(marker)
        assert "\n" not in command
        assert command.startswith("python3 -m venv .venv && ")
    assert _readme_command("test-command").endswith("-m pytest")


def test_the_main_job_compares_the_two_credentials_of_the_article() -> None:
    # The README's main command, minus the set-up this test environment already has.
    job = _readme_command("main-command").split(" && ")[-1].split()
    assert job[0] == ".venv/bin/fitcerts"
    command = Path(sys.executable).parent / "fitcerts"
    result = subprocess.run(
        [str(command), *job[1:]], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.startswith("Exam cost\n  CSCS      $340 (members), $475 (non-members)")
    assert "  NASM-PES  $699+ (Self-study $699" in result.stdout


def test_the_readme_check_command_passes() -> None:
    folder = ROOT / "src" / "fitcerts" / "data" / fitcerts.DATA_VERSION
    result = subprocess.run(
        [sys.executable, "-m", "fitcerts.check", str(folder)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout
    assert result.stdout.endswith(": ok\n")
