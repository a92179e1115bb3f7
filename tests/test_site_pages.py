"""The site's generated pages and charts, without building the site: charts only from two or
more known figures, never an unknown drawn as zero, the same bytes every build, comparison
groups that hold what their names promise, and labels people read."""

from __future__ import annotations

import re
import sys
import urllib.parse
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

import fitcerts
from fitcerts import SourceKind
from fitcerts.markets import prices_in
from fitcerts.presentation import money

from .docs_modules import docs_module

DOCS = Path(__file__).parent.parent / "docs"
DAY = date(2026, 11, 30)


charts = docs_module("site_charts")
corrections = docs_module("corrections_page")
pages = docs_module("site_pages")


@pytest.fixture(scope="module")
def release() -> fitcerts.Release:
    return fitcerts.load("2026.3")


def _bars(svg: str) -> int:
    return len(re.findall(r'<g id="patch_\d+"', svg))


def test_a_chart_needs_two_known_figures() -> None:
    one = [charts.RatePoint(2025, Decimal(39), "not-stated", False)]
    assert charts.pass_rate_chart("X", one) is None
    unknown = charts.CostBar(None, "not reported")
    known = charts.CostBar(Decimal(100), "$100")
    assert charts.cost_chart("t", [charts.CostRow("A", known, unknown)], "keep") is None
    rows = [charts.CostRow("A", known, unknown), charts.CostRow("B", unknown, unknown)]
    assert charts.cost_chart("t", rows, "keep") is None
    rows = [charts.CostRow("A", known, unknown), charts.CostRow("B", known, unknown)]
    assert charts.cost_chart("t", rows, "keep") is not None


def test_an_unknown_is_never_drawn_as_a_zero_bar() -> None:
    known = charts.CostBar(Decimal(100), "$100")
    zero = charts.CostBar(Decimal(0), "$0")
    unknown = charts.CostBar(None, "not reported")
    with_unknown = charts.cost_chart("t", [charts.CostRow("A", known, unknown)] * 2, "keep")
    with_zero = charts.cost_chart("t", [charts.CostRow("A", known, zero)] * 2, "keep")
    assert with_unknown is not None and with_zero is not None
    assert _bars(with_zero.svg) - _bars(with_unknown.svg) == 2
    assert "not reported" in with_unknown.svg and "not reported" in with_unknown.alt


def test_charts_are_the_same_bytes_every_time_and_carry_no_date(
    release: fitcerts.Release,
) -> None:
    cscs = release.get("CSCS")
    first = charts.pass_rate_chart("CSCS", pages.rate_points(cscs))
    again = charts.pass_rate_chart("CSCS", pages.rate_points(cscs))
    assert first is not None and first == again
    assert "<dc:date>" not in first.svg and "matplotlib.org" not in first.svg
    for rate in cscs.exam.pass_rates:
        assert f"{rate.year}: {rate.percent}%" in first.alt


def test_pass_rates_keep_populations_and_third_party_figures_apart(
    release: fitcerts.Release,
) -> None:
    points = pages.rate_points(release.get("CSCS"))
    assert {p.population for p in points} == {"first-time", "not-stated"}
    by_year = {p.year: p for p in points}
    assert by_year[2017].official and not by_year[2016].official  # official vs third-party


def test_comparison_groups_hold_what_their_names_promise(release: fitcerts.Release) -> None:
    groups = {g.slug: {c.id for c in g.credentials} for g in pages.groups(release)}
    trainers = groups["personal-trainers"]
    assert {"NASM-CPT", "NSCA-CPT", "ACE-CPT", "NESTA-PFT", "NETA-CPT"} <= trainers
    assert "CSCS" not in trainers
    coaches = groups["strength-and-conditioning"]
    assert {"CSCS", "CSCCA-SCCC", "ISSA-SCC", "UKSCA-ASCC", "TSAC-F"} <= coaches
    assert "NASM-CPT" not in coaches
    countries = {
        g.jurisdiction: {c.id for c in g.credentials} for g in pages.country_groups(release)
    }
    assert {"US", "CA", "GB", "AU", "JP"} <= set(countries)
    assert {"CSCS", "NSCA-CPT"} <= countries["JP"]  # priced for candidates in Japan
    assert "UKSCA-ASCC" in countries["GB"]


def test_each_market_has_its_own_prices_and_totals(release: fitcerts.Release) -> None:
    cscs = release.get("CSCS")
    japan = pages.earning_cost(release, cscs, DAY, jurisdiction="JP")
    assert not isinstance(japan, str) and japan.currency == "JPY" and japan.total == 49300
    card = "\n".join(pages.summary_card(release, cscs, DAY, pages.Sources(cscs.all_sources())))
    us, jp = card.index("*In the United States*"), card.index("*In Japan*")
    assert us < card.index("$475") < jp < card.index("¥49,300 JPY")
    keep = card.index("**What it costs to keep")
    assert "¥" not in card[us:jp] and "$" not in card[jp:keep]
    kept_us, kept_jp = card.index("*In the United States*", keep), card.index("*In Japan*", keep)
    assert keep < kept_us < kept_jp and "¥" not in card[kept_us:kept_jp]
    bar, currency = pages.earning_bar(release, cscs, DAY, "JP")
    assert currency == "JPY" and bar.amount == Decimal(49300)


def test_a_cost_to_keep_on_fees_no_longer_in_force_says_so(release: fitcerts.Release) -> None:
    # The current cycle's CSCS renewal fee is not reported: the 2018-2020 fee is the newest.
    bar, currency = pages.keeping_bar(release, release.get("CSCS"), DAY)
    assert bar.amount is not None and currency == "USD"
    assert bar.text.endswith("at fees last published, no longer in force")
    owned = pages.ownership_cost(release, release.get("CSCS"), DAY, 3)
    assert not isinstance(owned, str) and not owned.is_current
    assert "not current" in str(owned)


def test_a_cost_to_keep_is_a_least_amount_where_a_fee_is_not_reported(
    release: fitcerts.Release,
) -> None:
    """Never "cannot be told" where some amount is known: the least it can be, and what it
    leaves out, each named once."""
    for credential in release.credentials():
        for member in (False, True):
            owned = pages.ownership_cost(release, credential, DAY, 6, member=member)
            whole = release.cost_of_ownership(credential, years=6, member=member, start=DAY)
            if whole.total is None:
                assert isinstance(owned, str) and owned.startswith("cannot be told")
                continue
            assert not isinstance(owned, str)
            text = pages.ownership_text(owned)
            gaps = pages.ownership_gaps(owned)
            if gaps:
                assert text.startswith(f"at least {money(whole.total, whole.currency)}")
                assert all(gap in text for gap in gaps)
                assert len(gaps) == len(set(gaps))
            else:
                assert text.startswith(whole.total_text)
    cscs = pages.ownership_cost(release, release.get("CSCS"), DAY, 6, member=True)
    assert not isinstance(cscs, str)
    assert pages.ownership_text(cscs) == (
        "at least $738 USD, plus continuing education the data does not price; not included, "
        "as no source gives them: NSCA membership dues"
    )
    card = "\n".join(pages.summary_card(release, release.get("CSCS"), DAY, pages.Sources(())))
    assert "cannot be told" not in card


def test_no_rendered_cost_names_a_tier_by_its_id(release: fitcerts.Release) -> None:
    """A tier reads by its name ("All CEUs from ISSA"), never its id ("issa-ceus")."""
    checked = 0
    for credential in release.credentials():
        ids = {p.tier for p in credential.prices if p.tier and p.tier_name != p.tier}
        if not ids:
            continue
        sources = pages.Sources(credential.all_sources())
        texts = [
            "\n".join(pages.summary_card(release, credential, DAY, sources)),
            pages.keeping_bar(release, credential, DAY)[0].text,
            str(release.cost_of_ownership(credential, years=6, start=DAY)),
            str(release.total_cost(credential, on=DAY)),
        ]
        for text in texts:
            for tier in ids:
                assert not re.search(rf"[(\[ ]{re.escape(tier)}[),\]]", text), (tier, text)
        checked += 1
    assert checked >= 3


def test_a_long_comparison_opens_on_its_best_known_credentials(release: fitcerts.Release) -> None:
    keys = [c.id for c in release.credentials(kind="certification")]
    comparison = release.compare(*keys, on=DAY)
    order = pages._most_known_first(comparison)
    unknown = [
        sum(row.cells[i].text.startswith("not reported") for row in comparison.rows) for i in order
    ]
    assert unknown == sorted(unknown) and unknown[0] < unknown[-1]
    assert sorted(order) == list(range(len(keys)))


def test_every_source_says_who_published_it_what_it_is_and_where_it_was_read(
    release: fitcerts.Release,
) -> None:
    copies = 0
    for source in release.sources():
        entry = pages.source_entry(source)
        assert (source.publisher or "publisher not stated") in entry
        assert pages.KIND_WORDS[source.kind] in entry
        assert source.dated in entry
        where = pages.copy_host(source)
        if where is not None:
            copies += 1
            assert where[0] in entry and where[1] in entry
    assert copies >= 20  # the document-sharing, exam-dump, staging and archive copies
    article = pages.source_entry(release.sources()[0])
    assert "sources/choosing-between-nsca-and-nasm.txt" in article
    handbook = next(s for s in release.sources() if s.id == "nasm-handbook-2022")
    assert "read on a copy at www.scribd.com (a document-sharing site), not on NASM's own site" in (
        pages.source_entry(handbook)
    )
    proxied = next(s for s in release.sources() if s.id == "acsm-candidate-handbook")
    assert (
        "read on a copy at siteproxy.ruqli.workers.dev (a web proxy showing a copy on www.scribd.com),"
        " not on ACSM's own site" in pages.source_entry(proxied)
    )
    magazine = next(s for s in release.sources() if s.id == "canfitpro-magazine-2024")
    assert "published on issuu.com (a magazine-publishing platform)" in pages.source_entry(magazine)


@pytest.mark.parametrize("version", fitcerts.data_versions())
def test_every_official_source_was_read_on_its_issuers_site_or_says_where(version: str) -> None:
    unexplained = [
        (s.id, s.url)
        for s in fitcerts.load(version).sources()
        if s.url
        and s.kind is SourceKind.OFFICIAL
        and not pages.own_host(s)
        and pages.copy_host(s) is None
    ]
    assert unexplained == []


@pytest.mark.parametrize("version", fitcerts.data_versions())
def test_a_page_fetched_through_a_proxy_is_never_shown_as_a_plain_link(version: str) -> None:
    for source in fitcerts.load(version).sources():
        shown = pages.proxied_url(source.url or "")
        if shown is not None:
            where = pages.copy_host(source)
            assert where is not None and "web proxy" in where[1], source.id
            assert urllib.parse.urlparse(shown).hostname in where[1]


def test_proxied_addresses_are_read_from_the_query_or_the_path() -> None:
    assert pages.proxied_url("https://p.example/api/grab?url=https%3A%2F%2Fa.example%2Fx") == (
        "https://a.example/x"
    )
    assert pages.proxied_url("https://p.example/https/b.example/y") == "https://b.example/y"
    assert pages.proxied_url("https://www.nsca.com/cscs?q=strength") is None


def test_every_country_page_says_what_is_missing_and_why(release: fitcerts.Release) -> None:
    for group in pages.country_groups(release):
        text = "\n".join(pages.gaps_section(group, "../../"))
        assert text.startswith("## What is missing, and why")
        for credential in group.credentials:
            for gap in credential.gaps:
                assert f"- {credential.id}, " in text and gap.note.split(".")[0][:40] in text
            home = credential.organization.country
            priced_here = bool(prices_in(credential.prices, group.jurisdiction, home))
            if not priced_here:
                assert credential.id in text.split("\n\n")[1], (group.jurisdiction, credential.id)
        assert "data-policy.md" in text


def test_field_paths_read_as_words(release: fitcerts.Release) -> None:
    cscs = release.get("CSCS")
    assert pages.readable(cscs, "exam.pass_rates[3].percent") == (
        "Exam",
        "Pass rate 2022 &rsaquo; percent",
    )
    topic, text = pages.readable(cscs, "prices[1].amount")
    assert topic == "Costs" and text == "Exam, non-member &rsaquo; amount"
    assert pages.readable(cscs, "recertification.cycle_years") == ("Renewal", "Cycle (years)")
    assert pages.readable(cscs, "settings")[0] == "About"


def test_the_card_covers_what_a_candidate_asks(release: fitcerts.Release) -> None:
    cscs = release.get("CSCS")
    sources = pages.Sources(cscs.all_sources())
    card = "\n".join(pages.summary_card(release, cscs, DAY, sources))
    for part in (
        "What it is",
        "What it costs to earn",
        "Total for a member: $608+ USD",
        "What it costs to keep",
        "Who may sit for it",
        "Upcoming change: from 2030-01-01",
        "The exam or assessment at a glance",
        "NCCA since 1993",
        "How fresh the facts are",
    ):
        assert part in card, part
    assert re.search(r"\$340 \[\\\[\d+\\\]\]\(#source-\d+", card)  # a figure links its source


def test_every_data_page_ends_by_saying_how_to_report_a_correction(
    release: fitcerts.Release,
) -> None:
    files = {f.path: f.text for f in pages.site_files(release, DAY)}
    for credential in release.credentials():
        text = files[f"catalog/credentials/{credential.id}.md"]
        line = f"[Report a correction](../../corrections.md), naming `{credential.id}`, data "
        assert f"{line}release {release.version}" in text
        assert text.index("Report a correction") < text.index("## Sources")
    for organization in release.organizations():
        assert f"naming `{organization.id}`" in files[f"catalog/organizations/{organization.id}.md"]
    for group in [*pages.groups(release), *pages.country_groups(release)]:
        base = "../" * (group.slug.count("/") + 1)
        assert f"[Report a correction]({base}corrections.md)" in files[f"compare/{group.slug}.md"]


def test_the_corrections_page_links_the_tracker_only_when_the_project_names_one() -> None:
    without = corrections.corrections_page("2026.6", None)
    assert '!!! warning "No issue tracker address yet"' in without
    assert "](http" not in without  # no address the project has not published
    for needed in ("lower bound", "currency", "the date the page", "load_folder", "changelog.md"):
        assert needed in without
    tracker = "https://tracker.example/fitcerts/issues"
    linked = corrections.corrections_page("2026.6", tracker)
    assert f"[issue tracker]({tracker})" in linked and "warning" not in linked


@pytest.mark.skipif(sys.version_info < (3, 11), reason="tomllib, as the site build needs")
@pytest.mark.parametrize(
    ("urls", "expected"),
    [
        ('Issues = "https://tracker.example/i"', "https://tracker.example/i"),
        ('"Bug Tracker" = "https://tracker.example/b"', "https://tracker.example/b"),
        ('Issues = "javascript:alert(1)"', None),
        ('Homepage = "https://example.org"', None),
        ("", None),
    ],
)
def test_the_tracker_address_is_read_from_the_package_metadata(
    tmp_path: Path, urls: str, expected: str | None
) -> None:
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text(f'[project]\nname = "x"\n[project.urls]\n{urls}\n', encoding="utf-8")
    assert corrections.tracker_url(pyproject) == expected
