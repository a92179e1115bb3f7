"""Wheel build hook: ship every bundled data release also as a compiled (pickled) catalog.

See ``fitcerts.compiled``: the JSON stays the truth and is verified on every load; the compiled
copy only spares a first lookup the cost of structuring it.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CompileReleases(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        sys.path.insert(0, str(Path(self.root) / "src"))
        try:
            from fitcerts.compiled import FOLDER, build_all

            out = Path(tempfile.mkdtemp(prefix="fitcerts-compiled-"))
            for release, blob in build_all():
                target = out / f"{release}.pickle"
                target.write_bytes(blob)
                build_data["force_include"][str(target)] = f"fitcerts/data/{FOLDER}/{release}.pickle"
        finally:
            sys.path.remove(str(Path(self.root) / "src"))
            for name in [m for m in sys.modules if m == "fitcerts" or m.startswith("fitcerts.")]:
                del sys.modules[name]
