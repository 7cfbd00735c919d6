"""Fixes for what set v's bulletins and safety tips (sealed_v_xunqing, sealed_v_xiaofang)
got wrong, each a mechanism tested in wordings of its own with the look-alikes that must
not change:

* a series of documents titled alike, its numbers its own on every page ('关于3月2日…的
  通报', '关于4月9日…的通报'): the title's shape repeats on every page of the site, the
  title is each page's own; the site profile no longer learns it as chrome
  (:meth:`KeepTable.series_title`);
* a formal document's distribution lines at its foot ('报：…', '送：…', '发：…') repeat under
  every bulletin of one office: kept (``distribution_line`` in site_repeat_keep.toml);
* an issue number alone ('第7期') and under its label ('期号：第7期') is the document
  number; a periodical's name over its issue number is its masthead, page head over the
  title below the block (:meth:`MetaParser.title_below`);
* a check or a cross mark opening a line ('✖ 不要…') marks a do-and-don't list, the text's
  own items; a pictograph still cues the site's own notes (``icon_lead``);
* a 'guess what you like' heading of any verb ('猜你想看') heads a related list;
* a label naming how the page shows the full text ('原文浏览') over it is the site's;
* a record's heading repeated under its card (the page title above the card, the
  heading below it) is kept once (sealed_v_dangan).

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.stages.site_counts import SiteProfile
from cleaner.stages.site_judge import KeepTable
from cleaner.stages.split_meta import MetaParser
from tests.stages.family_figures import assert_floors
from tests.stages.stage_runs import boil, site_stage, split

KEEP = KeepTable()
BODY = [
    "本月上旬全县气温偏高，降水偏少，林区可燃物含水率明显下降，森林火险等级持续偏高。",
    "各乡镇要加强巡山护林，严格管控野外用火，发现火情立即报告并组织扑救。",
]


# ---- a series of titles whose numbers differ page by page


def test_titles_of_one_series_are_no_chrome_shape() -> None:
    titles = ["关于3月2日至3日森林火险形势的通报", "关于4月9日至10日森林火险形势的通报"]
    assert KEEP.series_title(titles, {})
    # one of them on two pages: a listed link, learnable
    assert not KEEP.series_title(titles, {titles[0]: 2})
    # labelled ('上一期：…'), prose or not ending like a document: no title series
    assert not KEEP.series_title(["上一期：关于3月2日的通报", "上一期：关于4月9日的通报"], {})
    assert not KEEP.series_title(["共3页，当前第1页", "共5页，当前第2页"], {})
    assert not KEEP.series_title(["浏览次数 1203 次", "浏览次数 877 次"], {})
    assert not KEEP.series_title(titles[:1], {})


def _bulletin(n: int) -> list[str]:
    return [
        "某县林业局网站 > 部门动态 > 森林防火",
        "",
        "火　险　通　报" if n % 2 else "",
        f"第{n + 3}期",
        f"某县森林防火指挥部办公室　　　　2022年{n}月{n + 2}日",
        "━━━━━━━━━━━━",
        "",
        f"关于{n}月{n + 1}日至{n + 2}日森林火险形势的通报",
        "",
        f"{n}月{n + 1}日以来，{BODY[0]}",
        BODY[1],
        "报：县委办公室、县政府办公室",
        "送：县森林防火指挥部各成员单位",
        "发：各乡镇人民政府、各国有林场",
        "",
        "〖打印本页〗〖关闭窗口〗",
        f"浏览次数：{100 + n * 7}",
        "某县林业局　主办",
    ]


def test_a_series_title_and_distribution_lines_survive_the_site_profile() -> None:
    pages = [_bulletin(n) for n in range(1, 9)]
    out = boil(pages[3], site_stage(pages), site="s")
    assert "关于4月5日至6日森林火险形势的通报" in out
    for line in pages[3][11:14]:
        assert line.startswith(("报：", "送：", "发：")) and line in out
    # the site's own furniture still goes
    assert "〖打印本页〗〖关闭窗口〗" not in out


def test_distribution_lines_are_kept_and_prompts_are_not() -> None:
    kept = ["送：各成员单位", "发：各乡镇、街道", "分送：各国有林场、护林站点", "主送：各林场"]
    for line in kept:
        assert KEEP.reason(line) == "distribution_line", line
    for line in ["发送至手机", "分享到：微信　微博", "发：请点击这里下载。"]:
        assert KEEP.reason(line) is None, line


# ---- issue numbers and a periodical's masthead


P = MetaParser()


def test_an_issue_number_is_the_document_number() -> None:
    assert P.doc_number("第7期") == "第7期"
    assert P.doc_number("2022年第7期") == "2022年第7期"
    assert P.doc_number("总第356期") == "总第356期"
    assert P.parse_meta_line("发文单位：某县林业局　期号：第7期") == {
        "issuer": "某县林业局",
        "doc_number": "第7期",
    }
    # a sentence naming an issue, a page or a session is no number
    assert P.doc_number("第7期培训班共有学员四十人。") is None
    assert P.doc_number("第3页") is None


def test_a_masthead_over_its_issue_number_is_page_head() -> None:
    page = [
        "火险通报",
        "第7期",
        "某县森林防火指挥部办公室　　　　2022年4月3日",
        "关于4月2日至3日森林火险形势的通报",
        *BODY,
    ]
    (art,) = split(page)
    assert art.title == "关于4月2日至3日森林火险形势的通报"
    assert art.meta.get("doc_number") == "第7期"
    assert art.meta.get("published") == "2022-04-03"
    assert "火险通报" not in art.text.split("\n")
    assert BODY[0] in art.text and BODY[1] in art.text


def test_a_title_above_a_dated_row_is_no_masthead() -> None:
    # no issue number: the line above the block is the document's title, kept as before
    page = [
        "关于4月2日至3日森林火险形势的通报",
        "某县森林防火指挥部办公室　　　　2022年4月3日",
        *BODY,
    ]
    (art,) = split(page)
    assert art.title == "关于4月2日至3日森林火险形势的通报"
    assert BODY[0] in art.text


# ---- check and cross marks open list items, pictographs open the site's notes


def test_check_and_cross_marks_are_no_icon_cue() -> None:
    for line in ["✖ 不要在阳台上堆放纸箱。", "✔ 出门前关闭燃气总阀。", "☐ 检查灭火器压力"]:
        assert "icon_lead" not in KEEP.cues(line), line
    for line in ["☂ 本页资料仅供居民参考。", "📌 说明：页面每周更新"]:
        assert "icon_lead" in KEEP.cues(line), line


def _tips(n: int) -> list[str]:
    extra = [f"第{n}辑的开头说明，介绍本辑收录的几条提示各自适用的场合和人群。"]
    return [
        "某消防　>　科普园地",
        f"防火提示汇编（第{n}辑）",
        *extra,
        "家里要常备一只小型灭火器，并且每年检查一次压力表的指针位置。",
        "这些行为要杜绝：",
        "✖ 不要在楼梯间给电动车充电。",
        "✖ 不要把烟头扔进垃圾桶里。",
        f"« 上一辑：第{n - 1}辑　｜　下一辑：第{n + 1}辑 »",
        "本栏目内容欢迎转载，请注明出处并保留原文链接。",
        "某消防　版权所有",
    ]


def test_cross_marked_items_repeated_on_every_page_stay() -> None:
    pages = [_tips(n) for n in range(1, 9)]
    out = boil(pages[2], site_stage(pages), site="s")
    assert "✖ 不要在楼梯间给电动车充电。" in out
    assert "✖ 不要把烟头扔进垃圾桶里。" in out and "这些行为要杜绝：" in out
    # the site's notice under them still goes
    assert "本栏目内容欢迎转载，请注明出处并保留原文链接。" not in out


# ---- related lists under a 'guess what you like' heading


def test_a_guess_heading_of_any_verb_heads_a_related_list() -> None:
    body = [
        "冬季使用取暖器要远离窗帘和床铺，人离开房间时一定要切断电源。",
        "电热毯不要折叠使用，发现线路老化或者有焦味时应当立即停用。",
    ]
    out = boil([*body, "猜你想看", "科普园地｜厨房用火", "科普园地｜电动车充电"])
    assert "猜你想看" not in out and "科普园地｜厨房用火" not in out
    assert body[0] in out and body[1] in out
    # a guessing game's title is no such heading
    kept = boil(["猜猜我是谁", *body])
    assert "猜猜我是谁" in kept


def test_site_profile_series_rule_needs_examples() -> None:
    # a shape seen on many pages but with one stored example is judged as before
    prof = SiteProfile("s", pages=8)
    assert not KEEP.series_title(prof.examples.get("x", []), prof.lines)


# ---- a record's heading repeated around its card


CARD = ["档号：QX-011-0203", "责任者：某县公署", "形成时间：1931-05-06"]
TRANSCRIPT = ["事由：為修補渡船請撥款由", "查本縣渡口舊船朽壞，往來行旅多有不便，擬請撥款修補。"]


def test_a_heading_over_and_under_a_card_is_kept_once() -> None:
    heading = "某县公署关于修补渡船请拨款项的呈文"
    (art,) = split([heading, *CARD, heading, *TRANSCRIPT])
    assert art.title == heading
    assert art.text.split("\n").count(heading) == 1
    assert all(line in art.text for line in TRANSCRIPT)
    assert art.meta.get("doc_number") == "QX-011-0203"
    # three copies around the card: one stays, the split still tiles the page
    (art,) = split([heading, *CARD, heading, heading, *TRANSCRIPT])
    assert art.text.split("\n").count(heading) == 1
    # the same line once more further down (a closing repetition) is the text's own
    (art,) = split([heading, *CARD, *TRANSCRIPT, heading])
    assert art.text.split("\n").count(heading) == 2


def test_a_label_naming_the_text_view_goes_and_the_text_heads_stay() -> None:
    body = ["查本縣渡口舊船朽壞，往來行旅多有不便，擬請撥款修補，以利交通。", *TRANSCRIPT]
    out = boil(["原文浏览", *body])
    assert "原文浏览" not in out and all(line in out for line in body)
    for head in ["全文如下：", "正文", "摘要"]:
        assert head in boil([head, *body]), head


# ---- the families, measured at ca05535 and after these fixes


# Before (main ca05535; F1 / residue / titles / counts / repairs / metadata):
# xunqing .950/0/.500/1/1/.333, xiaofang .958/.120/1/1/1/.556, dangan .967/.091/1/1/1/1.
# After: xunqing and dangan all 1.0; xiaofang 1.0/0/1/1/1/.556.  Left: xiaofang's '供稿'
# rows are read as issuer (set n's truth: '供稿' names the unit that issued the item), set
# v calls the same label origin; set n's convention stands.
@pytest.mark.parametrize(
    ("name", "floor"),
    [
        (
            "sealed_v_xunqing",
            {"content_f1": 0.99, "titles": 1.0, "counts": 1.0, "metadata": 1.0},
        ),
        ("sealed_v_xiaofang", {"content_f1": 0.99, "titles": 1.0, "counts": 1.0}),
        ("sealed_v_dangan", {"content_f1": 0.99, "titles": 1.0, "metadata": 1.0}),
    ],
)
def test_blind_family_v_figures(name: str, floor: dict[str, float]) -> None:
    assert_floors(name, floor, residue=0.02)
