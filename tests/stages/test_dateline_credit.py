"""A reporter named in a news lead's dateline or in a bracket of credits closing the text
(invented pages): the piece's ``author`` (the first reporter), the text kept whole.

* a dateline (a desk's ``…讯`` or a dispatch's ``…日电``) and a bracket of credits glued
  to the first paragraph, in several wordings (a gap or none between word and name,
  several names, a second credit, an outlet's reporter, half-width brackets);
* a bracket of credits alone closing the text, or glued after its last sentence;
* look-alikes: a dateline with no credits, a bracket of other content, a reporter in a
  clause (``记者从某局获悉``), a photo credit, a citing lead, a bracket mid-sentence.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from cleaner.config import PipelineConfig
from cleaner.ingest.readers import read_inputs
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.dateline_credit import credit_author, dateline_author

BODY = [
    "据介绍，该项目总投资约三亿元，建成后可满足周边五个乡镇群众的日常出行需求。",
    "项目负责人表示，下一步将继续完善沿线配套设施，确保通行安全顺畅。",
]


def _html(title: str, paras: list[str]) -> bytes:
    body = "".join(f"<p>{p}</p>\n" for p in paras)
    page = (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body>\n<h1>{title}</h1>\n<div>2022-05-06 09:30</div>\n{body}</body></html>"
    )
    return page.encode("utf-8")


def _run(data: bytes):  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "news.html"
        path.write_bytes(data)
        raw = next(r for r in read_inputs([path]) if isinstance(r, RawInput))
    return Pipeline(PipelineConfig()).process(raw, 0)


@pytest.mark.parametrize(
    ("lead", "who"),
    [
        ("本报讯（记者 柯明远 通讯员 龚小溪）", "柯明远"),
        ("本网讯（记者 柯明远）", "柯明远"),
        ("某某社溪南5月6日电（记者柯明远）", "柯明远"),
        ("溪南日报讯(记者柯明远、龚小溪)", "柯明远"),
        ("溪南电视台5月6日电（溪南电视台记者 柯明远）", "柯明远"),
        ("本报溪南5月6日讯（特约记者 欧阳晴川 实习生 龚小溪）", "欧阳晴川"),
    ],
)
def test_dateline_credit_gives_the_author(lead: str, who: str) -> None:
    first = f"{lead}溪南县首条跨江大桥日前正式通车，当地群众出行时间大为缩短。"
    out = _run(_html("溪南县首条跨江大桥正式通车", [first, *BODY]))
    (art,) = out.articles
    assert art.meta.get("author") == who
    # the dateline and its bracket stay words of the text (the repair stage may set the
    # brackets' width)
    line = art.text.split("\n")[1]
    assert line.endswith(first[len(lead) :]) and line.startswith(lead[:3]) and who in line
    assert art.meta.get("published") == "2022-05-06"


@pytest.mark.parametrize(
    ("last", "who"),
    [
        ("（文／邵青禾）", "邵青禾"),
        ("（本报记者 邵青禾 整合）", "邵青禾"),
        (BODY[1] + "（记者邵青禾）", "邵青禾"),
    ],
)
def test_closing_credit_bracket_gives_the_author(last: str, who: str) -> None:
    paras = ["溪南县首条跨江大桥日前正式通车，当地群众出行时间大为缩短。", BODY[0], last]
    out = _run(_html("溪南县首条跨江大桥正式通车", paras))
    (art,) = out.articles
    assert art.meta.get("author") == who
    assert all(p in art.text for p in paras[:2])


@pytest.mark.parametrize(
    "first",
    [
        "本报讯 溪南县首条跨江大桥日前正式通车，当地群众出行时间大为缩短。",
        "本报讯（溪南县融媒体中心）溪南县首条跨江大桥日前正式通车，出行时间大为缩短。",
        "本报讯（记者从溪南县交通局获悉）首条跨江大桥日前正式通车，出行时间大为缩短。",
        "据某某社溪南5月6日电（记者柯明远）首条跨江大桥日前正式通车，出行时间缩短。",
        "记者从溪南县交通局获悉，首条跨江大桥日前正式通车，当地群众出行时间大为缩短。",
        "在场的柯明远说（记者 龚小溪 在场）大桥日前正式通车，当地群众出行时间缩短。",
    ],
)
def test_look_alikes_give_no_author(first: str) -> None:
    paras = [first, *BODY, "（记者 龚小溪 摄）"]
    out = _run(_html("溪南县首条跨江大桥正式通车", paras))
    (art,) = out.articles
    assert "author" not in art.meta
    assert first[8:] in art.text  # the lead kept (its gap may be closed by the repair)


def test_readers_alone() -> None:
    assert credit_author("记者 柯明远 通讯员 龚小溪") == "柯明远"
    assert credit_author("通讯员 龚小溪") is None  # a correspondent alone: no writer
    assert credit_author("记者 柯明远 摄") is None  # the photographer
    assert dateline_author("本报讯（记者 柯明远）大桥通车。", "（文／龚小溪）") == "柯明远"
    assert dateline_author("大桥通车。", "他说（记者 龚小溪）在场。") is None
