"""``python -m fitcerts KEY``: a quick look at one credential, with the sources of its facts."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

import fitcerts

from .comparison import duration_text
from .records import Credential


def describe(credential: Credential) -> str:
    """A short plain-text profile of a credential; unknown facts say so."""
    exam = credential.exam
    lines = [
        f"{credential.id}: {credential.name}",
        f"  issued by   {credential.organization.name} ({credential.organization.id})",
        f"  kind        {credential.kind.value}",
        f"  settings    {', '.join(s.value for s in credential.settings) or 'not reported'}",
        f"  exam        {exam.questions or 'not reported'} questions, "
        f"{duration_text(exam.duration) if exam.duration else 'length not reported'}",
        f"  passing     {exam.passing_score or 'not reported'}",
        f"  pass rate   {exam.pass_rate or 'not reported'}",
    ]
    for price in credential.prices:
        who = "" if price.audience.value == "anyone" else f" ({price.audience.value})"
        tier = f" [{price.tier_name}]" if price.tier_name else ""
        lines.append(f"  price       {price.pays_for.value}{tier}{who}: {price}")
    if not credential.prices:
        lines.append("  price       not reported")
    if not credential.requirements_known:
        lines.append("  required    not reported")
    elif not credential.required:
        lines.append("  required    nothing mandatory")
    for requirement in credential.requirements:
        lines.append(f"  {requirement.level.value:11} {requirement.description}")
    lines.append("  sources")
    lines += [f"    - {s.title} ({s.kind.value}, {s.dated})" for s in credential.all_sources()]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m fitcerts",
        description="Show what fitcerts knows about a credential.",
        epilog='example: python -m fitcerts "nasm pes"',
    )
    parser.add_argument("key", help="a credential id, alias or full name")
    arguments = parser.parse_args(argv)
    try:
        credential = fitcerts.get(arguments.key)
    except LookupError as error:
        print(error, file=sys.stderr)
        return 1
    print(describe(credential))
    print(f"(fitcerts data release {fitcerts.DATA_VERSION})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
