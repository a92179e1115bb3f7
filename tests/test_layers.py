"""The package's layers hold: every module imports only from its own layer or below, with no
cycle, counting imports inside functions and type-checking blocks too."""

from __future__ import annotations

import ast
import graphlib
from pathlib import Path

import pytest

import fitcerts

PACKAGE = Path(fitcerts.__file__).parent

# Bottom to top; a module may import from its own layer (without a cycle) and from layers below.
LAYERS: tuple[tuple[str, frozenset[str]], ...] = (
    (
        "records",
        frozenset(
            {
                "_version",
                "lookup",
                "errors",
                "vocabulary",
                "plain",
                "presentation",
                "presenters",
                "markup",
                "field_paths",
                "records",
                "markets",
                "files",
                "countries",
                "profile",
            }
        ),
    ),
    ("format", frozenset({"dataformat", "shelf"})),
    ("loading", frozenset({"_serde", "loading", "pieces", "_compiled"})),
    ("catalog", frozenset({"catalog"})),
    (
        "decisions",
        frozenset(
            {
                "costs",
                "cost_lines",
                "cost_terms",
                "price_choice",
                "membership_costs",
                "ownership",
                "eligibility_rules",
                "comparison",
                "recommendations",
                "changes",
                "validate",
            }
        ),
    ),
    ("release", frozenset({"release"})),
    ("face", frozenset({"__init__"})),
    (
        "edges",
        frozenset(
            {
                "table",
                "relational",
                "datapackage",
                "database",
                "frames",
                "coded",
                "batch",
                "batch_input",
                "batch_kernels",
                "exports",
                "ctdl",
                "ctdl_nodes",
                "ctdl_costs",
                "ctdl_readiness",
                "local",
                "cli",
                "cli_parser",
                "cli_output",
                "check",
                "schema",
                "codegen",
                "__main__",
            }
        ),
    ),
)

# The only imports allowed to point upward, each with its reason.
EXCEPTIONS: dict[tuple[str, str], str] = {
    ("__init__", "frames"): "the face's to_dataframe() and eligibility_frame()",
    ("__init__", "exports"): "the face's export()",
    ("__init__", "coded"): "the face's rule_texts() and explain(), pandas imported when called",
    ("__init__", "local"): "the face's load_folder()",
    ("__init__", "schema"): "the face's json_schema()",
}


def _layer_of(module: str) -> int:
    top = "_compiled" if module.startswith("_compiled") else module
    for rank, (_, members) in enumerate(LAYERS):
        if top in members:
            return rank
    raise AssertionError(f"{module} is in no layer: place it in LAYERS")


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        name = ".".join(parts)
        found["__init__" if name == "__init__" else name.removesuffix(".__init__")] = path
    return found


def _imports(module: str, path: Path) -> set[str]:
    """Every fitcerts module ``module`` imports, wherever the import statement stands."""
    package = module.split(".")[:-1] if "." in module else []
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == "fitcerts":
                    found.add("__init__")
                elif alias.name.startswith("fitcerts."):
                    found.add(alias.name.removeprefix("fitcerts."))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = ".".join(package[: len(package) - node.level + 1])
                target = f"{base}.{node.module}" if base and node.module else node.module or base
            elif node.module == "fitcerts" or (node.module or "").startswith("fitcerts."):
                target = (node.module or "").removeprefix("fitcerts").removeprefix(".")
            else:
                continue
            if target:
                found.add(target)
            else:  # from . import x, y
                found.update(alias.name for alias in node.names)
    return {name for name in found if name != module}


def test_every_module_has_a_layer() -> None:
    for module in _modules():
        _layer_of(module)


def test_no_module_imports_from_a_layer_above_its_own() -> None:
    wrong = []
    for module, path in _modules().items():
        for target in _imports(module, path):
            if _layer_of(target) > _layer_of(module) and (module, target) not in EXCEPTIONS:
                wrong.append(
                    f"{module} ({LAYERS[_layer_of(module)][0]}) imports {target} "
                    f"({LAYERS[_layer_of(target)][0]})"
                )
    assert wrong == []


def test_the_exceptions_are_all_still_needed() -> None:
    imports = {module: _imports(module, path) for module, path in _modules().items()}
    for module, target in EXCEPTIONS:
        assert target in imports[module], f"{module} no longer imports {target}: drop the exception"


def test_the_imports_form_no_cycle() -> None:
    """Every import counts, the allowed upward ones too: results find their presenters through
    ``fitcerts.presenters``, never by importing them."""
    graph = {module: _imports(module, path) for module, path in _modules().items()}
    graphlib.TopologicalSorter(graph).prepare()  # raises CycleError naming the cycle


def test_the_cycle_check_finds_a_cycle() -> None:
    with pytest.raises(graphlib.CycleError):
        graphlib.TopologicalSorter({"costs": {"frames"}, "frames": {"costs"}}).prepare()


def test_the_parser_sees_imports_inside_functions(tmp_path: Path) -> None:
    source = tmp_path / "example.py"
    source.write_text(
        "def f():\n    from .release import load\n    import fitcerts.cli\n"
        "    from . import frames\n",
        encoding="utf-8",
    )
    assert _imports("catalog", source) == {"release", "cli", "frames"}


@pytest.mark.parametrize("module", ["records", "vocabulary", "catalog", "dataformat"])
def test_low_layers_import_nothing_above_them_even_lazily(module: str) -> None:
    rank = _layer_of(module)
    above = {t for t in _imports(module, _modules()[module]) if _layer_of(t) > rank}
    assert above == set()
