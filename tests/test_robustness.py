"""The fault battery: arbitrary input, no network, many threads, damaged files, attempts to
mutate, and repeated runs. Each test fails when the property it names breaks."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import textwrap
from datetime import timedelta
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import fitcerts
from fitcerts import DataIntegrityError, DataValidationError
from fitcerts.dataformat import release_folder
from fitcerts.loading import read_release

# Each call may raise only the errors its documentation names (TypeError for an argument of the
# wrong type): an internal KeyError, IndexError, a bare ValueError, or a documented error from
# the wrong call, is a bug these tests catch.
KEYS = (fitcerts.UnknownCredentialError, fitcerts.AmbiguousCredentialError, TypeError)
VERSIONS = (fitcerts.UnknownDataVersionError, TypeError)
MANY = (*KEYS, fitcerts.DuplicateCredentialError)
VALUES = (fitcerts.UnknownValueError, TypeError)
FUZZ = settings(
    max_examples=150,
    deadline=timedelta(seconds=2),  # a hang or a pathological input fails here
    suppress_health_check=[HealthCheck.too_slow],
)

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.sampled_from(["CSCS", "nasm pes", "2026.1", "../2026.1", "bachelor", "NSCA", "cheapest"]),
)
anything = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=12,
)
profile_fields = st.sampled_from(
    [
        "age",
        "education",
        "college_senior",
        "cpr_aed",
        "first_aid",
        "internship_hours",
        "experience_hours",
        "experience_years",
        "credentials",
        "memberships",
        "colour",
    ]
)


def only_documented_errors(
    allowed: tuple[type[Exception], ...], call: Any, *args: Any, **kwargs: Any
) -> None:
    """Call, letting only the ``allowed`` errors escape, and never without a message."""
    failure: Exception | None = None
    try:
        call(*args, **kwargs)
    except allowed as error:
        failure = error
    if failure is not None:
        assert str(failure), f"{type(failure).__name__} without a message"


@FUZZ
@given(key=anything, default=anything)
def test_get_and_organization(key: Any, default: Any) -> None:
    only_documented_errors(KEYS, fitcerts.get, key)
    only_documented_errors(KEYS, fitcerts.get, key, default)
    only_documented_errors(
        (fitcerts.UnknownOrganizationError, TypeError), fitcerts.organization, key
    )


@FUZZ
@given(version=anything)
def test_load_and_diff(version: Any) -> None:
    only_documented_errors(VERSIONS, fitcerts.load, version)
    only_documented_errors(VERSIONS, fitcerts.diff, version, "2026.2")


@FUZZ
@given(keys=st.lists(anything, max_size=3), member=anything, materials=anything, tier=anything)
def test_total_cost(keys: list[Any], member: Any, materials: Any, tier: Any) -> None:
    allowed = (*MANY, *VALUES, fitcerts.UnknownTierError, fitcerts.MixedCurrencyError)
    only_documented_errors(
        allowed, fitcerts.total_cost, *keys, member=member, study_materials=materials, tier=tier
    )


@FUZZ
@given(a=anything, b=anything)
def test_compare(a: Any, b: Any) -> None:
    only_documented_errors(MANY, fitcerts.compare, a, b)


@FUZZ
@given(organization=anything, kind=anything, setting=anything)
def test_credential_filters(organization: Any, kind: Any, setting: Any) -> None:
    only_documented_errors(
        (fitcerts.UnknownOrganizationError, TypeError),
        fitcerts.credentials,
        organization=organization,
    )
    only_documented_errors(VALUES, fitcerts.credentials, kind=kind)
    only_documented_errors(VALUES, fitcerts.credentials, setting=setting)


@FUZZ
@given(data=st.one_of(anything, st.dictionaries(profile_fields, anything, max_size=6)))
def test_profile_from_dict(data: Any) -> None:
    only_documented_errors((fitcerts.ProfileError,), fitcerts.Profile.from_dict, data)


@FUZZ
@given(
    profile=st.one_of(anything, st.builds(fitcerts.Profile, age=st.integers(1, 120))),
    key=anything,
    goal=anything,
)
def test_eligibility_and_recommend(profile: Any, key: Any, goal: Any) -> None:
    only_documented_errors(KEYS, fitcerts.eligibility, profile, key)
    only_documented_errors((TypeError,), fitcerts.eligibility_table, profile)
    only_documented_errors(VALUES, fitcerts.recommend, profile, goal)


@FUZZ
@given(fmt=anything, version=anything)
def test_export(fmt: Any, version: Any) -> None:
    only_documented_errors((*VALUES, *VERSIONS), fitcerts.export, fmt, version=version)


@FUZZ
@given(text=st.one_of(st.text(max_size=60), anything.map(json.dumps)))
def test_from_json(text: str) -> None:
    from fitcerts.exports import from_json

    only_documented_errors((fitcerts.DataValidationError, TypeError), from_json, text)


@FUZZ
@given(
    data=st.fixed_dictionaries(
        {"data_version": st.just("x")},
        optional={"sources": anything, "organizations": anything, "credentials": anything},
    )
)
def test_from_json_with_the_right_shape(data: dict[str, Any]) -> None:
    from fitcerts.exports import from_json

    only_documented_errors((fitcerts.DataValidationError,), from_json, json.dumps(data))


words = st.one_of(
    st.sampled_from(
        [
            "list",
            "show",
            "compare",
            "cost",
            "eligible",
            "recommend",
            "versions",
            "diff",
            "export",
            "CSCS",
            "nsca-cscs",
            "--format",
            "json",
            "markdown",
            "--age",
            "22",
            "--goal",
            "collegiate",
            "--holds",
            "none",
            "--tier",
            "--data-version",
            "2026.1",
            "--member",
            "--cheapest",
            "--setting",
            "--kind",
            "--education",
            "bachelor",
            "-o",
            "--help",
        ]
    ),
    st.text(max_size=12),
)


@FUZZ
@given(argv=st.lists(words, max_size=6))
def test_the_command_line_exits_0_1_or_2_and_never_raises(argv: list[str]) -> None:
    import contextlib
    import io

    from fitcerts.cli import main

    if "-o" in argv:
        return  # writes files: exercised in test_cli
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status: object = main(argv)
        except SystemExit as exit:
            status = exit.code
    assert status in (0, 1, 2, None), (argv, status)
    assert "Traceback" not in err.getvalue()
    if status == 1:
        assert len(err.getvalue().strip().splitlines()) == 1, err.getvalue()


# --- no network -------------------------------------------------------------------------------


def test_the_suite_runs_with_sockets_disabled() -> None:
    import socket

    with pytest.raises(Exception, match="socket"):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)


def test_fitcerts_opens_no_connection() -> None:
    """Every public entry point in a fresh process, with an audit hook watching for sockets."""
    code = textwrap.dedent(
        """
        import sys
        events = []
        sys.addaudithook(lambda event, args: event.startswith(("socket.", "urllib."))
                         and events.append(event))
        import contextlib, io
        import fitcerts
        from fitcerts.cli import main
        for version in fitcerts.data_versions():
            catalog = fitcerts.load(version)
            for credential in catalog.credentials():
                catalog.total_cost(credential, member="cheapest")
            catalog.eligibility_table(fitcerts.Profile(age=22, education="bachelor"))
            catalog.recommend(fitcerts.Profile(age=22), "collegiate")
            for fmt in ("json", "csv", "jsonld"):
                fitcerts.export(fmt, version=version)
        fitcerts.diff("2026.1", "2026.2").to_markdown()
        fitcerts.compare("CSCS", "NASM-PES").to_markdown()
        fitcerts.json_schema()
        fitcerts.to_dataframe()
        with contextlib.redirect_stdout(io.StringIO()):
            for args in (["show", "CSCS"], ["list"], ["versions"], ["diff", "2026.1", "2026.2"]):
                main(args)
        print(events)
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# --- concurrency ------------------------------------------------------------------------------


def test_sixty_four_threads_loading_several_releases_see_the_same_objects() -> None:
    code = textwrap.dedent(
        """
        import threading
        import fitcerts
        versions = fitcerts.data_versions()
        barrier = threading.Barrier(64)
        seen, errors = [], []
        def work(number):
            barrier.wait()
            try:
                version = versions[number % len(versions)]
                catalog = fitcerts.load(version)
                seen.append((version, id(catalog), id(catalog.get("CSCS")),
                             id(fitcerts.get("nasm pes")), len(catalog.credentials())))
            except Exception as error:
                errors.append(repr(error))
        threads = [threading.Thread(target=work, args=(n,)) for n in range(64)]
        for thread in threads: thread.start()
        for thread in threads: thread.join()
        by_version = {}
        for version, *ids in seen:
            by_version.setdefault(version, set()).add(tuple(ids))
        print(len(seen), errors, {v: len(s) for v, s in sorted(by_version.items())})
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    versions = fitcerts.data_versions()
    assert out.stdout.strip() == f"64 [] {(dict.fromkeys(versions, 1))}"


# --- damaged files ----------------------------------------------------------------------------


def _damage(folder: Path, how: str) -> None:
    target = folder / "credentials.json"
    if how == "missing":
        target.unlink()
    elif how == "truncated":
        target.write_bytes(target.read_bytes()[:500])
    elif how == "not UTF-8":
        target.write_bytes(b"\xff\xfe" + target.read_bytes())
    else:  # tampered: still valid JSON, one figure changed
        target.write_bytes(target.read_bytes().replace(b'"340"', b'"34"', 1))


@pytest.mark.parametrize("how", ["missing", "truncated", "not UTF-8", "tampered"])
def test_a_damaged_release_names_the_file_and_others_keep_working(
    release_copy: Path, how: str
) -> None:
    _damage(release_copy, how)
    with pytest.raises(DataIntegrityError) as caught:
        read_release(release_copy, fitcerts.DATA_VERSION, verify=True)
    assert caught.value.file == f"{fitcerts.DATA_VERSION}/credentials.json"
    assert str(caught.value).startswith(f"{fitcerts.DATA_VERSION}/credentials.json: ")
    assert fitcerts.load("2026.1").get("CSCS").id == "CSCS"
    assert fitcerts.get("CSCS").prices[0].amount == 340


@pytest.mark.parametrize(
    ("how", "expected"),
    [
        ("missing", "credentials.json: file missing"),
        ("truncated", "credentials.json: not valid JSON"),
        ("not UTF-8", "credentials.json: not UTF-8 text"),
    ],
)
def test_a_damaged_contributor_folder_names_the_file(
    release_copy: Path, how: str, expected: str
) -> None:
    _damage(release_copy, how)
    with pytest.raises(DataValidationError) as caught:
        read_release(release_copy, "copy")
    assert any(line.startswith(expected) for line in caught.value.problems)


# --- immutability -----------------------------------------------------------------------------


def test_records_and_results_cannot_be_changed() -> None:
    cscs = fitcerts.get("CSCS")
    profile = fitcerts.Profile(age=22)
    frozen: list[Any] = [
        cscs,
        cscs.organization,
        cscs.exam,
        cscs.prices[0],
        cscs.requirements[0],
        cscs.requirements[0].any_of[0],
        cscs.sources[0],
        cscs.conflicts()[0],
        profile,
        fitcerts.total_cost("CSCS"),
        fitcerts.eligibility(profile, "CSCS"),
        fitcerts.compare("CSCS", "NASM-PES"),
        fitcerts.recommend(profile, "collegiate")[0],
        fitcerts.diff("2026.1", "2026.2"),
    ]
    for value in frozen:
        first = attrs.fields(type(value))[0].name
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            setattr(value, first, None)
        with pytest.raises((AttributeError, TypeError)):
            value.surprise = 1
    for collection in (cscs.prices, cscs.aliases, cscs.exam.pass_rates, fitcerts.credentials()):
        assert isinstance(collection, tuple)
        with pytest.raises(TypeError):
            collection[0] = None  # type: ignore[index]
    assert fitcerts.get("CSCS") == cscs


# --- determinism ------------------------------------------------------------------------------


def test_the_same_call_twice_gives_equal_results() -> None:
    profile = fitcerts.Profile(age=22, education="bachelor", cpr_aed=True)
    for call in (
        lambda: fitcerts.total_cost("CSCS", "NSCA-CPT", member="cheapest").to_dict(),
        lambda: fitcerts.compare("CSCS", "NASM-PES").to_markdown(),
        lambda: [r.to_dict() for r in fitcerts.recommend(profile, "collegiate")],
        lambda: fitcerts.diff("2026.1", "2026.2").to_dict(),
    ):
        assert call() == call()


def test_two_processes_give_identical_exports() -> None:
    code = (
        "import hashlib, fitcerts\n"
        "for f in ('json', 'csv', 'jsonld'):\n"
        "    print(hashlib.sha256(fitcerts.export(f).encode()).hexdigest())\n"
    )
    runs = [
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        for _ in range(2)
    ]
    here = [
        hashlib.sha256(fitcerts.export(f).encode()).hexdigest() for f in ("json", "csv", "jsonld")
    ]
    assert runs[0].stdout == runs[1].stdout == "\n".join(here) + "\n"
    assert json.loads(fitcerts.export("json"))["data_version"] == fitcerts.DATA_VERSION


def test_a_copied_release_loads_like_the_bundled_one(tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(str(release_folder("2026.1")), copy)
    assert read_release(copy, "2026.1", verify=True) == fitcerts.load("2026.1").catalog.records
