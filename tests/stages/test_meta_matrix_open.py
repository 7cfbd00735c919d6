"""The metadata matrix's cells closed by metaopen, each asserted with other wording than
the matrix's (``tests/stages/meta_matrix.py``), each with look-alikes that must stay text:

* a label spelled out letter by letter before another gap (``撰　　稿　某某``): the repair
  stage closes the label's gaps, not the one before its value;
* an English ``Published: <date>`` stamp the boilerplate stage removes: its day is the
  page's publish date (the stamp stays on the ledger), an update's stamp is not;
* an English label and its value parted by a tab; a Han label glossed in English alone on
  its line over its value;
* a body beside a month-name date (``July 14, 2022``) or a three-digit ROC year
  (``111年7月14日``); a body before its publishing verb (``某局　发布``);
* an HTML data table's column of dates under the headline is no byline.
"""

from __future__ import annotations

import pytest

from cleaner.config import PipelineConfig
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from tests.stages.meta_matrix import _html_raw
from tests.stages.stage_runs import repair

TITLE = "柘川县推进高标准农田建设的实施意见"
BODY = [
    "各乡镇人民政府，县直有关单位：",
    "为加快补齐农业基础设施短板，县政府决定今年新建高标准农田两万亩，现提出如下意见。",
    "一、各乡镇要在五月底前完成地块核实，逐块建立台账，确保建设任务落到实处。",
    "二、项目实施单位要严把工程质量关，做好沟渠、机耕路和灌溉设施的同步建设。",
]
EN_TITLE = "Zhechuan farmers try a new rice variety"
EN_BODY = [
    "Farmers in three villages of Zhechuan planted a new rice variety this spring, hoping"
    " for a larger harvest in the autumn.",
    "The county's farm office said the seed needs less water than the old one, and that"
    " yields would be checked field by field in October.",
]
ORG = "柘川县农业农村局"


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(PipelineConfig())


def _run(pipe: Pipeline, rows: list[str], *, en: bool = False, foot: list[str] | None = None):
    title, body = (EN_TITLE, EN_BODY) if en else (TITLE, BODY)
    page = "\n".join([title, *rows, *body, *(foot or [])]) + "\n"
    res = pipe.process(RawInput("open/page.txt", page.encode()), 0)
    art = res.articles[0]
    return dict(art.meta), art.text, res.changes


@pytest.mark.parametrize(
    ("row", "want"),
    [
        ("撰　　稿　祁远", {"author": "祁远"}),
        ("出　　处　柘川县融媒体中心", {"origin": "柘川县融媒体中心"}),
        ("发 布 单 位　柘川县农业农村局", {"issuer": ORG}),
    ],
)
def test_spaced_label_before_its_gap(pipe: Pipeline, row: str, want: dict[str, str]) -> None:
    meta, text, changes = _run(pipe, [row])
    assert {k: meta.get(k) for k in want} == want
    assert next(iter(want.values())) not in text
    value = next(iter(want.values()))
    assert any(c.rule == "split.meta_header" and value in c.before for c in changes)


def test_spaced_label_gap_kept_by_repair() -> None:
    assert repair("撰\u3000\u3000稿\u3000祁远\n") == "撰稿\u3000祁远"
    # the same gap throughout: a letter-spaced line, closed whole as before
    assert repair("春\u3000\u3000眠\u3000\u3000不\u3000\u3000觉\n") == "春眠不觉"


@pytest.mark.parametrize(
    "stamp", ["Published: 14 July 2022", "Published\t14 July 2022", "Posted July 14, 2022"]
)
def test_english_stamp_gives_published(pipe: Pipeline, stamp: str) -> None:
    meta, text, changes = _run(pipe, [stamp], en=True)
    assert meta.get("published") == "2022-07-14"
    assert "July" not in text
    assert any(c.rule.endswith(".date_stamp") and "2022" in c.before for c in changes)


def test_english_update_stamp_or_two_stamps_not_published(pipe: Pipeline) -> None:
    meta, _, _ = _run(pipe, ["Updated: 14 July 2022"], en=True)
    assert "published" not in meta
    comments = ["Posted 15 July 2022", "Nice work.", "Posted 16 July 2022", "Agreed."]
    meta, _, _ = _run(pipe, ["Published: 14 July 2022"], en=True, foot=comments)
    assert "published" not in meta  # two stamps: the article's and a comment's
    meta, _, _ = _run(pipe, [], en=True, foot=["Posted 15 July 2022"])
    assert "published" not in meta  # a stamp low on the page: a comment's


@pytest.mark.parametrize(
    ("row", "want"),
    [
        ("Issued by\tZhechuan Farm Office", {"issuer": "Zhechuan Farm Office"}),
        ("Written by\tQi Yuan", {"author": "Qi Yuan"}),
    ],
)
def test_english_tab_pair(pipe: Pipeline, row: str, want: dict[str, str]) -> None:
    meta, text, _ = _run(pipe, [row], en=True)
    assert {k: meta.get(k) for k in want} == want
    assert next(iter(want.values())) not in text


def test_glossed_label_alone_over_value(pipe: Pipeline) -> None:
    meta, text, _ = _run(pipe, ["发文单位 / Issued by：", ORG])
    assert meta.get("issuer") == ORG
    assert "Issued" not in text


@pytest.mark.parametrize("day", ["July 14, 2022", "111年7月14日", "Jul. 14, 2022"])
def test_body_beside_date_forms(pipe: Pipeline, day: str) -> None:
    meta, text, _ = _run(pipe, [f"{ORG}　{day}"])
    assert meta.get("published") == "2022-07-14"
    assert meta.get("issuer") == ORG
    assert day not in text


def test_english_date_going_on_in_words_is_no_cell() -> None:
    from cleaner.stages.split_meta import MetaParser

    p = MetaParser()
    assert p.shaped_row(f"{ORG}　July 14, 2022", near_title=True) == {
        "published": "2022-07-14",
        "issuer": ORG,
    }
    assert p.shaped_row(f"{ORG}　July 14, 2022 at the terraces", near_title=True) is None


def test_english_date_in_sentence_stays(pipe: Pipeline) -> None:
    line = "On July 14, 2022, the farm office said it would test the seed again."
    meta, text, _ = _run(pipe, [line], en=True)
    assert "published" not in meta
    assert line in text


def test_body_before_verb(pipe: Pipeline) -> None:
    meta, text, changes = _run(pipe, [f"{ORG}　发布"])
    assert meta.get("issuer") == ORG
    assert ORG not in text
    assert any(ORG in c.before for c in changes if c.rule == "split.meta_header")


@pytest.mark.parametrize(
    "row",
    [
        f"{ORG}发布会",  # a headline-like line, no gap
        f"{ORG}　发布会",  # another word than the verb
        f"{ORG}今天发布了新的补贴标准。",  # a sentence
    ],
)
def test_body_verb_lookalikes_stay(pipe: Pipeline, row: str) -> None:
    meta, text, _ = _run(pipe, [row])
    assert meta.get("issuer") != ORG
    assert row in text


def test_person_before_verb_no_issuer(pipe: Pipeline) -> None:
    meta, _, _ = _run(pipe, ["祁远　发布"])
    assert "issuer" not in meta  # a person before the verb (read as before: the author)


def test_html_data_table_dates_no_byline() -> None:
    rows = [("甲村", "2022-07-14", "县财政"), ("乙村", "2022-08-02", "乡财政")]
    table = "<table><tr><th>村名</th><th>开工日期</th><th>资金</th></tr>" + "".join(
        f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows
    )
    paras = "".join(f"<p>{p}</p>" for p in BODY)
    page = f"<html><body><div><h1>{TITLE}</h1>{table}</table>{paras}</div></body></html>"
    pipe = Pipeline(PipelineConfig())
    arts = pipe.process(_html_raw(page), 0).articles
    assert "published" not in arts[0].meta
    assert "2022-07-14" in arts[0].text
    # one dated byline row under the headline is still the page's date
    page = f"<html><body><div><h1>{TITLE}</h1><p>2022-07-14</p>{paras}</div></body></html>"
    arts = pipe.process(_html_raw(page), 0).articles
    assert arts[0].meta.get("published") == "2022-07-14"


# --- layouts the matrix gained (``_cells_wide``), other wording ---


@pytest.mark.parametrize(
    "row", ["2022年7月14日 星期四", "2022-07-14（周四）", "2022年7月14日 礼拜四 08:30"]
)
def test_date_with_weekday(pipe: Pipeline, row: str) -> None:
    meta, text, _ = _run(pipe, [row])
    assert meta.get("published") == "2022-07-14"
    assert "2022" not in text


def test_date_with_weekday_and_words_stays(pipe: Pipeline) -> None:
    row = "2022年7月14日 星期四 晴 今天和同学去田里看了新插的秧苗。"
    meta, text, _ = _run(pipe, [row])
    assert "published" not in meta
    assert row in text


@pytest.mark.parametrize(
    ("row", "want"),
    [
        ("Thursday, July 14, 2022", {"published": "2022-07-14"}),
        ("By Qi Yuan, Zhechuan Evening News | 14 July 2022", {"author": "Qi Yuan"}),
        ("July 14, 2022 | By Qi Yuan", {"author": "Qi Yuan", "published": "2022-07-14"}),
    ],
)
def test_english_bylines(pipe: Pipeline, row: str, want: dict[str, str]) -> None:
    meta, text, changes = _run(pipe, [row], en=True)
    assert {k: meta.get(k) for k in want} == want
    assert "Qi Yuan" not in text and "July 14" not in text
    assert any(c.rule == "split.meta_header" and "2022" in c.before for c in changes)


def test_english_by_sentence_stays(pipe: Pipeline) -> None:
    line = "By July 14, 2022, Qi Yuan had planted the new seed on every terrace."
    meta, text, _ = _run(pipe, [line], en=True)
    assert "author" not in meta and "published" not in meta
    assert line in text


@pytest.mark.parametrize("row", ["发布时间：07/08/2022", "Published: 07/08/2022"])
def test_day_month_either_way_kept_raw(pipe: Pipeline, row: str) -> None:
    meta, _, changes = _run(pipe, [row], en=row.startswith("P"))
    raw = row.split(":")[-1].split("：")[-1].strip()
    assert meta.get("published") == raw  # as printed: never guessed
    assert any(raw in c.before for c in changes)  # the row left the text on the record


def test_day_month_one_way_read(pipe: Pipeline) -> None:
    meta, _, _ = _run(pipe, ["发布时间：14/07/2022"])
    assert meta.get("published") == "2022-07-14"  # no month 14: one reading


@pytest.mark.parametrize(
    ("row", "want"),
    [
        (f"发布时间 | 2022-07-14 | 发布单位 | {ORG}", {"published": "2022-07-14", "issuer": ORG}),
        ("出处：柘川县融媒体中心 撰稿：祁远 发布时间：2022-07-14", {"author": "祁远"}),
    ],
)
def test_strips_and_glued_rows(pipe: Pipeline, row: str, want: dict[str, str]) -> None:
    meta, text, _ = _run(pipe, [row])
    assert {k: meta.get(k) for k in want} == want
    assert "2022-07-14" not in text


def test_body_sentence_with_source_verb_stays(pipe: Pipeline) -> None:
    row = "项目资金来源于县级财政和社会捐助，撰稿人祁远对此作了说明。"
    meta, text, _ = _run(pipe, [row])
    assert "origin" not in meta and "author" not in meta
    assert row in text


def test_html_th_td_card() -> None:
    cells = [("发布时间", "2022-07-14"), ("发布单位", ORG), ("撰稿", "祁远")]
    card = "<table>" + "".join(f"<tr><th>{a}</th><td>{b}</td></tr>" for a, b in cells)
    paras = "".join(f"<p>{p}</p>" for p in BODY)
    page = f"<html><body><div><h1>{TITLE}</h1>{card}</table>{paras}</div></body></html>"
    arts = Pipeline(PipelineConfig()).process(_html_raw(page), 0).articles
    assert arts[0].meta.get("published") == "2022-07-14"
    assert arts[0].meta.get("issuer") == ORG
    assert ORG not in arts[0].text


def test_barred_table_of_fields_over_title(pipe: Pipeline) -> None:
    rows = [
        f"| 发布单位 | {ORG} | 发布时间 | 2022-07-14 |",
        "| 文号 | 柘农发〔2022〕7号 | 分类 | 农业 |",
    ]
    page = "\n".join([*rows, TITLE, *BODY]) + "\n"
    art = pipe.process(RawInput("open/table.txt", page.encode()), 0).articles[0]
    assert art.meta.get("issuer") == ORG and art.meta.get("doc_number") == "柘农发〔2022〕7号"
    assert art.title == TITLE
    assert "柘农发" not in art.text


def test_barred_menu_over_title_is_no_table(pipe: Pipeline) -> None:
    rows = ["首页 | 政务公开 | 办事服务 | 互动交流", "首页 | 通知公告 | 政策文件"]
    page = "\n".join([*rows, TITLE, *BODY]) + "\n"
    art = pipe.process(RawInput("open/menu.txt", page.encode()), 0).articles[0]
    assert art.title == TITLE
    assert not {"issuer", "doc_number", "published"} & art.meta.keys()
