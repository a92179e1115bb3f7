"""Release 2026.4: what a credential costs to earn and to keep, and how many pass, for every
record, each fact dated, and each missing value explained; asked through the public API."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

import fitcerts
from fitcerts import (
    Credential,
    GapField,
    GapReason,
    Organization,
    PriceBound,
    PriceItem,
    Profile,
)
from fitcerts.check import check_folder
from fitcerts.dataformat import release_folder
from fitcerts.validate import uncited

RELEASE = fitcerts.load("2026.4")
EARN = (PriceItem.EXAM, PriceItem.COURSE_AND_EXAM, PriceItem.CERTIFICATION_PROGRAM)
DAY = date(2026, 12, 7)
YEAR = (1, 1, 12, 31)  # 1 January to 31 December


def priced(credential: Credential, kinds: tuple[PriceItem, ...]) -> bool:
    """A price of one of ``kinds`` with an amount, current or dated to its period."""
    return any(
        p.pays_for in kinds and p.bound is not PriceBound.NOT_REPORTED for p in credential.prices
    )


def explained(credential: Credential, field: GapField) -> bool:
    return any(gap.field is field for gap in (*credential.gaps, *credential.organization.gaps))


def test_it_stays_bundled_after_the_next_release() -> None:
    versions = fitcerts.data_versions()
    assert "2026.4" in versions and versions.index("2026.4") < len(versions) - 1
    assert RELEASE.get("CSCS").organization.country == "US"


def test_it_checks_clean_and_every_value_cites_its_own_source() -> None:
    assert check_folder(release_folder("2026.4")) == []
    records: list[Credential | Organization] = [*RELEASE.organizations(), *RELEASE.credentials()]
    for record in records:
        assert uncited(record) == [], record.id


def test_none_of_the_earlier_credentials_or_organizations_is_dropped() -> None:
    old = fitcerts.load("2026.3")
    assert {c.id for c in old.credentials()} == {c.id for c in RELEASE.credentials()}
    assert {o.id for o in old.organizations()} <= {o.id for o in RELEASE.organizations()}


def coverage(release: fitcerts.Release) -> dict[GapField, set[str]]:
    """For each field people ask for first, the credentials that have a value for it."""
    found: dict[GapField, set[str]] = {field: set() for field in GapField}
    for c in release.credentials():
        lifelong = c.recertification is not None and c.recertification.expires is False
        if priced(c, EARN):
            found[GapField.EARN_PRICE].add(c.id)
        if lifelong or priced(c, (PriceItem.RECERTIFICATION,)):
            found[GapField.RENEWAL_FEE].add(c.id)
        if c.exam.questions is not None:
            found[GapField.QUESTIONS].add(c.id)
        if c.exam.pass_rates:
            found[GapField.PASS_RATE].add(c.id)
    return found


@pytest.mark.parametrize(
    "field",
    [GapField.EARN_PRICE, GapField.RENEWAL_FEE, GapField.QUESTIONS, GapField.PASS_RATE],
    ids=str,
)
def test_every_credential_has_the_value_or_says_why_it_is_missing(field: GapField) -> None:
    have = coverage(RELEASE)[field]
    for credential in RELEASE.credentials():
        if credential.id not in have:
            assert explained(credential, field), (credential.id, field)


@pytest.mark.parametrize(
    "field",
    [GapField.EARN_PRICE, GapField.RENEWAL_FEE, GapField.QUESTIONS, GapField.PASS_RATE],
    ids=str,
)
def test_no_credential_loses_a_value_the_previous_release_had(field: GapField) -> None:
    before = coverage(fitcerts.load("2026.3"))[field]
    assert before <= coverage(RELEASE)[field]


def test_every_organization_with_member_prices_has_dues_or_says_why_not() -> None:
    for organization in RELEASE.organizations():
        member_prices = any(
            p.audience.value != "anyone"
            for c in RELEASE.credentials(organization=organization)
            for p in c.prices
        )
        if not member_prices:
            continue
        dues = [p for p in organization.membership_fees if p.amount is not None]
        assert dues or any(gap.field is GapField.MEMBERSHIP_DUES for gap in organization.gaps), (
            organization.id
        )


def test_a_gap_not_found_says_where_it_was_searched_and_when() -> None:
    records: list[Credential | Organization] = [*RELEASE.credentials(), *RELEASE.organizations()]
    gaps = [g for r in records for g in r.gaps]
    assert gaps
    for gap in gaps:
        if gap.reason is GapReason.NOT_FOUND:
            assert gap.searched and gap.searched_on is not None
        if gap.reason is GapReason.NOT_PUBLISHED:
            assert gap.sources


def undated_share(release: fitcerts.Release) -> float:
    records: list[Credential | Organization] = [*release.credentials(), *release.organizations()]
    facts = [f for r in records for f in r.fact_ages()]
    return sum(f.newest is None for f in facts) / len(facts)


def test_fewer_facts_are_undated_than_in_the_previous_release() -> None:
    assert undated_share(RELEASE) < undated_share(fitcerts.load("2026.3"))


def test_no_price_has_a_calendar_year_period_taken_from_its_source() -> None:
    # A fee a page states for its own year is written as stated in that year, never as a
    # period of 1 January to 31 December that no page states.
    tiers = [t for o in RELEASE.organizations() for t in o.memberships]
    prices = [p for c in RELEASE.credentials() for p in c.prices]
    prices += [p for t in tiers for p in t.prices]
    for price in prices:
        start, end = price.valid_from, price.valid_until
        if (
            start is None
            or end is None
            or (start.month, start.day, end.month, end.day)
            != (
                1,
                1,
                12,
                31,
            )
        ):
            continue
        years = {s.latest_day.year for s in price.sources if s.latest_day is not None}
        # a page of 2012 announcing the 2013 exam's fee states its year; a page of 2013 does not
        assert start.year != end.year or start.year not in years, price


def test_keeping_the_cscs_ten_years_without_membership_has_a_total_with_its_periods() -> None:
    # The current cycle's fee is not published: the 2018-2020 fee, the newest, is counted and
    # the total says it is not current, naming the period of every fee it rests on.
    owned = RELEASE.cost_of_ownership("CSCS", years=10, member=False, start=DAY)
    assert owned.total is not None
    renewals = [i for i in owned.items if i.pays_for is PriceItem.RECERTIFICATION]
    assert [(i.year, i.amount, i.period) for i in renewals] == [
        (year, Decimal(90), "from 2018-01-01, until 2020-12-31") for year in (3, 6, 9)
    ]
    assert not owned.is_current and not any(i.current for i in renewals)
    assert not [m for m in owned.missing if "recertification fee" in m]
    assert "not current, rests on fees no longer in force" in str(owned)


def test_a_students_cheapest_cscs_total_is_decided_from_the_profile() -> None:
    student = Profile(age=21, education="bachelor", student=True, cpr_aed=True)
    cost = RELEASE.total_cost("CSCS", member="cheapest", profile=student, on=DAY)
    (decision,) = cost.decisions
    assert decision.join is True, decision.reason
    assert "no longer in force" in decision.reason  # the student fee is the one of 2015
    assert not cost.is_current
    # Someone who is not a student could only hold the Professional tier, whose fee is unknown.
    other = Profile(age=30, education="bachelor", student=False, cpr_aed=True)
    undecided = RELEASE.total_cost("CSCS", member="cheapest", profile=other, on=DAY)
    assert undecided.decisions[0].join is None


def test_only_uksca_members_may_take_the_ascc_assessment_so_dues_are_added() -> None:
    cost = RELEASE.total_cost("UKSCA-ASCC", member=False, on=DAY)
    (decision,) = cost.decisions
    assert decision.join is True
    assert "only UKSCA members may earn UKSCA-ASCC" in decision.reason
    exam = next(i for i in cost.items if i.pays_for is PriceItem.EXAM)
    assert exam.amount == Decimal(300)
    assert any(i.pays_for is PriceItem.MEMBERSHIP for i in cost.items)


def test_fees_known_only_for_their_year_hold_that_year_only() -> None:
    stated = [(p, p.stated_in) for c in RELEASE.credentials() for p in c.prices if p.stated_in]
    assert stated
    for price, year in stated:
        assert price.applies(on=date(year, 6, 30))
        assert not price.applies(on=date(year + 1, 1, 1))
    gei = RELEASE.total_cost("ACSM-GEI", on=DAY)
    assert not gei.is_current
    assert gei.outdated == (
        "ACSM-GEI exam, non-member $279, ACSM-GEI study materials about $70 (as stated in 2013)",
    )


@pytest.mark.parametrize("old", ["2026.1", "2026.2", "2026.3"])
def test_the_diff_from_each_release_reads(old: str) -> None:
    text = str(fitcerts.diff(old, "2026.4"))
    assert text.startswith(f"{old} -> 2026.4: ")
