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
from collections.abc import Callable, Sequence
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
from .cli_output import WIDTH, emit, wrap, write_output
from .cli_parser import UsageError, build_parser, help_texts

__all__ = ["describe", "help_texts", "main"]


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


# --- the parser ---------------------------------------------------------------------------------


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
    return emit(arguments, text or "no credential matches", lambda: data, markdown)


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
    return emit(
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
    return emit(arguments, text, data, markdown)


def describe(credential: Credential) -> str:
    """Everything known about a credential as plain text; unknown facts say so."""
    from .markets import markets, prices_in

    exam = credential.exam
    lines = [f"{credential.id}: {credential.name}"]

    def fact(label: str, value: str) -> None:
        lines.append(wrap(value, " " * 14, f"  {label:<12}"))

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
        wrap(
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
            lines.append(wrap(cell.text, " " * (width + 2), f"  {credential.id:<{width}}"))
    if table.markets_text:
        lines.append(table.markets_text)
    lines += [wrap(note, "  ", "") for note in table.market_notes]
    if table.elsewhere:
        ids = " ".join(arguments.credentials)
        lines += [
            wrap(f"Also offered in {country}: fitcerts compare {ids} --country {country}", "  ", "")
            for country in table.elsewhere
        ]
    if any(cell.disagreements for row in table.rows for cell in row.cells):
        lines.append("† sources disagree; see fitcerts show")
    return emit(arguments, "\n".join(lines), table.to_dict, lambda: table.to_markdown().rstrip())


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
    return emit(arguments, lambda: _cost_text(cost), cost.to_dict, lambda: _cost_markdown(cost))


def _cost_text(cost: CostBreakdown) -> str:
    lines = [wrap(str(item), "    ", "  ") for item in cost.items]
    lines.append(f"total: {cost.total_text}")
    lines += [wrap(f"missing: {gap}", "  ", "") for gap in cost.missing]
    lines += [wrap(f"not current: {old}", "  ", "") for old in cost.outdated]
    lines += [wrap(f"membership: {d.reason}", "  ", "") for d in cost.decisions]
    lines += [wrap(f"market: {note}", "  ", "") for note in cost.market_notes]
    lines += [
        wrap(
            f"{credential} also has prices for {', '.join(others)}: add --country {others[0]}",
            "  ",
            "",
        )
        for credential, others in cost.elsewhere.items()
    ]
    if cost.conversion is not None:
        lines.append(wrap(str(cost.conversion), "  ", ""))
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
            lines += [wrap(reason, "      ", "    - ") for reason in report.reasons]
            lines += [wrap(f"upcoming {c.reason}", "      ", "    - ") for c in report.upcoming]
    rows = [(r.credential.id, r.status.value, "; ".join(r.reasons)) for r in reports]
    return emit(
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
        lines.append(wrap(head, "     ", f"{rank:>2}. "))
        lines += [wrap(str(reason), "       ", "     - ") for reason in item.reasons]
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
    return emit(
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
    return emit(arguments, text, lambda: data, "\n".join(f"- {line}" for line in text.splitlines()))


def _diff(arguments: argparse.Namespace) -> str:
    import fitcerts

    changes = fitcerts.diff(arguments.old, arguments.new)
    text = f"{changes}\n{changes.outline()}".rstrip()
    return emit(arguments, text, changes.to_dict, lambda: changes.to_markdown().rstrip())


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
    parser, subparsers = build_parser(wanted if wanted in COMMANDS else None)
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
            write_output(output)
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
