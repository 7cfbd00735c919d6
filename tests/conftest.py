"""Shared fixtures: golden-file loading, the ``--update-golden`` switch, and access to the
real pages in ``../shared`` (tests that read them skip cleanly when it is absent)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
SAMPLES = ROOT / "corpora" / "sample"
SHARED = ROOT.parent / "shared" / "corpora"
SEED = SHARED / "seed" / "000_4290c15138e48a04.txt"

# Property tests check results, never speed: on a shared, loaded machine hypothesis's timing
# checks (per-example deadline, "data generation too slow") fail runs whose assertions all hold.
settings.register_profile("cleaner", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("cleaner")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite expected golden files")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def golden_cases(name: str) -> list[Any]:
    """pytest params for a labelled golden JSONL file; ``expect: fail`` cases are xfail."""
    params = []
    for case in load_jsonl(GOLDEN / name):
        marks = [pytest.mark.xfail(strict=True)] if case.get("expect") == "fail" else []
        params.append(pytest.param(case, id=case["label"], marks=marks))
    return params


@pytest.fixture
def seed_page() -> Path:
    if not SEED.exists():
        pytest.skip("../shared/corpora/seed is not available")
    return SEED


@pytest.fixture
def shared_corpora() -> Path:
    if not (SHARED / "real").exists():
        pytest.skip("../shared/corpora/real is not available")
    return SHARED / "real"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Under ``pytest -n`` (pytest-xdist, ``--dist loadgroup``) every test that uses the local
    Ray runs on one worker, so the suite starts one Ray, not one per worker, and the other
    worker runs the rest meanwhile."""
    for item in items:
        module = getattr(item, "module", None)
        name = getattr(module, "__name__", "")
        if name.rsplit(".", 1)[-1].startswith("test_ray") or "ray_session" in getattr(
            item, "fixturenames", ()
        ):
            item.add_marker(pytest.mark.xdist_group("ray"))
