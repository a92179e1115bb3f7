"""The analysis notebook runs top to bottom against the bundled data, and is kept without outputs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).parent.parent / "docs" / "notebooks" / "choosing-a-credential.ipynb"


def _read() -> Any:
    return nbformat.read(NOTEBOOK, as_version=4)  # type: ignore[no-untyped-call]


def test_the_notebook_is_committed_without_outputs() -> None:
    for cell in _read().cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, cell.source[:60]


@pytest.mark.enable_socket  # the Jupyter kernel talks to this process over localhost
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_the_notebook_runs_top_to_bottom_and_draws_its_figures() -> None:
    notebook = _read()
    NotebookClient(notebook, timeout=300, kernel_name="python3").execute()
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    assert len(images) >= 4, "cost, exam size, eligibility and release-change figures"
    text = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert "data release" in text and "no price reported" in text
