"""Where a result finds the presenter that gives it in another form, such as a pandas DataFrame.

Results sit below their presenters. ``CostBreakdown.to_dataframe()`` asks this registry; the
module that holds the presenters (``fitcerts.frames``, which needs pandas) registers them when
it is imported, which the registry does by name the first time one is asked for, as pandas finds
its plotting backend. A result never imports its presenter, so the import graph has no circle,
and a first lookup never pays for pandas.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["present", "presenter"]

F = TypeVar("F", bound=Callable[..., Any])

# Each form, and the module whose import registers its presenters.
_PROVIDERS = {"dataframe": "fitcerts.frames"}
_PRESENTERS: dict[tuple[str, type], Callable[..., Any]] = {}


def presenter(form: str, cls: type) -> Callable[[F], F]:
    """Register the decorated function as what presents ``cls`` values in ``form``."""
    if form not in _PROVIDERS:
        raise ValueError(f"unknown form {form!r}: {', '.join(_PROVIDERS)}")

    def register(function: F) -> F:
        _PRESENTERS[form, cls] = function
        return function

    return register


def present(form: str, value: object, /, **options: Any) -> Any:
    """``value`` in ``form``, by the presenter registered for its type."""
    found = _PRESENTERS.get((form, type(value)))
    if found is None:
        importlib.import_module(_PROVIDERS[form])  # its import registers its presenters
        found = _PRESENTERS[form, type(value)]
    return found(value, **options)
