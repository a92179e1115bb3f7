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
    budget_kind: str  # "ratio": value / floor must stay under budget; "absolute": value must

    @property
    def ratio(self) -> float:
        return self.value / self.floor

    @property
    def ok(self) -> bool:
        measured = self.ratio if self.budget_kind == "ratio" else self.value
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
    table_us = per_call(lambda: fitcerts.eligibility_table(profile), repeat, fewer)
    cost = per_call(lambda: fitcerts.total_cost("CSCS", member=True), repeat, fewer)
    return [
        Figure("warm get('CSCS')", by_id, floor_us, "µs", 2.0, "absolute"),
        Figure("warm get('nasm pes')", by_name, floor_us, "µs", 2.0, "absolute"),
        Figure("warm eligibility_table(profile)", table_us, floor_us, "µs", 50.0, "absolute"),
        Figure("warm total_cost('CSCS', member=True)", cost, floor_us, "µs", 50.0, "absolute"),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--report-only", action="store_true", help="never fail on a budget")
    parser.add_argument("--json", type=Path, default=RESULTS, help="where to write the figures")
    arguments = parser.parse_args(argv)
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
        *warm_calls(arguments.quick),
    ]

    print(f"{'figure':42} {'value':>10} {'floor':>10} {'ratio':>7} {'budget':>12}  ok")
    for figure in figures:
        budget = (
            f"≤{figure.budget:.2f}x"
            if figure.budget_kind == "ratio"
            else f"≤{figure.budget} {figure.unit}"
        )
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
