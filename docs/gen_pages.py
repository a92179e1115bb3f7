"""Pages generated when the site is built: the catalog, the CLI reference and the changelog.

Run by mkdocs-gen-files; nothing here is written by hand, so the site always shows the data and
the command line exactly as the package has them.
"""

from __future__ import annotations

import re
from pathlib import Path

import mkdocs_gen_files

import fitcerts
from fitcerts.changes import leaves
from fitcerts.cli import help_texts
from fitcerts.presentation import markdown_cell as cell
from fitcerts.records import Credential, Organization, Source

ROOT = Path(__file__).parent.parent
CATALOG = fitcerts.load(fitcerts.DATA_VERSION)


def cited(sources: tuple[Source, ...]) -> str:
    return "; ".join(f"{s.title} ({s.kind.value}, {s.dated})" for s in sources)


def source_list(sources: tuple[Source, ...]) -> list[str]:
    lines = []
    for s in sources:
        title = f"[{s.title}]({s.url})" if s.url else s.title
        publisher = f", {s.publisher}" if s.publisher else ""
        lines.append(f"- {title}{publisher}: {s.kind.value}, as of {s.dated} (`{s.id}`)")
    return lines


def facts(record: Credential | Organization) -> list[str]:
    lines = ["| field | value | sources |", "| --- | --- | --- |"]
    for path, value in leaves(record):
        if path.startswith(("disagreements", "description")):
            continue
        lines.append(f"| `{path}` | {cell(value)} | {cell(cited(record.sources_for(path)))} |")
    return lines


def disagreements(record: Credential | Organization) -> list[str]:
    found = record.conflicts()
    if not found:
        return []
    lines = ["## Where sources disagree", "", "The value above was chosen; these were not:", ""]
    for d in found:
        note = f" ({d.note})" if d.note else ""
        lines.append(f"- `{d.path}`: {cell(d.value)}, according to {cited(d.sources)}{note}")
    return [*lines, ""]


def related(credential: Credential) -> list[Credential]:
    shared = [
        other
        for other in CATALOG.credentials()
        if other.id != credential.id and set(other.settings) & set(credential.settings)
    ]
    return sorted(shared, key=lambda o: -len(set(o.settings) & set(credential.settings)))[:3]


def credential_page(credential: Credential) -> str:
    org = credential.organization
    lines = [
        f"# {credential.id}: {credential.name}",
        "",
        f"Issued by [{org.name}](../organizations/{org.id}.md). Data release {CATALOG.version}.",
        "",
        credential.description,
        "",
        "## Facts",
        "",
        *facts(credential),
        "",
        *disagreements(credential),
    ]
    others = related(credential)
    if others:
        links = ", ".join(f"[{o.id}]({o.id}.md)" for o in others)
        table = CATALOG.compare(credential, *others).to_markdown().rstrip()
        lines += [
            "## Compared with related credentials",
            "",
            f"Credentials that target the same settings: {links}. "
            f"From the command line: `fitcerts compare {credential.id} "
            f"{' '.join(o.id for o in others)}`.",
            "",
            table,
            "",
        ]
    lines += ["## Sources", "", *source_list(credential.all_sources()), ""]
    return "\n".join(lines)


def organization_page(organization: Organization) -> str:
    issued = CATALOG.credentials(organization=organization.id)
    lines = [
        f"# {organization.name} ({organization.abbreviation})",
        "",
        organization.description,
        "",
        "Credentials: " + ", ".join(f"[{c.id}](../credentials/{c.id}.md)" for c in issued),
        "",
        "## Facts",
        "",
        *facts(organization),
        "",
        *disagreements(organization),
        "## Sources",
        "",
        *source_list(organization.all_sources()),
        "",
    ]
    return "\n".join(lines)


def catalog_index() -> str:
    lines = [
        "# Catalog",
        "",
        f"Every credential and organization of data release {CATALOG.version}, generated from "
        "the bundled data when this site was built. Each page lists every fact with its "
        "sources and the date each source states.",
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
for credential in CATALOG.credentials():
    with mkdocs_gen_files.open(f"catalog/credentials/{credential.id}.md", "w") as page:
        page.write(credential_page(credential))
for organization in CATALOG.organizations():
    with mkdocs_gen_files.open(f"catalog/organizations/{organization.id}.md", "w") as page:
        page.write(organization_page(organization))
with mkdocs_gen_files.open("reference/cli.md", "w") as page:
    page.write(cli_reference())
with mkdocs_gen_files.open("changelog.md", "w") as page:
    page.write(changelog())
