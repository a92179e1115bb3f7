"""The data version is first-class and maps onto the package version."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

import fitcerts

ROOT = Path(__file__).resolve().parents[1]


def test_package_version_is_data_version_plus_patch() -> None:
    assert re.fullmatch(r"\d{4}\.\d+", fitcerts.DATA_VERSION)
    assert re.fullmatch(rf"{re.escape(fitcerts.DATA_VERSION)}\.\d+", fitcerts.__version__)


def test_version_comes_from_the_installed_metadata() -> None:
    from importlib.metadata import version

    assert fitcerts.__version__ == version("fitcerts")


def test_the_bundled_release_is_the_data_version() -> None:
    from fitcerts.dataformat import release_folder

    assert release_folder(fitcerts.DATA_VERSION).joinpath("credentials.json").is_file()


def test_unknown_attributes_raise_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        fitcerts.nothing  # noqa: B018


def test_every_public_name_resolves() -> None:
    for name in fitcerts.__all__:
        assert getattr(fitcerts, name) is not None
    assert set(fitcerts.__all__) <= set(dir(fitcerts))


def test_pyproject_takes_its_version_from_the_package() -> None:
    if sys.version_info < (3, 11):
        pytest.skip("tomllib is 3.11+")
    else:
        import tomllib

        pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
        assert "version" in pyproject["project"]["dynamic"]


def test_every_record_type_is_exported() -> None:
    import fitcerts.records
    import fitcerts.vocabulary

    records = {cls.__name__ for cls in fitcerts.records.RECORD_TYPES}
    vocabulary = set(fitcerts.vocabulary.__all__) - {"parse_enum"}
    assert records | vocabulary <= set(fitcerts.__all__)
