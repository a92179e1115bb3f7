"""compare(): golden tables that reproduce the primary article's comparison, and clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import fitcerts

# These tests pin release 2026.1: it must answer exactly as the primary article states.
ARTICLE = fitcerts.load("2026.1")


GOLDEN = Path(__file__).parent / "golden"


@pytest.mark.parametrize(
    "keys", [("CSCS", "NASM-PES"), ("NSCA-CPT", "NASM-CPT", "CSCCA-SCCC")], ids="-".join
)
def test_markdown_matches_the_golden_table(keys: tuple[str, ...]) -> None:
    expected = (GOLDEN / f"compare-{'-'.join(keys)}.md").read_text(encoding="utf-8")
    assert ARTICLE.compare(*keys).to_markdown() == expected


def test_cscs_vs_pes_carries_every_fact_of_the_article_table() -> None:
    table = ARTICLE.compare("CSCS", "NASM-PES")
    cells = {row.label: [cell.text for cell in row.cells] for row in table.rows}
    assert list(cells)[:8] == [
        "Exam cost",
        "Study materials",
        "Prerequisites",
        "Exam length",
        "Exam topics",
        "Passing score",
        "Pass rate",
        "Qualifications (settings)",
    ]
    cscs, pes = zip(*cells.values(), strict=True)
    assert "$340 (members)" in cscs[0] and "$475 (non-members)" in cscs[0]
    assert pes[0].startswith("$699+")
    assert cscs[1] == "$268+ (Essential collection)"
    assert pes[1].startswith("included in")
    assert "bachelor's" in cscs[2] and "CPR/AED" in cscs[2]
    assert "none mandatory" in pes[2] and "Recommended:" in pes[2]
    assert "4 h" in cscs[3] and "220 multiple-choice" in cscs[3]
    assert "1 h 30 min" in pes[3] and "100 multiple-choice" in pes[3]
    assert cscs[4].count(",") == 6 and pes[4].count(",") == 6
    assert cscs[5] == pes[5] == "70%"
    assert (cscs[6], pes[6]) == ("39% (2025)", "not reported")
    assert "collegiate athletics" in cscs[7] and "private practice" in pes[7]


def test_cells_carry_their_sources() -> None:
    table = ARTICLE.compare("CSCS", "NASM-PES")
    for row in table.rows:
        for cell in row.cells:
            assert cell.sources, (row.label, cell.text)


def test_to_dict_html_and_repr() -> None:
    table = ARTICLE.compare("CSCS", ARTICLE.get("NASM-PES"))
    data = table.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["credentials"] == ["CSCS", "NASM-PES"]
    assert data["rows"][6] == {
        "label": "Pass rate",
        "cells": [
            {"text": "39% (2025)", "sources": ["article-2025"], "disagreements": []},
            {"text": "not reported", "sources": ["article-2025"], "disagreements": []},
        ],
    }
    html = table._repr_html_()
    assert html.startswith("<table>") and html.count("<tr>") == 9
    assert (
        '<td title="Choosing between NSCA and NASM certifications (2025)">39% (2025)</td>' in html
    )
    assert repr(table) == "<Comparison of CSCS, NASM-PES: 8 rows>"
    assert table.row("pass rate").cells[0].text == "39% (2025)"
    with pytest.raises(KeyError, match="no row 'price'"):
        table.row("price")


def test_duplicate_and_unknown_keys_are_errors() -> None:
    with pytest.raises(ValueError, match="more than once: CSCS"):
        ARTICLE.compare("CSCS", "nsca cscs")
    with pytest.raises(fitcerts.UnknownCredentialError, match="Did you mean"):
        ARTICLE.compare("CSCS", "NASM-PESS")
    with pytest.raises(fitcerts.AmbiguousCredentialError):
        ARTICLE.compare("CSCS", "CPT")
    with pytest.raises(TypeError):
        ARTICLE.compare("CSCS")  # type: ignore[call-arg]


def test_a_recorded_disagreement_marks_its_cell() -> None:
    import attrs

    from fitcerts.comparison import compare_records as compare

    cscs = ARTICLE.get("CSCS")
    other = fitcerts.Source(id="other", title="Other page", kind=fitcerts.SourceKind.THIRD_PARTY)
    disputed = attrs.evolve(
        cscs,
        disagreements=(
            fitcerts.Disagreement(path="exam.pass_rates[0]", value="41% (2025)", sources=(other,)),
        ),
    )
    table = compare([disputed, ARTICLE.get("NASM-PES")])
    cell = table.row("Pass rate").cells[0]
    assert cell.text == "39% (2025) †"
    assert [d.value for d in cell.disagreements] == ["41% (2025)"]
    assert table.row("Passing score").cells[0].disagreements == ()
    assert table.to_markdown().endswith("† Sources disagree; see `Credential.conflicts()`.\n")
    assert table.to_dict()["rows"][6]["cells"][0]["disagreements"] == [
        {"path": "exam.pass_rates[0]", "value": "41% (2025)", "note": None, "sources": ["other"]}
    ]
    assert disputed.conflicts("exam") == disputed.disagreements
    assert disputed.conflicts("prices") == ()
