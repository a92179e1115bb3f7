"""Prices in force on the right days: a period only where a page states one, at most one price a
slot on any day in every release, and a release check that refuses two dated prices at once."""

from __future__ import annotations

import collections
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

import fitcerts
from fitcerts import Credential, Price, PriceItem
from fitcerts.check import check_folder
from fitcerts.records import prices_in_force
from tests.conftest import EditJson


def boundary_days(prices: tuple[Price, ...]) -> set[date]:
    """The days around every start and end a price states: the prices in force change only
    there, so checking them checks every day of the release's range of price dates."""
    days: set[date] = set()
    for price in prices:
        for day in (price.valid_from, price.valid_until):
            if day is not None:
                days |= {day - timedelta(days=1), day, day + timedelta(days=1)}
        if price.stated_in is not None:
            year = price.stated_in
            days |= {date(year - 1, 12, 31), date(year, 1, 1), date(year, 12, 31)}
            days.add(date(year + 1, 1, 1))
    return days


@pytest.mark.parametrize("version", fitcerts.data_versions())
def test_at_most_one_price_a_slot_is_in_force_on_any_day(version: str) -> None:
    for credential in fitcerts.load(version).credentials():
        for day in boundary_days(credential.prices) | {date(2026, 12, 7)}:
            slots = collections.Counter(p.slot for p in prices_in_force(credential.prices, day))
            clashes = [slot for slot, count in slots.items() if count > 1]
            assert not clashes, (credential.id, day, clashes)


def fee(credential: Credential, kind: PriceItem, day: date) -> list[str]:
    return [str(p) for p in prices_in_force(credential.prices, day) if p.pays_for is kind]


def test_a_dated_fee_holds_for_its_period_and_the_undated_current_one_after_it() -> None:
    gei = fitcerts.load("2026.4").get("ACSM-GEI")
    assert fee(gei, PriceItem.RECERTIFICATION, date(2021, 6, 1)) == ["$45"]
    assert fee(gei, PriceItem.RECERTIFICATION, date(2025, 6, 1)) == ["$60"]
    assert fee(gei, PriceItem.LATE_FEE, date(2019, 6, 1)) == ["$25"]
    assert fee(gei, PriceItem.LATE_FEE, date(2021, 6, 1)) == ["$75"]
    assert fee(gei, PriceItem.LATE_FEE, date(2025, 6, 1)) == ["$80"]


def test_comparing_on_a_day_shows_one_fee_per_kind_audience_and_market() -> None:
    table = fitcerts.load("2026.4").compare("ACSM-CEP", "ACSM-GEI", on=date(2025, 6, 1))
    renewal = next(row for row in table.rows if row.label == "Renewal")
    for cell in renewal.cells:
        # one renewal fee, one late fee, one reinstatement fee: no older fee beside them
        assert cell.text.count(", fee $") == 1 and cell.text.count("$") == 3, cell.text


def test_the_command_line_compares_on_a_day() -> None:
    command = str(Path(sys.executable).parent / "fitcerts")
    out = subprocess.run(
        [command, "compare", "ACSM-CEP", "ACSM-GEI", "--on", "2025-06-01"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    assert "fee $60, late fee $80, reinstatement $165" in " ".join(out.stdout.split())
    assert "$45" not in out.stdout and "$25" not in out.stdout


def test_the_check_refuses_two_dated_prices_of_one_slot_on_the_same_days(
    release_copy: Path, edit_json: EditJson
) -> None:
    def overlap(credentials: list[dict[str, object]]) -> None:
        gei = next(c for c in credentials if c["id"] == "ACSM-GEI")
        prices = gei["prices"]
        assert isinstance(prices, list)
        prices.append(
            {
                "pays_for": "recertification",
                "amount": "50",
                "bound": "exact",
                "valid_from": "2021-06-01",
                "valid_until": "2022-05-31",
                "jurisdiction": "US",
                "sources": ["acsm-recert-faq-old"],
            }
        )

    assert check_folder(release_copy) == []
    edit_json(release_copy, "credentials.json", overlap)
    problems = check_folder(release_copy)
    assert len(problems) == 1
    assert "two 'recertification' prices for 'anyone' hold on the same days" in problems[0]
    assert "$45 [US, until 2021-12-31]" in problems[0] and "$50 [US, from 2021-06-01" in problems[0]


def test_a_list_as_a_whole_is_backed_by_what_backs_its_items() -> None:
    for version in ("2026.3", "2026.4"):
        sccc = fitcerts.load(version).get("CSCCA-SCCC")
        parts = {
            s.id for i in range(len(sccc.exam.parts)) for s in sccc.sources_for(f"exam.parts[{i}]")
        }
        assert {s.id for s in sccc.sources_for("exam.parts")} == parts
        assert parts != {s.id for s in sccc.sources}


def test_no_usd_price_leaves_its_inferred_currency_unsaid() -> None:
    for credential in fitcerts.load("2026.4").credentials():
        for price in credential.prices:
            if price.currency == "USD" and price.amount is not None:
                note = price.note or ""
                assert any(w in note for w in ("inferred", "USD", "US dollars")), (
                    credential.id,
                    price,
                )


def test_one_url_is_one_source_of_one_kind() -> None:
    kinds: dict[str, set[str]] = collections.defaultdict(set)
    for source in fitcerts.load("2026.4").sources():
        if source.url:
            kinds[source.url.rstrip("/").lower()].add(source.kind.value)
    assert all(len(found) == 1 for found in kinds.values())


def test_the_chinese_language_ace_fee_tied_to_no_credential_is_gone() -> None:
    assert not [p for p in fitcerts.load("2026.4").get("ACE-CPT").prices if p.language == "zh"]
