"""No silent loss above a compilation's first found header (``split.page_prefix``).

When the first piece's own header is gone (boilerplate took it, or its shape is one the
finders do not know), the piece's text sits in the page's head.  A site that reuses its
pieces (an event listed on several pages, a notice reprinted in several round-ups) prints
their sentences on page after page, so they read as the site's head sentences
(``PageHints.head_notes``); when the lines there print the first found piece's labelled
rows under a sentence, they are that piece's form, kept as a piece of its own and flagged
(``split.prefix_block`` with ``mirrored``).  A head of chrome rows, or one standfirst over
the page's info rows, still goes, on the record.

Every word is invented.
"""

from __future__ import annotations

import json

from cleaner.edits import Editor
from cleaner.stages.split import SplitStage
from cleaner.stages.split_prefix_guard import mirrors_piece
from cleaner.stages.split_titles import PageHints

HEAD = ["青禾镇文化站", "首页 ｜ 活动 ｜ 报名", "2021年6月文体活动汇总"]


def _event(name: str, host: str, place: str, rule: str) -> list[str]:
    return [
        name,
        f"为丰富群众业余文化生活，{host}定于下月在{place}举办{name}，欢迎广大居民踊跃报名参加。",
        "报名条件：年满十六周岁、身体健康的居民均可报名，未成年人须由家长陪同。",
        "报名方式：到镇文化站一楼服务台现场报名，报名不收取任何费用。",
        f"{rule}，未尽事宜以主办方另行发布的通知为准。",
        "咨询电话：0123-4567890",
        f"主办：{host}",
    ]


LOST = _event("荷塘夜跑", "青禾镇文体办", "荷塘步道", "活动当天请提前半小时到场签到")
SECOND = _event("乒乓球友谊赛", "青禾镇总工会", "镇体育馆", "赛前请充分热身，量力而行")
THIRD = _event("广场舞展演", "青禾镇妇联", "中心广场", "请穿着统一服装，按编号顺序入场")
FOURTH = _event("书法作品展", "青禾镇文联", "文化站展厅", "参展作品请装裱完好，按时送达")
#: the site prints these events on several of its pages: their sentences are head notes
NOTES = frozenset(s for s in LOST + SECOND + THIRD + FOURTH if s.endswith("。"))
#: the page's pieces each under its bulleted title, the first piece's bullet line gone
REST = [f"◆{SECOND[0]}", *SECOND[1:], f"◆{THIRD[0]}", *THIRD[1:], f"◆{FOURTH[0]}", *FOURTH[1:]]


def _run(lines: list[str], hints: PageHints | None) -> tuple[list[str], list[str], str, str]:
    ed = Editor("p", "\n".join(lines) + "\n")
    drafts = SplitStage()(ed, hints=hints)
    flags = " ".join(c.ref or "" for c in ed.changes if c.rule == "split.prefix_block")
    dropped = "".join(c.before for c in ed.changes if c.rule == "split.page_prefix")
    return [d.text for d in drafts], [c.rule for c in ed.changes], flags, dropped


def test_a_first_piece_whose_header_was_taken_is_kept_whole() -> None:
    # the first event's bulleted title is gone (boilerplate took it): its text stands
    # right under the page's head, over the first header found
    page = [*HEAD, *LOST[1:], *REST]
    texts, rules, flags, dropped = _run(page, PageHints(head_notes=NOTES))
    assert "split.prefix_block" in rules and json.loads(flags)["mirrored"] is True
    assert len(texts) == 4
    for line in LOST[1:]:  # every line of the lost piece, its rows too
        assert line in texts[0] and line not in dropped
    assert "青禾镇文化站" in dropped and "2021年6月文体活动汇总" in dropped  # the head goes
    assert "乒乓球友谊赛" in texts[1]


def test_a_first_piece_under_a_header_of_unknown_shape_is_kept() -> None:
    page = [*HEAD, "〖夏夜专场〗", *LOST, *REST]
    texts, rules, _, dropped = _run(page, PageHints(head_notes=NOTES))
    assert "split.prefix_block" in rules and len(texts) == 4
    for line in LOST:
        assert line in texts[0] and line not in dropped


def test_the_lost_pieces_rows_under_its_text_are_not_taken_for_chrome() -> None:
    # no head notes: the text was kept already, but the rows under it (phone, host)
    # went as the chrome between the kept block and the first header
    page = [*HEAD, *LOST, *REST]
    texts, _, flags, dropped = _run(page, None)
    assert json.loads(flags)["mirrored"] is True
    for line in LOST[1:]:
        assert line in texts[0] and line not in dropped


def test_a_head_of_chrome_rows_still_goes() -> None:
    first = [f"◆{LOST[0]}", *LOST[1:]]
    page = [*HEAD, "发布时间：2021-06-28　浏览：213", *first, *REST]
    texts, rules, _, dropped = _run(page, PageHints(head_notes=NOTES))
    assert "split.prefix_block" not in rules and len(texts) == 4
    assert "青禾镇文化站" in dropped and "浏览：213" in dropped
    assert LOST[1] in texts[0]


def test_a_site_standfirst_over_info_rows_still_goes() -> None:
    # one sentence the site prints on its head, then the page's rows whose labels the
    # pieces print too: the page's head, no piece
    standfirst = "本栏目每月汇总镇内各项文体活动的报名信息，具体以主办方发布为准。"
    rows = ["报名方式：见各活动说明", "咨询电话：0123-4567000"]
    page = [*HEAD, standfirst, *rows, f"◆{LOST[0]}", *LOST[1:], *REST]
    texts, rules, _, dropped = _run(page, PageHints(head_notes=NOTES | {standfirst}))
    assert "split.prefix_block" not in rules and len(texts) == 4
    assert standfirst in dropped and "咨询电话：0123-4567000" in dropped
    assert all(standfirst not in t for t in texts)


def test_mirrors_piece_needs_the_pieces_rows_under_sentences() -> None:
    piece = REST[: len(SECOND)]
    assert mirrors_piece([*HEAD, *LOST, REST[0]], len(HEAD) + len(LOST), piece)
    # the same sentences with no row of the piece's form under them
    prose = [LOST[1], LOST[4]]
    assert not mirrors_piece([*HEAD, *prose, REST[0]], len(HEAD) + 2, piece)
    # rows of another form
    other = [LOST[1], "地址：镇政府三楼", "邮编：123456", LOST[4]]
    assert not mirrors_piece([*HEAD, *other, REST[0]], len(HEAD) + 4, piece)
