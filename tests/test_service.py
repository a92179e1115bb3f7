"""Behaviour a long-running host relies on: no process-wide side effects, caches that are bounded
and clearable, typed errors, and every result serialisable through one path."""

from __future__ import annotations

import gc
import json
import sys
import threading
import tracemalloc
from decimal import Decimal

import pytest

import fitcerts
from fitcerts import Profile


def test_missed_keys_are_not_remembered() -> None:
    release = fitcerts.load(fitcerts.DATA_VERSION)
    release.get("CSCS")
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for number in range(1_000):
            key = f"{number:04d}" + "x" * 1_000_000  # 1,000 distinct 1 MB keys, each a miss
            assert release.get(key, None) is None
            del key
        grown = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert grown < 1_000_000, f"{grown:,} bytes kept after 1,000 misses"


def test_profiles_with_unknown_keys_leave_nothing_behind() -> None:
    release = fitcerts.load(fitcerts.DATA_VERSION)
    for warm_up in ("a miss", "another miss"):  # the first miss imports difflib
        with pytest.raises(fitcerts.UnknownCredentialError):
            release.eligibility_table(Profile(credentials=[warm_up]))
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        refused = 0
        for number in range(1_000):  # the documented web-form path, 1,000 distinct misses
            profile = Profile.from_dict({"credentials": [f"{number} " + "y" * 190]})
            try:  # not pytest.raises, which keeps a little for every use
                release.eligibility_table(profile)
            except fitcerts.UnknownCredentialError:
                refused += 1
        grown = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert refused == 1_000
    assert grown < 50_000, f"{grown:,} bytes kept"


def test_the_garbage_collector_is_never_switched(monkeypatch: pytest.MonkeyPatch) -> None:
    assert gc.isenabled()
    switched: list[str] = []
    monkeypatch.setattr(gc, "disable", lambda: switched.append("disable"))
    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        release = fitcerts.load(fitcerts.DATA_VERSION)

        def judge(start: int) -> None:
            for age in range(start, start + 60):
                release.eligibility_table(Profile(age=age % 100 + 1, experience_hours=start))

        threads = [threading.Thread(target=judge, args=(n * 100,)) for n in range(16)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(old)
    assert gc.isenabled() and switched == []


def test_clear_caches_forgets_releases_and_answers() -> None:
    before = fitcerts.load(fitcerts.DATA_VERSION)
    profile = Profile(age=30)
    first = before.eligibility_table(profile)
    assert before.eligibility_table(profile) is first  # remembered
    fitcerts.clear_caches()
    after = fitcerts.load(fitcerts.DATA_VERSION)
    assert after is not before
    assert after.get("CSCS") == before.get("CSCS")
    assert after.eligibility_table(profile) == first
    assert fitcerts.get("CSCS") is after.get("CSCS")


def test_remembered_tables_are_bounded() -> None:
    release = fitcerts.load(fitcerts.DATA_VERSION)
    release.clear_caches()
    for hours in range(1_000):
        release.eligibility_table(Profile(experience_hours=hours))
    assert len(release._tables) <= 256


def test_repeated_keys_and_unknown_tiers_are_typed_value_errors() -> None:
    with pytest.raises(fitcerts.DuplicateCredentialError) as repeated:
        fitcerts.total_cost("CSCS", "nsca cscs")
    assert isinstance(repeated.value, ValueError) and repeated.value.ids == ("CSCS",)
    with pytest.raises(fitcerts.DuplicateCredentialError):
        fitcerts.compare("CSCS", "NASM-PES", "CSCS")
    with pytest.raises(fitcerts.UnknownTierError) as tier:
        fitcerts.total_cost("NASM-PES", tier="gold")
    assert isinstance(tier.value, ValueError)
    assert tier.value.valid == ("all-inclusive", "premium-self-study", "self-study")


def test_conflicts_checks_its_path_as_sources_for_does() -> None:
    cscs = fitcerts.get("CSCS")
    for path in ("exam.nothing", "prices[99]", "not a path"):
        with pytest.raises(ValueError, match="field path") as by_sources:
            cscs.sources_for(path)
        with pytest.raises(ValueError, match="field path") as by_conflicts:
            cscs.conflicts(path)
        assert str(by_conflicts.value) == str(by_sources.value)
    with pytest.raises(TypeError):
        cscs.conflicts(3)  # type: ignore[arg-type]


def test_long_keys_are_shortened_in_messages() -> None:
    with pytest.raises(fitcerts.UnknownCredentialError) as caught:
        fitcerts.get("z" * 100_000)
    assert len(str(caught.value)) < 200


def _plain_json(value: object) -> None:
    """Only JSON's own types, all the way down (no Decimal, date, enum or tuple)."""
    if isinstance(value, dict):
        assert all(isinstance(key, str) for key in value)
        for item in value.values():
            _plain_json(item)
    elif isinstance(value, list):
        for item in value:
            _plain_json(item)
    else:
        assert value is None or isinstance(value, (str, int, bool)), repr(value)


def test_every_record_and_result_gives_plain_json() -> None:
    release = fitcerts.load(fitcerts.DATA_VERSION)
    profile = Profile(age=22, education="bachelor", cpr_aed=True, credentials=["nasm cpt"])
    values: list[object] = [
        *release.sources(),
        *release.organizations(),
        *release.credentials(),
        profile,
        release.total_cost("CSCS", "NSCA-CPT", member="cheapest"),
        release.compare("CSCS", "NASM-PES", "ISSA-SCC"),
        *release.eligibility_table(profile),
        *release.recommend(profile, "collegiate"),
        fitcerts.diff("2026.1", fitcerts.DATA_VERSION),
    ]
    for value in values:
        data = value.to_dict()  # type: ignore[attr-defined]
        _plain_json(data)
        assert json.loads(json.dumps(data)) == data


def test_to_dict_keeps_money_exact_and_references_as_ids() -> None:
    cost = fitcerts.total_cost("CSCS", member=True).to_dict()
    assert cost["total"] == "608" and cost["is_lower_bound"] is True
    assert Decimal(cost["items"][0]["amount"]) == Decimal(340)
    credential = fitcerts.get("CSCS").to_dict()
    assert credential["organization"] == "NSCA"
    assert all(isinstance(source, str) for source in credential["sources"])
    assert Profile(credentials=["b", "a"]).to_dict()["credentials"] == ["a", "b"]


def test_huge_inputs_are_not_echoed_back() -> None:
    many = {f"field-{number}": number for number in range(100_000)}
    with pytest.raises(fitcerts.ProfileError) as unknown_fields:
        Profile.from_dict(many)
    assert len(str(unknown_fields.value)) < 2_000
    assert "and 99,995 more" in str(unknown_fields.value)
    with pytest.raises(fitcerts.ProfileError, match="more than 100 given") as keys:
        Profile(credentials=[f"key {number}" for number in range(100_000)])
    assert len(str(keys.value)) < 200
    bad = dict.fromkeys(("age", "education", "cpr_aed", "credentials"), "x" * 1000000)
    with pytest.raises(fitcerts.ProfileError) as values:
        Profile.from_dict(bad)
    assert len(str(values.value)) < 2_000
    with pytest.raises(fitcerts.ProfileError) as listed:
        Profile.from_dict({"credentials": [3] * 99})
    assert "and 79 more problems" in str(listed.value)
