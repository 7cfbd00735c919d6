"""Chrome left in the output and content lost (issue 12, f1res), by class, each as a small
case in wordings of its own, with look-alikes that stay:

* an in-page jump link between a page's pieces (``⇧ 回到目次`` under each piece): an arrow
  at one end of a few words, the same line two times or more with prose above each
  (:func:`cleaner.stages.shape_lines.jump_links`); a flow chart's arrows, a table's
  repeated cell, a line there once stay;
* a counter row whose figures and status word change from page to page (``在场 1,204 人　｜
  拥挤度：适中``) is one site shape: figures with thousands separators are one figure, a
  short status word closing a counter's cell is a slot (:func:`cleaner.stages.site_counts.
  shape_of`); a datum's word (``结果：错``) stays the row's own;
* short items under a list's own label that the site repeats on other pages (the same
  school, the same hospital) stay the text's (:mod:`cleaner.stages.heading_lists`); a
  related list's items and a learned disclaimer still go;
* a folio naming its page in words (``某馆　打印日期：2020/7/9　第 2 页``) that cuts a
  sentence goes, and the sentence is joined (:mod:`cleaner.stages.folio_cuts`); between
  whole paragraphs it stays;
* the page's sign-off under the last of records of one skeleton (a closing formula, the
  issuer, the date) is the page's close, not the last record's text
  (:func:`cleaner.stages.split_page_close._skeleton_close`); the last record's own extra
  lines without a date, and verse, stay.

Every word is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.stages.folio_cuts import cut_folios
from cleaner.stages.heading_lists import heading_item
from cleaner.stages.shape_lines import jump_links
from cleaner.stages.site_counts import shape_of
from tests.stages.river_prose import P1, P2, P3
from tests.stages.stage_runs import boil, site_stage, site_titles, split

# ---- in-page jump links


@pytest.mark.parametrize("link", ["⇧ 回到目次", "↑ Top", "返回本辑 ↑", "⬆ 回本页目录"])
def test_a_jump_link_under_every_piece_goes(link: str) -> None:
    page = ["某馆藏品选", "青瓷小碗", P1, link, "木雕笔架", P2, link, "铜镜一面", P3, link]
    out = boil(page)
    assert link not in out
    for keep in ("青瓷小碗", "木雕笔架", "铜镜一面", P1, P2, P3):
        assert keep in out


def test_jump_look_alikes_stay() -> None:
    once = ["某馆藏品选", "青瓷小碗", P1, "⇧ 回到目次", "木雕笔架", P2]
    assert jump_links(once) == []  # there once: no repetition to prove it
    table = ["品种", "早稻", "↑ 上涨", "晚稻", "↑ 上涨", P1]  # a table's cell: no prose between
    assert jump_links(table) == []
    flow = [P1, "申请 → 审核", P2, "申请 → 审核", P3]  # an arrow inside a chain: a process
    assert jump_links(flow) == []
    arrows = [P1, "↓", P2, "↓", P3]  # arrows alone: a flow chart's
    assert jump_links(arrows) == []
    figures = [P1, "↑ 12%", P2, "↑ 12%", P3]  # a figure: a quote's change, no link
    assert jump_links(figures) == []


# ---- a counter row with changing figures and status words


def test_counter_rows_with_status_words_share_one_shape() -> None:
    rows = [
        "在场 1,204 人　｜　上限 9,000 人　｜　拥挤度：适中",
        "在场 868 人　｜　上限 9,000 人　｜　拥挤度：宽松",
        "在场 12,530 人　｜　上限 9,000 人　｜　拥挤度：很拥挤",
    ]
    assert len({shape_of(r, "") for r in rows}) == 1
    queue = ["排队 12 人　等候 3 人　状态：空闲", "排队 40 人　等候 9 人　状态：繁忙"]
    assert len({shape_of(r, "") for r in queue}) == 1


def test_a_datum_word_and_a_non_counter_row_keep_their_words() -> None:
    assert shape_of("作答 8 人　答对 5 人　结果：错", "").endswith("结果：错")
    assert shape_of("作答 8 人　答对 5 人　判断：对", "").endswith("判断：对")
    # figures that are no counts (a price, a date): no counter row, the word stays
    assert shape_of("单价 12 元　库存：充足", "").endswith("库存：充足")
    assert shape_of("发布：2021-03-05　状态：有效", "").endswith("状态：有效")


def _park(n: int, level: str, title: str, body: str) -> list[str]:
    return [
        "某某湖公园",
        f"在场 {n:,} 人　｜　上限 9,000 人　｜　拥挤度：{level}",
        title,
        body,
        "公园地址：某某路1号",
    ]


def test_a_live_counter_bar_over_the_title_goes_on_every_page() -> None:
    levels = ["适中", "宽松", "很拥挤", "适中", "宽松"]
    bodies = [P1, P2, P3, P1 + P2, P2 + P3]
    pages = [
        _park(800 + 997 * k, lv, f"第{k + 1}号游园公告", b)
        for k, (lv, b) in enumerate(zip(levels, bodies, strict=True))
    ]
    stage = site_stage(pages)
    for page in pages:
        out = boil(page, stage, site="s")
        assert "拥挤度" not in out
        assert page[2] in out and page[3] in out


# ---- items of a list under its own label


def _profile(name: str, items: list[str]) -> list[str]:
    return [
        "某某医院医师介绍",
        name,
        "经历：",
        *items,
        "门诊寄语：",
        f"{name}医师说：看病要有耐心，也要和病人一起商量，这一句话写得完整而且够长。",
        "本院地址：某某路1号　总机：1234567",
    ]


def test_items_the_site_repeats_under_a_list_label_stay() -> None:
    shared = ["北区区域医院住院医师", "某某大学附属医院进修"]
    pages = [
        _profile("甲大夫", ["东港医院主治医师", *shared]),
        _profile("乙大夫", [*shared, "西岭医院主治医师"]),
        _profile("丙大夫", shared),
        _profile("丁大夫", ["南湾医院主治医师", shared[0]]),
        _profile("戊大夫", [shared[1], "北山医院主治医师"]),
    ]
    stage = site_stage(pages)
    for page in pages:
        out = boil(page, stage, site="s")
        for item in page[3:-3]:
            assert item in out, (item, out)
        assert "本院地址" not in out


def test_heading_item_look_alikes() -> None:
    page = ["某站", "相关阅读：", "某某医院新闻一则", "某某医院新闻二则", P1]
    cued = lambda s: s.startswith("相关")  # noqa: E731 - the keep table's related cue
    assert not heading_item(page, 2, {2: 1}, set(), (), cued)  # a related list's item
    note = ["某站", "经历：", "本页资料仅供参考，以院方公告为准", P1]
    assert not heading_item(note, 2, {2: 1}, set(), (), lambda s: False)  # a mark: a note
    # a site's name under the page's heading, its tagline glued below: no list block
    tag = ["某站", "标题", "某站 · 站名", "站的口号，写得很长", P1]
    assert not heading_item(tag, 2, {2: 1}, set(), ("标题",), lambda s: False)
    assert heading_item([*tag[:3], "", P1], 2, {2: 1}, set(), ("标题",), lambda s: False)
    assert not heading_item(
        ["某站", "经历：", "甲医院医师", P1], 2, {2: 1}, {1}, (), lambda s: False
    )


# ---- a worded folio cutting a sentence


@pytest.mark.parametrize(
    "folio",
    [
        "某市图书馆　书目选介　打印日期：2021/3/5　第 2 页",
        "某局年报　第3页 共8页",
        "Annual Review Page 4 of 9",
        "～ 某区体彩·周报汇编 P3 ～",
        "— 某协会会刊 p. 5/12 —",
    ],
)
def test_a_worded_folio_cutting_a_sentence_goes_and_the_sentence_joins(
    folio: str, tmp_path: Path
) -> None:
    page = [
        "某书目",
        "",
        P1,
        "",
        "简介：作者走访各地，整理成浅显易读的",
        "",
        folio,
        "",
        "文字，适合细细品味。",
    ]
    assert cut_folios(page) == [6]
    ((_, out),) = site_titles(tmp_path, [page])
    assert folio not in out
    assert "浅显易读的文字，适合细细品味。" in out


def test_a_worded_folio_between_whole_paragraphs_stays() -> None:
    whole = [
        "某书目",
        "",
        "简介：作者走访各地，整理成文字。",
        "",
        "某馆　第 2 页",
        "",
        "另一段完整的话。",
    ]
    assert cut_folios(whole) == []
    listed = [
        "某书目",
        "",
        "简介：作者走访各地，整理成浅显易读的",
        "",
        "详见手册，第 2 页。",
        "",
        "文字。",
    ]
    assert cut_folios(listed) == []  # a sentence naming a page is no folio
    for line in ("某型号 XP2", "～ 未完待续 ～", "型号 P2P"):  # a model, a framed note
        cut = ["某书目", "", "简介：作者走访各地，整理成浅显易读的", "", line, "", "文字。"]
        assert cut_folios(cut) == [], line


# ---- the page's sign-off under the last record of one skeleton


def _records(sign: list[str]) -> list[str]:
    out = ["某某局关于某事的公示", "现将情况公示如下。", ""]
    for k, name in enumerate(["《甲案》", "《乙案》", "《丙案》"]):
        out += [name, f"编号：某字〔2021〕第{k + 1}号", f"提要：{P1[:20]}", P2, ""]
    return out[:-1] + sign


@pytest.mark.parametrize(
    "sign",
    [
        ["特此公示。", "某某市某某局", "2021年3月5日"],
        ["以上如有异议，请来函反映。", "某某委员会", "2022-04-06"],
        ["某某县某某办公室", "二〇二一年五月六日"],
    ],
)
def test_the_pages_sign_off_under_the_last_record_is_no_records_text(sign: list[str]) -> None:
    arts = split(_records(sign))
    assert len(arts) == 3
    last = arts[-1].text
    for line in sign:
        assert line not in last
    assert P2 in last


def test_the_last_records_own_lines_stay() -> None:
    own = ["该案另附说明一份，请一并参阅。", "补充材料二份"]  # no date: the record's own
    last = split(_records(own))[-1].text
    for line in own:
        assert line in last
