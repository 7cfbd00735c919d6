"""mendfoot: a headed foot block the site prints word for word goes when it speaks as
the site in the third person (:func:`cleaner.stages.foot_blocks.site_speaks`).

Three classes of the site's own chrome carry none of the words that address a reader:
the site describing itself (its learned name, or a self-reference word such as 本刊,
平台 or 栏目 as a line's subject), a promotion or sponsorship block, and a risk notice.
Each goes as ``boilerplate.foot_block``; a bio, a hall's description with no site name,
an outlook, and a section merely mentioning such words elsewhere in a line stay.

Every site, name and sentence here is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.stages.foot_blocks import site_speaks
from tests.stages.test_footsect_closing_sections import _run

#: (site, block): the site speaking of itself, promoting, or disclaiming.
SITE_CHROME = [
    # the site by its learned name (the title suffix), in the head or a line
    (
        "松风资讯网",
        [
            "关于松风资讯网",
            "松风资讯网成立于二〇一一年，专注于西南地区的消费报道。",
            "编辑团队分布在成都和昆明两地。",
        ],
    ),
    (
        "白鹭中学",
        ["学校简况", "白鹭中学创办于一九五六年，是一所市属完全中学。", "现有在校学生两千余人。"],
    ),
    # the name learned from the site's own copyright line
    (
        "明川日报",
        ["报社简介", "明川日报创刊于一九五〇年，逢周一至周六出版。", "现有采编人员六十余人。"],
    ),
    # self-reference words as subjects
    (
        "远山文艺",
        ["征订启事", "本刊为双月刊，逢单月二十日出版。", "每期定价十八元，全年一百零八元。"],
    ),
    ("味道小站", ["小站说明", "平台现有原创食谱八千余篇。", "每周一、周四更新图文教程。"]),
    (
        "老街往事",
        ["关于栏目", "栏目开设于二〇一九年，每月刊发稿件四篇。", "稿件多由街坊邻里口述整理。"],
    ),
    # promotion and sponsorship heads
    ("木工之家", ["品牌推广", "巧匠牌电钻是专业电动工具品牌。", "其新款锂电钻续航提升三成。"]),
    ("青松读书会", ["赞助鸣谢", "本期活动场地由城西图书馆提供。", "茶点由街角咖啡馆赞助。"]),
    # risk notices in a trade's words
    ("长桥投研", ["风险揭示", "证券市场波动较大。", "以上分析仅为研究交流之用。"]),
    ("远景理财", ["写在最后", "理财产品收益并非固定。", "文中内容不构成任何买卖建议。"]),
]

#: Look-alikes: the page's own closing section that names no site, promotes nothing and
#: disclaims nothing, though a word of those classes stands inside a line.
OWN_SECTIONS = [
    (
        "云溪笔记",
        [
            "作者简介",
            "何云溪，退休中学教师，曾在电视台栏目组做过编导。",
            "现居桂林，业余写作游记。",
        ],
    ),
    ("南湾美术馆", ["展厅信息", "主展厅由旧纺织厂车间改建而成。", "馆内常设版画和水彩作品。"]),
    (
        "汇川财经",
        ["本周展望", "预计下周市场仍以震荡为主。", "投资者对新能源板块的风险偏好有所回升。"],
    ),
    # the site's name inside a bio's sentence, not its subject
    ("松风资讯网", ["作者简介", "罗青，自由撰稿人，长期为松风资讯网撰写城市专栏。", "现居成都。"]),
    (
        "乡里人物",
        ["人物小传", "陈老伯，一九四〇年生，做了一辈子木匠。", "他曾为村里的学校推广过识字班。"],
    ),
]


@pytest.mark.parametrize("k", range(len(SITE_CHROME)))
def test_the_site_speaking_of_itself_goes(tmp_path: Path, k: int) -> None:
    site, block = SITE_CHROME[k]
    text, rules = _run(tmp_path, site, block)
    assert "boilerplate.foot_block.section" not in rules
    assert block[1] not in text
    assert "boilerplate.foot_block" in rules or "boilerplate.site_repeat" in rules


@pytest.mark.parametrize("k", range(len(OWN_SECTIONS)))
def test_look_alikes_stay(tmp_path: Path, k: int) -> None:
    site, block = OWN_SECTIONS[k]
    text, rules = _run(tmp_path, site, block)
    assert "boilerplate.foot_block" not in rules
    assert "boilerplate.foot_block.section" in rules
    assert block[0] in text and block[1] in text


def test_classes_directly() -> None:
    assert site_speaks("编辑部的话", ["本报创刊于一九八〇年。", "逢周三出版。"])
    assert site_speaks("合作伙伴", ["某某银行是本次论坛的支持单位。", "某某酒店提供会场。"])
    assert site_speaks("提示", ["行情多变。", "据此操作，盈亏自负。"])
    # a learned name too short to be the site's word in a line, and one not named
    assert not site_speaks("作者简介", ["她在博客上写了十年。", "现居上海。"], names={"博客"})
    assert not site_speaks("关于展馆", ["展馆坐落于河畔。", "馆藏瓷器为主。"], names={"某某馆"})
    assert not site_speaks("作者简介", ["某某常为松风网撰稿。", "现居成都。"], names={"松风网"})
    # self words inside a line, not its subject
    assert not site_speaks("作者简介", ["某某曾任报社编辑。", "后在平台做运营。"])
