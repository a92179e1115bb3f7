"""Coded cohort verdicts: the statuses of the texts, rule bits that name requirements, words for
the rows one reads, and dask partitions that agree."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

import fitcerts
from fitcerts.batch import UNREPORTED_BIT
from fitcerts.frames import eligibility_frame

NEWEST = fitcerts.load(fitcerts.DATA_VERSION)
DAY = date(2026, 3, 1)
PROFILES = pd.DataFrame(
    {
        "age": [30, 17, None, 45, 22, 60],
        "education": ["bachelor", "high-school", None, "master", "bachelor", "doctorate"],
        "cpr_aed": [True, True, None, False, True, True],
        "country": ["US", None, "GB", "JP", "US", "CA"],
        "experience_hours": [500, 0, None, 2000, 100, 4000],
    },
    index=["ana", "ben", "cho", "dev", "eli", "fay"],
)


def test_codes_name_requirements_as_the_rule_table_says() -> None:
    coded = eligibility_frame(PROFILES, NEWEST, on=DAY, reasons="codes")
    texts = eligibility_frame(PROFILES, NEWEST, on=DAY)
    assert coded["status"].equals(texts["status"])
    assert str(coded["status"].dtype) == "category"
    assert str(coded["unmet_rules"].dtype) == "uint16"
    rules = fitcerts.rule_texts(NEWEST)
    assert not rules.duplicated(["credential", "bit"]).any()
    for (_, row), worded in zip(coded.iterrows(), texts["reasons"], strict=True):
        named = rules[rules["credential"] == row["credential"]].set_index("bit")["text"]
        for column in ("unmet_rules", "undecided_rules"):
            bits = [bit for bit in range(16) if int(row[column]) >> bit & 1]
            assert set(bits) <= set(named.index), (row["credential"], column, bits)
        # Not eligible exactly when a required rule is unmet; a rule named unmet is worded so.
        assert (row["status"] == "not-eligible") == (row["unmet_rules"] != 0)
        assert len(worded) >= bin(int(row["unmet_rules"])).count("1")
    unreported = rules[rules["bit"] == UNREPORTED_BIT]
    assert set(unreported["credential"]) == {
        c.id for c in NEWEST.credentials() if not c.requirements_known
    }
    cscs = rules[rules["credential"] == "CSCS"]
    assert list(cscs["rule"]) == [f"CSCS/requirements/{i}" for i in range(len(cscs))]
    assert "US" in set(cscs["jurisdiction"].dropna())


def test_explain_words_the_rows_one_reads() -> None:
    coded = eligibility_frame(PROFILES, NEWEST, on=DAY, reasons="codes")
    texts = eligibility_frame(PROFILES, NEWEST, on=DAY)
    chosen = coded[(coded["credential"] == "CSCS") | (coded["status"] == "not-eligible")]
    worded = fitcerts.explain(chosen, PROFILES, NEWEST, on=DAY)
    assert list(worded["reasons"]) == list(texts.loc[chosen.index, "reasons"])
    assert "reasons" not in chosen.columns  # the rows given are left as they were
    with pytest.raises(KeyError, match="no rows labelled"):
        fitcerts.explain(chosen, PROFILES.drop(index="ana"), NEWEST, on=DAY)
    with pytest.raises(ValueError, match="repeated index labels"):
        fitcerts.explain(chosen, pd.concat([PROFILES, PROFILES]), NEWEST, on=DAY)
    with pytest.raises(ValueError, match="no credential, profile column"):
        fitcerts.explain(PROFILES, PROFILES, NEWEST)


def test_the_options_are_checked() -> None:
    with pytest.raises(fitcerts.UnknownValueError, match="reasons option"):
        eligibility_frame(PROFILES, NEWEST, reasons="words")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="details=True words every reason"):
        eligibility_frame(PROFILES, NEWEST, reasons="codes", details=True)
    face = fitcerts.eligibility_frame(PROFILES, NEWEST, on=DAY, reasons="codes", chunksize=2)
    pd.testing.assert_frame_equal(
        face, eligibility_frame(PROFILES, NEWEST, on=DAY, reasons="codes")
    )


def test_invalid_rows_stay_invalid_with_no_bits() -> None:
    messy = pd.DataFrame({"age": [30, "old"], "credentials": [None, ["NOPE-CPT"]]})
    coded = eligibility_frame(messy, NEWEST, reasons="codes")
    invalid = coded[coded["status"] == "invalid"]
    assert list(invalid["profile"]) == [1] and invalid["credential"].isna().all()
    assert (invalid[["unmet_rules", "undecided_rules"]] == 0).all().all()
    worded = fitcerts.explain(invalid, messy, NEWEST)
    assert "age" in worded["reasons"].iloc[0][0]


def test_dask_partitions_agree_on_the_codes() -> None:
    dask = pytest.importorskip("dask")
    dd = pytest.importorskip("dask.dataframe")
    cohort = pd.concat([PROFILES.reset_index(drop=True)] * 20, ignore_index=True)
    expected = eligibility_frame(cohort, NEWEST, on=DAY, reasons="codes")
    with dask.config.set({"dataframe.convert-string": False}):
        parts = dd.from_pandas(cohort, npartitions=5)
        meta = eligibility_frame(cohort.iloc[:0], NEWEST, on=DAY, reasons="codes")
        result = parts.map_partitions(eligibility_frame, NEWEST, on=DAY, reasons="codes", meta=meta)
        computed = result.compute(scheduler="synchronous")
    pd.testing.assert_frame_equal(computed.reset_index(drop=True), expected)


def test_credentials_with_many_rules_give_the_same_codes(monkeypatch: pytest.MonkeyPatch) -> None:
    from fitcerts import batch

    tabulated = eligibility_frame(PROFILES, NEWEST, on=DAY, reasons="codes")
    monkeypatch.setattr(batch, "_TABULATED_RULES", 0)  # every credential rule by rule
    pd.testing.assert_frame_equal(
        eligibility_frame(PROFILES, NEWEST, on=DAY, reasons="codes"), tabulated
    )
