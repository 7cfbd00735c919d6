"""review23d N1-N3 (mend23e), each failure's general class in wordings of its own, with
look-alikes that stay as they were:

* N1, a document's own closing section printed word for word by a site's template on every
  page (a sheet's last field, a notice's last section, a record's list of names) is no
  headed foot notice to visitors (:mod:`cleaner.stages.foot_blocks`): the block stays when
  the page above has a peer section of its shape (a short head over short sentences, or a
  labelled sentence) or when the block or its head is a labelled field;
* N2, a dated row closing a list in the text (a changelog's, an attachment list's, a
  thread's) is no post stamp of the page: the stamp closing a page is read only under its
  prose and only with a verb that puts a page up (:func:`~cleaner.stages.posted_desk.closes_prose`);
* N3, a row of a bare date label or of a label naming the page's own day, under the title,
  is the page's header; only an event's word before the time word makes an event's row
  (:func:`~cleaner.stages.posted_desk.event_date_row`).

Every word is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.ingest.readers import read_inputs
from cleaner.pipeline import Pipeline, PipelineConfig
from cleaner.stages.foot_blocks import foot_block
from cleaner.stages.keep import keep_table
from cleaner.stages.posted_desk import closes_prose
from cleaner.stages.profile_counter import build_profiles

LONG = [
    "本期的筹备工作从年初就开始了，前后经历了多次讨论和修改，第{n}版方案才最终确定下来。",
    "来自各地的参与者在这里相聚，彼此交流了许多经验，现场的气氛十分融洽，共有{n}位来宾。",
]


def _page(title: str, body: list[str]) -> str:
    return "\n".join(
        [
            '<!DOCTYPE html><html><head><meta charset="utf-8">',
            f"<title>{title}_某某服务站</title></head><body>",
            '<div class="nav"><a href="/">首页</a>｜<a href="/x">栏目</a></div>',
            f"<h1>{title}</h1>",
            *(f"<p>{x}</p>" for x in body),
            '<div class="share">分享：微信　微博</div>',
            "<footer><p>某某服务站　版权所有</p></footer>",
            "</body></html>",
        ]
    )


def _run(tmp_path: Path, pages: list[str], at: int = 1) -> tuple[str, dict[str, str], set[str]]:
    folder = tmp_path / "site"
    folder.mkdir()
    for k, html in enumerate(pages):
        (folder / f"p{k:02d}.html").write_text(html, encoding="utf-8")
    raws = list(read_inputs([folder]))
    pipe = Pipeline(PipelineConfig(), profiles=build_profiles(raws))
    res = pipe.process(raws[at], at)
    assert len(res.articles) == 1
    art = res.articles[0]
    return art.text, dict(art.meta), {c.rule for c in res.changes}


# -- N1: a document's own closing section -------------------------------------------------

SECTIONS = [
    # a sheet of inline sections, its last section under a head
    (
        "某某牌护手霜{n}号",
        ["规格：每支{m}十克。", "适用：干燥粗糙的皮肤。"],
        ["保存方法", "避光密封保存。", "开封后半年内用完。"],
    ),
    # a notice's sections, a peer head over short sentences above the last
    (
        "第{n}届少儿绘画赛通知",
        [LONG[0], "参赛要求", "年龄在{m}岁以下。", "自备绘画用具。"],
        ["比赛纪律", "不得请人代笔。", "作品须为原创。"],
    ),
    # a record's names: a labelled field in the block
    (
        "第{n}次理事会记录",
        [LONG[0], LONG[1]],
        ["与会者", "孙甲、周乙、吴丙。", "主持：郑丁。"],
    ),
    # English, a label and a colon over a sentence above
    (
        "Plant food no. {n}",
        ["Dose: {m} scoops per watering can.", "Use: feed once every two weeks."],
        ["Storage", "Keep the tub sealed and dry.", "Store away from pets."],
    ),
]


@pytest.mark.parametrize("k", range(len(SECTIONS)))
def test_a_documents_own_closing_section_stays(tmp_path: Path, k: int) -> None:
    title, body, block = SECTIONS[k]
    pages = [
        _page(title.format(n=n), [x.format(n=n, m=n + 2) for x in body] + block) for n in range(6)
    ]
    text, _, rules = _run(tmp_path, pages)
    assert "boilerplate.foot_block" not in rules
    # (the last sentence alone may still go as a site's foot sentence: foot_repeat's,
    # as before foot_block)
    assert block[0] in text and block[1] in text


def test_a_headed_notice_to_visitors_under_prose_still_goes(tmp_path: Path) -> None:
    block = ["入站提示", "请在服务台登记后入内。", "站内禁止使用明火。"]
    pages = [_page(f"第{n}期站务简讯", [x.format(n=n + 3) for x in LONG] + block) for n in range(6)]
    text, _, rules = _run(tmp_path, pages)
    assert "boilerplate.foot_block" in rules
    assert all(x not in text for x in block)
    assert LONG[1].format(n=4) in text


def test_a_labelled_row_is_no_head() -> None:
    notes = {"欢迎准时收看。", "敬请留意节目预告。"}
    page = ["某节目", LONG[0], "复播：周六 08:00", *sorted(notes), "© 某台"]
    assert foot_block(page, {5}, notes, {"复播：周六 08:00"}) == []


# -- N2: a dated list's last row ------------------------------------------------------------

LISTS = [
    ["更新日志：", "2031-02-0{d} 发布 · 质检组", "2031-03-0{d} 发布 · 开发组"],
    ["本期的材料都放在下面。", "第{d}季度报表.pdf", "2031.5.{d} 上传 ｜ 资料室"],
    ["读者留言：展馆几点开门？", "2031-05-0{d} 提问 · 客服组"],
    ["征文启事：欢迎来稿。", "2031-05-0{d} 投稿 · 文学社"],
]


@pytest.mark.parametrize("k", range(len(LISTS)))
def test_a_dated_lists_last_row_is_no_post_stamp(tmp_path: Path, k: int) -> None:
    rows = LISTS[k]
    pages = [
        _page(f"站务第{n}页", [LONG[0].format(n=n)] + [r.format(d=n + 1) for r in rows])
        for n in range(4)
    ]
    text, meta, _ = _run(tmp_path, pages)
    last = rows[-1].format(d=2)
    desk = last.split()[-1]
    assert last in text
    assert meta.get("origin") != desk


def test_a_post_stamp_under_the_pages_prose_is_still_read(tmp_path: Path) -> None:
    pages = [
        _page(f"站务第{n}页", [x.format(n=n) for x in LONG] + [f"2031-05-0{n + 1} 发布 · 新闻组"])
        for n in range(4)
    ]
    text, meta, _ = _run(tmp_path, pages)
    assert meta.get("origin") == "新闻组" and meta.get("published") == "2031-05-02"
    assert "新闻组" not in text


def test_closes_prose() -> None:
    assert closes_prose("大家都说这次的安排很周到。")
    assert closes_prose("He said it went well.")
    assert not closes_prose("2031-02-01 发布 · 质检组")
    assert not closes_prose("附件列表：")
    assert not closes_prose("会议材料.docx")
    meta = keep_table().split.meta
    assert meta.posted_stamp("2031-05-02 上传 · 资料室") is not None  # a row near a title
    assert meta.posted_stamp("2031-05-02 上传 · 资料室", closing=True) is None
    assert meta.posted_stamp("2031-05-02 發佈 · 新聞組", closing=True) is not None


# -- N3: a bare or the page's own date label ------------------------------------------------


@pytest.mark.parametrize(
    "label", ["时间", "日期", "時間", "信息时间", "报道时间", "写作时间", "入库时间", "采编日期"]
)
def test_a_pages_own_date_row_is_its_header(label: str) -> None:
    row = keep_table().split.meta.shaped_row(f"{label}\t2031-04-02", near_title=True)
    assert row == {"published": "2031-04-02"}


@pytest.mark.parametrize("label", ["开幕时间", "报名截止日期", "演出日期", "活動時間", "领取时间"])
def test_an_events_date_row_is_no_publish_date(label: str) -> None:
    assert keep_table().split.meta.shaped_row(f"{label}　2031-05-01", near_title=True) is None


def test_a_bare_date_row_under_the_title_leaves_the_text(tmp_path: Path) -> None:
    pages = [
        _page(f"某某简讯第{n}号", [f"时间　2031-04-0{n + 1}　来源：本站", LONG[0].format(n=n)])
        for n in range(4)
    ]
    text, meta, _ = _run(tmp_path, pages)
    assert "2031-04-02" not in text
    assert meta.get("published") == "2031-04-02"
