"""footsect: a page's own closing section that its site prints word for word under every
page is no headed foot notice (:mod:`cleaner.stages.foot_blocks`), even with no peer
section above it.

A blog closes every post with its writer's bio, a museum every exhibition page with what
the hall offers, a market desk every report with its outlook: a short head over sentences
about a person, a place or the page's matter, third-person prose.  A site's notice under
the same head shape speaks about the site or to the reader (copyright, reposting, a
disclaimer, the site's contacts, what the visitor must do): only that block goes; the
other stays, flagged ``boilerplate.foot_block.section``.

Every site, name and sentence here is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.ingest.readers import read_inputs
from cleaner.pipeline import Pipeline, PipelineConfig
from cleaner.stages.foot_blocks import foot_block, speaks_to_reader
from cleaner.stages.keep import keep_table
from cleaner.stages.profile_counter import build_profiles

BODY = [
    "第{n}期的内容从一次偶然的走访说起，前后花了大半年的时间整理材料，许多细节都经过了反复核对。",
    "文中提到的几处地方如今大多已经改了模样，只有河边那排老屋还在，一共{n}间，住着几户老人家。",
]

LEAD = "正文写了很长的一段话，交代了这件事情的来龙去脉。"


def _page(site: str, title: str, body: list[str], block: list[str], tag: str) -> str:
    head, *lines = block
    return "\n".join(
        [
            '<!DOCTYPE html><html><head><meta charset="utf-8">',
            f"<title>{title}_{site}</title></head><body>",
            '<div class="nav"><a href="/">首页</a>｜<a href="/a">栏目</a>'
            f'｜<a href="/b">{site}</a></div>',
            f"<h1>{title}</h1>",
            *(f"<p>{x}</p>" for x in body),
            f"<{tag}>{head}</{tag}>",
            *(f"<p>{x}</p>" for x in lines),
            '<div class="share">分享到：微博　微信</div>',
            f"<footer><p>{site}　版权所有　某ICP备00000000号</p></footer>",
            "</body></html>",
        ]
    )


def _run(tmp_path: Path, site: str, block: list[str], tag: str = "h3") -> tuple[str, set[str]]:
    folder = tmp_path / "site"
    folder.mkdir()
    for n in range(6):
        body = [x.format(n=n + 3) for x in BODY]
        html = _page(site, f"第{n + 3}期随笔", body, block, tag)
        (folder / f"p{n:02d}.html").write_text(html, encoding="utf-8")
    raws = list(read_inputs([folder]))
    pipe = Pipeline(PipelineConfig(), profiles=build_profiles(raws))
    res = pipe.process(raws[2], 2)
    assert len(res.articles) == 1
    text = res.articles[0].text
    assert BODY[1].format(n=5) in text  # the page's text is there either way
    return text, {c.rule for c in res.changes}


# -- the page's own closing sections: they stay ----------------------------------------

SECTIONS = [
    # a blog's writer bio under every post
    (
        "远舟随笔",
        [
            "作者简介",
            "林远舟，一九七八年生于闽南沿海的一个渔村。",
            "早年做过码头工人和乡村教师，现居厦门，业余从事散文写作。",
        ],
    ),
    (
        "青禾书房",
        [
            "关于作者",
            "苏青禾，毕业于某大学历史系，长期在地方志办公室工作。",
            "著有散文集《河埠头》《晚稻》，作品多写江南小镇的旧事。",
        ],
    ),
    # a museum's hall under every exhibition page, told in the third person
    (
        "南湖美术馆",
        [
            "参观须知",
            "展馆每周一闭馆，法定节假日照常开放。",
            "馆内设有寄存处、母婴室和无障碍通道。",
            "讲解服务每日两场，分别在上午十点和下午三点。",
        ],
    ),
    (
        "石门古建博物馆",
        [
            "开放信息",
            "主展厅位于园区东侧，由一座清代祠堂改建而成。",
            "团体参观需提前三日预约，每批不超过三十人。",
        ],
    ),
    # a market desk's outlook under every report
    (
        "江城财经",
        [
            "后市展望",
            "预计短期内两市仍将维持震荡格局，成交量有望温和放大。",
            "消费与医药板块或迎来修复行情，周期股的分化将进一步加剧。",
        ],
    ),
    (
        "北岸期货研究",
        [
            "走势研判",
            "短期内铜价将在六万八千元至七万元的区间内运行。",
            "库存回升可能对价格形成一定压制，下游补库意愿仍然偏弱。",
        ],
    ),
    # further reading written as prose
    (
        "茶器志",
        [
            "延伸阅读",
            "关于宋代茶器的演变，某某先生的长文考证尤详，对建盏的来历多有辨析。",
            "清人笔记中也有不少相关记载，散见于各家文集之中。",
        ],
    ),
    # an editor's note at the foot of every piece of a series
    (
        "乡土记忆",
        [
            "编后小记",
            "这组稿件记录了江北十位乡村教师的日常。",
            "他们在讲台上度过了大半生，有几代孩子从他们手里走出了山村。",
        ],
    ),
    # a background box
    (
        "河流笔记",
        [
            "背景资料",
            "清溪发源于雾岭南麓，全长四百余公里，流经六个县市。",
            "流域内共有大小支流二十余条，沿岸多为丘陵和河谷平原。",
        ],
    ),
]

#: An English bio under every post (the site learns no foot sentence of it: it stays by
#: the foot sentences' test already, and must stay).
ENGLISH_BIO = (
    "Quill Notes",
    [
        "About the writer",
        "Mara Quill grew up on a sheep farm in the northern hills.",
        "She teaches history at a small college and writes about old roads.",
    ],
)


@pytest.mark.parametrize("k", range(len(SECTIONS)))
def test_a_pages_own_closing_section_stays(tmp_path: Path, k: int) -> None:
    site, block = SECTIONS[k]
    text, rules = _run(tmp_path, site, block)
    assert "boilerplate.foot_block" not in rules
    assert "boilerplate.foot_block.section" in rules  # kept, and said so
    assert block[0] in text
    # (the last sentence alone may still go as the site's foot sentence: foot_repeat's)
    assert block[1] in text


def test_an_english_bio_stays(tmp_path: Path) -> None:
    text, rules = _run(tmp_path, *ENGLISH_BIO)
    assert "boilerplate.foot_block" not in rules
    assert all(x in text for x in ENGLISH_BIO[1])


@pytest.mark.parametrize("k", [0, 2, 4])
def test_the_section_stays_under_a_paragraph_head_too(tmp_path: Path, k: int) -> None:
    site, block = SECTIONS[k]
    text, rules = _run(tmp_path, site, block, tag="p")
    assert "boilerplate.foot_block" not in rules
    assert block[0] in text and block[1] in text


# -- the site's notices under a head: they still go --------------------------------------

#: (site, block, the rule that takes it before and after this change)
NOTICES = [
    (
        "远舟随笔",
        ["免责声明", "文中观点仅代表作者个人看法，仅供参考。", "如有不妥之处，敬请读者批评指正。"],
        "boilerplate.site_repeat",
    ),
    (
        "青禾书房",
        ["版权声明", "本刊所有稿件均为原创，未经书面授权不得转载。", "如需合作，请与编辑部联系。"],
        "boilerplate.foot_repeat",
    ),
    (
        "乡土记忆",
        ["转载须知", "欢迎个人转发至朋友圈。", "媒体转载请在文首注明出处和作者姓名。"],
        "boilerplate.foot_block",
    ),
    (
        "南湖美术馆",
        ["入馆提示", "请将大件行李寄存在一楼服务台。", "馆内请勿使用闪光灯，感谢您的配合！"],
        "boilerplate.foot_block",
    ),
    (
        "青禾书房",
        ["稿件说明", "文中图片均由作者提供，文责自负。", "欢迎读者来信与作者交流。"],
        "boilerplate.foot_block",
    ),
    (
        "石门古建博物馆",
        ["观展提醒", "入园请出示预约码。", "园区内严禁烟火。", "末班入园时间为下午四点。"],
        "boilerplate.foot_block",
    ),
]


@pytest.mark.parametrize("k", range(len(NOTICES)))
def test_a_sites_headed_notice_still_goes(tmp_path: Path, k: int) -> None:
    site, block, rule = NOTICES[k]
    text, rules = _run(tmp_path, site, block)
    assert rule in rules
    assert "boilerplate.foot_block.section" not in rules
    assert all(x not in text for x in block)


#: Heads that make a block the site's whatever its sentences say: a cue word (a
#: disclaimer, copyright, reposting) or the site naming itself.
SITE_HEADS = ["免责声明", "版权声明", "转载说明", "关于我们", "联系我们", "本站公告", "About us"]


@pytest.mark.parametrize("head", SITE_HEADS)
def test_a_head_of_the_sites_own_takes_the_block(head: str) -> None:
    guard = keep_table()
    lines = ["某某传媒成立于二〇一二年，总部位于某市。", "团队由三十余名编辑组成。"]
    page = ["某篇文章", LEAD, head, *lines, "© 某站"]
    sections: list[int] = []
    got = foot_block(
        page, {5}, set(lines), {head}, cued=lambda s: bool(guard.cues(s)), sections=sections
    )
    assert got == [2, 3, 4]
    assert sections == []


def test_the_same_block_under_a_head_of_the_page_stays() -> None:
    guard = keep_table()
    lines = ["某某传媒成立于二〇一二年，总部位于某市。", "团队由三十余名编辑组成。"]
    page = ["某篇文章", LEAD, "企业档案", *lines, "© 某站"]
    sections: list[int] = []
    got = foot_block(
        page, {5}, set(lines), {"企业档案"}, cued=lambda s: bool(guard.cues(s)), sections=sections
    )
    assert got == []
    assert sections == [2, 3, 4]


# -- the test itself ------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "请将大件行李寄存在一楼服务台。",
        "感谢您的配合！",
        "场内严禁吸烟。",
        "欢迎读者来信交流。",
        "Please keep your ticket.",
        "Thank you for visiting.",
    ],
)
def test_a_sentence_to_the_reader(line: str) -> None:
    assert speaks_to_reader(line)


@pytest.mark.parametrize(
    "line",
    [
        "展馆每周一闭馆，法定节假日照常开放。",
        "林远舟，一九七八年生于闽南沿海的一个渔村。",
        "预计短期内两市仍将维持震荡格局。",
        "团体参观需提前三日预约，每批不超过三十人。",
        "She teaches history at a small college.",
        "他请来几位老友，一起把祠堂修好了。",  # a request told of a person
    ],
)
def test_a_sentence_about_a_person_or_place(line: str) -> None:
    assert not speaks_to_reader(line)


def test_foot_block_keeps_a_section_and_names_it() -> None:
    bio = ["某人，生于某地，现居某城。", "著有诗集两部，作品多写海边的旧事。"]
    page = ["某篇随笔", LEAD, "作者简介", *bio, "© 某站"]
    sections: list[int] = []
    assert foot_block(page, {5}, set(bio), {"作者简介"}, sections=sections) == []
    assert sections == [2, 3, 4]
    rules = ["请凭票入场，谢谢合作。", "馆内请勿饮食。"]
    page = [*page[:2], "参观提示", *rules, "© 某馆"]
    sections = []
    assert foot_block(page, {5}, set(rules), {"参观提示"}, sections=sections) == [2, 3, 4]
    assert sections == []
