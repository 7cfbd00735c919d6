"""Fixes of mend22a (old review findings), each a general class tested on invented pages.

* A thread's numbered reply marks ('回复 · 2', '跟帖 3', '#4　回复'): one label counting up
  over short reply texts.  The line model deleted the marks as reaction bars and the
  replies with them; marks and texts now stay (a reaction bar elsewhere still goes).
* A crawl of one day: the same publish day on every page of a site, its counters changing,
  is each page's date; only a day labelled as a change ('更新：…') shared by every page is
  the site's.
* A record's entry or change day ('收录时间', '录入日期', '更新日期') ranks below any other
  day of the same header ('出版时间', '发表时间'), whichever comes first.
* Counters of plays, heat and size ('播放', '热度', '字数') count a page's readers as
  '浏览' does; two feedback counters under a labelled day make a reader bar too.

Every word is invented.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from cleaner.config import PipelineConfig
from cleaner.ingest.readers import read_inputs
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.counted_rows import counted_date_row
from cleaner.stages.profile_counter import build_profiles
from cleaner.stages.reply_marks import reply_marks, reply_texts


def _one(text: str) -> tuple[str, list[str]]:
    """One text page through the pipeline: its articles' text and the deleted lines."""
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / "page.txt"
        p.write_text(text, encoding="utf-8")
        raw = next(r for r in read_inputs([p]) if isinstance(r, RawInput))
        res = Pipeline(PipelineConfig()).process(raw, 0)
    body = "\n".join(a.text for a in res.articles)
    gone = [c.before.strip() for c in res.changes if c.rule == "boilerplate.line_model"]
    return body, gone


def _meta(text: str) -> dict[str, str]:
    """The first article's metadata of one text page."""
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / "page.txt"
        p.write_text(text, encoding="utf-8")
        raw = next(r for r in read_inputs([p]) if isinstance(r, RawInput))
        return dict(Pipeline(PipelineConfig()).process(raw, 0).articles[0].meta)


def _pg(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def _tomato(a: str, b: str) -> str:
    return _pg(
        "阳台种番茄的问题",
        "",
        "楼主：绿手指　2022-06-01",
        "",
        "叶子发黄，是不是浇水太多，",
        "",
        a,
        "",
        "盆底要留排水孔",
        "",
        b,
        "",
        "晒太阳不够也会黄",
    )


THREADS = [
    _pg(
        "周末去哪里钓鱼",
        "",
        "发帖人：老渔夫　2024-04-02",
        "",
        "城东水库还能钓吗，",
        "",
        "跟帖 2",
        "",
        "上周去过，鱼不多",
        "",
        "跟帖 3",
        "",
        "听说下月开放夜钓",
    ),
    _pg(
        "新手养猫求助",
        "",
        "作者：猫奴一号　2023-11-12",
        "",
        "小猫不吃猫粮怎么办",
        "",
        "#2　回复",
        "",
        "换个牌子试试看",
        "",
        "#3　回复",
        "",
        "可以加点罐头拌着喂",
        "",
        "#4　回复",
        "",
        "带去医院查查肠胃",
    ),
    _tomato("评论 #2", "评论 #3"),
    _tomato("回复(2)", "回复(3)"),
    _tomato("2楼 回复", "3楼 回复"),
    _tomato("回应 · 2", "回应 · 3"),
]


@pytest.mark.parametrize("page", THREADS)
def test_numbered_replies_stay(page: str) -> None:
    body, _ = _one(page)
    kept = body.split("\n")
    for line in [x for x in page.split("\n")[4:] if x]:
        assert line in kept  # each reply and mark a line of its own, none glued


def test_a_reaction_bar_under_an_article_still_goes() -> None:
    page = _pg(
        "某县举办春季运动会",
        "",
        "4月2日，某县第十届春季运动会在县体育场开幕，来自全县的运动员参加比赛。",
        "",
        "本届运动会设田径、球类等项目。",
        "",
        "点赞 12",
        "",
        "回复 · 3",
    )
    body, gone = _one(page)
    assert "点赞 12" not in body and "回复 · 3" not in body
    assert "点赞 12" in gone


def test_reply_marks_need_one_label_counting_up_over_texts() -> None:
    assert reply_marks(["题", "跟帖 2", "甲", "跟帖 3", "乙"]) == [1, 3]
    assert reply_marks(["题", "跟帖 3", "甲", "跟帖 2", "乙"]) == []  # counting down
    assert reply_marks(["题", "浏览 5", "甲", "浏览 5", "乙"]) == []  # one count twice
    assert reply_marks(["题", "浏览 12", "甲", "浏览 45", "乙"]) == []  # views, no numbering
    assert reply_marks(["题", "跟帖 2", "跟帖 3", "乙"]) == []  # no text between
    assert reply_marks(["题", "第2页，共3页", "甲", "第3页，共3页"]) == []  # two numbers
    # the last reply is one paragraph: a foot row after a blank line is not taken
    lines = ["题", "", "帖", "", "跟帖 2", "甲", "", "跟帖 3", "乙", "", "版权所有"]
    assert sorted(reply_texts(lines)) == [2, 5, 8]


# ---- one day's crawl of a site and its reader counters

TITLES = [
    "溪口茶站开秤收购春茶",
    "溪口茶站举办炒茶比赛",
    "溪口茶站培训采茶能手",
    "溪口茶站新建烘干车间",
    "溪口茶站开展茶园病虫普查",
]
VILLAGES = ["上坪村", "石门坎", "竹溪湾", "桃源组", "老鹰岩"]
HEAD = ["溪口茶站　·　站务动态", "首页　茶站概况　站务动态　联系我们", ""]
FOOT = ["", "溪口茶站　版权所有　地址：溪口路8号"]


def _site(row: str) -> list[dict[str, str]]:
    pages = []
    for k, title in enumerate(TITLES):
        v = VILLAGES[k]
        body = [
            f"入春以来，{v}的茶农陆续挑着鲜叶来到茶站，技术员逐一查看芽叶，按等级现场结算。",
            f"在{v}的示范茶园里，农户们按照要点调整了修剪时间，新梢长势明显好于往年。",
            f"站里表示，下一步将在{v}增设收购点，及时发布鲜叶行情，方便茶农就近交售。",
        ]
        lines = [*HEAD, title, row.format(n=120 + 37 * k, m=k + 1), "", *body, *FOOT]
        pages.append("\n".join(lines) + "\n")
    raws = [RawInput(f"x/{i}.txt", p.encode(), site="x") for i, p in enumerate(pages)]
    pipe = Pipeline(PipelineConfig(), profiles=build_profiles(raws))
    return [dict(pipe.process(raw, n).articles[0].meta) for n, raw in enumerate(raws)]


@pytest.mark.parametrize(
    "row",
    [
        "日期：2024-04-11　　浏览：{n}次",
        "发布时间：2024-04-11 | 阅读 {n}",
        "2024-04-11　　点击：{n}",
        "时间：2024-04-11　　热度：{n}",
        "上线时间：2024-04-11　　播放：{n}",
        "发布于：2024-04-11　　点赞：{n}　　评论：{m}",
    ],
)
def test_one_day_s_crawl_keeps_each_page_s_day(row: str) -> None:
    for meta in _site(row):
        assert meta.get("published") == "2024-04-11"


def test_the_site_s_update_day_on_every_page_is_no_page_s_day() -> None:
    for meta in _site("更新：2024-04-11　　浏览：{n}次"):
        assert "published" not in meta


@pytest.mark.parametrize(
    ("row", "want"),
    [
        ("更新时间：2024-04-11　字数：3800", True),
        ("热度：96　发布：2024-04-11", True),
        ("2024-04-11 21:40　点赞：5　回复：2", False),  # a comment's stamp: no label
        ("发表于 2024-04-11　回复：3", False),  # one feedback count: a comment's
        ("出生：2024-04-11　播放：5", False),  # another day than the page's
    ],
)
def test_counters_of_plays_heat_and_size(row: str, want: bool) -> None:
    assert counted_date_row(row, {"published": "2024-04-11"}) is want


# ---- a record's entry or change day under the page's own day

_LIFE = "陈某，民国初年人，曾在县城开设私塾，教授乡里子弟。"


@pytest.mark.parametrize(
    "rows",
    [
        ("录入时间：2019-04-02", "发表时间：1988-10-01"),
        ("更新日期：2019-04-02", "出版日期：1988-10-01"),
        ("收錄時間：2019-04-02", "出版時間：1988-10-01"),
        ("收录时间：2019-04-02", "刊发日期：1988-10-01"),
        ("收录时间：2019-04-02　　出版时间：1988-10-01",),  # one row of two cells
        ("出版时间：1988-10-01", "收录时间：2019-04-02"),  # the page's day first
    ],
)
def test_an_entry_day_ranks_below_the_page_s_day(rows: tuple[str, ...]) -> None:
    meta = _meta(_pg("乡贤录·卷三", "", *rows, "", _LIFE))
    assert meta.get("published") == "1988-10-01"


def test_an_entry_day_alone_is_still_the_day() -> None:
    assert _meta(_pg("乡贤录·卷三", "", "收录时间：2019-04-02", "", _LIFE)).get("published") == (
        "2019-04-02"
    )


# ---- a lone page-range row inside a block of a paper's rows

_ABSTRACT = "摘要：本文讨论一种新的测量方法，实验表明该方法精度较高。"


@pytest.mark.parametrize(
    ("rows", "pages"),
    [
        (("作者：林一　周二", "刊名：测量学报", "页码：112-120"), "112-120"),
        (("作者：林一　周二", "单位：某某大学仪器系", "页次：33-41"), "33-41"),
        (("著者：林一", "起止页码：7-15"), "7-15"),
    ],
)
def test_a_page_row_under_a_paper_s_rows_is_its_metadata(rows: tuple[str, ...], pages: str) -> None:
    page = _pg("某型传感器的标定方法", "", *rows, "", _ABSTRACT)
    body, _ = _one(page)
    assert _meta(page).get("pages") == pages
    assert pages not in body


def test_an_erratum_s_page_rows_stay_text() -> None:
    page = _pg(
        "勘误说明",
        "",
        "页码：第12页",
        "第三行“二〇一〇年”应为“二〇一一年”。",
        "",
        "页码：第35页",
        "表2中的单位应为“千克”。",
    )
    body, _ = _one(page)
    assert "页码：第12页" in body.split("\n") and "页码：第35页" in body.split("\n")
    assert "pages" not in _meta(page)


# ---- an interpretation's own document row under a short, folk or traditional title

_RULES = "\n\n".join(
    [
        "今年起，全市职工门诊费用报销比例提高到六成，年度限额同步上调，参保人可在定点机构直接结算。",
        "参保人在一个自然年度内累计发生的门诊费用，超过起付线的部分按比例报销。",
        "异地就医备案后，门诊费用同样可以直接结算，无需垫付。",
        "办法自发布之日起施行，有效期五年。",
    ]
)
_OWN = "解读文件：《某市门诊费用报销办法》（某医保发〔2023〕2号）"


@pytest.mark.parametrize(
    "head",
    [
        ("图解：门诊费用报销新办法来了",),
        ("一图读懂门诊报销办法",),
        ("《某市門診費用報銷辦法》政策解讀",),
        ("门诊报销办法解读", "", "相关政策文件如下："),  # one row under a lead-in
    ],
)
def test_an_own_document_row_gives_the_number(head: tuple[str, ...]) -> None:
    lead = head[1:]
    page = _pg(head[0], "", _RULES, "", *lead, _OWN) if lead else _pg(head[0], "", _RULES, "", _OWN)
    assert _meta(page).get("doc_number") == "某医保发〔2023〕2号"


@pytest.mark.parametrize(
    "tail",
    [
        ("政策问答", (_OWN,)),  # a title naming another subject
        ("一图读懂门诊报销办法", ("相关文件：", _OWN, _OWN.replace("门诊", "住院"))),  # a list
    ],
)
def test_a_row_of_another_subject_or_a_list_gives_none(tail: tuple[str, tuple[str, ...]]) -> None:
    title, rows = tail
    page = _pg(title, "", _RULES, "", *rows)
    assert "doc_number" not in _meta(page)
    assert _OWN in _one(page)[0]


# ---- a masthead's staff row in the site's chrome block

STORIES = [
    (
        "河滨公园新增健身步道",
        "河滨公园近日新建一条三公里长的健身步道，沿途设置了休息座椅和饮水点。",
    ),
    ("社区食堂开门迎客", "城南社区食堂昨日正式开业，为辖区老人提供每餐十元的营养套餐。"),
    ("夜间公交试运行", "市公交公司推出三条夜间公交线路，运营时间延长至凌晨一点。"),
    ("中学生科技节开幕", "第五届中学生科技节昨日开幕，来自全市二十所学校的学生展示了作品。"),
    ("老街改造完工", "历时半年的老街改造工程近日完工，青石板路和老店招牌得到保留。"),
]


def _site_texts(make: object) -> list[str]:
    assert callable(make)
    pages = [make(i, t, b) for i, (t, b) in enumerate(STORIES)]
    raws = [RawInput(f"m/{i}.txt", p.encode(), site="m") for i, p in enumerate(pages)]
    pipe = Pipeline(PipelineConfig(), profiles=build_profiles(raws))
    return [pipe.process(raw, n).articles[0].text for n, raw in enumerate(raws)]


@pytest.mark.parametrize(
    ("closer", "masthead", "foot"),
    [
        ("记者　陈某", "社长　刘振华", ("晨报网编辑部主办", "联系我们　网站地图")),
        ("（编辑　赵某）", "董事长　何世平", ("某某传媒集团版权所有", "关于我们　投稿须知")),
        ("通讯员　李某", "站长　钱立新", ("本站由某某文化中心主办", "广告服务　意见箱")),
    ],
)
def test_a_masthead_row_over_the_site_s_chrome_goes(
    closer: str, masthead: str, foot: tuple[str, ...]
) -> None:
    def make(i: int, t: str, b: str) -> str:
        return "\n".join([t, f"2023-06-0{i + 1}", "本报讯　" + b, closer, masthead, *foot]) + "\n"

    for text, (_, body) in zip(_site_texts(make), STORIES, strict=True):
        assert masthead not in text
        assert "本报讯　" + body in text


@pytest.mark.parametrize(
    "close",
    [
        ("特此通告。", "某某县县长　周志明", "网站首页　联系我们"),  # a sentence's end over it
        (
            "请各单位遵照执行",
            "某某县县长　周志明",
            "2023年6月1日",
            "网站首页　联系我们",
        ),  # its date
    ],
)
def test_a_notice_s_signer_row_stays(close: tuple[str, ...]) -> None:
    def make(i: int, t: str, b: str) -> str:
        return "\n".join([f"关于{t}的通告", b, *close]) + "\n"

    for text in _site_texts(make):
        assert "某某县县长　周志明" in text.split("\n")
