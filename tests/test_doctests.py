"""Every ``>>>`` example in the ``cleaner`` package runs, and passes, under ``pytest -q``.

One test per module runs its examples with :mod:`doctest` (ELLIPSIS on, as pytest's own
doctest support).  This file rather than ``--doctest-modules`` in ``addopts``: that option
would also import every file under ``tests/`` as a doctest module (``conftest_ray.py``
among them) and needs ``cleaner`` in ``testpaths``; here the policy is explicit:

* a module whose import fails only because an optional extra is missing (Ray, for
  ``cleaner[ray]``) is skipped with the reason; any other import error fails;
* every docstring that holds ``>>>`` in the source must have been run: an example that the
  doctest finder cannot reach (a decorator hiding the docstring, a function nested in
  another) fails here instead of silently never running.
"""

from __future__ import annotations

import ast
import doctest
import importlib
import tempfile
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import ROOT

PACKAGE = ROOT / "cleaner"
#: Top-level names of the optional extras' packages: a module needing one is skipped.
OPTIONAL = {"ray"}
#: Not imported: running ``cleaner/__main__.py`` starts the CLI.
NOT_IMPORTED = {"cleaner.__main__"}
#: Docstrings with examples across the package when this test was written (36); the floor
#: guards against the discovery below silently finding nothing.
MIN_EXAMPLES = 30


def _module_names() -> list[str]:
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        if name not in NOT_IMPORTED:
            names.append(name)
    return names


def _source_of(name: str) -> Path:
    path = ROOT.joinpath(*name.split("."))
    return path / "__init__.py" if path.is_dir() else path.with_suffix(".py")


def docstrings_with_examples(name: str) -> set[str]:
    """Dotted names (as doctest names them) of the docstrings in module ``name``'s source
    that hold a ``>>>`` prompt: the module itself, its classes, functions and methods."""
    tree = ast.parse(_source_of(name).read_text("utf-8"))
    found: set[str] = set()

    def visit(node: ast.AST, prefix: str) -> None:
        doc = ast.get_docstring(node, clean=False)  # type: ignore[arg-type]
        if doc and ">>>" in doc:
            found.add(prefix)
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
                visit(child, f"{prefix}.{child.name}")

    visit(tree, name)
    return found


def _import(name: str) -> ModuleType:
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        top = (exc.name or "").split(".")[0]
        if top in OPTIONAL:
            pytest.skip(f"{name} needs {top!r}, not installed (an optional extra of cleaner)")
        raise


MODULES = _module_names()


def test_the_examples_known_to_exist_are_found() -> None:
    with_examples = [n for n in MODULES if docstrings_with_examples(n)]
    total = sum(len(docstrings_with_examples(n)) for n in MODULES)
    assert total >= MIN_EXAMPLES, (total, with_examples)
    # a few modules whose examples document their contract
    assert {"cleaner.provenance", "cleaner.corpus.store", "cleaner.stages.split_find"} <= set(
        with_examples
    )


@pytest.mark.parametrize("name", MODULES)
def test_module_examples(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = docstrings_with_examples(name)
    module = _import(name)
    monkeypatch.chdir(ROOT)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # examples' mkdtemp() land here
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    report: list[str] = []
    attempted: set[str] = set()
    for test in sorted(doctest.DocTestFinder(exclude_empty=True).find(module), key=str):
        result = runner.run(test, out=report.append, clear_globs=True)
        if result.attempted:
            attempted.add(test.name)
    assert runner.failures == 0, "".join(report)
    missing = expected - attempted
    assert not missing, f"examples in these docstrings never run: {sorted(missing)}"
