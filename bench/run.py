"""Benchmarks for fitcerts, reported as ratios to a floor measured in the same run.

    python bench/run.py            # full run
    python bench/run.py --quick    # fewer repetitions, for CI

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
import statistics
import subprocess
import sys
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


def _run_process(code: Command) -> float:
    """Wall time of a fresh process: Python code given as a string, or a command line."""
    argv = [sys.executable, "-c", code] if isinstance(code, str) else code
    start = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
    return (time.perf_counter() - start) * 1000


def _cli() -> list[str]:
    """The installed ``fitcerts`` command next to this interpreter, else ``python -m fitcerts``."""
    script = Path(sys.executable).with_name("fitcerts")
    return [str(script)] if script.exists() else [sys.executable, "-m", "fitcerts"]


def process_start(
    name: str, code: Command, floor_code: Command, runs: int, budget: float
) -> Figure:
    """Median wall time of ``code`` and of ``floor_code``, each a fresh process."""
    ours: list[float] = []
    floor: list[float] = []
    _run_process(code), _run_process(floor_code)  # warm the file cache and bytecode
    for _ in range(runs):
        ours.append(_run_process(code))
        floor.append(_run_process(floor_code))
    return Figure(name, statistics.median(ours), statistics.median(floor), "ms", budget, "ratio")


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

    fresh = per_call(fresh_table, repeat, fewer)
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
        Figure("eligibility_table(new profile)", fresh, floor_us, "µs", 500.0, "absolute"),
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


_RSS = "import resource, sys; print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"


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


def peers(runs: int) -> list[Figure]:
    """A first lookup against the peer data libraries doing theirs, where they are installed."""
    figures = []
    ours = "import fitcerts; fitcerts.get('CSCS')"
    for name, code in (
        ("pycountry", "import pycountry; pycountry.countries.get(alpha_2='DE')"),
        ("us", "import us; us.states.lookup('MD')"),
    ):
        if importlib.util.find_spec(name) is None:
            print(f"({name} is not installed: its comparison is skipped)", file=sys.stderr)
            continue
        figures.append(process_start(f"first get vs {name}", ours, code, runs, 1.0))
    return figures


def _synthetic_release(folder: Path, size: int) -> None:
    """A release of ``size`` credentials in the real data format, cloned from the newest."""
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


def frame_throughput(quick: bool) -> list[Figure]:
    """eligibility_frame over many profiles against the real catalog: no per-row re-loading or
    quadratic work, so a profile costs at most 20 single eligibility() calls per credential."""
    if importlib.util.find_spec("pandas") is None:
        print("(pandas is not installed: eligibility_frame is skipped)", file=sys.stderr)
        return []
    import random

    import pandas

    import fitcerts

    count = 20_000 if quick else 100_000
    rng = random.Random(2026)
    levels = ["none", "high-school", "associate", "bachelor", "master", "doctorate"]
    frame = pandas.DataFrame(
        {
            "age": [rng.randint(15, 60) for _ in range(count)],
            "education": [rng.choice(levels) for _ in range(count)],
            "cpr_aed": [rng.choice([True, False, None]) for _ in range(count)],
            "experience_years": [rng.choice([None, 0, 1, 3, 5]) for _ in range(count)],
            "credentials": [rng.choice([[], ["NASM-CPT"], ["CSCS"], None]) for _ in range(count)],
        }
    )
    catalog = fitcerts.load(fitcerts.DATA_VERSION)
    cscs = catalog.get("CSCS")
    someone = fitcerts.Profile(age=30, cpr_aed=True)
    single = per_call(lambda: catalog.eligibility(someone, cscs), 3, 2000)
    start = time.perf_counter()
    result = fitcerts.eligibility_frame(frame, catalog)
    elapsed = time.perf_counter() - start
    assert len(result) == count * len(catalog.credentials())
    size = len(catalog.credentials())
    per_pair = elapsed / count / size * 1e6
    print(f"eligibility_frame: {count / elapsed:,.0f} profiles per second", file=sys.stderr)
    # Per profile and credential, next to one eligibility() call: a constant factor, whatever
    # the number of profiles, is what rules out per-row re-loading and quadratic work.
    return [
        Figure("eligibility_frame per profile/credential", per_pair, single, "µs", 20.0, "ratio")
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--report-only", action="store_true", help="never fail on a budget")
    parser.add_argument("--json", type=Path, default=RESULTS, help="where to write the figures")
    parser.add_argument("--scale-only", action="store_true", help=argparse.SUPPRESS)
    arguments = parser.parse_args(argv)
    if arguments.scale_only:
        print(json.dumps([attrs.asdict(figure) for figure in _scale(arguments.quick)]))
        return 0
    runs = 8 if arguments.quick else 30

    figures = [
        process_start("import fitcerts", "import fitcerts", "import attrs", runs, 1.10),
        process_start(
            "import fitcerts; fitcerts.get('CSCS')",
            "import fitcerts; fitcerts.get('CSCS')",
            "import attrs, cattrs.preconf.json",
            runs,
            1.15,
        ),
        process_start(
            "fitcerts show CSCS (whole CLI process)",
            [*_cli(), "show", "CSCS"],
            "import attrs, cattrs",
            runs,
            1.30,
        ),
        *peers(runs),
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
            "absolute": f"≤{figure.budget} {figure.unit}",
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
