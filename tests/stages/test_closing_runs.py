"""Rows closing each piece of a page in the site's learned form but this page's own words
(recurring_rows._closing_runs), and credit rows closing a piece in any bracket pair
(split_foot._BRACKETED).

Invented sites: a television guide whose programmes each close with their rerun's slot
and channel, a lecture series whose talks close with their replay's slot and platform, a
clinic's outreach days closing with their next visit's slot and hall.  The site learns
each row as a shape (its words fixed, its figures masked) and the site-repeat pass took
the rows as chrome: content lost.  Look-alikes that stay the site's: a share row and an
info row under every piece (one wording site-wide, or a row the split reads), a counter
row, and a bar repeated word for word."""

from __future__ import annotations

import random

from cleaner.edits import Editor
from cleaner.stages.split_foot import foot_row
from tests.stages.stage_runs import site_stage, split

PLACES = ("山村", "渔港", "老街", "茶园", "林场", "古镇", "海岛", "牧场")
TV_PROSE = (
    "本期节目走进{p}，记录当地人把老房子改成民宿的{n}个月。",
    "镜头跟随{n}位返乡青年，看他们如何在{p}找到新的出路。",
)
TALK_PROSE = (
    "主讲人从一份{p}的旧地图讲起，梳理了当地{n}年来的变迁。",
    "讲座最后留出{n}分钟答疑，来自{p}的听众提问踊跃。",
)
CLINIC_PROSE = (
    "义诊团队在{p}为{n}位老人测量血压血糖，并逐一讲解用药注意事项。",
    "当天共接待{p}居民{n}人次，发放健康手册两百余份。",
)


def _prose(rng: random.Random, lines: tuple[str, ...]) -> list[str]:
    """A piece's own sentences: its place and its figures."""
    return [s.format(p=rng.choice(PLACES), n=rng.randint(3, 90)) for s in lines]


def _tv(rng: random.Random, n: int, *, channels: tuple[str, ...], extra: str = "") -> list[str]:
    """A day's guide: each programme's rerun one or two days after the page's day."""
    out = ["青州广播电视台　节目导视", "首页 · 节目导视 · 直播", ""]
    month, today = rng.randint(1, 12), rng.randint(1, 20)
    for k in range(n):
        out.append(f"{19 + k}:{rng.choice(['00', '15', '30', '45'])} ｜ 首播")
        out.append(f"{rng.choice(['山村', '渔港', '老街', '茶园'])}故事第{rng.randint(1, 40)}集")
        out += _prose(rng, TV_PROSE)
        day, hour = today + rng.randint(1, 2), 8 + 3 * k + rng.randint(0, 2)
        slot = f"{month}月{day}日 {hour}:{rng.choice(['00', '15', '30', '45'])}"
        out.append(f"重播：{slot}　{channels[k % len(channels)]}")
        if extra == "share":
            out.append(f"分享到：微信　微博　{month}月{day}日")
        if extra == "info":
            who = rng.choice(["张三", "李四", "王五"])
            out.append(f"发布：2023-{month:02d}-{day:02d}　作者：{who}")
        if extra == "counter":
            out.append(f"阅读 {rng.randint(10, 900)}　{channels[k % len(channels)]}")
        out.append("▶ 看直播　　☆ 预约提醒")
        out.append("")
    out += ["青州广播电视台　版权所有", "地址：青州市滨江路1号"]
    return out


def _talks(rng: random.Random, n: int, *, channels: tuple[str, ...]) -> list[str]:
    out = ["东湖书院　讲座回顾", "首页 ＞ 讲座 ＞ 回顾", ""]
    for k in range(n):
        out.append(f"第{rng.randint(10, 99)}讲 · 周{rng.choice('一三五六')}")
        out.append(f"{rng.choice(PLACES)}里的城市{rng.choice(['水系', '城墙', '码头', '会馆'])}")
        out += _prose(rng, TALK_PROSE)
        slot = f"{rng.randint(1, 12)}/{rng.randint(1, 28)} {rng.randint(18, 21)}:00"
        out.append(f"〔回放〕{channels[k % len(channels)]} · {slot}")
        out.append("◀ 返回列表　　★ 收藏")
        out.append("")
    out += ["东湖书院　版权所有"]
    return out


def _clinic(rng: random.Random, n: int, *, channels: tuple[str, ...]) -> list[str]:
    out = ["仁和医院志愿服务　义诊动态", "当前位置：首页 > 义诊动态", ""]
    for k in range(n):
        out.append(f"{rng.randint(8, 10)}:{rng.choice(['00', '30'])} — 义诊")
        out.append(f"{rng.choice(PLACES)}社区义诊活动")
        out += _prose(rng, CLINIC_PROSE)
        slot = f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日 {rng.randint(8, 10)}:00"
        out.append(f"下次义诊：{channels[k % len(channels)]}（{slot}）")
        out.append("⊙ 打印本页　　⊗ 关闭窗口")
        out.append("")
    out += ["仁和医院　版权所有"]
    return out


TV_CHANNELS = ("新闻频道", "综合频道", "经济生活频道")
TALK_CHANNELS = ("视频号", "书院官网", "东湖电台")
CLINIC_CHANNELS = ("门诊楼一楼大厅", "社区卫生服务站", "村委会礼堂")


def _site(make, seed: int, pages: int = 8, **kw) -> list[list[str]]:  # type: ignore[no-untyped-def]
    rng = random.Random(seed)
    return [make(rng, 3 + k % 2, **kw) for k in range(pages)]


def _boiled(pages: list[list[str]], k: int) -> tuple[str, list[str]]:
    ed = Editor("p", "\n".join(pages[k]) + "\n")
    site_stage(pages)(ed, site="s")
    return ed.text, [c.rule for c in ed.changes]


def _kept_rows(pages: list[list[str]], opener: str) -> tuple[int, int]:
    kept = total = 0
    for k, page in enumerate(pages):
        text, _ = _boiled(pages, k)
        for s in page:
            if s.startswith(opener):
                total += 1
                kept += s in text.split("\n")
    return kept, total


def test_the_reruns_under_each_programme_stay() -> None:
    """Each programme's rerun row (its day, its time, its channel) is the page's own."""
    pages = _site(_tv, 1, channels=TV_CHANNELS)
    kept, total = _kept_rows(pages, "重播：")
    assert total >= 20 and kept == total
    for k in range(len(pages)):
        text, _ = _boiled(pages, k)
        assert "▶ 看直播　　☆ 预约提醒" not in text  # the bar, word for word: the site's
        assert "青州广播电视台　版权所有" not in text


def test_a_page_whose_reruns_share_one_channel_keeps_them() -> None:
    """One page's rows all on one channel differ only in their days and times; the site
    fills the form with other channels on its other pages (its learned shapes'
    wordings), so the slot is the page's own words and the rows are kept."""
    from cleaner.stages.recurring_rows import recurring_rows, row_form
    from cleaner.stages.site_judge import Learned, LearnedLine

    rng = random.Random(7)
    others = [_tv(rng, 3, channels=(c,)) for c in TV_CHANNELS[:2] for _ in range(3)]
    shapes = {}
    for c in TV_CHANNELS[:2]:
        examples = tuple(s for p in others for s in p if s.startswith("重播") and s.endswith(c))
        shapes[c] = LearnedLine(f"重播：⟨N⟩　{c}", "shape", "line", 3, 50.0, examples)
    fills = Learned("s", 6, {}, shapes).word_fills(row_form)
    page = _tv(rng, 3, channels=(TV_CHANNELS[0],))
    rows = [i for i, s in enumerate(page) if s.startswith("重播")]
    bars = [i for i, s in enumerate(page) if s.startswith("▶")]
    hits = {i: shapes[TV_CHANNELS[0]] for i in rows}
    assert len(rows) == 3
    assert recurring_rows(page, hits, bars) == set()  # days and times alone: no release
    assert recurring_rows(page, hits, bars, fills) == set(rows)
    # a site that prints the form in one wording only gives no slot of words
    one = Learned("s", 6, {}, {TV_CHANNELS[0]: shapes[TV_CHANNELS[0]]}).word_fills(row_form)
    assert recurring_rows(page, hits, bars, one) == set()


def test_other_sites_and_wordings_keep_their_closing_rows() -> None:
    """A lecture series' replay row and a clinic's next-visit row: other marks, other
    places of the slot's words, the same reader."""
    for make, opener, channels in (
        (_talks, "〔回放〕", TALK_CHANNELS),
        (_clinic, "下次义诊", CLINIC_CHANNELS),
    ):
        pages = _site(make, 3, channels=channels)
        kept, total = _kept_rows(pages, opener)
        assert total >= 20 and kept == total, (make.__name__, kept, total)


def test_a_share_row_of_one_wording_still_goes() -> None:
    """A share row under every piece, varying only in its day and printed in one wording
    site-wide, is the site's: deleted while the reruns stay."""
    pages = _site(_tv, 4, channels=TV_CHANNELS, extra="share")
    gone = 0
    for k, page in enumerate(pages):
        text, _ = _boiled(pages, k)
        for s in page:
            if s.startswith("分享到"):
                gone += s not in text.split("\n")
    assert gone >= 20


def test_an_info_row_the_split_reads_and_a_counter_row_are_not_released() -> None:
    """Rows whose words change from piece to piece yet which the split reads (the
    posting row: a day and an author) or which count readers stay the site's to judge:
    this reader releases none of them."""
    from cleaner.stages.recurring_rows import _closing_runs
    from cleaner.stages.site_judge import LearnedLine

    shape = LearnedLine("⟨N⟩", "shape", "line", 6, 75.0, ())
    for opener in ("发布：", "阅读 "):
        rng = random.Random(5)
        page = _tv(rng, 3, channels=TV_CHANNELS, extra="info" if opener == "发布：" else "counter")
        rows = [i for i, s in enumerate(page) if s.startswith(opener)]
        hits = {i: shape for i in rows}
        assert len(rows) == 3
        assert _closing_runs(page, hits, set(rows)) == set(), opener


def test_rows_glued_to_one_another_are_no_closing_run() -> None:
    """A list's rows one under another (no text of their own between) are no pieces'."""
    from cleaner.stages.recurring_rows import _closing_runs
    from cleaner.stages.site_judge import LearnedLine

    shape = LearnedLine("⟨N⟩", "shape", "line", 6, 75.0, ())
    page = ["节目单", *_prose(random.Random(1), TV_PROSE), "重播：3月1日 9:00　新闻频道"]
    page.append("重播：3月2日 9:00　综合频道")
    assert _closing_runs(page, {3: shape, 4: shape}, {3, 4}) == set()


FIELDS = {"来源": "origin"}.get


def test_a_credit_row_in_any_bracket_pair_closes_the_piece() -> None:
    """'【责任编辑：某某】', '［编辑：某甲］', '〖执笔　某某〗', '[编辑：某甲　审核：某乙]'
    closing a piece: its credit row, read as metadata (persons: no field; a writer: the
    author)."""
    assert foot_row("【责任编辑：宁小川】", FIELDS, closing=True) == {}
    assert foot_row("［编辑：某甲］", FIELDS, closing=True) == {}
    assert foot_row("[编辑：某甲　审核：某乙]", FIELDS, closing=True) == {}
    assert foot_row("〖执笔　某某某〗", FIELDS, closing=True) == {"author": "某某某"}
    assert foot_row("【来源：某某日报】", FIELDS, closing=True) == {"origin": "某某日报"}


def test_framed_look_alikes_stay_text() -> None:
    """A framed heading, an editor's note's label, a framed sentence and a framed row
    read anywhere but as a piece's closing row are no credit row."""
    for s in ("【编者按】", "【完】", "【提示：报名请于3月5日前提交材料。】", "【通知公告】"):
        assert foot_row(s, FIELDS, closing=True) is None, s
    assert foot_row("【责任编辑：宁小川】", FIELDS) is None  # not closing: the frame is unread


def _briefing(credit: str) -> list[str]:
    return [
        "城区新建三处口袋公园",
        "今年以来，城区利用边角地新建口袋公园三处，新增绿地一万余平方米。",
        "公园配建了健身步道和儿童游乐设施，周边居民出门五分钟即可休闲。",
        credit,
    ]


def test_a_framed_editor_row_leaves_the_article_text() -> None:
    """Through the split stage: the framed credit row closing the article is out of its
    text (on the ledger as metadata), the prose above it kept."""
    for credit in ("【责任编辑：宁小川】", "［编辑：陈若溪］"):
        (article,) = split(_briefing(credit))
        assert credit not in article.text, credit
        assert "公园配建了健身步道和儿童游乐设施，周边居民出门五分钟即可休闲。" in article.text


def test_a_framed_line_that_is_no_credit_stays_in_the_text() -> None:
    for tail in ("【编者按】", "【提示：报名请于3月5日前提交材料。】"):
        (article,) = split(_briefing(tail))
        assert tail in article.text, tail
