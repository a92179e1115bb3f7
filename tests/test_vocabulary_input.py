"""One parser for the vocabularies people type: every entry point accepts the same spellings
and refuses the same ones with the same message."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

import fitcerts
from fitcerts import CareerSetting, CredentialKind, Education, Profile, UnknownValueError
from fitcerts.vocabulary import parse_enum

PROFILE = Profile(age=30, education="master", cpr_aed=True)


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "fitcerts", *args], capture_output=True, text=True, check=False
    )


@pytest.mark.parametrize(
    ("typed", "setting"),
    [
        ("collegiate", CareerSetting.COLLEGIATE_ATHLETICS),
        ("Collegiate Athletics", CareerSetting.COLLEGIATE_ATHLETICS),
        ("collegiate_athletics", CareerSetting.COLLEGIATE_ATHLETICS),
        ("COLLEGE", CareerSetting.COLLEGIATE_ATHLETICS),
        ("clinical", CareerSetting.CLINICAL_EXERCISE),
        ("group", CareerSetting.GROUP_FITNESS),
        ("weightl", CareerSetting.WEIGHTLIFTING),
    ],
)
def test_every_entry_point_reads_a_setting_the_same_way(typed: str, setting: CareerSetting) -> None:
    assert CareerSetting.parse(typed) is setting
    by_filter = {c.id for c in fitcerts.credentials(setting=typed)}
    assert by_filter == {c.id for c in fitcerts.credentials() if setting in c.settings}
    ranked = fitcerts.recommend(PROFILE, typed)
    assert all(
        setting in r.credential.settings or setting in r.credential.preferred_for for r in ranked
    )
    listed = _cli("list", "--setting", typed, "--format", "json")
    assert listed.returncode == 0, listed.stderr
    assert '"id"' in listed.stdout or by_filter == set()


@pytest.mark.parametrize("typed", ["we", "kinder", "", "  "])
def test_every_entry_point_refuses_the_same_setting_with_the_same_message(typed: str) -> None:
    with pytest.raises(UnknownValueError) as parsed:
        CareerSetting.parse(typed)
    with pytest.raises(UnknownValueError) as filtered:
        fitcerts.credentials(setting=typed)
    with pytest.raises(UnknownValueError) as recommended:
        fitcerts.recommend(PROFILE, typed)
    assert str(parsed.value) == str(filtered.value) == str(recommended.value)
    listed = _cli("list", "--setting", typed)
    assert listed.returncode == 2
    assert str(parsed.value) in listed.stderr


def test_an_ambiguous_start_names_the_candidates() -> None:
    with pytest.raises(UnknownValueError) as caught:
        CareerSetting.parse("we")
    assert set(caught.value.allowed) == {"weight-loss", "wellness", "weightlifting"}


@pytest.mark.parametrize(
    ("typed", "level"),
    [
        ("High School", Education.HIGH_SCHOOL),
        ("GED", Education.HIGH_SCHOOL),
        ("bachelor's", Education.BACHELOR),
        ("Bachelor\u2019s", Education.BACHELOR),
        ("masters", Education.MASTER),
        ("PhD", Education.DOCTORATE),
        ("doc", Education.DOCTORATE),
    ],
)
def test_education_reads_the_same_in_a_profile_and_on_the_command_line(
    typed: str, level: Education
) -> None:
    assert Profile(education=typed).education is level
    assert Profile.from_dict({"education": typed}).education is level
    result = _cli("eligible", "NSCA-CPT", "--education", typed, "--format", "json")
    assert result.returncode == 0, result.stderr


def test_a_bad_education_is_refused_alike() -> None:
    with pytest.raises(UnknownValueError) as parsed:
        Education.parse("kindergarten")
    with pytest.raises(fitcerts.ProfileError) as profile:
        Profile(education="kindergarten")
    assert str(parsed.value) in str(profile.value)
    result = _cli("eligible", "--education", "kindergarten")
    assert result.returncode == 2 and "kindergarten" in result.stderr


@pytest.mark.parametrize("typed", ["accreditation", "Specialisation", "cert"])
def test_kinds_read_the_same_everywhere(typed: str) -> None:
    kind = parse_enum(CredentialKind, typed, "credential kind")
    assert {c.id for c in fitcerts.credentials(kind=typed)} == {
        c.id for c in fitcerts.credentials() if c.kind is kind
    }
    assert _cli("list", "--kind", typed).returncode == 0


@given(st.sampled_from([*CareerSetting, *Education, *CredentialKind]), st.data())
def test_any_member_reads_back_from_its_value_in_any_case(
    member: object, data: st.DataObject
) -> None:
    assert isinstance(member, fitcerts.Vocabulary)
    text = str(member.value)
    typed = data.draw(st.sampled_from([text, text.upper(), text.replace("-", " "), f" {text} "]))
    assert parse_enum(type(member), typed, "value") is member
