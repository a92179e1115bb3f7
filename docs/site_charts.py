"""Charts for the documentation site, drawn with matplotlib when the site is built.

Each chart is an SVG (text kept as text, ids salted with a fixed string, no date in its metadata,
so two builds write the same bytes) with a text alternative that says everything the picture
does. A chart is made only from at least two known figures, and an unknown figure is never drawn:
it is written as "not reported" where its bar would be.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Any, NamedTuple

import matplotlib
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

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
# The fill of a lower-bound bar: the colour mixed with white, so its hatching shows.
_PALE = {EARN_COLOUR: "#c7d7ea", KEEP_COLOUR: "#cbdfd3"}

# Charts are drawn this wide (inches) with no text under _SMALLEST points, so a phone 390 px
# wide, which shows a chart about 340 px across, renders every label at 11 px or more.
_WIDTH = 3.6
_SMALLEST = 9.5
_TITLE = 10.5


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
    figure.savefig(buffer, format="svg", metadata=_METADATA)  # constrained layout: it fits
    return buffer.getvalue()


def pass_rate_chart(name: str, points: Sequence[RatePoint]) -> Chart | None:
    """The pass rate by year, a line for each population of candidates; a filled marker is the
    issuer's own figure, a hollow one a third party's or an article's. None below two points."""
    if len(points) < 2:
        return None
    with matplotlib.rc_context(_STYLE):
        figure = Figure(figsize=(_WIDTH, 3.4), layout="constrained")
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
                    fontsize=_SMALLEST,
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
        axes.set_ylabel("candidates who passed (%)", fontsize=_SMALLEST)
        axes.tick_params(labelsize=_SMALLEST)
        axes.grid(axis="y", color="#dddddd", linewidth=0.6)
        axes.set_title(f"{name}: pass rate by year", fontsize=_TITLE)
        axes.legend(fontsize=_SMALLEST, frameon=False, loc="lower left", ncols=1)
        svg = _svg(figure)
    described = "; ".join(
        f"{p.year}: {p.percent}% ({POPULATION_LABELS[p.population]}, "
        f"{'issuer' if p.official else 'third party or article'})"
        for p in sorted(points, key=_year)
    )
    return Chart(svg, f"Line chart of the {name} pass rate by year. {described}.")


def _amount_only(text: str) -> str:
    """``$180`` of ``$180 at fees last published, no longer in force``: what fits by a bar."""
    found = re.match(r"(about )?\S+", text)
    return found.group(0) if found else text


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
        height = 1.6 + 0.9 * len(rows)  # two panels, one above the other: a phone's width
        figure = Figure(figsize=(_WIDTH, height), layout="constrained")
        upper, lower_panel = figure.subplots(2, 1)
        positions = list(range(len(rows)))[::-1]
        for axes, side, colour, heading in (
            (upper, "earn", EARN_COLOUR, "to earn"),
            (lower_panel, "keep", KEEP_COLOUR, keep_label),
        ):
            bars = [getattr(row, side) for row in rows]
            amounts = [float(bar.amount) for bar in bars if bar.amount is not None]
            top = max(amounts, default=0.0) or 1.0  # an axis even when every figure is zero
            for position, bar in zip(positions, bars, strict=True):
                if bar.amount is None:
                    axes.text(
                        0,
                        position,
                        f" {bar.text}",
                        va="center",
                        fontsize=_SMALLEST,
                        color="#595959",
                    )
                    continue
                axes.barh(
                    position,
                    float(bar.amount),
                    # a lower bound: a pale bar crossed by lines of the full colour
                    color=_PALE[colour] if bar.lower else colour,
                    hatch="///" if bar.lower else None,
                    edgecolor=colour,
                    linewidth=1.0,
                    height=0.6,
                )
                label = axes.text(
                    float(bar.amount) + top * 0.02,
                    position,
                    _amount_only(bar.text),  # the rest is in the figures table under the chart
                    va="center",
                    fontsize=_SMALLEST,
                )
                label.set_in_layout(False)  # inside the room the x limit leaves; not a margin
            axes.set_xlim(0, top * 1.6)
            axes.xaxis.set_major_locator(MaxNLocator(nbins=3))
            axes.set_title(heading, fontsize=_SMALLEST, loc="left")
            axes.tick_params(axis="x", labelsize=_SMALLEST)
            axes.set_yticks(positions, [row.label for row in rows], fontsize=_SMALLEST)
            axes.grid(axis="x", color="#dddddd", linewidth=0.6)
        figure.suptitle(title, fontsize=_TITLE)
        svg = _svg(figure)
    described = "; ".join(
        f"{row.label}: {row.earn.text} to earn, {row.keep.text} to keep" for row in rows
    )
    return Chart(
        svg,
        f"Bar chart, {title}: to earn, and {keep_label}, side by side. {described}. "
        "Hatched bars and a + are lower bounds; unknown figures have no bar.",
    )
