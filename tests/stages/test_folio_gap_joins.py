"""A sentence cut by a printed page's foot that the boilerplate stage took out.

Class: **a paragraph cut across a page foot (a running foot and its folio, in either
order) whose lines the chrome stages deleted, leaving only blank lines**.  The line
above the gap is short (under the join's length for a break with no mark), so only the
knowledge that a folio stood in the gap (:func:`~cleaner.stages.page_folio.folio_points`)
makes it a page break.  Variants differ in the foot's wording, its order against the
folio, and the cut line's punctuation; the look-alike is a short line over a blank gap
where the site's repeated slogan (no folio) was taken out: it stays a line of its own.
All text is invented.
"""

from __future__ import annotations

import pytest

from cleaner.edits import Edit, Editor
from cleaner.stages.repair import RepairStage

_FILLER = [
    "今年春天文化站组织了三场乡村读书会，来参加的村民比去年多了不少。",
    "站里还添置了一批农技图书，放在阅览室靠窗的书架上，供大家随时翻阅。",
]


def _repaired(text: str, taken: list[tuple[str, str]]) -> str:
    """``text`` after the repair stage, the lines ``taken`` (rule, line) deleted first by
    a boilerplate step, as the chrome stages take a site's running foot and folios."""
    ed = Editor("p", text)
    edits = []
    for rule, line in taken:
        at = text.index(line + "\n")
        while any(e.start == at for e in edits):
            at = text.index(line + "\n", at + 1)
        edits.append(Edit(at, at + len(line) + 1, "", rule, "delete"))
    ed.apply("boilerplate", sorted(edits, key=lambda e: e.start))
    RepairStage()(ed)
    return ed.text


def _page(cut: str, rest: str, foot: str, folio_first: bool) -> tuple[str, list[tuple[str, str]]]:
    mid = f"17\n{foot}" if folio_first else f"{foot}\n17"
    end = f"18\n{foot}" if folio_first else f"{foot}\n18"
    text = (
        f"溪桥镇文化站工作简报\n\n{_FILLER[0]}\n{cut}\n\n{mid}\n\n{rest}\n{_FILLER[1]}\n\n{end}\n"
    )
    taken = [("boilerplate.site_repeat", foot), ("boilerplate.line_model", "17")]
    taken += [("boilerplate.site_repeat", foot), ("boilerplate.line_model", "18")]
    return text, taken


# (cut line, the rest below the gap, the running foot, folio above the foot?)
_VARIANTS = [
    (
        "阅览室周末照常开放，借",
        "书只需出示身份证登记即可。",
        "咨询电话：0731-5550123　邮箱：wh@example.cn",
        False,
    ),
    ("志愿者们分成三组轮流值", "班，每组负责一个村的流动书箱。", "溪桥镇人民政府　主办", True),
    (
        "下个月还将邀请县里的老师",
        "来讲授剪纸和竹编两门手艺。",
        "本简报仅供内部交流 · 请勿转载",
        False,
    ),
]


@pytest.mark.parametrize(
    "variant", _VARIANTS, ids=["foot-then-folio", "folio-then-foot", "dot-foot"]
)
def test_a_short_line_cut_by_a_taken_page_foot_is_joined(
    variant: tuple[str, str, str, bool],
) -> None:
    cut, rest, foot, folio_first = variant
    out = _repaired(*_page(cut, rest, foot, folio_first))
    assert f"{cut}{rest}" in out, out
    assert _FILLER[0] in out and _FILLER[1] in out


def test_a_short_line_over_a_taken_slogan_stays_apart() -> None:
    """No folio in the gap: the site's slogan alone was taken out (the folios elsewhere);
    the short line above it is no cut sentence and keeps its line."""
    slogan = "书香溪桥　全民阅读"
    text = (
        f"溪桥镇文化站工作简报\n\n{_FILLER[0]}\n阅览室开放安排，借\n\n{slogan}\n\n"
        f"书只需出示身份证登记即可。\n{_FILLER[1]}\n\n17\n\n{_FILLER[0]}\n\n18\n"
    )
    taken = [("boilerplate.site_repeat", slogan), ("boilerplate.line_model", "17")]
    taken += [("boilerplate.line_model", "18")]
    out = _repaired(text, taken)
    assert "阅览室开放安排，借\n" in out, out
    assert "书只需出示身份证登记即可。" in out


def test_without_the_taken_folios_the_short_line_stays() -> None:
    """The same page with its foot and folio still on it, nothing taken: the gap is not
    read as a taken page foot (the visible marks are the joins' own business)."""
    text, _ = _page(*_VARIANTS[0])
    out = _repaired(text, [])
    assert _VARIANTS[0][2] in out
