"""Benchmarks for fitcerts, reported as ratios to a floor measured in the same run.

    python bench/run.py            # full run
    python bench/run.py --quick    # fewer repetitions and 200,000 profiles, not 1,000,000, for CI

Process-start figures run each command as a whole new interpreter, interleaved with its floor
so that machine noise hits both alike, and compare medians. Warm-call figures time a call in a
loop next to a plain dict lookup. Prints a table, writes JSON, and exits 1 if any figure is over
its budget (``--report-only`` prints the same and always exits 0).
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import timeit
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

RESULTS = Path(__file__).resolve().parent / "results" / "latest.json"


@attrs.frozen
class Figure:
    name: str
    value: float
    floor: float
    unit: str
    budget: float
    budget_kind: str  # "ratio": value / floor ≤ budget; "absolute": value ≤ budget; "margin":
    # value - floor ≤ budget

    @property
    def ratio(self) -> float:
        return self.value / self.floor

    @property
    def ok(self) -> bool:
        measured = {
            "ratio": self.ratio,
            "absolute": self.value,
            "margin": self.value - self.floor,
        }[self.budget_kind]
        return measured <= self.budget


Command = str | list[str]


# Process-start figures run with bytecode caches, as an installed package always has them: a
# shell that sets PYTHONDONTWRITEBYTECODE would bill every run for compiling every module.
_ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
# Credentials in the synthetic release the growth figures load (the real release holds 47).
GROWN = 500


def _run_process(code: Command, env: dict[str, str] | None = None) -> float:
    """Wall time of a fresh process: Python code given as a string, or a command line."""
    argv = [sys.executable, "-c", code] if isinstance(code, str) else code
    start = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, env=env or _ENV)
    return (time.perf_counter() - start) * 1000


def _cli() -> list[str]:
    """The installed ``fitcerts`` command next to this interpreter, else ``python -m fitcerts``."""
    script = Path(sys.executable).with_name("fitcerts")
    return [str(script)] if script.exists() else [sys.executable, "-m", "fitcerts"]


def _grow_release(folder: Path, size: int) -> None:
    """Rewrite the release in ``folder`` (in a copy of the package) to ``size`` credentials: the
    real ones, then clones of the whole release block by block, each block with its own copies
    of the organizations and sources, so every file grows as a real catalog's would."""
    from datetime import date

    from fitcerts.dataformat import DATA_FILES, write_manifest

    def read(name: str) -> Any:
        return json.loads((folder / name).read_bytes())

    sources, organizations, credentials = (read(name) for name in DATA_FILES)
    real = (list(sources), list(organizations), list(credentials))
    block = 0
    while len(credentials) < size:
        block += 1
        suffix = f"-syn{block}"
        renamed = {record["id"]: record["id"] + suffix for record in (*real[0], *real[1])}

        def clone(value: Any, renamed: dict[str, str] = renamed) -> Any:
            if isinstance(value, dict):
                return {key: clone(item) for key, item in value.items()}
            if isinstance(value, list):
                return [clone(item) for item in value]
            return renamed.get(value, value) if isinstance(value, str) else value

        sources += [{**source, "id": source["id"] + suffix} for source in real[0]]
        organizations += [
            {
                **clone(organization),
                "id": organization["id"] + suffix,
                "name": f"{organization['name']} (synthetic {block})",
                "abbreviation": f"{organization['abbreviation']}{block}",
            }
            for organization in real[1]
        ]
        for credential in real[2][: size - len(credentials)]:
            copy = clone(credential)
            copy.update(
                id=credential["id"] + suffix,
                name=f"{credential['name']} (synthetic {block})",
                aliases=[],
            )
            credentials.append(copy)
    for name, records in zip(DATA_FILES, (sources, organizations, credentials), strict=True):
        (folder / name).write_text(json.dumps(records, indent=2), encoding="utf-8")
    write_manifest(folder, date(2026, 1, 1))


def _package_copy(site: Path, size: int | None) -> dict[str, str]:
    """A copy of the installed package in ``site``, its newest release grown to ``size``
    credentials (and compiled) unless ``size`` is None; the environment that imports it."""
    import fitcerts

    shutil.copytree(
        Path(fitcerts.__file__).parent,
        site / "fitcerts",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    env = {**_ENV, "PYTHONPATH": str(site)}
    if size is not None:
        _grow_release(site / "fitcerts" / "data" / fitcerts.DATA_VERSION, size)
        subprocess.run(
            [sys.executable, "-m", "fitcerts.codegen", fitcerts.DATA_VERSION],
            check=True,
            env=env,
            stdout=subprocess.DEVNULL,
        )
    return env


def _interleaved(
    commands: dict[str, tuple[Command, dict[str, str] | None]], runs: int
) -> dict[str, float]:
    """Median wall time of each command, run in turn, ``runs`` rounds after one to warm up."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for code, env in commands.values():
        _run_process(code, env)
    for _ in range(runs):
        for name, (code, env) in commands.items():
            times[name].append(_run_process(code, env))
    return {name: statistics.median(found) for name, found in times.items()}


def growth(runs: int) -> list[Figure]:
    """Start-up at the real release and at a synthetic one of GROWN credentials (a copy of the
    package, never shipped), the same commands interleaved: a first get must stay flat."""
    codes = {
        "import fitcerts": "import fitcerts",
        "first get('CSCS')": "import fitcerts; fitcerts.get('CSCS')",
        "credentials()": "import fitcerts; fitcerts.credentials()",
    }
    with tempfile.TemporaryDirectory() as temp:
        envs = {
            size: _package_copy(Path(temp) / str(size or "real"), size) for size in (None, GROWN)
        }
        counts = {
            size: subprocess.run(
                [sys.executable, "-c", "import fitcerts; print(len(fitcerts.credentials()))"],
                check=True,
                capture_output=True,
                text=True,
                env=env,
            ).stdout.strip()
            for size, env in envs.items()
        }
        commands: dict[str, tuple[Command, dict[str, str] | None]] = {
            f"{name} {size}": (code, env)
            for name, code in codes.items()
            for size, env in envs.items()
        }
        medians = _interleaved(commands, runs)
    real, grown = counts[None], counts[GROWN]
    budgets = {"import fitcerts": 1.1, "first get('CSCS')": 1.1, "credentials()": GROWN / 40}
    return [
        Figure(
            f"{name} at {grown} vs {real} credentials",
            medians[f"{name} {GROWN}"],
            medians[f"{name} None"],
            "ms",
            budget,
            "ratio",
        )
        for name, budget in budgets.items()
    ]


def _attrs_records_code() -> str:
    """A process that builds what any attrs-based catalog of these records must: classes of the
    same shapes (frozen, slotted, keyword-only, as many fields each), the same enumerations,
    and the date, decimal and data-folder machinery a lookup needs, but reads no data."""
    import attrs as attrs_module

    import fitcerts.records
    import fitcerts.vocabulary

    lines = [
        "import attrs, enum, datetime, decimal, importlib.resources",
        "importlib.resources.files('fitcerts').joinpath('data')",
    ]
    for number, cls in enumerate(fitcerts.records.RECORD_TYPES):
        count = len(attrs_module.fields(cls))  # type: ignore[arg-type]
        fields = "".join(f"    f{i}: int = 0\n" for i in range(count))
        lines.append(f"@attrs.frozen(kw_only=True)\nclass R{number}:\n{fields}")
    for name in dir(fitcerts.vocabulary):
        value = getattr(fitcerts.vocabulary, name)
        if isinstance(value, type) and issubclass(value, fitcerts.vocabulary.Vocabulary):
            if value is fitcerts.vocabulary.Vocabulary:
                continue
            members = "".join(f"    M{i} = 'm{i}'\n" for i in range(len(value)))
            lines.append(f"class {name}(str, enum.Enum):\n{members}")
    return "\n".join(lines)


def start_up(runs: int) -> list[Figure]:
    """A first lookup and the CLI, as whole processes, next to their floors in the same run."""
    ours = "import fitcerts; fitcerts.get('CSCS')"
    commands: dict[str, tuple[Command, dict[str, str] | None]] = {
        "import": ("import fitcerts", None),
        "get": (ours, None),
        "cli": ([*_cli(), "show", "CSCS"], None),
        "attrs": ("import attrs", None),
        "floor": ("import attrs, importlib.resources", None),
        "records": (_attrs_records_code(), None),
        "cattrs": ("import attrs, cattrs", None),
    }
    for name, code in (
        ("pycountry", "import pycountry; pycountry.countries.get(alpha_2='DE')"),
        ("us", "import us; us.states.lookup('MD')"),
    ):
        if importlib.util.find_spec(name) is None:
            print(f"({name} is not installed: its comparison is skipped)", file=sys.stderr)
            continue
        commands[name] = (code, None)
    found = _interleaved(commands, runs)
    figures = [
        Figure("import fitcerts", found["import"], found["attrs"], "ms", 1.10, "ratio"),
        Figure(
            "first get vs attrs + importlib.resources",
            found["get"],
            found["floor"],
            "ms",
            1.35,
            "ratio",
        ),
        Figure(
            "first get vs attrs classes of its shapes",
            found["get"],
            found["records"],
            "ms",
            1.15,
            "ratio",
        ),
        Figure(
            "fitcerts show CSCS (whole CLI process)",
            found["cli"],
            found["cattrs"],
            "ms",
            1.30,
            "ratio",
        ),
    ]
    for peer in ("pycountry", "us"):
        if peer in found:
            figures.append(
                Figure(f"first get vs {peer}", found["get"], found[peer], "ms", 1.2, "ratio")
            )
    return figures


def per_call(function: Callable[[], Any], repeat: int, number: int) -> float:
    """Best-of-``repeat`` time of one call, in microseconds."""
    return min(timeit.repeat(function, repeat=repeat, number=number)) / number * 1e6


def warm_calls(quick: bool) -> list[Figure]:
    import fitcerts

    repeat, number = (3, 20_000) if quick else (7, 100_000)
    table = {c.id.casefold(): c for c in fitcerts.credentials()}

    def floor() -> object:
        return table["CSCS".casefold()]

    floor_us = per_call(floor, repeat, number)
    by_id = per_call(lambda: fitcerts.get("CSCS"), repeat, number)
    by_name = per_call(lambda: fitcerts.get("nasm pes"), repeat, number)
    profile = fitcerts.Profile(age=22, education="bachelor", cpr_aed=True)
    fewer = max(number // 100, 200)
    remembered = per_call(lambda: fitcerts.eligibility_table(profile), repeat, fewer)
    ages = iter(range(10**9))
    catalog = fitcerts.load(fitcerts.DATA_VERSION)

    def fresh_table() -> object:  # a profile never seen before: every rule is evaluated
        hours = next(ages)
        return catalog.eligibility_table(fitcerts.Profile(age=30, experience_hours=hours))

    # Judged per credential: the catalog grew from 16 to 47 credentials, and a table is one
    # judgment per credential (the figure was 500 µs a table when the catalog held 16).
    fresh = per_call(fresh_table, repeat, fewer) / len(catalog.credentials())
    cost = per_call(lambda: fitcerts.total_cost("CSCS", member=True), repeat, fewer)
    owning = per_call(lambda: fitcerts.cost_of_ownership("CSCS", years=6), repeat, fewer)
    owning_member = per_call(
        lambda: fitcerts.cost_of_ownership("CSCS", years=6, member=True), repeat, fewer
    )
    return [
        Figure("warm get('CSCS')", by_id, floor_us, "µs", 5.0, "ratio"),
        Figure("warm get('nasm pes')", by_name, floor_us, "µs", 5.0, "ratio"),
        Figure(
            "warm eligibility_table(same profile)", remembered, floor_us, "µs", 50.0, "absolute"
        ),
        Figure(
            "eligibility_table(new profile), per credential",
            fresh,
            floor_us,
            "µs",
            31.0,
            "absolute",
        ),
        Figure("warm total_cost('CSCS', member=True)", cost, floor_us, "µs", 50.0, "absolute"),
        Figure("warm cost_of_ownership('CSCS', years=6)", owning, floor_us, "µs", 50.0, "absolute"),
        Figure(
            "warm cost_of_ownership(..., member=True)",
            owning_member,
            floor_us,
            "µs",
            50.0,
            "absolute",
        ),
    ]


# The process's own peak (VmHWM starts afresh at exec; ru_maxrss keeps the forking parent's).
_RSS = (
    "print(next(int(line.split()[1]) for line in open('/proc/self/status') "
    "if line.startswith('VmHWM')))"
)


def _peak_rss_kib(code: str) -> int:
    out = subprocess.run(
        [sys.executable, "-c", f"{code}\n{_RSS}"], check=True, capture_output=True, text=True
    )
    return int(out.stdout.split()[-1])


def memory(runs: int) -> Figure:
    """Peak resident memory of a first lookup, next to the floor's, in MiB."""
    ours = [_peak_rss_kib("import fitcerts; fitcerts.get('CSCS')") for _ in range(runs)]
    floor = [_peak_rss_kib("import attrs, cattrs.preconf.json") for _ in range(runs)]
    return Figure(
        "peak RSS: import + first get",
        statistics.median(ours) / 1024,
        statistics.median(floor) / 1024,
        "MiB",
        2.0,
        "margin",
    )


_MISSES = "for number in range(1_000):\n    key = str(number) + 'x' * 1_000_000\n    LOOKUP\n"


def rss_after_misses(runs: int) -> Figure:
    """Peak memory after 1,000 distinct 1 MB unknown keys, next to making the same keys alone:
    a lookup that kept what it rejected would grow by a gigabyte."""
    ours = _MISSES.replace("LOOKUP", "assert fitcerts.get(key, None) is None")
    floor = _MISSES.replace("LOOKUP", "assert key")
    measured = [_peak_rss_kib(f"import fitcerts\n{ours}") for _ in range(runs)]
    floors = [_peak_rss_kib(f"import fitcerts\nfitcerts.get('CSCS')\n{floor}") for _ in range(runs)]
    return Figure(
        "peak RSS after 1,000 large unknown keys",
        statistics.median(measured) / 1024,
        statistics.median(floors) / 1024,
        "MiB",
        2.0,
        "margin",
    )


def _synthetic_release(folder: Path, size: int) -> None:
    """A release of ``size`` credentials in the real data format, cloned from the newest.

    The clones leave out the records' ``gaps`` (the searches behind missing values, a third of
    2026.4's bytes): ten thousand full clones would pass the loader's 64 MiB bound on one file.
    Every clone leaves out the same, so the growth ratio the figure reports is not flattered."""
    from fitcerts.dataformat import TABLES, release_folder

    *referenced, credentials = TABLES
    source = release_folder(fitcerts_version())
    folder.mkdir(parents=True)
    for table in referenced:
        (folder / table.file).write_bytes(source.joinpath(table.file).read_bytes())
    real = json.loads(source.joinpath(credentials.file).read_bytes())
    made = []
    for number in range(size):
        record = dict(real[number % len(real)])
        record.pop("gaps", None)
        record["id"] = f"SYN-{number}"
        record["name"] = f"Synthetic credential {number}"
        record["aliases"] = []
        made.append(record)
    (folder / credentials.file).write_text(json.dumps(made), encoding="utf-8")


def fitcerts_version() -> str:
    import fitcerts

    return fitcerts.DATA_VERSION


def _judge_fresh(catalog: Any, run: int) -> float:
    """Seconds to judge a never-seen profile against every credential of ``catalog``."""
    import fitcerts

    profile = fitcerts.Profile(age=20 + run, cpr_aed=True, education="bachelor", experience_hours=7)
    gc.collect()  # start each size from a settled heap, so earlier garbage is not billed here
    start = time.perf_counter()
    catalog.eligibility_table(profile)
    return time.perf_counter() - start


def scale(quick: bool) -> list[Figure]:
    """Loading and judging 1,000 and 10,000 credentials: growth must stay linear.

    Measured in a fresh interpreter, so the heap left by the other figures is not billed here.
    """
    out = subprocess.run(
        [sys.executable, __file__, "--scale-only", *(["--quick"] if quick else [])],
        check=True,
        capture_output=True,
        text=True,
    )
    return [Figure(**figure) for figure in json.loads(out.stdout)]


def _best_ms(action: Callable[[], object], runs: int = 3) -> float:
    """Best of ``runs`` timings of ``action``, from a settled heap each time."""
    best = float("inf")
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - start)
    return best * 1000


def _scale(quick: bool) -> list[Figure]:
    """Growth from 1,000 to 10,000 credentials, next to the growth of reading the same files
    with ``json.loads`` alone: what a tenfold catalog costs beyond what Python itself pays for
    ten times the objects (allocation, the cycle collector, the caches of the processor)."""
    import tempfile

    from fitcerts.catalog import Catalog
    from fitcerts.dataformat import DATA_FILES
    from fitcerts.loading import read_release
    from fitcerts.release import Release

    loads: dict[int, float] = {}
    parses: dict[int, float] = {}
    judged: dict[int, float] = {}
    with tempfile.TemporaryDirectory() as temp:
        for size in (1_000, 10_000):
            folder = Path(temp) / str(size)
            _synthetic_release(folder, size)
            parses[size] = _best_ms(
                lambda folder=folder: [  # type: ignore[misc]
                    json.loads((folder / name).read_bytes()) for name in DATA_FILES
                ]
            )
            loads[size] = _best_ms(
                lambda folder=folder: Release(Catalog(read_release(folder, "synthetic")))  # type: ignore[misc]
            )
            release = Release(Catalog(read_release(folder, "synthetic")))
            judged[size] = min(_judge_fresh(release, run) for run in range(9)) * 1000
    return [
        Figure(
            "load growth 1k->10k, vs json.loads growth",
            loads[10_000] / loads[1_000],
            parses[10_000] / parses[1_000],
            "x",
            1.3,
            "ratio",
        ),
        Figure(
            "eligibility_table 10k vs 1k credentials",
            judged[10_000],
            judged[1_000],
            "ms",
            12.0,
            "ratio",
        ),
    ]


# Profiles judged by eligibility_frame: a million, all distinct; --quick judges fewer and says so.
COHORT = 1_000_000
QUICK_COHORT = 200_000


def synthetic_cohort(count: int, seed: int = 2026) -> Any:
    """``count`` distinct candidates as a spreadsheet export gives them (``read_csv``): text
    flags, gaps as NaN, numbers as floats where a column has gaps, ``;``-joined lists.

    Drawn to look like a real cohort, not to be easy: every fact is often unknown, hours are
    heaped on round numbers as people report them but many are exact, and no row repeats (a
    repeated row would be judged once, flattering the figure)."""
    import numpy
    import pandas

    import fitcerts

    rng = numpy.random.default_rng(seed)
    release = fitcerts.load(fitcerts.DATA_VERSION)
    credentials = [c.id for c in release.credentials()]
    organizations = [o.id for o in release.organizations()]

    def pick(values: list[Any], weights: list[float], size: int) -> Any:
        chosen = numpy.empty(size, dtype=object)
        chosen[:] = [values[i] for i in rng.choice(len(values), size, p=weights).tolist()]
        return chosen

    def gaps(values: Any, share: float) -> Any:
        values = values.astype("float64")
        values[rng.random(len(values)) < share] = numpy.nan
        return values

    def hours(size: int, most: int) -> Any:
        exact = rng.integers(0, most, size)
        heaped = numpy.where(rng.random(size) < 0.6, exact // 100 * 100, exact // 10 * 10)
        return numpy.where(rng.random(size) < 0.25, exact, heaped)

    def lists(keys: list[str], size: int, unknown: float, none: float) -> Any:
        out = numpy.empty(size, dtype=object)
        draw = rng.random(size)
        first = rng.integers(0, len(keys), size).tolist()
        second = rng.integers(0, len(keys), size).tolist()
        two = (rng.random(size) < 0.3).tolist()
        for row, (d, a, b, both) in enumerate(zip(draw.tolist(), first, second, two, strict=True)):
            if d < unknown:
                out[row] = numpy.nan
            elif d < unknown + none:
                out[row] = "none"
            else:
                out[row] = f"{keys[a]};{keys[b]}" if both and a != b else keys[a]
        return out

    def draw(size: int) -> Any:
        yes_no = ["yes", "no", numpy.nan]
        return pandas.DataFrame(
            {
                "age": gaps(18 + rng.gamma(3.0, 6.0, size).astype(int), 0.03),
                "education": pick(
                    [
                        "none",
                        "high-school",
                        "associate",
                        "bachelor",
                        "master",
                        "doctorate",
                        numpy.nan,
                    ],
                    [0.02, 0.25, 0.12, 0.33, 0.15, 0.05, 0.08],
                    size,
                ),
                "cpr_aed": pick(yes_no, [0.55, 0.25, 0.2], size),
                "first_aid": pick(yes_no, [0.45, 0.25, 0.3], size),
                "college_senior": pick([True, False, numpy.nan], [0.1, 0.6, 0.3], size),
                "student": pick([True, False, numpy.nan], [0.25, 0.5, 0.25], size),
                "internship_hours": gaps(hours(size, 1_000), 0.7),
                "experience_hours": gaps(hours(size, 4_000), 0.45),
                "experience_years": gaps(rng.integers(0, 31, size), 0.4),
                "program_accreditations": pick(
                    ["CAAHEP", "CASCE", "none", numpy.nan], [0.08, 0.04, 0.08, 0.8], size
                ),
                "country": pick(
                    ["US", "GB", "CA", "AU", "JP", "DE", numpy.nan],
                    [0.6, 0.1, 0.06, 0.05, 0.05, 0.04, 0.1],
                    size,
                ),
                "credentials": lists(credentials, size, 0.3, 0.3),
                "memberships": lists(organizations, size, 0.5, 0.3),
            }
        )

    frame = draw(count)
    while True:  # redraw any repeated row until every row is distinct
        repeated = numpy.flatnonzero(frame.duplicated().to_numpy())
        if not len(repeated):
            return frame
        frame.iloc[repeated] = draw(len(repeated)).to_numpy()


def _current_rss_kib() -> int:
    """Resident memory now (Linux), in KiB; 0 where /proc is not there."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return 0
    import os

    return pages * os.sysconf("SC_PAGE_SIZE") // 1024


def _reset_peak_rss() -> bool:
    """Starts a new resident-memory high-water mark (Linux), so the peak measured next is the
    next call's, not that of making its input; False where that cannot be done."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def _peak_rss_since_reset_kib() -> int:
    """The high-water mark of resident memory since :func:`_reset_peak_rss`, in KiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise RuntimeError("/proc/self/status has no VmHWM line")


def _frame_figures(count: int, runs: int, codes: bool = False) -> dict[str, float]:
    """eligibility_frame over ``count`` distinct synthetic profiles against the newest release,
    in this (fresh) process: the first run's peak memory, the best run's time, and the floor
    (with ``codes``, of ``reasons="codes"``)."""
    import resource

    import numpy

    import fitcerts

    catalog = fitcerts.load(fitcerts.DATA_VERSION)
    reasons: Any = "codes" if codes else "text"
    fitcerts.eligibility_frame(synthetic_cohort(10, seed=1), catalog, reasons=reasons)  # warm
    gc.collect()
    runtime = _current_rss_kib()
    cohort = synthetic_cohort(count)
    gc.collect()
    input_bytes = int(cohort.memory_usage(deep=True).sum())
    times = []
    for run in range(runs):
        gc.collect()
        reset = run == 0 and _reset_peak_rss()
        start = time.perf_counter()
        result = fitcerts.eligibility_frame(cohort, catalog, reasons=reasons)
        times.append(time.perf_counter() - start)
        if run == 0:
            # Without a reset, the process's peak: that of drawing the cohort may be higher.
            peak = (
                _peak_rss_since_reset_kib()
                if reset
                else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            )
            verdicts = len(result)
            if codes:  # the result: its arrays alone
                result_bytes = int(result.memory_usage(deep=False).sum())
                distinct, least = 0, {}
            else:  # its arrays, and each distinct tuple of reasons once (rows share them)
                said = result["reasons"].tolist()
                shared = {id(texts): texts for texts in said}
                result_bytes = int(result.memory_usage(deep=False).sum()) + sum(
                    sys.getsizeof(texts) + sum(sys.getsizeof(text) for text in texts)
                    for texts in shared.values()
                )
                distinct = len(shared)
                least = _least_work_s(cohort, said)
                del said
        del result
    # The floor: one numpy comparison of a column, over as many elements as there are verdicts.
    ages = numpy.resize(cohort["age"].to_numpy(dtype="float64"), verdicts)
    floor = min(timeit.repeat(lambda: ages >= 18, repeat=7, number=1))
    per_row = numpy.ascontiguousarray(ages[:count])
    floor_rows = min(timeit.repeat(lambda: per_row >= 18, repeat=7, number=1))
    return {
        "rows": count,
        "verdicts": verdicts,
        "distinct_reasons": distinct,
        "first_s": times[0],
        "best_s": min(times),
        "floor_s": floor,
        "floor_rows_s": floor_rows,
        "peak_kib": peak,
        "runtime_kib": runtime,
        "input_bytes": input_bytes,
        "result_bytes": result_bytes,
        **least,
    }


def _least_work_s(cohort: Any, reasons: list[tuple[str, ...]]) -> dict[str, float]:
    """What any eligibility_frame giving this answer must at least do, each step timed with
    the fastest primitive numpy and pandas have (and, as timeit does, without the cycle
    collector, which flatters these steps, never the answer):

    - read each input column once: ``pandas.factorize``;
    - make each distinct reason text (a new string each) and each distinct tuple of them
      once, shared through one dict;
    - fill the ``reasons`` column: one reference per verdict, ``numpy.take``.
    """
    import numpy
    import pandas

    read = min(
        timeit.repeat(
            lambda: [pandas.factorize(cohort[name]) for name in cohort.columns],
            repeat=3,
            number=1,
        )
    )
    distinct = list({id(texts): texts for texts in reasons}.values())
    texts = list(dict.fromkeys(text for group in distinct for text in group))

    def make() -> dict[tuple[str, ...], int]:
        made = {text: text + "." for text in texts}  # "+" makes a new string
        shared: dict[tuple[str, ...], int] = {}
        for group in distinct:
            shared.setdefault(tuple([made[text] for text in group]), len(shared))
        return shared

    making = min(timeit.repeat(make, repeat=3, number=1))
    number = {id(group): position for position, group in enumerate(distinct)}
    codes = numpy.fromiter((number[id(g)] for g in reasons), dtype=numpy.int64, count=len(reasons))
    objects = numpy.empty(len(distinct), dtype=object)
    for position, group in enumerate(distinct):
        objects[position] = group
    out = numpy.empty(len(reasons), dtype=object)
    filling = min(
        timeit.repeat(lambda: numpy.take(objects, codes, out=out, mode="clip"), repeat=3, number=1)
    )
    return {"least_read_s": read, "least_texts_s": making, "least_fill_s": filling}


def frame_throughput(quick: bool) -> list[Figure]:
    """eligibility_frame over a million distinct synthetic profiles (``--quick``: 200,000, and
    the report says so) against the newest release, in a fresh interpreter: time per verdict
    next to one numpy comparison per element, and peak memory next to the input frame."""
    if importlib.util.find_spec("pandas") is None:
        print("(pandas is not installed: eligibility_frame is skipped)", file=sys.stderr)
        return []
    count = QUICK_COHORT if quick else COHORT
    runs = ["--runs", "2" if quick else "3"]
    found, coded = (
        json.loads(
            subprocess.run(
                [sys.executable, __file__, "--frame-only", str(count), *runs, *more],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
        )
        for more in ([], ["--codes"])
    )
    verdicts = found["verdicts"]
    per_verdict = found["best_s"] / verdicts * 1e9
    floor = found["floor_s"] / verdicts * 1e9
    label = f"{count:,}" if count != COHORT else "1M"
    mib = 1024 * 1024
    used = (found["peak_kib"] - found["runtime_kib"]) / 1024
    allowed = (4 * found["input_bytes"] + found["result_bytes"]) / mib
    print(
        f"eligibility_frame, {count:,} distinct profiles x {verdicts // count} credentials"
        f"{' (--quick: fewer than the 1,000,000 of a full run)' if quick else ''}: "
        f"{verdicts / found['best_s'] / 1e6:,.1f} M verdicts/s best of runs "
        f"({found['best_s']:.2f} s; first run {found['first_s']:.2f} s), "
        f"{found['distinct_reasons']:,} distinct tuples of reasons; "
        f"{per_verdict / (found['floor_rows_s'] / count * 1e9):,.0f}x a comparison over "
        f"{count:,} elements (per element); input frame {found['input_bytes'] / mib:,.0f} MiB, "
        f"result {found['result_bytes'] / mib:,.0f} MiB, peak RSS {found['peak_kib'] / 1024:,.0f} "
        f"MiB ({used:,.0f} MiB above the interpreter)",
        file=sys.stderr,
    )
    read, texts, fill = (
        found[f"least_{step}_s"] / verdicts * 1e9 / floor for step in ("read", "texts", "fill")
    )
    print(
        f"eligibility_frame's least work for this answer, whatever the engine, per verdict: "
        f"read each column once {read:,.0f}x the floor, make the distinct reasons "
        f"{texts:,.0f}x, fill the reasons column {fill:,.0f}x; reading and filling alone "
        f"{read + fill:,.0f}x, reading and making the reasons alone (as a categorical column "
        f"would need) {read + texts:,.0f}x, all three {read + texts + fill:,.0f}x "
        f"(the engine: {per_verdict / floor:,.0f}x)",
        file=sys.stderr,
    )
    coded_per_verdict = coded["best_s"] / coded["verdicts"] * 1e9
    coded_floor = coded["floor_s"] / coded["verdicts"] * 1e9
    coded_used = (coded["peak_kib"] - coded["runtime_kib"]) / 1024
    print(
        f"eligibility_frame(reasons='codes'), the same {count:,} profiles: "
        f"{coded['verdicts'] / coded['best_s'] / 1e6:,.1f} M verdicts/s best of runs "
        f"({coded['best_s']:.2f} s; first run {coded['first_s']:.2f} s); result "
        f"{coded['result_bytes'] / mib:,.0f} MiB, {coded_used:,.0f} MiB above the interpreter",
        file=sys.stderr,
    )
    return [
        Figure(
            f"eligibility_frame per verdict ({label} rows)", per_verdict, floor, "ns", 50.0, "ratio"
        ),
        Figure(
            f"eligibility_frame peak RSS ({label} rows)",
            used,
            found["input_bytes"] / mib,
            "MiB",
            allowed,
            "absolute",
        ),
        Figure(
            f"eligibility_frame codes per verdict ({label})",
            coded_per_verdict,
            coded_floor,
            "ns",
            50.0,
            "ratio",
        ),
        Figure(
            f"eligibility_frame codes peak RSS ({label})",
            coded_used,
            coded["input_bytes"] / mib,
            "MiB",
            (4 * coded["input_bytes"] + coded["result_bytes"]) / mib,
            "absolute",
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--report-only", action="store_true", help="never fail on a budget")
    parser.add_argument("--json", type=Path, default=RESULTS, help="where to write the figures")
    parser.add_argument("--scale-only", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--frame-only", type=int, metavar="ROWS", help=argparse.SUPPRESS)
    parser.add_argument("--runs", type=int, default=3, help=argparse.SUPPRESS)
    parser.add_argument("--codes", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--start-up-only", action="store_true", help="only the start-up and growth figures"
    )
    arguments = parser.parse_args(argv)
    if arguments.frame_only:
        frame = _frame_figures(arguments.frame_only, arguments.runs, arguments.codes)
        print(json.dumps(frame))
        return 0
    if arguments.scale_only:
        print(json.dumps([attrs.asdict(figure) for figure in _scale(arguments.quick)]))
        return 0
    runs = 8 if arguments.quick else 30

    figures = [*start_up(runs), *growth(max(runs // 2, 5))]
    if not arguments.start_up_only:
        figures += [
            memory(max(runs // 2, 3)),
            rss_after_misses(3),
            *warm_calls(arguments.quick),
            *scale(arguments.quick),
            *frame_throughput(arguments.quick),
        ]

    print(f"{'figure':42} {'value':>10} {'floor':>10} {'ratio':>7} {'budget':>12}  ok")
    for figure in figures:
        budget = {
            "ratio": f"≤{figure.budget:.2f}x",
            "absolute": f"≤{figure.budget:.1f} {figure.unit}",
            "margin": f"≤floor+{figure.budget}",
        }[figure.budget_kind]
        value = f"{figure.value:8.2f}{figure.unit:>2}"
        floor = f"{figure.floor:8.2f}{figure.unit:>2}"
        verdict = "yes" if figure.ok else "NO"
        print(f"{figure.name:42} {value} {floor} {figure.ratio:6.2f}x {budget:>12}  {verdict}")
    arguments.json.parent.mkdir(parents=True, exist_ok=True)
    arguments.json.write_text(
        json.dumps(
            {
                "python": sys.version.split()[0],
                "quick": arguments.quick,
                "figures": [
                    {**attrs.asdict(figure), "ratio": figure.ratio, "ok": figure.ok}
                    for figure in figures
                ],
            },
            indent=2,
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )
    over = [figure.name for figure in figures if not figure.ok]
    if over:
        print(f"over budget: {', '.join(over)}", file=sys.stderr)
    return 0 if arguments.report_only or not over else 1


if __name__ == "__main__":
    sys.exit(main())
