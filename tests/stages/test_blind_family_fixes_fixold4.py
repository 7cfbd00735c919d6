"""Fixes of fixold4 on older tuning families, each as a small case in wordings of its own,
with look-alikes that must stay:

* the label a site's template prints as a heading over every page's whole text, under the
  headline and its rows of facts (``<h3>物品介绍</h3>``), is chrome
  (:mod:`cleaner.stages.body_label`); a section heading under the text's intro, one of
  several section headings, and a heading the site prints on few of its pages stay;
* a question's byline row over its title, a date and a page counter among its cells
  (``某人 · 2021-03-09 提问 · 88 次浏览``), is its metadata though the title holds a comma
  (:func:`~cleaner.stages.split_meta_marks.counted_date_row`); a sentence with a date and
  a number stays;
* comments of one row each (name, colon, text, the day) stacked over the comment control
  a rule took are chrome (:func:`~cleaner.stages.comment_threads.stamped_rows`); labelled
  lines of the text, and stamped rows over no control, stay.

Every word is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.ingest.readers import read_inputs
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline, PipelineConfig
from cleaner.stages.comment_threads import stamped_rows
from cleaner.stages.profile_counter import build_profiles
from cleaner.stages.split_meta_marks import counted_date_row
from tests.stages.family_figures import assert_floors

_NAMES = ["旧藤椅一把", "儿童书桌", "落地台灯", "登山背包", "电饭煲九成新", "木质衣架"]
_SAID = [
    "这把椅子陪了我们好几年，坐着很舒服，搬家以后放不下了，希望找个新主人。",
    "孩子上中学以后换了大桌子，这张小书桌闲置下来，桌面平整没有划痕。",
    "灯光是暖色的，晚上看书不刺眼，换了新灯以后一直放在储物间里。",
    "只背过两次短途，拉链和背带都完好，适合周末爬山的朋友。",
    "买来半年就收到一个新的礼物，这个基本没怎么用过，功能一切正常。",
    "实木做的很结实，挂大衣不会变形，因为换了整体衣柜所以出掉。",
]
_MORE = "自提优先，地点在小区东门，晚上七点以后都可以来看，价格可以小刀。"


def _page(n: int, label: str, *, intro: bool = False, second: str | None = None) -> str:
    head = [
        f"<h1>{_NAMES[n]}</h1>",
        f'<div class="price">￥ {30 + 10 * n}</div>',
        f'<div class="row">发布时间：2022-0{n + 1}-1{n}　浏览：{100 + n}次</div>',
    ]
    body = [f"<p>{_SAID[n]}</p>"] if intro else []
    body += [f"<h3>{label}</h3>", f"<p>{_SAID[(n + 1) % 6]}</p>", f"<p>{_MORE}</p>"]
    if second:
        body += [f"<h3>{second}</h3>", f"<p>{_SAID[(n + 2) % 6]}</p>"]
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        f"<title>{_NAMES[n]} - 某某跳蚤市场</title></head><body>"
        '<div class="logo">某某跳蚤市场</div>'
        '<div class="nav"><a href="/">首页</a> | <a href="/a">闲置</a> | '
        '<a href="/b">求购</a></div>'
        + "".join(head + body)
        + "<p>© 某某跳蚤市场 版权所有</p></body></html>"
    )


def _run(tmp_path: Path, pages: list[str]) -> list[str]:
    folder = tmp_path / "site"
    folder.mkdir()
    for n, html in enumerate(pages):
        (folder / f"p{n}.html").write_text(html, encoding="utf-8")
    pipe = Pipeline(PipelineConfig(), profiles=build_profiles(read_inputs([folder])))
    out = []
    for i, raw in enumerate(read_inputs([folder])):
        arts = pipe.process(raw, i).articles
        assert len(arts) == 1
        out.append(arts[0].text)
    return out


def test_the_template_label_over_the_whole_text_goes(tmp_path: Path) -> None:
    texts = _run(tmp_path, [_page(n, "物品介绍") for n in range(6)])
    for n, text in enumerate(texts):
        assert "物品介绍" not in text, (n, text)
        assert _SAID[(n + 1) % 6] in text and _MORE in text, (n, text)


def test_a_section_heading_under_the_intro_stays(tmp_path: Path) -> None:
    texts = _run(tmp_path, [_page(n, "使用情况", intro=True) for n in range(6)])
    for n, text in enumerate(texts):
        assert "使用情况" in text, (n, text)
        assert _SAID[n] in text and _MORE in text, (n, text)


def test_the_first_of_several_section_headings_stays(tmp_path: Path) -> None:
    texts = _run(tmp_path, [_page(n, "物品介绍", second="交易说明") for n in range(6)])
    for n, text in enumerate(texts):
        assert "物品介绍" in text and "交易说明" in text, (n, text)


def test_a_heading_on_few_of_the_sites_pages_stays(tmp_path: Path) -> None:
    pages = [_page(n, "物品介绍" if n < 2 else f"关于这件{n}号") for n in range(6)]
    texts = _run(tmp_path, pages)
    assert "物品介绍" in texts[0] and "物品介绍" in texts[1]


# ---- a question's byline row over its title


@pytest.mark.parametrize(
    ("row", "want"),
    [
        ("阿甘 · 2020-07-02 发帖 · 615 次查看", True),
        ("2020-07-02　阅读 88", True),
        ("阿甘　2020-07-02　回复 12", True),
        # look-alikes: no counter, one cell that is a sentence, a counter with no date
        ("阿甘 · 2020-07-02 发帖", False),
        ("2020年7月2日全市举办了615场活动", False),
        ("阿甘 · 阅读 88", False),
    ],
)
def test_counted_date_rows(row: str, want: bool) -> None:
    assert counted_date_row(row) is want


_ASK = [
    "为什么脚本在本机能跑，放到服务器上就卡住",
    "我写了一个定时任务，本机测试一切正常，部署到服务器以后每次跑到一半就没有反应了。",
    "日志里也没有任何报错信息，请问应该从哪里开始排查比较好？",
]


def _one(text: str) -> tuple[str, dict[str, str], str]:
    res = Pipeline(PipelineConfig()).process(RawInput(source="x.txt", data=text.encode()), 0)
    (art,) = res.articles
    return art.title, dict(art.meta), art.text


def test_a_counted_byline_over_a_question_title_is_its_metadata() -> None:
    title, meta, text = _one("\n".join(["阿甘 · 2020-07-02 发帖 · 615 次查看", *_ASK]) + "\n")
    assert title == _ASK[0]
    assert meta.get("published") == "2020-07-02", meta
    assert "615" not in text and _ASK[1] in text and _ASK[2] in text


def test_a_dated_sentence_over_a_title_stays() -> None:
    lead = "2020年7月2日，全市一共举办了615场纳凉晚会，观众很多。"
    _, meta, text = _one("\n".join([lead, *_ASK]) + "\n")
    assert lead in text
    assert meta.get("published") != "2020-07-02"


# ---- one-row comments over the comment control


def test_stamped_comment_rows_over_the_control_go() -> None:
    page = [
        "正文的最后一段话，写到这里就结束了。",
        "阿甘：我这边也是这样。　2020-07-03",
        "木子 李：换个版本试试。　2020-07-04 09:12",
        "发表评论",
    ]
    assert stamped_rows(page, {3}) == [1, 2]


def test_labelled_text_lines_and_uncontrolled_rows_stay() -> None:
    labelled = ["正文。", "原因：配置写错了。", "办法：改回默认值。", "发表评论"]
    assert stamped_rows(labelled, {3}) == []
    stamped = ["正文。", "阿甘：我这边也是这样。　2020-07-03", "版权所有"]
    assert stamped_rows(stamped, {2}) == []  # the line under them names no comments
    assert stamped_rows([*stamped[:2], "发表评论"], set()) == []  # no rule took it


# ---- floors


@pytest.mark.parametrize("name", ["sealed_zg_ershou", "sealed_zi_zufang", "sealed_zh_shouting"])
def test_floor_template_label_families(name: str) -> None:
    assert_floors(name, {"content_f1": 0.99, "titles": 0.95, "metadata": 0.9}, residue=0.02)


def test_floor_ze_kaifa() -> None:
    assert_floors(
        "sealed_ze_kaifa", {"content_f1": 0.99, "titles": 0.95, "metadata": 0.95}, residue=0.02
    )
