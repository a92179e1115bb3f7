"""Release 2026.3: every value cited to a source that states it, new markets and credentials,
and the figures the release promises, asked through the public API."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

import fitcerts
from fitcerts import (
    Currency,
    EligibilityStatus,
    PriceBound,
    PriceItem,
    Profile,
    SourceKind,
    TaxTreatment,
)
from fitcerts.check import check_folder
from fitcerts.dataformat import release_folder
from fitcerts.validate import uncited

RELEASE = fitcerts.load("2026.3")


def test_it_covers_the_markets_the_release_promises() -> None:
    ids = {credential.id for credential in RELEASE.credentials()}
    promised = {
        *("ACSM-CPT", "ACSM-EP", "ACSM-CEP", "ACSM-GEI"),
        *("ACE-CPT", "ACE-HC", "ACE-GFI", "ACE-CMES"),
        *("NCSF-CPT", "NFPT-CPT", "NCCPT-CPT", "NETA-CPT", "WITS-CPT", "ISSA-CPT"),
        *("UKSCA-ASCC", "UKSCA-ASCT", "CSEP-CPT", "CSEP-CEP", "CANFITPRO-PTS", "CANFITPRO-FIS"),
        *("ASCA-L1", "ESSA-AES", "USAW-L1", "USAW-L2", "USAW-WTS"),
    }
    assert promised <= ids
    assert {c.id for c in fitcerts.load("2026.2").credentials()} <= ids  # none dropped
    countries = {organization.country for organization in RELEASE.organizations()}
    assert {"US", "GB", "CA", "AU", "JP"} <= countries


def test_every_value_cites_its_own_source() -> None:
    for organization in RELEASE.organizations():
        assert uncited(organization) == [], organization.id
    for credential in RELEASE.credentials():
        assert uncited(credential) == [], credential.id


def test_the_check_enforces_explicit_citations_from_2026_3(tmp_path: Path) -> None:
    assert check_folder(None) == []
    for version, enforced in (("2026.2", False), ("2026.3", True)):
        folder = tmp_path / version
        folder.mkdir()
        for name in ("sources.json", "organizations.json", "credentials.json"):
            text = release_folder(version).joinpath(name).read_text(encoding="utf-8")
            (folder / name).write_text(text, encoding="utf-8")
        credentials = json.loads((folder / "credentials.json").read_text(encoding="utf-8"))
        # a value whose only backing would be the record's own sources
        credentials[0]["expected_knowledge"] = ["something no source states"]
        credentials[0]["citations"] = [
            c for c in credentials[0].get("citations", []) if c["path"] != "expected_knowledge"
        ]
        (folder / "credentials.json").write_text(json.dumps(credentials), encoding="utf-8")
        found = [line for line in check_folder(folder) if "expected_knowledge" in line]
        assert bool(found) is enforced, version


def test_sources_keep_the_precision_of_their_dates() -> None:
    dated = {source.dated for source in RELEASE.sources()}
    assert any(len(text) == len("2026-06") and text[4] == "-" for text in dated)
    for source in RELEASE.sources():
        if source.month is not None:
            assert source.year is not None and 1 <= source.month <= 12
    manifest = json.loads(release_folder("2026.3").joinpath("manifest.json").read_text("utf-8"))
    newest = max(
        source.dated.split(" ")[0] for source in RELEASE.sources() if source.dated != "undated"
    )
    assert manifest["sources_as_of"]["latest"] == newest


def test_ace_cpt_exam_and_retake() -> None:
    cost = RELEASE.total_cost("ACE-CPT", study_materials=False)
    assert (cost.total, cost.currency) == (Decimal("499"), Currency.USD)
    twice = RELEASE.total_cost("ACE-CPT", study_materials=False, attempts=2)
    assert twice.total == Decimal("748")  # 499 + a $249 retake


def test_ncsf_cpt_exam_and_retake() -> None:
    cost = RELEASE.total_cost("NCSF-CPT", study_materials=False, attempts=2)
    exam, retake = (item for item in cost.items if item.credential == "NCSF-CPT")
    assert (exam.pays_for, exam.amount) == (PriceItem.EXAM, Decimal("349"))
    assert (retake.pays_for, retake.amount) == (PriceItem.RETAKE, Decimal("99"))


def test_nfpt_cpt_renews_every_year_for_85_dollars() -> None:
    credential = RELEASE.get("NFPT-CPT")
    assert credential.recertification is not None
    assert credential.recertification.cycle_years == 1
    fees = [p for p in credential.prices if p.pays_for is PriceItem.RECERTIFICATION]
    assert [(p.amount, p.currency) for p in fees if p.applies(on=date(2026, 11, 30))] == [
        (Decimal("85"), Currency.USD)
    ]
    five = RELEASE.cost_of_ownership("NFPT-CPT", years=5)
    renewals = [i for i in five.items if i.pays_for is PriceItem.RECERTIFICATION]
    assert [i.amount for i in renewals] == [Decimal("85")] * 4 or [i.amount for i in renewals] == [
        Decimal("85")
    ] * 5


def test_acsm_cpt_renewal_late_fee_and_grace_period() -> None:
    credential = RELEASE.get("ACSM-CPT")
    renewal = credential.recertification
    assert renewal is not None and renewal.continuing_education is not None
    assert renewal.cycle_years == 3
    assert renewal.continuing_education.amount == Decimal("45")
    assert renewal.continuing_education.unit.upper().startswith("CEC")
    assert renewal.grace_months == 6
    today = date(2026, 11, 30)
    current = {
        p.pays_for: p.amount
        for p in credential.prices
        if p.applies(on=today) and p.currency is Currency.USD
    }
    assert current[PriceItem.RECERTIFICATION] == Decimal("60")
    assert current[PriceItem.LATE_FEE] == Decimal("80")


def test_uksca_ascc_assessment_and_reassessment_in_pounds() -> None:
    prices = RELEASE.get("UKSCA-ASCC").prices
    assessment = [p for p in prices if p.pays_for is PriceItem.EXAM]
    retake = [p for p in prices if p.pays_for is PriceItem.RETAKE]
    assert [(p.amount, p.currency) for p in assessment] == [(Decimal("300"), Currency.GBP)]
    assert [(p.amount, p.currency) for p in retake] == [(Decimal("75"), Currency.GBP)]
    assert "£300" in fitcerts.compare("UKSCA-ASCC", "CSCS").to_markdown()


def test_nccpt_cpt_exam_format() -> None:
    exam = RELEASE.get("NCCPT-CPT").exam
    assert exam.questions == 140
    assert exam.question_format is fitcerts.QuestionFormat.MULTIPLE_CHOICE
    assert exam.duration is not None and exam.duration.total_seconds() == 2 * 3600


def test_cscs_in_japan_costs_yen_from_a_2016_page() -> None:
    credential = RELEASE.get("CSCS")
    japanese = [
        p
        for p in credential.prices
        if p.pays_for is PriceItem.EXAM and p.jurisdiction == "JP" and p.amount == 49300
    ]
    assert japanese, "the NSCA Japan exam fee"
    price = japanese[0]
    assert (price.currency, price.language) == (Currency.JPY, "ja")
    assert any(
        source.year == 2016 or (source.as_of and source.as_of.year == 2016)
        for source in price.sources
    )
    assert str(price) == "¥49,300"
    # asked for Japan, the Japanese fee; asked for nowhere in particular, the dollar fees
    in_japan = RELEASE.total_cost("CSCS", study_materials=False, jurisdiction="JP")
    assert in_japan.currency is Currency.JPY
    anywhere = RELEASE.total_cost("CSCS", study_materials=False)
    assert (anywhere.total, anywhere.currency) == (Decimal("475"), Currency.USD)


def test_cscs_renewal_fees_end_with_their_2018_2020_cycle() -> None:
    # From mid-2015 the first renewal falls in 2018, within the dated fees; the later ones fall
    # after them, where no source gives the fee: the 2018-2020 fee is counted, marked as no
    # longer in force. Every renewal and every year of dues is a line.
    start = date(2015, 6, 1)
    for member, fee in ((False, Decimal("90")), (True, Decimal("65"))):
        owned = RELEASE.cost_of_ownership("CSCS", years=9, member=member, start=start)
        renewals = [i for i in owned.items if i.pays_for is PriceItem.RECERTIFICATION]
        assert [(i.year, i.amount, i.current) for i in renewals] == [
            (3, fee, True),
            (6, fee, False),
            (9, fee, False),
        ]
        assert not owned.is_current
        assert all(i.period == "from 2018-01-01, until 2020-12-31" for i in renewals)
        dues = [i.year for i in owned.items if i.pays_for is PriceItem.MEMBERSHIP]
        assert dues == (list(range(1, 10)) if member else [])


def test_acsm_ep_caahep_rule_is_upcoming_then_applies() -> None:
    graduate = Profile(age=24, education="bachelor", cpr_aed=True, program_accreditations=())
    before = RELEASE.eligibility(graduate, "ACSM-EP", on=date(2027, 1, 1))
    assert before.status is not EligibilityStatus.NOT_ELIGIBLE
    assert any("CAAHEP" in check.reason for check in before.upcoming)
    after = RELEASE.eligibility(graduate, "ACSM-EP", on=date(2027, 9, 1))
    assert after.status is EligibilityStatus.NOT_ELIGIBLE
    assert any("CAAHEP" in check.reason for check in after.unmet)
    accredited = Profile(
        age=24, education="bachelor", cpr_aed=True, program_accreditations=("CAAHEP",)
    )
    later = RELEASE.eligibility(accredited, "ACSM-EP", on=date(2027, 9, 1))
    assert not any("CAAHEP" in check.reason for check in later.unmet)


def test_cscs_degree_rule_of_2030_binds_us_candidates_only() -> None:
    rules = [r for r in RELEASE.get("CSCS").requirements if r.jurisdiction == "US"]
    assert rules and all(r.effective_from and r.effective_from.year == 2030 for r in rules)
    day = date(2030, 6, 1)

    def graduate(country: str | None) -> Profile:
        return Profile(
            age=23, education="bachelor", cpr_aed=True, program_accreditations=(), country=country
        )

    american = RELEASE.eligibility(graduate("US"), "CSCS", on=day)
    assert american.status is EligibilityStatus.NOT_ELIGIBLE
    assert any("for candidates in US" in check.reason for check in american.unmet)
    british = RELEASE.eligibility(graduate("GB"), "CSCS", on=day)
    assert british.status is EligibilityStatus.ELIGIBLE
    unplaced = RELEASE.eligibility(graduate(None), "CSCS", on=day)
    assert unplaced.status is EligibilityStatus.UNKNOWN
    today = RELEASE.eligibility(graduate("US"), "CSCS", on=date(2026, 11, 30))
    assert today.status is EligibilityStatus.ELIGIBLE
    assert today.upcoming


def test_nsca_student_membership_is_an_approximate_dated_figure() -> None:
    nsca = RELEASE.organization("NSCA")
    fees = [p for p in nsca.membership_fees if p.amount == 65]
    assert fees and all(p.bound is PriceBound.APPROXIMATE for p in fees)
    assert all(p.valid_until is not None for p in fees)


def test_canfitpro_fees_add_tax_in_canadian_dollars() -> None:
    prices = [p for p in RELEASE.get("CANFITPRO-PTS").prices if p.amount is not None]
    assert prices and all(p.currency is Currency.CAD for p in prices)
    assert any(p.tax is TaxTreatment.ADDED for p in prices)


def test_pass_rates_say_whom_they_count_where_the_source_does() -> None:
    populations = {rate.population for c in RELEASE.credentials() for rate in c.exam.pass_rates}
    assert fitcerts.PassRatePopulation.FIRST_TIME in populations or (
        fitcerts.PassRatePopulation.ALL in populations
    )


def test_thin_figures_are_tagged_by_their_source_kind() -> None:
    kinds = {source.kind for source in RELEASE.sources()}
    assert {SourceKind.OFFICIAL, SourceKind.THIRD_PARTY} <= kinds
    for credential in RELEASE.credentials():
        for price in credential.prices:
            if price.amount is not None:
                assert any(s.kind is not SourceKind.THIRD_PARTY_LOW for s in price.sources), (
                    credential.id
                )


@pytest.mark.parametrize("setting", ["clinical-exercise", "group-fitness", "health-coaching"])
def test_recommend_ranks_within_the_new_settings(setting: str) -> None:
    ranked = RELEASE.recommend(Profile(age=30, education="master", cpr_aed=True), setting)
    assert ranked, setting


def test_the_changelog_outlines_every_change_of_2026_3() -> None:
    text = (Path(__file__).parent.parent / "CHANGELOG.md").read_text(encoding="utf-8")
    start = text.index("### Data: release 2026.3\n")
    section = text[start : text.index("\n### ", start + 1)]
    difference = fitcerts.diff("2026.2", "2026.3")
    # diff() reported changes of a source's own fields only from 2026.6 on (see its notes), so
    # this release's notes outline the credentials and organizations.
    lines = difference.outline().splitlines(keepends=True)
    assert "".join(line for line in lines if not line.startswith("- Source ")) in section
    for key in difference.credentials_added:
        assert key in section
