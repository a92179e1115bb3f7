"""The documentation site: builds strictly and offline, documents every public name, and has a
catalog page for every credential of the newest release."""

from __future__ import annotations

import inspect
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import fitcerts

ROOT = Path(__file__).parent.parent

# The site is built with Python 3.11 or newer: on 3.10 the newest mkdocstrings that installs
# does not work with the newest pymdown-extensions that installs. The library supports 3.10.
pytestmark = pytest.mark.skipif(sys.version_info < (3, 11), reason="docs build on Python 3.11+")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("site")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(target)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return target


def test_every_credential_and_organization_has_a_generated_page(site: Path) -> None:
    for credential in fitcerts.credentials():
        page = (site / "catalog" / "credentials" / credential.id / "index.html").read_text("utf-8")
        assert credential.name in page
        for source in credential.all_sources():
            assert source.dated in page
    for organization in fitcerts.organizations():
        assert (site / "catalog" / "organizations" / organization.id / "index.html").is_file()
    cscs = (site / "catalog" / "credentials" / "CSCS" / "index.html").read_text("utf-8")
    assert "Where sources disagree" in cscs and "Compared with related credentials" in cscs


def test_the_cli_reference_is_the_commands_own_help(site: Path) -> None:
    page = (site / "reference" / "cli" / "index.html").read_text("utf-8")
    for command in ("list", "show", "compare", "cost", "eligible", "recommend", "diff", "export"):
        assert f"fitcerts {command}" in page
    assert "--data-version" in page


def test_the_site_needs_nothing_from_the_network(site: Path) -> None:
    for page in site.rglob("*.html"):
        text = page.read_text("utf-8")
        assert not re.search(r'<(script|link)[^>]+(src|href)="https?://', text), page
        assert "fonts.googleapis" not in text, page


def test_every_public_name_has_a_docstring_and_a_place_in_the_api_reference(site: Path) -> None:
    rendered = (site / "reference" / "api" / "index.html").read_text("utf-8")
    for name in fitcerts.__all__:
        if name in ("DATA_VERSION", "__version__"):
            continue
        value = getattr(fitcerts, name)
        assert inspect.getdoc(value), f"{name} has no docstring"
        module = getattr(value, "__module__", "fitcerts")
        anchors = (f'id="{module}.{name}"', f'id="fitcerts.{name}"')
        assert any(anchor in rendered for anchor in anchors), f"{name} is not in the API reference"
