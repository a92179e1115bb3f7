"""Release 2026.2: the official and third-party facts, the precedence rules between sources,
and what the decision APIs make of them."""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest

import fitcerts
from fitcerts import (
    Credential,
    EligibilityStatus,
    ExamDelivery,
    Organization,
    PriceBound,
    PriceItem,
    Profile,
    ScoreScale,
    SourceKind,
)
from fitcerts.changes import leaves
from fitcerts.costs import cost_of as total_cost

NEW = fitcerts.load("2026.2")
OLD = fitcerts.load("2026.1")
ROOT = Path(__file__).parent.parent


def test_it_keeps_every_record_of_2026_1() -> None:
    assert [c.id for c in NEW.credentials()] == [c.id for c in OLD.credentials()]
    assert [o.id for o in NEW.organizations()] == [o.id for o in OLD.organizations()]
    assert {s.id for s in OLD.sources()} < {s.id for s in NEW.sources()}


# --- precedence between sources -----------------------------------------------------------------


RECORDS = [*NEW.credentials(), *NEW.organizations()]


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: r.id)
def test_no_value_rests_only_on_a_low_quality_page(record: Credential | Organization) -> None:
    for path, _ in leaves(record):
        if path.startswith("disagreements"):
            continue
        kinds = {source.kind for source in record.sources_for(path)}
        assert kinds != {SourceKind.THIRD_PARTY_LOW}, f"{record.id} {path}"


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: r.id)
def test_disagreements_name_other_sources_for_existing_fields(
    record: Credential | Organization,
) -> None:
    for disagreement in record.conflicts():
        assert record.conflicts(disagreement.path)
        assert disagreement.sources and disagreement.note
        chosen = {s.id for s in record.sources_for(disagreement.path)}
        assert not chosen & {s.id for s in disagreement.sources}, disagreement


def test_official_beats_the_article_and_the_article_is_kept_as_a_disagreement() -> None:
    cscs = NEW.get("CSCS")
    score = cscs.exam.passing_score
    assert score is not None and (score.value, score.scale) == (Decimal(70), ScoreScale.SCALED)
    assert [s.id for s in cscs.sources_for("exam.passing_score")] == ["nsca-cscs-exam"]
    (article,) = cscs.conflicts("exam.passing_score")
    assert article.value == "70%" and [s.id for s in article.sources] == ["article-2025"]
    assert cscs.established == 1993
    assert [(d.value, d.sources[0].kind) for d in cscs.conflicts("established")] == [
        ("1985", SourceKind.THIRD_PARTY)
    ]


def test_pass_rates_are_one_fact_per_year_each_with_its_source() -> None:
    exam = NEW.get("CSCS").exam
    assert [(r.year, r.percent) for r in exam.pass_rates] == [
        (2016, Decimal(55)),
        (2017, Decimal(53)),
        (2021, Decimal(57)),
        (2022, Decimal(38)),
        (2023, Decimal(37)),
        (2024, Decimal(39)),
        (2025, Decimal(39)),
    ]
    assert exam.pass_rate is not None and exam.pass_rate.year == 2025
    cscs = NEW.get("CSCS")
    assert [s.id for s in cscs.sources_for("exam.pass_rates[3]")] == ["nsca-cscs-exam"]
    # The article outranks the third party that gives 2025 as about 50%; both are kept.
    assert [s.id for s in cscs.sources_for("exam.pass_rates[6]")] == ["article-2025"]
    assert [d.value for d in cscs.conflicts("exam.pass_rates[6]")] == ["50% (2025)"]
    assert [d.value for d in cscs.conflicts("exam.pass_rates")] == ["41% (2024)", "50% (2025)"]


def test_an_official_requirement_the_article_left_out_is_added_with_its_source() -> None:
    nasm_cpt = NEW.get("NASM-CPT")
    (diploma,) = [r for r in nasm_cpt.required if "high school" in r.description]
    assert [s.id for s in diploma.sources] == ["afaa-terms"]
    assert diploma.sources[0].kind is SourceKind.OFFICIAL
    assert not [r for r in OLD.get("NASM-CPT").required if "high school" in r.description]


def test_a_lower_bound_stays_a_lower_bound_against_a_third_party_list_price() -> None:
    nasm_cpt = NEW.get("NASM-CPT")
    assert (nasm_cpt.prices[0].amount, nasm_cpt.prices[0].bound) == (
        Decimal(899),
        PriceBound.LOWER_BOUND,
    )
    assert [d.value for d in nasm_cpt.conflicts("prices[0]")] == ["999"]
    assert str(NEW.total_cost("NASM-CPT", study_materials=False)) == "$899+ USD"


# --- exams, delivery, fees, accreditation, recertification --------------------------------------


@pytest.mark.parametrize(
    ("key", "questions", "scored", "unscored", "minutes", "delivery"),
    [
        ("CSCS", 220, 190, 30, 240, (ExamDelivery.TESTING_CENTRE,)),
        ("CPSS", 115, 100, 15, 165, (ExamDelivery.TESTING_CENTRE,)),
        ("NSCA-CPT", 155, 140, 15, 180, (ExamDelivery.TESTING_CENTRE,)),
        ("CSPS", 110, 100, 10, 150, (ExamDelivery.TESTING_CENTRE,)),
        ("TSAC-F", 150, 130, 20, 180, (ExamDelivery.TESTING_CENTRE,)),
        (
            "NASM-CPT",
            120,
            100,
            20,
            120,
            (ExamDelivery.REMOTE_PROCTORED, ExamDelivery.TESTING_CENTRE),
        ),
        ("NASM-CES", 120, 100, 20, 120, (ExamDelivery.REMOTE_PROCTORED,)),
    ],
)
def test_exam_formats(
    key: str,
    questions: int,
    scored: int,
    unscored: int,
    minutes: int,
    delivery: tuple[ExamDelivery, ...],
) -> None:
    exam = NEW.get(key).exam
    assert (exam.questions, exam.scored_questions, exam.unscored_questions) == (
        questions,
        scored,
        unscored,
    )
    assert scored + unscored == questions
    assert exam.duration == timedelta(minutes=minutes)
    assert exam.delivery == delivery
    assert exam.passing_score is not None and exam.passing_score.scale is ScoreScale.SCALED


def test_the_sccc_is_written_at_a_centre_and_practical_in_person() -> None:
    sccc = NEW.get("CSCCA-SCCC")
    assert sccc.exam.delivery == (ExamDelivery.TESTING_CENTRE, ExamDelivery.IN_PERSON)
    assert [d.sources[0].id for d in sccc.conflicts("exam.delivery")] == ["article-2025"]


def test_accreditations() -> None:
    accredited = {
        c.id: [(a.body, a.since) for a in c.accreditations]
        for c in NEW.credentials()
        if c.accreditations
    }
    assert accredited == {
        "CSCCA-SCCC": [("NCCA", date(2014, 2, 18))],
        "CSCS": [("NCCA", None)],
        "NASM-CPT": [("NCCA", None)],
        "NCSF-CSC": [("NCCA", None)],
        "NSCA-CPT": [("NCCA", None)],
    }
    issa = NEW.get("ISSA-SCC")
    assert [(d.value, d.sources[0].kind) for d in issa.conflicts("accreditations")] == [
        ("NCCA", SourceKind.THIRD_PARTY_LOW)
    ]


@pytest.mark.parametrize(
    ("key", "cycle", "ceus", "cpr"),
    [
        ("CSCS", 3, Decimal("6.0"), True),
        ("TSAC-F", 3, Decimal("6.0"), True),
        ("NASM-CPT", 2, Decimal("2.0"), True),
        ("NASM-CSNC", 2, Decimal("1.9"), False),
        ("ISSA-SCC", 2, Decimal(20), True),
        ("NCSF-CSC", 2, Decimal(10), True),
        ("CSCCA-SCCC", 3, Decimal(45), True),
    ],
)
def test_recertification(key: str, cycle: int, ceus: Decimal, cpr: bool) -> None:
    recertification = NEW.get(key).recertification
    assert recertification is not None
    assert (recertification.cycle_years, recertification.ceus) == (cycle, ceus)
    assert recertification.requires_cpr_aed is cpr


def test_fees_for_recertification_never_enter_the_cost_of_earning() -> None:
    assert str(NEW.total_cost("CSCS", member=True, study_materials=False)) == "$340 USD"
    assert str(NEW.total_cost("NCSF-CSC", study_materials=False)) == (
        "price not reported: NCSF-CSC exam or program"
    )
    with pytest.raises(ValueError, match="unknown tier 'one-credential'"):
        NEW.total_cost("NCSF-CSC", tier="one-credential")


def test_an_application_fee_credited_toward_the_exam_is_shown_but_not_added() -> None:
    cost = NEW.total_cost("CPSS", member=True, study_materials=False)
    assert cost.total == Decimal(340) and cost.is_complete
    application = next(i for i in cost.items if i.pays_for is PriceItem.APPLICATION)
    assert (application.amount, application.bound) == (Decimal(25), PriceBound.INCLUDED)
    assert str(cost) == "$340 USD"
    cell = NEW.compare("CPSS", "CSCS").row("exam cost").cells[0].text
    assert cell.startswith("application fee $25, included in exam")


# --- membership tiers ---------------------------------------------------------------------------


def test_membership_fees_by_tier() -> None:
    cscca = NEW.organization("CSCCa")
    assert [(p.tier, p.amount) for p in cscca.membership_fees] == [
        ("student", Decimal(55)),
        ("full-time", Decimal(110)),
    ]
    nsca = NEW.organization("NSCA")
    assert [(p.tier, p.bound) for p in nsca.membership_fees] == [
        ("student", PriceBound.EXACT),
        ("professional", PriceBound.NOT_REPORTED),
    ]


@pytest.mark.parametrize("key", ["CSCCA-SCCC", "CSCS"])
def test_cheapest_does_not_guess_which_membership_tier_applies(key: str) -> None:
    cost = NEW.total_cost(key, member="cheapest", study_materials=False)
    (decision,) = cost.decisions
    assert decision.join is None
    assert "Student" in decision.reason and "which tier applies is not known" in decision.reason
    assert cost.total == NEW.total_cost(key, member=False, study_materials=False).total


def test_cheapest_joins_when_every_tier_pays_off() -> None:
    both = [NEW.get("CSCS"), NEW.get("CPSS"), NEW.get("CSPS")]
    cscca = NEW.organization("CSCCa")
    nsca = attrs.evolve(both[0].organization, prices=cscca.prices)  # $55 and $110 tiers
    what_if = [attrs.evolve(c, organization=nsca) for c in both]
    cost = total_cost(what_if, member="cheapest", study_materials=False)
    assert cost.decisions[0].join is True
    membership = next(i for i in cost.items if i.pays_for is PriceItem.MEMBERSHIP)
    assert membership.amount == Decimal(110), "joins at the dearest tier, which surely applies"
    assert cost.total == Decimal(3 * 340 + 110)


# --- eligibility on the new requirements --------------------------------------------------------


def status(key: str, **facts: Any) -> EligibilityStatus:
    return NEW.eligibility(Profile(**facts), key).status


E, U, N = EligibilityStatus.ELIGIBLE, EligibilityStatus.UNKNOWN, EligibilityStatus.NOT_ELIGIBLE


@pytest.mark.parametrize(
    ("key", "facts", "expected"),
    [
        # CSCS: a bachelor's degree, or a college senior
        ("CSCS", {"education": "high-school", "college_senior": True, "cpr_aed": True}, E),
        ("CSCS", {"education": "high-school", "college_senior": False, "cpr_aed": True}, N),
        # NSCA-CPT now also needs a high school diploma
        ("NSCA-CPT", {"age": 30, "education": "none", "cpr_aed": True}, N),
        ("NSCA-CPT", {"age": 30, "education": "high-school", "cpr_aed": True}, E),
        # NASM-CPT: a diploma, or within 90 days of one, which only a person can judge
        ("NASM-CPT", {"age": 30, "education": "none", "cpr_aed": True}, U),
        ("NASM-CPT", {"age": 30, "education": "high-school", "cpr_aed": False}, N),
        # CPSS: three routes
        ("CPSS", {"education": "master", "experience_hours": 480, "cpr_aed": True}, E),
        (
            "CPSS",
            {
                "education": "master",
                "experience_hours": 479,
                "experience_years": 0,
                "cpr_aed": True,
            },
            N,
        ),
        ("CPSS", {"education": "doctorate", "cpr_aed": True}, U),
        # CSPS: an NSCA credential counts, the 250 hours are required
        ("CSPS", {"credentials": ["CSCS"], "experience_hours": 250, "cpr_aed": True}, E),
        ("CSPS", {"credentials": ["CSCS"], "experience_hours": 100, "cpr_aed": True}, N),
        # TSAC-F: the stored page is cut off, so never eligible outright
        ("TSAC-F", {"age": 30, "education": "bachelor", "cpr_aed": True}, U),
        ("TSAC-F", {"age": 17}, N),
        # NCSF-CSC: a CPT and a diploma, or a related associate's degree
        ("NCSF-CSC", {"age": 25, "education": "high-school", "credentials": ["NASM-CPT"]}, E),
        ("NCSF-CSC", {"age": 25, "education": "none", "credentials": []}, N),
        # CSCCA-SCCC: degree, internship, CPR/AED and first aid
        ("CSCCA-SCCC", {"education": "bachelor", "first_aid": False}, N),
        ("CSCCA-SCCC", {"education": "associate"}, N),
        (
            "CSCCA-SCCC",
            {
                "education": "bachelor",
                "internship_hours": 640,
                "cpr_aed": True,
                "first_aid": True,
            },
            U,
        ),
    ],
)
def test_eligibility_under_the_official_requirements(
    key: str, facts: dict[str, Any], expected: EligibilityStatus
) -> None:
    assert status(key, **facts) is expected


def test_the_sccc_internship_can_be_replaced_by_three_years_of_coaching() -> None:
    (route,) = [r for r in NEW.get("CSCCA-SCCC").required if "640-hour" in r.description]
    assert [c.kind.value for c in route.any_of] == ["internship-hours", "all-of"]
    report = NEW.eligibility(Profile(internship_hours=0, experience_years=5), "CSCCA-SCCC")
    assert route not in [c.requirement for c in report.unmet]


# --- compare() on the real data ------------------------------------------------------------------


def test_compare_marks_cells_whose_sources_disagree() -> None:
    table = NEW.compare("CSCS", "NASM-PES")
    score = table.row("passing score")
    assert [cell.text for cell in score.cells] == ["70 (scaled) †", "70% †"]
    assert [d.sources[0].id for d in score.cells[0].disagreements] == ["article-2025"]
    assert not table.row("study materials").cells[0].disagreements
    assert table.to_markdown().endswith("† Sources disagree; see `Credential.conflicts()`.\n")
    assert "†" not in OLD.compare("CSCS", "NASM-PES").to_markdown()


# --- the changelog tells what diff() finds -------------------------------------------------------


def _changelog_section(version: str) -> str:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    match = re.search(rf"### Data: release {re.escape(version)}\n(.*?)\n### ", text, re.S)
    assert match, f"no data section for {version} in CHANGELOG.md"
    return match.group(1)


def test_the_changelog_outlines_every_change_of_2026_2() -> None:
    section = _changelog_section("2026.2")
    outline = fitcerts.diff("2026.1", "2026.2").outline()
    assert outline in section
    for record in fitcerts.diff("2026.1", "2026.2").changed:
        assert record.id in section
