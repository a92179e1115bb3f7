"""How old each fact is, judged by the dates its sources state, never by the release number."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import fitcerts
from fitcerts import Source, SourceKind

RELEASE = fitcerts.load("2026.3")
CREDENTIALS = RELEASE.credentials()


@pytest.mark.parametrize(
    ("fields", "latest"),
    [
        ({"as_of": date(2024, 8, 13)}, date(2024, 8, 13)),
        ({"year": 2020, "month": 2}, date(2020, 2, 29)),
        ({"year": 2020, "month": 12}, date(2020, 12, 31)),
        ({"year": 2022}, date(2022, 12, 31)),
        ({}, None),
    ],
)
def test_a_source_is_never_judged_older_than_it_is(
    fields: dict[str, object], latest: object
) -> None:
    source = Source(id="s", title="t", kind=SourceKind.OFFICIAL, **fields)  # type: ignore[arg-type]
    assert source.latest_day == latest


@settings(max_examples=60)
@given(
    st.sampled_from(CREDENTIALS),
    st.floats(min_value=0, max_value=30, allow_nan=False),
    st.dates(min_value=date(2026, 11, 30), max_value=date(2040, 12, 31)),
)
def test_stale_lists_exactly_the_facts_older_than_asked(
    credential: fitcerts.Credential, years: float, on: date
) -> None:
    every = {fact.path: fact for fact in credential.fact_ages(on=on)}
    stale = {fact.path for fact in credential.stale(years, on=on)}
    assert stale <= set(every)
    for path, fact in every.items():
        dated = [s.latest_day for s in credential.sources_for(path) if s.latest_day is not None]
        if not dated:
            assert fact.newest is None and fact.years is None and path in stale
            continue
        age = (on - max(dated)).days / 365.25
        assert fact.years == pytest.approx(age, abs=0.01)
        assert (path in stale) is (fact.years is not None and fact.years > years)


def test_ages_grow_with_the_day_and_follow_the_sources_not_the_release() -> None:
    cscs = RELEASE.get("CSCS")
    now = {f.path: f.years for f in cscs.fact_ages(on=date(2026, 11, 30))}
    later = {f.path: f.years for f in cscs.fact_ages(on=date(2031, 11, 30))}
    assert all(
        later[path] is None if age is None else later[path] > age  # type: ignore[operator]
        for path, age in now.items()
    )
    # The same record in a newer release, with the same sources, is exactly as old.
    relabelled = attrs.evolve(cscs, description=cscs.description)
    assert relabelled.fact_ages(on=date(2026, 11, 30)) == cscs.fact_ages(on=date(2026, 11, 30))
    assert not any(f.path.startswith(("disagreements", "aliases")) for f in cscs.fact_ages())


def test_a_fact_says_how_old_it_is() -> None:
    on = date(2026, 11, 30)
    ages = {f.path: f for f in RELEASE.get("ACSM-CPT").fact_ages(on=on)}
    cycle = ages["recertification.cycle_years"]
    assert cycle.newest is not None and cycle.newest.dated == "2025 (implied)"
    assert cycle.years == pytest.approx((on - date(2025, 12, 31)).days / 365.25, abs=0.01)
    assert str(cycle) == (
        "ACSM-CPT recertification.cycle_years: newest source 2025 (implied), 0.9 years old"
    )
    assert json.dumps(cycle.to_dict())


@pytest.mark.parametrize("bad", [-1, 201, "5", True])
def test_a_bad_age_is_refused(bad: object) -> None:
    with pytest.raises((TypeError, ValueError)):
        RELEASE.get("CSCS").stale(bad)  # type: ignore[arg-type]


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "fitcerts", *args], capture_output=True, text=True, check=False
    )


def test_the_command_line_lists_stale_facts() -> None:
    result = _cli(
        "stale",
        "CSCS",
        "NFPT-CPT",
        "--older-than",
        "3",
        "--format",
        "json",
        "--data-version",
        "2026.3",
    )
    assert result.returncode == 0, result.stderr
    listed = json.loads(result.stdout)
    expected = [*RELEASE.get("CSCS").stale(3), *RELEASE.get("NFPT-CPT").stale(3)]
    assert [(f["record"], f["path"]) for f in listed] == [(f.record, f.path) for f in expected]
    assert _cli("stale", "--older-than", "x").returncode == 2
    unknown = _cli("stale", "NOPE")
    assert unknown.returncode == 1 and len(unknown.stderr.strip().splitlines()) == 1
