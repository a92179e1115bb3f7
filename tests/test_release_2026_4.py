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


def priced(credential: Credential, kinds: tuple[PriceItem, ...]) -> bool:
    """A price of one of ``kinds`` with an amount, current or dated to its period."""
    return any(
        p.pays_for in kinds and p.bound is not PriceBound.NOT_REPORTED for p in credential.prices
    )


def explained(credential: Credential, field: GapField) -> bool:
    return any(gap.field is field for gap in (*credential.gaps, *credential.organization.gaps))


def test_it_is_the_default_release() -> None:
    assert fitcerts.DATA_VERSION == "2026.4"
    assert fitcerts.data_versions()[-1] == "2026.4"
    assert fitcerts.get("CSCS") is RELEASE.get("CSCS")
    assert fitcerts.__version__ == "2026.4.0"


def test_it_checks_clean_and_every_value_cites_its_own_source() -> None:
    assert check_folder(release_folder("2026.4")) == []
    for record in (*RELEASE.organizations(), *RELEASE.credentials()):
        assert uncited(record) == [], record.id


def test_none_of_the_earlier_credentials_or_organizations_is_dropped() -> None:
    old = fitcerts.load("2026.3")
    assert {c.id for c in old.credentials()} == {c.id for c in RELEASE.credentials()}
    assert {o.id for o in old.organizations()} <= {o.id for o in RELEASE.organizations()}


def test_a_price_to_earn_for_at_least_42_of_the_47_and_the_rest_explained() -> None:
    credentials = RELEASE.credentials()
    with_price = [c for c in credentials if priced(c, EARN)]
    assert len(credentials) == 47
    assert len(with_price) >= 42
    for credential in set(credentials) - set(with_price):
        assert explained(credential, GapField.EARN_PRICE), credential.id


def test_a_renewal_fee_or_does_not_expire_for_at_least_42_and_the_rest_explained() -> None:
    def kept(c: Credential) -> bool:
        lifelong = c.recertification is not None and c.recertification.expires is False
        return lifelong or priced(c, (PriceItem.RECERTIFICATION,))

    credentials = RELEASE.credentials()
    assert sum(map(kept, credentials)) >= 42
    for credential in credentials:
        if not kept(credential):
            assert explained(credential, GapField.RENEWAL_FEE), credential.id


def test_question_counts_for_at_least_35_and_the_rest_explained() -> None:
    credentials = RELEASE.credentials()
    counted = [c for c in credentials if c.exam.questions is not None]
    assert len(counted) >= 35
    for credential in set(credentials) - set(counted):
        assert explained(credential, GapField.QUESTIONS), credential.id


def test_a_pass_rate_or_the_reason_there_is_none_for_every_credential() -> None:
    for credential in RELEASE.credentials():
        if not credential.exam.pass_rates:
            assert explained(credential, GapField.PASS_RATE), credential.id


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
    gaps = [g for r in (*RELEASE.credentials(), *RELEASE.organizations()) for g in r.gaps]
    assert gaps
    for gap in gaps:
        if gap.reason is GapReason.NOT_FOUND:
            assert gap.searched and gap.searched_on is not None
        if gap.reason is GapReason.NOT_PUBLISHED:
            assert gap.sources


def test_undated_facts_are_at_most_a_tenth() -> None:
    facts = [f for r in (*RELEASE.credentials(), *RELEASE.organizations()) for f in r.fact_ages()]
    undated = [f for f in facts if f.newest is None]
    assert len(undated) <= len(facts) // 10, (len(undated), len(facts))


def test_no_price_carries_a_one_year_period_invented_from_its_source() -> None:
    for credential in RELEASE.credentials():
        for price in credential.prices:
            start, end = price.valid_from, price.valid_until
            if start and end and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
                assert start.year != end.year or price.stated_in is None, credential.id


def test_keeping_the_cscs_ten_years_without_membership_has_a_total_with_its_periods() -> None:
    owned = RELEASE.cost_of_ownership("CSCS", years=10, member=False, start=DAY)
    assert owned.total is not None
    renewals = [i for i in owned.items if i.pays_for is PriceItem.RECERTIFICATION]
    assert [i.year for i in renewals] == [3, 6, 9]
    assert all(i.amount is not None and i.period for i in renewals)
    assert all(i.projected for i in renewals)  # later cycles' fees are not published yet
    assert not [m for m in owned.missing if "recertification fee" in m]


def test_a_students_cheapest_cscs_total_is_decided_from_the_profile() -> None:
    student = Profile(age=21, education="bachelor", student=True, cpr_aed=True)
    cost = RELEASE.total_cost("CSCS", member="cheapest", profile=student, on=DAY)
    (decision,) = cost.decisions
    assert decision.join is not None, decision.reason
    professional = Profile(age=30, education="bachelor", student=False, cpr_aed=True)
    other = RELEASE.total_cost("CSCS", member="cheapest", profile=professional, on=DAY)
    assert other.decisions[0].join is not None, other.decisions[0].reason


def test_only_uksca_members_may_take_the_ascc_assessment_so_dues_are_added() -> None:
    cost = RELEASE.total_cost("UKSCA-ASCC", member=False, on=DAY)
    (decision,) = cost.decisions
    assert decision.join is True
    assert "only UKSCA members may earn UKSCA-ASCC" in decision.reason
    exam = next(i for i in cost.items if i.pays_for is PriceItem.EXAM)
    assert exam.amount == Decimal(300)
    assert any(i.pays_for is PriceItem.MEMBERSHIP for i in cost.items)


def test_old_fees_are_last_published_never_todays() -> None:
    gei = RELEASE.total_cost("ACSM-GEI", on=DAY)
    for item in gei.items:
        if item.last_published:
            assert item.amount is None
    stated = [p for c in RELEASE.credentials() for p in c.prices if p.stated_in is not None]
    assert stated
    assert all(not p.applies(on=DAY) for p in stated if p.stated_in != DAY.year)


@pytest.mark.parametrize("old", ["2026.1", "2026.2", "2026.3"])
def test_the_diff_from_each_release_reads(old: str) -> None:
    text = str(fitcerts.diff(old, "2026.4"))
    assert text.startswith(f"{old} -> 2026.4: ")
