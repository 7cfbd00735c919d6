"""Chrome a compilation page kept (issue 12, residue): the site's head rows over the
pieces (:func:`~cleaner.stages.head_repeat.site_head_row`).

The class, seen on four blind families of sets yg and yh and one of yf: an issue head with
its number, a dated row of reader counters, an editor's row, a daily head with its weekday,
each page printing the row with its own figures, day or name, above the pieces the piece
finder found.  The lines there were kept over the first piece (``split.prefix_kept``,
the no-loss rule) unless the site printed them word for word or as one shape; each page's
own figures, weekday or name left no one shape on enough pages.  Now the rows the site
prints at the top of at least half its pages with only those changed (the row's
*skeleton*) go as the page's head.  The look-alikes stay: a head line no other page prints
in that skeleton (the page's own title or opening), a row on too few of the site's pages,
a long label value (words, no slot).

Every word is invented.
"""

from __future__ import annotations

from cleaner.config import PipelineConfig
from cleaner.edits import Editor
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.head_repeat import ROW_MARK, head_notes, row_skeleton, site_head_row
from cleaner.stages.profile_counter import build_profiles
from cleaner.stages.site_counts import SiteProfile
from cleaner.stages.split import SplitStage
from cleaner.stages.split_titles import PageHints

PLACES = ["北岸", "湖西", "青石", "南门", "东湾", "西坝"]
CATS = ["路灯", "井盖", "树木"]
#: the site's breadcrumb over every page (its rule pack's chrome)
SITE = "首页 > 便民服务 > 巡查通报"


def _pieces(n: int) -> list[str]:
    """Page ``n``'s three notices, each under its number row: its own place in every
    sentence (no near-copies of another page)."""
    place = PLACES[n]
    out: list[str] = []
    for k, cat in enumerate(CATS):
        out += [
            f"—— 登记第{n * 1000 + k * 37 + 412:04d}号 ——",
            f"{place}{k + 1}巷{cat}维护完成",
            f"本周{place}街道组织人员对{k + 1}巷的{cat}逐一检查，发现的问题已当场登记并安排处理。"
            f"参加检查的居民表示，{place}这样的巡查应当每月坚持。",
            f"据{place}街道介绍，{k + 1}巷沿线还将增设{n + k + 2}处提示牌，并安排专人每日巡查。"
            f"下一步{place}还将公布维护安排，方便居民了解。",
            "",
        ]
    return out


def _site_batch(heads: list[list[str]]) -> list[tuple[list[str], list[str]]]:
    """Pages of one site, each ``head`` over three notices of its own: texts and ledger
    rules of each."""
    raws = []
    for n, head in enumerate(heads):
        text = "\n".join([SITE, *head, *_pieces(n)]) + "\n"
        raws.append(RawInput(f"p{n}.txt", text.encode(), site="town.example"))
    pipe = Pipeline(PipelineConfig(), profiles=build_profiles(raws))
    out = []
    for i, raw in enumerate(raws):
        res = pipe.process(raw, i)
        out.append(([a.text for a in res.articles], [c.rule for c in res.changes]))
    return out


def _gone(batch: list[tuple[list[str], list[str]]], *words: str) -> None:
    for n, (texts, rules) in enumerate(batch):
        assert len(texts) == 3
        assert not any(w in t for w in words for t in texts)
        # the first piece whole, its number row over its title
        assert texts[0].split("\n")[:2] == [
            f"—— 登记第{n * 1000 + 412:04d}号 ——",
            f"{PLACES[n]}1巷路灯维护完成",
        ]
        assert "split.prefix_kept" not in rules and "split.page_prefix" in rules


# -- head rows ---------------------------------------------------------------------


def test_an_issue_head_and_its_counter_row_go() -> None:
    heads = [
        [
            f"某某农场　虫情速报　113年第{n + 3}期",
            f"发布日期：2024-0{n + 1}-1{n}　点阅：{137 * n + 9}",
        ]
        for n in range(6)
    ]
    _gone(_site_batch(heads), "虫情速报", "点阅")


# -- the split stage, the site's skeletons in its hints ------------------------------------


def _split(head: list[str], notes: list[str], n: int = 0) -> tuple[list[str], list[str]]:
    """Texts and ledger rules of one page (``head`` over its three pieces) split with the
    site's head rows ``notes`` (lines whose skeletons the site prints) in its hints."""
    ed = Editor("p", "\n".join([*head, *_pieces(n)]) + "\n")
    marked = frozenset(ROW_MARK + row_skeleton(x) for x in notes)
    drafts = SplitStage()(ed, hints=PageHints(head_notes=marked))
    return [d.text for d in drafts], [c.rule for c in ed.changes]


def _row_gone(texts: list[str], rules: list[str], *words: str) -> None:
    assert len(texts) == 3
    assert not any(w in t for w in words for t in texts)
    assert texts[0].split("\n")[:2] == ["—— 登记第0412号 ——", "北岸1巷路灯维护完成"]
    assert "split.prefix_kept" not in rules and "split.page_prefix" in rules


def test_an_editors_row_with_another_name_goes() -> None:
    row = "读书会通讯　本期编辑：江一帆　更新于 2023年2月4日"
    texts, rules = _split([row], ["读书会通讯　本期编辑：秦墨　更新于 2021年11月24日"])
    _row_gone(texts, rules, "本期编辑")


def test_a_daily_head_with_another_weekday_goes() -> None:
    head = ["会员活动日报（2024年3月4日　星期一）"]
    texts, rules = _split(head, ["会员活动日报（2019年12月29日　星期日）"])
    _row_gone(texts, rules, "会员活动日报")


def test_traditional_script_rows_go_one_after_another() -> None:
    head = ["某某書院　讀書札記　第11輯", "發布日期：2022/03/01　瀏覽：88"]
    notes = ["某某書院　讀書札記　第3輯", "發布日期：2020/11/21　瀏覽：1024"]
    texts, rules = _split(head, notes)
    _row_gone(texts, rules, "讀書札記", "瀏覽")


def test_rows_the_site_does_not_print_are_kept() -> None:
    head = ["读书会通讯　本期编辑：江一帆　更新于 2023年2月4日"]
    texts, rules = _split(head, ["春季巡查小记"])  # another skeleton: no head row
    assert texts[0].startswith(head[0] + "\n—— 登记第0412号 ——")
    assert "split.prefix_kept" in rules and "split.page_prefix" not in rules


def test_a_row_under_the_pages_own_title_is_kept() -> None:
    # the rows go from the top only: under a title of the page's own, the row stays
    row = "发布日期：2024-01-10　点阅：9"
    texts, rules = _split(["北岸街道春季巡查通报", row], ["发布日期：2023-05-06　点阅：120"])
    assert texts[0].startswith("北岸街道春季巡查通报\n" + row + "\n")
    assert "split.prefix_kept" in rules


def test_a_single_piece_keeps_its_head() -> None:
    # one piece found is no compilation: its head may be the document's own title
    lines = ["某某农场　虫情速报　113年第3期", *_pieces(0)[:5]]
    ed = Editor("p", "\n".join(lines) + "\n")
    notes = frozenset({ROW_MARK + row_skeleton("某某农场　虫情速报　106年第4期")})
    drafts = SplitStage()(ed, hints=PageHints(head_notes=notes))
    assert any("虫情速报" in d.text for d in drafts)


# -- the skeletons the site profile yields -----------------------------------------------


def test_a_row_on_too_few_of_the_sites_pages_is_no_head_row() -> None:
    row = "某某农场　虫情速报　⟨N⟩年第⟨N⟩期"
    prof = SiteProfile("s", pages=10, lines={}, shapes={row: 4})
    prof.positions = {"S" + row: 0.4}
    assert not any(n.startswith(ROW_MARK) for n in head_notes(prof))  # 4 of 10 pages
    prof = SiteProfile("s", pages=8, lines={}, shapes={row: 4})
    prof.positions = {"S" + row: 0.4}
    assert head_notes(prof) == {ROW_MARK + row}  # half the pages, at their top


def test_a_skeleton_needs_letters_besides_its_masks() -> None:
    row = "第⟨N⟩期　⟨N⟩-⟨N⟩"
    prof = SiteProfile("s", pages=4, lines={}, shapes={row: 4})
    prof.positions = {"S" + row: 0.2}
    assert head_notes(prof) == frozenset()


def test_a_head_row_is_read_by_its_skeleton_only() -> None:
    notes = {ROW_MARK + row_skeleton("某站　预警专栏　113年第3期")}
    assert site_head_row("某站　预警专栏　106年第12期", notes)
    assert not site_head_row("某站　预警专栏综述", notes)
    plain = {row_skeleton("某站　预警专栏　113年第3期")}  # a head note's shape is no row's
    assert not site_head_row("某站　预警专栏　113年第3期", plain)
    # a long value after a label is no slot: a sentence's words stay words
    assert row_skeleton("说明：本期专栏暂停一次") == "说明：本期专栏暂停一次"
