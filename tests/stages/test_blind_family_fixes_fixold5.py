"""Fixes of fixold5 on older tuning families, each as a small case in wordings of its own,
with look-alikes that must stay:

* the label a Q&A site prints as a plain line between the asker's byline row and the
  answer (``提问者：某某　2021-03-10`` over ``精选回答`` over the answer's text) is chrome
  (:func:`~cleaner.stages.body_label.byline_label`), though short labels repeated inside
  a body are usually the page's (a flattened table's column heads); the same label under
  a row of no role word, a reply under a forum's floor row and a label over a list stay.

Every word is invented.
"""

from __future__ import annotations

from pathlib import Path

from cleaner.ingest.readers import read_inputs
from cleaner.pipeline import Pipeline, PipelineConfig
from cleaner.stages.body_label import byline_label
from cleaner.stages.profile_counter import build_profiles
from cleaner.stages.site_judge import LearnedLine
from tests.stages.family_figures import assert_floors

_ASKED = [
    "阳台上的多肉冬天要不要搬进屋里？",
    "旧木桌表面发白怎么恢复光泽？",
    "铸铁锅生锈了还能继续用吗？",
    "窗帘洗完缩水了有什么补救办法？",
    "冰箱里总有一股怪味怎么去掉？",
    "毛衣起球用什么工具处理最好？",
]
_DESC = "试过网上说的几种办法都不太管用，想听听有经验的朋友怎么说。"
_ANSWER = [
    "先把表面擦干净晾干，再用软布蘸一点核桃油慢慢抹开，第二天基本就看不出来了。",
    "温度低于五度的时候最好搬进来，放在有散射光的窗边，少浇水，等开春再搬出去。",
    "用钢丝球把锈刷掉，洗净后小火烧干，抹一层薄油再烧一遍，就和新的一样好用。",
]
_MORE = "平时注意通风，别让水汽闷在里面，用上一段时间习惯了就好。"
_LABEL = "精选回答"


def _qa(n: int, *, row: str, label: str = _LABEL, under: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        f"<title>{_ASKED[n]}_某某问答</title></head><body>"
        '<div class="logo">某某问答</div>'
        '<div class="nav"><a href="/">首页</a> | <a href="/a">分类</a> | '
        '<a href="/b">达人</a></div>'
        f"<h1>{_ASKED[n]}</h1>"
        f"<div>{_DESC}</div>"
        f"<div>{row}</div>"
        f"<div>{label}</div>"
        + (under or f"<p>{_ANSWER[n % 3]}</p><p>{_MORE}</p>")
        + f"<div>回答者：园丁{n}号　采纳率 6{n}%　回答于 2021-04-1{n}</div>"
        "<p>© 某某问答 版权所有</p></body></html>"
    )


def _run(tmp_path: Path, pages: list[str]) -> list[str]:
    folder = tmp_path / "site"
    folder.mkdir()
    for n, html in enumerate(pages):
        (folder / f"p{n}.html").write_text(html, encoding="utf-8")
    pipe = Pipeline(PipelineConfig(), profiles=build_profiles(read_inputs([folder])))
    out = []
    for i, raw in enumerate(read_inputs([folder])):
        arts = pipe.process(raw, i).articles
        out.append("\n".join(a.text for a in arts))
    return out


def _asker(n: int) -> str:
    return f"提问者：网友{n}　2021-04-0{n + 1} 20:1{n}　浏览 3{n}5 次"


def test_the_label_between_the_askers_byline_and_the_answer_goes(tmp_path: Path) -> None:
    texts = _run(tmp_path, [_qa(n, row=_asker(n)) for n in range(6)])
    for n, text in enumerate(texts):
        assert _LABEL not in text, text
        assert _ANSWER[n % 3] in text and _DESC in text and _MORE in text


def test_the_label_under_a_row_of_no_role_word_stays(tmp_path: Path) -> None:
    # a plain row of facts (no 'role：name' cell) over the label: nothing tells a byline
    texts = _run(tmp_path, [_qa(n, row=f"更新于 2021-04-0{n + 1}　阅读 3{n}5") for n in range(6)])
    assert all(_LABEL in t for t in texts), texts


def test_a_label_over_a_list_stays(tmp_path: Path) -> None:
    items = "<div>核桃油　一小瓶</div><div>软布　两块</div><div>细砂纸　一张</div>"
    pages = [_qa(n, row=_asker(n), label="所需材料", under=items) for n in range(6)]
    texts = _run(tmp_path, pages)
    assert all("所需材料" in t and "软布　两块" in t for t in texts), texts


def test_byline_label_reads_place_and_support() -> None:
    hit = LearnedLine("精选回答", "line", "line", 6, 75.0, ("精选回答",), 0.5, ("short",))
    page = ["标题？", _asker(1), "精选回答", _ANSWER[0]]
    assert byline_label(page, 2, hit)
    # a forum floor row over a short reply: the reply is the page's
    floor = ["标题？", "3楼　某乙　2021-3-7 10:15", "精选回答", _ANSWER[0]]
    assert not byline_label(floor, 2, hit)
    # a label with a clause mark, one the keep table protects, one the site rarely prints
    assert not byline_label(["标题？", _asker(1), "答：如下", _ANSWER[0]], 2, hit)
    assert not byline_label(page, 2, hit, lambda s: True)
    rare = LearnedLine("精选回答", "line", "line", 2, 25.0, ("精选回答",), 0.5, ("short",))
    assert not byline_label(page, 2, rare)


def test_floor_q_wenda() -> None:
    assert_floors("sealed_q_wenda", {"content_f1": 0.99, "titles": 0.95}, residue=0.01)


# --- a text page's title line as the site dressed it (dressed_title.py) ---------------

_STORY = [
    "社区志愿者连续三个周末清理河岸垃圾，共清出塑料袋和废旧轮胎两百多件。",
    "附近居民自发送来茶水，不少孩子也跟着家长一起捡拾，场面十分热闹。",
    "街道表示下一步将设置固定的垃圾投放点，并请专人定期巡查河道。",
]


def _news(first: str, paper: str = "某某晚报") -> str:
    return "\n".join(
        [
            f"{paper}首页 | 本地 | 民生 | 图片",
            "",
            first,
            f"2021年3月9日 08:30　来源：{paper}",
            "",
            *_STORY,
            "",
            "责任编辑：小林",
            f"版权所有 {paper}",
        ]
    )


def _texts(tmp_path: Path, pages: list[str]) -> list[tuple[str, str]]:
    folder = tmp_path / "news"
    folder.mkdir(parents=True)
    for n, page in enumerate(pages):
        (folder / f"p{n}.txt").write_text(page, encoding="utf-8")
    pipe = Pipeline(PipelineConfig(), profiles=build_profiles(read_inputs([folder])))
    out = []
    for i, raw in enumerate(read_inputs([folder])):
        arts = pipe.process(raw, i).articles
        out.append((arts[0].title, "\n".join(a.text for a in arts)))
    return out


def test_the_dressed_title_line_goes_and_the_title_stays(tmp_path: Path) -> None:
    title = "河岸清理行动告一段落"
    pages = [_news(f"{title}_某某晚报"), _news(f"{title} - 某某晚报"), _news(f"原标题：{title}")]
    for got, text in _texts(tmp_path, pages):
        assert got == title
        assert title not in text, text
        assert all(s in text for s in _STORY)


def test_a_title_line_whose_cut_part_names_nothing_stays(tmp_path: Path) -> None:
    # the part after the dash is no name the page gives elsewhere: the line stays
    pages = [_news("河岸清理行动 - 第三个周末"), _news("河岸清理行动告一段落")]
    texts = [text for _, text in _texts(tmp_path, pages)]
    assert "第三个周末" in texts[0], texts[0]
    assert "河岸清理行动告一段落" in texts[1], texts[1]


def test_floor_news_titles() -> None:
    f = assert_floors("tune_s_news_titles", {"content_f1": 0.97, "titles": 0.95}, pages=12)
    assert f["residue"] <= 0.04, f  # (two '# 标题' lines stay: Markdown, see dressed_title)


# --- a site's note at the foot of every page, among its foot chrome (foot_repeat.py) ----

_NOTE = "栏目里的每一条消息都经过两位编辑核对，刊出后如需更正请写信说明。"
# the series' own close, about its text and naming no step for the reader (a close that
# tells the reader what to do, printed word for word under every page, is the site's
# note: the page_note cue, as sets yf and yg hold it)
_CLOSE = "以上各项安排由校工会、后勤处和图书馆分别负责组织落实。"
_ITEMS = [
    "本周六上午在东区体育馆举行羽毛球友谊赛，欢迎各单位职工报名参加。",
    "图书馆三楼阅览室将于下月起延长开放时间，晚间开放至九点半。",
    "食堂二楼新增一个面食窗口，供应时间为每天中午十一点到一点。",
    "校医院本周四下午组织免费体检，请提前在网上预约时段。",
    "南门停车场进行路面维修，施工期间请车辆改从西门进出。",
    "后勤处提醒大家注意用电安全，离开办公室时请关闭电源。",
]

_EXTRA = [
    "报名截止前请把参赛名单交到工会办公室，每个部门限报两支队伍。",
    "期末复习期间座位紧张，请同学们不要用书本长时间占座。",
    "新窗口试营业期间所有面食九折，欢迎老师同学前去品尝。",
    "体检项目包括血常规、心电图和胸透，空腹前往效果更准确。",
    "维修工程预计持续两周，雨天顺延，给大家带来不便敬请谅解。",
    "冬季取暖器功率较大，请勿在插线板上同时接入多台电器。",
]


def _board(n: int, *, note_under_chrome: bool) -> str:
    body = [f"某某学院通知第{n + 1}号", "", _ITEMS[n], _ASKED[n], _EXTRA[n], ""]
    foot = ["【打印本页】　【关闭窗口】", "", "版权所有 © 某某学院"]
    if note_under_chrome:
        foot.insert(1, _NOTE)  # between the controls and the copyright
    else:
        body.insert(-1, _CLOSE)  # right under the text: the series' own close
    return "\n".join(["某某学院首页 | 通知公告 | 校园生活", "", *body, *foot])


def test_the_sites_note_among_its_foot_chrome_goes(tmp_path: Path) -> None:
    pages = [_board(n, note_under_chrome=True) for n in range(6)]
    for n, (_, text) in enumerate(_texts(tmp_path, pages)):
        assert _NOTE not in text, text
        assert _ITEMS[n] in text and _EXTRA[n] in text, text


def test_a_series_fixed_close_under_its_text_stays(tmp_path: Path) -> None:
    pages = [_board(n, note_under_chrome=False) for n in range(6)]
    for _, text in _texts(tmp_path, pages):
        assert _CLOSE in text, text


def test_floor_zl_zhaopinhui() -> None:
    f = assert_floors("sealed_zl_zhaopinhui", {"content_f1": 0.98, "titles": 0.95})
    assert f["residue"] <= 0.05, f


def test_a_markdown_documents_own_heading_stays(tmp_path: Path) -> None:
    # a Markdown file's '# 标题' (over its own '## 第一章' sections, or alone): its heading
    doc = [
        "# 某某市河岸保洁办法",
        "",
        "## 第一章 总则",
        "",
        "第一条 为了保持河岸整洁，根据有关规定，结合本市实际，制定本办法。",
        "",
        "## 第二章 职责",
        "",
        "第二条 各街道负责本辖区河岸的日常保洁，并接受市容部门的监督检查。",
    ]
    [(title, text)] = _texts(tmp_path, ["\n".join(doc)])
    assert title == "某某市河岸保洁办法"
    assert "# 某某市河岸保洁办法" in text, text
    [(_, alone)] = _texts(tmp_path / "b", ["\n".join([doc[0], "", doc[4], "", doc[8]])])
    assert "# 某某市河岸保洁办法" in alone, alone
