"""Fixes for the chrome and the repairs the ninth blind set (sealed_j_*) left (issue 12,
fix12y), each kind as a small case in wordings of its own, with look-alikes that stay:

* an ornament separator between the items of a page (symbols and spaces only, in any
  glyphs) goes; an ellipsis line, an ASCII rule, placeholders and a framed heading stay;
* a crumb trail parted by any one symbol (``⊳``, ``⋄``, ``∷`` …: category, not a list)
  goes above the page's first prose line; a flow of arrows, a two-piece line and a line
  with a sentence mark stay, and so does the shape below the first prose line;
* the page's first line dressing the title below it goes when the title is framed by
  brackets (``「标题」某网·频道``, ``【栏目】标题 ‖ 某站``) or parted by runs of underscores,
  the site's name found in its dotted pieces; without the title below it stays;
* a reference line (``参考资料：《某书》第3章``) or a bracketed note on the text above
  (``（以上据旧本誊录）``) the site repeats on every page is the
  text's own, never learned as chrome;
* a heading between chrome and a list other claims took goes with it; a sentence the
  site repeats is its note when two cues say so (an icon, a deferral, a corrections
  request, a phone number);
* two kinds of page of one site whose first lines dress their titles alike (``⟨T⟩ ∷
  某志 ∷ 某网``) share a template in a mixed folder (the dressing is a feature);
* numbered page marks in any wrapper: tests/stages/test_page_marks.py.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.edits import Editor
from cleaner.stages.keep import keep_table
from cleaner.stages.seo_titles import dressed_title
from cleaner.stages.shape_lines import SEPARATOR, TRAIL, separator_line, trail_line
from tests.stages.stage_runs import plain_stage

STAGE = plain_stage()
P1 = "山脚下的苗圃种了二十年杉木，每年春天都有附近的学生来认树，顺便帮着浇一回水。"
P2 = "苗圃的管护员姓岑，说话慢条斯理，哪棵树哪年栽的都记得清清楚楚，大家都叫他活账本。"


def _rules(lines: list[str]) -> list[str]:
    ed = Editor("p", "\n".join(lines) + "\n")
    STAGE(ed)
    return [c.rule for c in ed.changes if c.action == "delete"]


@pytest.mark.parametrize("line", ["◇ ◇ ◇", "－ － ✿ － －", "❀❀❀❀", "⁂　⁂　⁂"])
def test_an_ornament_separator_between_items_goes(line: str) -> None:
    assert separator_line(line)
    assert _rules(["苗圃简报", P1, "", line, "", P2]) == [SEPARATOR]


@pytest.mark.parametrize("line", ["……", "。。。", "=====", "□□□□", "× × ×", "◇ 附记 ◇", "|——|——|"])
def test_separator_look_alikes_stay(line: str) -> None:
    assert not separator_line(line)
    assert SEPARATOR not in _rules(["苗圃简报", P1, line, P2])


@pytest.mark.parametrize(
    "trail", ["苗圃网 ⊹ 林业 ⊹ 杉木", "总站⟡分站⟡栏目⟡正文", "林场 ∷ 苗木 ∷ 档案"]
)
def test_a_trail_parted_by_any_symbol_at_the_head_goes(trail: str) -> None:
    assert trail_line(trail)
    assert TRAIL in _rules(["苗圃简报", trail, "", P1, P2])


@pytest.mark.parametrize(
    "line", ["育苗 → 移栽 → 成林", "杉木 ⊹ 松木", "杉木 ◆ 松木，柏木 ◆ 樟木", "春 ⊹ 夏 ⊹ 秋。"]
)
def test_trail_look_alikes_at_the_head_stay(line: str) -> None:
    assert TRAIL not in _rules(["苗圃简报", line, "", P1, P2])


def test_a_trail_shape_below_the_first_prose_line_stays() -> None:
    assert TRAIL not in _rules(["苗圃简报", P1, "苗圃网 ⊹ 林业 ⊹ 杉木", P2])


@pytest.mark.parametrize(
    "first",
    [
        "「杉木育苗手记」青坡苗圃网·林业频道",
        "【手记】杉木育苗手记 ‖ 青坡苗圃站",
        "杉木育苗手记__林业专栏__青坡镇林业站",
    ],
)
def test_a_framed_or_underscored_page_title_goes(first: str) -> None:
    page = [first, "", "杉木育苗手记", P1, P2, "青坡镇林业站主办　青坡苗圃网"]
    assert dressed_title(page, site_words=("网", "站", "频道")) == 0


@pytest.mark.parametrize(
    "page",
    [
        ["「杉木育苗手记」青坡苗圃网·林业频道", "", "松木育苗手记", P1],  # another title below
        ["「杉木」育苗手记", "", "杉木", P1],  # no site name after the frame
    ],
)
def test_framed_page_title_look_alikes_stay(page: list[str]) -> None:
    assert dressed_title(page, site_words=("网", "站", "频道")) is None


def test_a_reference_line_is_kept_as_the_texts_own() -> None:
    keep = keep_table()
    assert keep.reason("参考资料：《苗木栽培手册》第3章。") == "reference_line"
    assert keep.reason("参考文献：[1] 岑某《杉木志》") == "reference_line"
    assert keep.reason("推荐阅读：《苗木栽培手册》") is None  # a site's related link


def test_the_heading_of_a_list_other_claims_took_goes_between_chrome() -> None:
    from cleaner.stages.foot_lines import FOOT_LIST, foot_lines

    page = [
        P1,
        P2,
        "🌲 关注 12　🌱 收藏",
        "苗圃其他手记",
        "◈ 松木育苗手记",
        "◈ 柏木育苗手记",
        "版权",
    ]
    assert foot_lines(page, {2, 4, 5, 6}) == {3: FOOT_LIST}
    # text right above the label: an article's own closing list, kept
    assert foot_lines([P1, P2, "苗圃其他手记", "◈ 松木", "◈ 柏木", "版权"], {3, 4, 5}) == {}
    # one item only: no list
    assert foot_lines([P1, P2, "🌲 关注 12", "苗圃其他手记", "◈ 松木", "版权"], {2, 4, 5}) == {}


@pytest.mark.parametrize(
    "line",
    [
        "🌲 苗木价格随行就市，请以苗圃现场报价为准，谢谢大家的理解。",  # an icon, a deferral
        "本册资料由林友提供，若有错漏请来函指正，谢绝转载与摘编。",  # corrections, reposting
        "对苗木质量有疑问的，请在七日内联系苗圃，电话 0571-88880000。",  # no second cue
    ],
)
def test_a_repeated_site_note_with_two_cues_is_chrome(line: str) -> None:
    from cleaner.stages.site_judge import chrome_signals

    cues = keep_table().cues(line)
    signals = chrome_signals(line, mean_pos=0.3, masked=False, cues=cues)
    assert bool(signals) == (len(cues) >= 2), cues
    # the same sentence without its icon or second cue: content (one cue, mid-page)
    plain = "苗木价格随行就市，请以苗圃现场报价为准，谢谢大家的理解。"
    assert chrome_signals(plain, mean_pos=0.3, masked=False, cues=keep_table().cues(plain)) == []


def test_a_bracketed_note_on_the_text_above_is_kept_as_the_texts_own() -> None:
    keep = keep_table()
    assert keep.reason("（以上据民国本苗圃志誊录，略有删节）") == "text_note"
    assert keep.reason("(以上根据座谈录音整理)") == "text_note"
    assert keep.reason("（本页资料由林友提供）") is None  # the site's note, learnable


def _page(first: str, head: str, body: str, tail: list[str]) -> str:
    return "\n".join([first, head, "", body, P1, P2, "", *tail])


def test_two_kinds_of_a_site_dressing_their_titles_alike_share_a_template() -> None:
    from cleaner.stages.seo_titles import dressing
    from cleaner.stages.site_templates import cluster, signature

    foot = "青坡林业网　护林防火　人人有责　qingpo.example.org"
    pages = []
    for n in range(4):  # an article and a compilation page, four of each, alternating
        pages.append(
            _page(
                f"第{n}号苗木档案 ∷ 青坡苗圃志 ∷ 青坡林业网", "苗圃首页 ◈ 档案", f"苗木{n}", [foot]
            )
        )
        pages.append(
            _page(f"苗木档案合集{n} ∷ 青坡苗圃志 ∷ 青坡林业网", "苗圃首页 ◈ 合集", "合集", [foot])
        )
    forum = "松间茶话论坛 songjian.example.org　© 2023　站务信箱 admin@songjian.example.org"
    for n in range(6):  # another site of one kind: a folder has two templates at least
        pages.append(_page(f"茶话第{n}帖", "松间茶话论坛 › 闲聊灌水", f"楼主{n}", [forum]))
    labels = cluster([signature(p) for p in pages])
    assert len({labels[i] for i in range(8)}) == 1 and labels[0] >= 0
    assert labels[8] != labels[0]
    assert dressing(pages[0]) == "⟨T⟩ ∷ 青坡苗圃志 ∷ 青坡林业网"
    assert dressing(pages[8]) is None  # a bare title dresses nothing
