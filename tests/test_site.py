"""The documentation site: builds strictly and offline, documents every public name, has a
catalog page for every credential of the newest release, and a Downloads page whose every file is
in the site with the size and SHA-256 the page gives."""

from __future__ import annotations

import hashlib
import html
import inspect
import os
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

import fitcerts
from fitcerts.cli import main

from .docs_modules import docs_module

ROOT = Path(__file__).parent.parent
DOCS = ROOT / "docs"

# The site is built with Python 3.11 or newer: on 3.10 the newest mkdocstrings that installs
# does not work with the newest pymdown-extensions that installs. The library supports 3.10.
pytestmark = pytest.mark.skipif(sys.version_info < (3, 11), reason="docs build on Python 3.11+")


def build_site(target: Path) -> Path:
    """Build the site strictly into ``target``, as ``mkdocs build --strict`` does."""
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


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_site(tmp_path_factory.mktemp("site"))


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


def test_the_api_reference_lists_every_record_field_and_the_provenance_methods(site: Path) -> None:
    import attrs

    from fitcerts.records import RECORD_TYPES

    rendered = (site / "reference" / "api" / "index.html").read_text("utf-8")
    missing = [
        f"{cls.__name__}.{field.name}"
        for cls in RECORD_TYPES
        for field in attrs.fields(cls)  # type: ignore[arg-type]
        if f'id="fitcerts.records.{cls.__name__}.{field.name}"' not in rendered
    ]
    for cls in ("Credential", "Organization"):
        for method in ("sources_for", "conflicts", "stale", "fact_ages", "all_sources"):
            if f'id="fitcerts.records.{cls}.{method}"' not in rendered:
                missing.append(f"{cls}.{method}")
    assert missing == []


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


def test_credential_pages_open_with_a_card_and_chart_pass_rates_where_data_allows(
    site: Path,
) -> None:
    for credential in fitcerts.credentials():
        page = (site / "catalog" / "credentials" / credential.id / "index.html").read_text("utf-8")
        article = page[page.index("<article") :]
        card = article.index('class="admonition abstract summary-card"')
        facts = article.index("All facts and their sources")
        assert card < facts < article.index('id="sources"')
        # every field table is folded away under its topic, the card and charts come first
        folded = article[facts : article.index("<h2", facts)]
        assert folded.count("<table") == folded.count('<details class="note">') >= 1, credential.id
        assert "<table" not in re.sub(r"<details.*?</details>", "", folded, flags=re.S)
        chart = f"{credential.id}-pass-rates.svg"
        assert (chart in page) == (len(credential.exam.pass_rates) >= 2), credential.id
        assert ((site / "catalog" / "charts" / chart).is_file()) == (chart in page)
    cscs = (site / "catalog" / "credentials" / "CSCS" / "index.html").read_text("utf-8")
    assert 'alt="Line chart of the CSCS pass rate by year.' in cscs
    assert "exam.pass_rates[3].percent" in cscs  # kept for auditors, as a label's tooltip
    assert ">Pass rate 2022 &rsaquo; percent<" in cscs


def test_every_comparison_page_has_a_table_and_cost_charts_where_data_allows(
    site: Path,
) -> None:
    compare = site / "compare"
    for slug in ("personal-trainers", "strength-and-conditioning"):
        page = (compare / slug / "index.html").read_text("utf-8")
        assert "<table>" in page and "Side by side" in page
        assert re.search(
            rf'<img alt="Bar chart, [^"]+" src="\.\./charts/{slug}-costs-usd\.svg"', page
        )
    assert (compare / "charts" / "personal-trainers-costs-usd.svg").is_file()
    countries = (compare / "by-country" / "index.html").read_text("utf-8")
    for code in ("us", "ca", "gb", "au", "jp"):
        assert f'href="../countries/{code}/"' in countries
        assert (compare / "countries" / code / "index.html").is_file()
    japan = (compare / "countries" / "jp" / "index.html").read_text("utf-8")
    assert "¥49,300" in japan and "CSCS" in japan


def test_organization_pages_list_credentials_membership_tiers_and_fees(site: Path) -> None:
    cscca = (site / "catalog" / "organizations" / "CSCCa" / "index.html").read_text("utf-8")
    assert "CSCCA-SCCC" in cscca and "Student" in cscca and "$55" in cscca and "$110" in cscca
    nsca = (site / "catalog" / "organizations" / "NSCA" / "index.html").read_text("utf-8")
    for credential in fitcerts.credentials(organization="NSCA"):
        assert f'href="../../credentials/{credential.id}/"' in nsca


def test_the_home_page_sends_new_readers_to_the_comparisons_first(site: Path) -> None:
    page = (site / "index.html").read_text("utf-8")
    article = page[page.index("<article") :]
    assert article.index('href="compare/') < article.index('href="catalog/')


# --- the Downloads page ------------------------------------------------------------------------


def _downloads_page() -> ModuleType:
    return docs_module("downloads_page")


def test_the_download_rows_give_each_files_own_size_and_sha256() -> None:
    page = _downloads_page()
    downloads = page.all_downloads()
    assert list(downloads) == list(reversed(fitcerts.data_versions()))  # newest first
    text = page.downloads_page(downloads)
    for version, files in downloads.items():
        names = [name for name, _ in files]
        assert names == [
            f"fitcerts-{version}-datapackage.zip",
            f"fitcerts-{version}.db",
            f"fitcerts-{version}.metadata.json",
            f"fitcerts-{version}.json",
            f"fitcerts-{version}.csv",
        ]
        for row, (name, data) in zip(page.rows(version, files), files, strict=True):
            assert row.name == name and row.path == f"downloads/{version}/{name}"
            assert row.size == len(data)
            assert row.sha256 == hashlib.sha256(data).hexdigest()
            assert f"| [{name}]({row.path}) |" in text
            assert f"({len(data):,} bytes) | `{row.sha256}` |" in text
    headings = [text.index(f"## Release {version}") for version in downloads]
    assert headings == sorted(headings)
    assert f"## Release {fitcerts.DATA_VERSION} (newest)" in text
    # every build gives the same page: the same bytes, the SQLite file's included
    assert page.downloads_page(page.all_downloads()) == text


def test_the_downloads_are_what_fitcerts_export_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    page = _downloads_page()
    version = fitcerts.data_versions()[0]  # an old release, as --data-version gives it
    monkeypatch.chdir(tmp_path)
    commands = {
        "datapackage.zip": "--format datapackage --zip -o package.zip",
        "db": "--format sqlite -o fitcerts.db",
        "metadata.json": "",  # written beside fitcerts.db
        "json": "--format json -o fitcerts.json",
        "csv": "--format csv -o fitcerts.csv",
    }
    for command in filter(None, commands.values()):
        assert main(["export", "--data-version", version, *command.split()]) == 0, command
    capsys.readouterr()
    written = {
        "datapackage.zip": "package.zip",
        "db": "fitcerts.db",
        "metadata.json": "fitcerts.metadata.json",
        "json": "fitcerts.json",
        "csv": "fitcerts.csv",
    }
    files = dict(page.release_files(version))
    for ending, name in written.items():
        assert files[f"fitcerts-{version}{'-' if ending.startswith('data') else '.'}{ending}"] == (
            (tmp_path / name).read_bytes()
        ), name


def _download_rows(page: str) -> dict[str, list[tuple[str, int, str]]]:
    """Each release's table on the built page: (link, bytes, SHA-256) a row."""
    found: dict[str, list[tuple[str, int, str]]] = {}
    sections = re.split(r'<h2 id="[^"]*">Release ', page)[1:]
    for section in sections:
        version = section.split("<", 1)[0].split()[0]
        table = section[: section.index("</table>")]
        found[version] = [
            (html.unescape(link), int(size.replace(",", "")), digest)
            for link, size, digest in re.findall(
                r'<td><a href="([^"]+)">[^<]+</a></td>\s*<td>.*?</td>\s*'
                r"<td>[^<(]+\(([\d,]+) bytes\)</td>\s*<td><code>([0-9a-f]{64})</code></td>",
                table,
                flags=re.DOTALL,
            )
        ]
    return found


def test_the_downloads_page_lists_files_the_site_has_with_their_size_and_sha256(
    site: Path,
) -> None:
    page = (site / "downloads" / "index.html").read_text("utf-8")
    assert 'href="../without-python/"' in page
    listed = _download_rows(page)
    assert list(listed) == list(reversed(fitcerts.data_versions()))
    for version, rows in listed.items():
        assert len(rows) == 5, version
        for link, size, digest in rows:
            assert link.startswith(f"{version}/fitcerts-{version}"), link
            data = (site / "downloads" / link).read_bytes()
            assert len(data) == size, link
            assert hashlib.sha256(data).hexdigest() == digest, link
    nav = (site / "index.html").read_text("utf-8")
    assert 'href="downloads/"' in nav and 'href="without-python/"' in nav
    without = (site / "without-python" / "index.html").read_text("utf-8")
    assert 'href="../downloads/"' in without
