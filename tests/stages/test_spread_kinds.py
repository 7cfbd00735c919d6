"""Issue 12 (set zt): a site's kinds of page spread over several small templates, a case's
handler in a bare-verb cell, a compilation's closing remark opening by the count, and a
page break whose folio the boilerplate stage took out.

All text is invented.  Classes:

* **Spread kinds** (:func:`~cleaner.stages.template_links.link`): one site's pages form
  three or more small templates (a per-page section head splits them: a proceedings
  book's sessions, a paper's sections), each under ``MIN_CLUSTER``; the site's running
  head and foot are core to all of them but no PAIR holds ``OWN`` of their pages, so no
  pair was linked and the site shared the folder's key with every odd page.  Now the
  templates a line is core to hold its pages together.
* **Handler cell** (``origin_by_handler`` in rules/headers.toml): a bare verb of handling
  labels the body that handled a case, in the row closing it: its origin.
* **Counted close** (:func:`~cleaner.stages.split_tally.tally_close`): a remark under the
  last piece opening by the number of pieces, however long, parted from the piece's text
  by the piece's own closing row.
* **Folio taken** (:mod:`~cleaner.stages.page_folio`): a page whose folios the
  boilerplate stage took out is paginated for the paragraph joins.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from cleaner.config import PipelineConfig
from cleaner.ingest.readers import read_inputs
from cleaner.pipeline import Pipeline
from cleaner.stages.profile_counter import build_profiles
from cleaner.stages.site_profile import site_key
from cleaner.stages.split_meta import MetaParser
from cleaner.stages.split_tally import tally_close
from cleaner.stages.template_links import link

# -- spread kinds: the link rule ------------------------------------------------------


def test_three_small_kinds_sharing_two_site_lines_are_one_group() -> None:
    # 5 and 7 (odd: distinctive) on every page of three templates of 3, 3 and 2 pages
    # and nowhere else; 9 and 11 two templates' own section heads, the third kind
    # prints none (a preface, an appendix): a kind of the site, no site of its own
    kinds = [{5: 3, 7: 3, 9: 3}, {5: 3, 7: 3, 11: 3}, {5: 2, 7: 2}]
    df = {5: 8, 7: 8, 9: 3, 11: 3}.__getitem__
    assert link(kinds, [3, 3, 2], df, min_pages=5) == [0, 0, 0]
    # four kinds, the bare one the smallest, the others with two heads of their own
    kinds = [{5: 3, 7: 3, 9: 3, 19: 3}, {5: 2, 7: 2, 11: 2, 21: 2}, {5: 2, 7: 2, 13: 2}]
    kinds.append({5: 2, 7: 2})
    df = {5: 9, 7: 9, 9: 3, 19: 3, 11: 2, 21: 2, 13: 2}.__getitem__
    assert link(kinds, [3, 2, 2, 2], df, min_pages=5) == [0, 0, 0, 0]


@pytest.mark.parametrize("sizes", [[3, 3, 3], [3, 3, 2], [2, 2, 2, 2]])
def test_small_sites_sharing_their_vendor_s_lines_stay_apart(sizes: list[int]) -> None:
    # 1 and 3: a CMS vendor's credit and a screen notice on every page of small sites
    # that are not one: each prints its own name and footer (11, 21, ...), core to it
    # alone, and no two hold OWN of the vendor's lines
    kinds = [{1: k, 3: k, 11 + 10 * t: k} for t, k in enumerate(sizes)]
    pages = {1: sum(sizes), 3: sum(sizes)} | {11 + 10 * t: k for t, k in enumerate(sizes)}
    assert link(kinds, sizes, pages.__getitem__, min_pages=5) == list(range(len(sizes)))


def test_four_kinds_of_two_pages_are_one_group() -> None:
    kinds = [{3: 2, 15: 2, 20 + 2 * k: 2} for k in range(4)]
    df = {3: 8, 15: 8, 20: 2, 22: 2, 24: 2, 26: 2}.__getitem__
    assert link(kinds, [2, 2, 2, 2], df, min_pages=5) == [0, 0, 0, 0]


def test_spread_lines_also_printed_elsewhere_link_nobody() -> None:
    # the same two lines on 12 more pages that joined no template (a syndicated
    # disclaimer and a platform's footer): the three templates hold 8 of 20, not theirs
    kinds = [{5: 3, 7: 3}, {5: 3, 7: 3}, {5: 2, 7: 2}]
    df = {5: 20, 7: 20}.__getitem__
    assert link(kinds, [3, 3, 2], df, min_pages=5) == [0, 1, 2]


def test_one_spread_line_is_no_link() -> None:
    kinds = [{5: 3, 8: 3}, {5: 3, 10: 3}, {5: 2, 12: 2}]
    df = {5: 8, 8: 3, 10: 3, 12: 2}.__getitem__
    assert link(kinds, [3, 3, 2], df, min_pages=5) == [0, 1, 2]


# -- spread kinds: a folder of several sites --------------------------------------------

_SESSIONS = ["甲组　水利与灌溉", "乙组　林业与草场", "丙组　集镇与交通"]
_RUNNING = "雾川流域发展论坛文集（内部交流）"
_FOOT = "本文集仅供与会代表交流　请勿外传"


_TOPICS = [
    ("渠系配套工程的管护分工", "坡地截水沟的维修经费", "柯一帆，聂小满", "甘雨禾，郑小溪"),
    ("退耕还林地块的补植安排", "草场轮牧制度的执行情况", "韦青松", "蓝远山，韦青松"),
    ("集镇客运站点的布局调整", "乡道养护的分级负责", "石晓川，白露", "白露"),
]
_WORDS = "晨雾 溪口 坡地 竹林 石桥 稻田 茶园 渡船 集市 山道 暖棚 果园 水塘 林场 草坡 村口".split()


def _book_page(n: int) -> str:
    """A proceedings page: the book's running head, its session's head (three sessions:
    3, 3 and 2 of the 8 pages), two abstracts of the session, the book's foot, a folio.
    The pages of a session share their titles and authors (a session's programme), so the
    sessions are three small templates; only the head and the foot are the book's."""
    s = n % 3
    rng = random.Random(n)
    lines = [_RUNNING, _SESSIONS[s], ""]
    for k in range(2):
        lines += [
            f"{'甲乙丙'[s]}-{n * 2 + k:02d}",
            _TOPICS[s][k],
            _TOPICS[s][2 + k],
            "本篇讨论" + "、".join(rng.sample(_WORDS, 5)) + "等处的做法，并提出了改进的建议。",
            "",
        ]
    lines += [_FOOT, str(40 + n)]
    return "\n".join(lines) + "\n"


def _other_page(site: str, n: int) -> str:
    return (
        f"{site}资讯网　首页 | 新闻 | 服务\n"
        f"{site}第{n}条消息的标题\n"
        f"{site}今天发布了第{n}条消息，内容涉及本地的{n + 2}项工作安排。\n"
        f"版权所有 {site}资讯网　联系邮箱 info@{n % 2}example.org\n"
    )


def test_a_book_of_spread_sessions_gets_a_key_of_its_own(tmp_path: Path) -> None:
    folder = tmp_path / "all"
    folder.mkdir()
    for n in range(8):
        (folder / f"book_{n}.txt").write_text(_book_page(n), "utf-8")
        (folder / f"east_{n}.txt").write_text(_other_page("东岭", n), "utf-8")
        (folder / f"west_{n}.txt").write_text(_other_page("西坪", n), "utf-8")
    rng = random.Random(5)
    for n in range(7):  # odd pages of no site, no two alike: they match no template
        words = rng.sample(_WORDS, 8)
        odd = f"{''.join(words[:2])}\n{'、'.join(words[2:])}，都是今天看到的。\n"
        (folder / f"odd_{n}.txt").write_text(odd, "utf-8")
    raws = list(read_inputs([folder]))
    profiles = build_profiles(raws)
    keys = {
        Path(r.source).name: profiles.template_of(r, i) or site_key(r) for i, r in enumerate(raws)
    }
    book = {k for n, k in keys.items() if n.startswith("book")}
    assert len(book) == 1, book
    others = {k for n, k in keys.items() if not n.startswith("book")}
    assert not book & others  # no other page on the book's key
    pipe = Pipeline(PipelineConfig(), profiles=profiles)
    for i, raw in enumerate(raws):
        if not Path(raw.source).name.startswith("book"):
            continue
        res = pipe.process(raw, i)
        kept = [ln.strip() for a in res.articles for ln in a.text.split("\n")]
        assert _RUNNING not in kept and _FOOT not in kept, raw.source
        assert sum("本篇讨论" in ln for ln in kept) == 2, raw.source  # no text lost


# -- handler cell -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("row", "origin"),
    [
        ("承办\t雾川区纪委监委\t结案\t2021.06.30", "雾川区纪委监委"),
        ("经办：东岭县市场监管局　日期：2022-01-05", "东岭县市场监管局"),
        ("查办 | 西坪镇纪委 | 通报 | 2020.3.4", "西坪镇纪委"),
        ("受理：雾川市信访局　2019年7月2日", "雾川市信访局"),
    ],
)
def test_a_bare_handling_verb_labels_the_case_s_origin(row: str, origin: str) -> None:
    got = MetaParser().shaped_row(row, near_title=True) or {}
    assert got.get("origin") == origin, got


@pytest.mark.parametrize(
    "row",
    [
        "主办\t东岭县文化馆\t日期\t2021.06.30",  # a credit, no handler
        "承办单位：西坪镇文化站　时间：2022-01-05",  # an event's organiser: issuer
        "协办：雾川市图书馆　2020年3月4日",
    ],
)
def test_credits_are_no_handlers(row: str) -> None:
    got = MetaParser().shaped_row(row, near_title=True) or {}
    assert "origin" not in got, got


# -- counted close ----------------------------------------------------------------------

_BODY = ["情况说明：这是一段说明文字，写得比较长一些，交代了前因后果。"]
_SEGS = [(1, 4, (0, "h", "")), (5, 7, (4, "h", "")), (8, 11, (7, "h", ""))]


def _closed(close: str) -> list[str]:
    page = ["一号", *_BODY, "经办　甲局　日期　2021-01-01", ""]
    page += ["二号", *_BODY, "经办　乙局　日期　2021-01-02"]
    page += ["三号", *_BODY, "经办　丙局　日期　2021-01-03", close]
    return page


_TAKEN = {2, 6, 9}
_LONG = "，各地要对照检查、举一反三，把整改工作抓紧抓实抓到位，切实维护群众的切身利益。"


@pytest.mark.parametrize(
    "close",
    [
        "以上3起案件" + _LONG,
        "前述三个案例警示我们" + _LONG + "2021年起每季度通报一次。",
        "本期通报的3起案件中" + _LONG,
        "这三起问题" + _LONG,
    ],
)
def test_a_remark_opening_by_the_count_closes_the_page(close: str) -> None:
    assert tally_close(_closed(close), _SEGS, _TAKEN) == [10]


@pytest.mark.parametrize(
    "close",
    [
        "以上4起案件" + _LONG,  # counts something else
        "第3次督查发现" + _LONG,  # an ordinal
        "各地要对照检查，以上3起案件" + _LONG,  # the count not in the opening clause
        "群众反映" + _LONG,  # no figure
    ],
)
def test_look_alike_closing_remarks_stay_the_piece_s(close: str) -> None:
    assert tally_close(_closed(close), _SEGS, _TAKEN) == []


def test_the_remark_glued_to_the_text_stays_without_a_closing_row() -> None:
    assert tally_close(_closed("以上3起案件" + _LONG), _SEGS) == []


# -- folio taken ------------------------------------------------------------------------

_HEAD = "雾川农技推广年报（二〇二三）"
#: the line the page break cuts: a clause, short, no sentence closed in it
_CUTS = [
    "各乡镇农技员今年走访了全部示范户，逐户记录了新品种的长势和病虫害情况，并在",
    "今年推广站联系了沿河的种植大户和合作社，组织了多场田间观摩和技术讲解，在",
]


def _report_page(n: int) -> str:
    cut = _CUTS[n % 2]
    return (
        f"{_HEAD}\n第{n + 1}部分　工作概况\n\n"
        f"{cut}\n\n{20 + n}\n{_HEAD}\n\n"
        f"东{n}片区完成了新品种示范{n + 3}处，带动农户改种约{n + 40}亩。\n"
        f"全年共举办培训{n + 5}期，受训农民的反馈总体良好，来年将继续开展。\n\n"
        f"{_HEAD}\n{21 + n}\n"
    )


def test_a_paragraph_cut_early_by_a_taken_folio_is_joined(tmp_path: Path) -> None:
    folder = tmp_path / "report"
    folder.mkdir()
    for n in range(6):
        (folder / f"p{n}.txt").write_text(_report_page(n), "utf-8")
    raws = list(read_inputs([folder]))
    pipe = Pipeline(PipelineConfig(), profiles=build_profiles(raws))
    for i, raw in enumerate(raws):
        res = pipe.process(raw, i)
        text = "\n".join(a.text for a in res.articles)
        n = int(Path(raw.source).stem[1:])
        cut = _CUTS[n % 2]
        assert f"{cut}东{n}片区完成了" in text, text
        assert "来年将继续开展" in text and _HEAD not in text
