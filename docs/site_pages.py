"""The catalog pages of the documentation site, written from the data: a credential's summary
card, its facts grouped by topic, organization pages and the comparison pages.

Everything here is a pure function of a release and the day its figures are judged on (the
release date, so a build never depends on the day it runs); ``gen_pages.py`` writes the result.
Every figure on a card links to the sources that state it; amounts in different currencies are
never added.
"""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any, NamedTuple

import attrs
from corrections_page import correction_line
from site_charts import Chart, CostBar, CostRow, RatePoint, cost_chart, pass_rate_chart

from fitcerts import (
    Comparison,
    CostBreakdown,
    Credential,
    MixedCurrencyError,
    Organization,
    Price,
    PriceBound,
    PriceItem,
    Release,
    Requirement,
    Source,
    SourceKind,
)
from fitcerts.changes import leaves
from fitcerts.dataformat import read_manifest, release_folder
from fitcerts.markets import markets, prices_in
from fitcerts.presentation import label, markdown_cell, money, price_text
from fitcerts.records import prices_in_force

NOT_REPORTED = "not reported"
STALE_YEARS = 5
OWNERSHIP_YEARS = (3, 6)
KEEP_YEARS = 6
COUNTRY_NAMES = {
    "AU": "Australia",
    "CA": "Canada",
    "GB": "the United Kingdom",
    "JP": "Japan",
    "US": "the United States",
}


class File(NamedTuple):
    """A file of the site, by its path under docs/."""

    path: str
    text: str


def released_on(release: Release) -> date:
    """The day the release was published, from its manifest: the day prices are shown for."""
    manifest = read_manifest(release_folder(release.version), release.version)
    return date.fromisoformat(str(manifest["released"]))


# --- sources -------------------------------------------------------------------------------------


class Sources:
    """A page's numbered sources: each figure links to its entries in the list at the end."""

    def __init__(self, first: Iterable[Source]) -> None:
        self.numbers: dict[str, int] = {}
        self.sources: list[Source] = []
        for source in first:
            self.number(source)

    def number(self, source: Source) -> int:
        if source.id not in self.numbers:
            self.sources.append(source)
            self.numbers[source.id] = len(self.sources)
        return self.numbers[source.id]

    def links(self, sources: Iterable[Source]) -> str:
        """``[1][4]``, each linking to its entry and naming the source on hover."""
        seen: dict[str, Source] = {}
        for source in sources:
            seen.setdefault(source.id, source)
        parts = []
        for source in sorted(seen.values(), key=self.number):
            about = [source.title, source.publisher, source.kind.value, source.dated]
            title = re.sub(r"[\"()\[\]]", "", ", ".join(part for part in about if part))
            parts.append(f'[\\[{self.number(source)}\\]](#source-{self.number(source)} "{title}")')
        return "".join(parts)

    def dated_links(self, sources: Iterable[Source]) -> str:
        """Links followed by each source's date, for the facts tables."""
        return "; ".join(
            f"{self.links([s])} {s.kind.value}, {s.dated}" for s in dict.fromkeys(sources)
        )

    def section(self) -> list[str]:
        lines = ["## Sources", ""]
        for number, s in enumerate(self.sources, 1):
            lines.append(f'{number}. <span id="source-{number}"></span>{source_entry(s)}')
        return [*lines, ""]


# What a source's kind means to a reader.
KIND_WORDS = {
    SourceKind.OFFICIAL: "official (the issuer's own page or document)",
    SourceKind.ARTICLE: "article",
    SourceKind.THIRD_PARTY: "third party",
    SourceKind.THIRD_PARTY_LOW: "low-quality third party (never the only basis of a value)",
}

# Where a source was read, when that is not the publisher's own site: a footnote to one of these
# says what the host is and whose document it shows. A test holds every official source of every
# release to this list or to OWN_HOSTS, so a new kind of host cannot slip in unexplained.
COPY_HOSTS = {
    "scribd.com": "a document-sharing site",
    "studylib.net": "a document-sharing site",
    "pdfslide.us": "a document-sharing site",
    "pdfslide.tips": "a document-sharing site",
    "docsbay.net": "a document-sharing site",
    "pdfrog.com": "a document-sharing site",
    "wixlib.com": "a document-sharing site",
    "docplayer.net": "a document-sharing site",
    "docslib.org": "a document-sharing site",
    "dokumen.tips": "a document-sharing site",
    "expydoc.com": "a document-sharing site",
    "fdocuments.in": "a document-sharing site",
    "fdocuments.net": "a document-sharing site",
    "vdocuments.site": "a document-sharing site",
    "healthdocbox.com": "a document-sharing site",
    "readkong.com": "a document-sharing site",
    "docstoc.com": "a document-sharing site",
    "info.5y1.org": "a document-sharing site",
    "killexams.com": "an exam-dump site",
    "assyriancarteeltima.pages.dev": "an unrelated site carrying a copy",
    "muslimcorpers.org": "an unrelated site carrying a copy",
    "development.nfpt.org": "the publisher's development server, not its public site",
    "staging.canfitpro.rshft.com": "a staging server of the publisher's site, not its public site",
    "dod-civ-cool-review.s3.amazonaws.com": "a review copy of the publisher's site, on staging",
    "archive.nfpt.com": "the publisher's archived site",
    "beta.acsm.org": "a beta version of the publisher's site",
    "rebrandx.acsm.org": "another address of the publisher's site, not www.acsm.org",
    "corkscrew.acsm.org": "another address of the publisher's site, not www.acsm.org",
}

# Platforms where an issuer publishes under its own name: its document, but not its own site.
HOSTED = {
    "issuu.com": "a magazine-publishing platform",
    "podcast.app": "a podcast directory",
}

# Web proxies: the page was fetched through them, so the footnote names the page they showed.
PROXY_HOSTS = (
    "siteproxy.ruqli.workers.dev",
    "appwritefunc.yet-another-testing-domain.com",
    "clevelandohioweatherforecast.com",
)

# The issuers' own sites, and platforms that host an issuer's own pages under its name.
OWN_HOSTS = (
    "nsca.com",
    "nsca-lift.org",
    "nsca-japan.or.jp",
    "acsm.org",
    "journals.lww.com",
    "acefitness.org",
    "afaa.com",
    "nasm.org",
    "nasmacademic.com",
    "issaonline.com",
    "issaonline.edu",
    "nccpt.com",
    "ncsf.org",
    "nestacertified.com",
    "netafit.org",
    "nfpt.com",
    "witseducation.com",
    "cscca.org",
    "csccamonthly.com",
    "cscca.clubexpress.com",
    "csep.ca",
    "scpe.ca",
    "canfitpro.com",
    "uksca.org.uk",
    "essa.org.au",
    "essa.secure-platform.com",
    "usaweightlifting.org",
    "teamusa.org",
    "usreps.org",
)


def _host(url: str) -> str:
    return (urllib.parse.urlparse(url).hostname or "").lower()


def _on(host: str, domain: str) -> bool:
    return host == domain or host.endswith(f".{domain}")


def proxied_url(url: str) -> str | None:
    """The address a web proxy was asked for: its ``url=``/``q=`` parameter, or the address
    written after the proxy's own (``proxy.example/https/www.scribd.com/...``)."""
    parsed = urllib.parse.urlparse(url)
    for key in ("url", "q"):
        for value in urllib.parse.parse_qs(parsed.query).get(key, ()):
            if value.startswith(("http://", "https://")):
                return value
    match = re.match(r"/(https?)/(.+)", parsed.path)
    return f"{match[1]}://{match[2]}" if match else None


def copy_host(source: Source) -> tuple[str, str] | None:
    """The host a source was read on and what that host is, when it is not the publisher's own
    site (``("scribd.com", "a document-sharing site")``; a proxy names the page it showed); None
    for a publisher's own site or no URL."""
    if not source.url:
        return None
    host = _host(source.url)
    if any(_on(host, proxy) for proxy in PROXY_HOSTS):
        shown = proxied_url(source.url)
        return host, f"a web proxy showing a copy on {_host(shown) if shown else 'another site'}"
    for known, what in (*COPY_HOSTS.items(), *HOSTED.items()):
        if _on(host, known):
            return host, what
    return None


def own_host(source: Source) -> bool:
    """Whether a source was read on an issuer's own site (or its own account on a platform)."""
    return bool(source.url) and any(_on(_host(source.url or ""), d) for d in OWN_HOSTS)


def _letters(text: str) -> str:
    return "".join(filter(str.isalnum, text.casefold())) or "\0"


def source_entry(source: Source) -> str:
    """A source as the list at the end of a page gives it: title (linked), publisher, what kind
    of source it is, where a copy was read, and the date it states."""
    title = f"[{source.title}]({source.url})" if source.url else source.title
    publisher = source.publisher or "publisher not stated"
    kind = KIND_WORDS[source.kind]
    where = copy_host(source)
    read = ""
    if where is not None and (
        any(_on(where[0], h) for h in HOSTED)
        or _letters(source.publisher or "") in _letters(where[0])
    ):
        read = f"; published on {where[0]} ({where[1]})"
    elif where is not None:
        read = f"; read on a copy at {where[0]} ({where[1]}), not on {publisher}'s own site"
    stored = f"; {STORED_COPIES[source.id]}" if source.id in STORED_COPIES else ""
    dated = "undated" if source.dated == "undated" else f"as of {source.dated}"
    return f"{title}, {publisher}: {kind}{read}{stored}, {dated} (`{source.id}`)"


# Sources the project keeps a copy of, and where.
STORED_COPIES = {
    "article-2025": "its text is kept with the project's sources "
    "(sources/choosing-between-nsca-and-nasm.txt); it names no author, so its publisher is the "
    "site that serves it",
}


# --- readable labels for field paths -------------------------------------------------------------

_TOPICS = {
    "exam": "Exam",
    "prices": "Costs",
    "requirements_known": "Who may sit for it",
    "requirements": "Who may sit for it",
    "accreditations": "Accreditation",
    "recertification": "Renewal",
    "memberships": "Membership",
}
_TOPIC_ORDER = ("About", "Exam", "Costs", "Who may sit for it", "Accreditation", "Renewal")
_WORDS = {
    "pass_rates": "pass rate",
    "any_of": "condition",
    "ceus": "CEUs",
    "earned_by": "earned by",
    "pays_for": "pays for",
    "requirements_known": "requirements reported",
    "cycle_years": "cycle (years)",
    "grace_months": "grace period (months)",
    "reexamination": "renew by passing the exam again",
    "requires_cpr_aed": "needs current CPR/AED",
    "from_issuer": "from the issuer",
    "valid_from": "valid from",
    "valid_until": "valid until",
    "effective_from": "in force from",
    "effective_until": "in force until",
    "tier_name": "tier name",
    "included_in": "included in",
    "scored_questions": "scored questions",
    "unscored_questions": "unscored questions",
    "question_format": "question format",
    "passing_score": "passing score",
    "minimum_age": "minimum age",
    "or_similar": "or similar",
    "all_of": "all of",
    "expected_knowledge": "expected knowledge",
    "preferred_for": "preferred for",
    "continuing_education": "continuing education",
}
_PART = re.compile(r"([A-Za-z_]+)((?:\[\d+\])*)")


def _word(name: str) -> str:
    return _WORDS.get(name, name.replace("_", " "))


def _item_name(item: Any, index: int) -> str:
    """What tells one item of a list from the others, in words."""
    if isinstance(item, Price):
        return _price_name(item)
    kind = type(item).__name__
    if kind == "PassRate":
        who = {"first-time": ", first-time", "all": ", all candidates"}
        return f"{item.year}{who.get(item.population.value, '')}"
    if isinstance(item, Requirement):
        return f"{item.level.value} #{index + 1}"
    if kind == "Accreditation":
        return str(item.body)
    if kind in ("MembershipTier", "AssessmentPart"):
        return str(item.name)
    return f"#{index + 1}"


def _price_name(price: Price) -> str:
    """``exam, member [JP]``: what a price pays for, for whom, in which tier and place."""
    text = price_text(price)
    what, _, rest = text.partition(": ")
    place = rest[rest.rfind(" [") :] if rest.endswith("]") else ""
    return what + place


def readable(record: Credential | Organization, path: str) -> tuple[str, str]:
    """The topic a field path belongs to and a label people read:
    ``exam.pass_rates[3].percent`` -> ``("Exam", "Pass rate 2022 &rsaquo; percent")``."""
    value: Any = record
    words: list[str] = []
    pieces = path.split(".")
    topic = _TOPICS.get(_PART.fullmatch(pieces[0]).group(1), "About")  # type: ignore[union-attr]
    for depth, piece in enumerate(pieces):
        match = _PART.fullmatch(piece)
        assert match is not None, path
        name, indexes = match.group(1), [int(i) for i in re.findall(r"\d+", match.group(2))]
        value = getattr(value, name)
        if depth > 0 or name not in ("exam", "prices", "recertification", "memberships"):
            words.append(_word(name))
        for index in indexes:
            value = value[index]
            item = _item_name(value, index)
            if not words:
                words.append(item)
            elif words[-1] in ("prices", "accreditations", "memberships", "requirements", "parts"):
                words[-1] = item  # the item's own name says what it is
            else:
                words[-1] = f"{words[-1]} {item}"  # "pass rate 2022", "condition #1"
    text = " &rsaquo; ".join(words) or _word(pieces[0])
    return topic, text[:1].upper() + text[1:]


def _labelled(record: Credential | Organization, path: str) -> str:
    _, text = readable(record, path)
    return f'<span title="{path}">{markdown_cell(text)}</span>'


def facts(record: Credential | Organization, sources: Sources) -> list[str]:
    """Every fact the record reports, grouped by topic, each with its sources and dates."""
    groups: dict[str, list[str]] = {}
    for path, value in leaves(record):
        if path.startswith(("disagreements", "description")) or path == "id":
            continue
        topic, _ = readable(record, path)
        groups.setdefault(topic, []).append(
            f"| {_labelled(record, path)} | {markdown_cell(value)} | "
            f"{sources.dated_links(record.sources_for(path))} |"
        )
    order = [t for t in _TOPIC_ORDER if t in groups] + [t for t in groups if t not in _TOPIC_ORDER]
    lines = [
        "## All facts and their sources",
        "",
        "Every value the data holds, grouped by topic and folded away: open a topic to read its "
        "facts; hover a label for its field path.",
        "",
    ]
    for topic in order:  # a collapsed block each (pymdownx.details): the card comes first
        rows = ["| fact | value | sources |", "| --- | --- | --- |", *groups[topic]]
        count = len(groups[topic])
        lines += [f'??? note "{topic}: {count} fact{"s" if count != 1 else ""}"', ""]
        lines += [f"    {row}" for row in rows]
        lines.append("")
    return lines


def disagreements(record: Credential | Organization, sources: Sources) -> list[str]:
    found = record.conflicts()
    if not found:
        return []
    lines = [
        "## Where sources disagree",
        "",
        "The values above were chosen; other sources give these instead:",
        "",
    ]
    for d in found:
        note = f" ({d.note})" if d.note else ""
        lines.append(
            f"- {_labelled(record, d.path)}: {markdown_cell(d.value)}, according to "
            f"{sources.links(d.sources)}{markdown_cell(note)}"
        )
    return [*lines, ""]


# --- costs ---------------------------------------------------------------------------------------

_CE_MISSING = " continuing education in year "


def _cost_sources(breakdown: CostBreakdown) -> list[Source]:
    return [s for item in breakdown.items for s in item.sources]


def earning_cost(
    release: Release,
    credential: Credential,
    day: date,
    *,
    member: bool = False,
    tier: str | None = None,
    jurisdiction: str | None = None,
    study_materials: bool = True,
) -> CostBreakdown | str:
    """What earning costs, or why it cannot be totalled (prices in several currencies)."""
    try:
        return release.total_cost(
            credential,
            member=member,
            tier=tier,
            jurisdiction=jurisdiction,
            study_materials=study_materials,
            on=day,
        )
    except MixedCurrencyError as error:
        return str(error)


def ownership_cost(
    release: Release,
    credential: Credential,
    day: date,
    years: int,
    *,
    member: bool = False,
    jurisdiction: str | None = None,
) -> CostBreakdown | str:
    """Earning and keeping for ``years`` (at least its known part where some fee is not
    reported), or why the data cannot tell: no amount is known, or they are in several
    currencies."""
    try:
        cost = release.cost_of_ownership(
            credential, years=years, member=member, jurisdiction=jurisdiction, start=day
        )
    except MixedCurrencyError as error:
        return str(error)
    if cost.total is None:
        return f"cannot be told; {NOT_REPORTED}: {'; '.join(ownership_gaps(cost))}"
    return cost


def ownership_gaps(cost: CostBreakdown) -> list[str]:
    """What a cost to keep leaves out because no source prices it, each named once (``NSCA
    membership dues``, not one line a year); continuing education, never priced, aside."""
    gaps = [re.sub(r" in year \d+$", "", gap) for gap in cost.missing if _CE_MISSING not in gap]
    return list(dict.fromkeys(gaps))


def ownership_text(cost: CostBreakdown) -> str:
    """A cost to keep as the card says it: the total where every fee is known, else the least it
    can be, with what it leaves out (member prices need dues; where those are not reported,
    they are named)."""
    unpriced = "plus continuing education the data does not price"
    gaps = ownership_gaps(cost)
    if not gaps:
        return f"{cost.total_text}, {unpriced}"
    assert cost.total is not None
    least = f"{money(cost.total, cost.currency)} {cost.currency.value}"
    least += " (approximate)" if cost.is_approximate else ""
    return f"at least {least}, {unpriced}; not included, as no source gives them: " + "; ".join(
        gaps
    )


def keeping_bar(
    release: Release, credential: Credential, day: date, jurisdiction: str | None = None
) -> tuple[CostBar, str | None]:
    """The renewal fees due over :data:`KEEP_YEARS` years (continuing education aside), and
    their currency; unknown when the cycle or a fee is not reported."""
    unknown = CostBar(None, NOT_REPORTED, False)
    try:
        cost = release.cost_of_ownership(
            credential, years=KEEP_YEARS, jurisdiction=jurisdiction, start=day
        )
    except MixedCurrencyError:
        return CostBar(None, "several currencies", False), None
    renewals = [item for item in cost.items if item.year is not None]
    if any(f"{credential.id} renewal cycle" == gap for gap in cost.missing):
        return unknown, None
    if any(item.amount is None for item in renewals):
        return unknown, None
    counted = [item for item in renewals if item.bound is not PriceBound.INCLUDED]
    total = sum((item.amount for item in counted if item.amount is not None), Decimal(0))
    lower = any(item.bound is PriceBound.LOWER_BOUND for item in counted)
    about = any(item.bound is PriceBound.APPROXIMATE for item in counted)
    text = ("about " if about else "") + money(total, cost.currency) + ("+" if lower else "")
    tiers = sorted({item.tier_name or item.tier for item in counted if item.tier})
    text += f" ({', '.join(tiers)})" if tiers else ""
    text += " at fees last published, no longer in force" if not cost.is_current else ""
    return CostBar(total, text, lower), cost.currency.value


def earning_bar(
    release: Release, credential: Credential, day: date, jurisdiction: str | None = None
) -> tuple[CostBar, str | None]:
    """The exam or program for a non-member (study materials aside), and its currency."""
    cost = earning_cost(release, credential, day, jurisdiction=jurisdiction, study_materials=False)
    if isinstance(cost, str):
        return CostBar(None, "several currencies", False), None
    if cost.total is None:
        return CostBar(None, NOT_REPORTED, False), None
    lower = cost.is_lower_bound or not cost.is_complete
    text = ("about " if cost.is_approximate else "") + money(cost.total, cost.currency)
    text += "+" if lower else ""
    return CostBar(cost.total, text, lower), cost.currency.value


# --- the summary card ----------------------------------------------------------------------------


def _in_force(prices: Iterable[Price], day: date) -> list[Price]:
    return prices_in_force(prices, day)


def _cost_line(what: str, cost: CostBreakdown | str, sources: Sources) -> str:
    if isinstance(cost, str):
        return f"- {what}: {cost}"
    return f"- {what}: {markdown_cell(cost)} {sources.links(_cost_sources(cost))}"


def _market_price_line(price: Price, sources: Sources) -> str:
    """A price under its market's heading: the heading names the place, the line does not."""
    shown = attrs.evolve(price, jurisdiction=None)
    return f"- {markdown_cell(price_text(shown))} {sources.links(price.sources)}"


def _earn_section(release: Release, c: Credential, day: date, sources: Sources) -> list[str]:
    """One market's prices and totals at a time: the home market's first, then each other
    market's under its own heading, never mixed in one list."""
    lines = ["**What it costs to earn**", ""]
    home = c.organization.country
    found = markets(c) or (None,)
    for market in found:
        earning = [
            p for p in _in_force(prices_in(c.prices, market, home), day) if p.pays_for.is_earning
        ]
        if len(found) > 1:
            lines += [f"*In {COUNTRY_NAMES.get(market or '', market)}*", ""]
        if not earning:
            lines.append(f"- Exam or program: {NOT_REPORTED}")
        for price in earning:
            lines.append(_market_price_line(price, sources))
        member = any(p.audience.value == "member" for p in earning)
        costs = [("Total for a non-member", earning_cost(release, c, day, jurisdiction=market))]
        if member:
            member_cost = earning_cost(release, c, day, member=True, jurisdiction=market)
            costs.append(("Total for a member", member_cost))
        for tier in sorted({p.tier for p in earning if p.tier}):
            name = next(p.tier_name or tier for p in earning if p.tier == tier)
            tiered = earning_cost(release, c, day, tier=tier, jurisdiction=market)
            costs.append((f"Total, {name}", tiered))
        lines += [_cost_line(what, cost, sources) for what, cost in costs]
        if len(found) > 1:
            lines.append("")
    return [*lines, ""]


def _keep_section(release: Release, c: Credential, day: date, sources: Sources) -> list[str]:
    lines = ["**What it costs to keep**", ""]
    renewal = c.recertification
    if renewal is None:
        lines.append(f"- Renewal: {NOT_REPORTED}")
    else:
        cited = sources.links(c.sources_for("recertification"))
        lines.append(f"- Renewal: {markdown_cell(renewal)} {cited}")
    home = c.organization.country
    found = markets(c) or (None,)
    for market in found:  # one market's fees and totals at a time, as on the earning side
        if len(found) > 1:
            lines += ["", f"*In {COUNTRY_NAMES.get(market or '', market)}*", ""]
        in_market = prices_in(c.prices, market, home)
        fees = [p for p in _in_force(in_market, day) if p.pays_for.is_renewal]
        for price in fees:
            lines.append(_market_price_line(price, sources))
        if renewal is not None and not fees:
            lines.append(f"- Renewal fee: {NOT_REPORTED}")
        member = any(p.audience.value == "member" for p in in_market)
        for years in OWNERSHIP_YEARS:
            for is_member in (False, True) if member else (False,):
                who = "a member" if is_member else "a non-member"
                cost = ownership_cost(release, c, day, years, member=is_member, jurisdiction=market)
                said = f"- Earning it and keeping it {years} years, for {who}: "
                if isinstance(cost, CostBreakdown):
                    text = ownership_text(cost)
                    lines.append(f"{said}{text} {sources.links(_cost_sources(cost))}")
                else:
                    lines.append(f"{said}{cost}")
    return [*lines, ""]


def _requirement_text(requirement: Requirement, sources: Sources) -> str:
    """The rule without its level (the line says it): ``from 2030-01-01 for candidates in US:
    a bachelor's degree ...``."""
    text = str(requirement)[len(requirement.level.value) :].lstrip(" :")
    return f"{markdown_cell(text)} {sources.links(requirement.sources)}"


def _who_section(c: Credential, day: date, sources: Sources) -> list[str]:
    lines = ["**Who may sit for it**", ""]
    if not c.requirements_known:
        return [*lines, f"- What it requires is {NOT_REPORTED}.", ""]
    now = [r for r in c.required if r.in_force(day)]
    upcoming = [r for r in c.requirements if r.effective_from and r.effective_from > day]
    ended = [r for r in c.requirements if r.effective_until and r.effective_until < day]
    if now:
        lines += [f"- Required: {_requirement_text(r, sources)}" for r in now]
    else:
        lines.append("- Required: nothing")
    lines += [
        f"- Recommended, never required: {_requirement_text(r, sources)}"
        for r in c.recommended
        if r.in_force(day)
    ]
    lines += [f"- Upcoming change: {_requirement_text(r, sources)}" for r in upcoming]
    lines += [f"- No longer asked: {_requirement_text(r, sources)}" for r in ended]
    return [*lines, ""]


def _exam_section(c: Credential, sources: Sources) -> list[str]:
    exam = c.exam
    lines = ["**The exam or assessment at a glance**", ""]
    if c.earned_by:
        how = sources.links(c.sources_for("earned_by"))
        lines.append(f"- Earned by {label(c.earned_by)} {how}")
    else:
        lines.append(f"- How it is earned: {NOT_REPORTED}")
    text = str(exam)
    lines.append(
        f"- {markdown_cell(text[:1].upper() + text[1:])} {sources.links(c.sources_for('exam'))}"
    )
    if exam.delivery:
        lines.append(f"- Sat at: {', '.join(map(label, exam.delivery))}")
    if exam.languages:
        lines.append(f"- Languages: {', '.join(exam.languages)}")
    for part in exam.parts:
        lines.append(f"- Part: {markdown_cell(part)}")
    return [*lines, ""]


def _accreditation_section(c: Credential, sources: Sources) -> list[str]:
    lines = ["**Accreditation**", ""]
    if not c.accreditations:
        return [*lines, f"- {NOT_REPORTED}", ""]
    lines += [f"- {markdown_cell(a)} {sources.links(a.sources)}" for a in c.accreditations]
    return [*lines, ""]


def _freshness_section(c: Credential, day: date, sources: Sources) -> list[str]:
    ages = c.fact_ages(on=day)
    dated = [a for a in ages if a.newest is not None and a.years is not None]
    lines = ["**How fresh the facts are**", ""]
    if not dated:
        return [*lines, "- Every source is undated.", ""]
    newest = min(dated, key=lambda a: a.years or 0.0)
    oldest = max(dated, key=lambda a: a.years or 0.0)
    assert newest.newest is not None and oldest.newest is not None
    stale = c.stale(STALE_YEARS, on=day)
    lines += [
        f"- Newest source: {newest.newest.dated} {sources.links([newest.newest])}",
        f"- Oldest fact: {_labelled(c, oldest.path)} rests on a source of "
        f"{oldest.newest.dated} {sources.links([oldest.newest])}",
        f"- {len(stale)} of {len(ages)} facts have no source newer than {STALE_YEARS} years on "
        f"{day.isoformat()} (or only undated ones)",
    ]
    return [*lines, ""]


def summary_card(release: Release, c: Credential, day: date, sources: Sources) -> list[str]:
    """The card a credential page opens with, as an admonition of class ``summary-card``."""
    org = c.organization
    where = f", based in {COUNTRY_NAMES.get(org.country, org.country)}" if org.country else ""
    settings = ", ".join(map(label, c.settings))
    suits = (
        f"Suits work in: {settings} {sources.links(c.sources_for('settings'))}"
        if settings
        else f"Who it suits: {NOT_REPORTED}"
    )
    preferred = ", ".join(map(label, c.preferred_for))
    body = [
        "**What it is**",
        "",
        f"- A {label(c.kind)} from {org.name} ({org.id}){where} "
        + sources.links(c.sources_for("kind")),
        f"- {suits}",
    ]
    if preferred:
        body.append(
            f"- Sources say it is often preferred for: {preferred} "
            f"{sources.links(c.sources_for('preferred_for'))}"
        )
    body += [
        "",
        *_earn_section(release, c, day, sources),
        *_keep_section(release, c, day, sources),
        *_who_section(c, day, sources),
        *_exam_section(c, sources),
        *_accreditation_section(c, sources),
        *_freshness_section(c, day, sources),
        f"Prices in force on {day.isoformat()}, the release date. A `+` marks a lower bound "
        '(a "from" price); amounts in different currencies are never added. Numbers in '
        "brackets link to the sources.",
    ]
    indented = [f"    {line}" if line else "" for line in body]
    return [f'!!! abstract summary-card "{c.id} at a glance"', "", *indented, ""]


# --- charts --------------------------------------------------------------------------------------


def rate_points(c: Credential) -> list[RatePoint]:
    points = []
    for index, rate in enumerate(c.exam.pass_rates):
        kinds = {s.kind for s in c.sources_for(f"exam.pass_rates[{index}]")}
        points.append(
            RatePoint(rate.year, rate.percent, rate.population.value, SourceKind.OFFICIAL in kinds)
        )
    return points


def chart_block(chart: Chart, path: str, caption: str, table: list[str]) -> list[str]:
    """A chart as an image with its text alternative, a caption and its figures as a table."""
    alt = chart.alt.replace("[", "(").replace("]", ")").replace("\n", " ")
    return [
        f"![{alt}]({path})",
        "",
        f"*{caption}*",
        "",
        '??? note "The figures in this chart"',
        "",
        *[f"    {line}" for line in table],
        "",
    ]


def pass_rate_section(c: Credential, sources: Sources) -> tuple[list[str], File | None]:
    chart = pass_rate_chart(c.id, rate_points(c))
    if chart is None:
        return [], None
    table = ["| year | pass rate | candidates | sources |", "| --- | --- | --- | --- |"]
    for index, rate in sorted(enumerate(c.exam.pass_rates), key=lambda pair: pair[1].year):
        table.append(
            f"| {rate.year} | {rate.percent}% | {label(rate.population)} | "
            f"{sources.dated_links(c.sources_for(f'exam.pass_rates[{index}]'))} |"
        )
    lines = [
        "## Pass-rate history",
        "",
        *chart_block(
            chart,
            f"../charts/{c.id}-pass-rates.svg",
            "Lines join years of the same population of candidates; a filled marker is the "
            "issuer's own figure, a hollow one a third party's or an article's.",
            table,
        ),
    ]
    return lines, File(f"catalog/charts/{c.id}-pass-rates.svg", chart.svg)


# --- pages ---------------------------------------------------------------------------------------


def related(release: Release, credential: Credential) -> list[Credential]:
    shared = [
        other
        for other in release.credentials()
        if other.id != credential.id and set(other.settings) & set(credential.settings)
    ]
    return sorted(shared, key=lambda o: -len(set(o.settings) & set(credential.settings)))[:3]


def credential_page(release: Release, credential: Credential, day: date) -> list[File]:
    org = credential.organization
    sources = Sources(credential.all_sources())
    rates, chart = pass_rate_section(credential, sources)
    lines = [
        f"# {credential.id}: {credential.name}",
        "",
        f"Issued by [{org.name}](../organizations/{org.id}.md). Data release {release.version}.",
        "",
        credential.description,
        "",
        *summary_card(release, credential, day, sources),
        *rates,
        *facts(credential, sources),
        *disagreements(credential, sources),
    ]
    others = related(release, credential)
    if others:
        links = ", ".join(f"[{o.id}]({o.id}.md)" for o in others)
        table = release.compare(credential, *others, on=day).to_markdown().rstrip()
        lines += [
            "## Compared with related credentials",
            "",
            f"Credentials that target the same settings: {links}. "
            f"From the command line: `fitcerts compare {credential.id} "
            f"{' '.join(o.id for o in others)}`. For more, see the "
            "[comparison pages](../../compare/index.md).",
            "",
            table,
            "",
        ]
    lines += correction_line(credential.id, release.version, "../../")
    lines += sources.section()
    page = File(f"catalog/credentials/{credential.id}.md", "\n".join(lines))
    return [page, chart] if chart is not None else [page]


def organization_page(release: Release, organization: Organization, day: date) -> str:
    sources = Sources(organization.all_sources())
    issued = release.credentials(organization=organization.id)
    where = COUNTRY_NAMES.get(organization.country or "", organization.country or NOT_REPORTED)
    lines = [
        f"# {organization.name} ({organization.abbreviation})",
        "",
        organization.description,
        "",
        f"Based in: {where}. Data release {release.version}.",
        "",
        "## Credentials",
        "",
    ]
    if issued:
        lines += [
            "| credential | name | kind | exam or program, non-member |",
            "| --- | --- | --- | --- |",
        ]
        for c in issued:
            bar, _ = earning_bar(release, c, day)
            lines.append(
                f"| [{c.id}](../credentials/{c.id}.md) | {markdown_cell(c.name)} | "
                f"{label(c.kind)} | {bar.text} |"
            )
    else:
        lines.append("No credential of this release is issued by it.")
    lines += ["", "## Membership", ""]
    if organization.memberships:
        lines += ["| tier | fees | who may join |", "| --- | --- | --- |"]
        for tier in organization.memberships:
            fee_text = (
                "; ".join(f"{price_text(p)} {sources.links(p.sources)}" for p in tier.prices)
                or NOT_REPORTED
            )
            who = "; ".join(str(r) for r in tier.requirements) or "anyone"
            lines.append(
                f"| {markdown_cell(tier.name)} {sources.links(tier.sources)} | "
                f"{markdown_cell(fee_text)} | {markdown_cell(who)} |"
            )
    else:
        fees = [p for p in organization.prices if p.pays_for is PriceItem.MEMBERSHIP]
        lines += [f"- {markdown_cell(price_text(p))} {sources.links(p.sources)}" for p in fees]
        if not fees:
            lines.append(f"Membership tiers and fees: {NOT_REPORTED}.")
    other = [p for p in organization.prices if p.pays_for is not PriceItem.MEMBERSHIP]
    if other:
        lines += ["", "## Other fees", ""]
        lines += [f"- {markdown_cell(price_text(p))} {sources.links(p.sources)}" for p in other]
    lines += [
        "",
        *facts(organization, sources),
        *disagreements(organization, sources),
        *correction_line(organization.id, release.version, "../../"),
        *sources.section(),
    ]
    return "\n".join(lines)


# --- comparison pages ----------------------------------------------------------------------------

_ATHLETIC = {
    "collegiate-athletics",
    "professional-sports",
    "elite-athletics",
    "tactical",
    "performance-gyms",
    "sports-performance",
    "sport-science",
}


def is_personal_trainer(c: Credential) -> bool:
    """Meant for personal training: by its settings, or by its name where it has none."""
    named = re.search(r"personal (fitness )?train", c.name, re.IGNORECASE)
    return "personal-training" in {s.value for s in c.settings} or named is not None


def is_strength_and_conditioning(c: Credential) -> bool:
    """Meant for coaching athletes: by its settings, or by a name that says strength and
    conditioning (or S&C) where the data gives no settings."""
    named = re.search(r"strength|conditioning|S&C", c.name, re.IGNORECASE)
    return bool(_ATHLETIC & {s.value for s in c.settings}) or named is not None


class Group(NamedTuple):
    """A comparison page: which credentials, why, and for candidates where."""

    slug: str
    title: str
    intro: str
    credentials: tuple[Credential, ...]
    jurisdiction: str | None = None


def groups(release: Release) -> list[Group]:
    everything = release.credentials()
    return [
        Group(
            "personal-trainers",
            "Personal-trainer certifications",
            "Credentials for personal training: those whose holders the sources place in "
            "personal training, and those named as personal-trainer certifications.",
            tuple(c for c in everything if is_personal_trainer(c)),
        ),
        Group(
            "strength-and-conditioning",
            "Strength-and-conditioning certifications",
            "Credentials for coaching athletes: those whose holders the sources place in "
            "collegiate, professional, elite or tactical settings, performance gyms, sports "
            "performance or sport science, and those named for strength and conditioning.",
            tuple(c for c in everything if is_strength_and_conditioning(c)),
        ),
    ]


def country_groups(release: Release) -> list[Group]:
    """A group per country: credentials of organizations based there, and credentials with
    prices for candidates there."""
    found: dict[str, list[Credential]] = {}
    for c in release.credentials():
        places = {c.organization.country} | {p.jurisdiction for p in c.prices}
        for place in sorted(p for p in places if p):
            found.setdefault(place, []).append(c)
    result = []
    for code in sorted(found, key=lambda code: (-len(found[code]), code)):
        name = COUNTRY_NAMES.get(code, code)
        result.append(
            Group(
                f"countries/{code.lower()}",
                f"Credentials in {name}",
                f"Credentials issued by organizations based in {name}, and credentials with "
                f"prices for candidates in {name}. Costs are those for candidates in {name}.",
                tuple(found[code]),
                code,
            )
        )
    return result


def _most_known_first(comparison: Comparison) -> list[int]:
    """The credentials' positions, those with the most reported facts first (then by id), so a
    table does not open on rows that say nothing."""

    def unknown(position: int) -> int:
        cells = (row.cells[position].text for row in comparison.rows)
        return sum(text.startswith(NOT_REPORTED) for text in cells)

    ids = [c.id for c in comparison.credentials]
    return sorted(range(len(ids)), key=lambda position: (unknown(position), ids[position]))


def _comparison_table(release: Release, group: Group, day: date, base: str) -> list[str]:
    if len(group.credentials) < 2:
        return ["Only one credential here, so there is nothing to set it beside.", ""]
    comparison = release.compare(*group.credentials, on=day, jurisdiction=group.jurisdiction)
    disputed = any(cell.disagreements for row in comparison.rows for cell in row.cells)

    def link(c: Credential) -> str:
        return f"[{c.id}]({base}catalog/credentials/{c.id}.md)"

    if len(group.credentials) <= 4:
        header = ["", *(link(c) for c in comparison.credentials)]
        rows = [[row.label, *(cell.text for cell in row.cells)] for row in comparison.rows]
    else:  # one row per credential: the table grows down, not across
        header = ["credential", *(row.label for row in comparison.rows)]
        rows = [
            [link(c), *(row.cells[i].text for row in comparison.rows)]
            for i in _most_known_first(comparison)
            for c in (comparison.credentials[i],)
        ]
    lines = [
        "| " + " | ".join(header) + " |",
        "| " + " | ".join("---" for _ in header) + " |",
        *("| " + " | ".join(markdown_cell(cell) for cell in row) + " |" for row in rows),
    ]
    note = ["", comparison.markets_text] if comparison.markets_text else []
    note += [f"- {text}" for text in comparison.market_notes]
    for code in comparison.elsewhere:  # one market per table: the others are linked
        name = COUNTRY_NAMES.get(code, code)
        note += [
            "",
            f"Also priced in {name}: see [credentials in {name}]"
            f"({base}compare/countries/{code.lower()}.md).",
        ]
    note += ["", "† Sources disagree; the credential's page says how."] if disputed else []
    return [*lines, *note, ""]


def comparison_page(release: Release, group: Group, day: date) -> list[File]:
    base = "../" * (group.slug.count("/") + 1)
    place = group.jurisdiction
    lines = [
        f"# {group.title}",
        "",
        group.intro,
        "",
        f"{len(group.credentials)} credentials of data release {release.version}, with the "
        f"prices in force on {day.isoformat()}, the release date. Every figure comes from the "
        "credential's page, where each links to its sources.",
        "",
        "## At a glance",
        "",
        "| credential | issuer | exam or program | renewal fees over "
        f"{KEEP_YEARS} years | renews | latest pass rate |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    rows: dict[str, list[CostRow]] = {}
    unpriced: list[str] = []
    for c in group.credentials:
        earn, earn_currency = earning_bar(release, c, day, place)
        keep, keep_currency = keeping_bar(release, c, day, place)
        if earn_currency and keep_currency and keep_currency != earn_currency:
            keep = CostBar(None, f"in {keep_currency}", False)
        currency = earn_currency or keep_currency
        if currency is None:
            unpriced.append(c.id)
        else:
            rows.setdefault(currency, []).append(CostRow(c.id, earn, keep))
        renewal = c.recertification
        cycle = renewal.cycle_years if renewal is not None else None
        every = f"every {cycle} years" if cycle and cycle > 1 else "every year" if cycle else None
        rate = c.exam.pass_rate
        lines.append(
            f"| [{c.id}]({base}catalog/credentials/{c.id}.md) | {c.organization.id} | "
            f"{earn.text} | {keep.text} | "
            f"{every or NOT_REPORTED} | "
            f"{rate if rate is not None else NOT_REPORTED} |"
        )
    lines += [
        "",
        "The exam or program is a non-member's price, study materials aside; renewal fees "
        f"are those due in the first {KEEP_YEARS} years, continuing education aside. A `+` "
        "marks a lower bound or a total with a part not reported.",
        "",
        "## Cost to earn and cost to keep",
        "",
    ]
    files: list[File] = []
    slug = group.slug.replace("/", "-")
    for currency in sorted(rows):
        chart = cost_chart(
            f"{group.title} in {currency}", rows[currency], f"to keep, {KEEP_YEARS} years"
        )
        if chart is None:
            known = ", ".join(row.label for row in rows[currency])
            lines += [f"In {currency}, too few figures to chart ({known}); see the table.", ""]
            continue
        path = f"compare/charts/{slug}-costs-{currency.lower()}.svg"
        files.append(File(path, chart.svg))
        table = ["| credential | to earn | to keep |", "| --- | --- | --- |"]
        table += [f"| {row.label} | {row.earn.text} | {row.keep.text} |" for row in rows[currency]]
        lines += [
            f"### In {currency}",
            "",
            *chart_block(
                chart,
                f"{'../' * group.slug.count('/')}charts/{slug}-costs-{currency.lower()}.svg",
                "Non-member prices. A hatched bar is a lower bound; a credential whose price "
                "no source reports has no bar, never a zero one.",
                table,
            ),
        ]
    if unpriced:
        lines += [f"No price reported for: {', '.join(unpriced)}.", ""]
    lines += ["## Side by side", "", *_comparison_table(release, group, day, base)]
    lines += gaps_section(group, base)
    lines += correction_line(None, release.version, base)
    files.insert(0, File(f"compare/{group.slug}.md", "\n".join(lines)))
    return files


def gaps_section(group: Group, base: str) -> list[str]:
    """What the page cannot show and why: prices no source gives for the page's country, and
    each credential's recorded gaps (not published, or not found where we looked)."""
    place = group.jurisdiction
    name = COUNTRY_NAMES.get(place or "", place)
    lines = ["## What is missing, and why", ""]
    if place is not None:
        unpriced = [
            c.id
            for c in group.credentials
            if not prices_in(c.prices, place, c.organization.country)
        ]
        if unpriced:
            lines += [
                f"{len(unpriced)} of {len(group.credentials)} credentials here have no price "
                f"for candidates in {name} in the data: {', '.join(unpriced)}. Where another "
                "country's prices exist they are on the credential's page, never shown here "
                "as this country's.",
                "",
            ]
    recorded = [(c, gap) for c in group.credentials for gap in c.gaps]
    if recorded:
        lines += [f"- {c.id}, {markdown_cell(str(gap))}" for c, gap in recorded]
        lines.append("")
    if len(lines) == 2:
        lines += ["Nothing the data records as missing.", ""]
    lines += [
        "Know a source for one of these? The [data policy]"
        f"({base}data-policy.md) says what a source must show for a fact to be added.",
        "",
    ]
    return lines


def compare_index(release: Release, day: date) -> str:
    lines = [
        "# Compare credentials",
        "",
        "Start here if you are choosing a credential. Each page sets credentials side by side: "
        "what they cost to earn and to keep, who may sit for them, the exam, and how many "
        f"candidates pass, from data release {release.version} (prices in force on "
        f"{day.isoformat()}).",
        "",
    ]
    for group in groups(release):
        lines.append(f"- [{group.title}]({group.slug}.md): {len(group.credentials)} credentials")
    lines += ["- [By country](by-country.md): where issuers are based and prices are given", ""]
    lines += [
        "Every credential also has its own page in the [catalog](../catalog/index.md), which "
        "opens with a summary and links every figure to its sources.",
        "",
    ]
    return "\n".join(lines)


def by_country_index(release: Release) -> str:
    lines = [
        "# Credentials by country",
        "",
        "A page per country: the credentials of organizations based there, and those with "
        "prices for candidates there, with costs for candidates in that country.",
        "",
        "| country | credentials |",
        "| --- | --- |",
    ]
    for group in country_groups(release):
        code = group.jurisdiction or ""
        name = COUNTRY_NAMES.get(code, code)
        title = name[:1].upper() + name[1:]
        lines.append(f"| [{title}]({group.slug}.md) | {len(group.credentials)} |")
    unplaced = [c.id for c in release.credentials() if c.organization.country is None]
    if unplaced:
        lines += ["", f"Issuers whose country is {NOT_REPORTED}: {', '.join(unplaced)}."]
    return "\n".join([*lines, ""])


def site_files(release: Release, day: date | None = None) -> list[File]:
    """Every generated catalog and comparison file."""
    day = day or released_on(release)
    files: list[File] = []
    for credential in release.credentials():
        files += credential_page(release, credential, day)
    for organization in release.organizations():
        files.append(
            File(
                f"catalog/organizations/{organization.id}.md",
                organization_page(release, organization, day),
            )
        )
    files.append(File("compare/index.md", compare_index(release, day)))
    files.append(File("compare/by-country.md", by_country_index(release)))
    for group in [*groups(release), *country_groups(release)]:
        files += comparison_page(release, group, day)
    return files
