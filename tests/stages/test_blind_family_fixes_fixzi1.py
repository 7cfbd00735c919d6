"""Fixes for set zi's rental listings and TV previews (fixzi1).

* Titles.  A listing site closes its ``<title>`` with its name in lenticular brackets
  (``标题【某网】``) over the ``<h1>`` that holds the title alone: the ``<h1>`` is the
  headline (:func:`html_head.headline_of`), not the dressed ``<title>``.  A TV guide's
  compiled previews each open with a banner of a tag and a serial between mirrored
  ornaments (``◤ 本周推荐 · 2 ◢``): the banner is the piece's header, its title the bare
  line under it and its air row (:func:`split_tags.banner_titles`), the air row between
  them the piece's metadata even with a credit row under the title, and the same short
  labelled row closing every piece (``回放：…``) its metadata too.
* The listing card (:mod:`split_cards`): a rent row (``2800 元/月（押一付一）``) is a
  price row; the strip of short facts under it (``整租 · 2室1厅 · 70㎡ · 朝南``) belongs
  to the card (the headline's copy between them stays the title); the agent's row closing
  the listing (``经纪人：X　｜　某行　｜　近30天带看 N 次``) names its author.

Look-alikes that stay: a bracketed tag that is not the site's name after the title, a
banner whose ornaments do not mirror, a numbered list under ornaments with prose under
each, a price in a sentence, a strip of words with no figures, a labelled line that is a
sentence at the end of a listing.  Every word is invented.
"""

from __future__ import annotations

from cleaner.ingest.html import extract
from cleaner.ingest.html_head import headline_of
from cleaner.stages.split_cards import fact_strip, price_row
from cleaner.stages.split_tags import banner_closers, framed_serial
from tests.stages.family_figures import family_figures
from tests.stages.stage_runs import split

PROSE = "小区里有一片银杏林，秋天落叶铺满小路，楼下就是早市，买菜很方便，邻居们也都很和气。"
PROSE2 = "屋里的木地板是前年新铺的，窗户换成了双层玻璃，冬天不冷夏天不热，住起来很舒服。"


# ---- titles -------------------------------------------------------------------------


def test_the_h1_is_the_headline_when_the_title_closes_it_with_a_bracketed_name() -> None:
    assert headline_of("青柳巷 两室朝南【竹苑找房】", "青柳巷 两室朝南") == "青柳巷 两室朝南"
    assert headline_of("青柳巷 两室朝南 [竹苑找房]", "青柳巷 两室朝南") == "青柳巷 两室朝南"
    # look-alikes: the bracket is followed by more words, or the h1 is not the title's head
    assert headline_of("青柳巷【视频】看房实录", "青柳巷") == "青柳巷【视频】看房实录"
    assert headline_of("青柳巷 两室朝南【竹苑找房】", "竹苑找房") == "青柳巷 两室朝南【竹苑找房】"


def test_a_listing_page_puts_no_dressed_title_line_in_front() -> None:
    page = (
        "<html><head><title>青柳巷 两室朝南 近公园【竹苑找房】</title></head><body>"
        "<div class='logo'>竹苑找房 · 安心租住</div>"
        "<div>2800 元/月（押一付一）</div><h1>青柳巷 两室朝南 近公园</h1>"
        f"<p>{PROSE}</p><p>{PROSE2}</p></body></html>"
    )
    text = extract(page).text
    assert "【竹苑找房】" not in text
    assert "青柳巷 两室朝南 近公园" in text
    assert PROSE in text and PROSE2 in text


def test_mirrored_ornaments_frame_a_banner_but_mixed_ones_do_not() -> None:
    assert framed_serial("◤ 本周推荐 · 2 ◢")
    assert framed_serial("▶▶ 本周推荐 · 12 ◀◀")
    assert framed_serial("★★ 本周推荐 · 2 ★★")  # one ornament twice, as before
    assert not framed_serial("◤ 本周推荐 · 2 ◀")  # not a mirror
    assert not framed_serial("★ 本周推荐 · 2 ★")  # one plain ornament once: too little
    assert not framed_serial("◤ 本周推荐 ◢")  # no serial


def _guide() -> list[str]:
    page = ["第9周精彩预告_节目单_柳川电视台", "柳川电视网　首页 | 直播 | 节目单", ""]
    shows = [
        ("渡船上的一家人", "2022年5月9日（周一）19:30", "郦秋白", "周二 10:00"),
        ("老茶馆里说评书", "2022年5月11日（周三）20:05", "闻若水", "周四 14:30"),
        ("山里孩子的音乐课", "2022年5月14日（周六）18:40", "郦秋白", "周日 09:15"),
    ]
    for n, (title, when, who, again) in enumerate(shows, start=1):
        page += [
            f"◤ 本周推荐 · {n} ◢",
            f"首播：{when}　｜　综艺频道　｜　栏目：《城事》",
            title,
            f"编导：{who}　主持：宁小满　嘉宾：一位老船工",
            PROSE,
            PROSE2,
            f"回放：{again}",
            "",
        ]
    return [*page, "以上安排如有变动，以实际播出为准。"]


def test_banner_compilation_titles_each_piece_by_the_line_under_its_rows() -> None:
    drafts = split(_guide())
    assert [d.title for d in drafts] == ["渡船上的一家人", "老茶馆里说评书", "山里孩子的音乐课"]
    assert [d.meta.get("published") for d in drafts] == ["2022-05-09", "2022-05-11", "2022-05-14"]
    assert [d.meta.get("author") for d in drafts] == ["郦秋白", "闻若水", "郦秋白"]
    for d in drafts:
        assert "◤" not in d.text and "首播：" not in d.text and "编导：" not in d.text
        assert PROSE in d.text and PROSE2 in d.text  # the synopsis stays whole
    assert "回放：" not in drafts[0].text and "回放：" not in drafts[1].text


def test_closing_rows_need_one_label_and_no_sentence() -> None:
    lines = ["◤ 甲 · 1 ◢", "甲题", PROSE, "回放：周二 10:00", "◤ 甲 · 2 ◢", "乙题", PROSE]
    assert banner_closers([*lines, "回放：周四 14:30"], [0, 4], [1, 5]) == [3, 7]
    # look-alikes: a labelled sentence, or rows of two labels, stay text
    said = ["◤ 甲 · 1 ◢", "甲题", PROSE, "提示：节目有改动，请留意。", "◤ 甲 · 2 ◢", "乙题"]
    assert banner_closers([*said, PROSE, "提示：请留意。"], [0, 4], [1, 5]) == []
    mixed = ["◤ 甲 · 1 ◢", "甲题", PROSE, "回放：周二 10:00", "◤ 甲 · 2 ◢", "乙题", PROSE]
    assert banner_closers([*mixed, "时长：45分钟"], [0, 4], [1, 5]) == []


def test_a_list_under_ornaments_with_prose_keeps_its_lines() -> None:
    # ornaments that do not mirror: no banner, the items' prose stays text
    page = ["本周推荐", ""]
    for n in (1, 2):
        page += [f"◤ 本周推荐 · {n} ◀", f"第{n}天的行程", PROSE, ""]
    text = "\n".join(d.text for d in split(page))
    assert text.count(PROSE) == 2
    assert "第1天的行程" in text and "第2天的行程" in text


# ---- the listing card ------------------------------------------------------------------


def test_a_rent_row_is_a_price_row_and_a_strip_of_figures_a_fact_strip() -> None:
    assert price_row("2800 元/月（押一付一）")
    assert price_row("45万元")
    assert not price_row("去年房租涨了300元，今年又涨了。")  # a sentence
    assert fact_strip("整租 · 2室1厅1卫 · 70㎡ · 朝南 · 高楼层/共12层")
    assert not fact_strip("整租 · 青柳巷 两室朝南 近公园")  # the title's words
    assert not fact_strip("一楼 · 二楼 · 三楼")  # no figures


def _listing(rent_first: bool, agent: str) -> list[str]:
    title = "青柳巷 两室朝南 近公园"
    rent = "2800 元/月（押一付一）"
    top = [rent, title] if rent_first else [rent]
    return [
        title,
        *top,
        "整租 · 2室1厅1卫 · 70㎡ · 朝南 · 高楼层/共12层",
        "房源编号：ZY20220301　更新于 2022-03-01　已有 56 人看过",
        PROSE,
        PROSE2,
        agent,
    ]


def test_a_listing_card_is_read_above_and_under_the_title() -> None:
    for rent_first in (True, False):
        (d,) = split(_listing(rent_first, "经纪人：柯一帆　｜　竹苑置业　｜　近30天带看 12 次"))
        assert d.title == "青柳巷 两室朝南 近公园"
        assert d.meta.get("published") == "2022-03-01"
        assert d.meta.get("author") == "柯一帆"
        assert d.meta.get("doc_number") == "ZY20220301"  # the number's cell alone
        assert "元/月" not in d.text and "㎡" not in d.text and "经纪人" not in d.text
        assert PROSE in d.text and PROSE2 in d.text


def test_a_labelled_sentence_closing_a_listing_stays_text() -> None:
    said = "经纪人：柯一帆说这套房子采光很好，欢迎周末来看。"
    (d,) = split(_listing(False, said))
    assert said in d.text
    assert d.meta.get("author") is None


def test_a_price_in_a_sentence_over_a_story_stays_text() -> None:
    page = ["菜价小记", "2022年的菜价涨了300元，很多人都在讨论。", PROSE, PROSE2]
    (d,) = split(page)
    assert "2022年的菜价涨了300元，很多人都在讨论。" in d.text


# ---- floors ------------------------------------------------------------------------------


def test_zi_zufang_and_yugao_stay_at_their_floors() -> None:
    f = family_figures("sealed_zi_zufang")
    assert f["titles"] >= 0.95 and f["counts"] >= 0.95 and f["metadata"] >= 0.9, f
    assert f["content_recall"] >= 0.99 and f["content_f1"] >= 0.98, f
    # the site's '房源描述'-like heading over the text is still kept (see the report)
    assert f["residue"] <= 0.08, f
    f = family_figures("sealed_zi_yugao")
    assert f["titles"] >= 0.95 and f["counts"] >= 0.95 and f["metadata"] >= 0.9, f
    assert f["content_recall"] >= 0.99 and f["content_f1"] >= 0.97, f
