"""One local Ray for every ``tests/test_ray*.py`` module (``ray.init(num_cpus=2)``).

Not a ``conftest.py``: the Ray modules import the fixture (``from tests.conftest_ray
import ray_session_fixture``), so the rest of the suite never imports Ray.  The fixture is
idempotent, so the copies in several modules share one Ray, which lives until pytest
exits (Ray's own exit hook stops it).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest


@pytest.fixture(scope="session", name="ray_session")
def ray_session_fixture() -> Iterator[Any]:
    ray = pytest.importorskip("ray")
    from cleaner.engines.ray_engine import init_ray

    if not ray.is_initialized():
        ray.init(address="local", num_cpus=2, include_dashboard=False, log_to_driver=False)
    init_ray()
    yield ray


#: Row order of each output table (engines write rows in different orders).
TABLE_ORDER = {
    "articles": ["id"],
    "pages": ["id"],
    "changes": ["page_id", "stage", "step", "start", "end", "rule", "before", "after"],
}


def assert_same_table(local_out: Any, ray_out: Any, table: str) -> int:
    """``OUT/<table>.parquet`` of both engines: same schema, same rows up to row order
    (nulls equal); returns the number of rows (> 0)."""
    import polars as pl

    a = pl.read_parquet(local_out / f"{table}.parquet").sort(TABLE_ORDER[table], nulls_last=True)
    b = pl.read_parquet(ray_out / f"{table}.parquet").sort(TABLE_ORDER[table], nulls_last=True)
    assert a.schema == b.schema, table
    assert a.height == b.height > 0, table
    assert a.equals(b, null_equal=True), table
    return a.height
