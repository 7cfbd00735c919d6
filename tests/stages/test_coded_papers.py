"""A proceedings page's abstracts, each under a bare code row (issue 12, set zt).

Each abstract: a code row (``D-07``), its title (the piece's first line of text), its
authors' names (one name alone, or a list), the units' row in brackets (metadata), then
``摘　要：`` and ``关键词：`` (text).  The code rows head the pieces; a single paper with
an abstract and key words stays one article; code rows over prose are no papers.
"""

from __future__ import annotations

from cleaner.config import PipelineConfig
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.paper_heads import affiliation_row
from cleaner.stages.paper_shield import paper_shield
from cleaner.stages.split_papers import code_row, coded_run

ABS = (
    "摘　要：本文考察了河谷地带{0}的现状，走访了六个村的干部和农户，发现管护责任不清、"
    "经费来源单一是主要问题，部分村的设施建成后无人过问。据此建议分级落实责任、定期评估"
    "成效并向村民公开结果，同时由县里统筹安排一部分维护经费。"
)
KEYS = "关键词：{0}；河谷；管护"
UNIT1 = "（青岚师范学院地理系，青岚　512300）"
UNIT2 = "（1．青岚师范学院地理系，青岚　512300；2．雾溪县水务站，雾溪　512400）"


def _run(lines: list[str]):  # type: ignore[no-untyped-def]
    text = "\n".join(lines) + "\n"
    return Pipeline(PipelineConfig()).process(RawInput(source="p.txt", data=text.encode()), 0)


def _page() -> list[str]:
    out = ["青岚河谷研讨会论文摘要汇编", "第一组　水与田", ""]
    pieces = [
        ("D-07", "河谷梯田灌渠的养护分工", "柯一帆¹，聂小满²", UNIT2, "灌渠"),
        ("D-08", "山溪小水电退出后的河道修复", "聂小满", UNIT1, "河道"),
        ("D-09", "村级水管员队伍的稳定问题", "柯一帆，郑雨禾", UNIT1, "水管员"),
    ]
    for code, title, names, unit, word in pieces:
        out += [code, title, names, unit, ABS.format(word), KEYS.format(word), ""]
    return out


def test_each_abstract_under_its_code_row_is_a_piece() -> None:
    arts = _run(_page()).articles
    assert [a.title for a in arts] == [
        "河谷梯田灌渠的养护分工",
        "山溪小水电退出后的河道修复",
        "村级水管员队伍的稳定问题",
    ]
    for a in arts:
        first = a.text.strip().split("\n")[0]
        assert first == a.title  # the title line stays the piece's text
        assert not any(code_row(ln) for ln in a.text.split("\n"))
        assert "（" not in a.text and "关键词" in a.text
    assert arts[0].meta.get("author") == "柯一帆"  # the first, without its mark
    assert arts[0].meta.get("origin") == "青岚师范学院地理系"  # the first unit
    assert arts[1].meta.get("author") == "聂小满"  # a lone name over its units' row
    assert "聂小满" not in arts[1].text


def test_a_single_paper_with_abstract_and_key_words_stays_one() -> None:
    body = "河谷的灌渠多建于上世纪七十年代，渠首和支渠的维护长期依靠村民投工，近年来投工逐年减少。"
    page = ["河谷梯田灌渠的养护分工", "柯一帆¹，聂小满²", UNIT2, ABS.format("灌渠")]
    page += [KEYS.format("灌渠"), "1　问题的提出", body, "2　调查设计", body + "调查覆盖六个村。"]
    arts = _run(page).articles
    assert len(arts) == 1
    assert arts[0].title == "河谷梯田灌渠的养护分工"
    assert "摘　要" in arts[0].text and "2　调查设计" in arts[0].text


def test_code_rows_over_prose_are_no_papers() -> None:
    prose = "本批次零件已全部检验合格，请按清单核对数量后签收，如有破损请当日反馈仓库管理员。"
    lines = ["K-1", "三号库房", prose, "", "K-2", "五号库房", prose]
    assert coded_run(lines) == []
    assert coded_run([x for x in _page() if not code_row(x)]) == []  # no code rows


def test_units_row_by_its_postcode_and_its_look_alikes() -> None:
    assert affiliation_row("（雾溪县水务站，雾溪　512400）")
    assert not affiliation_row("（咨询电话 5124001）")
    assert not affiliation_row("（共六个村，512400 人次）")


def test_the_shield_keeps_a_paper_s_title_and_code_row_only() -> None:
    page = ["D-07", "积分兑换与灌渠投工", "聂小满", UNIT1, ABS.format("投工")]
    assert paper_shield(page) == {0, 1}
    assert paper_shield(["D-07", "积分兑换", "聂小满", "请到服务台登记。"]) == set()


def test_a_folio_beside_the_repeated_running_head_goes() -> None:
    from cleaner.stages.page_folio import folio_lines

    page = ["灌渠的投工逐年减少，", "", "27", "青岚河谷研讨会论文摘要汇编", "", "经费也无着落。"]
    assert folio_lines(page, lambda k: k == 3) == [2]
    # a number among the rows of a table, or beside no repeated line, stays
    table = ["村名", "户数", "27", "青岚河谷研讨会论文摘要汇编", "31", "45"]
    assert folio_lines(table, lambda k: k == 3) == []
    assert folio_lines(page, lambda k: False) == []
