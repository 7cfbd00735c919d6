"""The split stage's generic structure layer (issue 12): article headers from the page's
own numbering, titles without site dressing, metadata by label shape, HTML page hints.
Our own text throughout; every case also rebuilds the page byte for byte."""

from __future__ import annotations

import json

import pytest

from cleaner.edits import Editor
from cleaner.provenance import rebuild
from cleaner.stages.split import PageHints, SplitStage
from cleaner.stages.split_titles import clean_title
from tests.conftest import ROOT

STAGE = SplitStage()
BODY = "这是正文的第一句话，内容写得较长一些。\n这是正文的第二句话，继续把事情说明白。\n"


def run(text: str, hints: PageHints | None = None) -> tuple[list, Editor]:
    ed = Editor("p", text)
    drafts = STAGE(ed, hints=hints)
    assert rebuild(ed.text, ed.changes) == text
    assert "".join(d.text for d in drafts) == ed.text
    return drafts, ed


@pytest.mark.parametrize(
    ("head", "fmt"),
    [
        ("汇编", "{t} 篇{n}"),  # suffix form
        ("汇编", "〈{n}〉{t}"),  # a bracket no rule names
        ("作文3篇", "{n}. {t}"),  # bare numbers + a count in the head
        ("精选三则", "（{cn}）{t}"),
        ("合集", "({n}) {t}"),
        ("共3篇", "{n}、{t}"),
        ("", "{t}（篇{cn}）"),
        ("", "第{n}篇：{t}"),
    ],
)
def test_generic_header_shapes(head: str, fmt: str) -> None:
    cn = "一二三"
    text = f"页面标题{head}\n" + "".join(
        fmt.format(n=n, cn=cn[n - 1], t=f"题目{cn[n - 1]}") + "\n" + BODY for n in (1, 2, 3)
    )
    drafts, _ = run(text)
    assert [d.title for d in drafts] == ["题目一", "题目二", "题目三"]
    assert all(d.text == BODY.rstrip("\n") for d in drafts)


def test_empty_generic_header_takes_title_from_body() -> None:
    text = "文章合集\n篇1\n春天来了\n" + BODY + "篇2\n夏夜星空\n" + BODY
    drafts, _ = run(text)
    assert [d.title for d in drafts] == ["春天来了", "夏夜星空"]


@pytest.mark.parametrize(
    "text",
    [
        # numbered steps inside one article: short bodies, no compilation cue
        "做法\n先说明一下整体思路，内容较长一些。\n1. 准备材料\n搅拌均匀。\n2. 放入锅中\n"
        "小火慢炖。\n3. 装盘\n即可食用。\n",
        # clauses of one rule: sentence punctuation in the numbered lines
        "某某管理办法\n第二条 重点事项包括：\n1. 各单位要切实加强台账管理，确保落实。\n"
        "2. 各单位应当认真落实值班制度，确保安全。\n3. 各单位须及时报送信息，做到底数清。\n",
        # chapters of one law are sections
        "某某条例\n第一章 总则\n" + BODY + "第二章 管理\n" + BODY + "第三章 附则\n" + BODY,
    ],
)
def test_numbered_lists_stay_one_article(text: str) -> None:
    drafts, _ = run(text)
    assert len(drafts) == 1


def test_counters_and_lists_are_not_headers() -> None:
    """Repeated titles ('N 个赞'), a tag cloud of counters, headers with nothing between."""
    likes = "".join(f"{n} 个赞\n{BODY}" for n in (1, 2, 3))
    tags = "".join(f"标签{n}号 ({n})\n" for n in range(1, 30))
    for text in ("作文3篇\n" + likes, "分类\n" + tags + BODY):
        drafts, _ = run(text)
        assert len(drafts) == 1


def test_unsure_numbering_keeps_one_article_and_flags() -> None:
    """Title-like headers over prose, but nothing says the page compiles: one article."""
    text = "某某工作方案\n（一）工作目标\n" + BODY + "（二）主要任务\n" + BODY
    drafts, ed = run(text)
    assert len(drafts) == 1
    flags = [c for c in ed.changes if c.rule == "split.generic_unsure"]
    assert len(flags) == 1 and json.loads(flags[0].ref or "")["lines"] == [2, 5]


def test_internal_list_does_not_steal_the_run() -> None:
    """Articles under '1.' headers whose bodies hold '1、' lists split at the headers only."""
    inner = "1、先做第一件事情，认真完成。\n2、再做第二件事情，及时总结。\n"
    text = "作文2篇\n1. 春天\n" + BODY + inner + "2. 夏天\n" + BODY + inner
    drafts, _ = run(text)
    assert [d.title for d in drafts] == ["春天", "夏天"]


@pytest.mark.parametrize(
    ("raw", "want", "steps"),
    [
        ("某县推进垃圾分类取得新进展_晨江日报", "某县推进垃圾分类取得新进展", ["site_suffix"]),
        ("某县推进垃圾分类取得新进展-远山新闻网", "某县推进垃圾分类取得新进展", ["site_suffix"]),
        ("某县推进垃圾分类|北渚游戏星空", "某县推进垃圾分类", ["site_suffix"]),
        ("某县推进垃圾分类 - www.example.com", "某县推进垃圾分类", ["site_suffix"]),
        ("# 某县推进垃圾分类", "某县推进垃圾分类", ["markdown"]),
        ("原标题：某县推进垃圾分类", "某县推进垃圾分类", ["original_wrapper"]),
        ("某县推进垃圾分类2023-01-05 10:20", "某县推进垃圾分类", ["timestamp"]),
        ("关于做好防汛工作的通知?", "关于做好防汛工作的通知", ["stray_question"]),
        ("新闻动态--中国地理学会官网", "新闻动态", ["site_suffix"]),
        ("（原标题：某县推进垃圾分类）", "某县推进垃圾分类", ["original_wrapper"]),
        ("某某帖子标题 - 码农俱乐部 - 某某中文社区", "某某帖子标题 - 码农俱乐部", ["site_suffix"]),
        # negatives: a real question, a year range, a hyphenated word, a plain title
        ("如何写好一篇作文?", "如何写好一篇作文?", []),
        ("2019-2020学年第一学期工作总结", "2019-2020学年第一学期工作总结", []),
        ("Python 3.8 - what is new", "Python 3.8 - what is new", []),
        ("某某小学运动会_第二天", "某某小学运动会_第二天", []),
        ("关于某事的决议__2007年第23号", "关于某事的决议__2007年第23号", []),
    ],
)
def test_clean_title(raw: str, want: str, steps: list[str]) -> None:
    assert clean_title(raw) == (want, steps)


def test_declared_site_name_confirms_a_suffix() -> None:
    assert clean_title("A long headline | The Daily Example", site_name="The Daily Example")[0] == (
        "A long headline"
    )


def test_title_cleanup_is_recorded_and_text_untouched() -> None:
    text = "原标题：某县推进垃圾分类_晨江日报\n" + BODY
    (d,), ed = run(text)
    assert d.title == "某县推进垃圾分类"
    assert d.text == text.rstrip("\n")
    rules = [c.rule for c in ed.changes if c.action == "flag"]
    assert rules == ["split.title.original_wrapper", "split.title.site_suffix"]


def test_cut_title_completed_from_body() -> None:
    text = "1. 关于做好春季森林防火…\n关于做好春季森林防火工作的通知\n" + BODY
    text = "文件汇编\n" + text + "2. 关于加强耕地保护的通知\n" + BODY
    drafts, _ = run(text)
    assert drafts[0].title == "关于做好春季森林防火工作的通知"


def test_navigation_line_is_not_the_title_and_date_line_is_meta() -> None:
    text = (
        "首页 | 要闻 | 社会\n某县推进垃圾分类_晨江日报\n2021年6月8日 09:15　来源：晨江日报\n" + BODY
    )
    (d,), _ = run(text)
    assert d.title == "某县推进垃圾分类"
    assert d.meta == {"published": "2021-06-08", "origin": "晨江日报"}
    assert "2021年6月8日" not in d.text


def test_page_hints_give_date_and_file_name() -> None:
    (d,), _ = run("某县推进垃圾分类\n" + BODY, PageHints(published="2022-05-06"))
    assert d.meta == {"published": "2022-05-06"}
    drafts, _ = run("某县推进垃圾分类\n" + BODY, PageHints(source="docs/某县工作总结.txt"))
    # a title-shaped first line wins over the file name
    assert drafts[0].title == "某县推进垃圾分类"
    drafts, _ = run(BODY, PageHints(source="docs/某县工作总结.txt"))
    # a sentence is no title (title_choice.title_from_body): the file name names the text
    assert drafts[0].title == "某县工作总结"
    assert drafts[0].text.startswith("这是正文的第一句话，内容写得较长一些。")


@pytest.mark.parametrize(
    ("block", "want"),
    [
        (
            "发布部门：某市人民政府办公室    发文字号：某政办发〔2023〕12号",
            {"issuer": "某市人民政府办公室", "doc_number": "某政办发〔2023〕12号"},
        ),
        (
            "发 布 部 门：某市教育局\n公 布 日 期：2021年5月6日",
            {"issuer": "某市教育局", "published": "2021-05-06"},
        ),
        (
            "效力级别：地方规范性文件    时效性：现行有效",
            {"level": "地方规范性文件", "validity": "现行有效"},
        ),
        (  # labels no table names, read by their shape
            "颁发部门：某省卫生厅  批准文号：某卫〔2019〕3号  实施时间：2019-10-01",
            {"issuer": "某省卫生厅", "doc_number": "某卫〔2019〕3号", "effective": "2019-10-01"},
        ),
        (
            "发布部门\t发文字号\t时效性\n某市人民政府\t[2023]12号\t现行有效",
            {"issuer": "某市人民政府", "doc_number": "[2023]12号", "validity": "现行有效"},
        ),
        ("某政办发〔2023〕12号", {"doc_number": "某政办发〔2023〕12号"}),
        ("(2023)第12号", {"doc_number": "(2023)第12号"}),
        ("某市人民政府令第12号", {"doc_number": "某市人民政府令第12号"}),
    ],
)
def test_meta_label_shapes(block: str, want: dict[str, str]) -> None:
    text = f"第一篇：关于某事的通知\n{block}\n{BODY}"
    (d,), _ = run(text)
    assert d.meta == want
    assert d.text == BODY.rstrip("\n")


@pytest.mark.parametrize(
    "line",
    [
        "各有关单位：",  # a salutation ends in a label-like word but holds no value
        # labels that name no field, in a sentence (a row of cells under a header,
        # '作者：张三  日期：2020-01-02', is a byline: its one date is read, issue 12)
        "作者：张三，日期：2020-01-02。",
        "主要任务：加强管理，落实责任。",
    ],
)
def test_prose_with_colons_is_not_meta(line: str) -> None:
    text = f"第一篇：关于某事的通知\n{line}\n{BODY}"
    (d,), _ = run(text)
    assert d.meta == {}
    assert d.text.startswith(line)


def test_structure_families_meet_targets() -> None:
    """The tuned structure families (and the held-out law family) reach the issue's split
    targets; heldout_s_bulletin is measured by benchmarks/structure_bench.py only."""
    import importlib.util

    from cleaner.config import PipelineConfig
    from cleaner.ingest.readers import read_inputs
    from cleaner.pipeline import Pipeline
    from cleaner.stages.profile_counter import build_profiles

    spec = importlib.util.spec_from_file_location(
        "sbench", ROOT / "benchmarks" / "structure_bench.py"
    )
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    for name in ("tune_s_numbered_essays", "tune_s_news_titles", "heldout_s_law_db"):
        fam = ROOT / "tests" / "families" / name
        truths = [json.loads(x) for x in (fam / "truth.jsonl").read_text("utf-8").splitlines()]
        raws = list(read_inputs([fam / "pages"]))
        pipe = Pipeline(PipelineConfig(), profiles=build_profiles(raws))
        results = [
            [
                {"title": a.title, "text": a.text, "meta": a.meta}
                for a in pipe.process(r, i).articles
            ]
            for i, r in enumerate(raws)
        ]
        f = bench.figures(bench.score(truths, results))
        assert f["titles"] >= 0.95 and f["counts"] >= 0.95, (name, f)
        assert f["metadata"] >= 0.90, (name, f)


def test_a_font_size_bar_is_not_a_document_number() -> None:
    """'字号' also names the font-size bar of news pages: a doc_number must hold a number,
    else the line is not metadata and stays in the text."""
    from cleaner.stages.split_meta import MetaParser

    p = MetaParser()
    assert p.parse_meta_line("字号：[大] [中] [小] [打印]") is None
    number = "某政办发〔2023〕12号"
    assert p.parse_meta_line(f"发文字号：{number}") == {"doc_number": number}
    assert p.parse_meta_line("文号：第十二号 ｜ 发文机关：某县人民政府") == {
        "doc_number": "第十二号",
        "issuer": "某县人民政府",
    }


def test_a_flattened_record_line_gives_way_to_the_file_name() -> None:
    """Read by eye on real catalogue pages: a first line of '~'-separated fields is a
    flattened table, not a title; the file name says what the page is (flagged)."""
    record = "@全套枚数~4枚~全套面值~4.80元~发行日期~2012年11月30日\n"
    (d,), ed = run(record + BODY, PageHints(source="pages/2016-1J 《某某纪念》邮票.txt"))
    assert d.title == "2016-1J 《某某纪念》邮票"
    assert any(c.rule == "split.title.file_name" for c in ed.changes)
    assert record.strip() in d.text  # the line itself stays in the text
    (d,), _ = run("某县推进垃圾分类 | 要闻\n" + BODY, PageHints(source="x/某文件.txt"))
    assert d.title.startswith("某县推进垃圾分类")  # one separator is not a record
