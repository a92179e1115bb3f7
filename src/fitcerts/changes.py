"""What changed between two data releases, field by field, with the sources of both values."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

import attrs

from .catalog import Catalog
from .plain import Plain
from .plain import leaves as plain_leaves
from .plain import value_text as _text
from .presentation import (
    Titled,
    cited,
    clip,
    describe,
    html_table,
    markdown_table,
    short_repr,
)
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
from .vocabulary import PassRatePopulation, TaxTreatment

__all__ = ["DataDiff", "FieldChange", "RecordChange", "diff", "leaves"]

# Provenance is reported beside each change, not as a change of its own.
_NOT_VALUES = frozenset({"sources", "citations"})
# Values that say a source did not state something: absent, as None is.
_NOT_STATED = frozenset({TaxTreatment.NOT_STATED, PassRatePopulation.NOT_STATED})


@attrs.frozen(kw_only=True)
class FieldChange(Plain):
    """One value that differs; ``None`` on a side means absent or not reported there.

    ``path`` names list items by what they are, not where they stand
    (``exam.pass_rates[2016].percent``, ``prices[exam, member].amount``), so an item added to a
    list is an addition, never a change of the items after it. ``old_path`` and ``new_path``
    are the positional paths in each release, for ``sources_for``. ``old`` and ``new`` keep
    their types (``Decimal``, ``date``, enumerations...); ``old_text`` and ``new_text`` are
    for display.
    """

    _plain_extras = ("old_text", "new_text")

    path: str
    old: Any = None
    new: Any = None
    old_path: str | None = None
    new_path: str | None = None
    old_sources: tuple[Source, ...] = ()
    new_sources: tuple[Source, ...] = ()

    @property
    def old_text(self) -> str | None:
        return None if self.old is None else _text(self.old)

    @property
    def new_text(self) -> str | None:
        return None if self.new is None else _text(self.new)

    def __str__(self) -> str:
        """``exam.questions: 150 -> 220``, ``prices[exam, member].note: added ...``."""
        if self.old is None:
            return f"{self.path}: added {self.new_text}"
        if self.new is None:
            return f"{self.path}: removed {self.old_text}"
        return f"{self.path}: {self.old_text} -> {self.new_text}"

    def __repr__(self) -> str:
        if self.old is None or self.new is None:
            return short_repr("FieldChange", self)
        values = f"{clip(self.old_text, 30)} -> {clip(self.new_text, 30)}"
        return short_repr("FieldChange", f"{self.path}: {values}")

    def describe(self) -> str:
        """Every field, one a line; the repr is short."""
        return describe(self)


@attrs.frozen(kw_only=True)
class RecordChange(Plain):
    """One credential or organization present in both releases, and its changed fields."""

    kind: str  # "credential" or "organization"
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
        return (
            f"{self.old} -> {self.new}: "
            f"credentials +{len(self.credentials_added)} -{len(self.credentials_removed)} "
            f"~{len(credentials)}, organizations +{len(self.organizations_added)} "
            f"-{len(self.organizations_removed)} ~{len(organizations)}, "
            f"sources +{len(self.sources_added)} -{len(self.sources_removed)}, "
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
        from .frames import diff_frame

        return diff_frame(self)

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
    old_sources = [s.id for s in old.sources()]
    new_sources = [s.id for s in new.sources()]
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


def _record_changes(
    old: Credential | Organization, new: Credential | Organization
) -> tuple[FieldChange, ...]:
    before = _keyed(old, "", "")
    after = _keyed(new, "", "")
    changes = []
    for key in sorted(before.keys() | after.keys(), key=_path_order(before, after)):
        old_path, old_value = before.get(key, (None, None))
        new_path, new_value = after.get(key, (None, None))
        if old_value != new_value:
            changes.append(
                FieldChange(
                    path=key,
                    old=old_value,
                    new=new_value,
                    old_path=old_path,
                    new_path=new_path,
                    old_sources=old.sources_for(old_path) if old_path else (),
                    new_sources=new.sources_for(new_path) if new_path else (),
                )
            )
    return tuple(changes)


def _identity(item: Any) -> str:
    """What a list item is, whatever its place: how the same item is found in both releases."""
    if isinstance(item, PassRate):
        return str(item.year)
    if isinstance(item, Price):
        parts: list[Any] = [item.pays_for, item.audience, item.tier, item.currency]
    elif isinstance(item, Requirement):
        parts = [item.level, *(condition.description for condition in item.any_of)]
    elif isinstance(item, Condition):
        parts = [item.kind, item.description]
    elif isinstance(item, Accreditation):
        parts = [item.body]
    elif isinstance(item, Disagreement):
        parts = [item.path, item.value]
    elif isinstance(item, Gap):
        parts = [item.field]
    elif isinstance(item, (Organization, Source, Credential, MembershipTier)):
        parts = [item.id]
    elif isinstance(item, AssessmentPart):
        parts = [item.name]
    else:  # pragma: no cover - every listed record type is named above
        parts = [repr(item)]
    texts = [_text(part) for part in parts if part is not None]
    return ", ".join(text if len(text) <= 40 else f"{text[:37]}..." for text in texts)


def _keyed(value: Any, key: str, path: str) -> dict[str, tuple[str, Any]]:
    """Each value a record reports: its identity path -> (positional path, typed value)."""
    found: dict[str, tuple[str, Any]] = {}
    if isinstance(value, (Organization, Source)) and path:
        found[key] = (path, value.id)
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            if field.name not in _NOT_VALUES:
                found.update(
                    _keyed(
                        getattr(value, field.name),
                        f"{key}.{field.name}" if key else field.name,
                        f"{path}.{field.name}" if path else field.name,
                    )
                )
    elif isinstance(value, tuple) and value and all(attrs.has(type(item)) for item in value):
        seen: dict[str, int] = {}
        for index, item in enumerate(value):
            identity = _identity(item)
            seen[identity] = seen.get(identity, 0) + 1
            if seen[identity] > 1:  # the same item twice: tell them apart by occurrence
                identity = f"{identity} #{seen[identity]}"
            found.update(_keyed(item, f"{key}[{identity}]", f"{path}[{index}]"))
    elif value not in (None, ()) and value not in _NOT_STATED:
        found[key] = (path, value)
    return found


def _top_field(path: str) -> str:
    return path.split(".", 1)[0].split("[", 1)[0]


def _path_order(before: dict[str, Any], after: dict[str, Any]) -> Any:
    order = {path: index for index, path in enumerate([*before, *after])}
    return lambda path: order[path]


def leaves(record: Credential | Organization) -> Iterator[tuple[str, str]]:
    """Each value a record reports, as (field path, text); see :func:`fitcerts.plain.leaves`."""
    return plain_leaves(record)


def _cell(text: str | None) -> str:
    return "—" if text is None else text
