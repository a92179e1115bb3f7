"""Data-integrity tests: the bundled release is well-formed, fully sourced, and says what the
primary article says, no more and no less."""

from __future__ import annotations

import hashlib
import json
from datetime import timedelta
from decimal import Decimal
from typing import Any

import attrs
import pytest

import fitcerts
from fitcerts import (
    Audience,
    CareerSetting,
    ConditionKind,
    Credential,
    CredentialKind,
    EarningMethod,
    Education,
    PriceBound,
    PriceItem,
    RequirementLevel,
    ScoreScale,
)
from fitcerts.dataformat import DATA_FILES, release_folder
from fitcerts.validate import problems

# These tests pin release 2026.1: it must answer exactly as the primary article states.
ARTICLE = fitcerts.load("2026.1")


ARTICLE_SOURCE = "article-2025"

# Pinned: a released file never changes; a data change is a new release pinned here.
RELEASED = {
    "2026.1": {
        "sources.json": "5835b557ba993e96b473463bdd9006b7636a4df0cbfdf2dc692200890bce53e5",
        "organizations.json": "be8368fa398a0ad9513d49adb1eae4d8df485ace7b223cab9281bf31748adbbe",
        "credentials.json": "f5e1e42fb7ffd853c13dae3e3cb34c460b0fe22f8ac42d59fea26e3ed198cb43",
    },
    "2026.2": {
        "sources.json": "ec154711aa79434de5e6ad794c4b839ddb1199faf9db2b548d6b4b60bb913ea1",
        "organizations.json": "f7653a3ad13993e8598469d27d925523a803877c15eebb41eb0e05df312e1ccc",
        "credentials.json": "0f49def77702c1e4db9b27bd3d67f21b9425e5519441fa90a44244744234ffce",
    },
    "2026.3": {
        "sources.json": "eb3505cb05a6daa31f6655f8e039b35078648b7e6d6ab45ff093d2dca2dbed8c",
        "organizations.json": "4fcb4970d543f6ccc0cc6ff785d5219ca01191a49d8223d796851328166e5884",
        "credentials.json": "31cdb07684f18ac3dfed4e1fc88ca440a35a22ca8b0ffdbb6945afa420b59642",
    },
    "2026.4": {
        "sources.json": "4cc06834868ec18d0356e98301718a17d38d97c579d1263f049c9e89fd459c37",
        "organizations.json": "7dddd3e971b8e4f33ba495ec5fe66845e6a8b9f3def0fe1eb4294e95735ae061",
        "credentials.json": "242d670b5f4957ac2b124346ae7f3a06e65e131f2c6127998d5877876501653e",
    },
    "2026.5": {
        "sources.json": "bddff5fe6d8e426938d238a58ec66a101b250f51239a0c3b8c43db28d83b377e",
        "organizations.json": "7d521b36b3fb3157585d8c13037116bea6e110978a9f2580e283390df75fea74",
        "credentials.json": "13b80b03ac921bda5cbaf0ca397b732dfe8c97bcf67c0c711ee3f0c0ca109fc1",
    },
    "2026.6": {
        "sources.json": "76b89a9c7f84004b491ab751c725f5ce3701c93fc45cddb73c602278e524b90e",
        "organizations.json": "7d521b36b3fb3157585d8c13037116bea6e110978a9f2580e283390df75fea74",
        "credentials.json": "13b80b03ac921bda5cbaf0ca397b732dfe8c97bcf67c0c711ee3f0c0ca109fc1",
    },
}


def digest(version: str, name: str) -> str:
    return hashlib.sha256(release_folder(version).joinpath(name).read_bytes()).hexdigest()


def test_every_bundled_release_is_pinned_and_the_newest_is_the_default() -> None:
    assert tuple(RELEASED) == fitcerts.data_versions()
    assert fitcerts.data_versions()[-1] == fitcerts.DATA_VERSION


@pytest.mark.parametrize(
    ("version", "name"), [(v, n) for v in RELEASED for n in DATA_FILES], ids="/".join
)
def test_released_files_never_change(version: str, name: str) -> None:
    assert digest(version, name) == RELEASED[version][name]


@pytest.mark.parametrize("version", list(RELEASED))
def test_manifests_pin_the_same_digests(version: str) -> None:
    manifest = json.loads(release_folder(version).joinpath("manifest.json").read_text("utf-8"))
    assert manifest["data_version"] == version
    assert manifest["files"] == RELEASED[version]


@pytest.mark.parametrize(
    ("version", "name"), [(v, n) for v in RELEASED for n in DATA_FILES], ids="/".join
)
def test_files_are_stably_formatted(version: str, name: str) -> None:
    text = release_folder(version).joinpath(name).read_text(encoding="utf-8")
    assert text == json.dumps(json.loads(text), indent=2, ensure_ascii=False) + "\n"


@pytest.mark.parametrize("version", list(RELEASED))
def test_the_catalog_check_finds_nothing(version: str) -> None:
    assert problems(fitcerts.load(version).catalog.records) == []


@pytest.mark.parametrize(("version", "name"), [(v, n) for v in RELEASED for n in DATA_FILES])
def test_every_release_validates_against_the_json_schema(version: str, name: str) -> None:
    import jsonschema

    schema = fitcerts.json_schema()
    data = json.loads(release_folder(version).joinpath(name).read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(
        {"$ref": f"#/$defs/{name}", "$defs": schema["$defs"]}
    )
    assert list(validator.iter_errors(data)) == []


def test_record_counts_are_pinned() -> None:
    assert len(ARTICLE.credentials()) == 16
    assert len(ARTICLE.organizations()) == 5
    assert [s.id for s in ARTICLE.sources()] == [ARTICLE_SOURCE]


def test_the_sixteen_credentials_of_the_first_release() -> None:
    by_org = {
        org.id: [c.id for c in ARTICLE.credentials(organization=org)]
        for org in ARTICLE.organizations()
    }
    assert by_org == {
        "NSCA": ["CPSS", "CSCS", "CSPS", "NSCA-CPT", "TSAC-F"],
        "NASM": [
            "NASM-CES",
            "NASM-CNC",
            "NASM-CPT",
            "NASM-CSNC",
            "NASM-CWC",
            "NASM-PBC",
            "NASM-PES",
            "NASM-WLS",
        ],
        "ISSA": ["ISSA-SCC"],
        "NCSF": ["NCSF-CSC"],
        "CSCCa": ["CSCCA-SCCC"],
    }


def _leaf_paths(value: Any, prefix: str) -> list[str]:
    """Paths of every reported value in a record (None and empty mean not reported)."""
    nested_record = prefix and isinstance(value, (fitcerts.Source, fitcerts.Organization))
    if attrs.has(type(value)) and not nested_record:
        paths = []
        for field in attrs.fields(type(value)):
            if field.name in ("sources", "citations"):
                continue
            sub = f"{prefix}.{field.name}" if prefix else field.name
            paths += _leaf_paths(getattr(value, field.name), sub)
        return paths
    if isinstance(value, tuple):
        return [p for i, item in enumerate(value) for p in _leaf_paths(item, f"{prefix}[{i}]")]
    return [] if value is None else [prefix]


@pytest.mark.parametrize(
    "record", [*ARTICLE.credentials(), *ARTICLE.organizations()], ids=lambda r: r.id
)
def test_every_value_has_a_source(record: Credential | fitcerts.Organization) -> None:
    paths = _leaf_paths(record, "")
    assert "id" in paths
    for path in paths:
        sources = record.sources_for(path)
        assert sources, path
        assert all(isinstance(s, fitcerts.Source) for s in sources)
    assert record.all_sources()


def test_first_release_facts_come_only_from_the_article() -> None:
    for credential in ARTICLE.credentials():
        assert [s.id for s in credential.all_sources()] == [ARTICLE_SOURCE]
    source = ARTICLE.sources()[0]
    assert source.title == "Choosing between NSCA and NASM certifications"
    assert source.kind is fitcerts.SourceKind.ARTICLE
    assert (source.as_of, source.year, source.dated) == (None, 2025, "2025")


def test_organization_profiles() -> None:
    nsca, nasm = ARTICLE.organization("NSCA"), ARTICLE.organization("NASM")
    assert (nsca.founded, nsca.type) == (1978, fitcerts.OrganizationType.NONPROFIT)
    assert (nasm.founded, nasm.name) == (1987, "National Academy of Sports Medicine")
    for other in ("ISSA", "NCSF", "CSCCa"):
        assert ARTICLE.organization(other).founded is None  # the article does not say


def _prices(credential: Credential) -> list[tuple[Any, ...]]:
    return [(p.pays_for, p.audience, p.tier, p.bound, p.amount) for p in credential.prices]


def test_cscs_row_by_row() -> None:
    cscs = ARTICLE.get("CSCS")
    assert cscs.kind is CredentialKind.CERTIFICATION
    assert _prices(cscs) == [
        (PriceItem.EXAM, Audience.MEMBER, None, PriceBound.EXACT, Decimal("340")),
        (PriceItem.EXAM, Audience.NON_MEMBER, None, PriceBound.EXACT, Decimal("475")),
        (PriceItem.STUDY_MATERIALS, Audience.ANYONE, None, PriceBound.LOWER_BOUND, Decimal("268")),
    ]
    assert cscs.prices[2].note == "Essential collection"
    assert str(cscs.prices[2]) == "$268+"
    exam = cscs.exam
    assert (exam.questions, exam.duration) == (220, timedelta(hours=4))
    assert exam.question_format is fitcerts.QuestionFormat.MULTIPLE_CHOICE
    assert exam.passing_score == fitcerts.PassingScore(value=Decimal(70), scale=ScoreScale.PERCENT)
    assert exam.pass_rate == fitcerts.PassRate(percent=Decimal(39), year=2025)
    assert len(exam.topics) == 7 and "Sport psychology" in exam.topics
    assert [r.level for r in cscs.requirements] == [RequirementLevel.REQUIRED] * 2
    assert [c.kind for r in cscs.requirements for c in r.any_of] == [
        ConditionKind.EDUCATION,
        ConditionKind.CPR_AED,
    ]
    assert cscs.requirements[0].any_of[0].education is Education.BACHELOR
    assert cscs.requirements_known
    assert set(cscs.settings) >= {
        CareerSetting.COLLEGIATE_ATHLETICS,
        CareerSetting.PROFESSIONAL_SPORTS,
        CareerSetting.TACTICAL,
        CareerSetting.PERFORMANCE_GYMS,
    }


def test_nasm_pes_row_by_row() -> None:
    pes = ARTICLE.get("NASM-PES")
    assert pes.kind is CredentialKind.SPECIALIZATION
    tiers = [
        (p.tier, p.amount, p.bound) for p in pes.prices if p.pays_for is PriceItem.COURSE_AND_EXAM
    ]
    assert tiers == [
        ("self-study", Decimal(699), PriceBound.EXACT),
        ("premium-self-study", Decimal(849), PriceBound.EXACT),
        ("all-inclusive", Decimal(999), PriceBound.EXACT),
    ]
    materials = [p for p in pes.prices if p.pays_for is PriceItem.STUDY_MATERIALS]
    assert [(m.bound, m.amount, m.included_in) for m in materials] == [
        (PriceBound.INCLUDED, None, PriceItem.COURSE_AND_EXAM)
    ]
    assert (pes.exam.questions, pes.exam.duration) == (100, timedelta(minutes=90))
    assert pes.exam.pass_rate is None and pes.exam.pass_rates == ()
    assert str(pes.exam.passing_score) == "70%"
    # No mandatory prerequisites, but recommendations: kept apart.
    assert pes.requirements_known and pes.required == ()
    (recommended,) = pes.recommended
    kinds = [c.kind for c in recommended.any_of]
    assert kinds == [ConditionKind.CREDENTIAL, ConditionKind.EDUCATION]
    assert "NASM-CPT" in recommended.any_of[0].credentials
    assert recommended.any_of[0].or_similar


@pytest.mark.parametrize(("key", "member", "non_member"), [("NSCA-CPT", 300, 435)])
def test_cpt_prices(key: str, member: int, non_member: int) -> None:
    assert _prices(ARTICLE.get(key)) == [
        (PriceItem.EXAM, Audience.MEMBER, None, PriceBound.EXACT, Decimal(member)),
        (PriceItem.EXAM, Audience.NON_MEMBER, None, PriceBound.EXACT, Decimal(non_member)),
    ]


def test_nasm_cpt_starts_at_899_which_is_a_lower_bound() -> None:
    (price,) = ARTICLE.get("NASM-CPT").prices
    assert (price.amount, price.bound) == (Decimal(899), PriceBound.LOWER_BOUND)
    assert str(price) == "$899+"


@pytest.mark.parametrize("key", ["NSCA-CPT", "NASM-CPT"])
def test_both_cpts_require_18_years_and_cpr_aed(key: str) -> None:
    credential = ARTICLE.get(key)
    conditions = [(c.kind, c.minimum_age) for r in credential.required for c in r.any_of]
    assert conditions == [(ConditionKind.MINIMUM_AGE, 18), (ConditionKind.CPR_AED, None)]
    assert credential.recommended == ()


def test_how_other_strength_credentials_are_earned() -> None:
    assert ARTICLE.get("ISSA-SCC").earned_by is EarningMethod.ONLINE_COURSE_AND_EXAM
    assert ARTICLE.get("NCSF-CSC").earned_by is EarningMethod.ONLINE_COURSE_AND_EXAM
    sccc = ARTICLE.get("CSCCA-SCCC")
    assert sccc.earned_by is EarningMethod.WRITTEN_AND_PRACTICAL_IN_PERSON
    assert sccc.exam.sections == ("Written", "Practical")


def test_what_the_article_does_not_say_stays_unknown() -> None:
    for key in (
        "CPSS",
        "CSPS",
        "TSAC-F",
        "NASM-CNC",
        "NASM-CSNC",
        "NASM-CWC",
        "NASM-CES",
        "NASM-PBC",
        "NASM-WLS",
        "ISSA-SCC",
        "NCSF-CSC",
        "CSCCA-SCCC",
    ):
        credential = ARTICLE.get(key)
        assert credential.prices == (), key
        assert not credential.requirements_known and credential.requirements == (), key
        assert credential.exam.questions is None and credential.exam.pass_rate is None, key


def test_career_guidance() -> None:
    assert set(ARTICLE.get("CSCS").preferred_for) == {
        CareerSetting.COLLEGIATE_ATHLETICS,
        CareerSetting.PROFESSIONAL_SPORTS,
        CareerSetting.TACTICAL,
    }
    assert CareerSetting.PRIVATE_PRACTICE in ARTICLE.get("NASM-PES").preferred_for
