"""``fitcerts``: every answer of the library from a terminal, for people and for scripts.

Text output fits an 80-column terminal; ``--format json`` is stable and machine-readable;
``--format markdown`` pastes into documents. Exit status: 0 done, 1 unknown credential or
organization, 2 bad usage (an option value that is not allowed, an unknown data release).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import textwrap
from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from .errors import (
    DataIntegrityError,
    DataValidationError,
    DuplicateCredentialError,
    MissingRateError,
    MixedCurrencyError,
    ProfileError,
    UnknownDataVersionError,
    UnknownTierError,
    UnknownValueError,
)
from .presentation import duration_text, markdown_table, period_parts

if TYPE_CHECKING:
    from .cost_lines import CostBreakdown
    from .eligibility_rules import EligibilityReport
    from .profile import Profile
    from .records import Credential, FactAge
    from .release import Release

__all__ = ["describe", "help_texts", "main"]

WIDTH = 80
OUTPUT_FORMATS = ("text", "json", "markdown")


class UsageError(Exception):
    """A value the user gave that is not allowed; reported with the usage, exit status 2."""


# Errors a user causes with a value that is not allowed: reported with the usage, exit status 2.
_USAGE_ERRORS = (
    UsageError,
    DuplicateCredentialError,
    UnknownTierError,
    ProfileError,
    UnknownDataVersionError,
    UnknownValueError,
    MixedCurrencyError,
)


# --- argument types: a bad value names itself and what is allowed ------------------------------


def help_texts() -> dict[str, str]:
    """The ``--help`` text of the command and of each subcommand, for the reference docs."""
    parser, commands = _parser()
    return {"fitcerts": parser.format_help()} | {
        f"fitcerts {name}": command.format_help() for name, command in commands.items()
    }


def _whole_number(text: str) -> int:
    """Plain ASCII digits only: ``int()`` would also take ``2_2`` and other scripts' digits."""
    if not (text.isascii() and text.isdigit()):
        if text.startswith("-") and text[1:].isascii() and text[1:].isdigit():
            raise argparse.ArgumentTypeError(f"{text!r} is negative")
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number")
    if len(text) > 9:
        raise argparse.ArgumentTypeError(f"{text[:12]!r}… is too large")
    return int(text)


def _date(text: str) -> date:
    try:
        if len(text) != 10:
            raise ValueError
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text[:20]!r} is not a date such as 2026-12-31"
        ) from None


def _years(text: str) -> float:
    """A number of years from 0 to 200, plain ASCII digits with an optional decimal point."""
    whole, _, fraction = text.partition(".")
    if not (whole.isascii() and whole.isdigit() and (not fraction or fraction.isdigit())):
        raise argparse.ArgumentTypeError(f"{text[:12]!r} is not a number of years such as 5")
    years = float(text)
    if years > 200:
        raise argparse.ArgumentTypeError(f"{text[:12]!r} is more than 200 years")
    return years


def _country_code(text: str) -> str:
    from .countries import country_suggestion
    from .vocabulary import country_code

    code = country_code(text)
    if code is None:
        meant = country_suggestion(text)
        hint = f"; the ISO code meant is {meant}" if meant else ", such as GB"
        raise argparse.ArgumentTypeError(f"{text[:20]!r} is not an ISO 3166-1 code{hint}")
    return code


def _rate(text: str) -> tuple[str, str]:
    """``CAD=0.73``: one unit of CAD buys 0.73 of the currency converted into."""
    code, equals, rate = text.partition("=")
    if not equals or not code.strip() or not rate.strip():
        raise argparse.ArgumentTypeError(f"{text[:20]!r} is not a rate such as CAD=0.73")
    return code.strip().upper(), rate.strip()


def _education(text: str) -> str:
    from .vocabulary import Education

    try:
        return Education.parse(text).value
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


# --- the parser ---------------------------------------------------------------------------------


def _market_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--country",
        "--jurisdiction",
        dest="jurisdiction",
        type=_country_code,
        metavar="CC",
        help="prices of this country's market, e.g. JP (default: each credential's home market)",
    )


class _Help(argparse.HelpFormatter):
    """Help at the width the output is made for, which also spares measuring the terminal."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, width=WIDTH)


def _candidate_options(profile: argparse.ArgumentParser) -> None:
    """One option per Profile field, named and explained by the field itself."""
    from .profile import profile_fields

    facts = profile.add_argument_group("what is known about the candidate (unknown if left out)")
    for field in profile_fields():
        flag = f"--{field.flag}"
        if field.kind == "flag":
            facts.add_argument(flag, action=argparse.BooleanOptionalAction, help=field.help)
        elif field.kind == "keys":
            facts.add_argument(
                flag, dest=field.name, action="append", metavar=field.metavar, help=field.help
            )
        elif field.kind == "country":
            facts.add_argument(flag, dest=field.name, metavar=field.metavar, help=field.help)
        else:
            kind = _education if field.kind == "education" else _whole_number
            facts.add_argument(
                flag, dest=field.name, type=kind, metavar=field.metavar or "N", help=field.help
            )


def _parser(
    wanted: str | None = None,
) -> tuple[argparse.ArgumentParser, dict[str, argparse.ArgumentParser]]:
    """The parser; with ``wanted``, only that command's options are built (a cheaper start),
    the other commands still listed in the help."""
    from ._version import DATA_VERSION

    common = argparse.ArgumentParser(add_help=False, formatter_class=_Help)
    common.add_argument(
        "--data-version",
        metavar="V",
        help=f"use this pinned data release (default: the newest, {DATA_VERSION})",
    )
    folder_help = "add the records of your own release folder (checked like ours)"
    common.add_argument(
        "--data-folder", metavar="PATH", default=argparse.SUPPRESS, help=folder_help
    )
    shown = argparse.ArgumentParser(add_help=False, formatter_class=_Help)
    shown.add_argument(
        "--format",
        choices=OUTPUT_FORMATS,
        default="text",
        help="text for people (default), json for scripts, markdown for documents",
    )
    profile = argparse.ArgumentParser(add_help=False, formatter_class=_Help)
    if wanted in (None, "eligible", "recommend"):
        _candidate_options(profile)

    parser = argparse.ArgumentParser(
        formatter_class=_Help,
        prog="fitcerts",
        description="Fitness and strength-and-conditioning credentials: facts with sources, "
        "costs, comparisons, eligibility and recommendations.",
        epilog="example: fitcerts compare CSCS NASM-PES",
    )
    parser.add_argument("--version", action="store_true", help="show package and data versions")
    parser.add_argument("--data-folder", metavar="PATH", help=folder_help)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    made: dict[str, argparse.ArgumentParser] = {}

    def command(
        name: str, help: str, example: str, *parents: argparse.ArgumentParser
    ) -> argparse.ArgumentParser:
        if wanted is not None and name != wanted:
            commands.add_parser(name, help=help, add_help=False, formatter_class=_Help)
            return argparse.ArgumentParser(
                add_help=False, formatter_class=_Help
            )  # its options are not needed now
        made[name] = commands.add_parser(
            name,
            help=help,
            description=help,
            epilog=f"example: {example}",
            parents=[common, *parents],
            formatter_class=_Help,
        )
        return made[name]

    listing = command("list", "list credentials", "fitcerts list --organization NSCA", shown)
    listing.add_argument("--organization", metavar="ORG")
    listing.add_argument(
        "--kind", metavar="KIND", help="certification, specialization or accreditation"
    )
    listing.add_argument("--setting", metavar="SETTING", help="a career setting, e.g. collegiate")

    show = command(
        "show", "everything known about one credential, with sources", "fitcerts show CSCS", shown
    )
    show.add_argument("credential")

    stale = command(
        "stale",
        "facts whose newest source is older than some years (or undated)",
        "fitcerts stale CSCS --older-than 5",
        shown,
    )
    stale.add_argument("credentials", nargs="*", metavar="CREDENTIAL", help="default: all")
    stale.add_argument("--older-than", type=_years, default=5.0, metavar="YEARS", help="default 5")
    stale.add_argument(
        "--on", type=_date, metavar="DATE", help="judge ages on this day (default today)"
    )

    compare = command(
        "compare", "compare credentials side by side", "fitcerts compare CSCS NASM-PES", shown
    )
    compare.add_argument("credentials", nargs="+", metavar="CREDENTIAL")
    compare.add_argument(
        "--on", type=_date, metavar="DATE", help="show the prices in force then (default today)"
    )
    _market_option(compare)

    cost = command(
        "cost",
        "what earning credentials costs, line by line",
        "fitcerts cost CSCS NSCA-CPT --member",
        shown,
    )
    cost.add_argument("credentials", nargs="+", metavar="CREDENTIAL")
    who = cost.add_mutually_exclusive_group()
    who.add_argument("--member", dest="member", action="store_const", const=True, default=False)
    who.add_argument("--non-member", dest="member", action="store_const", const=False)
    who.add_argument(
        "--cheapest",
        dest="member",
        action="store_const",
        const="cheapest",
        help="join an organization only where its fee pays for itself",
    )
    cost.add_argument("--no-materials", action="store_true", help="leave out study materials")
    cost.add_argument("--tier", help="a price tier, e.g. all-inclusive")
    _market_option(cost)
    cost.add_argument(
        "--currency", metavar="CODE", help="give the total in this currency (needs --rate)"
    )
    cost.add_argument(
        "--rate",
        type=_rate,
        action="append",
        metavar="CODE=RATE",
        help="your rate: units of --currency one unit of CODE buys, e.g. CAD=0.73",
    )
    cost.add_argument(
        "--rates-on", type=_date, metavar="DATE", help="the day your rates are for (needed)"
    )
    cost.add_argument(
        "--attempts", type=_whole_number, default=1, metavar="N", help="exam attempts to pay for"
    )
    cost.add_argument(
        "--years",
        type=_whole_number,
        metavar="N",
        help="also keeping the credentials for N years: renewals and dues (cost of ownership)",
    )

    eligible = command(
        "eligible",
        "eligibility for every credential, or for one",
        "fitcerts eligible --age 22 --education bachelor --cpr-aed",
        shown,
        profile,
    )
    eligible.add_argument("credential", nargs="?")
    eligible.add_argument(
        "--on", type=_date, metavar="DATE", help="judge by the rules in force then (default today)"
    )

    recommend = command(
        "recommend",
        "credentials for a career goal, best first",
        "fitcerts recommend --goal collegiate --age 22 --education bachelor --cpr-aed",
        shown,
        profile,
    )
    recommend.add_argument("--goal", required=True, help="a career setting, e.g. collegiate")
    recommend.add_argument(
        "--on", type=_date, metavar="DATE", help="judge by the rules in force then (default today)"
    )

    command("versions", "the bundled data releases", "fitcerts versions", shown)

    diff = command(
        "diff", "what changed between two data releases", "fitcerts diff 2026.1 2026.2", shown
    )
    diff.add_argument("old")
    diff.add_argument("new")

    export = command(
        "export", "the catalog as a file", "fitcerts export --format csv -o catalog.csv"
    )
    export.add_argument(
        "--format",
        choices=("csv", "json", "ctdl", "jsonld", "datapackage", "sqlite"),
        required=True,
        help="datapackage: a folder of CSV tables with datapackage.json (or one file with "
        "--zip); sqlite: a database, with its Datasette metadata beside it",
    )
    export.add_argument(
        "-o", "--output", metavar="PATH", help="write here (default: stdout; needed for files)"
    )
    export.add_argument("--zip", action="store_true", help="with datapackage: one zip file")
    export.add_argument(
        "--registry-ready",
        action="store_true",
        help="with --format ctdl: list, per resource, the properties the Credential Registry "
        "requires that the data cannot supply, and why (the export goes only to -o)",
    )
    return parser, made


# --- commands -----------------------------------------------------------------------------------


def _release(arguments: argparse.Namespace) -> Release:
    import fitcerts

    version = arguments.data_version or fitcerts.DATA_VERSION
    try:
        if getattr(arguments, "data_folder", None):
            return fitcerts.load_folder(arguments.data_folder, base=version)
        return fitcerts.load(version)
    except UnknownDataVersionError as error:
        raise UsageError(f"argument --data-version: {error}") from None


def _emit(
    arguments: argparse.Namespace,
    text: str | Callable[[], str],
    data: Callable[[], object],
    markdown: str | Callable[[], str],
) -> str:
    """The output in the format asked for; each is only built when it is the one asked for."""
    if arguments.format == "json":
        import json

        return json.dumps(data(), indent=2, ensure_ascii=False)
    chosen = markdown if arguments.format == "markdown" else text
    return chosen() if callable(chosen) else chosen


def _wrap(text: str, indent: str = "  ", first: str | None = None) -> str:
    return textwrap.fill(
        text,
        WIDTH,
        initial_indent=indent if first is None else first,
        subsequent_indent=indent,
        break_on_hyphens=False,
    )


def _list(arguments: argparse.Namespace) -> str:
    catalog = _release(arguments)
    try:
        found = catalog.credentials(
            organization=arguments.organization, kind=arguments.kind, setting=arguments.setting
        )
    except ValueError as error:  # an unknown kind or setting
        raise UsageError(str(error)) from None
    rows = [(c.id, c.organization.id, c.kind.value, c.name) for c in found]
    text = "\n".join(
        f"{key:<11} {org:<6} {kind:<14} {name}"[:WIDTH].rstrip() for key, org, kind, name in rows
    )
    data = [
        {"id": c.id, "name": c.name, "organization": c.organization.id, "kind": c.kind.value}
        for c in found
    ]
    markdown = markdown_table(("id", "organization", "kind", "name"), rows)
    return _emit(arguments, text or "no credential matches", lambda: data, markdown)


def _stale(arguments: argparse.Namespace) -> str:
    catalog = _release(arguments)
    chosen = (
        catalog.catalog.resolve_all(arguments.credentials)
        if arguments.credentials
        else catalog.credentials()
    )
    facts = [
        fact
        for credential in chosen
        for fact in credential.stale(arguments.older_than, on=arguments.on)
    ]

    def when(fact: FactAge) -> str:
        if fact.newest is None:
            return "undated"
        return f"{fact.newest.dated}, {fact.years:.1f} years"

    rows = [(f.record, f.path, when(f)) for f in facts]
    head = f"{len(facts)} facts whose newest source is older than {arguments.older_than:g} years"
    text = "\n".join([f"{head} or undated:", *(f"  {r} {p}: {w}" for r, p, w in rows)])
    return _emit(
        arguments,
        text,
        lambda: [fact.to_dict() for fact in facts],
        lambda: markdown_table(("credential", "field", "newest source"), rows),
    )


def _show(arguments: argparse.Namespace) -> str:
    catalog = _release(arguments)
    credential = catalog.get(arguments.credential)

    def data() -> object:
        return {
            "data_version": catalog.version,
            "credential": credential.to_dict(),
            "organization": credential.organization.to_dict(),
            "sources": [source.to_dict() for source in credential.all_sources()],
        }

    text = describe(credential)
    markdown = f"## {credential.id}: {credential.name}\n\n```\n{text}\n```"
    return _emit(arguments, text, data, markdown)


def describe(credential: Credential) -> str:
    """Everything known about a credential as plain text; unknown facts say so."""
    from .markets import markets, prices_in

    exam = credential.exam
    lines = [f"{credential.id}: {credential.name}"]

    def fact(label: str, value: str) -> None:
        lines.append(_wrap(value, " " * 14, f"  {label:<12}"))

    fact("issued by", f"{credential.organization.name} ({credential.organization.id})")
    fact("kind", credential.kind.value)
    fact("settings", ", ".join(s.value for s in credential.settings) or "not reported")
    if credential.established:
        fact("since", str(credential.established))
    fact("earned by", credential.earned_by.value if credential.earned_by else "not reported")
    questions = f"{exam.questions} questions" if exam.questions else "questions not reported"
    if exam.scored_questions is not None:
        questions += f" ({exam.scored_questions} scored)"
    length = duration_text(exam.duration) if exam.duration else "length not reported"
    fact("exam", f"{questions}, {length}")
    for section in exam.sections:
        fact("  section", section)
    if exam.delivery:
        fact("delivery", ", ".join(d.value for d in exam.delivery))
    fact("passing", str(exam.passing_score) if exam.passing_score else "not reported")
    fact("pass rate", str(exam.pass_rate) if exam.pass_rate else "not reported")
    home = credential.organization.country
    found = markets(credential)
    for market in found or (None,):
        if len(found) > 1:  # each market's prices under its own heading
            lines.append(f"  prices in {market}")
        for price in prices_in(credential.prices, market, home):
            who = "" if price.audience.value == "anyone" else f" ({price.audience.value})"
            tier = f" [{price.tier_name}]" if price.tier_name else ""
            note = f"; {price.note}" if price.note else ""
            period = ", ".join(period_parts(price))
            when = f" ({period})" if period else ""
            fact("price", f"{price.pays_for.value}{tier}{who}: {price}{when}{note}")
    if not credential.prices:
        fact("price", "not reported")
    if not credential.requirements_known:
        fact("required", "not reported")
    elif not credential.required:
        fact("required", "nothing mandatory")
    for requirement in credential.requirements:
        fact(requirement.level.value, requirement.description)
    for accreditation in credential.accreditations:
        since = f" since {accreditation.since}" if accreditation.since else ""
        fact("accredited", f"{accreditation.body}{since}")
    renewal = credential.recertification
    if renewal is not None and renewal.expires is False:
        fact("renewal", "does not expire")
    elif renewal is not None:
        parts = []
        if renewal.cycle_years:
            parts.append(f"every {renewal.cycle_years} years")
        if renewal.ceus is not None:
            parts.append(f"{renewal.ceus} CEUs")
        if renewal.requires_cpr_aed is not None:
            parts.append("CPR/AED kept current" if renewal.requires_cpr_aed else "no CPR/AED")
        fact("renewal", ", ".join(parts) or "see note")
    for disagreement in credential.conflicts():
        fact("disputed", str(disagreement))
    for gap in (*credential.gaps, *credential.organization.gaps):
        fact("missing", str(gap))
    lines.append("  sources")
    lines += [
        _wrap(
            f"{s.title} ({s.publisher or 'no publisher'}, {s.kind.value}, {s.dated})",
            "      ",
            "    - ",
        )
        for s in credential.all_sources()
    ]
    return "\n".join(lines)


def _compare(arguments: argparse.Namespace) -> str:
    if len(arguments.credentials) < 2:
        raise UsageError("compare needs at least two credentials")
    catalog = _release(arguments)
    table = catalog.compare(
        *arguments.credentials, on=arguments.on, jurisdiction=arguments.jurisdiction
    )
    width = max(len(c.id) for c in table.credentials) + 2
    lines = []
    for row in table.rows:
        lines.append(row.label)
        for credential, cell in zip(table.credentials, row.cells, strict=True):
            lines.append(_wrap(cell.text, " " * (width + 2), f"  {credential.id:<{width}}"))
    if table.markets_text:
        lines.append(table.markets_text)
    lines += [_wrap(note, "  ", "") for note in table.market_notes]
    if table.elsewhere:
        ids = " ".join(arguments.credentials)
        lines += [
            _wrap(
                f"Also offered in {country}: fitcerts compare {ids} --country {country}", "  ", ""
            )
            for country in table.elsewhere
        ]
    if any(cell.disagreements for row in table.rows for cell in row.cells):
        lines.append("† sources disagree; see fitcerts show")
    return _emit(arguments, "\n".join(lines), table.to_dict, lambda: table.to_markdown().rstrip())


def _cost(arguments: argparse.Namespace) -> str:
    catalog = _release(arguments)
    rates = dict(arguments.rate or ())
    if (rates or arguments.rates_on) and not arguments.currency:
        raise UsageError("--rate and --rates-on need --currency, the currency to convert into")
    if arguments.currency and rates and not arguments.rates_on:
        raise UsageError("--rate needs --rates-on, the day the rates are for")
    exchange: dict[str, Any] = {}
    if arguments.currency:
        exchange = {"currency": arguments.currency, "rates": rates, "rates_on": arguments.rates_on}
    try:
        if arguments.years is not None:
            if arguments.member == "cheapest":
                raise UsageError("--years takes --member or --non-member, not --cheapest")
            cost = catalog.cost_of_ownership(
                *arguments.credentials,
                years=arguments.years,
                member=arguments.member,
                jurisdiction=arguments.jurisdiction,
                **exchange,
            )
        else:
            cost = catalog.total_cost(
                *arguments.credentials,
                member=arguments.member,
                study_materials=not arguments.no_materials,
                tier=arguments.tier,
                jurisdiction=arguments.jurisdiction,
                attempts=arguments.attempts,
                **exchange,
            )
    except UnknownTierError as error:
        raise UsageError(f"argument --tier: {error}") from None
    except MissingRateError as error:
        wanted = " ".join(f"--rate {code}=RATE" for code in error.currencies)
        raise UsageError(
            f"argument --rate: no rate for {', '.join(error.currencies)}; add {wanted}"
        ) from None
    return _emit(arguments, lambda: _cost_text(cost), cost.to_dict, lambda: _cost_markdown(cost))


def _cost_text(cost: CostBreakdown) -> str:
    lines = [_wrap(str(item), "    ", "  ") for item in cost.items]
    lines.append(f"total: {cost.total_text}")
    lines += [_wrap(f"missing: {gap}", "  ", "") for gap in cost.missing]
    lines += [_wrap(f"not current: {old}", "  ", "") for old in cost.outdated]
    lines += [_wrap(f"membership: {d.reason}", "  ", "") for d in cost.decisions]
    lines += [_wrap(f"market: {note}", "  ", "") for note in cost.market_notes]
    lines += [
        _wrap(
            f"{credential} also has prices for {', '.join(others)}: add --country {others[0]}",
            "  ",
            "",
        )
        for credential, others in cost.elsewhere.items()
    ]
    if cost.conversion is not None:
        lines.append(_wrap(str(cost.conversion), "  ", ""))
    return "\n".join(lines)


def _cost_markdown(cost: CostBreakdown) -> str:
    rows = [
        (
            item.credential or "",
            item.pays_for.value,
            item.audience.value,
            item.amount_text,
            item.bound.value,
            item.note or "",
        )
        for item in cost.items
    ]
    table = markdown_table(("credential", "pays for", "audience", "amount", "bound", "note"), rows)
    return f"{table}\n\n**Total:** {cost}"


def _profile(arguments: argparse.Namespace) -> Profile:
    from .profile import Profile, profile_fields

    values: dict[str, Any] = {}  # checked by Profile itself
    for field in profile_fields():
        value = getattr(arguments, field.name)
        if field.kind == "keys" and value is not None:
            value = [] if [v.casefold() for v in value] == ["none"] else value
        values[field.name] = value
    return Profile(**values)  # a ProfileError is a usage error


_GROUPS = (("eligible", "Eligible"), ("unknown", "Unknown"), ("not-eligible", "Not eligible"))


def _eligible(arguments: argparse.Namespace) -> str:
    catalog = _release(arguments)
    profile = _profile(arguments)
    if arguments.credential:
        reports: Sequence[EligibilityReport] = (
            catalog.eligibility(profile, arguments.credential, on=arguments.on),
        )
    else:
        reports = catalog.eligibility_table(profile, on=arguments.on)
    lines: list[str] = []
    for status, title in _GROUPS:
        group = [r for r in reports if r.status.value == status]
        if not group:
            continue
        lines.append(f"{title} ({len(group)})")
        for report in group:
            lines.append(f"  {report.credential.id}")
            lines += [_wrap(reason, "      ", "    - ") for reason in report.reasons]
            lines += [_wrap(f"upcoming {c.reason}", "      ", "    - ") for c in report.upcoming]
    rows = [(r.credential.id, r.status.value, "; ".join(r.reasons)) for r in reports]
    return _emit(
        arguments,
        "\n".join(lines),
        lambda: [r.to_dict() for r in reports],
        markdown_table(("credential", "status", "reasons"), rows),
    )


def _recommend(arguments: argparse.Namespace) -> str:
    catalog = _release(arguments)
    profile = _profile(arguments)
    try:
        found = catalog.recommend(profile, arguments.goal, on=arguments.on)
    except ValueError as error:  # not a career setting
        raise UsageError(f"argument --goal: {error}") from None
    lines = []
    for rank, item in enumerate(found, 1):
        head = f"{item.credential.id} ({item.eligibility.status.value}; {item.cost})"
        lines.append(_wrap(head, "     ", f"{rank:>2}. "))
        lines += [_wrap(str(reason), "       ", "     - ") for reason in item.reasons]
    rows = [
        (
            str(rank),
            i.credential.id,
            i.eligibility.status.value,
            str(i.cost),
            "; ".join(map(str, i.reasons)),
        )
        for rank, i in enumerate(found, 1)
    ]
    return _emit(
        arguments,
        "\n".join(lines),
        lambda: [item.to_dict() for item in found],
        markdown_table(("rank", "credential", "eligibility", "cost", "why"), rows),
    )


def _versions(arguments: argparse.Namespace) -> str:
    import fitcerts

    versions = fitcerts.data_versions()
    text = "\n".join(f"{v} (default)" if v == fitcerts.DATA_VERSION else v for v in versions)
    data = {"default": fitcerts.DATA_VERSION, "versions": list(versions)}
    return _emit(
        arguments, text, lambda: data, "\n".join(f"- {line}" for line in text.splitlines())
    )


def _diff(arguments: argparse.Namespace) -> str:
    import fitcerts

    changes = fitcerts.diff(arguments.old, arguments.new)
    text = f"{changes}\n{changes.outline()}".rstrip()
    return _emit(arguments, text, changes.to_dict, lambda: changes.to_markdown().rstrip())


def _export(arguments: argparse.Namespace) -> str | None:
    import fitcerts

    version = arguments.data_version or fitcerts.DATA_VERSION
    if arguments.registry_ready and arguments.format not in ("ctdl", "jsonld"):
        raise UsageError("--registry-ready checks the CTDL export: use it with --format ctdl")
    if arguments.zip and arguments.format != "datapackage":
        raise UsageError("--zip is for --format datapackage")
    if arguments.format in ("datapackage", "sqlite"):
        return _export_files(arguments, version)
    try:
        text = fitcerts.export(arguments.format, arguments.output, version=version)
    except UnknownDataVersionError as error:
        raise UsageError(f"argument --data-version: {error}") from None
    if arguments.registry_ready:
        from .exports import registry_readiness

        return str(registry_readiness(version))
    return None if arguments.output else text.rstrip("\n")


def _export_files(arguments: argparse.Namespace, version: str) -> str:
    import json

    import fitcerts

    if not arguments.output:
        raise UsageError(f"--format {arguments.format} writes files: give -o PATH")
    path = arguments.output
    if arguments.format == "datapackage" and arguments.zip and not path.endswith(".zip"):
        path += ".zip"
    elif arguments.format == "datapackage" and not arguments.zip and path.endswith(".zip"):
        raise UsageError("-o ends in .zip: add --zip, or name a folder")
    try:
        written = fitcerts.export(arguments.format, path, version=version)
    except UnknownDataVersionError as error:
        raise UsageError(f"argument --data-version: {error}") from None
    if arguments.format == "sqlite":
        from .database import datasette_metadata
        from .files import write_atomically

        stem = os.path.splitext(written)[0]
        metadata = f"{stem}.metadata.json"
        name = os.path.splitext(os.path.basename(written))[0]  # as Datasette names it
        described = datasette_metadata(fitcerts.load(version), database=name)
        text = json.dumps(described, indent=2) + "\n"
        write_atomically(metadata, text)
        return f"wrote {written} and {metadata} (datasette {written} -m {metadata})"
    return f"wrote {written}"


COMMANDS: dict[str, Callable[[argparse.Namespace], str | None]] = {
    "list": _list,
    "show": _show,
    "stale": _stale,
    "compare": _compare,
    "cost": _cost,
    "eligible": _eligible,
    "recommend": _recommend,
    "versions": _versions,
    "diff": _diff,
    "export": _export,
}


# What text output degrades to where the terminal cannot show it (an ASCII-only locale).
_ASCII = str.maketrans(
    {
        "\u2020": "+",  # dagger: sources disagree
        "\u2014": "-",  # em dash
        "\u2013": "-",  # en dash
        "\u2026": "...",
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2264": "<=",
    }
)


def _write(text: str) -> None:
    """Print ``text``, degraded to what the output's encoding can carry."""
    stream = sys.stdout
    if stream is None:  # started with standard output closed
        raise OSError("standard output is closed")
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        text = text.translate(_ASCII).encode(encoding, "replace").decode(encoding)
    except LookupError:  # an encoding Python does not know: keep to ASCII
        text = text.translate(_ASCII).encode("ascii", "replace").decode("ascii")
    print(text, file=stream)
    stream.flush()


def _fail(command: str, message: str) -> int:
    """One line on standard error, exit status 1."""
    with contextlib.suppress(Exception):
        print(f"fitcerts {command}: {message}".replace("\n", " "), file=sys.stderr)
    return 1


def _command_word(words: list[str]) -> str | None:
    """The first word that is not an option or an option's value."""
    taking_value = {"--data-folder", "--data-version"}
    skip = False
    for word in words:
        if skip:
            skip = False
        elif word in taking_value:
            skip = True
        elif not word.startswith("-"):
            return word
    return None


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    wanted = _command_word(words)
    parser, subparsers = _parser(wanted if wanted in COMMANDS else None)
    arguments = parser.parse_args(words)
    if arguments.version:
        import fitcerts

        print(
            f"fitcerts {fitcerts.__version__} (data release {fitcerts.DATA_VERSION}; "
            f"bundled: {', '.join(fitcerts.data_versions())})"
        )
        return 0
    if arguments.command is None:
        parser.print_help()
        return 2
    subparser = subparsers[arguments.command]
    try:
        output = COMMANDS[arguments.command](arguments)
        if output is not None:
            _write(output)
    except _USAGE_ERRORS as error:
        subparser.error(str(error))  # exits with status 2
    except LookupError as error:
        print(str(error).strip("'\""), file=sys.stderr)
        return 1
    except (DataIntegrityError, DataValidationError) as error:
        return _fail(arguments.command, f"the data cannot be used: {error}")
    except BrokenPipeError:
        # The reader went away (fitcerts list | head -1): stop quietly.
        _silence_stdout()
        return 0
    except OSError as error:  # output that cannot be written: a full disk, a closed stream, ...
        _silence_stdout()
        what = error.filename or "the output"
        return _fail(arguments.command, f"cannot write {what}: {error.strerror or error}")
    return 0


def _silence_stdout() -> None:
    """Send what is still buffered for standard output nowhere, so exiting cannot fail again."""
    with contextlib.suppress(Exception):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


if __name__ == "__main__":
    sys.exit(main())
