"""Set yy's classes (issue 12), each on invented pages of our own: a status stamp over each
bare title, a heading closed by a seal row, a one-line sign-off closing a piece, a learned
foot shape above more pieces, a bracketed issue note amid a single document.

The pages are written here, modelled on the shapes, not copied from any family.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.config import PipelineConfig
from cleaner.ingest.readers import read_inputs
from cleaner.model import RawInput
from cleaner.pipeline import PageResult, Pipeline
from cleaner.stages.profile_counter import build_profiles
from cleaner.stages.split import SplitStage
from cleaner.stages.split_dates import issued_fields
from cleaner.stages.split_state_stamps import state_stamp_run


def _run(lines: list[str], *, name: str = "p.txt") -> PageResult:
    raw = RawInput(source=name, data=("\n".join(lines) + "\n").encode())
    return Pipeline(PipelineConfig()).process(raw, 0)


def _lines(res: PageResult) -> list[list[str]]:
    return [[ln for ln in a.text.split("\n") if ln.strip()] for a in res.articles]


# -- a status stamp over each bare title ----------------------------------------------------


def _stamped_page() -> list[str]:
    out = ["某市图书馆　公告栏　［打印］", "2023年5月公告　共2则", ""]
    pieces = [
        ("● 执行中", "关于少儿阅览室暑期延长开放的通知", "教育推广部", "2023-05-20"),
        ("○ 已失效", "关于自习区座位预约规则调整的公告", "读者服务部", "2023-05-06"),
    ]
    for stamp, title, desk, day in pieces:
        out += [
            stamp,
            title,
            "适用区域：少儿阅览室　　生效日期：2023年6月1日",
            "为满足暑期读者需求，经研究决定，自6月1日起调整开放时间，具体安排如下。",
            "读者可通过本馆公众号预约座位，每人每日限约一次，请相互转告。",
            "咨询电话：0000-1234567　　服务时间：每日9:00—20:00",
            f"—— {desk}　{day} 发布",
            "",
        ]
    return out


def test_a_status_stamp_over_each_bare_title_marks_the_pieces() -> None:
    res = _run(_stamped_page())
    got = _lines(res)
    assert [a.title for a in res.articles] == [
        "关于少儿阅览室暑期延长开放的通知",
        "关于自习区座位预约规则调整的公告",
    ]
    # the stamps are neither piece's text; the title stays each piece's first line and the
    # scope row ('适用区域：…') the notice's own text
    assert all("● 执行中" not in ln and "○ 已失效" not in ln for a in got for ln in a)
    assert got[0][0] == "关于少儿阅览室暑期延长开放的通知"
    assert got[1][1].startswith("适用区域：")
    # the closing post stamp dates each piece and leaves its text
    assert [a.meta.get("published") for a in res.articles] == ["2023-05-20", "2023-05-06"]
    assert all(not ln.startswith("——") for a in got for ln in a)
    # recorded, so the page can be rebuilt (the first with the page's head lines)
    removed = "\n".join(c.before for c in res.changes if c.rule.startswith("split."))
    assert "● 执行中" in removed and "○ 已失效" in removed


def test_stamps_over_prose_or_list_items_are_no_run() -> None:
    items = ["● 水果", "苹果、梨、香蕉。", "葡萄和西瓜。", "● 蔬菜", "白菜、萝卜。", "黄瓜和茄子。"]
    assert state_stamp_run(items, ("通知", "公告")) == ([], [])
    lone = ["● 执行中", "关于某事的通知", "正文一句。", "正文二句。"]
    assert state_stamp_run(lone, ("通知",)) == ([], [])


# -- rows and notes read as metadata ----------------------------------------------------------


@pytest.fixture(scope="module")
def split() -> SplitStage:
    return SplitStage(PipelineConfig().split)


def test_a_seal_row_names_the_recalling_party_as_origin(split: SplitStage) -> None:
    got = split._row_reader("召回企业：某某制药有限公司（盖章）　　2022年8月3日")
    assert got == {"origin": "某某制药有限公司", "published": "2022-08-03"}
    assert split.meta.field_of("召回企业") == "origin"
    assert split.meta.field_of("召回") is None  # the verb alone names no party


def test_a_scope_cell_makes_its_row_text(split: SplitStage) -> None:
    assert split._row_reader("适用场馆：某馆　　生效日期：2022年4月1日") is None
    assert split._row_reader("生效日期：2022年4月1日") == {"effective": "2022-04-01"}


@pytest.mark.parametrize(
    ("note", "fields"),
    [
        (
            "（本办法由某县民政局于2020年3月2日印发，文号某民发〔2020〕8号。）",
            {"published": "2020-03-02", "issuer": "某县民政局", "doc_number": "某民发〔2020〕8号"},
        ),
        ("（本公告于2021年3月5日发布）", {"published": "2021-03-05"}),
        ("（本办法由某县民政局负责解释。）", None),
        ("本公告于2021年3月5日发布，请周知。", None),
    ],
)
def test_issue_notes(note: str, fields: dict[str, str] | None) -> None:
    assert issued_fields(note) == fields


def test_an_issue_note_amid_a_single_document_is_its_metadata() -> None:
    lines = [
        "某县2020年城乡低保标准调整方案",
        "",
        "为保障困难群众基本生活，根据有关规定，结合本县实际，制定本方案。",
        "一、调整范围",
        "（一）城市低保：每人每月提高至800元。",
        "（二）农村低保：每人每月提高至600元。",
        "（本方案由某县民政局于2020年3月2日印发，文号某民发〔2020〕8号。）",
        "二、有关要求",
        "各乡镇要认真组织实施，确保调整后的保障金按时足额发放到位。",
        "咨询电话：0000-7654321（县民政局社会救助股）",
    ]
    res = _run(lines)
    (art,) = res.articles
    assert art.meta.get("doc_number") == "某民发〔2020〕8号"
    assert art.meta.get("issuer") == "某县民政局"
    assert art.meta.get("published") == "2020-03-02"
    assert "（本方案由" not in art.text
    assert "二、有关要求" in art.text and "（二）农村低保" in art.text


# -- a one-line sign-off closing each piece of a compilation ----------------------------------


def test_a_one_line_sign_off_closing_each_piece_leaves_its_text() -> None:
    lines = ["某省税务局信用公告汇编", ""]
    for k, (body, day) in enumerate(
        [
            ("甲县税务局", "2022年3月4日"),
            ("乙区税务局", "2022年3月9日"),
            ("丙县税务局", "2022年3月15日"),
        ]
    ):
        lines += [
            f"第{'一二三'[k]}篇：{body}关于公布纳税信用A级纳税人名单的公告",
            "经纳税人自评、主管税务机关评价和复核，现将评价为A级的纳税人名单予以公告。",
            f"1．某某贸易有限公司{k}　　纳税人识别号：91000000000000000{k}",
            "社会公众可通过本局网站核对名单，发现有误的，请及时向本局反映。",
            f"{body}　{day}",
            "",
        ]
    res = _run(lines)
    assert [a.meta.get("issuer") for a in res.articles] == [
        "甲县税务局",
        "乙区税务局",
        "丙县税务局",
    ]
    assert [a.meta.get("published") for a in res.articles] == [
        "2022-03-04",
        "2022-03-09",
        "2022-03-15",
    ]
    assert all("税务局　2022" not in a.text for a in res.articles)
    assert any(
        c.rule.startswith("split.") and "税务局　2022年3月9日" in c.before for c in res.changes
    )


# -- a page's own heading, the only mark of a piece a seal row closes -------------------------


def test_a_heading_closed_by_a_seal_row_stays_its_pieces_first_line(tmp_path: Path) -> None:
    body = []
    for firm, drug, day in [
        ("某甲兽药有限公司", "氟苯尼考粉", "2024年10月9日"),
        ("某乙动保科技有限公司", "阿莫西林可溶性粉", "2024年11月3日"),
    ]:
        title = f"{firm}主动召回批号为240821的{drug}"
        body += [
            f"<h5>{title}</h5>",
            f"<p>产品名称：{drug}　　规格：100g/袋　　批号：240821</p>",
            "<p>经企业自查，该批次产品含量检测结果不符合规定，企业决定主动召回。</p>",
            "<p>请使用单位立即停止使用该批次产品，并与企业联系办理退换。</p>",
            f"<p>召回企业：{firm}（盖章）　　{day}</p>",
        ]
    html = (
        "<html><head><meta charset='utf-8'><title>兽药召回_某省农业农村厅</title></head><body>"
        "<h2>2024年第四季度兽药产品召回信息</h2>" + "".join(body) + "</body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    (raw,) = [r for r in read_inputs([path]) if isinstance(r, RawInput)]
    res = Pipeline(PipelineConfig()).process(raw, 0)
    got = _lines(res)
    assert [a.title for a in res.articles] == [ln[0] for ln in got]
    assert [a.meta.get("origin") for a in res.articles] == [
        "某甲兽药有限公司",
        "某乙动保科技有限公司",
    ]
    assert [a.meta.get("published") for a in res.articles] == ["2024-10-09", "2024-11-03"]
    assert all("（盖章）" not in ln for a in got for ln in a)


# -- a learned foot shape above more pieces of the page ---------------------------------------

_BUREAUS = ["甲县税务局", "乙区税务局", "丙县税务局", "丁区税务局", "戊县税务局"]


def _list_page(month: int, order: list[str]) -> str:
    lines = ["某省税务局　信用建设", "当前位置：首页 > 纳税服务 > A级名单", ""]
    lines.append(f"2021年度纳税信用A级纳税人名单公告汇编（2022年{month}月）")
    lines.append("")
    for k, body in enumerate(order):
        day = 3 + 5 * k
        lines += [
            f"{body[0]}税信〔2022〕{k + 4}号　｜　A级 {k + 3} 户",
            f"{body}关于公布2021年度纳税信用A级纳税人名单的公告",
            f"经纳税人自评和主管税务机关复核，现将本{body[1]}A级的{k + 3}户纳税人名单予以公告。",
            f"1．某某{body[:2]}贸易有限公司　　纳税人识别号：91{month:02d}{k}0000000000000",
            f"2．某某{body[:2]}机械制造有限公司　　纳税人识别号：92{month:02d}{k}0000000000000",
            "名单内纳税人如发生失信行为，本局将依法重新评价并调整其信用级别。",
            f"咨询电话：0000-86{month:02d}{k}11（{body}纳税服务股）",
            f"{body}　2022年{month}月{day}日",
            "",
        ]
    lines += ["【打印本页】　【关闭窗口】", "主办：某省税务局　地址：某市某路1号", ""]
    return "\n".join(lines)


def test_a_learned_foot_shape_above_more_pieces_takes_no_tail(tmp_path: Path) -> None:
    # the site closes most pages with one bureau's piece: its sign-off's shape is learned
    # as the start of the site's foot; on the last page that bureau's piece is not last
    # (one piece under it: a loss the page's budget lets through, so the guard decides)
    orders = [
        ["甲县税务局", "乙区税务局", "丙县税务局"],
        ["丁区税务局", "丙县税务局"],
        ["戊县税务局", "甲县税务局", "丙县税务局"],
        ["乙区税务局", "丙县税务局"],
        ["丁区税务局", "戊县税务局", "丙县税务局"],
        ["甲县税务局", "乙区税务局", "戊县税务局", "丙县税务局", "丁区税务局"],
    ]
    for n, order in enumerate(orders):
        (tmp_path / f"p{n}.txt").write_text(_list_page(n + 1, order), encoding="utf-8")
    profiles = build_profiles(read_inputs([tmp_path]))
    pipe = Pipeline(PipelineConfig(), profiles=profiles)
    raws = [r for r in read_inputs([tmp_path]) if isinstance(r, RawInput)]
    last = next(r for r in raws if r.source.endswith("p5.txt"))
    res = pipe.process(last, 5)
    text = "\n".join(a.text for a in res.articles)
    # the piece under the bureau's sign-off is kept whole
    assert "丁区税务局关于公布2021年度纳税信用A级纳税人名单的公告" in text
    assert "某某丁区机械制造有限公司" in text
