"""The page title's copy over a head of short rows and the headline (fixzy1, set zy):
:mod:`cleaner.stages.split_title_copy`.  Invented pages, none of the family's.

The reader sets the ``<title>`` in front of the body when the headline is not among the
body's first lines; the rows between the copy and the headline (a site's name, a tag and
a date) are the page's head.  Variants: a site's name alone between; a name and a tag row
with a date; a date row in another form.  Look-alikes: the top line
not repeated, a sentence between the copies.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from cleaner.config import PipelineConfig
from cleaner.ingest.readers import read_inputs
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline

_TITLE = "溪畔公园春季花展开幕，市民踏青赏花"
_BODY = [
    "今年花展共布置了十二个主题花境，展期持续到五月底，园方每天上午八点开放入园。",
    "展区设在公园东侧草坪与湖心岛，游客可以沿步道一路观赏，也可以乘坐观光车。",
    "园方提醒游客爱护花木，不要踩踏草坪，带孩子出行请注意安全。",
]


def _run_text(text: str):  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "page.txt"
        path.write_text(text, encoding="utf-8")
        raw = next(r for r in read_inputs([path]) if isinstance(r, RawInput))
    return Pipeline(PipelineConfig()).process(raw, 0).articles


def _one_clean(arts, gone: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert len(arts) == 1
    a = arts[0]
    assert a.title == _TITLE
    assert all(p in a.text for p in _BODY)
    assert all(g not in a.text for g in gone)
    assert a.text.count(_TITLE) <= 1


def test_site_name_between_copies() -> None:
    # what the reader leaves of an HTML page once the site's menu and bars are gone
    text = "\n".join([_TITLE, "某市园林绿化服务中心　溪畔公园管理处", _TITLE, *_BODY]) + "\n"
    _one_clean(_run_text(text), ["溪畔公园管理处"])


def test_tag_and_date_row_between_copies() -> None:
    rows = ["某市园林绿化服务中心", "园区新闻　·　2031/4/6"]
    text = "\n".join([_TITLE, *rows, _TITLE, *_BODY]) + "\n"
    arts = _run_text(text)
    _one_clean(arts, ["园区新闻", "园林绿化服务中心"])
    assert arts[0].meta.get("published") == "2031-04-06"


def test_plain_text_copy_over_a_date_row() -> None:
    text = "\n".join([_TITLE, "溪畔公园 ｜ 2031年4月6日", _TITLE, *_BODY]) + "\n"
    arts = _run_text(text)
    _one_clean(arts, ["溪畔公园 ｜"])
    assert arts[0].meta.get("published") == "2031-04-06"


def test_top_line_not_repeated_keeps_rows() -> None:
    # no copy of the first line below it: the rows are the page's to judge, not this
    text = "\n".join(["春天来了", "某市园林绿化服务中心", _TITLE, *_BODY]) + "\n"
    arts = _run_text(text)
    assert all(p in arts[0].text for p in _BODY)
    from cleaner.stages.split_title_copy import head_rows

    assert head_rows(["春天来了", "某市园林绿化服务中心", _TITLE]) is None


def test_sentence_between_copies_stays() -> None:
    from cleaner.stages.split_title_copy import head_rows

    lead = "花展今天开幕，市民可以免费入园。"
    assert head_rows([_TITLE, lead, _TITLE, _BODY[0]]) is None
    text = "\n".join([_TITLE, lead, _TITLE, *_BODY]) + "\n"
    arts = _run_text(text)
    assert any(lead in a.text for a in arts)
