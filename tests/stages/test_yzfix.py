"""What set yz's pages showed, each as a class with invented pages of its own (yzfix):

* a board whose pieces each open with a title line carrying its status or kind stamp glued
  before it (``【计划停水】关于…的通知``): the stamps cut the page, each line goes as its
  piece's header, the bare words are the title; a row of bracketed cells is no such line;
* a row of a subject's labelled facts (a firm's code, its trade, its district), none of
  its labels one the tables name and no day in it, reads no field by a value's shape: it
  is the text's, even when a value looks like a document number;
* a lone stamp may be a corner-bracketed word (``「环保警示」``) over each firm's name, and
  the rows of one form closing such pieces are their metadata; a handler's person label
  (``经办人：某某``) names the author;
* a document's information box on one row under its text (its number and two fields
  more) is read, however often the site prints its shape; an attachment line naming its
  file is the document's, however often the site prints it;
* a print view's spaced rule each side of a page counter is a page mark, and a field
  row whose list it cuts mid-word goes on under it;
* a notice's standing line above a sign-off on one line (a body, a gap, its date) is the
  notice's text, a closing sentence with its contact row glued after it among them.

Every word is invented.
"""

from __future__ import annotations

from pathlib import Path

from cleaner.config import PipelineConfig
from cleaner.ingest.readers import read_inputs
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.join_lines import field_runs_on
from cleaner.stages.profile_counter import build_profiles
from cleaner.stages.signed_text import one_line_sign_offs, standing_text
from cleaner.stages.split_cell_rows import cell_row, fact_cells
from cleaner.stages.split_meta import MetaParser
from cleaner.stages.split_stamps import tag_title_run
from cleaner.stages.standing_keep import standing_line
from tests.stages.stage_runs import repair, split

ENDINGS = ("通知", "公告")


def _site(folder: Path, pages: list[list[str]]) -> list[list[tuple[str, str, dict[str, str]]]]:
    for k, page in enumerate(pages):
        (folder / f"p{k}.txt").write_text("\n".join(page) + "\n", "utf-8")
    raws = [r for r in read_inputs([folder]) if isinstance(r, RawInput)]
    pipe = Pipeline(PipelineConfig(), profiles=build_profiles(raws))
    return [
        [(a.title, a.text, dict(a.meta)) for a in pipe.process(raw, i).articles]
        for i, raw in enumerate(raws)
    ]


# ---- titles each with a stamp glued before it

STREETS = ["梧桐街", "枫林路", "柏溪巷", "桂苑路", "荷塘街", "松岗路", "竹园巷"]
KINDS = [("计划停电", "线路检修临时停电的通知"), ("恢复供电", "片区恢复正常供电的公告")]
UNITS = ["某某电力公司城东供电所", "某某电力公司城西供电所"]


def _outage(n: int, day: int) -> list[str]:
    stamp, what = KINDS[n % 2]
    street = STREETS[n % len(STREETS)]
    return [
        "",
        f"【{stamp}】关于{street}{what}",
        "各位用户：",
        f"因{street}配电线路改造，我所定于{day + 2}日8时起对下列区域暂停供电，"
        "恢复时间视施工进度而定。",
        f"停电范围：{street}以南、{STREETS[(n + 1) % 7]}以西，包括某某小区、某某市场等。",
        "请用户提前做好准备，停电期间请勿自行操作配电设备，感谢您的理解和支持。",
        f"{UNITS[n % 2]}　　2023年5月{day}日",
    ]


def _board(first: int, count: int) -> list[str]:
    page = ["某某电力　用户服务　｜　打印预览", "位置：首页 / 服务公告 / 停电信息"]
    for k in range(count):
        page += _outage(first + k, 20 - 3 * k)
    return [*page, "", "某某电力有限公司　地址：某某市滨江路8号"]


def test_titles_with_glued_stamps_cut_the_page(tmp_path: Path) -> None:
    counts = (4, 2, 3, 2, 3)
    got = _site(tmp_path, [_board(k, n) for k, n in enumerate(counts)])
    for page, count in zip(got, counts, strict=True):
        assert len(page) == count
        for title, text, meta in page:
            assert title.startswith("关于") and "【" not in title
            assert "【" not in text and title not in text  # the tagged line goes whole
            assert text.split("\n")[0] == "各位用户："
            assert meta.get("published", "").startswith("2023-05-")
    # the two-piece page: its stamps each used once, each title a notice's
    assert [t for t, _, _ in got[1]] == [
        "关于枫林路片区恢复正常供电的公告",
        "关于柏溪巷线路检修临时停电的通知",
    ]


def test_glued_stamps_from_the_split_stage() -> None:
    body = "因配电线路改造，我所定于某日对下列区域暂停供电，敬请各位用户提前做好准备。"
    arts = split(
        [
            "【计划停电】关于梧桐街线路检修的通知",
            body,
            "",
            "【计划停电】关于枫林路线路检修的通知",
            body,
        ]
    )
    assert [a.title for a in arts] == ["关于梧桐街线路检修的通知", "关于枫林路线路检修的通知"]
    assert all(a.text.strip() == body for a in arts)


def test_lines_that_are_no_stamped_titles() -> None:
    body = "因配电线路改造，我所定于某日对下列区域暂停供电，敬请各位用户提前做好准备。"
    two = [
        "【计划停电】关于梧桐街线路检修的通知",
        body,
        "【恢复供电】关于枫林路恢复供电的公告",
        body,
    ]
    assert [t for _, _, t, _ in tag_title_run(two, ENDINGS)] == [
        "关于梧桐街线路检修的通知",
        "关于枫林路恢复供电的公告",
    ]
    # prose above the first: one text's marked parts
    assert tag_title_run(["某所关于停电安排的说明", body, *two], ENDINGS) == []
    # each stamp once, titles of no document's kind: a text's labelled sections
    assert tag_title_run(["【背景】总体情况", body, "【做法】主要措施", body], ENDINGS) == []
    # a list of tagged links, no prose under each
    assert tag_title_run([two[0], two[2]], ENDINGS) == []
    # rows of bracketed cells, a stamp before a sentence
    cells = ["〔电费〕〔答复日期：2021-05-03〕", body, "〔电费〕〔答复日期：2021-05-06〕", body]
    assert tag_title_run(cells, ENDINGS) == []
    said = ["【提示】请用户提前储水，谢谢。", body, "【提示】请用户关闭阀门，谢谢。", body]
    assert tag_title_run(said, ENDINGS) == []


# ---- a row of a subject's labelled facts


def test_a_row_of_facts_reads_no_field() -> None:
    f = MetaParser().field_of
    row = "统一社会信用代码：92AB3CD4EF5GH6JK7L　｜　所属行业：纸制品加工　｜　所在区县：某某区"
    assert cell_row(row, f) is None
    assert MetaParser().shaped_row(row, near_title=True) is None
    # a record's card: a label the tables name, or a day among the cells, reads
    assert cell_row("登记号：AB2020123C　经手者：某某", f) == {
        "doc_number": "AB2020123C",
        "author": "某某",
    }
    assert not fact_cells([("批次", "PC20200304-2"), ("时段", "3月4日 08:00 至次日")], f)
    assert not fact_cells([("批次", "PC20200304-2"), (None, "某某局")], f)


def test_a_handler_person_label_names_the_author() -> None:
    m = MetaParser()
    assert m.shaped_row("评定编号：PD-2021-118　　经办人：某某某", near_title=True) == {
        "doc_number": "PD-2021-118",
        "author": "某某某",
    }


FIRMS = ["某某纸业有限公司", "某某陶瓷有限公司", "某某食品有限公司", "某某机械有限公司"]


def _firm(n: int, seal: str) -> list[str]:
    return [
        "",
        f"「{seal}」",
        FIRMS[n],
        f"统一社会信用代码：91{n}AB3CD4EF5GH6JK7　｜　所属行业：制造业　｜　所在区县：某某区",
        f"评定得分：{80 - n}分　评定等级：{seal}企业",
        "评定情况：评定期内未发生环境违法行为，污染治理设施运行稳定，按时公开监测数据。",
        f"评定编号：PD-2021-{n + 101}　　经办人：{['某甲', '某乙某', '某丙'][n % 3]}",
    ]


def test_firms_under_corner_bracket_seals(tmp_path: Path) -> None:
    head = [
        "某某市生态环境局",
        "某某市2020年度企业环境信用评定结果（第一批）",
        "发布日期：2021-03-04",
    ]
    pages = [
        [*head, *_firm(0, "环保良好"), *_firm(1, "环保良好"), "", "地址：某某市某路1号"],
        [*head, *_firm(2, "环保诚信"), *_firm(3, "环保良好"), *_firm(1, "环保警示"), ""],
    ]
    got = _site(tmp_path, pages)
    assert [len(p) for p in got] == [2, 3]
    for page in got:
        for title, text, meta in page:
            assert title in FIRMS and "「" not in text
            assert "统一社会信用代码：" in text  # the facts stay the text's
            assert "评定编号" not in text and meta["doc_number"].startswith("PD-2021-")
            assert meta.get("author", "").startswith("某")


# ---- a document's information box on one row; an attachment line


def _notice(n: int) -> list[str]:
    return [
        "某某省药品价格信息　｜　打印本页",
        f"关于调整某某片等{n + 2}个药品挂网价格的通知",
        "各有关医疗机构：",
        f"经研究，决定调整某某片等{n + 2}个药品的挂网价格，现将有关事项通知如下。",
        "一、调整后的价格自发布之日起执行，请各单位及时维护信息系统。",
        "二、执行中如有问题，请及时与省局价格处联系。",
        "附件：调整品种价格对照表（略）",
        "",
        f"【文件信息】发文机关：某某省医疗保障局　｜　文号：某医保价〔2020〕{n + 3}号"
        f"　｜　发布日期：2020-0{n + 1}-1{n}",
        "",
        "某某省医疗保障局　地址：某某市某路9号",
    ]


def test_an_information_row_under_the_text_is_read(tmp_path: Path) -> None:
    got = _site(tmp_path, [_notice(n) for n in range(4)])
    for n, page in enumerate(got):
        ((_, text, meta),) = page
        assert "附件：调整品种价格对照表（略）" in text
        assert meta.get("doc_number") == f"某医保价〔2020〕{n + 3}号"
        assert meta.get("issuer") == "某某省医疗保障局"
        assert meta.get("published") == f"2020-0{n + 1}-1{n}"


# ---- a spaced rule each side of a page counter; a field row cut mid-word


def test_a_spaced_rule_counter_joins_a_cut_field_row() -> None:
    text = (
        "停电时间：5月20日08:00—17:00\n"
        "停电范围：梧桐街以南、枫林路\n\n- - - - - - - - - -　2/3　- - - - - - - - - -\n\n"
        "以西，包括某某小区、某某市场等。\n"
        "请用户提前做好准备，感谢您的理解和支持。\n"
    )
    fixed = repair(text)
    assert "停电范围：梧桐街以南、枫林路以西，包括某某小区、某某市场等。" in fixed
    assert "2/3" not in fixed
    # a run of whole field rows: the row over the mark stays whole
    rows = "开放时间：5月3日\n开放地点：滨湖步道\n\n- - - - - -　2/3　- - - - - -\n\n"
    rows += "正文另起一段，写在这里。\n"
    assert "滨湖步道正文" not in repair(rows)
    assert field_runs_on("停电范围：甲街以南、乙路", "以西，包括某小区等。")
    assert not field_runs_on("开放地点：滨湖步道", "正文另起一段，写在这里。")


# ---- standing text above a one-line sign-off


def test_standing_text_above_a_one_line_sign_off() -> None:
    page = [
        "关于梧桐街线路检修临时停电的通知",
        "因配电线路改造，我所定于某日对下列区域暂停供电，敬请提前做好准备。",
        "由此给您带来的不便，敬请谅解。服务热线：95598（24小时）",
        "某某电力公司城东供电所　　2023年5月20日",
        "本站声明",
    ]
    assert one_line_sign_offs(page, lambda k: True) == [3]
    assert one_line_sign_offs(["正文。", "张小明　2023年5月20日"], lambda k: True) == []
    # the hotline learned, the sign-off learned as a shape: both the notice's
    assert sorted(standing_text(page, {2, 3, 4}, set(), shaped={3})) == [2, 3]
    # no own prose above: nothing
    assert standing_text(page[2:], {0, 1, 2}, set(), shaped={1}) == set()
    assert standing_line(page[2], ("cue:contact",))
    assert not standing_line("感谢您的访问与支持。标签：乡村", ())


def test_an_attachment_line_but_no_download_row_is_kept() -> None:
    import re

    from cleaner.rules import load_table

    keeps = {k["name"]: re.compile(k["pattern"]) for k in load_table("site_repeat_keep")["keep"]}
    rx = keeps["attachment_label"]
    assert rx.match("附件：调整品种价格对照表（略）") and rx.match("附件2：某某名单")
    assert not rx.match("附件：2019年第3期通报.docx（59KB）　点击下载")
    assert not rx.match("附件：某某大纲.pdf　下载次数：12")


def test_a_column_note_speaks_in_the_site_voice() -> None:
    from cleaner.stages.keep import keep_table

    keep = keep_table()
    assert "site_voice" in keep.cues("本栏目信息由各学校发布，对内容有疑问的，请与发布单位联系。")
    assert "site_voice" in keep.cues("本频道内容仅供参考。")
    assert "site_voice" not in keep.cues("本次活动信息由各学校发布。")
