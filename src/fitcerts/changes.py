"""What changed between two data releases, field by field, with the sources of both values."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    import pandas as pd

import attrs

from .catalog import Catalog
from .markets import home_market, market_of
from .markup import Titled, html_table
from .plain import Plain, Referenced
from .plain import leaves as plain_leaves
from .plain import value_text as _text
from .presentation import (
    cited,
    clip,
    describe,
    markdown_table,
    period_parts,
    price_text,
    short_repr,
)
from .presenters import present
from .records import (
    Accreditation,
    AssessmentPart,
    Condition,
    Credential,
    Disagreement,
    Gap,
    MembershipTier,
    Organization,
    PassRate,
    Price,
    Requirement,
    Source,
)
from .vocabulary import ConditionKind, PassRatePopulation, TaxTreatment

__all__ = ["ChangeKind", "DataDiff", "FieldChange", "RecordChange", "diff", "leaves"]

# Provenance is reported beside each change, not as a change of its own.
_NOT_VALUES = frozenset({"sources", "citations"})
# Values that say a source did not state something: absent, as None is.
_NOT_STATED = frozenset({TaxTreatment.NOT_STATED, PassRatePopulation.NOT_STATED})

ChangeKind = Literal["added", "removed", "changed"]


@attrs.frozen(kw_only=True)
class FieldChange(Plain):
    """One value that differs, or one list item added or removed; ``None`` on a side means
    absent or not reported there.

    ``path`` names list items by what they are, not where they stand
    (``exam.pass_rates[2016].percent``, ``prices[exam, member, USD].amount``). An item present
    in one release only is one change whose path ends at the item
    (``exam.pass_rates[2016]``) and whose ``old`` or ``new`` is the item itself; only an item
    present in both shows changes of its fields. ``kind`` says which: ``"added"``,
    ``"removed"`` or ``"changed"``. ``old_path`` and ``new_path`` are the positional paths in
    each release, for ``sources_for``. ``old`` and ``new`` keep their types (``Decimal``,
    ``date``, enumerations, records...); ``old_text`` and ``new_text`` are for display.
    """

    _plain_extras = ("kind", "old_text", "new_text")

    path: str
    old: Any = None
    new: Any = None
    old_path: str | None = None
    new_path: str | None = None
    old_sources: tuple[Source, ...] = ()
    new_sources: tuple[Source, ...] = ()

    @property
    def kind(self) -> ChangeKind:
        """``"added"`` (nothing before), ``"removed"`` (nothing after) or ``"changed"``."""
        if self.old is None:
            return "added"
        return "removed" if self.new is None else "changed"

    @property
    def old_text(self) -> str | None:
        return None if self.old is None else _display(self.old)

    @property
    def new_text(self) -> str | None:
        return None if self.new is None else _display(self.new)

    def __str__(self) -> str:
        """``exam.questions: 150 -> 220``, ``exam.pass_rates[2016]: added 55% (2016)``."""
        if self.kind == "added":
            return f"{self.path}: added {self.new_text}"
        if self.kind == "removed":
            return f"{self.path}: removed {self.old_text}"
        return f"{self.path}: {self.old_text} -> {self.new_text}"

    def __repr__(self) -> str:
        if self.kind != "changed":
            return short_repr("FieldChange", self)
        values = f"{clip(self.old_text, 30)} -> {clip(self.new_text, 30)}"
        return short_repr("FieldChange", f"{self.path}: {values}")

    def describe(self) -> str:
        """Every field, one a line; the repr is short."""
        return describe(self)


@attrs.frozen(kw_only=True)
class RecordChange(Plain):
    """One credential, organization or source present in both releases, and its changed
    fields (a source's title, publisher, address, date or kind)."""

    kind: str  # "credential", "organization" or "source"
    id: str
    changes: tuple[FieldChange, ...]

    def __str__(self) -> str:
        fields = dict.fromkeys(_top_field(change.path) for change in self.changes)
        count = len(self.changes)
        return f"{self.kind} {self.id}: {count} change{'s' * (count != 1)} ({', '.join(fields)})"

    def __repr__(self) -> str:
        return short_repr("RecordChange", self)

    def describe(self) -> str:
        """The record, then every changed field one a line."""
        return "\n".join([f"{self.kind} {self.id}", *(f"  {c}" for c in self.changes)])


@attrs.frozen(kw_only=True)
class DataDiff(Plain):
    """Records added, removed and changed from release ``old`` to release ``new``."""

    old: str
    new: str
    credentials_added: tuple[str, ...] = ()
    credentials_removed: tuple[str, ...] = ()
    organizations_added: tuple[str, ...] = ()
    organizations_removed: tuple[str, ...] = ()
    sources_added: tuple[str, ...] = ()
    sources_removed: tuple[str, ...] = ()
    changed: tuple[RecordChange, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not any(
            (
                self.credentials_added,
                self.credentials_removed,
                self.organizations_added,
                self.organizations_removed,
                self.sources_added,
                self.sources_removed,
                self.changed,
            )
        )

    def __str__(self) -> str:
        fields = sum(len(record.changes) for record in self.changed)
        credentials = [r for r in self.changed if r.kind == "credential"]
        organizations = [r for r in self.changed if r.kind == "organization"]
        sources = [r for r in self.changed if r.kind == "source"]
        return (
            f"{self.old} -> {self.new}: "
            f"credentials +{len(self.credentials_added)} -{len(self.credentials_removed)} "
            f"~{len(credentials)}, organizations +{len(self.organizations_added)} "
            f"-{len(self.organizations_removed)} ~{len(organizations)}, "
            f"sources +{len(self.sources_added)} -{len(self.sources_removed)} ~{len(sources)}, "
            f"{fields} field changes"
        )

    def __repr__(self) -> str:
        counts = (
            f"credentials +{len(self.credentials_added)} -{len(self.credentials_removed)}, "
            f"organizations +{len(self.organizations_added)} -{len(self.organizations_removed)}, "
            f"{len(self.changed)} changed"
        )
        return short_repr("DataDiff", f"{self.old} -> {self.new}: {counts}")

    def describe(self) -> str:
        """Everything that changed, as markdown: see :meth:`to_markdown`."""
        return self.to_markdown()

    def _repr_html_(self) -> str:
        """Records added and removed, then every changed field, as a table for a notebook;
        hover a new value for its sources."""
        notes = [
            f"{len(ids)} sources added"
            if label == "Sources added"
            else f"{label}: {', '.join(ids)}"
            for label, ids in self._lists()
            if ids
        ]
        rows = [
            (
                f"{record.kind} {record.id}",
                change.path,
                _cell(change.old_text),
                Titled(_cell(change.new_text), cited(change.new_sources)),
            )
            for record in self.changed
            for change in record.changes
        ]
        return html_table(("record", "field", "old", "new"), rows, caption=str(self), notes=notes)

    def _lists(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        return (
            ("Credentials added", self.credentials_added),
            ("Credentials removed", self.credentials_removed),
            ("Organizations added", self.organizations_added),
            ("Organizations removed", self.organizations_removed),
            ("Sources added", self.sources_added),
            ("Sources removed", self.sources_removed),
        )

    def to_dataframe(self) -> pd.DataFrame:
        """This result as a pandas DataFrame (needs the ``fitcerts[pandas]`` extra)."""
        frame: pd.DataFrame = present("dataframe", self)
        return frame

    def outline(self) -> str:
        """One markdown line per added, removed or changed record, naming the fields that
        changed: short enough for a changelog, and checked against the data by the tests."""
        lines = [f"- Added credential {key}" for key in self.credentials_added]
        lines += [f"- Removed credential {key}" for key in self.credentials_removed]
        lines += [f"- Added organization {key}" for key in self.organizations_added]
        lines += [f"- Removed organization {key}" for key in self.organizations_removed]
        for record in self.changed:
            fields = dict.fromkeys(_top_field(change.path) for change in record.changes)
            lines.append(f"- {record.kind.title()} {record.id}: {', '.join(sorted(fields))}")
        if self.sources_added:
            lines.append(f"- {len(self.sources_added)} sources added")
        if self.sources_removed:
            lines.append(f"- Sources removed: {', '.join(self.sources_removed)}")
        return "\n".join(lines) + "\n" if lines else ""

    def to_markdown(self) -> str:
        lines = [f"## Data release {self.new} compared with {self.old}", "", str(self), ""]
        for label, ids in self._lists():
            if ids:
                lines += [f"**{label}:** {', '.join(ids)}", ""]
        for record in self.changed:
            rows = [
                (
                    change.path,
                    _cell(change.old_text),
                    _cell(change.new_text),
                    ", ".join(s.id for s in change.new_sources) or "—",
                )
                for change in record.changes
            ]
            lines += [f"### {record.kind.title()} {record.id}", ""]
            lines += [markdown_table(("field", "old", "new", "new sources"), rows), ""]
        return "\n".join(lines)


def diff(old: Catalog, new: Catalog) -> DataDiff:
    """Compare two catalogs; see :func:`fitcerts.diff`."""
    old_credentials = {c.id: c for c in old.credentials()}
    new_credentials = {c.id: c for c in new.credentials()}
    old_orgs = {o.id: o for o in old.organizations()}
    new_orgs = {o.id: o for o in new.organizations()}
    old_sources = {s.id: s for s in old.sources()}
    new_sources = {s.id: s for s in new.sources()}
    changed = [
        RecordChange(kind="organization", id=key, changes=changes)
        for key in sorted(old_orgs.keys() & new_orgs.keys(), key=str.casefold)
        if (changes := _record_changes(old_orgs[key], new_orgs[key]))
    ]
    changed += [
        RecordChange(kind="credential", id=key, changes=changes)
        for key in sorted(old_credentials.keys() & new_credentials.keys())
        if (changes := _record_changes(old_credentials[key], new_credentials[key]))
    ]
    changed += [
        RecordChange(kind="source", id=key, changes=changes)
        for key in new_sources
        if key in old_sources and (changes := _source_changes(old_sources[key], new_sources[key]))
    ]
    return DataDiff(
        old=old.version,
        new=new.version,
        credentials_added=tuple(sorted(new_credentials.keys() - old_credentials.keys())),
        credentials_removed=tuple(sorted(old_credentials.keys() - new_credentials.keys())),
        organizations_added=tuple(sorted(new_orgs.keys() - old_orgs.keys(), key=str.casefold)),
        organizations_removed=tuple(sorted(old_orgs.keys() - new_orgs.keys(), key=str.casefold)),
        sources_added=tuple(s for s in new_sources if s not in old_sources),
        sources_removed=tuple(s for s in old_sources if s not in new_sources),
        changed=tuple(changed),
    )


def _source_changes(old: Source, new: Source) -> tuple[FieldChange, ...]:
    """A source's own fields that differ; each side is backed by the source itself."""
    return _changes(old, new, (None, None), lambda source, _path: (source,))


def _record_changes(
    old: Credential | Organization, new: Credential | Organization
) -> tuple[FieldChange, ...]:
    return _changes(
        old,
        new,
        (home_market(old), home_market(new)),
        lambda record, path: record.sources_for(path),
    )


def _changes(
    old: Any, new: Any, homes: _Homes, cited: Callable[[Any, str], tuple[Source, ...]]
) -> tuple[FieldChange, ...]:
    """The fields of one record that differ, each side with ``cited(record, path)``, the
    sources behind its value (none where it has no value)."""
    return tuple(
        FieldChange(
            path=key,
            old=old_value,
            new=new_value,
            old_path=old_path,
            new_path=new_path,
            old_sources=cited(old, old_path) if old_path else (),
            new_sources=cited(new, new_path) if new_path else (),
        )
        for key, old_path, old_value, new_path, new_value in _walk(old, new, "", "", "", homes)
    )


# (identity path, old positional path, old value, new positional path, new value)
_Difference = tuple[str, str | None, Any, str | None, Any]
# The home market of the record walked in each release: the country its organization is in.
_Homes = tuple[str | None, str | None]


def _walk(
    old: Any, new: Any, key: str, old_path: str | None, new_path: str | None, homes: _Homes
) -> Iterator[_Difference]:
    """The values that differ between ``old`` and ``new`` at ``key``, a side's path ``None``
    where it has nothing there. A record is walked field by field, a list item by item."""
    if _is_items(old) or _is_items(new):
        yield from _walk_items(old or (), new or (), key, old_path, new_path, homes)
    elif _is_record(old, key) or _is_record(new, key):
        kind = type(old if _is_record(old, key) else new)
        for field in attrs.fields(kind):
            if field.name not in _NOT_VALUES:
                yield from _walk(
                    getattr(old, field.name, None),
                    getattr(new, field.name, None),
                    f"{key}.{field.name}" if key else field.name,
                    None if old is None else f"{old_path}.{field.name}".lstrip("."),
                    None if new is None else f"{new_path}.{field.name}".lstrip("."),
                    homes,
                )
    else:
        before, after = _leaf(old), _leaf(new)
        if before != after:
            yield (
                key,
                None if before is None else old_path,
                before,
                None if after is None else new_path,
                after,
            )


def _walk_items(
    old: tuple[Any, ...],
    new: tuple[Any, ...],
    key: str,
    old_path: str | None,
    new_path: str | None,
    homes: _Homes,
) -> Iterator[_Difference]:
    """A list's items matched by what they are: one added or removed item is one difference,
    and only an item present in both is compared field by field."""
    pairs = _match(old, new, homes)
    sides = [(None if i is None else old[i], None if j is None else new[j]) for i, j in pairs]
    names = _item_keys([before if after is None else after for before, after in sides])
    for (i, j), (before, after), name in zip(pairs, sides, names, strict=True):
        item_key = f"{key}[{name}]"
        item_old_path = None if i is None else f"{old_path}[{i}]"
        item_new_path = None if j is None else f"{new_path}[{j}]"
        if before is not None and after is not None:
            yield from _walk(before, after, item_key, item_old_path, item_new_path, homes)
        elif before is not None:
            yield item_key, item_old_path, _item_value(before), None, None
        else:
            yield item_key, None, None, item_new_path, _item_value(after)


def _match(
    old: tuple[Any, ...], new: tuple[Any, ...], homes: _Homes
) -> list[tuple[int | None, int | None]]:
    """Which item of ``old`` is which of ``new``: equal items first (a move is no change),
    then one of an identity on each side, then the detail that tells several apart, then the
    one left of an identity on each side, then a price of no known market and the one left of
    its kind on the other side. Old items in their order, then the new ones."""
    old_home, new_home = homes
    paired: dict[int, int] = {}
    unpaired: dict[Any, list[int]] = {}
    for j, item in enumerate(new):
        unpaired.setdefault(item, []).append(j)
    for i, item in enumerate(old):
        if unpaired.get(item):
            paired[i] = unpaired[item].pop(0)
    taken = set(paired.values())
    for identify in (_identity, _identity_in_detail, _identity, _kind):
        groups: dict[tuple[Any, ...], tuple[list[int], list[int]]] = {}
        for i, item in enumerate(old):
            if i not in paired:
                groups.setdefault(identify(item, old_home), ([], []))[0].append(i)
        for j, item in enumerate(new):
            if j not in taken:
                groups.setdefault(identify(item, new_home), ([], []))[1].append(j)
        for olds, news in groups.values():
            if len(olds) != 1 or len(news) != 1:
                continue
            # Of a kind only, the two must not name two markets: one is of no known market.
            if identify is _kind and not (
                _unplaced(old[olds[0]], old_home) or _unplaced(new[news[0]], new_home)
            ):
                continue
            paired[olds[0]] = news[0]
            taken.add(news[0])
    pairs: list[tuple[int | None, int | None]] = [(i, paired.get(i)) for i in range(len(old))]
    return pairs + [(None, j) for j in range(len(new)) if j not in taken]


def _item_keys(items: list[Any]) -> list[str]:
    """A name for each item of a list (one of each matched pair), unique in the list: its
    identity, with the detail that tells it from another of the same identity, and where even
    that repeats, ``#2``, ``#3``. A price is named by the place it names itself, if any (no
    home market assumed), so the names are the ones the data's own words give."""
    names = [_key_text(_identity(item, None)) for item in items]
    names = [
        _key_text(_identity_in_detail(item, None)) if names.count(name) > 1 else name
        for item, name in zip(items, names, strict=True)
    ]
    seen: dict[str, int] = {}
    unique = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        unique.append(name if seen[name] == 1 else f"{name} #{seen[name]}")
    return unique


def _identity(item: Any, home: str | None) -> tuple[Any, ...]:
    """What a list item is, whatever its place and whatever else changed about it. A price is
    of its market: the place it names, else ``home``, its issuer's country (a price that names
    no place is a price of its issuer's home market, so writing that place down is no new
    price)."""
    if isinstance(item, Price):
        return _price_identity(item, market_of(item, home))
    if isinstance(item, PassRate):
        return (item.year,)
    if isinstance(item, Requirement):
        return (item.level, *_kinds(item.any_of))
    if isinstance(item, Condition):
        return (item.kind, *_kinds(item.all_of))
    if isinstance(item, Accreditation):
        return (item.body,)
    if isinstance(item, Disagreement):
        return (item.path, item.value)
    if isinstance(item, Gap):
        return (item.field,)
    if isinstance(item, (Referenced, MembershipTier)):
        return (item.id,)
    if isinstance(item, AssessmentPart):
        return (item.name,)
    return (repr(item),)  # pragma: no cover - every listed record type is named above


def _price_identity(price: Price, market: str | None) -> tuple[Any, ...]:
    return (
        price.pays_for,
        price.audience,
        price.tier,
        price.currency,
        market,
        *period_parts(price),
    )


def _kind(item: Any, home: str | None) -> tuple[Any, ...]:
    """The identity without the market: what pairs a price of no known market (one that names
    no place, of an issuer whose country that release does not give) with a price of the same
    kind in the other release, the only one left."""
    if isinstance(item, Price):
        return _price_identity(item, None)
    return _identity(item, home)


def _unplaced(item: Any, home: str | None) -> bool:
    """A price of no known market: it names no place, and its issuer's country is not given."""
    return isinstance(item, Price) and market_of(item, home) is None


def _identity_in_detail(item: Any, home: str | None) -> tuple[Any, ...]:
    """The identity with what tells two items of the same identity apart."""
    detail: tuple[Any, ...] = ()
    if isinstance(item, PassRate):
        detail = (item.population,)
    elif isinstance(item, Price):
        detail = (item.language, item.tier_name, item.note)
    elif isinstance(item, Requirement):
        when = (item.jurisdiction, item.effective_from, item.effective_until)
        detail = (*when, *sorted(condition.description for condition in item.any_of))
    elif isinstance(item, Condition):
        detail = (item.description,)
    elif isinstance(item, Gap):
        detail = (item.reason,)
    elif isinstance(item, AssessmentPart):
        detail = (item.format,)
    return (*_identity(item, home), *detail)


def _kinds(conditions: tuple[Condition, ...]) -> list[ConditionKind]:
    return sorted({condition.kind for condition in conditions}, key=lambda kind: kind.value)


def _key_text(parts: tuple[Any, ...]) -> str:
    texts = [_text(part) for part in parts if part is not None]
    return ", ".join(text if len(text) <= 40 else f"{text[:37]}..." for text in texts)


def _is_items(value: Any) -> bool:
    return isinstance(value, tuple) and bool(value) and all(attrs.has(type(v)) for v in value)


def _is_record(value: Any, key: str) -> bool:
    """A record to walk field by field; one held by reference is its id, except at the top."""
    return attrs.has(type(value)) and not (key and isinstance(value, Referenced))


def _leaf(value: Any) -> Any:
    """A value as compared: ``None`` for what is absent or not stated, a referenced record's id."""
    if isinstance(value, Referenced):
        return value.id
    if value is None or value == () or value in _NOT_STATED:
        return None
    return value


def _item_value(item: Any) -> Any:
    return item.id if isinstance(item, Referenced) else item


def _display(value: Any) -> str:
    """A changed value, or an added or removed item, as text."""
    if isinstance(value, Price):
        return price_text(value) + (f" ({value.note})" if value.note else "")
    if isinstance(value, Condition):
        return value.description
    if isinstance(value, MembershipTier):
        fees = ", ".join(price_text(price) for price in value.prices)
        return f"{value.name} ({value.id})" + (f": {fees}" if fees else "")
    if isinstance(value, AssessmentPart) and value.description:
        return f"{value}: {value.description}"
    return _text(value)


def _top_field(path: str) -> str:
    return path.split(".", 1)[0].split("[", 1)[0]


def leaves(record: Credential | Organization) -> Iterator[tuple[str, str]]:
    """Each value a record reports, as (field path, text); see :func:`fitcerts.plain.leaves`."""
    return plain_leaves(record)


def _cell(text: str | None) -> str:
    return "—" if text is None else text
