"""Profiles, eligibility and the rule that unknown is never eligible."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import fitcerts
from fitcerts import Education, EligibilityStatus, Profile, ProfileError

ELIGIBLE, UNKNOWN, NOT_ELIGIBLE = (
    EligibilityStatus.ELIGIBLE,
    EligibilityStatus.UNKNOWN,
    EligibilityStatus.NOT_ELIGIBLE,
)

# These tests pin release 2026.1: it must answer exactly as the primary article states.
ARTICLE = fitcerts.load("2026.1")


GRADUATE = Profile(age=22, education="bachelor", cpr_aed=True)


def status(profile: Profile, key: str) -> EligibilityStatus:
    return ARTICLE.eligibility(profile, key).status


def test_a_graduate_with_cpr_aed_is_eligible_for_four() -> None:
    assert [c.id for c in ARTICLE.eligible(GRADUATE)] == [
        "CSCS",
        "NASM-CPT",
        "NASM-PES",
        "NSCA-CPT",
    ]


def test_a_seventeen_year_old_is_not_eligible_for_either_cpt() -> None:
    young = Profile(age=17, cpr_aed=True)
    for key in ("NSCA-CPT", "NASM-CPT"):
        report = ARTICLE.eligibility(young, key)
        assert report.status is NOT_ELIGIBLE
        assert [c.reason for c in report.unmet] == [
            "required: at least 18 years old: not met (age 17)"
        ]


def test_unknown_cpr_aed_depends_on_what_else_is_known() -> None:
    assert status(Profile(age=22, education="bachelor"), "CSCS") is UNKNOWN
    report = ARTICLE.eligibility(Profile(education="high school"), "CSCS")
    assert report.status is NOT_ELIGIBLE
    assert len(report.unmet) == 1 and len(report.undecided) == 1
    assert "education: high-school" in report.unmet[0].reason


def test_a_masters_or_doctorate_meets_a_bachelors_requirement() -> None:
    for level in ("master", "doctorate"):
        assert status(Profile(education=level, cpr_aed=True), "CSCS") is ELIGIBLE
    assert status(Profile(education="associate", cpr_aed=True), "CSCS") is NOT_ELIGIBLE


def test_no_mandatory_prerequisites_means_eligible_with_recommendations_listed() -> None:
    nobody = Profile()
    report = ARTICLE.eligibility(nobody, "NASM-PES")
    assert report.status is ELIGIBLE
    assert report.recommended_unmet == ()
    assert len(report.recommended_undecided) == 1
    trainer = Profile(credentials=["nasm cpt"], education="high-school")
    assert ARTICLE.eligibility(trainer, "NASM-PES").recommended_undecided == ()
    school_leaver = Profile(credentials=[], education="high-school")
    unmet = ARTICLE.eligibility(school_leaver, "NASM-PES").recommended_unmet
    assert len(unmet) == 1 and unmet[0].met is False
    assert ARTICLE.eligibility(school_leaver, "NASM-PES").status is ELIGIBLE


def test_requirements_the_data_does_not_know_give_unknown_never_eligible() -> None:
    report = ARTICLE.eligibility(GRADUATE, "CPSS")
    assert report.status is UNKNOWN
    assert report.undecided[0].reason == "what CPSS requires is not reported"
    assert report.undecided[0].sources


def test_every_check_cites_sources() -> None:
    for report in ARTICLE.eligibility_table(Profile(age=30)):
        for check in (*report.met, *report.unmet, *report.undecided, *report.recommended_undecided):
            assert check.sources, (report.credential.id, check.reason)


def test_eligibility_table_covers_every_credential_in_id_order() -> None:
    table = ARTICLE.eligibility_table(GRADUATE)
    assert [r.credential.id for r in table] == [c.id for c in ARTICLE.credentials()]
    assert {r.credential.id for r in table if r.status is ELIGIBLE} == {
        c.id for c in ARTICLE.eligible(GRADUATE)
    }


def test_reports_render_and_serialize() -> None:
    report = ARTICLE.eligibility(Profile(age=17), "NSCA-CPT")
    assert str(report).startswith("NSCA-CPT: not-eligible (required: at least 18 years old")
    assert repr(report) == "<EligibilityReport NSCA-CPT: not-eligible>"
    data = report.to_dict()
    assert data["status"] == "not-eligible" and data["unmet"][0]["met"] is False


# --- profiles -------------------------------------------------------------------------------


def test_profiles_normalize_what_they_are_given() -> None:
    profile = Profile(
        age=30,
        education="High School",
        cpr_aed=False,
        credentials=["nasm pes", "CSCS"],
        memberships=["nsca"],
    )
    assert profile.education is Education.HIGH_SCHOOL
    # Keys stay as given: the release that judges the profile resolves them.
    assert profile.credentials == frozenset({"nasm pes", "CSCS"})
    assert profile.memberships == frozenset({"nsca"})
    assert Profile().credentials is None and Profile().age is None


def test_building_a_profile_loads_no_release() -> None:
    import subprocess
    import sys

    code = (
        "import sys, fitcerts; fitcerts.Profile(age=30, credentials=['no such thing']);"
        "print(sorted(m for m in sys.modules if m.startswith('fitcerts._compiled') or "
        "m in ('fitcerts.release', 'fitcerts.loading', 'cattrs')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_profile_is_judged_by_the_release_that_pins_it() -> None:
    older, newer = fitcerts.load("2026.1"), fitcerts.load("2026.2")
    profile = Profile(age=30, credentials=["Specialist in Strength and Conditioning"])
    # Only 2026.2 knows this alias of ISSA-SCC; 2026.1 must refuse it, not borrow it.
    report = newer.eligibility(profile, "CSCS")
    assert report.status is not None
    assert newer.recommend(profile, "collegiate")
    with pytest.raises(fitcerts.UnknownCredentialError, match="Specialist in Strength"):
        older.eligibility(profile, "CSCS")
    with pytest.raises(fitcerts.UnknownCredentialError):
        older.eligibility_table(profile)


@pytest.mark.parametrize(
    ("field", "value", "error", "message"),
    [
        ("credentials", ["CSCSS"], fitcerts.UnknownCredentialError, "'CSCSS'. Did you mean: CSCS"),
        ("credentials", ["CPT"], fitcerts.AmbiguousCredentialError, "is ambiguous"),
        ("memberships", ["NSCAA"], fitcerts.UnknownOrganizationError, "'NSCAA'"),
    ],
)
def test_keys_a_release_does_not_know_are_errors_there(
    field: str, value: object, error: type[Exception], message: str
) -> None:
    profile = Profile(**{field: value})  # type: ignore[arg-type]
    with pytest.raises(error, match=message):
        fitcerts.eligibility_table(profile)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("age", -1, "age must be between 1 and 120"),
        ("age", 300, "age must be between 1 and 120"),
        ("age", True, "age must be a whole number"),
        ("age", "22", "age must be a whole number"),
        ("age", 22.5, "age must be a whole number"),
        (
            "education",
            "kindergarten",
            "allowed: none, high-school, associate, bachelor, master, doctorate",
        ),
        ("education", 3, "education must be an Education, a string or None"),
        ("cpr_aed", "yes", "cpr_aed must be True, False or None"),
        ("credentials", "CSCS", "credentials must be a list of ids"),
        ("credentials", [3], "credentials: 3 is not an id"),
        ("credentials", ["x" * 1000], "longer than any id"),
    ],
)
def test_bad_profile_values_name_the_field_and_what_is_allowed(
    field: str, value: object, message: str
) -> None:
    with pytest.raises(ProfileError, match=message) as caught:
        Profile(**{field: value})  # type: ignore[arg-type]
    assert isinstance(caught.value, ValueError)


def test_from_dict_reports_every_bad_field_at_once() -> None:
    with pytest.raises(ProfileError) as caught:
        Profile.from_dict(
            {
                "age": "22",
                "education": "kindergarten",
                "cpr_aed": "yes",
                "height": 180,
                "credentials": ["", "nasm-cpt"],
            }
        )
    problems = caught.value.problems
    assert len(problems) == 5
    assert problems[0].startswith("unknown field 'height'; fields: age, education")
    assert {p.split()[0].rstrip(":") for p in problems[1:]} == {
        "age",
        "education",
        "cpr_aed",
        "credentials",
    }


def test_from_dict_round_trips_to_dict() -> None:
    data = {
        "age": 22,
        "education": "bachelor",
        "college_senior": None,
        "cpr_aed": True,
        "first_aid": False,
        "internship_hours": 640,
        "experience_hours": None,
        "experience_years": 3,
        "student": False,
        "program_accreditations": ["CAAHEP"],
        "country": "US",
        "credentials": ["NASM-CPT"],
        "memberships": None,
    }
    profile = Profile.from_dict(data)
    assert profile.to_dict() == data
    assert Profile.from_dict(profile.to_dict()) == profile
    with pytest.raises(ProfileError, match="must be a mapping"):
        Profile.from_dict([("age", 3)])  # type: ignore[arg-type]


def test_eligibility_needs_a_profile() -> None:
    with pytest.raises(TypeError, match="expected a Profile"):
        ARTICLE.eligibility({"age": 22}, "CSCS")  # type: ignore[arg-type]


# --- properties ----------------------------------------------------------------------------

RELEASES = [fitcerts.load(version) for version in fitcerts.data_versions()]
ages = st.none() | st.integers(min_value=1, max_value=120)
levels = st.none() | st.sampled_from(Education)
flags = st.none() | st.booleans()
countries = st.none() | st.sampled_from(["US", "GB", "JP", "CA", "AU"])


@st.composite
def judged(draw: st.DrawFn) -> tuple[fitcerts.Release, Profile]:
    """A release and a profile whose credentials that release knows."""
    release = draw(st.sampled_from(RELEASES))
    ids = [c.id for c in release.credentials()]
    held = draw(st.none() | st.sets(st.sampled_from(ids), max_size=3))
    profile = Profile(
        age=draw(ages),
        education=draw(levels),
        cpr_aed=draw(flags),
        credentials=held,
        country=draw(countries),
    )
    return release, profile


@given(judged(), st.data())
def test_more_education_or_age_never_turns_eligible_into_not_eligible(
    pick: tuple[fitcerts.Release, Profile], data: st.DataObject
) -> None:
    import attrs

    release, profile = pick
    older: dict[str, Any] = {}
    if profile.age is not None:
        older["age"] = data.draw(st.integers(min_value=profile.age, max_value=120))
    if profile.education is not None:
        older["education"] = data.draw(
            st.sampled_from([e for e in Education if e >= profile.education])
        )
    raised = attrs.evolve(profile, **older)
    before_table = release.eligibility_table(profile)
    for before, after in zip(before_table, release.eligibility_table(raised), strict=True):
        if before.status is ELIGIBLE:
            assert after.status is ELIGIBLE


@given(judged())
def test_unknown_is_never_eligible_and_a_failure_always_decides(
    pick: tuple[fitcerts.Release, Profile],
) -> None:
    release, profile = pick
    for report in release.eligibility_table(profile):
        if report.unmet:
            assert report.status is NOT_ELIGIBLE
        elif report.undecided:
            assert report.status is UNKNOWN
        else:
            assert report.status is ELIGIBLE and report.credential.requirements_known
        assert not (report.status is ELIGIBLE and report.undecided)
