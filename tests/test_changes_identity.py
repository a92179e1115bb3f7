"""diff() matches list items by what they are: an item on one side only is one change, only an
item present in both shows changes of its fields, and a move is no change (issue 27)."""

from __future__ import annotations

import itertools
import random
import re
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import fitcerts
from fitcerts import FieldChange
from fitcerts.records import (
    Accreditation,
    AssessmentPart,
    Condition,
    Credential,
    Disagreement,
    Gap,
    MembershipTier,
    Organization,
    PassRate,
    Price,
    Requirement,
)

VERSIONS = fitcerts.data_versions()
PAIRS = list(itertools.pairwise(VERSIONS))


def _changes(old: str, new: str, record: str) -> list[FieldChange]:
    (found,) = [r for r in fitcerts.diff(old, new).changed if r.id == record]
    return list(found.changes)


# --- the pass rates of the CSCS ------------------------------------------------------------------


def test_a_new_pass_rate_is_one_added_item() -> None:
    # The CSCS's 2016 pass rate first appears in 2026.2 (2026.1 has only 2025's).
    changes = _changes("2026.1", "2026.2", "CSCS")
    rates = [c for c in changes if c.path.startswith("exam.pass_rates[2016]")]
    assert len(rates) == 1
    (added,) = rates
    assert added.path == "exam.pass_rates[2016]"
    assert added.kind == "added"
    assert added.old is None and added.old_path is None
    assert isinstance(added.new, PassRate)
    assert (added.new.year, added.new.percent) == (2016, Decimal(55))
    assert added.new_text == "55% (2016)"
    assert str(added) == "exam.pass_rates[2016]: added 55% (2016)"
    cscs = fitcerts.load("2026.2").get("CSCS")
    assert added.new_path is not None and added.new_sources == cscs.sources_for(added.new_path)
    data = added.to_dict()
    assert (
        data["kind"] == "added" and data["new"]["year"] == 2016 and data["new"]["percent"] == "55"
    )
    # 2025's rate is in both releases and unchanged: nothing about it is reported.
    assert not [c for c in changes if c.path.startswith("exam.pass_rates[2025]")]


def test_a_pass_rate_in_both_releases_shows_only_its_changed_fields() -> None:
    changes = _changes("2026.2", "2026.3", "CSCS")
    rates = {c.path: c for c in changes if c.path.startswith("exam.pass_rates")}
    # 2016 is unchanged from 2026.2 to 2026.3; 2021 and 2024 gain whom they count.
    assert set(rates) == {"exam.pass_rates[2021].population", "exam.pass_rates[2024].population"}
    for change in rates.values():
        # "not stated" reads as absent, so whom a rate counts is a field added to the item
        assert (change.kind, change.old, change.new) == ("added", None, "first-time")
        assert change.old_path is None and change.new_path is not None
        assert change.new_path.startswith("exam.pass_rates[")


def test_the_markdown_shows_an_added_pass_rate_as_one_row() -> None:
    markdown = fitcerts.diff("2026.1", "2026.2").to_markdown()
    assert "| exam.pass_rates[2016] | — | 55% (2016) | sweatisfree-cscs |" in markdown
    assert "exam.pass_rates[2016].year" not in markdown
    assert "exam.pass_rates[2016].percent" not in markdown


# --- every pair of consecutive releases ----------------------------------------------------------


def _same_thing(a: Any, b: Any, homes: tuple[str | None, str | None] = (None, None)) -> bool:
    """The brief's notion of one item being the same thing in two releases; ``homes`` are the
    countries of the issuer in each (a price that names no place is of that market, and one
    of no known market is of any)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, PassRate):
        return bool(a.year == b.year)
    if isinstance(a, Price):
        markets = (a.jurisdiction or homes[0], b.jurisdiction or homes[1])
        return _price_kind(a) == _price_kind(b) and (None in markets or len(set(markets)) == 1)
    if isinstance(a, Requirement):
        return bool(a.level == b.level) and _kinds(a.any_of) == _kinds(b.any_of)
    if isinstance(a, Condition):
        return bool(a.kind == b.kind) and _kinds(a.all_of) == _kinds(b.all_of)
    if isinstance(a, Gap):
        return bool(a.field == b.field)
    if isinstance(a, Disagreement):
        return bool((a.path, a.value) == (b.path, b.value))
    if isinstance(a, Accreditation):
        return bool(a.body == b.body)
    if isinstance(a, AssessmentPart):
        return bool(a.name == b.name)
    if isinstance(a, MembershipTier):
        return bool(a.id == b.id)
    raise AssertionError(f"no identity for {a!r}")


def _price_kind(price: Price) -> tuple[object, ...]:
    """What a price is, but for its market."""
    return (
        price.pays_for,
        price.audience,
        price.tier,
        price.currency,
        price.valid_from,
        price.valid_until,
        price.stated_in,
    )


def _kinds(conditions: tuple[Condition, ...]) -> set[str]:
    return {condition.kind.value for condition in conditions}


_STEP = re.compile(r"\.?([A-Za-z_]+)|\[(\d+)\]")


def _steps(path: str) -> list[str | int]:
    steps: list[str | int] = []
    for name, index in _STEP.findall(path):
        steps.append(int(index) if index else name)
    assert "".join(f"[{s}]" if isinstance(s, int) else f".{s}" for s in steps).lstrip(".") == path
    return steps


def _at(record: object, steps: list[str | int]) -> Any:
    value: Any = record
    for step in steps:
        value = value[step] if isinstance(step, int) else getattr(value, step)
    return value


def _item_prefixes(path: str) -> list[str]:
    """``a[x].b[y].c`` -> ``["a[x]", "a[x].b[y]"]``; brackets inside a name are kept whole."""
    prefixes, depth = [], 0
    for position, character in enumerate(path):
        if character == "[":
            depth += 1
        elif character == "]":
            depth -= 1
            if depth == 0:
                prefixes.append(path[: position + 1])
    return prefixes


def _home(record: Credential | Organization) -> str | None:
    """The country of the record's issuer: a price that names no place is a price there."""
    return (record.organization if isinstance(record, Credential) else record).country


def _exists_on(
    other: Credential | Organization, known: Credential | Organization, steps: list[str | int]
) -> bool:
    """Whether ``other`` has, along ``steps`` (positional in ``known``), items that are the same
    things as ``known``'s at every level."""
    return bool(_twins(known, other, steps))


def _records(version: str) -> dict[tuple[str, str], Any]:
    release = fitcerts.load(version)
    found: dict[tuple[str, str], Any] = {("credential", c.id): c for c in release.credentials()}
    found.update({("organization", o.id): o for o in release.organizations()})
    found.update({("source", s.id): s for s in release.sources()})
    return found


@pytest.mark.parametrize(("old", "new"), PAIRS, ids=[f"{a}-{b}" for a, b in PAIRS])
def test_field_changes_are_only_inside_items_present_in_both_releases(old: str, new: str) -> None:
    before, after = _records(old), _records(new)
    for record in fitcerts.diff(old, new).changed:
        old_record, new_record = before[record.kind, record.id], after[record.kind, record.id]
        paths = [change.path for change in record.changes]
        assert len(paths) == len(set(paths)), record.id
        for change in record.changes:
            # A side with a value has its positional path, and one without has none.
            assert (change.old is None) == (change.old_path is None), change
            assert (change.new is None) == (change.new_path is None), change
            assert change.old is not None or change.new is not None, change
            if change.path.endswith("]"):  # a whole item: on one side only, one change
                assert change.kind in ("added", "removed"), change
                side, path, value = (
                    (new_record, change.new_path, change.new)
                    if change.kind == "added"
                    else (old_record, change.old_path, change.old)
                )
                assert path is not None and _at(side, _steps(path)) == value, change
                assert not [
                    p for p in paths if p.startswith((change.path + ".", change.path + "["))
                ]
                continue
            # A field of an item: the item (and each item around it) is in both releases.
            for prefix in _item_prefixes(change.path):
                if change.old_path is not None:
                    steps = _steps(change.old_path)[: len(_steps_to(prefix))]
                    assert _exists_on(new_record, old_record, steps), (record.id, change)
                if change.new_path is not None:
                    steps = _steps(change.new_path)[: len(_steps_to(prefix))]
                    assert _exists_on(old_record, new_record, steps), (record.id, change)


def _steps_to(prefix: str) -> list[str]:
    """The steps of an identity path (``exam.pass_rates[2016]`` -> exam, pass_rates, item)."""
    steps, depth, name = [], 0, ""
    for character in prefix:
        if character == "[":
            if depth == 0:
                steps += [part for part in name.split(".") if part] + ["[]"]
                name = ""
            depth += 1
        elif character == "]":
            depth -= 1
        elif depth == 0:
            name += character
    return steps + [part for part in name.split(".") if part]


# --- a release against itself, and items moved ---------------------------------------------------


@pytest.mark.parametrize("version", VERSIONS)
def test_a_release_against_itself_has_no_changes(version: str) -> None:
    release = fitcerts.load(version)
    same = fitcerts.diff(release, release)
    assert same.is_empty
    assert same.changed == ()


def _shuffled(value: Any, rng: random.Random) -> Any:
    """``value`` with every list of records in it (prices, pass rates, requirements and their
    conditions, tiers and their prices, gaps...) in another order."""
    if isinstance(value, tuple) and value and all(attrs.has(type(item)) for item in value):
        items = [_shuffled(item, rng) for item in value]
        rng.shuffle(items)
        return tuple(items)
    if isinstance(value, (Credential, Organization, MembershipTier, Requirement, Condition)):
        changes = {
            field.name: _shuffled(getattr(value, field.name), rng)
            for field in attrs.fields(type(value))
            if field.name not in ("sources", "citations", "organization")
        }
        return attrs.evolve(value, **changes)
    if isinstance(value, fitcerts.Exam):
        return attrs.evolve(
            value,
            pass_rates=_shuffled(value.pass_rates, rng),
            parts=_shuffled(value.parts, rng),
        )
    return value


def _release(version: str, rng: random.Random) -> fitcerts.Release:
    release = fitcerts.load(version)
    return fitcerts.Release(
        fitcerts.Catalog(
            fitcerts.ReleaseRecords(
                version=f"{version}-shuffled",
                sources=release.sources(),
                organizations=tuple(_shuffled(o, rng) for o in release.organizations()),
                credentials=tuple(_shuffled(c, rng) for c in release.credentials()),
            )
        )
    )


@given(st.sampled_from(VERSIONS), st.randoms(use_true_random=False))
def test_items_in_another_order_are_no_change(version: str, rng: random.Random) -> None:
    moved = _release(version, rng)
    assert fitcerts.diff(version, moved).is_empty
    assert fitcerts.diff(moved, version).is_empty


def test_shuffling_really_moves_items() -> None:
    """The property above is not vacuous: the shuffled records differ from the originals."""
    version = VERSIONS[-1]
    moved = _release(version, random.Random(1))
    original = fitcerts.load(version)
    assert any(moved.get(c.id) != c for c in original.credentials())


def test_a_moved_item_with_a_changed_field_is_one_field_change() -> None:
    cscs = fitcerts.load(VERSIONS[-1]).get("CSCS")
    first, *others = cscs.exam.pass_rates
    rates = (*reversed(others), attrs.evolve(first, percent=first.percent + 1))
    extra = PassRate(percent=Decimal(40), year=2000)
    edited = attrs.evolve(
        cscs,
        exam=attrs.evolve(cscs.exam, pass_rates=(extra, *rates)),
        prices=tuple(reversed(cscs.prices[1:])),
    )
    changes = _diff_one(cscs, edited)
    removed = [c for c in changes if c.kind == "removed"]
    assert [str(c) for c in changes if c.path.startswith("exam.")] == [
        f"exam.pass_rates[{first.year}].percent: {first.percent} -> {first.percent + 1}",
        "exam.pass_rates[2000]: added 40% (2000)",
    ]
    (dropped,) = [c for c in removed if c.path.startswith("prices[")]
    assert dropped.old == cscs.prices[0] and dropped.old_path == "prices[0]"
    assert dropped.path.count("[") == 1 and dropped.path.endswith("]")
    assert len(changes) == 3


def _diff_one(old: Credential, new: Credential) -> tuple[FieldChange, ...]:
    release = fitcerts.load(VERSIONS[-1])

    def with_record(record: Credential) -> fitcerts.Release:
        return fitcerts.Release(
            fitcerts.Catalog(
                fitcerts.ReleaseRecords(
                    version="what-if",
                    sources=release.sources(),
                    organizations=release.organizations(),
                    credentials=tuple(
                        record if c.id == record.id else c for c in release.credentials()
                    ),
                )
            )
        )

    result = fitcerts.diff(with_record(old), with_record(new))
    assert result.credentials_added == result.credentials_removed == ()
    return tuple(change for record in result.changed for change in record.changes)


def test_two_items_of_one_identity_are_told_apart_by_their_detail() -> None:
    cscs = fitcerts.load(VERSIONS[-1]).get("CSCS")
    exam = next(p for p in cscs.prices if p.pays_for == "exam" and not p.dated)
    twin = attrs.evolve(exam, amount=Decimal(1), note="a second exam fee, told apart by its note")
    base = attrs.evolve(cscs, prices=(*cscs.prices, twin))
    # moved: no change; the twin's amount changed: one field change of the twin only
    assert not _diff_one(base, attrs.evolve(base, prices=tuple(reversed(base.prices))))
    edited = attrs.evolve(
        base, prices=(attrs.evolve(twin, amount=Decimal(2)), *reversed(base.prices[:-1]))
    )
    (change,) = _diff_one(base, edited)
    assert change.kind == "changed" and (change.old, change.new) == (Decimal(1), Decimal(2))
    assert change.path.endswith("].amount") and "a second exam fee" in change.path
    assert change.old_path == f"prices[{len(base.prices) - 1}].amount"
    assert change.new_path == "prices[0].amount"


# --- a price's market: the place it names, else its issuer's home market ------------------------


def _twins(
    known: Credential | Organization, other: Credential | Organization, steps: list[str | int]
) -> list[Any]:
    """What ``other`` has along ``steps`` (positional in ``known``), through items that are the
    same things as ``known``'s: the list an item of ``known`` would be found in on ``other``."""
    homes = (_home(known), _home(other))
    candidates: list[tuple[Any, Any]] = [(known, other)]
    for step in steps:
        moved = []
        for here, there in candidates:
            if isinstance(step, str):
                moved.append((getattr(here, step), getattr(there, step, None)))
            else:
                item = here[step]
                moved += [(item, twin) for twin in there or () if _same_thing(item, twin, homes)]
        candidates = moved
    return [there for _, there in candidates]


def test_a_price_that_only_names_its_home_market_is_the_same_price() -> None:
    # 2026.5 writes every price's place; in 2026.4 most named none, meaning the issuer's home.
    before, after = _records("2026.4"), _records("2026.5")
    whole, placed = [], []
    for record in fitcerts.diff("2026.4", "2026.5").changed:
        old_record, new_record = before[record.kind, record.id], after[record.kind, record.id]
        for change in record.changes:
            if isinstance(change.old if change.kind == "removed" else change.new, Price):
                whole.append(change)
                known, other, path = (
                    (old_record, new_record, change.old_path)
                    if change.kind == "removed"
                    else (new_record, old_record, change.new_path)
                )
                assert path is not None
                price = _at(known, _steps(path))
                # No price of the same kind in the same list on the other side, whatever its
                # market: a removed or added price is a price that really came or went.
                for prices in _twins(known, other, _steps(path)[:-1]):
                    kinds = [_price_kind(p) for p in prices or ()]
                    assert _price_kind(price) not in kinds, (record.id, change)
            elif change.path.endswith("].jurisdiction"):
                placed.append((new_record, change))
    # 2026.4 -> 2026.5 once showed 386 prices removed or added; what is left are ACSM's late
    # fee restated with another period (four credentials) and CSEP's in CAD, not USD (two).
    assert len(whole) == 12
    # The place written down is a field added to the price, and it is the issuer's country.
    assert len(placed) > 150
    for issuer, change in placed:
        assert change.kind == "added" and change.old is None and change.old_path is None
        assert change.new == _home(issuer), (issuer.id, change)
        assert str(change) == f"{change.path}: added {change.new}"


def test_a_price_of_a_body_whose_country_was_not_given_is_the_same_price() -> None:
    # CSCCa has no country in 2026.4 (US in 2026.5): its unmarked dues are of no known market
    # there, so each is the one US price of its kind in 2026.5.
    assert fitcerts.load("2026.4").organization("CSCCa").country is None
    (cscca,) = [r for r in fitcerts.diff("2026.4", "2026.5").changed if r.id == "CSCCa"]
    dues = [c for c in cscca.changes if c.path.startswith("memberships[")]
    assert [(c.path, c.kind, c.new) for c in dues] == [
        ("memberships[student].prices[membership, anyone, USD, US].jurisdiction", "added", "US"),
        ("memberships[full-time].prices[membership, anyone, USD, US].jurisdiction", "added", "US"),
    ]


def test_the_japanese_prices_of_the_cscs_are_not_changed() -> None:
    old, new = fitcerts.load("2026.4").get("CSCS"), fitcerts.load("2026.5").get("CSCS")
    japanese = [p for p in new.prices if p.jurisdiction == "JP"]
    assert len(japanese) == 5
    assert japanese == [p for p in old.prices if p.jurisdiction == "JP"]
    changes = _changes("2026.4", "2026.5", "CSCS")
    assert not [c for c in changes if "JP" in c.path or "JPY" in c.path]
    for change in changes:
        for side, path in ((old, change.old_path), (new, change.new_path)):
            if path is not None:
                price = _at(side, _steps(path)[:2])  # prices[i]
                assert isinstance(price, Price) and price.jurisdiction != "JP", change


def test_naming_the_home_market_is_a_field_added_and_another_market_is_another_price() -> None:
    cscs = fitcerts.load(VERSIONS[-1]).get("CSCS")
    assert cscs.organization.country == "US"
    first, *others = cscs.prices
    unmarked = attrs.evolve(cscs, prices=(attrs.evolve(first, jurisdiction=None), *others))
    (named,) = _diff_one(unmarked, cscs)
    assert (named.kind, named.old, named.new) == ("added", None, "US")
    assert named.path.endswith("].jurisdiction") and named.new_path == "prices[0].jurisdiction"
    elsewhere = attrs.evolve(cscs, prices=(attrs.evolve(first, jurisdiction="GB"), *others))
    changes = _diff_one(unmarked, elsewhere)
    assert sorted(c.kind for c in changes) == ["added", "removed"]
    assert all(c.path.endswith("]") for c in changes)
    # and the other way round: a written-down home market dropped is a field removed
    (dropped,) = _diff_one(cscs, unmarked)
    assert (dropped.kind, dropped.old, dropped.new) == ("removed", "US", None)
