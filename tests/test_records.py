"""Record behaviour: immutability, the four price bounds, ordered education, field provenance."""

from __future__ import annotations

from decimal import Decimal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import fitcerts
from fitcerts import (
    Audience,
    Condition,
    ConditionKind,
    Education,
    Price,
    PriceBound,
    PriceItem,
    Requirement,
    RequirementLevel,
    Source,
    SourceKind,
)

# These tests pin release 2026.1: it must answer exactly as the primary article states.
ARTICLE = fitcerts.load("2026.1")


SOURCE = Source(id="s", title="t", kind=SourceKind.OFFICIAL)


def test_records_are_frozen_and_collections_are_tuples() -> None:
    cscs = ARTICLE.get("CSCS")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        cscs.name = "x"  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        cscs.exam.questions = 1  # type: ignore[misc]
    with pytest.raises(AttributeError):
        cscs.extra = 1  # type: ignore[attr-defined]
    assert isinstance(cscs.prices, tuple) and isinstance(cscs.aliases, tuple)
    assert hash(cscs) == hash(ARTICLE.get("CSCS"))


def test_evolve_gives_what_if_copies_without_touching_the_catalog() -> None:
    cscs = ARTICLE.get("CSCS")
    cheaper = attrs.evolve(cscs, prices=cscs.prices[:1])
    assert len(cheaper.prices) == 1 and len(ARTICLE.get("CSCS").prices) == 3


@pytest.mark.parametrize(
    ("bound", "amount", "included_in", "message"),
    [
        (PriceBound.EXACT, None, None, "needs an amount"),
        (PriceBound.LOWER_BOUND, None, None, "needs an amount"),
        (PriceBound.NOT_REPORTED, Decimal(1), None, "cannot have an amount"),
        (PriceBound.INCLUDED, None, None, "included_in"),
        (PriceBound.EXACT, Decimal(5), PriceItem.EXAM, "included_in"),
        (PriceBound.EXACT, Decimal(-1), None, "negative"),
    ],
)
def test_the_four_price_bounds_never_collapse(
    bound: PriceBound, amount: Decimal | None, included_in: PriceItem | None, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        Price(
            pays_for=PriceItem.STUDY_MATERIALS,
            amount=amount,
            bound=bound,
            included_in=included_in,
            sources=(SOURCE,),
        )


def test_prices_render_their_bound() -> None:
    def price(**kw: object) -> Price:
        return Price(pays_for=PriceItem.EXAM, sources=(SOURCE,), **kw)  # type: ignore[arg-type]

    assert str(price(amount=Decimal(1340), bound=PriceBound.EXACT)) == "$1,340"
    assert str(price(amount=Decimal(899), bound=PriceBound.LOWER_BOUND)) == "$899+"
    assert str(price(bound=PriceBound.NOT_REPORTED)) == "not reported"
    assert str(price(bound=PriceBound.INCLUDED, included_in=PriceItem.COURSE_AND_EXAM)) == (
        "included in course and exam"
    )
    assert price(bound=PriceBound.NOT_REPORTED).audience is Audience.ANYONE
    credited = price(amount=Decimal(25), bound=PriceBound.INCLUDED, included_in=PriceItem.EXAM)
    assert str(credited) == "$25, included in exam"


def test_a_price_needs_a_source() -> None:
    with pytest.raises(ValueError, match="sources must not be empty"):
        Price(pays_for=PriceItem.EXAM, amount=Decimal(1), bound=PriceBound.EXACT, sources=())


def test_a_condition_needs_its_value() -> None:
    with pytest.raises(ValueError, match="'minimum-age' condition is missing its minimum_age"):
        Condition(kind=ConditionKind.MINIMUM_AGE, description="old enough")
    with pytest.raises(ValueError, match="'credential' condition is missing its credentials"):
        Condition(kind=ConditionKind.CREDENTIAL, description="a CPT")


def test_required_and_recommended_are_kept_apart() -> None:
    cpr = Condition(kind=ConditionKind.CPR_AED, description="CPR/AED")
    required = Requirement(level=RequirementLevel.REQUIRED, any_of=(cpr,), sources=(SOURCE,))
    assert required.description == "CPR/AED"
    pes = ARTICLE.get("NASM-PES")
    assert pes.required == () and len(pes.recommended) == 1
    assert "or a four-year college degree" in pes.recommended[0].description


@given(st.sampled_from(Education), st.sampled_from(Education))
def test_education_is_totally_ordered(a: Education, b: Education) -> None:
    assert (a < b) == (a.rank < b.rank)
    assert (a <= b) == (a.rank <= b.rank)
    assert (a >= b) == (not a < b)


def test_education_order_and_parsing() -> None:
    assert Education.NONE < Education.HIGH_SCHOOL < Education.ASSOCIATE < Education.BACHELOR
    assert Education.BACHELOR < Education.MASTER < Education.DOCTORATE
    assert Education.parse("Bachelor") is Education.BACHELOR
    assert Education.parse("high school") is Education.HIGH_SCHOOL
    assert Education.parse("HIGH_SCHOOL") is Education.HIGH_SCHOOL
    assert Education.parse("PhD") is Education.DOCTORATE  # a common alias
    with pytest.raises(ValueError, match="allowed: none, high-school, associate, bachelor"):
        Education.parse("kindergarten")
    with pytest.raises(TypeError):
        Education.parse(4)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        assert Education.MASTER < 3


def test_sources_for_follows_the_most_specific_provenance() -> None:
    cscs = ARTICLE.get("CSCS")
    article = cscs.sources
    assert cscs.sources_for("exam.questions") == article
    assert cscs.sources_for("prices[1].amount") == cscs.prices[1].sources
    assert cscs.sources_for("requirements[0]") == cscs.requirements[0].sources
    other = Source(id="official", title="Official page", kind=SourceKind.OFFICIAL)
    cited = attrs.evolve(cscs, citations=(fitcerts.Citation(path="exam", sources=(other,)),))
    assert cited.sources_for("exam.questions") == (other,)
    assert cited.sources_for("exam") == (other,)
    assert cited.sources_for("name") == article
    assert [s.id for s in cited.all_sources()] == ["article-2025", "official"]


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("exam.nothing", "exam.nothing does not exist; fields here: questions"),
        ("prices[7]", r"has no item prices\[7\]"),
        ("exam..questions", "malformed field path"),
        ("", "malformed field path"),
        ("name.first", "name.first does not exist; fields here: none"),
    ],
)
def test_sources_for_rejects_paths_that_do_not_exist(path: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        ARTICLE.get("CSCS").sources_for(path)


def test_sources_for_rejects_non_strings() -> None:
    with pytest.raises(TypeError):
        ARTICLE.get("CSCS").sources_for(3)  # type: ignore[arg-type]


def test_reprs_are_short_and_clear() -> None:
    assert repr(ARTICLE.get("CSCS")) == (
        "<Credential CSCS: Certified Strength and Conditioning Specialist (NSCA)>"
    )
    assert repr(ARTICLE.organization("NASM")) == (
        "<Organization NASM: National Academy of Sports Medicine>"
    )
