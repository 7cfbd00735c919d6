"""Regressions of mend23b mended (review23g N1-N4), each failure's general class as small
invented cases with look-alikes:

* N1 a sign-off's companion line set in cells over the signer row (a closing formula whose
  first cell is a closing verb, a document's field without its colon, the signing body's
  name split into cells) is no list's row: the signer under it is the author, while a
  list's or a menu's last row still names none
  (:func:`cleaner.stages.signed_desks.signed_author`);
* N2 a page that signs itself (a letter, an appeal, a speech, a report, a statement; a
  text that addresses its readers or thanks them) keeps its sign-off in a learned tail
  though its day is not the head row's, while a site footer's organisation over a day
  under a dated story goes (:func:`cleaner.stages.signed_kinds.self_signed`);
* N3 a cut title is not completed with a source's name or a credit after a comma or a gap
  (a site, a paper, a station, an app, a dateline's 讯/消息, a photographer's 摄, 文/, 图/),
  while a clause of the title's own after a comma still completes it
  (:func:`cleaner.stages.split_broken_title.original_title`);
* N4 a reference disclaimer whose subject is the whole site, page or app names any content
  after it (a compound noun, a verb with 之), in either script, while a unit word opening
  a longer noun (本站台, 本网点, 本页码) and a thing of the text after 本号/本栏目 stay.

Every word is invented.
"""

from __future__ import annotations

import re

import pytest

from cleaner.rules import load_table
from cleaner.stages.signed_desks import signed_author
from cleaner.stages.split_broken_title import original_title
from tests.stages.stage_runs import boil, site_stage

# --- N1 ------------------------------------------------------------------------------

BODY = "下周二上午在三楼会议室召开季度总结会，请各科室负责人准时参加。"


@pytest.mark.parametrize(
    ("tail", "name"),
    [
        ("特此　函告\n主任　罗某某\n2031年6月2日", "罗某某"),
        ("顺祝　冬安\n校长　邓某某", "邓某某"),
        ("谨致　谢忱\n会长　白某某\n2031年6月2日", "白某某"),
        ("谢谢　各位\n县长　包某某", "包某某"),
        ("咨询电话　87654321\n站长　韩某某", "韩某某"),
        ("附件　参会名单\n局长　葛某某\n2031年6月2日", "葛某某"),
        ("抄报　某某委\n主任　秦某某", "秦某某"),
        ("某某公司　办公室\n总经理　蒋某某", "蒋某某"),
        ("通讯地址　某路9号\n经理　苗某某", "苗某某"),
        ("聯絡人　黃小姐\n校長　萬某某", "萬某某"),
    ],
)
def test_a_signer_under_a_sign_off_companion_in_cells_is_read(tail: str, name: str) -> None:
    assert signed_author(f"{BODY}\n{tail}") == name


@pytest.mark.parametrize(
    "tail",
    [
        "优秀集体　财务科\n优秀组长　卢某某",
        "周四　炒青菜\n厨师长　俞某某",
        "3月8日　值守人员\n值班主任　叶某某",
        "先进科室　维修组\n优秀班长　孔某某",
        "星期五　体育　美术\n班主任　杭某某",
    ],
)
def test_a_lists_last_row_still_names_no_signer(tail: str) -> None:
    assert signed_author(f"{BODY}\n{tail}") is None


# --- N2 ------------------------------------------------------------------------------

PROSE = [
    "今年以来，全区上下齐心协力，各项工作取得了新的进展，群众满意度持续提升。",
    "各部门要把思想统一到部署要求上来，抓好各项任务的落实，确保按期完成。",
    "希望大家继续发扬优良传统，立足岗位、勇于担当，为发展贡献更多力量。",
    "我们将认真听取意见建议，不断改进工作方法，努力把各项工作做得更好。",
    "在此，向长期以来关心支持我们工作的各界人士表示衷心的感谢和崇高的敬意。",
    "让我们携起手来，共同营造整洁有序、文明和谐的良好环境，共建美好家园。",
]


def _site(titles: list[str], opener: list[str], closer: list[str]) -> list[list[str]]:
    pages = []
    for i, title in enumerate(titles):
        pages.append(
            [
                "某某区某某局网站",
                "首页 | 政务公开 | 互动交流",
                title,
                f"发布时间：2031-0{i + 1}-2{i}　　来源：某某局综合科",
                *opener,
                PROSE[i],
                PROSE[(i + 2) % 6],
                *closer,
                "",
                "长按识别二维码关注",
                "某某区某某局",
                f"2031年{i + 1}月{i + 5}日",
                "主办：某某区某某局",
            ]
        )
    return pages


@pytest.mark.parametrize(
    ("titles", "opener", "closer"),
    [
        (
            [f"致全区{w}的一封信" for w in ("家长", "居民", "商户", "志愿者", "老人", "青年")],
            [],
            [],
        ),
        ([f"第{n}次例会讲评" for n in "一二三四五六"], ["各位同事："], []),
        ([f"第{n}季度工作回顾" for n in "一二三四五六"], [], ["谢谢各位！"]),
        ([f"某某局第{n}号行政处罚决定书" for n in "123456"], [], []),
        ([f"某某局關於第{n}批項目的說明" for n in "一二三四五六"], [], []),
    ],
)
def test_a_self_signed_pages_sign_off_in_a_learned_tail_stays(
    titles: list[str], opener: list[str], closer: list[str]
) -> None:
    pages = _site(titles, opener, closer)
    out = boil(pages[2], site_stage(pages), site="s")
    assert "某某区某某局\n2031年3月7日" in out
    assert "主办" not in out


def test_a_footers_body_and_day_under_a_dated_story_still_go() -> None:
    # the look-alike: a story that signs nothing, its site's footer over a day
    pages = _site([f"某某街第{n}段路面修缮完工" for n in "一二三四五六"], [], [])
    out = boil(pages[2], site_stage(pages), site="s")
    assert PROSE[2] in out
    assert "2031年3月7日" not in out


# --- N3 ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stem", "note"),
    [
        ("《某某规划》图解", "原标题：《某某规划》图解，某某网"),
        ("“老街新貌”揭晓", "原标题：“老街新貌”揭晓，某某台讯"),
        ("“老街新貌”揭晓", "原标题：“老街新貌”揭晓，李某某摄"),
        ("“老街新貌”揭晓", "原标题：“老街新貌”揭晓，图/某某"),
        ("“老街新貌”揭晓", "原标题：“老街新貌”揭晓，某某晚报客户端"),
        ("《某某》專訪", "原標題：《某某》專訪，某某電視台"),
        ("“老街新貌”揭晓", "原标题：“老街新貌”揭晓　文/某某"),
    ],
)
def test_a_source_or_credit_after_a_comma_does_not_complete_a_title(stem: str, note: str) -> None:
    got = original_title(stem, [note])
    assert got is None or not re.search("某某网|讯|摄|/|客户端|電視台", got)


@pytest.mark.parametrize(
    ("stem", "note", "title"),
    [
        ("“老街新貌”揭晓", "原标题：“老街新貌”揭晓，街坊纷纷点赞", "“老街新貌”揭晓，街坊纷纷点赞"),
        ("《某某》解读", "原标题：《某某》解读，五个关键词", "《某某》解读，五个关键词"),
    ],
)
def test_a_titles_own_clause_after_a_comma_completes_it(stem: str, note: str, title: str) -> None:
    assert original_title(stem, [note]) == title


# --- N4 ------------------------------------------------------------------------------


def _disclaimer() -> re.Pattern[str]:
    rules = load_table("boilerplate_generic")["rule"]
    return re.compile(next(r for r in rules if r["name"] == "reference_disclaimer")["pattern"])


@pytest.mark.parametrize(
    "line",
    [
        "本站刊登的房源信息只供参考，以房管部门备案为准。",
        "本客户端天气数据只供用户参考，以气象部门发布为准。",
        "本网站各类表格样本只供参考，以窗口提供为准。",
        "本频道解答只供参考，以医嘱为准。",
    ],
)
def test_a_sites_disclaimer_naming_any_content_goes(line: str) -> None:
    assert _disclaimer().match(line)


def test_a_traditional_sites_disclaimer_goes() -> None:
    line = "本頁面所列之資訊只供參考，以正式公告為準。"
    pages = [["某某辦事指南", "辦理證件需攜帶身份證及申請表一份，並於工作日前往。", line]]
    assert line not in boil(pages[0])


@pytest.mark.parametrize(
    "line",
    [
        "本网点营业时间只供参考，以现场公告为准。",
        "本页码对照表只供参考，以原书为准。",
        "本站牌线路图只供参考，以公交公司为准。",
        "本栏目所附菜谱只供参考，以个人口味为准。",
    ],
)
def test_a_longer_noun_or_a_thing_of_the_text_stays(line: str) -> None:
    assert not _disclaimer().match(line)
