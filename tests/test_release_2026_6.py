"""Release 2026.6: the primary article names its publisher and the address it is served at,
and nothing else changes; a diff reports a source's own fields."""

from __future__ import annotations

import itertools
import json

import pytest

import fitcerts
from fitcerts.check import check_folder
from fitcerts.dataformat import release_folder

ARTICLE = "article-2025"


def _sources(version: str) -> dict[str, dict[str, object]]:
    text = release_folder(version).joinpath("sources.json").read_text(encoding="utf-8")
    return {entry["id"]: entry for entry in json.loads(text)}


def article_in(version: str) -> fitcerts.Source:
    (article,) = [s for s in fitcerts.load(version).sources() if s.id == ARTICLE]
    return article


def test_it_is_the_default_release_and_checks_clean() -> None:
    assert fitcerts.DATA_VERSION == "2026.6" and fitcerts.data_versions()[-1] == "2026.6"
    assert fitcerts.__version__.startswith("2026.6.")
    assert check_folder(release_folder("2026.6")) == []


def test_the_article_names_its_publisher_and_address() -> None:
    article = article_in("2026.6")
    assert article.publisher == "Achievable"
    assert article.url == (
        "https://achievable.me/exams/cscs/resources/choosing-between-nsca-and-nasm-certifications"
    )
    # The page prints no date: the year is the one the project's source list gives.
    assert article.dated == "2025 (implied)" and article.kind is fitcerts.SourceKind.ARTICLE
    assert article.date_note is not None and "prints no date" in article.date_note
    before = article_in("2026.5")
    assert before.publisher is None and before.url is None  # a released file never changes


def test_only_the_article_changed() -> None:
    old, new = release_folder("2026.5"), release_folder("2026.6")
    for name in ("credentials.json", "organizations.json"):
        assert old.joinpath(name).read_bytes() == new.joinpath(name).read_bytes()
    before, after = _sources("2026.5"), _sources("2026.6")
    assert list(before) == list(after)
    assert [key for key in after if after[key] != before[key]] == [ARTICLE]
    assert {
        k: v for k, v in after[ARTICLE].items() if k not in ("publisher", "url", "date_note")
    } == (before[ARTICLE])


def test_the_diff_shows_the_articles_new_fields_with_their_source() -> None:
    change = fitcerts.diff("2026.5", "2026.6")
    assert [(r.kind, r.id) for r in change.changed] == [("source", ARTICLE)]
    (record,) = change.changed
    assert [(c.path, c.kind, c.new) for c in record.changes] == [
        ("publisher", "added", "Achievable"),
        (
            "url",
            "added",
            "https://achievable.me/exams/cscs/resources/choosing-between-nsca-and-nasm-certifications",
        ),
        ("date_note", "added", article_in("2026.6").date_note),
    ]
    assert all(c.new_sources == (article_in("2026.6"),) for c in record.changes)
    assert "sources +0 -0 ~1, 3 field changes" in str(change)
    assert "- Source article-2025: date_note, publisher, url" in change.outline()


@pytest.mark.parametrize(("old", "new"), list(itertools.pairwise(fitcerts.data_versions())))
def test_every_source_whose_entry_changed_is_in_the_diff(old: str, new: str) -> None:
    before, after = _sources(old), _sources(new)
    edited = {key for key in after.keys() & before.keys() if after[key] != before[key]}
    reported = {r.id for r in fitcerts.diff(old, new).changed if r.kind == "source"}
    assert reported == edited
    for record in fitcerts.diff(old, new).changed:
        if record.kind == "source":
            for change in record.changes:
                top = change.path.split(".")[0]
                assert before[record.id].get(top) != after[record.id].get(top), change
