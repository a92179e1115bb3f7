"""Shared fixtures: the real bundled data, and writable copies of it for fault tests."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

import fitcerts
from fitcerts.dataformat import release_folder

settings.register_profile("ci", max_examples=200, deadline=None)
settings.register_profile("dev", max_examples=50, deadline=None)
settings.load_profile("ci")

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def release_copy(tmp_path: Path) -> Path:
    """A writable copy of the bundled release, to corrupt."""
    folder = tmp_path / fitcerts.DATA_VERSION
    shutil.copytree(str(release_folder(fitcerts.DATA_VERSION)), folder)
    return folder


EditJson = Callable[[Path, str, Callable[[Any], None]], None]


@pytest.fixture
def edit_json() -> EditJson:
    """Change one JSON file of a release copy in place."""

    def edit(folder: Path, name: str, change: Callable[[Any], None]) -> None:
        path = folder / name
        data = json.loads(path.read_text(encoding="utf-8"))
        change(data)
        path.write_text(json.dumps(data, indent=2), encoding="utf-8")

    return edit
