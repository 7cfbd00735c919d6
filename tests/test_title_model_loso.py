"""The title model benchmark's candidates, features and training (invented wording)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import numpy as np

_PATH = Path(__file__).resolve().parent.parent / "benchmarks" / "title_model_loso.py"
_SPEC = importlib.util.spec_from_file_location("title_model_loso", _PATH)
assert _SPEC is not None and _SPEC.loader is not None
tm: Any = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(tm)


def _call(**kw: Any) -> dict[str, Any]:
    base = {"body": [], "head": "", "page_title": "", "h1": "", "headings": []}
    return {**base, **kw}


def test_title_parts_cut_the_site_suffix_at_each_separator() -> None:
    parts = tm.title_parts("青石镇修好老桥 - 要闻 - 青石在线")
    assert parts[0] == "青石镇修好老桥 - 要闻 - 青石在线"
    assert "青石镇修好老桥 - 要闻" in parts and "青石镇修好老桥" in parts
    assert "青石在线" in parts  # the trailing part ('Site | Title' pages)
    assert tm.title_parts("") == []


def test_candidates_hold_body_lines_joins_and_page_title_once() -> None:
    call = _call(
        body=["关于青石镇老桥", "维修完工的通告", "桥面已于上周铺好，行人可以通行。"],
        page_title="关于青石镇老桥维修完工的通告_青石在线",
        h1="关于青石镇老桥维修完工的通告",
    )
    cands = tm.candidates(call)
    texts = [t for t, _ in cands]
    assert "关于青石镇老桥维修完工的通告" in texts  # the join of a broken title
    assert len({tm.norm(t) for t in texts}) == len(texts)  # h1 equal to the join: once
    assert dict(cands)["关于青石镇老桥"] == "body0"
    assert tm.candidates(None) == []


def test_features_have_one_value_per_name_and_see_label_rows() -> None:
    call = _call(body=["发布日期：2021-04-02", "青石镇老桥修好了"])
    row = tm.features("发布日期：2021-04-02", "body0", call, 0.5)
    assert len(row) == len(tm.names())
    named = dict(zip(tm.names(), row, strict=True))
    assert named["label_shape"] == 1.0 and named["date"] == 1.0 and named["repeat"] == 0.5


def test_training_is_deterministic_and_learns_the_title_shape() -> None:
    call = _call(
        body=["首页 | 新闻 | 联系我们", "青石镇老桥修好了", "桥面已于上周铺好，行人可以通行。"]
    )
    recs = [{"call": call, "repeat": {}, "truth": "青石镇老桥修好了", "rules": None}] * 3
    data = tm.rows(recs)
    x = np.vstack([d[0] for d in data])
    y = np.concatenate([d[1] for d in data])
    w1, w2 = tm.train(x, y), tm.train(x, y)
    assert np.array_equal(w1, w2)
    c = tm.evaluate(w1, recs[:1])
    assert c["model"] == 1 and c["cover"] == 1 and c["rules"] == 0
