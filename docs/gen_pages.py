"""Pages generated when the site is built: the catalog with its charts, the comparison pages,
the chooser and its answers, the corrections page, the CLI reference, the changelog and the
Downloads page with its files.

Run by mkdocs-gen-files; nothing here is written by hand, so the site always shows the data and
the command line exactly as the package has them. The pages themselves are written by
``site_pages.py`` (charts by ``site_charts.py``, downloads by ``downloads_page.py``) beside
this file.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import mkdocs_gen_files

import fitcerts
from fitcerts.cli import help_texts
from fitcerts.presentation import markdown_cell as cell

HERE = Path(__file__).parent
ROOT = HERE.parent
if str(HERE) not in sys.path:  # mkdocs-gen-files runs this file by path, not as a module
    sys.path.insert(0, str(HERE))

from chooser_page import chooser_files  # noqa: E402
from corrections_page import corrections_page, tracker_url  # noqa: E402
from downloads_page import all_downloads, download_path, downloads_page  # noqa: E402
from site_pages import site_files  # noqa: E402

CATALOG = fitcerts.load(fitcerts.DATA_VERSION)


def catalog_index() -> str:
    lines = [
        "# Catalog",
        "",
        f"Every credential and organization of data release {CATALOG.version}, generated from "
        "the bundled data when this site was built. Each page lists every fact with its "
        "sources and the date each source states. Choosing between credentials? The "
        "[comparison pages](../compare/index.md) set them side by side.",
        "",
        "| credential | name | organization | kind |",
        "| --- | --- | --- | --- |",
    ]
    for c in CATALOG.credentials():
        lines.append(
            f"| [{c.id}](credentials/{c.id}.md) | {cell(c.name)} | "
            f"[{c.organization.id}](organizations/{c.organization.id}.md) | {c.kind.value} |"
        )
    lines += ["", "| organization | name |", "| --- | --- |"]
    for o in CATALOG.organizations():
        lines.append(f"| [{o.id}](organizations/{o.id}.md) | {cell(o.name)} |")
    return "\n".join([*lines, ""])


def cli_reference() -> str:
    lines = [
        "# Command line",
        "",
        "Generated from the command's own `--help`. Installing the package installs `fitcerts`;",
        "`python -m fitcerts` is the same.",
        "",
    ]
    for name, text in help_texts().items():
        lines += [f"## `{name}`", "", "```text", text.rstrip(), "```", ""]
    return "\n".join(lines)


def changelog() -> str:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    return re.sub(r"\]\(docs/([^)]+)\)", r"](\1)", text)


with mkdocs_gen_files.open("catalog/index.md", "w") as page:
    page.write(catalog_index())
for generated in site_files(CATALOG):
    with mkdocs_gen_files.open(generated.path, "w") as page:
        page.write(generated.text)
for generated in chooser_files(CATALOG):
    with mkdocs_gen_files.open(generated.path, "w") as page:
        page.write(generated.text)
with mkdocs_gen_files.open("corrections.md", "w") as page:
    page.write(corrections_page(CATALOG.version, tracker_url()))
with mkdocs_gen_files.open("reference/cli.md", "w") as page:
    page.write(cli_reference())
with mkdocs_gen_files.open("changelog.md", "w") as page:
    page.write(changelog())
downloads = all_downloads()
for version, files in downloads.items():
    for download in files:
        with mkdocs_gen_files.open(download_path(version, download.name), "wb") as file:
            file.write(download.data)
with mkdocs_gen_files.open("downloads.md", "w") as page:
    page.write(downloads_page(downloads))
