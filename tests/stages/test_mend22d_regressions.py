"""Regressions of the fixyb1 merge mended (review22d), each failure's general class as
small invented cases with a look-alike that keeps the fix's gain:

* numbered sections of ONE article, each a count badge over an HTML heading (a speech's
  ``— 二 —``, a post's ``02``, a route's ``第2站``): the page stays one article under its
  ``<h1>``.  Badges over headings cut a page only when each piece carries its own field row
  under its title (a speaker or date row), or the badges count sessions under a head naming a
  series' round-up (:func:`cleaner.stages.split_badges.badged_pieces`);
* a site's footer chrome between an article's text and its sign-off (a copyright sentence,
  a rating widget, a follow prompt, a tag row): the site's, deleted as before; a notice's
  objection sentence and contact rows there stay (:mod:`cleaner.stages.standing_keep`);
* a year-and-serial number in round brackets of its own under a title that names no
  official document (a typhoon's, a league round's): the title's matter, kept as text; under
  a notice's title it is the doc number (:mod:`cleaner.stages.bracketed_numbers`).

Every word is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.ingest.readers import read_inputs
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline, PipelineConfig
from cleaner.stages.profile_counter import build_profiles
from tests.stages.stage_runs import boil, site_stage

PROSE = [
    "这一部分先回顾过去一段时间的做法，几个例子都来自身边，读起来并不费力，道理也讲得很透。",
    "接着又谈到下一步的打算，提出要把已有的经验固定下来，形成长期坚持的做法，不搞一阵风。",
]


def _html(h1: str, parts: list[tuple[str, str, list[str]]], tag: str, intro: str = "") -> str:
    s = f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{h1}</title></head>'
    s += f"<body><h1>{h1}</h1>" + (f"<p>{intro}</p>" if intro else "")
    for badge, title, paras in parts:
        s += f"<section>{badge}</section><{tag}>{title}</{tag}>"
        s += "".join(f"<p>{x}</p>" for x in paras)
    return s + "</body></html>"


def _articles(tmp_path: Path, html: str) -> list[tuple[str, str]]:
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "p0.html").write_text(html, encoding="utf-8")
    pipe = Pipeline(PipelineConfig(), profiles=build_profiles(read_inputs([folder])))
    raw = next(iter(read_inputs([folder])))
    return [(a.title, a.text) for a in pipe.process(raw, 0).articles]


SECTIONS = ["把基础打牢", "把短板补齐", "把机制理顺"]


@pytest.mark.parametrize(
    ("h1", "badges", "tag", "intro"),
    [
        ("在某某系统年中座谈会上的发言", ["— 壹 —", "— 贰 —", "— 叁 —"], "h3", ""),
        ("关于社区治理的几点体会", ["01", "02", "03"], "h2", "作者｜某某　编辑｜某乙"),
        (
            "某某古道徒步路线说明",
            ["◇ 第1站 ◇", "◇ 第2站 ◇", "◇ 第3站 ◇"],
            "h3",
            "全程约十二公里，建议穿防滑鞋，带足饮用水。",
        ),
        (
            "某某讲习班学习笔记",
            ["❖ 第一讲 ❖", "❖ 第二讲 ❖", "❖ 第三讲 ❖"],
            "h2",
            "这是我参加讲习班时记下的一些要点，整理出来与大家分享。",
        ),
    ],
)
def test_badged_sections_of_one_article_keep_the_page_whole(
    tmp_path: Path, h1: str, badges: list[str], tag: str, intro: str
) -> None:
    parts = [(b, t, PROSE) for b, t in zip(badges, SECTIONS, strict=True)]
    arts = _articles(tmp_path, _html(h1, parts, tag, intro))
    assert len(arts) == 1
    title, text = arts[0]
    assert title == h1  # the <h1> stays the article's title
    assert all(s in text for s in SECTIONS)


def test_badged_pieces_each_with_its_own_speaker_row_are_cut(tmp_path: Path) -> None:
    # the look-alike: each piece opens with its own speaker and date rows
    parts = [
        (b, t, [f"时间：2031年4月{i + 2}日", f"主讲人：{name}", *PROSE])
        for i, (b, t, name) in enumerate(
            zip(["— 一 —", "— 二 —", "— 三 —"], SECTIONS, ["林某某", "方某", "陶某某"], strict=True)
        )
    ]
    arts = _articles(tmp_path, _html("某某讲坛本月活动回顾", parts, "h3"))
    assert [t for t, _ in arts] == SECTIONS


# a site's article pages: title, prose, the site's chrome, then the signer over a date
NEWS = [
    ("某村新修了一条环村步道", "步道沿着溪边修建，全长两公里多，村民饭后都喜欢来这里散步聊天。"),
    ("某社区开办暑期托管班", "托管班由社区志愿者轮流照看，孩子们在这里写作业、读绘本、做手工。"),
    ("某镇农贸市场完成改造", "改造后的市场地面干净整洁，摊位统一编号，还增设了公平秤和休息区。"),
    ("某小学开展植树活动", "师生们一起在校园西侧种下了五十多棵树苗，并为每棵树挂上了认养牌。"),
    ("某街道举办邻里节", "邻里节上，居民们带来了拿手菜，还表演了自编自演的小品和快板。"),
    ("某图书室增添新书", "这次新增的图书以科普和农技类为主，借阅时间也延长到了晚上八点。"),
]


def _site_page(i: int, chrome: list[str], title: str | None = None) -> list[str]:
    t, prose = NEWS[i]
    return [
        "首页 | 本地新闻 | 便民服务",
        title or t,
        prose,
        "活动得到了大家的一致好评，不少人表示希望以后多组织这样的活动。",
        *[c.format(n=i + 1) for c in chrome],
        "某某县某某服务中心",
        f"2031年5月{i + 3}日",
    ]


@pytest.mark.parametrize(
    "chrome",
    [
        ["本网所刊发的文字和图片，版权均归本网所有，任何单位不得擅自转载。"],
        ["这篇文章对您有帮助吗？", "有用　　一般　　没用"],
        ["长按识别下方二维码，关注我们的服务号，了解更多本地资讯。"],
        ["关键词：民生　社区　第{n}0{n}号"],
    ],
)
def test_a_sites_chrome_above_an_articles_sign_off_goes(chrome: list[str]) -> None:
    stage = site_stage([_site_page(i, chrome) for i in range(6)])
    out = boil(_site_page(2, chrome), stage, site="s")
    assert NEWS[2][1] in out
    assert all(c.format(n=3) not in out for c in chrome)


def test_legal_chrome_above_a_notices_sign_off_goes_too() -> None:
    chrome = ["本网所刊发的文字和图片，版权均归本网所有，任何单位不得擅自转载。"]
    pages = [_site_page(i, chrome, f"关于第{i + 1}批某某名单的公示") for i in range(6)]
    out = boil(pages[2], site_stage(pages), site="s")
    assert chrome[0] not in out


def test_a_notices_objection_sentence_and_contact_row_above_its_sign_off_stay() -> None:
    standing = [
        "公示期内对名单有异议的，可通过本网站或来信实名反映，我们将及时调查处理。",
        "受理电话：0123-987650{n}",
    ]
    pages = [_site_page(i, standing, f"关于第{i + 1}批某某名单的公示") for i in range(6)]
    out = boil(pages[2], site_stage(pages), site="s")
    assert standing[0] in out
    assert standing[1].format(n=3) in out


def _text_page(lines: list[str]) -> tuple[str, dict[str, str], str]:
    raw = RawInput("p.txt", ("\n".join(lines) + "\n").encode())
    art = Pipeline(PipelineConfig()).process(raw, 0).articles[0]
    return art.title, {k: str(v) for k, v in dict(art.meta).items() if v}, art.text


BODY = "据有关部门介绍，这次的情况与往年相比有所不同，大家要提前做好准备，注意出行安全。"


@pytest.mark.parametrize(
    ("title", "number"),
    [
        ("今年第7号台风将于明日夜间登陆", "（2031年第7号）"),
        ("某某杯业余足球联赛第十二轮战报", "（2031年第12期）"),
        ("本市发布今年第2号寒潮蓝色预警", "(2031年第2号)"),
    ],
)
def test_a_bracketed_serial_under_a_story_title_stays_text(title: str, number: str) -> None:
    _, meta, text = _text_page([title, number, BODY])
    assert "doc_number" not in meta
    assert number in text


def test_a_bracketed_serial_under_a_notice_title_is_its_number() -> None:
    _, meta, text = _text_page(["某某局关于调整某某收费标准的通告", "（2031年第7号）", BODY])
    assert meta.get("doc_number") == "2031年第7号"
    assert "（2031年第7号）" not in text


NOTICE = [
    "为方便居民就近参加体检，社区卫生服务站定于下月组织一次免费体检活动，现将有关事项告知如下。",
    "体检项目包括血压、血糖和心电图，请参加体检的居民提前一天晚上八点后不再进食。",
]


@pytest.mark.parametrize(
    ("title", "rows"),
    [
        ("关于开展社区居民免费体检的通知", ["⏰ 时间：2031年6月8日上午8:00"]),
        ("社区居民免费体检活动安排", ["📅 日期：2031年6月8日", "🏥 地点：某某社区卫生服务站"]),
        ("周末好去处｜巷子里的糖水铺", ["📍 地址：某某区旧街7号", "🕙 营业时间：11:00-22:00"]),
    ],
)
def test_pictograph_led_field_rows_under_a_title_stay(title: str, rows: list[str]) -> None:
    _, _, text = _text_page([title, "", *rows, "", *NOTICE])
    assert all(r in text for r in rows)
    assert NOTICE[0] in text


@pytest.mark.parametrize(
    "bar", ["🔔 订阅：点击订阅 | 登录 | 注册", "📞 客服热线：400-123-4567　在线客服　登录　注册"]
)
def test_a_pictograph_led_bar_at_the_head_is_no_field_row(bar: str) -> None:
    # the look-alike: a bar of the site's links behind a pictograph and a label still goes
    _, _, text = _text_page(["社区居民免费体检活动安排", bar, *NOTICE])
    assert NOTICE[0] in text
    assert bar not in text
