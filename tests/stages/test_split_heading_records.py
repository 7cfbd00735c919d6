"""An HTML compilation whose pieces are each headed by one of the page's own markup
headings (``<h2>`` … ``<h4>``) over a date-and-source row (setoalign): the bare heading is
the piece's title and its first line of text, as a document's heading is
(``docs/truth_conventions.md``: the title is the first content line of its article); the
row under it is the piece's metadata.  A heading that carries a number or a label
(``1 标题``, ``帖01　标题``) stays the piece's header line, its title read bare, the line
recorded as deleted.

Every word is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.config import PipelineConfig
from cleaner.ingest.readers import read_inputs
from cleaner.model import RawInput
from cleaner.pipeline import PageResult, Pipeline
from cleaner.stages.profile_counter import build_profiles
from tests.stages.family_figures import assert_floors

P = [
    "渡口的老船工撑了四十年船，每天天不亮就把船板擦干净，等着赶早集的乡亲们过河。",
    "后来河上架起了新桥，坐船的人越来越少，他还是每天守在渡口，说总有人要看看这条河。",
    "那年发大水，桥被冲断了三天，是他一趟一趟把困在对岸的学生们送回了家。",
]
TITLES = ["老渡口迎来最后一班船", "新桥通车首日车流平稳", "河滩湿地公园开园"]


def _digest(tag: str, prefix: str = "") -> str:
    items = "".join(
        f'<div class="item"><{tag}>{prefix.format(k + 1)}{TITLES[k]}</{tag}>'
        f'<div class="info">2022-03-0{k + 1} 10:20　来源：某县融媒体中心</div>'
        f"<p>{P[k]}</p><p>{P[(k + 1) % 3]}</p></div>"
        for k in range(3)
    )
    return (
        '<html><head><meta charset="utf-8"><title>专题：渡口变迁_某县在线</title></head><body>'
        '<div class="nav"><a href="/">首页</a> <a href="/a">本地</a></div>'
        "<h1>专题：渡口变迁</h1><p>本专题汇集3篇相关报道。</p>"
        + items
        + '<div class="ft"><p>某县在线版权所有</p></div></body></html>'
    )


def _run(tmp_path: Path, page: str) -> PageResult:
    (tmp_path / "a.html").write_text(page, encoding="utf-8")
    raws = list(read_inputs([tmp_path]))
    pipe = Pipeline(PipelineConfig(), profiles=build_profiles(raws))
    assert isinstance(raws[0], RawInput)
    return pipe.process(raws[0], 0)


@pytest.mark.parametrize("tag", ["h2", "h3", "h4"])
def test_a_bare_heading_over_each_piece_is_its_first_line(tmp_path: Path, tag: str) -> None:
    res = _run(tmp_path, _digest(tag))
    arts = [a for a in res.articles if a.text.strip()]
    assert [a.title for a in arts] == TITLES
    for k, a in enumerate(arts):
        lines = a.text.split("\n")
        assert lines[0] == TITLES[k]
        assert lines[1] == P[k]
        assert a.meta.get("published") == f"2022-03-0{k + 1}"
        assert "来源" not in a.text  # the row under the heading: metadata
    deleted = [c.before for c in res.changes if c.stage == "split" and c.action == "delete"]
    assert not any(t in d for t in TITLES for d in deleted)


@pytest.mark.parametrize("prefix", ["<em>{}</em> ", "帖0{}　"])
def test_a_numbered_heading_stays_the_pieces_header(tmp_path: Path, prefix: str) -> None:
    res = _run(tmp_path, _digest("h2", prefix))
    arts = [a for a in res.articles if a.text.strip()]
    assert [a.title for a in arts] == TITLES
    for k, a in enumerate(arts):
        assert a.text.split("\n")[0] == P[k]
    headers = [
        c.before.strip()
        for c in res.changes
        if c.stage == "split" and c.rule == "split.article_header"
    ]
    assert len(headers) == 3 and all(h.endswith(t) for h, t in zip(headers, TITLES, strict=True))


def test_the_aligned_families_keep_their_figures() -> None:
    floor = {"titles": 1.0, "counts": 1.0, "metadata": 1.0}
    assert_floors("sealed_o_shengwang", {**floor, "content_f1": 1.0, "residue": 0.0})
    assert_floors("sealed_o_shequ", {**floor, "content_f1": 0.99})
    assert_floors("sealed_p_xinxi", {**floor, "content_f1": 1.0, "residue": 0.0})
