"""The document's own dated row that the HTML extractor leaves out with the block around
it (a crumb trail's box over the article's ``<div>``): ``发布日期：… ｜ 通告编号：…``.  Its
date was read back already (``html_dates.labelled_date``); its number, issuer or origin
now are too, as from a row the boilerplate stage removes (``Pipeline._extracted_row``).
A list of other items' dated rows, or a dated row under the text's prose, gives nothing.
Every word is invented."""

from __future__ import annotations

import json
from pathlib import Path

BODY = (
    "<p>因应桥面维修工程，由下星期一首班车起，下列路线将改经临时车道行驶，为期约三个月。</p>"
    "<p>届时原设于桥头的车站将暂停使用，乘客请改往对面临时车站候车，不便之处，敬请原谅。</p>"
)


def _page(box: str, *, h1: str = "九号线及十二号线改道", foot: str = "") -> str:
    return (
        "<html><head><meta charset='utf-8'><title>乘客通告 - 青溪巴士</title></head><body>"
        "<div class='top'>青溪巴士<ul><li><a href='/a'>路线</a></li><li><a href='/b'>通告</a>"
        "</li><li><a href='/c'>车费</a></li></ul></div>"
        f"<div class='crumbs'>首页 ＞ 乘客通告 ＞ 路线改动<br>{box}<br>打印本页 ｜ 分享</div>"
        f"<div class='article'><h1>{h1}</h1>{BODY}</div>{foot}"
        "<div class='footer'>版权所有 青溪巴士有限公司 ｜ 网站地图</div>"
        "</body></html>"
    )


def _run(tmp_path: Path, html: str) -> list[dict]:
    from cleaner.runner import run

    src = tmp_path / "in"
    src.mkdir()
    (src / "p.html").write_text(html, encoding="utf-8")
    run([src], tmp_path / "out")
    rows = (tmp_path / "out" / "articles.jsonl").read_text("utf-8").splitlines()
    return [json.loads(x) for x in rows]


def test_the_number_on_the_dropped_dated_row_is_read(tmp_path: Path) -> None:
    arts = _run(tmp_path, _page("发布日期：2020-04-02　｜　通告编号：QX20041"))
    assert len(arts) == 1
    assert arts[0]["meta"].get("published") == "2020-04-02"
    assert arts[0]["meta"].get("doc_number") == "QX20041"


def test_other_labels_and_separators_read_alike(tmp_path: Path) -> None:
    arts = _run(tmp_path, _page("發佈時間：2018年7月9日　　公告編號：HB-2018-077　　瀏覽：312"))
    assert arts[0]["meta"].get("published") == "2018-07-09"
    assert arts[0]["meta"].get("doc_number") == "HB-2018-077"


def test_a_source_on_the_dropped_row_is_the_origin(tmp_path: Path) -> None:
    arts = _run(tmp_path, _page("发布时间：2021-11-15 ｜ 来源：河湾区交通运输局 ｜ 点击：88"))
    assert arts[0]["meta"].get("published") == "2021-11-15"
    assert arts[0]["meta"].get("origin") == "河湾区交通运输局"


def test_a_dropped_list_of_dated_rows_gives_no_number(tmp_path: Path) -> None:
    box = (
        "发布日期：2020-03-01　｜　通告编号：QX20031<br>发布日期：2020-03-18　｜　通告编号：QX20035"
    )
    arts = _run(tmp_path, _page(box))
    assert "doc_number" not in arts[0]["meta"]


def test_a_dated_row_under_the_prose_gives_nothing(tmp_path: Path) -> None:
    foot = "<div class='related'>上一则通告<br>发布日期：2019-12-20　｜　通告编号：QX19220</div>"
    arts = _run(tmp_path, _page("打印本页", foot=foot))
    assert "doc_number" not in arts[0]["meta"]


def test_a_dropped_row_of_a_date_and_counters_adds_no_field(tmp_path: Path) -> None:
    arts = _run(tmp_path, _page("发布日期：2020-04-02　｜　浏览次数：1290"))
    assert arts[0]["meta"].get("published") == "2020-04-02"
    assert not arts[0]["meta"].keys() & {"doc_number", "issuer", "origin"}
