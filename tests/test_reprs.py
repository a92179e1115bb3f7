"""Reprs for people: one short line for every record and result, the rest in ``str()`` or
``describe()``; HTML that escapes whatever the data holds; reasons that say each thing once, and
one wording for a value no source reports."""

from __future__ import annotations

import html.parser
import itertools
import re
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import fitcerts
from fitcerts import (
    CareerSetting,
    Condition,
    ConditionCheck,
    CostBreakdown,
    CostItem,
    Credential,
    DataDiff,
    Education,
    EligibilityReport,
    FactAge,
    FieldChange,
    MembershipDecision,
    Price,
    Profile,
    Reason,
    Recommendation,
    RecordChange,
    Requirement,
    Source,
)
from fitcerts.comparison import Cell, Comparison, Row
from fitcerts.costs import cost_of
from fitcerts.eligibility_rules import judge
from fitcerts.markup import Titled, html_table
from fitcerts.presentation import NOT_REPORTED, REPR_WIDTH, alternatives
from fitcerts.recommendations import recommendations_html
from fitcerts.records import RECORD_TYPES

ROOT = Path(__file__).resolve().parents[1]
VERSIONS = fitcerts.data_versions()
RELEASES = {version: fitcerts.load(version) for version in VERSIONS}
RESULT_TYPES = (
    CostItem,
    MembershipDecision,
    CostBreakdown,
    ConditionCheck,
    EligibilityReport,
    Reason,
    Recommendation,
    FieldChange,
    RecordChange,
    DataDiff,
    Cell,
    Row,
    Comparison,
    FactAge,
)
PLANT = '<script>alert("x")</script> & <b>'
DAY = date(2026, 6, 1)


def assert_short(value: object) -> None:
    text = repr(value)
    assert len(text) < 120, text
    assert len(text.splitlines()) == 1 and "\n" not in text, text
    assert text.startswith(f"<{type(value).__name__}") and text.endswith(">"), text


def nested(value: Any) -> Iterator[Any]:
    """``value`` and every record and result inside it, through fields and tuples."""
    if isinstance(value, tuple):
        for item in value:
            yield from nested(item)
    elif attrs.has(type(value)):
        yield value
        for field in attrs.fields(type(value)):
            if not isinstance(value, Credential) or field.name != "organization":
                yield from nested(getattr(value, field.name))


def records(version: str) -> Iterator[Any]:
    release = RELEASES[version]
    for top in (*release.credentials(), *release.organizations(), *release.sources()):
        yield from nested(top)


# --- text reprs ----------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", [*RECORD_TYPES, *RESULT_TYPES], ids=lambda kind: kind.__name__)
def test_every_record_and_result_type_writes_its_own_repr_and_a_description(kind: type) -> None:
    assert "__repr__" in kind.__dict__, f"{kind.__name__} keeps the generated repr"
    assert callable(getattr(kind, "describe", None)), f"{kind.__name__} has no describe()"


@pytest.mark.parametrize("version", VERSIONS)
def test_every_record_of_every_release_has_a_one_line_repr_under_120_characters(
    version: str,
) -> None:
    seen = {type(record) for record in records(version)}
    for record in records(version):
        assert_short(record)
    assert {Credential, Price, Requirement, Condition, Source} <= seen


@pytest.mark.parametrize(("old", "new"), list(itertools.pairwise(VERSIONS)))
def test_diffs_changes_and_fields_have_short_reprs_and_full_descriptions(
    old: str, new: str
) -> None:
    changes = fitcerts.diff(old, new)
    assert_short(changes)
    for record in changes.changed:
        assert_short(record)
        assert all(str(change) in record.describe() for change in record.changes)
        for change in record.changes:
            assert_short(change)
    assert changes.describe() == changes.to_markdown()


profiles = st.builds(
    Profile,
    age=st.none() | st.integers(14, 80),
    education=st.none() | st.sampled_from(list(Education)),
    college_senior=st.none() | st.booleans(),
    cpr_aed=st.none() | st.booleans(),
    first_aid=st.none() | st.booleans(),
    internship_hours=st.none() | st.integers(0, 2_000),
    experience_hours=st.none() | st.integers(0, 5_000),
    experience_years=st.none() | st.integers(0, 20),
    student=st.none() | st.booleans(),
    program_accreditations=st.none() | st.frozensets(st.sampled_from(["CAAHEP", "NCCA", "x"])),
    country=st.none() | st.sampled_from(["US", "GB", "JP", "CA"]),
    credentials=st.none() | st.frozensets(st.sampled_from(["CSCS", "NASM-CPT", "NSCA-CPT"])),
    memberships=st.none() | st.frozensets(st.sampled_from(["NSCA", "NASM"])),
)


def results(version: str, profile: Profile, goal: CareerSetting, key: str) -> Iterator[Any]:
    """Every result a release gives for one profile: reports, recommendations and costs."""
    release = RELEASES[version]
    yield from nested(release.eligibility_table(profile, on=DAY))
    yield from nested(release.recommend(profile, goal, on=DAY))
    for member in (False, True, "cheapest"):
        yield from nested(release.total_cost(key, member=member, profile=profile, on=DAY))
    yield from nested(release.cost_of_ownership(key, years=7, start=DAY))


@settings(max_examples=40, deadline=None)
@given(version=st.sampled_from(VERSIONS), profile=profiles, data=st.data())
def test_results_for_sampled_profiles_have_one_line_reprs_under_120_characters(
    version: str, profile: Profile, data: st.DataObject
) -> None:
    goal = data.draw(st.sampled_from(list(CareerSetting)))
    key = data.draw(st.sampled_from([c.id for c in RELEASES[version].credentials()]))
    for result in results(version, profile, goal, key):
        if not isinstance(result, Profile):
            assert_short(result)


@settings(max_examples=60, deadline=None)
@given(text=st.text(min_size=0, max_size=400))
def test_reprs_stay_short_and_on_one_line_whatever_a_what_if_record_holds(text: str) -> None:
    cscs = RELEASES[VERSIONS[-1]].get("CSCS")
    organization = attrs.evolve(cscs.organization, id=text or "x", name=text)
    source = attrs.evolve(cscs.sources[0], id=text or "x", title=text)
    price = attrs.evolve(cscs.prices[0], tier=text or None, tier_name=text, note=text)
    condition = attrs.evolve(cscs.requirements[0].any_of[0], description=text)
    requirement = attrs.evolve(cscs.requirements[0], any_of=(condition, condition))
    what_if = attrs.evolve(
        cscs,
        id=text or "x",
        name=text,
        organization=organization,
        prices=(price,),
        requirements=(requirement,),
        sources=(source,),
    )
    report = judge(Profile(age=30), what_if, DAY)
    cost = cost_of((what_if,))
    for value in (
        *(organization, source, price, condition, requirement, what_if),
        *(report, *report.undecided, *report.unmet, cost, *cost.items),
    ):
        assert_short(value)


def test_reprs_name_what_a_person_looks_for() -> None:
    release = RELEASES["2026.1"]
    cscs = release.get("CSCS")
    assert repr(cscs) == (
        "<Credential CSCS: Certified Strength and Conditioning Specialist (NSCA)>"
    )
    assert repr(cscs.prices[0]) == "<Price exam, member: $340>"
    assert repr(cscs.exam.passing_score) == "<PassingScore 70%>"
    assert repr(release.total_cost("NSCA-CPT", member=True)) == (
        "<CostBreakdown $300 USD, 1 not reported>"
    )
    young = release.eligibility(Profile(age=17), "NSCA-CPT")
    assert repr(young.unmet[0]) == "<ConditionCheck not met: at least 18 years old>"
    long_name = attrs.evolve(cscs, name="x" * 500)
    assert repr(long_name).endswith("… (NSCA)>"), "the organization survives the cut"


def test_the_detail_a_repr_leaves_out_is_in_str_or_describe() -> None:
    release = RELEASES[VERSIONS[-1]]
    cscs = release.get("CSCS")
    description = cscs.describe()
    assert cscs.description in description and "  exam:" in description
    assert all(source.id in description for source in cscs.all_sources())
    price = cscs.prices[0]
    assert price.note is not None and price.note in price.describe()
    cost = release.total_cost("CSCCA-SCCC", member="cheapest")
    assert cost.decisions[0].reason in cost.describe() and str(cost) in cost.describe()
    report = release.eligibility(Profile(age=17), "NSCA-CPT")
    assert all(reason in report.describe() for reason in report.reasons)
    best = release.recommend(Profile(age=30, education="master", cpr_aed=True), "collegiate")[0]
    assert all(str(reason) in best.describe() for reason in best.reasons)


# --- HTML ----------------------------------------------------------------------------------------


class _Tags(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)


TABLE_TAGS = {"table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td"}


def tags(markup: str) -> set[str]:
    parser = _Tags()
    parser.feed(markup)
    return parser.tags


def assert_escaped(markup: str) -> None:
    """Only table markup; the planted text shows as text, never as a tag."""
    assert tags(markup) <= TABLE_TAGS
    assert "<script>" not in markup and "<b>" not in markup
    assert "&lt;script&gt;" in markup


def planted() -> Credential:
    """A what-if CSCS whose texts hold markup, as data from anywhere might."""
    cscs = RELEASES[VERSIONS[-1]].get("CSCS")
    source = attrs.evolve(cscs.sources[0], title=PLANT)
    condition = Condition(kind=fitcerts.ConditionKind.OTHER, description=PLANT)
    requirement = attrs.evolve(cscs.requirements[0], any_of=(condition,), sources=(source,))
    price = attrs.evolve(cscs.prices[1], note=PLANT, sources=(source,))
    return attrs.evolve(
        cscs,
        name=PLANT,
        organization=attrs.evolve(cscs.organization, name=PLANT),
        prices=(price,),
        requirements=(requirement,),
        sources=(source,),
    )


def test_html_reprs_escape_markup_planted_in_a_what_if_record() -> None:
    credential = planted()
    report = judge(Profile(age=30), credential, DAY)
    cost = cost_of((credential,), study_materials=False)
    recommendation = Recommendation(
        credential=credential,
        eligibility=report,
        cost=cost,
        reasons=(Reason(text=f"targets {PLANT}"),),
    )
    for markup in (
        credential._repr_html_(),
        cost._repr_html_(),
        report._repr_html_(),
        recommendation._repr_html_(),
        recommendations_html([recommendation, recommendation]),
    ):
        assert_escaped(markup)


def test_a_diff_escapes_its_values_ids_and_sources_in_html() -> None:
    source = attrs.evolve(RELEASES[VERSIONS[-1]].sources()[0], title=PLANT)
    change = FieldChange(path="name", old="<b>", new=PLANT, new_sources=(source,))
    planted_diff = DataDiff(
        old="2026.1",
        new="2026.2",
        credentials_added=(PLANT,),
        changed=(RecordChange(kind="credential", id=PLANT, changes=(change,)),),
    )
    assert_escaped(planted_diff._repr_html_())
    assert_short(planted_diff)


def test_the_html_of_real_results_holds_their_rows() -> None:
    release = RELEASES[VERSIONS[-1]]
    markup = release.get("CSCS")._repr_html_()
    assert markup.count("<th>Price</th>") == len(release.get("CSCS").prices)
    assert (
        "<caption>CSCS: Certified Strength and Conditioning Specialist (NSCA)</caption>" in markup
    )
    cost = release.total_cost("NSCA-CPT", member=True)
    assert cost._repr_html_().count("<tr>") == 1 + len(cost.items) + len(cost.missing)
    ranked = release.recommend(Profile(age=30, education="master", cpr_aed=True), "collegiate")
    assert recommendations_html(ranked).count("<tr>") == 1 + len(ranked)
    changes = fitcerts.diff(VERSIONS[0], VERSIONS[1])
    rows = sum(len(record.changes) for record in changes.changed)
    assert changes._repr_html_().count("<td>") >= 3 * rows
    for drawn in (markup, cost._repr_html_(), changes._repr_html_()):
        assert tags(drawn) <= TABLE_TAGS


def test_html_table_draws_the_comparison_table_exactly() -> None:
    """Comparison's HTML and the shared helper give the same table, so it can use it."""
    table = RELEASES["2026.1"].compare("CSCS", "NASM-PES")
    from fitcerts.presentation import cited

    shared = html_table(
        ["", *(c.id for c in table.credentials)],
        [
            [row.label, *(Titled(cell.text, cited(cell.sources)) for cell in row.cells)]
            for row in table.rows
        ],
        row_headers=True,
    )
    assert shared == table._repr_html_()


# --- reason texts --------------------------------------------------------------------------------


def fragments(text: str, data: list[str]) -> list[str]:
    """The clauses of a reason, with the data's own wording (requirement descriptions, which
    may repeat themselves) left out: split at ``;``, ``:`` and parentheses."""
    for quoted in sorted(data, key=len, reverse=True):
        text = text.replace(quoted, "\0")
    parts = (part.strip() for part in re.split(r"; |: |\(|\)", text))
    return [part for part in parts if part and "\0" not in part]


def descriptions(credential: Credential) -> list[str]:
    found = []
    for requirement in credential.requirements:
        texts = [condition.description for condition in requirement.any_of]
        found += [alternatives(texts), requirement.description, *texts]
    return found


def assert_said_once(text: str, data: list[str]) -> None:
    parts = fragments(text, data)
    repeated = {part for part in parts if parts.count(part) > 1}
    assert not repeated, (text, repeated)
    assert "(not in the data)" not in text and "not in the data" not in text


@settings(max_examples=40, deadline=None)
@given(version=st.sampled_from(VERSIONS), profile=profiles, data=st.data())
def test_no_reason_says_the_same_thing_twice(
    version: str, profile: Profile, data: st.DataObject
) -> None:
    release = RELEASES[version]
    goal = data.draw(st.sampled_from(list(CareerSetting)))
    for report in release.eligibility_table(profile, on=DAY):
        for check in nested(report):
            if isinstance(check, ConditionCheck):
                assert_said_once(check.reason, descriptions(report.credential))
    for recommendation in release.recommend(profile, goal, on=DAY):
        for reason in recommendation.reasons:
            assert_said_once(reason.text, descriptions(recommendation.credential))
    key = data.draw(st.sampled_from([c.id for c in release.credentials()]))
    cost = release.total_cost(key, member="cheapest", profile=profile, on=DAY)
    for decision in cost.decisions:
        assert_said_once(decision.reason, [])
    assert_said_once(str(cost), [])


def test_every_reason_of_every_release_for_an_unknown_profile_says_each_thing_once() -> None:
    for release, profile in itertools.product(RELEASES.values(), (Profile(), Profile(age=17))):
        for report in release.eligibility_table(profile, on=DAY):
            for check in (*report.unmet, *report.undecided, *report.recommended_undecided):
                assert_said_once(check.reason, descriptions(report.credential))
        for credential in release.credentials():
            cost = release.total_cost(credential, member="cheapest", on=DAY)
            for decision in cost.decisions:
                assert_said_once(decision.reason, [])


def test_a_requirement_whose_alternatives_end_alike_says_the_ending_once() -> None:
    assert alternatives(["a (said to help)", "b (said to help)"]) == "a or b (said to help)"
    assert alternatives(["a (x)", "b (y)"]) == "a (x) or b (y)"
    assert alternatives(["a (x)"]) == "a (x)"
    nasm = RELEASES[VERSIONS[-1]].get("NASM-PBC")
    report = RELEASES[VERSIONS[-1]].eligibility(Profile(), nasm)
    (check,) = report.recommended_undecided
    assert check.reason.count("(said to help, not required)") == 1


def test_one_wording_for_what_no_source_reports() -> None:
    release = RELEASES[VERSIONS[-1]]
    cost = release.total_cost("NSCA-CPT", member=True, study_materials=True)
    assert str(cost) == "$300 USD (incomplete; not reported: NSCA-CPT study materials)"
    nothing = RELEASES["2026.1"].total_cost("CPSS")
    assert str(nothing) == "price not reported: CPSS exam or program; CPSS study materials"
    owned = release.cost_of_ownership("CSCS", years=3)
    assert "CSCS continuing education in year 3" in owned.missing
    unknown = RELEASES["2026.1"].eligibility(Profile(), "CPSS").undecided[0]
    assert unknown.reason == f"what CPSS requires is {NOT_REPORTED}"
    texts = [
        str(release.total_cost(c, member=member, on=DAY))
        for c in release.credentials()
        for member in (False, "cheapest")
    ]
    assert not [text for text in texts if "not in the data" in text or "not priced" in text]


def test_not_in_the_data_is_written_nowhere() -> None:
    files = [
        *(ROOT / "src" / "fitcerts").rglob("*.py"),
        ROOT / "README.md",
        *(ROOT / "docs").rglob("*.md"),
    ]
    written = [path for path in files if "(not in the data)" in path.read_text(encoding="utf-8")]
    assert written == []


def test_a_membership_decision_names_each_tier_and_marks_lower_bounds() -> None:
    cost = RELEASES["2026.2"].total_cost("CSCS", member="cheapest")
    (decision,) = cost.decisions
    assert "joining NSCA as Student at $65 saves up to $70: $673+ as a member" in decision.reason
    assert "joining NSCA as Professional: fee not reported" in decision.reason
    assert repr(decision) == "<MembershipDecision NSCA: undecided>"


def test_the_recommendation_reason_names_the_requirements_that_decide() -> None:
    young = Profile(age=17, education="high-school", cpr_aed=True)
    ranked = RELEASES["2026.3"].recommend(young, "collegiate", on=DAY)
    reasons = {r.credential.id: r.reasons[0].text for r in ranked}
    assert reasons["NCSF-CSC"] == "eligibility: not-eligible (not met: at least 18 years old)"
    assert all(text.startswith("eligibility: ") for text in reasons.values())


def test_reprs_need_no_data_beyond_the_record() -> None:
    """A hand-made record with only what it must hold still writes every form."""
    source = Source(id="s", title="T", kind=fitcerts.SourceKind.OFFICIAL)
    price = Price(
        pays_for=fitcerts.PriceItem.EXAM,
        amount=Decimal("1.5"),
        bound=fitcerts.PriceBound.EXACT,
        sources=(source,),
    )
    assert repr(price) == "<Price exam: $1.50>"
    assert price.describe().splitlines()[0] == repr(price)
    assert repr(fitcerts.Exam()) == f"<Exam {NOT_REPORTED}>"
    assert REPR_WIDTH < 120
