"""Misreads seen on real pages, as classes, with pages we wrote in their shapes.

* a piece whose first line is a paragraph (a web-text record with no title line) has no
  title, never the paragraph's opening cut at 120 characters, and its text keeps the
  whole paragraph (:func:`cleaner.stages.title_shape.paragraph_line`);
* an HTML page whose ``<title>`` is only the site's name, over a text that opens with the
  page's own ``<h1>``: the name is put over no text and the h1 is the title
  (:func:`cleaner.ingest.html_head.name_over_h1`);
* a Q&A page's chrome: a thread's count of its answers or replies, a recommender's
  heading worded ``为你推荐``, an app prompt promising to try it first (rule pack
  classes ``comment_prompt``, ``related_list``, ``app_prompt``);
* a bracketed credit row that names its reporter by a credit word beside a cell under a
  label no table knows (``（记者：某甲　时段：早高峰）``): the reporter is the author, never
  the other cell's value (:func:`cleaner.stages.split_foot.foot_credit`);
* a byline under the title whose desk's prefix is a medium's name (``新华社记者 某甲``,
  ``某某新闻记者 某甲 某乙``) names the author as ``本报记者 某甲`` does
  (:func:`cleaner.stages.badge_bylines.plain_byline`).

No page here is copied from anywhere.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner.ingest.html_head import name_over_h1
from cleaner.stages.split_foot import foot_credit
from cleaner.stages.split_meta import MetaParser
from cleaner.stages.title_shape import paragraph_line

_PROSE = [
    "近日，城东新建的社区食堂正式开门营业，每天供应早餐和午餐，老人用餐可享受优惠。",
    "食堂负责人介绍，菜品每周更换一次，食材由附近的合作社直接配送，保证新鲜。",
    "街道还组织志愿者每周两次上门送餐，为行动不便的老人解决吃饭难的问题。",
]


def _run(tmp_path: Path, files: dict[str, str]) -> tuple[list[dict], list[dict]]:  # type: ignore[type-arg]
    from cleaner.runner import run

    src = tmp_path / "in"
    src.mkdir()
    for name, text in files.items():
        (src / name).write_text(text, encoding="utf-8")
    run([src], tmp_path / "out")
    out = tmp_path / "out"
    arts = [json.loads(x) for x in (out / "articles.jsonl").read_text("utf-8").splitlines()]
    changes = [json.loads(x) for x in (out / "changes.jsonl").read_text("utf-8").splitlines()]
    return arts, changes


def _by_source(arts: list[dict], name: str) -> list[dict]:  # type: ignore[type-arg]
    return [a for a in arts if Path(str(a["source"]).split(":")[0]).name == name]


# --- (1) a paragraph is no title -----------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        # a definition opening an encyclopaedia-like record
        "青石镇是某县东部的一个建制镇，地处两河交汇处，历史上是重要的水运码头，清代曾设巡检司。"
        "全镇面积八十余平方公里，下辖十二个村和两个社区。",
        # a biography's opening, two sentences
        "某甲，男，一九六四年生，中学高级教师。长期从事高中语文教学，曾获市级优秀教师称号，"
        "担任班主任工作十余年，所带班级多次被评为市级先进班集体，著有教学随笔两部",
        # a Latin paragraph with a question in it
        "Why do people keep bees in the city? Embark on a short journey with our keepers and "
        "learn how the hives on the roofs of the old town hall make honey all summer long",
        # a paragraph ending in a semicolon clause
        "会议要求，各单位要进一步压实工作责任，细化工作措施，确保各项任务按期完成；"
        "要加强督促检查，及时发现和解决工作推进中遇到的各种困难和问题，形成工作合力",
    ],
)
def test_a_paragraph_is_no_title_line(line: str) -> None:
    assert paragraph_line(line)


@pytest.mark.parametrize(
    "line",
    [
        # a long headline holds no sentence mark
        "关于进一步加强和改进新时代城乡社区治理促进基层公共服务均衡发展的实施意见",
        # a Q&A's question, an exam's item: sentences, but short
        "请问截至本月底公司的股东人数是多少？谢谢。",
        "下列关于日常生活现象的解释，不正确的是（　　）。",
        # a long English headline with commas and a colon but no full stop
        "Weekend Deals: Headphones, Kettles, Garden Tools and More Are Cheaper "
        "Than Ever Before Today",
        # a headline that exclaims, within a title's width
        "定了！城南地铁站下月开通！换乘更方便",
    ],
)
def test_a_title_shaped_line_is_no_paragraph(line: str) -> None:
    assert not paragraph_line(line)


def test_a_record_opening_with_a_paragraph_has_no_title_and_keeps_it(tmp_path: Path) -> None:
    first = (
        "青石镇是某县东部的一个建制镇，地处两河交汇处，历史上是重要的水运码头，"
        "清代曾设巡检司。全镇面积八十余平方公里，下辖十二个村和两个社区，"
        "以种植水稻和茶叶为主，近年来乡村旅游发展较快。"
    )
    records = [
        {"text": first + "\n" + _PROSE[0]},
        {"text": "某甲，男，一九六四年生，中学高级教师。" + first},
        # look-alike: a title line over the paragraph stays the title
        {"text": "青石镇简介\n" + first},
    ]
    lines = "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n"
    arts, _ = _run(tmp_path, {"records.jsonl": lines})
    by = {str(a["source"]).rsplit(":", 1)[-1]: a for a in arts}
    assert by["1"]["title"] == "" and by["1"]["text"].startswith(first)
    assert by["2"]["title"] == "" and first in by["2"]["text"]
    assert by["3"]["title"] == "青石镇简介"
    assert first in by["3"]["text"]


def test_a_text_file_with_a_title_or_a_short_question_keeps_it(tmp_path: Path) -> None:
    arts, _ = _run(
        tmp_path,
        {
            "a.txt": "城东社区食堂开门营业\n" + "\n".join(_PROSE) + "\n",
            "b.txt": "下班路上摔伤了算不算工伤？单位不肯申报。\n" + "\n".join(_PROSE) + "\n",
            "c.txt": "".join(_PROSE) + "\n" + _PROSE[1] + "\n",
        },
    )
    assert _by_source(arts, "a.txt")[0]["title"] == "城东社区食堂开门营业"
    assert _by_source(arts, "b.txt")[0]["title"] == "下班路上摔伤了算不算工伤？单位不肯申报。"
    c = _by_source(arts, "c.txt")[0]
    assert c["title"] == "" and c["text"].startswith("".join(_PROSE))


# --- (2) a site's name as the <title> over the page's own <h1> -----------------------


def test_name_over_h1_cases_and_look_alikes() -> None:
    assert name_over_h1("青禾社区", "我们为什么重写了登录模块", "我们为什么重写了登录模块")
    assert name_over_h1("某某論壇", "新版客户端的设计理念", "新版客户端的设计理念")
    # a column's <h1> over the text: the <title> is the headline
    assert not name_over_h1("关于做好夏季防汛工作的通知", "通知公告", "通知公告")
    # the <title> is the headline and the site's name
    assert not name_over_h1(
        "新版设计理念 - 青禾社区", "新版客户端的设计理念", "新版客户端的设计理念"
    )
    assert not name_over_h1("专访：某甲", "某甲谈城市更新与社区治理", "某甲谈城市更新与社区治理")
    # the text does not open with the <h1> (a logo h1 left out)
    assert not name_over_h1("城东社区食堂开门营业", "青禾网", "近日，城东新建的社区食堂……")


def _page(title: str, h1: str, paras: list[str]) -> str:
    ps = "".join(f"<p>{p}</p>" for p in paras)
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        f"<div class='top'><a href='/'>首页</a> <a href='/t'>话题</a></div>"
        f"<div class='article'><h1>{h1}</h1>{ps}</div></body></html>"
    )


def test_a_site_name_title_is_not_put_over_the_h1(tmp_path: Path) -> None:
    arts, _ = _run(
        tmp_path,
        {
            "a.html": _page("青禾社区", "社区食堂开门这一个月", _PROSE),
            "b.html": _page("某某论坛", "给老人送餐的志愿者们", _PROSE[1:] + _PROSE[:1]),
            # look-alike: the <title> is the headline, the h1 a column's name
            "c.html": _page("城东社区食堂开门营业", "社区动态", _PROSE),
        },
    )
    a, b, c = (_by_source(arts, n)[0] for n in ("a.html", "b.html", "c.html"))
    assert a["title"] == "社区食堂开门这一个月" and "青禾社区" not in a["text"]
    assert b["title"] == "给老人送餐的志愿者们" and "某某论坛" not in b["text"]
    assert c["title"] == "城东社区食堂开门营业"
    assert c["text"].startswith("城东社区食堂开门营业")


# --- (3) a Q&A page's chrome ------------------------------------------------------


def _qa(question: str, count: str, tail: list[str]) -> str:
    answers = "".join(f"<div class='answer'><p>{p}</p></div>" for p in _PROSE)
    foot = "".join(f"<div class='bar'>{t}</div>" for t in tail)
    return (
        f"<html><head><meta charset='utf-8'><title>{question}_某某问答</title></head><body>"
        f"<div class='q'><h1>{question}</h1></div><div class='count'>{count}</div>"
        f"{answers}{foot}</body></html>"
    )


def test_qa_chrome_goes_and_is_recorded(tmp_path: Path) -> None:
    arts, changes = _run(
        tmp_path,
        {
            "a.html": _qa(
                "社区食堂怎么办理老人优惠？", "4个回答", ["为你推荐：", "下载某某问答APP，抢鲜体验"]
            ),
            "b.html": _qa(
                "送餐服务要怎么预约？", "共12条回复", ["为您推荐", "打开某某客户端，抢先体验"]
            ),
            "c.html": _qa("志愿者怎么报名？", "161 人赞同了该回答", ["讨论数量: 0"]),
        },
    )
    for name, gone in (
        ("a.html", ("4个回答", "为你推荐", "抢鲜体验")),
        ("b.html", ("12条回复", "为您推荐", "抢先体验")),
        ("c.html", ("人赞同了该回答", "讨论数量")),
    ):
        art = _by_source(arts, name)[0]
        for p in _PROSE:
            assert p in art["text"]
        for g in gone:
            assert g not in art["text"]
            assert any(g in (c.get("before") or "") for c in changes)


@pytest.mark.parametrize(
    "line",
    [
        "4个回答说明大家都很关心这个问题，我们整理如下。",  # a sentence about answers
        "下载某某APP后，体验办理流程需要先实名认证。",  # an instruction of the text
        "为你推荐的理由有三条",  # a heading of the text, not the recommender's
        "全村有300人赞同了该方案",  # a count of supporters inside the text's sentence
    ],
)
def test_qa_look_alikes_stay(tmp_path: Path, line: str) -> None:
    page = _qa("社区食堂怎么办理老人优惠？", "", [])
    page = page.replace("<div class='answer'>", f"<div class='answer'><p>{line}</p>", 1)
    arts, _ = _run(tmp_path, {"a.html": page})
    assert line in _by_source(arts, "a.html")[0]["text"]


# --- (4) the reporter of a credit row, beside a cell under an unknown label ----------


@pytest.fixture(scope="module")
def field_of():  # type: ignore[no-untyped-def]
    return MetaParser().field_of


@pytest.mark.parametrize(
    "row",
    [
        "（记者：王晓明　时段：早高峰）",
        "（时段：早高峰　记者：王晓明）",
        "（通讯员：王晓明　班次：夜班）",
    ],
)
def test_a_named_reporter_is_the_author_not_the_other_cell(field_of, row: str) -> None:  # type: ignore[no-untyped-def]
    got = foot_credit(row, field_of, closing=True, writer=True)
    assert got is not None
    fields, writer = got
    assert fields.get("author", writer) == "王晓明"
    assert "早高峰" not in fields.values() and "夜班" not in fields.values()


def test_a_maker_under_an_unknown_role_still_reads(field_of) -> None:  # type: ignore[no-untyped-def]
    # no reporter named: the person under the role beside a checker is the maker
    got = foot_credit("（测报：某甲乙　复核：某丙丁）", field_of, closing=True, writer=True)
    assert got is not None and got[0].get("author") == "某甲乙"


def test_the_closing_credit_row_gives_the_reporter(tmp_path: Path) -> None:
    body = "\n".join(_PROSE)
    arts, _ = _run(
        tmp_path,
        {
            "a.txt": f"城东高架车流缓慢\n{body}\n（记者：王晓明　时段：早高峰）\n",
            "b.txt": f"城南路口改造完工\n{body}\n（时段：晚高峰　记者：李红梅）\n",
        },
    )
    assert _by_source(arts, "a.txt")[0]["meta"].get("author") == "王晓明"
    assert _by_source(arts, "b.txt")[0]["meta"].get("author") == "李红梅"


# --- (5) a medium's name as the desk's prefix of a byline under the title ------------


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("某某新闻记者 段一凡 廖二丫", "段一凡"),
        ("新华社记者　王晓明", "王晓明"),
        ("江湾日报记者 李红梅 通讯员 张强", "李红梅"),
        ("本报记者 周小川", "周小川"),  # the desk prefix of the table still reads
    ],
)
def test_a_media_desk_byline_names_the_author(tmp_path: Path, byline: str, author: str) -> None:
    body = "\n".join(_PROSE)
    arts, changes = _run(tmp_path, {"a.txt": f"城东社区食堂开门营业\n{byline}\n{body}\n"})
    art = _by_source(arts, "a.txt")[0]
    assert art["meta"].get("author") == author
    assert byline not in art["text"]
    assert any(byline in (c.get("before") or "") for c in changes)
    for p in _PROSE:
        assert p in art["text"]


@pytest.mark.parametrize(
    "line",
    [
        "江湾日报记者今天上午在现场看到，工地一片繁忙。",  # a sentence of the text
        "某某新闻记者 您好",  # a greeting
        "某某委员会记者节活动",  # no gap, no name
    ],
)
def test_media_desk_look_alikes_stay(tmp_path: Path, line: str) -> None:
    body = "\n".join(_PROSE)
    arts, _ = _run(tmp_path, {"a.txt": f"城东社区食堂开门营业\n{line}\n{body}\n"})
    art = _by_source(arts, "a.txt")[0]
    assert line in art["text"]
    assert "author" not in art["meta"]
