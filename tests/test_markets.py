"""Records for every market, on a small what-if release written in the real data format:
currencies, tax, places, dates, approximate fees, annual renewals, membership tiers, dated
rules and the conditions they need."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

import fitcerts
from fitcerts import Profile
from fitcerts.exports import from_json

SOURCE = "uk-fees"


def _price(pays_for: str, amount: str | None, **more: Any) -> dict[str, Any]:
    price: dict[str, Any] = {"pays_for": pays_for, "sources": [SOURCE], **more}
    if amount is not None:
        price["amount"] = amount
    price.setdefault("bound", "exact" if amount is not None else "not-reported")
    return price


def _release(**changes: Any) -> fitcerts.Release:
    organization = {
        "id": "UKSC",
        "name": "UK Strength Coaches",
        "abbreviation": "UKSC",
        "description": "A what-if association for tests.",
        "memberships": [
            {
                "id": "student",
                "name": "Student",
                "prices": [_price("membership", "30", currency="GBP", audience="member")],
                "requirements": [
                    {
                        "level": "required",
                        "any_of": [{"kind": "student", "description": "a full-time student"}],
                        "sources": [SOURCE],
                    }
                ],
                "sources": [SOURCE],
            },
            {
                "id": "full",
                "name": "Full",
                "prices": [_price("membership", "120", currency="GBP", audience="member")],
                "sources": [SOURCE],
            },
        ],
        "sources": [SOURCE],
        "citations": [{"path": "description", "sources": [SOURCE]}],
    }
    credential = {
        "id": "UKSC-ASCC",
        "name": "What-if Accredited Coach",
        "organization": "UKSC",
        "kind": "certification",
        "description": "A what-if credential for tests.",
        "prices": [
            _price("exam", "300", currency="GBP", tax="added", audience="non-member"),
            _price("exam", "200", currency="GBP", tax="added", audience="member"),
            _price("retake", "75", currency="GBP", jurisdiction="GB"),
            _price("study-materials", "65", bound="approximate", currency="GBP"),
            _price(
                "recertification",
                "40",
                currency="GBP",
                valid_from="2026-01-01",
                valid_until="2026-12-31",
            ),
            _price("recertification", "45", currency="GBP", valid_from="2027-01-01"),
        ],
        "requirements_known": True,
        "requirements": [
            {
                "level": "required",
                "any_of": [{"kind": "minimum-age", "minimum_age": 18, "description": "18+"}],
                "sources": [SOURCE],
            },
            {
                "level": "required",
                "any_of": [
                    {
                        "kind": "accredited-program",
                        "accreditors": ["CAAHEP"],
                        "description": "a degree from a CAAHEP-accredited program",
                    }
                ],
                "effective_from": "2027-08-15",
                "sources": [SOURCE],
            },
        ],
        "exam": {
            "languages": ["en", "ja"],
            "parts": [
                {"name": "Practical coaching", "format": "practical", "duration": "PT1H"},
            ],
            "pass_rates": [{"percent": "61", "year": 2025, "population": "first-time"}],
        },
        "recertification": {
            "cycle_years": 1,
            "continuing_education": {"amount": "20", "unit": "CEC", "from_issuer": "6"},
            "grace_months": 6,
        },
        "sources": [SOURCE],
        "citations": [
            {"path": path, "sources": [SOURCE]}
            for path in ("description", "exam", "recertification")
        ],
    }
    document = {
        "data_version": "what-if",
        "sources": [{"id": SOURCE, "title": "What-if fees", "kind": "official", "year": 2026}],
        "organizations": [organization],
        "credentials": [credential],
    }
    for path, value in changes.items():
        credential[path] = value
    return from_json(json.dumps(document))


@pytest.fixture(scope="module")
def release() -> fitcerts.Release:
    return _release()


def test_vocabularies_are_their_strings() -> None:
    assert fitcerts.Currency.USD == "USD"
    assert str(fitcerts.PriceBound.APPROXIMATE) == "approximate"
    assert f"{fitcerts.Currency.GBP}" == "GBP"
    assert json.dumps(fitcerts.get("CSCS").kind) == '"certification"'
    assert fitcerts.Education.DOCTORATE > fitcerts.Education.MASTER  # by rank, not by letters


@pytest.mark.parametrize(
    ("currency", "amount", "text"),
    [
        ("GBP", "300", "£300"),
        ("JPY", "49300", "¥49,300"),
        ("CAD", "260", "CA$260"),
        ("EUR", "12.5", "€12.50"),
        ("AUD", "1200", "A$1,200"),
        ("USD", "340", "$340"),
    ],
)
def test_each_currency_is_written_its_own_way(currency: str, amount: str, text: str) -> None:
    from fitcerts.presentation import money

    assert money(Decimal(amount), fitcerts.Currency(currency)) == text


def test_a_gbp_total_with_tax_added_and_an_approximate_fee(release: fitcerts.Release) -> None:
    cost = release.total_cost("UKSC-ASCC", on=date(2026, 6, 1))
    assert cost.currency is fitcerts.Currency.GBP
    assert cost.total == Decimal(365) and cost.is_approximate and not cost.is_lower_bound
    assert cost.total_text == "about £365 GBP"
    exam, materials = cost.items
    assert str(exam) == "UKSC-ASCC exam [non-member]: £300 plus tax"
    assert materials.amount_text == "about £65"
    assert cost.to_dict()["is_approximate"] is True


def test_retakes_come_from_the_place_that_prices_them(release: fitcerts.Release) -> None:
    here = release.total_cost("UKSC-ASCC", attempts=3, jurisdiction="gb", study_materials=False)
    assert here.total == 300 + 2 * 75 and here.is_complete
    elsewhere = release.total_cost("UKSC-ASCC", attempts=2, jurisdiction="IE")
    assert "UKSC-ASCC retake fee" in elsewhere.missing
    # Asked for no place, a fee priced for one place only is that fee.
    unplaced = release.total_cost("UKSC-ASCC", attempts=2, study_materials=False)
    assert unplaced.total == 300 + 75 and unplaced.is_complete
    with pytest.raises(fitcerts.UnknownValueError, match="number of attempts"):
        release.total_cost("UKSC-ASCC", attempts=0)
    with pytest.raises(fitcerts.UnknownValueError, match="jurisdiction"):
        release.total_cost("UKSC-ASCC", jurisdiction="Great Britain")


def test_a_student_is_charged_the_student_tier(release: fitcerts.Release) -> None:
    student = release.total_cost(
        "UKSC-ASCC", member="cheapest", profile=Profile(student=True), study_materials=False
    )
    (decision,) = student.decisions
    assert decision.join is True and "left out" not in decision.reason
    assert student.total == 200 + 30  # member exam price and the student fee
    worker = release.total_cost(
        "UKSC-ASCC", member="cheapest", profile=Profile(student=False), study_materials=False
    )
    assert worker.decisions[0].join is False and "left out: Student" in worker.decisions[0].reason
    unknown = release.total_cost("UKSC-ASCC", member="cheapest", study_materials=False)
    assert unknown.decisions[0].join is None  # which tier applies cannot be told


def test_an_annual_renewal_over_five_years(release: fitcerts.Release) -> None:
    cost = release.cost_of_ownership("UKSC-ASCC", years=5, start=date(2025, 6, 1))
    renewals = [i for i in cost.items if i.pays_for is fitcerts.PriceItem.RECERTIFICATION]
    assert [(i.year, i.amount) for i in renewals] == [
        (1, Decimal(40)),  # 2026: that year's fee
        (2, Decimal(45)),  # from 2027 on
        (3, Decimal(45)),
        (4, Decimal(45)),
        (5, Decimal(45)),
    ]
    assert not cost.is_complete
    assert "UKSC-ASCC continuing education in year 5" in cost.missing
    with pytest.raises(fitcerts.UnknownValueError, match="number of years"):
        release.cost_of_ownership("UKSC-ASCC", years=0)


def test_a_dated_rule_is_upcoming_before_its_date_and_binding_after(
    release: fitcerts.Release,
) -> None:
    graduate = Profile(age=23, program_accreditations=["CoAES"])
    before = release.eligibility(graduate, "UKSC-ASCC", on=date(2026, 9, 1))
    assert before.status is fitcerts.EligibilityStatus.ELIGIBLE
    (upcoming,) = before.upcoming
    assert upcoming.met is False and "from 2027-08-15" in upcoming.reason
    after = release.eligibility(graduate, "UKSC-ASCC", on=date(2027, 8, 15))
    assert after.status is fitcerts.EligibilityStatus.NOT_ELIGIBLE and after.upcoming == ()
    accredited = Profile(age=23, program_accreditations=["caahep"])
    assert (
        release.eligibility(accredited, "UKSC-ASCC", on=date(2028, 1, 1)).status
        is fitcerts.EligibilityStatus.ELIGIBLE
    )
    unknown = release.eligibility(Profile(age=23), "UKSC-ASCC", on=date(2028, 1, 1))
    assert unknown.status is fitcerts.EligibilityStatus.UNKNOWN


def test_mixed_currencies_are_never_added(release: fitcerts.Release) -> None:
    usd = fitcerts.get("CSCS")
    ascc = release.get("UKSC-ASCC")
    from fitcerts.costs import cost_of

    with pytest.raises(fitcerts.MixedCurrencyError) as caught:
        cost_of([usd, ascc])
    assert isinstance(caught.value, ValueError) and caught.value.currencies == ("GBP", "USD")
    assert "jurisdiction=" in str(caught.value)


def test_the_new_fields_read_back_typed(release: fitcerts.Release) -> None:
    ascc = release.get("UKSC-ASCC")
    assert ascc.exam.languages == ("en", "ja")
    assert ascc.exam.parts[0].format is fitcerts.AssessmentFormat.PRACTICAL
    assert str(ascc.exam.pass_rates[0]) == "61% (2025, first-time)"
    renewal = ascc.recertification
    assert renewal is not None and renewal.cycle_years == 1 and renewal.grace_months == 6
    assert renewal.continuing_education is not None
    assert renewal.continuing_education.from_issuer == Decimal(6)
    assert release.organization("UKSC").membership_fees[0].amount == 30
    retake = ascc.prices[2]
    assert retake.applies(jurisdiction="GB") and not retake.applies(jurisdiction="IE")
    assert retake.applies()  # no place asked: a price of any place


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"prices": [_price("exam", "1", jurisdiction="UK1")]}, "ISO 3166-1"),
        ({"prices": [_price("exam", "1", language="Japanese")]}, "BCP 47"),
        (
            {"prices": [_price("exam", "1", valid_from="2027-01-01", valid_until="2026-01-01")]},
            "cannot end",
        ),
        ({"prices": [_price("exam", None, bound="approximate")]}, "needs an amount"),
        ({"prices": [_price("exam", "1", currency="XYZ")]}, "not a valid Currency"),
    ],
)
def test_bad_new_fields_are_refused_with_their_path(change: dict[str, Any], expected: str) -> None:
    with pytest.raises(fitcerts.DataValidationError, match=expected):
        _release(**change)


def test_the_released_data_answers_as_before() -> None:
    """New fields default to "not stated": 2026.1 and 2026.2 load and answer unchanged."""
    for version in ("2026.1", "2026.2"):
        for credential in fitcerts.load(version).credentials():
            for price in credential.prices:
                assert price.tax is fitcerts.TaxTreatment.NOT_STATED
                assert price.jurisdiction is None and price.valid_from is None
    assert str(fitcerts.load("2026.1").total_cost("CSCS", member=True)) == "$608+ USD"


def test_cross_record_rules_for_the_new_records() -> None:
    bad_membership = {
        "level": "required",
        "any_of": [{"kind": "membership", "organization": "NOPE", "description": "a member"}],
        "sources": [SOURCE],
    }
    with pytest.raises(fitcerts.DataValidationError, match="no organization with id 'NOPE'"):
        _release(requirements=[bad_membership], requirements_known=True)
    too_much = {
        "cycle_years": 2,
        "continuing_education": {"amount": "2", "unit": "CEU", "from_issuer": "3"},
    }
    with pytest.raises(fitcerts.DataValidationError, match="from_issuer: more than the amount"):
        _release(recertification=too_much)


def test_the_command_line_takes_the_new_options() -> None:
    import subprocess
    import sys
    from pathlib import Path

    command = str(Path(sys.executable).parent / "fitcerts")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([command, *args], capture_output=True, text=True, check=False)

    owned = run("cost", "CSCS", "--years", "6", "--format", "json")
    assert owned.returncode == 0, owned.stderr
    years = [item["year"] for item in json.loads(owned.stdout)["items"] if item["year"]]
    assert years == [3, 6]
    retakes = run(
        "cost", "CSCS", "--attempts", "2", "--jurisdiction", "us", "--data-version", "2026.3"
    )
    assert "not current: CSCS retake (Both sections), non-member $345 (until 2015-03-31)\n" in (
        retakes.stdout
    )
    dated = run("eligible", "CSCS", "--on", "2026-06-01", "--student", "--format", "json")
    assert json.loads(dated.stdout)[0]["on"] == "2026-06-01"
    for args, expected in (
        (("eligible", "--on", "2026-02-30"), "argument --on"),
        (("cost", "CSCS", "--jurisdiction", "USA"), "argument --country/--jurisdiction"),
        (("compare", "CSCS", "CPSS", "--country", "USA"), "argument --country"),
        (("cost", "CSCS", "--rate", "GBP=1.3"), "need --currency"),
        (("cost", "CSCS", "--currency", "USD", "--rate", "GBP"), "not a rate such as"),
        (("cost", "CSCS", "--years", "2", "--cheapest"), "--years takes --member"),
        (("eligible", "--country", "Britain"), "country must be an ISO 3166-1 code"),
    ):
        result = run(*args)
        assert result.returncode == 2 and expected in result.stderr, result.stderr


def test_ctdl_costs_carry_their_cost_type_place_and_period(release: fitcerts.Release) -> None:
    from fitcerts import exports

    assert set(exports._COST_TYPES) == set(fitcerts.PriceItem)  # every fee kind has a CTDL term
    ascc = release.get("UKSC-ASCC")
    costs = [exports._cost(price) for price in ascc.prices]
    assert costs[0]["ceterms:directCostType"]["ceterms:targetNode"] == (
        "costType:StandaloneAssessment"
    )
    assert costs[0]["fitcerts:tax"] == "added" and costs[0]["ceterms:currency"] == "GBP"
    retake = costs[2]
    assert retake["ceterms:directCostType"]["ceterms:targetNode"] == "costType:ReexaminationFee"
    place = retake["ceterms:jurisdiction"][0]["ceterms:mainJurisdiction"]
    assert place["ceterms:addressCountry"] == {"en": "GB"}
    assert costs[4]["ceterms:startDate"] == "2026-01-01" and costs[4]["ceterms:endDate"] == (
        "2026-12-31"
    )
    rule = exports._condition_profile(ascc.requirements[1])
    assert rule["ceterms:dateEffective"] == "2027-08-15"
