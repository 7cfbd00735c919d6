"""yofix: a notice's own contact line that lists several numbers in gap-parted cells
stays the notice's (:func:`cleaner.stages.own_data.contact_cells`).

A notice board closes every notice with its own numbers to call, glued under the last
sentence: ``咨询电话：N（甲办）　N（乙部）``, ``联系电话：N　某先生``, ``监督电话：某局　N``.
The site repeats the wording with other numbers on every page, so the site-repeat pass
learns it as a shape; the wide gap between its cells used to read as a counter bar's and
the line went.  A contact's cells are one contact: the first opens on a contact's label,
no other cell carries a label of its own, and a number to call stands in it.  A footer's
row of labelled cells (the site's name, its address, a hotline), and a counter bar, still
go.

Every site, number and sentence here is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.ingest.readers import read_inputs
from cleaner.pipeline import Pipeline, PipelineConfig
from cleaner.stages.own_data import closing_data, contact_cells
from cleaner.stages.profile_counter import build_profiles

BODY = [
    "根据上级工作部署，结合本地实际，现将第{n}批次的有关安排通知如下，请各单位认真组织落实。",
    "各单位要于第{n}周周五前报送名单，逾期未报的视为自动放弃，由此产生的后果由各单位自行承担。",
    "请相互转告，积极参与。",
]


def _page(site: str, n: int, close: str, foot: str) -> str:
    return "\n".join(
        [
            '<!DOCTYPE html><html><head><meta charset="utf-8">',
            f"<title>第{n}批次工作安排的通知_{site}</title></head><body>",
            '<div class="nav"><a href="/">首页</a>｜<a href="/a">通知公告</a></div>',
            f"<h1>第{n}批次工作安排的通知</h1>",
            '<div class="content">',
            *(f"<p>{x.format(n=n)}</p>" for x in BODY),
            f"<p>{close}</p>",
            "</div>",
            '<div class="share">分享到：微博　微信</div>',
            f"<p>{foot}</p>",
            f"<footer><p>{site}　版权所有　某ICP备00000000号</p></footer>",
            "</body></html>",
        ]
    )


def _num(n: int, k: int) -> str:
    return f"0{571 + k}-8{(n * 7919 + k * 104729) % 1000000:06d}"


def _run(tmp_path: Path, close: str, foot: str = "") -> tuple[str, str]:
    """Six pages of one site, each closing its notice with ``close`` (its own numbers)
    over the foot row ``foot``; the text of the third page and its close line."""
    folder = tmp_path / "site"
    folder.mkdir()
    site = "青石县人民政府"
    for n in range(6):
        html = _page(site, n + 2, close.format(a=_num(n, 1), b=_num(n, 2), n=n + 20), foot)
        (folder / f"p{n:02d}.html").write_text(html.replace("{foot_n}", str(n + 40)), "utf-8")
    raws = list(read_inputs([folder]))
    res = Pipeline(PipelineConfig(), profiles=build_profiles(raws)).process(raws[2], 2)
    assert len(res.articles) == 1
    text = res.articles[0].text
    assert BODY[1].format(n=4) in text  # the notice's text is there either way
    return text, close.format(a=_num(2, 1), b=_num(2, 2), n=22)


CONTACTS = {
    "two numbers, each with its office": "咨询电话：{a}（县招生办）　{b}（县教育局）",
    "a number and the person to ask": "联系电话：{a}　周女士",
    "the office, then its number": "监督电话：县市场监管局　{a}",
    "a hotline, two numbers on a bar": "报名热线：{a}　｜　{b}",
}


@pytest.mark.parametrize("close", CONTACTS.values(), ids=list(CONTACTS))
def test_a_notices_own_contact_in_cells_stays(tmp_path: Path, close: str) -> None:
    text, line = _run(tmp_path, close)
    assert line in text.split("\n")


def test_a_footer_row_of_cells_with_a_varying_hotline_goes(tmp_path: Path) -> None:
    # look-alike: the site's footer row (its name, address and hotline) glued under the
    # text with a new number on each page: labelled cells, no one contact
    text, line = _run(tmp_path, "青石县政务服务中心　地址：青石县府前路{n}号　值班电话：{a}")
    assert line not in text


def test_a_contact_with_a_second_label_goes_as_before(tmp_path: Path) -> None:
    # look-alike: a second labelled cell (a post code) makes it a footer's row of fields
    text, line = _run(tmp_path, "联系电话：{a}　邮编：3{n}1000")
    assert line not in text


def test_contact_cells_reads_the_cells() -> None:
    assert contact_cells("咨询电话：0571-8765432（甲办）　0571-8765433（乙部）")
    assert contact_cells("服务热线：0571 8765 4321　　王先生")
    assert not contact_cells("咨询电话：0571-8765432")  # one cell: no gap to excuse
    assert not contact_cells("阅读 1234567　点赞 3")  # a counter bar: no contact label
    assert not contact_cells("地址：某路1号　电话：0571-8765432")  # an address opens it
    assert not contact_cells("联系电话：96120　张先生")  # no number to call in it
    # a footer's row: the hotline, then the site's name, its rights and its record
    assert not contact_cells("服务热线：400-100-2000　某某有限公司　版权所有　某ICP备10000001号")


def test_closing_data_refuses_a_gapped_line_unless_it_is_a_contact() -> None:
    page = ["站名", "标题", "正文。", "请相互转告。", "电话：0571-8765432　王先生", "页脚"]
    hits = {0: 1, 4: 1, 5: 1}
    assert not closing_data(page, 4, {4}, hits, {})
    assert closing_data(page, 4, {4}, hits, {}, contact=True)
    bar = ["站名", "标题", "正文。", "请相互转告。", "阅读 1234567　点赞 3", "页脚"]
    assert not closing_data(bar, 4, {4}, hits, {}, contact=True)
