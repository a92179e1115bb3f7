"""The column-wise judge behind ``eligibility_frame``: a table of candidates, a column at a time.

Each column is read once per distinct cell, each requirement judged once per distinct outcome
(by the row-by-row judge, so every reason is its own text), and the rows only ever meet numpy
array operations: codes, comparisons and gathers. ``eligibility()`` stays the reference; a
property test holds the two equal on every bundled release.
"""

from __future__ import annotations

import array
from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING, Any

import attrs
import numpy

from .eligibility_rules import condition_details, requirement_check
from .profile import Profile
from .vocabulary import ConditionKind

if TYPE_CHECKING:
    from .records import Condition, Credential, Requirement
    from .release import Release
from .batch_input import (
    Table,
)
from .batch_kernels import (
    READS,
    Array,
    all_of,
    any_of,
    factorized,
    fields_of,
    first_rows,
    leaves_of,
    met_over_values,
    mixed_keys,
)

__all__ = [
    "STATUSES",
    "UNREPORTED_BIT",
    "Chunk",
    "CodedChunk",
    "judge_chunks",
]


STATUSES = ("eligible", "unknown", "not-eligible", "invalid")
_ELIGIBLE, _UNKNOWN, _NOT_ELIGIBLE, _INVALID = map(
    STATUSES.index, ("eligible", "unknown", "not-eligible", "invalid")
)
# In the rule codes of ``reasons="codes"`` (16 bits a verdict): a credential's requirement i
# is bit i, and this bit says the data does not report what the credential requires.
UNREPORTED_BIT = 15

# Key spaces up to this size get a lookup table; larger ones are hashed (``pandas.factorize``).
_TABLE_LIMIT = 1 << 20

# The tuple columns ``details=True`` adds, as ``EligibilityReport`` names them.
DETAILS = ("met", "unmet", "undecided", "recommended_unmet", "recommended_undecided", "upcoming")


# --- judging ------------------------------------------------------------------------------------


@attrs.define
class Chunk:
    """The verdicts of some rows: per valid row (in order) and credential a status code and the
    index of its reasons (and, on request, of each detail) in the judge's ``texts``; per row
    its cost class; ``valid`` says which rows of the chunk are valid."""

    rows: Array  # the table rows of this chunk
    valid: Array  # bool per row
    error_codes: Array  # per row, the table's error number (-1: valid)
    statuses: Array  # int8 (valid rows, credentials)
    reasons: Array  # int32 (valid rows, credentials)
    details: list[Array]  # one int32 (valid rows, credentials) per DETAILS column
    cost_classes: Array  # int32 per valid row (empty without costs)


# Rules a credential may have for its coded verdicts to come from one table of 3**n entries
# (19,683 at most); a credential with more has its bits set rule by rule.
_TABULATED_RULES = 9
# A rule's met (1, 0, -1), shifted by one, as the state a coded verdict counts in base 3.
_STATE = numpy.array([1, 0, 2], dtype=numpy.int8)


def _coded_verdicts(verdicts: _Verdicts) -> tuple[Array, Array, Array]:
    """For every combination of its required rules' states (0 unmet, 1 undecided, 2 met, in
    base 3, the first rule lowest): the status, unmet bits and undecided bits, as the judge
    decides them. Made once a credential: 3 to the number of its rules, 729 at most today."""
    found = verdicts.coded
    if found is not None:
        return found
    size = 3 ** len(verdicts.required)
    status = numpy.empty(size, dtype=numpy.int8)
    failed = numpy.zeros(size, dtype=numpy.uint16)
    open_ = numpy.zeros(size, dtype=numpy.uint16)
    for key in range(size):
        left = key
        for bit in verdicts.bits:
            state, left = left % 3, left // 3
            if state == 0:
                failed[key] |= 1 << bit
            elif state == 1:
                open_[key] |= 1 << bit
        if verdicts.unknown_reason is not None:
            open_[key] |= 1 << UNREPORTED_BIT
        status[key] = _NOT_ELIGIBLE if failed[key] else _UNKNOWN if open_[key] else _ELIGIBLE
    verdicts.coded = (status, failed, open_)
    return verdicts.coded


@attrs.frozen
class CodedChunk:
    """The verdicts of some rows as codes (``reasons="codes"``): per valid row (in order) and
    credential a status code and two bit sets of required rules, unmet and undecided."""

    rows: Array
    valid: Array
    error_codes: Array
    statuses: Array  # int8 (valid rows, credentials)
    unmet: Array  # uint16 (valid rows, credentials): bit i, the credential's requirement i
    undecided: Array  # uint16 likewise, and UNREPORTED_BIT
    cost_classes: Array


# What one requirement's outcome is for one kind of profile: met and the judge's reason.
_Outcome = tuple[bool | None, str]
_MET = {True: 1, False: 0, None: -1}
_VERDICT = {1: True, 0: False, -1: None}


@attrs.define
class _Rule:
    """One requirement, judged over the distinct values of the facts it reads."""

    requirement: Requirement
    fields: tuple[str, ...]
    label: str  # the requirement as a reason names it, rendered once
    # Per alternative, its single-fact conditions and the position in ``fields`` of the fact
    # each reads (-1: none, a person judges it): what the judge's details walk, flattened.
    leaves: list[list[tuple[Condition, int]]]
    country_at: int  # the position of "country" in ``fields`` (-1: not read)
    outcomes: list[_Outcome] = attrs.field(factory=list)
    numbers: dict[_Outcome, int] = attrs.field(factory=dict)  # outcome -> its index
    ids: dict[object, int] = attrs.field(factory=dict)  # outcome key -> outcome index
    table: Array | None = None  # outcome per key, for a small key space (-1: not yet seen)
    # Per value of a rule's one fact, its state (0 unmet, 1 undecided, 2 met) times the weight
    # of its place among its credential's rules, as a coded verdict's number counts it.
    key_table: Array | None = None


@attrs.define
class _Verdicts:
    """One credential: its rules, and for each combination of their outcomes seen so far a
    status and the text ids of its reasons and details."""

    credential: Credential
    required: list[_Rule]
    recommended: list[_Rule]
    upcoming: list[_Rule]
    unknown_reason: str | None
    bits: list[int]  # per required rule, its requirement's place in the credential's list
    rules: list[_Rule] = attrs.field(init=False)
    # Per combination of the required rules' states: status, unmet and undecided bits.
    coded: tuple[Array, Array, Array] | None = None
    combos: dict[tuple[int, ...], int] = attrs.field(factory=dict)
    # Numbers per combo in arrays the cycle collector never walks (a list of hundreds of
    # thousands of ints is walked at every full collection): the status, and the text id of
    # the reasons then of each DETAILS column, flat.
    statuses: array.array[int] = attrs.field(factory=lambda: array.array("b"))
    texts: array.array[int] = attrs.field(factory=lambda: array.array("i"))
    table: Array | None = None
    table_sizes: tuple[int, ...] = ()
    status_array: Array = attrs.field(factory=lambda: numpy.empty(0, dtype=numpy.int8))
    text_array: Array = attrs.field(factory=lambda: numpy.empty((0, 1 + len(DETAILS)), numpy.int32))

    def __attrs_post_init__(self) -> None:
        self.rules = [*self.required, *self.recommended, *self.upcoming]


class Judge:
    """Judges a :class:`Table` chunk by chunk, remembering every outcome across chunks."""

    def __init__(
        self, catalog: Release, table: Table, day: date, *, details: bool, with_cost: bool
    ) -> None:
        from .eligibility_rules import eligibility
        from .profile import Profile
        from .vocabulary import RequirementLevel

        self.catalog = catalog
        self.table = table
        self.day = day
        self.details = details
        self.texts: list[tuple[str, ...]] = []
        self._text_ids: dict[tuple[str, ...], int] = {}
        self._objects: Array = numpy.empty(0, dtype=object)
        self._filled = 0  # how many of ``_objects`` hold texts
        # An invalid row's reasons: its error, alone.
        self.error_ids = numpy.array(
            [self.text_id((error,)) for error in table.errors], dtype=numpy.int32
        )
        self._rules: dict[int, _Rule] = {}
        self._said: dict[tuple[int, int], str] = {}  # (condition, code) -> its detail
        self._profiles: dict[tuple[str | None, int], Profile] = {}  # (field, code) -> profile
        self._tables: dict[str, dict[int, Array]] = {}  # field -> id(condition) -> met table
        self.credentials = catalog.credentials()
        self._verdicts: list[_Verdicts] = []
        for credential in self.credentials:
            required, recommended, upcoming = [], [], []
            bits: list[int] = []
            if len(credential.requirements) > UNREPORTED_BIT:  # never so far: 6 at most
                raise ValueError(
                    f"{credential.id} has more than {UNREPORTED_BIT} requirements, more than "
                    "the rule codes of reasons='codes' can name"
                )
            for place, requirement in enumerate(credential.requirements):
                if not requirement.in_force(day):
                    starts = requirement.effective_from
                    if starts is not None and starts > day:
                        upcoming.append(self._rule(requirement))
                    continue
                if requirement.level is RequirementLevel.REQUIRED:
                    required.append(self._rule(requirement))
                    bits.append(place)
                else:
                    recommended.append(self._rule(requirement))
            unknown = None
            if not credential.requirements_known:
                # The judge's own words for "the data does not say what it requires".
                report = eligibility(catalog.catalog, Profile(), credential, day)
                unknown = report.undecided[-1].reason
            self._verdicts.append(
                _Verdicts(
                    credential=credential,
                    required=required,
                    recommended=recommended if details else [],
                    upcoming=upcoming if details else [],
                    unknown_reason=unknown,
                    bits=bits,
                )
            )
        self.costs = _Costs(self, catalog, day) if with_cost else None

    def text_id(self, texts: tuple[str, ...]) -> int:
        """The number of a tuple of texts: each distinct tuple is made once, shared by every
        row that has it."""
        number = self._text_ids.get(texts)
        if number is None:
            number = self._text_ids[texts] = len(self.texts)
            self.texts.append(texts)
        return number

    def text_objects(self) -> Array:
        """Every tuple of texts so far (then unused room), as an object array to gather rows
        from: grown by doubling, so each chunk copies in only its new texts."""
        have, count = self._filled, len(self.texts)
        if have != count:
            if len(self._objects) < count:
                grown = numpy.empty(max(count, 2 * len(self._objects)), dtype=object)
                grown[:have] = self._objects[:have]
                self._objects = grown
            self._objects[have:count] = self.texts[have:count]
            self._filled = count
        return self._objects

    # --- one requirement -----------------------------------------------------------------------

    def _rule(self, requirement: Requirement) -> _Rule:
        rule = self._rules.get(id(requirement))
        if rule is None:
            read = sorted({f for c in requirement.any_of for f in fields_of(c)})
            if requirement.jurisdiction is not None:
                read = sorted({*read, "country"})
            fields = tuple(read)
            leaves = [
                [
                    (
                        leaf,
                        fields.index(READS[leaf.kind.value]) if leaf.kind.value in READS else -1,
                    )
                    for leaf in leaves_of(condition)
                ]
                for condition in requirement.any_of
            ]
            rule = self._rules[id(requirement)] = _Rule(
                requirement,
                fields,
                str(requirement),
                leaves,
                fields.index("country") if "country" in fields else -1,
            )
        return rule

    def _met_table(self, field: str, condition: Condition) -> Array:
        """Whether each distinct value of ``field`` meets ``condition``: 1, 0, or -1 (unknown)."""
        tables = self._tables.setdefault(field, {})
        found = tables.get(id(condition))
        if found is None:
            found = tables[id(condition)] = met_over_values(
                condition, self.table.columns[field].values
            )
        return found

    def _condition(self, condition: Condition, points: dict[str, Array], size: int) -> Array:
        """Whether each of ``size`` points meets ``condition`` (1, 0, -1), as ``_check``."""
        if condition.kind is ConditionKind.ALL_OF:
            parts = [self._condition(part, points, size) for part in condition.all_of]
            return all_of(parts, size)
        fields = fields_of(condition)
        if not fields:  # only a person can judge it
            return numpy.full(size, -1, dtype=numpy.int8)
        (field,) = fields
        met: Array = self._met_table(field, condition)[points[field]]
        return met

    def _outcomes(self, rule: _Rule, points: dict[str, Array], size: int) -> Array:
        """The outcome index of each of ``size`` points (``points``: a code per point for each
        field ``rule`` reads): met (1, 0, -1) found column-wise, the reason by the judge once
        per distinct outcome."""
        requirement = rule.requirement
        met, parts = self._met(rule, points, size)
        place = requirement.jurisdiction
        out = numpy.empty(size, dtype=numpy.int32)
        codes = [points[field].tolist() for field in rule.fields]
        keys = list(zip(*codes, strict=True)) if codes else [()] * size
        verdicts = [part.tolist() for part in parts]
        # Met with no country to mention: the reason names no fact, so one outcome for all.
        plain = (met == 1) if place is None else numpy.zeros(size, dtype=bool)
        if plain.any():
            first = int(numpy.flatnonzero(plain)[0])
            out[plain] = self._outcome(rule, ("met",), keys[first], [v[first] for v in verdicts])
        for point in numpy.flatnonzero(~plain).tolist():
            out[point] = self._outcome(rule, keys[point], keys[point], [v[point] for v in verdicts])
        # The judge said met or not for each outcome: the arrays must agree.
        said = numpy.array([_MET[m] for m, _ in rule.outcomes], dtype=numpy.int8)
        if not numpy.array_equal(said[out], met):
            raise AssertionError(f"the column-wise judge disagrees with the judge on {requirement}")
        return out

    def _met(self, rule: _Rule, points: dict[str, Array], size: int) -> tuple[Array, list[Array]]:
        """Whether each of ``size`` points meets ``rule`` (1, 0, -1), and each alternative: a
        rule for candidates in one country is met by those elsewhere, and unknown, not unmet,
        for those who do not say where they are."""
        requirement = rule.requirement
        parts = [self._condition(c, points, size) for c in requirement.any_of]
        met = any_of(parts, size)
        place = requirement.jurisdiction
        if place is not None:
            countries = self.table.columns["country"].values
            elsewhere = numpy.array([v is not None and v != place for v in countries], dtype=bool)
            code = points["country"]
            met = numpy.where(elsewhere[code], 1, met).astype(numpy.int8)
            met = numpy.where((code == 0) & (met == 0), -1, met).astype(numpy.int8)
        return met, parts

    def rule_state(self, rule: _Rule, rows: Array | slice, count: int) -> Array:
        """The state of ``rule`` for each of ``rows`` (``count`` of them): 0 unmet, 1
        undecided, 2 met, with no reason worded. A rule of several facts gathers each fact's
        verdicts row by row, array by array."""
        columns = self.table.columns
        points = {field: columns[field].codes[rows] for field in rule.fields}
        state: Array = _STATE[self._met(rule, points, count)[0] + 1]
        return state

    def rule_key(self, rule: _Rule, place: int, rows: Array | slice, count: int) -> Array:
        """The state of ``rule`` for each of ``rows`` weighted by ``3**place``, its place
        among its credential's rules: a rule of one fact is judged once over that fact's
        distinct values, then each row is one gather."""
        weight = 3**place
        if len(rule.fields) > 1:
            weighted: Array = numpy.multiply(
                self.rule_state(rule, rows, count), weight, dtype=numpy.int16
            )
            return weighted
        if rule.key_table is None:
            columns = self.table.columns
            size = len(columns[rule.fields[0]].values) if rule.fields else 1
            everything = numpy.arange(size, dtype=numpy.int32)
            met = self._met(rule, dict.fromkeys(rule.fields, everything), size)[0]
            rule.key_table = numpy.multiply(_STATE[met + 1], weight, dtype=numpy.int16)
        if not rule.fields:
            return numpy.full(count, rule.key_table[0], dtype=numpy.int16)
        found: Array = rule.key_table[self.table.columns[rule.fields[0]].codes[rows]]
        return found

    def coded_chunk(self, rows: Array) -> CodedChunk:
        """The verdicts of the table rows ``rows`` as codes: per valid row and credential a
        status, and the bits of the required rules it does not meet and of those it cannot be
        told to meet (see :data:`UNREPORTED_BIT`); no reason is worded."""
        errors, valid, indices, judged = self._valid_rows(rows)
        count = len(indices)
        width = len(self._verdicts)
        # A credential's verdicts contiguous: made fastest so, copied once into rows' order.
        statuses = numpy.empty((width, count), dtype=numpy.int8)
        unmet = numpy.empty((width, count), dtype=numpy.uint16)
        undecided = numpy.empty((width, count), dtype=numpy.uint16)
        key = numpy.empty(count, dtype=numpy.int16)  # one credential's, then the next one's
        for position, verdicts in enumerate(self._verdicts):
            if len(verdicts.required) > _TABULATED_RULES:
                found = self._coded_by_bits(verdicts, judged, count)
                statuses[position], unmet[position], undecided[position] = found
                continue
            # The rules' states as one number (base 3), then the verdict of each number looked
            # up: a gather and an addition a rule, and three gathers a credential.
            key[:] = 0
            for place, rule in enumerate(verdicts.required):
                key += self.rule_key(rule, place, judged, count)
            status, failed, open_ = _coded_verdicts(verdicts)
            numpy.take(status, key, out=statuses[position])
            numpy.take(failed, key, out=unmet[position])
            numpy.take(open_, key, out=undecided[position])
        costs = (
            self.costs.classes(indices) if self.costs is not None else numpy.empty(0, numpy.int32)
        )
        return CodedChunk(
            rows=rows,
            valid=valid,
            error_codes=errors,
            statuses=statuses.T,
            unmet=unmet.T,
            undecided=undecided.T,
            cost_classes=costs,
        )

    def _coded_by_bits(
        self, verdicts: _Verdicts, judged: Array | slice, count: int
    ) -> tuple[Array, Array, Array]:
        """A credential with too many rules for a table of their combinations: its status
        and bits per row, set rule by rule."""
        failed = numpy.zeros(count, dtype=numpy.uint16)
        open_ = numpy.zeros(count, dtype=numpy.uint16)
        for rule, bit in zip(verdicts.required, verdicts.bits, strict=True):
            state = self.rule_state(rule, judged, count)
            flag = numpy.uint16(1 << bit)
            numpy.bitwise_or(failed, flag, out=failed, where=state == 0)
            numpy.bitwise_or(open_, flag, out=open_, where=state == 1)
        if verdicts.unknown_reason is not None:
            open_ |= numpy.uint16(1 << UNREPORTED_BIT)
        status = numpy.full(count, _ELIGIBLE, dtype=numpy.int8)
        status[open_ != 0] = _UNKNOWN
        status[failed != 0] = _NOT_ELIGIBLE
        return status, failed, open_

    def _outcome(
        self, rule: _Rule, key: tuple[object, ...], codes: tuple[int, ...], verdicts: list[int]
    ) -> int:
        """The outcome index of ``key``: the first time, the reason as the judge words it from
        the verdict on each alternative and what the facts ``codes`` say about each."""
        number = rule.ids.get(key)
        if number is None:
            said = [
                [] if verdict == 1 else [self._detail(leaf, at, codes) for leaf, at in leaves]
                for leaves, verdict in zip(rule.leaves, verdicts, strict=True)
            ]
            where = rule.country_at
            country = self.table.columns["country"].values[codes[where] if where >= 0 else 0]
            check = requirement_check(
                rule.requirement, [_VERDICT[v] for v in verdicts], said, country, label=rule.label
            )
            outcome = (check.met, check.reason)
            number = rule.numbers.get(outcome)
            if number is None:
                number = rule.numbers[outcome] = len(rule.outcomes)
                rule.outcomes.append(outcome)
            rule.ids[key] = number
        return number

    def _detail(self, leaf: Condition, at: int, codes: tuple[int, ...]) -> str:
        """What the fact at ``codes[at]`` says about the single-fact condition ``leaf``, as the
        judge words it: asked once per condition and distinct value."""
        code = codes[at] if at >= 0 else 0
        key = (id(leaf), code)
        found = self._said.get(key)
        if found is None:
            field = READS.get(leaf.kind.value)
            (found,) = condition_details(self._profile(field, code), leaf)
            self._said[key] = found
        return found

    def _profile(self, field: str | None, code: int) -> Profile:
        """A profile that states one fact, the value of ``code`` in ``field``'s column."""
        key = (field, code)
        found = self._profiles.get(key)
        if found is None:
            values = {} if field is None else {field: self.table.columns[field].values[code]}
            found = self._profiles[key] = Profile(**values)
        return found

    def rule_outcomes(self, rule: _Rule, rows: Array | slice) -> Array:
        """The outcome index of ``rule`` for each of ``rows``."""
        columns = self.table.columns
        if len(rule.fields) <= 1:  # judged once over every distinct value of its fact
            if rule.table is None:
                size = len(columns[rule.fields[0]].values) if rule.fields else 1
                everything = numpy.arange(size, dtype=numpy.int32)
                rule.table = self._outcomes(rule, dict.fromkeys(rule.fields, everything), size)
            if not rule.fields:
                return numpy.zeros(len(self.table.error_codes[rows]), dtype=numpy.int32)
            found: Array = rule.table[columns[rule.fields[0]].codes[rows]]
            return found
        sizes = [len(columns[field].values) for field in rule.fields]
        codes = [columns[field].codes[rows] for field in rule.fields]
        keys, space = mixed_keys(codes, sizes)
        if space <= _TABLE_LIMIT:
            if rule.table is None:
                rule.table = numpy.full(space, -1, dtype=numpy.int32)
            got: Array = rule.table[keys]
            new = numpy.flatnonzero(got < 0)
            if len(new):
                points = new[first_rows(keys[new], space)]
                at = {field: code[points] for field, code in zip(rule.fields, codes, strict=True)}
                rule.table[keys[points]] = self._outcomes(rule, at, len(points))
                got = rule.table[keys]
            return got
        dense, _, firsts = factorized(keys)
        at = {field: code[firsts] for field, code in zip(rule.fields, codes, strict=True)}
        result: Array = self._outcomes(rule, at, len(firsts))[dense]
        return result

    # --- one chunk -----------------------------------------------------------------------------

    def _valid_rows(self, rows: Array) -> tuple[Array, Array, Array, Array | slice]:
        """The table's error per row of ``rows``, which are valid, their numbers, and how to
        index the columns for them: contiguous rows are a slice, so each column's codes are
        views, not copies."""
        errors = self.table.error_codes[rows]
        valid = errors < 0
        indices = rows[valid]
        judged: Array | slice = (
            slice(int(rows[0]), int(rows[-1]) + 1)
            if len(indices) == len(rows) and len(rows) and rows[-1] - rows[0] == len(rows) - 1
            else indices
        )
        return errors, valid, indices, judged

    def chunk(self, rows: Array) -> Chunk:
        """The verdicts of the table rows ``rows``."""
        errors, valid, indices, judged = self._valid_rows(rows)
        count = len(indices)
        width = len(self._verdicts)
        statuses = numpy.empty((width, count), dtype=numpy.int8)
        reasons = numpy.empty((width, count), dtype=numpy.int32)
        details = [numpy.empty((width, count), dtype=numpy.int32) for _ in DETAILS]
        outcomes: dict[int, tuple[Array, int]] = {}

        def rule_codes(rule: _Rule) -> tuple[Array, int]:
            found = outcomes.get(id(rule))
            if found is None:
                codes = self.rule_outcomes(rule, judged)
                found = outcomes[id(rule)] = (codes, len(rule.outcomes))
            return found

        for position, verdicts in enumerate(self._verdicts):
            rules = verdicts.rules
            pairs = [rule_codes(rule) for rule in rules]
            combos = self._combos(verdicts, [c for c, _ in pairs], [s for _, s in pairs], count)
            if len(verdicts.status_array) != len(verdicts.statuses):
                verdicts.status_array = numpy.array(verdicts.statuses, dtype=numpy.int8)
                verdicts.text_array = numpy.array(verdicts.texts, dtype=numpy.int32).reshape(
                    -1, 1 + len(DETAILS)
                )
            statuses[position] = verdicts.status_array[combos]
            reasons[position] = verdicts.text_array[:, 0][combos]
            if self.details:
                for number, column in enumerate(details, start=1):
                    column[position] = verdicts.text_array[:, number][combos]
        costs = (
            self.costs.classes(indices) if self.costs is not None else numpy.empty(0, numpy.int32)
        )
        return Chunk(
            rows=rows,
            valid=valid,
            error_codes=errors,
            statuses=statuses.T,
            reasons=reasons.T,
            details=[column.T for column in details] if self.details else [],
            cost_classes=costs,
        )

    def _combos(
        self, verdicts: _Verdicts, codes: list[Array], sizes: list[int], rows: int
    ) -> Array:
        """The combination index of each of ``rows`` rows: one per distinct tuple of rule
        outcomes."""
        if not codes:  # nothing to judge: the same verdict for everyone
            return numpy.full(rows, self._combo(verdicts, ()), dtype=numpy.int32)
        keys, space = mixed_keys(codes, sizes)
        if space <= _TABLE_LIMIT:
            if verdicts.table is None or verdicts.table_sizes != tuple(sizes):
                verdicts.table = numpy.full(space, -1, dtype=numpy.int32)
                verdicts.table_sizes = tuple(sizes)
            got: Array = verdicts.table[keys]
            new = numpy.flatnonzero(got < 0)
            if len(new):
                points = new[first_rows(keys[new], space)]
                verdicts.table[keys[points]] = self._combos_at(verdicts, codes, points)
                got = verdicts.table[keys]
            return got
        dense, _, firsts = factorized(keys)
        result: Array = numpy.asarray(self._combos_at(verdicts, codes, firsts), numpy.int32)[dense]
        return result

    def _combos_at(self, verdicts: _Verdicts, codes: list[Array], points: Array) -> list[int]:
        """The combination index at each of ``points`` (positions in ``codes``)."""
        # A tuple at a time from a list per rule: a list per point, all alive at once, would
        # outlive the young collections and set off full ones over every cached outcome.
        columns = [c[points].tolist() for c in codes]
        return [self._combo(verdicts, combo) for combo in zip(*columns, strict=True)]

    def _combo(self, verdicts: _Verdicts, combo: tuple[int, ...]) -> int:
        """The status and texts of one combination of rule outcomes, as ``judge`` makes them."""
        number = verdicts.combos.get(combo)
        if number is not None:
            return number
        met: list[str] = []
        unmet: list[str] = []
        undecided: list[str] = []
        for rule, code in zip(verdicts.required, combo, strict=False):  # required rules first
            verdict, reason = rule.outcomes[code]
            (met if verdict is True else unmet if verdict is False else undecided).append(reason)
        if verdicts.unknown_reason is not None:
            undecided.append(verdicts.unknown_reason)
        status = _NOT_ELIGIBLE if unmet else _UNKNOWN if undecided else _ELIGIBLE
        texts = verdicts.texts
        texts.append(self.text_id((*unmet, *undecided, *met)))
        if self.details:
            found = [rule.outcomes[code] for rule, code in zip(verdicts.rules, combo, strict=True)]
            split = len(verdicts.required)
            more = split + len(verdicts.recommended)
            recommended, upcoming = found[split:more], found[more:]
            texts.extend(
                self.text_id(group)
                for group in (
                    tuple(met),
                    tuple(unmet),
                    tuple(undecided),
                    tuple(reason for m, reason in recommended if m is False),
                    tuple(reason for m, reason in recommended if m is None),
                    tuple(reason for _, reason in upcoming),
                )
            )
        else:
            texts.extend([0] * len(DETAILS))
        number = verdicts.combos[combo] = len(verdicts.statuses)
        verdicts.statuses.append(status)
        return number


# --- costs --------------------------------------------------------------------------------------


class _Costs:
    """What each credential costs each row, as ``total_cost(credential, profile=...,
    jurisdiction=country, on=...)`` says: that depends on a profile only through its country
    and the tier requirements of the organizations' memberships, so it is asked once per
    distinct class of those, never per row."""

    def __init__(self, judge: Judge, catalog: Release, day: date) -> None:
        from .vocabulary import RequirementLevel

        self.judge = judge
        self.catalog = catalog
        self.day = day
        self.rules = [
            judge._rule(requirement)
            for organization in catalog.organizations()
            for membership in organization.memberships
            for requirement in membership.requirements
            if requirement.level is RequirementLevel.REQUIRED and requirement.in_force(day)
        ]
        self.classes_seen: dict[tuple[int, ...], int] = {}
        self.rows: list[int] = []  # a table row of each class
        self.values: list[list[Any]] = []  # per class, per credential: the _Cost

    def classes(self, rows: Array) -> Array:
        columns = self.judge.table.columns
        codes = [columns["country"].codes[rows]]
        sizes = [len(columns["country"].values)]
        for rule in self.rules:
            outcomes = self.judge.rule_outcomes(rule, rows)
            met = numpy.array(
                [{True: 0, False: 1, None: 2}[m] for m, _ in rule.outcomes], dtype=numpy.int32
            )
            codes.append(met[outcomes])
            sizes.append(3)
        keys, _ = mixed_keys(codes, sizes)
        dense, _, firsts = factorized(keys)
        numbers = numpy.empty(len(firsts), dtype=numpy.int32)
        for position, first in enumerate(firsts.tolist()):
            key = tuple(int(c[first]) for c in codes)
            number = self.classes_seen.get(key)
            if number is None:
                number = self.classes_seen[key] = len(self.rows)
                self.rows.append(int(rows[first]))
                self.values.append(self._costs(int(rows[first])))
            numbers[position] = number
        result: Array = numbers[dense]
        return result

    def _costs(self, row: int) -> list[Any]:
        from .errors import MixedCurrencyError
        from .profile import Profile

        columns = self.judge.table.columns
        profile = Profile(**{n: c.values[int(c.codes[row])] for n, c in columns.items()})
        out: list[Any] = []
        for credential in self.judge.credentials:
            try:
                cost = self.catalog.total_cost(
                    credential, profile=profile, jurisdiction=profile.country, on=self.day
                )
            except MixedCurrencyError:  # never added up across currencies: not known
                out.append((None, None, None, None, None))
                continue
            known = cost.total is not None
            out.append(
                (
                    cost.total,
                    cost.currency.value if known else None,
                    cost.is_complete,
                    cost.is_lower_bound,
                    cost.is_approximate,
                )
            )
        return out


def judge_chunks(
    catalog: Release,
    table: Table,
    day: date,
    chunksize: int,
    *,
    details: bool = False,
    with_cost: bool = False,
    coded: bool = False,
) -> tuple[Judge, Iterator[Chunk | CodedChunk]]:
    """The judge of ``table`` and its verdicts, ``chunksize`` rows at a time (as codes, with
    ``coded``)."""
    judge = Judge(catalog, table, day, details=details, with_cost=with_cost)

    def chunks() -> Iterator[Chunk | CodedChunk]:
        for start in range(0, table.rows, chunksize):
            rows = numpy.arange(start, min(start + chunksize, table.rows), dtype=numpy.int64)
            yield judge.coded_chunk(rows) if coded else judge.chunk(rows)

    return judge, chunks()
