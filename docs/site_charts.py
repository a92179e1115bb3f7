"""Charts for the documentation site, drawn with matplotlib when the site is built.

Each chart is an SVG (text kept as text, ids salted with a fixed string, no date in its metadata,
so two builds write the same bytes) with a text alternative that says everything the picture
does. A chart is made only from at least two known figures, and an unknown figure is never drawn:
it is written as "not reported" where its bar would be.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from decimal import Decimal
from typing import Any, NamedTuple

import matplotlib
from matplotlib.figure import Figure

# Settings every chart is drawn with; rc_context keeps them off the process-wide defaults.
_STYLE: Any = {
    "svg.hashsalt": "fitcerts",  # fixed ids: the same data gives the same file
    "svg.fonttype": "none",  # text stays text: searchable, and smaller than glyph outlines
    "font.family": "sans-serif",
    "font.size": 10,
    "axes.spines.top": False,
    "axes.spines.right": False,
}
# No date and no generator URL in the SVG: the file depends on the data alone.
_METADATA = {"Date": None, "Creator": None}

OFFICIAL_COLOUR = "#1f5fa8"
POPULATION_COLOURS = {"first-time": "#1f5fa8", "all": "#b3541e", "not-stated": "#4d4d4d"}
POPULATION_LABELS = {
    "first-time": "first-time candidates",
    "all": "all candidates",
    "not-stated": "candidates not stated",
}
EARN_COLOUR = "#1f5fa8"
KEEP_COLOUR = "#2e7d4f"


class Chart(NamedTuple):
    """An SVG picture and the words that stand for it."""

    svg: str
    alt: str


class RatePoint(NamedTuple):
    """One pass-rate figure: the year, the percentage, whose candidates, and whether the
    issuer itself published it (else a third party or an article did)."""

    year: int
    percent: Decimal
    population: str  # a PassRatePopulation value
    official: bool


class CostBar(NamedTuple):
    """A figure for one bar; ``amount`` None is unknown and is never drawn."""

    amount: Decimal | None
    text: str  # as people read it: "$743+", "not reported"
    lower: bool = False  # a lower bound: the real figure may be higher


class CostRow(NamedTuple):
    """One credential's bars: what earning it costs and what keeping it costs."""

    label: str
    earn: CostBar
    keep: CostBar


def _svg(figure: Figure) -> str:
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", metadata=_METADATA, bbox_inches="tight")
    return buffer.getvalue()


def pass_rate_chart(name: str, points: Sequence[RatePoint]) -> Chart | None:
    """The pass rate by year, a line for each population of candidates; a filled marker is the
    issuer's own figure, a hollow one a third party's or an article's. None below two points."""
    if len(points) < 2:
        return None
    with matplotlib.rc_context(_STYLE):
        figure = Figure(figsize=(5.2, 3.3))
        axes = figure.add_subplot()
        for population in POPULATION_LABELS:
            series = sorted((p for p in points if p.population == population), key=_year)
            if not series:
                continue
            colour = POPULATION_COLOURS[population]
            years = [p.year for p in series]
            values = [float(p.percent) for p in series]
            axes.plot(
                years, values, color=colour, linewidth=1.5, label=POPULATION_LABELS[population]
            )
            for point in series:
                axes.plot(
                    [point.year],
                    [float(point.percent)],
                    marker="o",
                    markersize=7,
                    color=colour,
                    markerfacecolor=colour if point.official else "white",
                    markeredgewidth=1.5,
                    linestyle="none",
                )
                axes.annotate(
                    f"{point.percent}%",
                    (point.year, float(point.percent)),
                    textcoords="offset points",
                    xytext=(0, 8),
                    ha="center",
                    fontsize=9,
                )
        axes.plot([], [], marker="o", color="#4d4d4d", linestyle="none", label="issuer's figure")
        axes.plot(
            [],
            [],
            marker="o",
            color="#4d4d4d",
            markerfacecolor="white",
            linestyle="none",
            label="third-party or article figure",
        )
        years = sorted({p.year for p in points})
        axes.set_xticks(years, [str(year) for year in years])
        axes.set_ylim(0, 105)
        axes.set_ylabel("candidates who passed (%)")
        axes.grid(axis="y", color="#dddddd", linewidth=0.6)
        axes.set_title(f"{name}: pass rate by year", fontsize=11)
        axes.legend(fontsize=8, frameon=False, loc="lower left", ncols=2)
        svg = _svg(figure)
    described = "; ".join(
        f"{p.year}: {p.percent}% ({POPULATION_LABELS[p.population]}, "
        f"{'issuer' if p.official else 'third party or article'})"
        for p in sorted(points, key=_year)
    )
    return Chart(svg, f"Line chart of the {name} pass rate by year. {described}.")


def _year(point: RatePoint) -> int:
    return point.year


def cost_chart(title: str, rows: Sequence[CostRow], keep_label: str) -> Chart | None:
    """Two panels side by side, one bar a credential: the cost to earn it and the cost to keep
    it. A lower bound is hatched and its label ends in ``+``; an unknown has no bar, only the
    words. None unless at least two figures are known."""
    known = sum(bar.amount is not None for row in rows for bar in (row.earn, row.keep))
    if known < 2:
        return None
    with matplotlib.rc_context(_STYLE):
        height = 1.3 + 0.45 * len(rows)
        figure = Figure(figsize=(5.0, height))
        left, right = figure.subplots(1, 2, sharey=True)
        positions = list(range(len(rows)))[::-1]
        for axes, side, colour, heading in (
            (left, "earn", EARN_COLOUR, "to earn"),
            (right, "keep", KEEP_COLOUR, keep_label),
        ):
            bars = [getattr(row, side) for row in rows]
            amounts = [float(bar.amount) for bar in bars if bar.amount is not None]
            top = max(amounts, default=0.0) or 1.0  # an axis even when every figure is zero
            for position, bar in zip(positions, bars, strict=True):
                if bar.amount is None:
                    axes.text(0, position, f" {bar.text}", va="center", fontsize=9, color="#6b6b6b")
                    continue
                lower = bar.lower
                axes.barh(
                    position,
                    float(bar.amount),
                    color=colour,
                    alpha=0.55 if lower else 0.9,
                    hatch="//" if lower else None,
                    edgecolor=colour,
                    height=0.6,
                )
                axes.text(
                    float(bar.amount) + top * 0.02,
                    position,
                    bar.text,
                    va="center",
                    fontsize=9,
                )
            axes.set_xlim(0, top * 1.45)
            axes.set_title(heading, fontsize=10)
            axes.tick_params(axis="x", labelsize=9)
            axes.grid(axis="x", color="#dddddd", linewidth=0.6)
        left.set_yticks(positions, [row.label for row in rows], fontsize=10)
        figure.suptitle(title, fontsize=11)
        svg = _svg(figure)
    described = "; ".join(
        f"{row.label}: {row.earn.text} to earn, {row.keep.text} to keep" for row in rows
    )
    return Chart(
        svg,
        f"Bar chart, {title}: to earn, and {keep_label}, side by side. {described}. "
        "Hatched bars and a + are lower bounds; unknown figures have no bar.",
    )
