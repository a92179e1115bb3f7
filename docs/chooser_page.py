"""The chooser page: which credentials a candidate can sit, and what each costs to earn and keep.

Everything is worked out when the site is built, by the library itself: ``eligibility()`` for
every combination of the page's choices (age, education, college senior, CPR/AED, country) and
``total_cost()`` / ``cost_of_ownership()`` for every credential in every country. The page's
script only looks the answers up in ``chooser/data.json``; it sends nothing anywhere.
"""

from __future__ import annotations

import itertools
import json
from datetime import date
from typing import Any

from site_pages import COUNTRY_NAMES, File, ownership_gaps, released_on

from fitcerts import (
    CareerSetting,
    CostBreakdown,
    Credential,
    Education,
    MixedCurrencyError,
    Profile,
    Release,
)
from fitcerts.presentation import label, money

# The page's choices, as the form offers them, and the profile value each stands for.
AGES = {"18-or-older": 18, "under-18": 17}
YES_NO = {"yes": True, "no": False}
COUNTRIES = ("US", "GB", "CA", "AU", "JP")
KEEP_YEARS = (3, 6)


def profile_key(age: str, education: str, senior: str, cpr: str, country: str) -> str:
    """The key of one combination of choices in the data file (the script builds the same)."""
    return "|".join((age, education, senior, cpr, country))


def profile_for(age: str, education: str, senior: str, cpr: str, country: str) -> Profile:
    return Profile(
        age=AGES[age],
        education=education,
        college_senior=YES_NO[senior],
        cpr_aed=YES_NO[cpr],
        country=country,
    )


def cost_entry(cost: CostBreakdown | None, what: str) -> dict[str, Any]:
    """One cost as the page shows it: exact, at least an amount (naming what is left out), or
    not reported."""
    if cost is None or cost.total is None:
        why = "; ".join(cost.market_notes) if cost is not None and cost.market_notes else ""
        text = f"{what}: not reported" + (f" ({why})" if why else "")
        return {"amount": None, "currency": None, "lower": False, "text": text}
    gaps = ownership_gaps(cost)
    lower = bool(gaps) or cost.is_lower_bound or not cost.is_complete
    amount = f"{money(cost.total, cost.currency)} {cost.currency.value}"
    if lower:
        text = f"{what}: at least {amount}"
        text += f" (not included, as no source gives them: {'; '.join(gaps)})" if gaps else ""
    else:
        text = f"{what}: {amount}"
    return {
        "amount": str(cost.total),
        "currency": cost.currency.value,
        "lower": lower,
        "text": text,
    }


def _costs(release: Release, credential: Credential, country: str, day: date) -> dict[str, Any]:
    try:
        earn: CostBreakdown | None = release.total_cost(credential, jurisdiction=country, on=day)
    except MixedCurrencyError:
        earn = None
    found: dict[str, Any] = {"earn": cost_entry(earn, "to earn")}
    for years in KEEP_YEARS:
        try:
            keep: CostBreakdown | None = release.cost_of_ownership(
                credential, years=years, jurisdiction=country, start=day
            )
        except MixedCurrencyError:
            keep = None
        found[f"keep{years}"] = cost_entry(keep, f"to earn and keep {years} years")
    try:
        cheapest = release.total_cost(
            credential, member="cheapest", jurisdiction=country, on=day
        ).decisions
    except MixedCurrencyError:
        cheapest = ()
    found["membership"] = [str(decision) for decision in cheapest]
    return found


def chooser_data(release: Release, day: date) -> dict[str, Any]:
    """Every answer the page can show, from the library."""
    credentials = release.credentials()
    texts: dict[str, int] = {}

    def text_number(text: str) -> int:
        return texts.setdefault(text, len(texts))

    verdicts: dict[str, list[list[Any]]] = {}
    for choice in itertools.product(AGES, [e.value for e in Education], YES_NO, YES_NO, COUNTRIES):
        profile = profile_for(*choice)
        answers = []
        for credential in credentials:
            report = release.eligibility(profile, credential, on=day)
            answers.append(
                [
                    report.status.value,
                    [text_number(str(check)) for check in report.unmet],
                    [text_number(str(check)) for check in report.undecided],
                ]
            )
        verdicts[profile_key(*choice)] = answers
    return {
        "version": release.version,
        "day": day.isoformat(),
        "countries": {code: COUNTRY_NAMES.get(code, code) for code in COUNTRIES},
        "education": {e.value: label(e) for e in Education},
        "goals": {s.value: label(s) for s in CareerSetting},
        "credentials": [
            {
                "id": c.id,
                "name": c.name,
                "organization": c.organization.id,
                "settings": [s.value for s in c.settings],
                "costs": {code: _costs(release, c, code, day) for code in COUNTRIES},
            }
            for c in credentials
        ],
        "texts": list(texts),
        "verdicts": verdicts,
    }


PAGE = """# Can I sit it, and what will it cost me?

Tell the page about yourself and it lists the credentials you can sit now, those it cannot tell
from what you gave (what it would need to know is named), and those you cannot sit yet (with what
is missing), each with what it costs to earn and to keep in your country. Every answer was worked
out by fitcerts from data release {version} when this site was built (on {day}); nothing you
choose leaves your browser.

<form id="chooser" class="chooser" onsubmit="return false">
<label>Country <select name="country">{countries}</select></label>
<label>Age <select name="age"><option value="18-or-older">18 or older</option>
<option value="under-18">under 18</option></select></label>
<label>Highest education <select name="education">{education}</select></label>
<label>College senior now <select name="senior"><option value="no">no</option>
<option value="yes">yes</option></select></label>
<label>Current CPR/AED certificate <select name="cpr"><option value="yes">yes</option>
<option value="no">no</option></select></label>
<label>Goal <select name="goal"><option value="">any</option>{goals}</select></label>
<label>Budget to earn it (in your country's currency) <input name="budget" type="number"
min="0" step="1" placeholder="no limit"></label>
<button type="button" id="chooser-show">Show my credentials</button>
</form>

<div id="chooser-results" aria-live="polite"></div>

<noscript>This page needs JavaScript to look up its answers; the
[comparison pages](../compare/index.md) need none.</noscript>

<script src="../assets/chooser.js"></script>

Costs are the lowest the data gives for a non-member. "At least" means a fee the total needs is
not reported, or a price is a "from" price; such totals name what they leave out. Whether
membership pays for itself is said where the data can tell.
"""


def chooser_files(release: Release, day: date | None = None) -> list[File]:
    """The page and the data its script reads."""
    day = day or released_on(release)
    data = chooser_data(release, day)
    options = "".join(
        f'<option value="{code}">{name}</option>' for code, name in data["countries"].items()
    )
    education = "".join(
        f'<option value="{value}"{" selected" if value == "bachelor" else ""}>{name}</option>'
        for value, name in data["education"].items()
    )
    goals = "".join(
        f'<option value="{value}">{name}</option>' for value, name in data["goals"].items()
    )
    page = PAGE.format(
        version=release.version,
        day=day.isoformat(),
        countries=options,
        education=education,
        goals=goals,
    )
    return [
        File("chooser/index.md", page),
        File("chooser/data.json", json.dumps(data, ensure_ascii=False, separators=(",", ":"))),
    ]
