"""The command line's parser: every command, its options, and argument types that name a bad
value and what is allowed."""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING

from .cli_output import WIDTH

if TYPE_CHECKING:
    pass

__all__ = [
    "OUTPUT_FORMATS",
    "UsageError",
    "build_parser",
    "help_texts",
]


OUTPUT_FORMATS = ("text", "json", "markdown")


class UsageError(Exception):
    """A value the user gave that is not allowed; reported with the usage, exit status 2."""


def help_texts() -> dict[str, str]:
    """The ``--help`` text of the command and of each subcommand, for the reference docs."""
    parser, commands = build_parser()
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


def build_parser(
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
