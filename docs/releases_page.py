"""Write the documentation page listing every bundled release and what each changed.

    python docs/releases_page.py        # rewrites docs/releases.md

A test keeps the page equal to what this produces from the data.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import fitcerts

PAGE = Path(__file__).parent / "releases.md"


def releases_page() -> str:
    versions = fitcerts.data_versions()
    lines = [
        "# Data releases",
        "",
        "Every release below ships inside the package and can be pinned with",
        "`fitcerts.load(version)`. This page is generated from the data by",
        "`python docs/releases_page.py`, and a test keeps it current.",
        "",
        "| release | credentials | organizations | sources |",
        "| --- | --- | --- | --- |",
    ]
    for version in versions:
        release = fitcerts.load(version)
        lines.append(
            f"| {version} | {len(release.credentials())} | {len(release.organizations())} "
            f"| {len(release.sources())} |"
        )
    lines.append("")
    for old, new in reversed(list(itertools.pairwise(versions))):
        lines.append(fitcerts.diff(old, new).to_markdown())
    return "\n".join(lines).rstrip("\n") + "\n"


if __name__ == "__main__":
    PAGE.write_text(releases_page(), encoding="utf-8")
