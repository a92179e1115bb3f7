"""Check a data release before proposing it: ``python -m fitcerts.check [FOLDER ...]``.

With no folder, checks the bundled release. Prints one line per problem, naming the file and
JSON path, and exits with status 1 if there is any.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from ._version import DATA_VERSION
from .dataformat import release_folder
from .errors import DataIntegrityError, DataValidationError
from .loading import read_release
from .pieces import index_module, read_bundled
from .validate import problems

__all__ = ["check_folder", "main"]


def check_folder(folder: Path | None = None) -> list[str]:
    """Problems of one release folder; with none, of the bundled release, whose files must also
    match its manifest and its compiled package."""
    if folder is not None:
        try:
            return problems(read_release(folder, folder.name))
        except DataValidationError as error:
            return list(error.problems)
    try:
        loaded = read_release(release_folder(DATA_VERSION), DATA_VERSION, verify=True)
        found = problems(loaded)
        if read_bundled(DATA_VERSION).records() != loaded:
            found.append(f"{index_module(DATA_VERSION)}: differs from the data files")
    except DataValidationError as error:
        return list(error.problems)
    except DataIntegrityError as error:
        return [str(error)]
    return found


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m fitcerts.check",
        description="Check fitcerts data release folders: strict structure and catalog rules.",
        epilog="example: python -m fitcerts.check src/fitcerts/data/2026.1",
    )
    parser.add_argument(
        "folders",
        nargs="*",
        type=Path,
        metavar="FOLDER",
        help="a release folder holding the JSON files (default: the bundled one)",
    )
    arguments = parser.parse_args(argv)
    folders: list[Path | None] = list(arguments.folders) or [None]
    failed = False
    for folder in folders:
        label = str(folder) if folder is not None else f"bundled release {DATA_VERSION}"
        if folder is not None and not folder.is_dir():
            print(f"{label}: not a folder", file=sys.stderr)
            failed = True
            continue
        found = check_folder(folder)
        for line in found:
            print(f"{label}: {line}")
        if found:
            failed = True
        else:
            print(f"{label}: ok")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
