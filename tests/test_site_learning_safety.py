"""Issue 11, "trust on real pages": learned rules must not remove content.

Our own text, modelled on the two real failures: six versions of one notice in one batch
(site learning took the shared body for chrome), and RSS-like pages ending in
``</channel>`` (a learned tail rule removed 94 % of a page).  Real chrome (a navigation
bar, a copyright footer) repeated on distinct pages is still learned and removed, and
what the loss budget stops is flagged, never silent.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from typer.testing import CliRunner

from cleaner.cli import app
from cleaner.edits import Editor
from cleaner.model import RawInput
from cleaner.provenance import rebuild, replay
from cleaner.rules import _load_pack
from cleaner.stages.boilerplate import (
    LOSS_BUDGET,
    SITE_REPEAT,
    BoilerplateConfig,
    BoilerplateStage,
)
from cleaner.stages.profile_counter import build_profiles
from cleaner.stages.site_profile import NearDups

CFG = BoilerplateConfig(line_model=False)  # site learning alone (the model: test_line_model.py)
SITE = "notice.example"

NOTICE = [
    "青禾县教育局关于做好秋季学期开学准备工作的通知",
    "各乡镇中心学校，县直各学校：",
    "为确保秋季学期顺利开学，现将有关事项通知如下。各校要在开学前完成校舍安全排查。",
    "各校要认真做好教材征订和发放工作，确保课前到书、人手一册，不得延误教学安排。",
    "各校要加强食堂卫生管理，严格执行食品留样和索证索票制度，保障师生饮食安全。",
    "请各校于八月二十五日前将准备情况报县教育局基础教育股，逾期将予以通报。",
    "青禾县教育局",
    "2023年8月10日",
]
# one word changed in each version, as in the real batch
EDITS = [("校舍", "校园"), ("教材", "课本"), ("食堂", "餐厅"), ("通报", "通告"), ("安全", "平安")]


def versions() -> list[str]:
    base = "\n".join(NOTICE) + "\n"
    return [base] + [base.replace(a, b, 1) for a, b in EDITS]


def raws(texts: list[str], site: str = SITE) -> list[RawInput]:
    return [RawInput(f"batch.jsonl:{i + 1}", b"", text=t, site=site) for i, t in enumerate(texts)]


def run(stage: BoilerplateStage, text: str, site: str = SITE) -> Editor:
    ed = Editor("p", text)
    stage(ed, site=site)
    assert replay(text, ed.changes) == ed.text
    assert rebuild(ed.text, ed.changes) == text
    return ed


def test_six_versions_of_one_notice_are_one_page() -> None:
    texts = versions()
    profiles = build_profiles(raws(texts))
    prof = profiles.get(SITE)
    assert prof is not None
    assert (prof.pages, prof.copies) == (1, 5)
    assert profiles.learned(SITE, CFG) is None  # one distinct page: below site_min_pages
    stage = BoilerplateStage([], profiles=profiles, config=CFG)
    for text in texts:
        assert run(stage, text).text == text  # every version keeps its body


def test_near_duplicates_among_distinct_pages_do_not_make_the_body_chrome() -> None:
    """Six versions plus ten other notices of the site: the chrome is learned from the
    eleven distinct pages, the notice's body (on 6 of 16 pages) is not."""
    nav = "网站首页 | 通知公告 | 政策文件 | 办事指南"
    foot = "版权所有：青禾县教育局 联系电话：0000-1234567"
    others = [
        f"青禾县教育局关于第{i}项专项工作的通知\n各学校：\n"
        f"第{i}项专项工作的具体安排如下，请各校结合实际认真落实，按期完成各项任务。\n"
        f"联系人：第{i}科室\n"
        for i in range(10)
    ]
    texts = [f"{nav}\n{t}{foot}\n" for t in versions() + others]
    profiles = build_profiles(raws(texts))
    prof = profiles.get(SITE)
    assert prof is not None and (prof.pages, prof.copies) == (11, 5)
    learned = profiles.learned(SITE, CFG)
    assert learned is not None
    assert set(learned.lines) == {nav, foot}
    ed = run(BoilerplateStage([], profiles=profiles, config=CFG), texts[3])
    assert nav not in ed.text and foot not in ed.text
    assert all(line in ed.text for line in NOTICE[1:] if "食堂" not in line)


def test_repeated_body_sentences_are_not_chrome() -> None:
    """A sentence in the middle of every page repeats but reads like content; a
    disclaimer sentence speaking about the site is chrome."""
    rule = "各单位要高度重视，认真组织实施，确保各项工作落到实处，按时报送工作总结。"
    disclaimer = "本站文章仅供学习参考，转载请注明出处，如有侵权请联系删除。"
    texts = [
        f"第{i}号工作通知\n各单位：\n第{i}项工作自本月起开展，请各单位按照分工推进实施。\n"
        f"{rule}\n第{i}项工作的完成情况将纳入年度考核，由办公室负责跟踪督办。\n{disclaimer}\n"
        for i in range(8)
    ]
    learned = build_profiles(raws(texts)).learned(SITE, CFG)
    assert learned is not None
    assert rule not in learned.lines
    assert disclaimer in learned.lines
    assert any(s.startswith("cue:") for s in learned.lines[disclaimer].signals)


def rss_page(i: int) -> str:
    items = "".join(
        f"<item>\n<title>第{i}期第{k}条资讯标题</title>\n<link>https://feed.example/{i}/{k}</link>\n"
        f"<description>第{i}期第{k}条资讯的摘要内容，介绍了本条资讯的主要情况。</description>\n</item>\n"
        for k in range(3)
    )
    head = f'<?xml version="1.0"?>\n<rss>\n<channel>\n<title>资讯频道第{i}期</title>\n'
    return f"{head}{items}</channel>\n</rss>\n"


def long_page_after_channel() -> str:
    """A page with a feed snippet on top: everything after its ``</channel>`` is content."""
    body = "".join(
        f"第{k}段正文：本段讲述了项目建设的第{k}个阶段，包括立项、设计、施工和验收等环节的具体做法。\n"
        for k in range(40)
    )
    return f"<channel>\n</channel>\n{body}"


def test_closing_tag_is_never_a_learned_tail() -> None:
    profiles = build_profiles(raws([rss_page(i) for i in range(8)], site="feed.example"))
    learned = profiles.learned("feed.example", CFG)
    assert learned is not None
    assert all(e.scope != "tail" for e in learned.lines.values())
    assert all(e.scope != "tail" for e in learned.shapes.values())
    text = long_page_after_channel()
    ed = run(BoilerplateStage([], profiles=profiles, config=CFG), text, "feed.example")
    assert len(ed.text) > 0.9 * len(text)


def test_tail_rule_over_the_budget_is_flagged_not_applied(tmp_path: Path) -> None:
    """A pack with the tail rule the real batch learned: on a page where it would remove
    over 90 % it is not applied, and the flag says what it would have removed."""
    pack = tmp_path / "feed.toml"
    pack.write_text(
        '[pack]\nname = "feed"\ncomment = "old mined pack"\n\n'
        '[[rule]]\nname = "line_001"\ncomment = "closing tag, learned as a tail"\n'
        "pattern = '^</channel>$'\nscope = \"tail\"\n",
        encoding="utf-8",
    )
    stage = BoilerplateStage([_load_pack(pack)], config=CFG)
    text = long_page_after_channel()
    ed = run(stage, text)
    assert ed.text == text
    [flag] = ed.changes
    assert (flag.rule, flag.action) == (LOSS_BUDGET, "flag")
    assert flag.ref == "boilerplate.rule.feed.line_001"
    assert flag.score is not None and flag.score > 90
    assert (flag.start, flag.end) == (len("<channel>\n"), len(text))
    assert (flag.before, flag.after) == ("", "")
    # `rules test` shows what the budget held back
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "long.txt").write_text(text, encoding="utf-8")
    res = CliRunner().invoke(app, ["rules", "test", str(pack), str(tmp_path / "pages")])
    assert res.exit_code == 0, res.output
    assert "line_001: not applied, would remove 9" in res.output
    # where it is a small share (an RSS page's last lines) the same rule still applies
    small = rss_page(1)
    ed = run(stage, small)
    assert ed.text == small[: small.index("</channel>")]
    assert [c.action for c in ed.changes] == ["delete"]


def chrome_page(i: int, body_lines: int = 6) -> str:
    body = "".join(
        f"第{i}篇文章第{k}段：本段介绍了第{i}项工作在第{k}个方面的进展情况和下一步的打算。\n"
        for k in range(body_lines)
    )
    return (
        f"第{i}篇文章标题\n网站首页 > 新闻中心 > 工作动态\n{body}"
        "相关阅读\n如何写好工作总结\n年度计划范文精选\n"
        "Copyright © 2015-2023 晨曦资讯网 版权所有\n"
    )


def test_real_chrome_is_still_learned_and_removed() -> None:
    profiles = build_profiles(raws([chrome_page(i) for i in range(10)], site="chrome.example"))
    learned = profiles.learned("chrome.example", CFG)
    assert learned is not None
    assert learned.lines["网站首页 > 新闻中心 > 工作动态"].scope == "line"
    assert learned.lines["相关阅读"].scope == "tail"
    assert "Copyright © 2015-2023 晨曦资讯网 版权所有" in learned.lines
    assert all(
        e.expected_share is not None and 0 < e.expected_share < 50 for e in learned.lines.values()
    )
    text = chrome_page(11)
    ed = run(BoilerplateStage([], profiles=profiles, config=CFG), text, "chrome.example")
    assert ed.text == "第11篇文章标题\n" + "".join(text.split("\n", 2)[2].partition("相关阅读")[0])
    assert {c.rule for c in ed.changes} == {SITE_REPEAT}


def test_learned_claims_over_the_budget_are_flagged() -> None:
    profiles = build_profiles(raws([chrome_page(i) for i in range(10)], site="chrome.example"))
    stage = BoilerplateStage([], profiles=profiles, config=CFG)
    # a page that is little but chrome: the learned lines would remove over half of it
    nav, foot = "网站首页 > 新闻中心 > 工作动态", "Copyright © 2015-2023 晨曦资讯网 版权所有"
    text = f"短讯\n{nav}\n今日无事。\n{foot}\n"
    ed = run(stage, text, "chrome.example")
    assert ed.text == text
    flags = [(c.rule, c.action, c.ref) for c in ed.changes]
    assert flags == [(LOSS_BUDGET, "flag", SITE_REPEAT)] * 2
    assert [text[c.start : c.end] for c in ed.changes] == [f"{nav}\n", f"{foot}\n"]
    assert sum(c.score or 0 for c in ed.changes) > CFG.max_loss_share
    # the budget is an option: at 100 nothing is held back
    loose = BoilerplateStage(
        [], profiles=profiles, config=BoilerplateConfig(max_loss_share=100, line_model=False)
    )
    assert run(loose, text, "chrome.example").text == "短讯\n今日无事。\n"


def test_learned_tail_far_above_its_expected_share_is_flagged() -> None:
    """'相关阅读' took under 10 % of the long pages it was learned on; on a page where it
    would take 40 % (under the page budget) it is acting out of character: held back."""
    pages = [chrome_page(i, body_lines=20) for i in range(10)]
    profiles = build_profiles(raws(pages, site="chrome.example"))
    learned = profiles.learned("chrome.example", CFG)
    assert learned is not None
    tail = learned.lines["相关阅读"]
    assert tail.scope == "tail" and tail.expected_share is not None
    assert tail.expected_share < 10
    body = "".join(
        f"第{k}段：这是一段较长的正文，讲述了本项工作在这一方面的进展情况。\n" for k in range(4)
    )
    after = "".join(f"第{k}条结论：本项工作取得了实效。\n" for k in range(5))
    text = f"标题\n{body}相关阅读\n{after}"
    ed = run(BoilerplateStage([], profiles=profiles, config=CFG), text, "chrome.example")
    assert ed.text == text
    [flag] = ed.changes
    assert (flag.rule, flag.ref) == (LOSS_BUDGET, SITE_REPEAT)
    assert flag.score is not None
    assert tail.expected_share + 25 < flag.score < CFG.max_loss_share
    assert text[flag.start : flag.end] == f"相关阅读\n{after}"


def test_rules_mine_writes_expected_shares(tmp_path: Path) -> None:
    src = tmp_path / "site"
    src.mkdir()
    for i in range(10):
        (src / f"{i}.txt").write_text(chrome_page(i), encoding="utf-8")
    pack = tmp_path / "rules" / "chrome_site.toml"
    res = CliRunner().invoke(app, ["rules", "mine", str(src), "-o", str(pack)])
    assert res.exit_code == 0, res.output
    rules = tomllib.loads(pack.read_text("utf-8"))["rule"]
    assert rules and all(0 < r["expected_share"] < 50 and r["signals"] for r in rules)
    tail = next(r for r in rules if r["scope"] == "tail")
    assert _load_pack(pack).rules[rules.index(tail)].expected_share == tail["expected_share"]


def test_near_dups_tells_copies_from_pages_sharing_chrome() -> None:
    d = NearDups()
    chrome = "网站首页 | 通知公告 | 政策文件\n版权所有 本站保留一切权利\n"
    assert not d.seen(chrome + versions()[0])
    assert d.seen(chrome + versions()[3])
    assert not d.seen(chrome + "另一份通知：请各单位做好防汛准备工作，加强值班值守。\n")
