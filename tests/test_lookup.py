"""Lookup by id, alias and name; the one "not found" contract; filters."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import fitcerts
from fitcerts import (
    AmbiguousCredentialError,
    CareerSetting,
    CredentialKind,
    UnknownCredentialError,
    UnknownOrganizationError,
)

# These tests pin release 2026.1: it must answer exactly as the primary article states.
ARTICLE = fitcerts.load("2026.1")


ALL = ARTICLE.credentials()


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("CSCS", "CSCS"),
        ("cscs", "CSCS"),
        ("nasm pes", "NASM-PES"),
        ("NASM_PES", "NASM-PES"),
        ("n.a.s.m.-p.e.s.", "NASM-PES"),
        ("PES", "NASM-PES"),
        ("Certified Strength and Conditioning Specialist", "CSCS"),
        ("certified strength and conditioning specialist", "CSCS"),
        ("nsca-cscs", "CSCS"),
        ("NSCA CSCS", "CSCS"),
        ("tsacf", "TSAC-F"),
        ("Performance Enhancement Specialist", "NASM-PES"),
        ("SCCC", "CSCCA-SCCC"),
    ],
)
def test_get_accepts_ids_aliases_and_names_in_any_form(key: str, expected: str) -> None:
    assert ARTICLE.get(key).id == expected


@pytest.mark.parametrize("credential", ALL, ids=lambda c: c.id)
def test_every_id_alias_and_name_round_trips(credential: fitcerts.Credential) -> None:
    for key in (credential.id, credential.name, *credential.aliases):
        assert ARTICLE.get(key) is credential
        assert ARTICLE.get(key.lower()) is credential
        assert ARTICLE.get(key.upper().replace("-", " ")) is credential


def test_a_miss_suggests_close_matches() -> None:
    with pytest.raises(UnknownCredentialError) as caught:
        ARTICLE.get("CSCSS")
    assert caught.value.suggestions[0] == "CSCS"
    assert "Did you mean: CSCS" in str(caught.value)
    assert caught.value.key == "CSCSS"
    assert isinstance(caught.value, LookupError)


def test_a_miss_with_nothing_close_suggests_nothing() -> None:
    with pytest.raises(UnknownCredentialError) as caught:
        ARTICLE.get("zzzzzzzzzzzz")
    assert caught.value.suggestions == ()
    assert str(caught.value) == "Unknown credential 'zzzzzzzzzzzz'."


def test_an_ambiguous_key_lists_the_candidates() -> None:
    with pytest.raises(AmbiguousCredentialError) as caught:
        ARTICLE.get("CPT")
    assert caught.value.candidates == ("NASM-CPT", "NSCA-CPT")
    assert isinstance(caught.value, LookupError)
    assert "NASM-CPT, NSCA-CPT" in str(caught.value)


def test_an_ambiguous_key_is_an_error_even_with_a_default() -> None:
    with pytest.raises(AmbiguousCredentialError):
        ARTICLE.get("cpt", None)


def test_default_is_returned_on_a_miss_only() -> None:
    sentinel = object()
    assert ARTICLE.get("no such thing", sentinel) is sentinel
    assert ARTICLE.get("no such thing", None) is None
    assert ARTICLE.get("CSCS", None) is ARTICLE.get("CSCS")


@pytest.mark.parametrize("key", [None, 3, b"CSCS", ["CSCS"]])
def test_a_non_string_key_is_a_type_error(key: object) -> None:
    with pytest.raises(TypeError, match="must be a string"):
        ARTICLE.get(key)  # type: ignore[call-overload]


@given(st.text())
def test_get_on_any_text_returns_a_credential_or_raises_a_lookup_error(key: str) -> None:
    try:
        credential = ARTICLE.get(key)
    except (UnknownCredentialError, AmbiguousCredentialError) as error:
        message = str(error)
    else:
        message = ""
        assert credential in ALL
    assert message.startswith(("Unknown credential", "Credential key")) or not message


def test_credentials_are_sorted_by_id_and_complete() -> None:
    ids = [c.id for c in ALL]
    assert ids == sorted(ids)
    assert len(ids) == 16


def test_filter_by_organization_accepts_ids_names_and_records() -> None:
    nsca = ARTICLE.organization("NSCA")
    by_id = ARTICLE.credentials(organization="nsca")
    assert [c.id for c in by_id] == ["CPSS", "CSCS", "CSPS", "NSCA-CPT", "TSAC-F"]
    assert ARTICLE.credentials(organization=nsca) == by_id
    assert (
        ARTICLE.credentials(organization="National Strength and Conditioning Association") == by_id
    )


def test_filter_by_kind_and_setting() -> None:
    specializations = ARTICLE.credentials(kind=CredentialKind.SPECIALIZATION)
    assert [c.id for c in specializations] == ["NASM-CES", "NASM-PBC", "NASM-PES", "NASM-WLS"]
    assert ARTICLE.credentials(kind="Specialization") == specializations
    collegiate = ARTICLE.credentials(setting="collegiate athletics")
    assert [c.id for c in collegiate] == ["CSCCA-SCCC", "CSCS", "NCSF-CSC"]
    assert ARTICLE.credentials(setting=CareerSetting.TACTICAL, organization="NSCA") == (
        ARTICLE.get("CSCS"),
        ARTICLE.get("TSAC-F"),
    )


def test_unknown_filter_values_are_errors_not_empty_results() -> None:
    with pytest.raises(UnknownOrganizationError, match="Did you mean: NASM"):
        ARTICLE.credentials(organization="NASN")
    with pytest.raises(ValueError, match="allowed: certification, specialization"):
        ARTICLE.credentials(kind="diploma")
    with pytest.raises(ValueError, match="unknown career setting 'underwater'"):
        ARTICLE.credentials(setting="underwater")
    with pytest.raises(TypeError):
        ARTICLE.credentials(kind=3)  # type: ignore[arg-type]


def test_organizations() -> None:
    assert [o.id for o in ARTICLE.organizations()] == ["CSCCa", "ISSA", "NASM", "NCSF", "NSCA"]
    assert ARTICLE.organization("cscca").id == "CSCCa"
    assert ARTICLE.organization("National Academy of Sports Medicine").id == "NASM"
    with pytest.raises(UnknownOrganizationError) as caught:
        ARTICLE.organization("NSCAA")
    assert caught.value.suggestions[0] == "NSCA"
    with pytest.raises(TypeError):
        ARTICLE.organization(None)  # type: ignore[arg-type]


def test_every_credential_belongs_to_a_catalog_organization() -> None:
    organizations = set(ARTICLE.organizations())
    assert all(c.organization in organizations for c in ALL)
    assert all(ARTICLE.organization(c.organization.id) is c.organization for c in ALL)
