"""The "Report a correction" page, and the line every data page ends with that leads to it.

The issue tracker's address comes from the package's own metadata (``[project.urls]`` in
``pyproject.toml``), the one place a project states it, so the site never links an address
the project has not published. Until it does, the page says so plainly.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).parent.parent
# The names packaging tools and PyPI give the tracker's entry in [project.urls].
TRACKER_KEYS = ("issues", "issue tracker", "bug tracker", "tracker", "bugs")


def tracker_url(pyproject: Path = ROOT / "pyproject.toml") -> str | None:
    """The issue tracker's address from ``[project.urls]``, or None when none is given (or it is
    not an https address, which a page should not link). Needs Python 3.11, as the site does."""
    import tomllib

    with pyproject.open("rb") as file:
        urls = tomllib.load(file).get("project", {}).get("urls", {})
    for name, url in urls.items():
        if name.strip().casefold() in TRACKER_KEYS and str(url).startswith("https://"):
            return str(url)
    return None


def correction_line(record: str | None, version: str, base: str) -> list[str]:
    """The foot of a data page: where to report what is wrong on it, and what to quote (the
    record's id, or on a page of many, the credential's)."""
    which = f"`{record}`" if record else "the credential's id"
    return [
        f"Something here wrong or out of date? [Report a correction]({base}corrections.md), "
        f"naming {which}, data release {version}, the field and a source that states the "
        "right value.",
        "",
    ]


def corrections_page(version: str, tracker: str | None) -> str:
    if tracker is not None:
        where = [
            f"Open an issue on the project's [issue tracker]({tracker}) with what is below.",
            "",
        ]
    else:
        where = [
            '!!! warning "No issue tracker address yet"',
            "",
            "    The package's metadata names no issue tracker (`[project.urls]` in "
            "`pyproject.toml` has no `Issues` entry), so this page has no address to link. "
            "When the project publishes one, this page and the line at the foot of every "
            "credential, organization and comparison page will lead there.",
            "",
        ]
    return "\n".join(
        [
            "# Report a correction",
            "",
            "Every value on this site cites a source. If a fee has changed, a requirement is "
            "out of date, or a source does not say what the data says, a correction with its "
            "own source makes the next data release right for everyone.",
            "",
            *where,
            "## What a correction needs",
            "",
            f"- **The record and the release**: the credential or organization id (`CSCS`, "
            f"`NSCA`) and the data release the page shows ({version} on this site).",
            "- **The field**: as the page labels it (the exam fee for members, the renewal "
            "cycle, a prerequisite), with the value now shown and the value you propose.",
            '- **The value as the source prints it**: "from $899" is a lower bound, '
            '"about $65" an approximate amount, and a price keeps its currency and what the '
            "page says about tax.",
            "- **A source that states it**: its title, publisher, address and the date the page "
            "states (or that it is undated), with a short quotation or a screenshot of the "
            "passage. The issuing organization's own page or document comes first; a third "
            "party's is recorded as such.",
            "",
            "The [data policy](data-policy.md) says how sources are weighed when they disagree.",
            "",
            "## What happens to it",
            "",
            "A released data folder is never edited. A correction lands in a new data release, "
            "listed with what changed in the [changelog](changelog.md) and on the "
            "[data releases](releases.md) page; anyone who pinned an older release keeps "
            "getting the answers it gave.",
            "",
            "Until then you can use the corrected value yourself: a folder of your own records, "
            "read with `fitcerts.load_folder(path, base=...)`, replaces a bundled record with "
            "the same id and says it did ([Recipes: adding your own "
            "credential](recipes.md#adding-your-own-credential)).",
            "",
        ]
    )
