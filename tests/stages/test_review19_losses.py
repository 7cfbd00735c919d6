"""Content losses the review of 0b71d6b..5abffa4 found (review19, findings 2, 4, 6, 7, 8),
each class in wordings of its own, with the look-alikes its reader was written for:

* a list's entries under headings, each a glyph-marked name over a few short rows (an
  award list, a trip's stops, a roster) is no run of poems: the names are no authors and
  stay in the text (split_passages: four verse lines at least, no titles of one numbered
  template, no row of one numbered template in two pieces);
* the page's own list at the foot, each item under one content label and a bar
  (``曲目｜…``), is no related list: only a related-list label makes the run chrome
  (foot_lines._labelled_runs, ``[related_item]`` of site_repeat_keep.toml);
* the editor named in a closing source row fills an empty author only: a reporter's or
  writer's byline above stays the author (split_foot.foot_credit, split_piece_end);
* a note on the author of the book or film a single page sells or reviews (``作者介绍：…``)
  is its text: the note is metadata on a piece of a compilation or when it opens with
  the name of the piece's own writer (split_bio_row.about);
* a dated citation line broken out of a sentence (date, source, page) is no running head
  unless the page shows one: its date on another line, or a second head of its shape
  (page_marks.head_shown).

Every word is invented.  Each positive case loses content at 5abffa4.
"""

from __future__ import annotations

import pytest

from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.foot_lines import _labelled_runs
from cleaner.stages.split_meta import MetaParser
from cleaner.stages.split_passages import passage_run
from tests.stages.stage_runs import repair, split

FIELDS = MetaParser().field_of


def _run(text: str) -> tuple[list[tuple[str, dict[str, str], str]], list[str]]:
    """The page through the whole pipeline: (title, meta, text) per article, and the
    lines the boilerplate and split stages deleted."""
    res = Pipeline().process(RawInput("p.txt", text.encode("utf-8")))
    arts = [(a.title, dict(a.meta), a.text) for a in res.articles]
    gone = [
        c.before.strip()
        for c in res.changes
        if c.stage in ("boilerplate", "split") and c.action == "delete" and c.before.strip()
    ]
    return arts, gone


# -- 1. a list's entries under marked names are no poems ------------------------------

LISTS = {
    # three short rows under each name, no number (fewer than four verse lines)
    "families": [
        "某街道最美家庭名单",
        "孝老之家",
        "◆陈家",
        "城东社区",
        "孝老爱亲",
        "邻里和睦",
        "",
        "书香之家",
        "◆吕家",
        "城西社区",
        "藏书满屋",
        "热心公益",
    ],
    # four rows, one of them of one numbered template in every piece
    "staff": [
        "车间季度之星",
        "安全标兵",
        "★邹明远",
        "装配车间",
        "工龄八年",
        "全年零事故",
        "带出徒弟多名",
        "",
        "技术能手",
        "★杭晓丽",
        "质检车间",
        "工龄两年",
        "改进检具",
        "返工率下降",
    ],
    # numbered titles over four stops each
    "trip": [
        "古城两日行",
        "第1站",
        "◇北门",
        "城楼",
        "瓮城",
        "箭楼",
        "护城河",
        "",
        "第2站",
        "◇南市",
        "牌坊",
        "老茶馆",
        "米行旧址",
        "石板街",
    ],
}


@pytest.mark.parametrize("name", sorted(LISTS))
def test_a_list_under_marked_names_is_one_text_with_its_names(name: str) -> None:
    page = LISTS[name]
    assert passage_run(page, FIELDS).titles == []
    arts, _ = _run("\n".join(page) + "\n")
    assert len(arts) == 1
    title, meta, text = arts[0]
    assert "author" not in meta
    for line in page[1:]:
        if line:
            assert line.lstrip("◆★◇") in title + "\n" + text, line


def test_poems_of_four_lines_under_marked_names_stay_passages() -> None:
    """Look-alike: an issue's poems (four lines and more, titles of no one template, a
    number in a line of each but no shared row) are still split, the poet the author."""
    page = [
        "诗页",
        "岸",
        "◎蒲云舟",
        "三只鹭停在浅滩",
        "潮水退得很慢",
        "我把鞋留在石上",
        "等一片帆回来",
        "",
        "晚钟",
        "◎柏青岚",
        "山寺敲了九下",
        "松针落满台阶",
        "有人提灯下山",
        "影子比路还长",
    ]
    arts = split(page)
    assert [a.title for a in arts] == ["岸", "晚钟"]
    assert [a.meta.get("author") for a in arts] == ["蒲云舟", "柏青岚"]
    assert "山寺敲了九下" in arts[1].text


# -- 2. the page's own list at the foot --------------------------------------------

PROSE = "这一季的新作延续了一贯的风格，编排上更加用心，整体读来轻快而温暖，值得细细品味。"


def _foot(label: str, items: list[str]) -> list[str]:
    return ["某某评论", PROSE, "分享到：微信 微博", *[f"{label}｜{x}" for x in items], "版权所有"]


@pytest.mark.parametrize(
    ("label", "items"),
    [
        ("曲目", ["海雾", "北方的灯", "旧码头"]),
        ("篇目", ["井台边", "过河", "雪后"]),
        ("展品", ["青瓷碗", "铜镜残片"]),
        ("Track", ["Low Tide", "Paper Kite"]),
    ],
)
def test_a_content_list_at_the_foot_is_no_related_list(label: str, items: list[str]) -> None:
    page = _foot(label, items)
    filled = list(range(2, len(page)))
    assert _labelled_runs(page, filled, 1, {2, len(page) - 1}, _no) == []
    arts, _ = _run("\n".join(page) + "\n")
    text = "\n".join(t for _, _, t in arts)
    for x in items:
        assert f"{label}｜{x}" in text, x


def test_a_related_list_at_the_foot_is_still_chrome() -> None:
    """Look-alike: a related list printing its heading on every item."""
    for label in ("相关", "延伸阅读", "往期推荐", "More"):
        page = _foot(label, ["河边的新桥", "老街改造完工"])
        filled = list(range(2, len(page)))
        assert _labelled_runs(page, filled, 1, {2, len(page) - 1}, _no) == [[3, 4]], label


def _no(s: str) -> bool:
    return False


# -- 3. an editor's credit never overrides the byline ----------------------------------

BODY = (
    "历时一年多的河道整治工程日前全部完工，沿岸新建步道三公里，居民出行更加方便。\n"
    "工程方面表示，下一步将继续完善沿线的照明和绿化设施。\n"
)


@pytest.mark.parametrize(
    ("byline", "foot", "author"),
    [
        ("本报记者　乔文博", "（来源：某某都市报　编辑：祁小满）", "乔文博"),
        ("作者：滕嘉禾", "（来源：某某周刊　编辑：孔令伟）", "滕嘉禾"),
        ("记者：单一鸣", "（來源：某某日報　編輯：霍青）", "单一鸣"),
    ],
)
def test_an_editor_in_the_source_row_leaves_the_byline_author(
    byline: str, foot: str, author: str
) -> None:
    arts, _ = _run(f"河道整治工程完工\n\n{byline}\n{BODY}{foot}\n")
    assert len(arts) == 1
    assert arts[0][1].get("author") == author


def test_an_editor_beside_a_source_alone_is_the_author() -> None:
    """Look-alike: no writer named; the compiler of the item is its author."""
    page = [
        "某区简讯",
        "",
        "河道整治工程完工",
        *BODY.splitlines(),
        "（来源：某某都市报　编辑：祁小满）",
    ]
    arts, _ = _run("\n".join(page) + "\n")
    assert [m.get("author") for _, m, _ in arts] == ["祁小满"]


# -- 4. a note on a book's author on a single page --------------------------------------

BOOK = "讲述一个小镇钟表匠和他三个徒弟的故事，时间在他们手里变得可以触摸，又慢慢溜走。"


@pytest.mark.parametrize(
    ("head", "note"),
    [
        ("《钟表匠》（平装）", "作者介绍：韦一舟，1972年生于海边小镇，已出版长篇小说四部。"),
        ("《雾港》读后", "【作者简介】程素心，女，专栏作家，著有散文集多部。"),
        ("《舊書店》商品詳情", "作者介紹：梅寒，曾任報社編輯，現居山城。"),
    ],
)
def test_a_note_on_the_author_of_the_book_a_page_sells_is_its_text(head: str, note: str) -> None:
    page = [head, "定价：39.00元　出版社：某某出版社", BOOK, "这是一本适合慢慢读的书。", note]
    arts, _ = _run("\n".join(page) + "\n")
    text = "\n".join(t for _, _, t in arts)
    assert note in text
    assert all("author_bio" not in m for _, m, _ in arts)


def test_a_note_on_the_pages_own_writer_is_metadata() -> None:
    """Look-alike: the piece's byline names the writer and the note opens with that name."""
    page = [
        "秋天的井",
        "作者：韦一舟",
        BOOK,
        "这是一本适合慢慢读的书。",
        "作者简介：韦一舟，中学教师。",
    ]
    arts, _ = _run("\n".join(page) + "\n")
    assert arts[0][1].get("author_bio") == "韦一舟，中学教师。"
    assert "作者简介" not in arts[0][2]


# -- 5. a dated citation broken out of a sentence --------------------------------------

SENTENCE = "对于这一条款的理解，学界历来看法不一，其起草时的考虑可以参见所载的说明，此处不再赘述。"


@pytest.mark.parametrize(
    "cite",
    [
        "2021.05.06　某某公报　第 1024 页",
        "2018-3-9 某某日报 第 5 页",
        "2019年3月5日　读书札记　第24页",
    ],
)
def test_a_dated_citation_line_inside_a_sentence_is_kept(cite: str) -> None:
    cut = SENTENCE.index("所载")
    out = repair(f"综述\n\n{SENTENCE[:cut]}\n{cite}\n{SENTENCE[cut:]}\n")
    date, source = cite.split()[:2]
    assert date in out and source in out  # the citation stays, whole


def test_a_running_head_the_page_repeats_is_still_a_page_break() -> None:
    """Look-alike: two heads of one shape, the page numbers increasing."""
    other = "此后各方又就执行中的问题反复讨论，形成了较为一致的意见，并报送有关部门备案。"
    cut = SENTENCE.index("所载")
    page = (
        f"{SENTENCE[:cut]}\n2020.04.01　某某公报　第 12 页\n{SENTENCE[cut:]}\n\n"
        f"{other[:20]}\n2020.04.01　某某公报　第 13 页\n{other[20:]}\n"
    )
    out = repair(page)
    assert SENTENCE in out and other in out and "某某公报" not in out
