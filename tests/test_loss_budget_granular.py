"""The loss budget takes back the learned claims that cause the excess, not every one.

One learned claim out of scale on its own (alone over the budget, or far over the share it
took on the pages it was learned on) is held back and flagged, and the page's other
learned claims still apply when they fit the budget; many small learned claims together
over the budget are still all held back (issue 11: the page is not the site's shape).
Our own invented text throughout.
"""

from __future__ import annotations

from cleaner.edits import Editor, split_lines
from cleaner.model import RawInput
from cleaner.provenance import rebuild, replay
from cleaner.stages.boilerplate import LOSS_BUDGET, SITE_REPEAT, BoilerplateConfig, BoilerplateStage
from cleaner.stages.boilerplate_claims import Claim, loss_budget
from cleaner.stages.site_profile import build_profiles

BUDGET = 50.0


def judge(lines: list[str], claims: dict[int, Claim]) -> tuple[dict[int, Claim], Editor]:
    """Run :func:`loss_budget` on a page of ``lines`` with the given claims."""
    text = "\n".join(lines) + "\n"
    ed = Editor("p", text)
    _, spans = split_lines(text)
    claimed = dict(claims)
    loss_budget(ed, claimed, spans, BUDGET)
    return claimed, ed


def flagged(ed: Editor) -> list[str]:
    assert all((c.rule, c.action) == (LOSS_BUDGET, "flag") for c in ed.changes)
    return [ed.text[c.start : c.end] for c in ed.changes]


def learned(name: str, expected: float | None = None, scope: str = "line") -> Claim:
    return Claim(name, scope, 100.0, learned=True, expected=expected)


# a page of 10 lines of 9 characters + newline: each line is 10 % of it
PAGE = [f"第{k}行的文字内容。" for k in range(10)]


def test_one_oversized_claim_is_taken_back_the_small_ones_stay() -> None:
    big = learned("astray")  # one claim holding 6 lines: 60 %, alone over the budget
    claims = {k: big for k in range(2, 8)}
    claims |= {0: learned("nav"), 9: learned("foot")}
    claimed, ed = judge(PAGE, claims)
    assert sorted(claimed) == [0, 9]
    assert flagged(ed) == ["".join(f"{PAGE[k]}\n" for k in range(2, 8))]
    [flag] = ed.changes
    assert flag.ref == "astray" and flag.score == 60.0


def test_claim_far_over_its_expected_share_goes_first() -> None:
    """Under the budget alone (40 %) but ten times what it took where it was learned."""
    odd = learned("odd", expected=4.0)
    claims = {k: odd for k in range(2, 6)}
    claims |= {0: learned("nav", expected=8.0), 9: learned("foot", expected=8.0)}
    claims |= {7: learned("side", expected=8.0)}
    claimed, ed = judge(PAGE, claims)  # 40 + 30 = 70 % > 50
    assert sorted(claimed) == [0, 7, 9]
    assert [c.ref for c in ed.changes] == ["odd"]


def test_many_small_learned_claims_together_are_all_taken_back() -> None:
    """Six lines of 10 % each, none out of scale: the page is not the site's shape."""
    claims = {k: learned(f"line{k}", expected=8.0) for k in range(6)}
    claimed, ed = judge(PAGE, claims)
    assert claimed == {}
    assert [c.ref for c in ed.changes] == [f"line{k}" for k in range(6)]


def test_the_rest_still_over_the_budget_is_taken_back_with_the_oversized() -> None:
    big = learned("astray")
    claims = {k: big for k in range(0, 6)}  # 60 %
    claims |= {k: learned(f"line{k}") for k in range(6, 10)}  # 40 %: fits alone
    claimed, _ = judge(PAGE, claims)
    assert sorted(claimed) == [6, 7, 8, 9]  # 40 % left: under the budget
    small = {k: learned(f"line{k}") for k in range(3, 9)}  # 60 % with no single culprit
    claimed, ed = judge(PAGE, {0: learned("one", expected=1.0)} | small)
    assert claimed == {}
    assert len(ed.changes) == 7


def test_within_the_budget_nothing_is_taken_back() -> None:
    claims = {k: learned(f"line{k}", expected=1.0) for k in range(4)}  # 40 %
    claimed, ed = judge(PAGE, claims)
    assert sorted(claimed) == [0, 1, 2, 3] and ed.changes == []


def test_tail_over_its_expected_share_is_taken_back_alone() -> None:
    tail = learned("related", expected=5.0, scope="tail")  # 40 %: limit max(15, 30) = 30
    claims = {k: tail for k in range(6, 10)}
    claims |= {0: learned("nav", expected=8.0)}
    claimed, ed = judge(PAGE, claims)
    assert sorted(claimed) == [0]
    assert [c.ref for c in ed.changes] == ["related"]


def test_pack_tail_and_learned_together_learned_give_way() -> None:
    pack = Claim("pack.tail", "tail", 100.0)  # 40 %, no expected share: fits the budget
    claims = {k: pack for k in range(6, 10)}
    claims |= {0: learned("nav"), 1: learned("bar")}  # 20 %: together 60 %
    claimed, ed = judge(PAGE, claims)
    assert sorted(claimed) == [1, 6, 7, 8, 9]  # one learned line gives way: 50 % left
    assert [c.ref for c in ed.changes] == ["nav"]


# -- through the stage, on invented pages of one site --------------------------------------

SITE = "notes.example"
NAV = "本站首页 > 通知公告 > 工作简讯"
FOOT = "版权所有 © 2016-2024 青川简讯网"
# a long repeated statement under the nav: a third of the site's usual page
NOTE = (
    "本站说明："
    + "，".join(f"本站第{k}栏目所载内容仅供读者参阅，不作他用" for k in range(6))
    + "。"
)


def site_page(i: int, body_lines: int = 6) -> str:
    body = "".join(
        f"第{i}期简讯第{k}条：本条记述了第{i}项工作在第{k}个环节上的进度和后续安排。\n"
        for k in range(body_lines)
    )
    related = "延伸阅读\n怎样安排周计划\n季度总结写法汇编\n"
    return f"第{i}期工作简讯\n{NAV}\n{NOTE}\n{body}{related}{FOOT}\n"


def run(stage: BoilerplateStage, text: str) -> Editor:
    ed = Editor("p", text)
    stage(ed, site=SITE)
    assert replay(text, ed.changes) == ed.text
    assert rebuild(ed.text, ed.changes) == text
    return ed


def stage() -> BoilerplateStage:
    raws = [RawInput(f"b.jsonl:{i + 1}", b"", text=site_page(i), site=SITE) for i in range(10)]
    return BoilerplateStage(
        [], profiles=build_profiles(raws), config=BoilerplateConfig(line_model=False)
    )


def test_page_keeps_its_other_learned_removals_when_one_line_is_out_of_scale() -> None:
    """A short page where the site's long statement alone would take over half of it: that
    line is held back and flagged, the nav, the related list and the footer still go."""
    text = site_page(11, body_lines=1)
    ed = run(stage(), text)
    body = "第11期简讯第0条：本条记述了第11项工作在第0个环节上的进度和后续安排。\n"
    assert ed.text == f"第11期工作简讯\n{NOTE}\n{body}"
    flags = [c for c in ed.changes if c.action == "flag"]
    assert [(c.rule, c.ref) for c in flags] == [(LOSS_BUDGET, SITE_REPEAT)]
    assert text[flags[0].start : flags[0].end] == f"{NOTE}\n"
    assert flags[0].score is not None and flags[0].score > BUDGET
    assert {c.rule for c in ed.changes if c.action == "delete"} == {SITE_REPEAT}


MENU = [
    f"栏目{k}：{name}" for k, name in enumerate(["工作简讯", "通知公告", "政策解读", "办事指南"])
]


def menu_page(i: int) -> str:
    body = "".join(
        f"第{i}期简讯第{k}条：本条记述了第{i}项工作在第{k}个环节上的进度和后续安排。\n"
        for k in range(8)
    )
    return f"第{i}期工作简讯\n" + "".join(f"{m}\n" for m in MENU) + body


def test_page_that_is_little_but_small_chrome_lines_keeps_them_all() -> None:
    """The look-alike: no line out of scale (each well within its expected share and the
    budget), the site's short lines together over half of a very short page: every one
    held back, as before."""
    raws = [RawInput(f"m.jsonl:{i + 1}", b"", text=menu_page(i), site=SITE) for i in range(10)]
    menu_stage = BoilerplateStage(
        [], profiles=build_profiles(raws), config=BoilerplateConfig(line_model=False)
    )
    # on the site's usual page the menu goes
    usual = run(menu_stage, menu_page(11))
    assert not any(m in usual.text for m in MENU)
    text = "短讯\n" + "".join(f"{m}\n" for m in MENU) + "今日无事。\n"
    ed = run(menu_stage, text)
    assert ed.text == text
    assert [(c.rule, c.ref) for c in ed.changes] == [(LOSS_BUDGET, SITE_REPEAT)] * len(MENU)
    assert all(c.score is not None and c.score < 25 for c in ed.changes)
