"""recommend(): ranked by eligibility, then fit, then what sources prefer; reasons cite sources."""

from __future__ import annotations

import pytest

import fitcerts
from fitcerts import CareerSetting, EligibilityStatus, Profile

# These tests pin release 2026.1: it must answer exactly as the primary article states.
ARTICLE = fitcerts.load("2026.1")


GRADUATE = Profile(age=22, education="bachelor", cpr_aed=True)


@pytest.mark.parametrize(
    "goal",
    [
        "collegiate",
        "professional sports",
        CareerSetting.COLLEGIATE_ATHLETICS,
        "Professional-Sports",
    ],
)
def test_a_graduate_aiming_at_collegiate_or_pro_sports_gets_cscs_first(goal: str) -> None:
    ranked = ARTICLE.recommend(GRADUATE, goal)
    assert ranked[0].credential.id == "CSCS"
    assert ranked[0].eligibility.status is EligibilityStatus.ELIGIBLE


def test_a_trainer_with_nasm_cpt_and_high_school_aiming_at_private_practice_gets_pes_first() -> (
    None
):

    trainer = Profile(credentials=["NASM-CPT"], education="high school")
    ranked = ARTICLE.recommend(trainer, "private practice")
    assert ranked[0].credential.id == "NASM-PES"
    assert str(ranked[0].cost) == "$699 USD"
    texts = [reason.text for reason in ranked[0].reasons]
    assert "targets private practice" in texts
    assert "sources say it is often preferred for private practice" in texts
    assert all(reason.sources for reason in ranked[0].reasons)


def test_ranking_puts_eligible_before_unknown_before_not_eligible() -> None:
    ranked = ARTICLE.recommend(Profile(age=17, education="high-school", cpr_aed=True), "collegiate")
    ranks = [r.eligibility.status for r in ranked]
    order = [EligibilityStatus.ELIGIBLE, EligibilityStatus.UNKNOWN, EligibilityStatus.NOT_ELIGIBLE]
    assert ranks == sorted(ranks, key=order.index)
    assert ranked[-1].credential.id == "CSCS"


def test_credentials_already_held_are_not_recommended() -> None:
    holder = Profile(age=30, education="master", cpr_aed=True, credentials=["CSCS"])
    assert "CSCS" not in [r.credential.id for r in ARTICLE.recommend(holder, "collegiate")]


def test_personal_training_and_member_prices() -> None:
    member = Profile(age=25, cpr_aed=True, memberships=["NSCA"])
    ranked = ARTICLE.recommend(member, "personal training")
    assert [r.credential.id for r in ranked] == ["NASM-CPT", "NSCA-CPT"]
    nsca_cpt = ranked[1]
    assert nsca_cpt.cost.items[0].audience is fitcerts.Audience.MEMBER
    assert nsca_cpt.cost.total == 300
    assert repr(nsca_cpt).startswith("<Recommendation NSCA-CPT: eligible, $300 USD")
    assert nsca_cpt.to_dict()["credential"] == "NSCA-CPT"


def test_unknown_goals_are_errors_listing_the_choices() -> None:
    with pytest.raises(
        ValueError, match="unknown career setting 'astronaut'; allowed: collegiate-athletics"
    ):
        ARTICLE.recommend(GRADUATE, "astronaut")
    with pytest.raises(ValueError, match="unknown career setting 'p'"):
        ARTICLE.recommend(GRADUATE, "p")  # ambiguous start
    with pytest.raises(TypeError):
        ARTICLE.recommend(GRADUATE, 3)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="expected a Profile"):
        ARTICLE.recommend(None, "tactical")  # type: ignore[arg-type]
