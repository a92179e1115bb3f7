"""The docs generator's helper modules, for the tests that check the site's pages.

``docs/`` is not a package: its modules import one another by name, as ``gen_pages.py`` runs
them with ``docs/`` on the path. The tests load them the same way, once.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

DOCS = Path(__file__).resolve().parents[1] / "docs"


def docs_module(name: str) -> ModuleType:
    """A helper module of the docs generator (``site_pages``, ``downloads_page``, ...)."""
    if str(DOCS) not in sys.path:
        sys.path.insert(0, str(DOCS))
    return importlib.import_module(name)
