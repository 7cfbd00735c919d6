"""Fixes for set zf's roll of profiles (fixzf1): the split's header evidence outranks
the site's repeat memory, and each profile's card and credit are its metadata.

* A compilation's pieces open with a tag row ``▍<类别> · 第N位`` over the title.  A site
  whose rolls reuse a category at one rank, or print one profile's title on two rolls,
  learns those lines as repeated chrome; deleted before the split reads the page, the run
  loses a row (no cut) or a piece its title.  A line of the page's own numbered run of
  article headers (judged ``split``), or the title under such a row, is kept for the split
  and flagged (``boilerplate.site_repeat.split_header``:
  :func:`cleaner.stages.repeat_keeps.split_header_rows`).  A site's chrome repeated on the
  same pages still goes, and so does a numbered link list that heads no prose.
* A card's row: a bracketed card name (no field's label), cells parted by bars, one at
  least a label and its value (``【某某卡】某甲　某职　｜　推荐单位：某处``): the labelled cells
  are the piece's metadata; a body that put the piece forward (``推荐单位``) is its origin.
  A bracketed notice, a card with no label or with a label no table names stays text.
* A bracketed credit of one word and a slash (``（文／某某）``): the writer is the author; a
  photographer's (``图／``, ``摄／``) is no field; a fraction or a pair of words is none.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.edits import Editor
from cleaner.stages.boilerplate_config import SITE_REPEAT_HEADER
from cleaner.stages.keep import keep_table
from cleaner.stages.repeat_keeps import split_header_rows
from cleaner.stages.split_foot import foot_row, slashed_credits
from tests.stages.family_figures import family_figures
from tests.stages.stage_runs import site_stage
from tests.stages.stage_runs import split as _split

NAV = "某镇便民网　|　首页　办事指南　镇村动态　便民服务　联系我们"
FOOT = "某镇人民政府办公室　主办　　某ICP备20001234号-1"
TAGS = ["敬老爱幼", "见义勇为", "乐于助人", "诚实守信"]
TITLES = [
    "守护山路二十年的护林员",
    "雨夜背老人过河的村医",
    "把菜园分给邻居的老党员",
    "帮乡亲网上卖梨的大学生",
    "免费修车三十年的老师傅",
    "办起乡村书屋的返乡青年",
]


def _body(name: str, k: int) -> list[str]:
    return [
        f"{name}今年{40 + k}岁，住在某镇某村，多年来一直默默帮衬着左邻右舍，从不图什么回报。",
        f"有一年冬天下起大雪，{name}天不亮就扛着铁锹去铲路，一直干到中午才回家歇口气。",
        f"村里人说起{name}，都竖起大拇指，镇上也把{name}评为了年度的好人好事代表。",
    ]


def _roll(p: int, n: int) -> list[str]:
    """Page ``p`` of the site: a roll of ``n`` profiles.  Rank 1 is always filed under the
    same category and the page's first title is one printed on other rolls too."""
    page = [f"{2020 + p}年第{p % 4 + 1}季度某镇好人榜", NAV, "", f"{2020 + p}年度好人榜", ""]
    for k in range(n):
        tag = TAGS[0] if k == 0 else TAGS[(p + k) % len(TAGS)]
        title = TITLES[0] if k == 0 else TITLES[(p + k) % len(TITLES)]
        name = "甲乙丙丁戊己庚辛"[(p + k) % 8] + "某"
        page += [f"▍{tag} · 第{k + 1}位", title, *_body(name, p + k), ""]
    return [*page, FOOT]


def _site() -> list[list[str]]:
    return [_roll(p, 2 + p % 3) for p in range(6)]


def _boiled(page: list[str], pages: list[list[str]]) -> Editor:
    ed = Editor("p", "\n".join(page) + "\n")
    site_stage(pages)(ed, site="s")
    return ed


def test_tag_rows_and_titles_the_site_repeats_stay_for_the_split() -> None:
    pages = _site()
    page = pages[3]
    ed = _boiled(page, pages)
    kept = ed.text.splitlines()
    for line in page:
        if line.startswith("▍") or line in TITLES:
            assert line in kept, line
    # the site's own chrome on the same pages still goes
    assert NAV not in kept
    assert FOOT not in kept
    # and what was kept against the site's memory is said
    text = "\n".join(page) + "\n"  # the flags' offsets are the step's input's
    flagged = {text[c.start : c.end].strip() for c in ed.changes if c.rule == SITE_REPEAT_HEADER}
    assert f"▍{TAGS[0]} · 第1位" in flagged and TITLES[0] in flagged


def test_the_kept_rows_cut_the_page_into_its_profiles() -> None:
    pages = _site()
    for page in pages:
        arts = _split(_boiled(page, pages).text.splitlines())
        wanted = [ln for k, ln in enumerate(page) if k and page[k - 1].startswith("▍")]
        assert [a.title for a in arts] == wanted


def test_split_header_rows_wants_a_run_over_titles_and_prose() -> None:
    page = _roll(1, 3)
    rows = split_header_rows(page, range(len(page)))
    assert {page[k] for k in rows} >= {TITLES[0], f"▍{TAGS[0]} · 第1位"}
    # a numbered list of links repeated on every page heads no prose: no run to keep
    links = ["某镇便民网", "", "正文写到这里，说的是今年的收成很好，大家都很高兴。", ""]
    links += ["1. 某镇召开春耕动员会", "2. 某村新修了一座便桥", "3. 某镇开展义诊活动"]
    assert split_header_rows(links, range(len(links))) == set()
    # one tag row alone is no run
    single = ["▍敬老爱幼 · 第1位", TITLES[0], *_body("甲某", 1)]
    assert split_header_rows(single, range(len(single))) == set()


def test_a_repeated_link_list_under_one_article_still_goes() -> None:
    related = ["相关阅读：", "1. 某镇召开春耕动员会", "2. 某村新修了一座便桥"]
    pages = []
    for p in range(6):
        name = "甲乙丙丁戊己"[p] + "某"
        head = [f"某村第{p + 1}期新闻", NAV, "", f"某村第{p + 1}期新闻"]
        pages.append([*head, *_body(name, p), "", *related, FOOT])
    kept = _boiled(pages[2], pages).text.splitlines()
    assert related[1] not in kept and related[2] not in kept
    assert NAV not in kept


# ---- the card and the credit


@pytest.mark.parametrize(
    ("row", "fields"),
    [
        ("【好人卡】甲某　某村护林员　｜　推荐单位：某镇党委", {"origin": "某镇党委"}),
        ("［人物简介］乙某｜某乡村医｜来源：某乡卫生院", {"origin": "某乡卫生院"}),
        (
            "【名片】丙某　｜　作者：丁某　｜　推荐单位：某街道",
            {"author": "丁某", "origin": "某街道"},
        ),
    ],
)
def test_a_card_row_gives_its_labelled_cells(row: str, fields: dict[str, str]) -> None:
    assert keep_table().split.meta.meta_row(row, near_title=True) == fields


@pytest.mark.parametrize(
    "row",
    [
        "【温馨提示】本活动免费参加，请提前一天电话预约。",  # a notice: no cells
        "【导读】甲某　｜　乙某　｜　丙某",  # a card with no label
        "【好人卡】甲某　｜　地点：某村",  # a label no table names
        "【好人卡】甲某说，这件事一定要做好　｜　推荐单位：某镇",  # a sentence in a cell
    ],
)
def test_card_look_alikes_stay_text(row: str) -> None:
    assert keep_table().split.meta.meta_row(row, near_title=True) is None


def test_a_body_that_puts_a_piece_forward_is_its_origin() -> None:
    meta = keep_table().split.meta
    assert meta.meta_row("推荐单位：某镇党委", near_title=True) == {"origin": "某镇党委"}
    # one that issues it stays the issuer
    assert meta.meta_row("发布单位：某镇党委", near_title=True) == {"issuer": "某镇党委"}


@pytest.mark.parametrize(
    ("row", "fields"),
    [
        ("（文／甲某）", {"author": "甲某"}),
        ("（文/甲某　图/乙某）", {"author": "甲某"}),
        ("（图／乙某 文／甲某）", {"author": "甲某"}),
        ("（摄／乙某）", {}),
    ],
)
def test_a_slash_credit_names_the_writer(row: str, fields: dict[str, str]) -> None:
    field_of = keep_table().split.meta.field_of
    assert foot_row(row, field_of) == fields


@pytest.mark.parametrize(
    "row", ["（1/2）", "（甲／乙方）", "（上接第2版／共4版）", "（文／甲某说得好。）"]
)
def test_slash_look_alikes_are_no_credit(row: str) -> None:
    assert foot_row(row, keep_table().split.meta.field_of) is None


def test_slashed_credits_reads_only_credit_words() -> None:
    from cleaner.stages.split_foot import foot_words

    w = foot_words()
    assert slashed_credits("文／甲某", w) == {"author": "甲某"}
    assert slashed_credits("东／西", w) is None


def test_each_profile_takes_its_card_and_credit() -> None:
    page = ["某镇好人榜", ""]
    for k in range(3):
        name = "甲乙丙"[k] + "某"
        page += [
            f"▍{TAGS[k]} · 第{k + 1}位",
            TITLES[k],
            f"【好人卡】{name}　某村村民　｜　推荐单位：某{k}村党支部",
            *_body(name, k),
            f"（文／{'丁戊己'[k]}某）",
            "",
        ]
    arts = _split(page)
    assert [a.title for a in arts] == TITLES[:3]
    for k, a in enumerate(arts):
        assert a.meta.get("origin") == f"某{k}村党支部"
        assert a.meta.get("author") == f"{'丁戊己'[k]}某"
        assert "好人卡" not in a.text and "文／" not in a.text
        assert _body("甲乙丙"[k] + "某", k)[2] in a.text


def test_the_roll_of_profiles_reaches_its_floor() -> None:
    # figures at 8cf88f7: F1 .900, residue .042, titles .217, counts .375, metadata 0
    f = family_figures("sealed_zf_haoren")
    for key in ("content_f1", "titles", "counts", "metadata"):
        assert f[key] >= 0.95, f
    assert f["residue"] <= 0.02, f
