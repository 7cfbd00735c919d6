"""Review fixes (mend17d): an issue mark only closing a masthead line, a greeting's
form of address no speaker, one-character values no proof a box sums up its entry, a
body's name under an issuer's label no desk, a record's lead rows its own.  Invented
text only."""

from __future__ import annotations

from cleaner.ingest.html import extract
from cleaner.rules import load_table
from cleaner.stages.split_desks import desk_origin
from cleaner.stages.split_leaders import issue_line, leader_titles
from cleaner.stages.split_occasion import occasion_rows
from cleaner.stages.split_record_leads import lead_rows

KINDS = tuple(load_table("headers")["meta"]["title_endings"])
BODY = "这一部分记述了调查的经过与主要发现，数据均经过两轮核对，可供有关部门参考使用。"
PARTS = ["目录", "青枫镇渡船的来历与沿革……1", "两岸居民的出行习惯变化……6",
         "青枫镇渡船的来历与沿革", BODY, "两岸居民的出行习惯变化", BODY]  # fmt: skip


def test_a_heads_phase_report_number_or_notice_number_is_no_issue() -> None:
    for head in (
        "柳溪县浮桥第三期加固项目通行量调查",
        "技术报告 No. 7",
        "柳溪县水利局公告2022年第5号",
    ):
        assert not issue_line(head, KINDS), head
        assert leader_titles([head, *PARTS], KINDS) == [], head


def test_an_issue_mark_closing_a_masthead_still_lists_documents() -> None:
    for head in ("柳溪通讯 2022年第5期", "柳溪通讯（总第88期）", "Liuxi Review Vol. 2, No. 4"):
        assert issue_line(head, KINDS), head
        assert len(leader_titles([head, *PARTS], KINDS)) == 2, head


def test_a_greeting_under_the_occasion_row_names_no_speaker() -> None:
    occasion = "——2022年6月8日在柳溪县防汛工作会议上"
    for greeting in (
        "县人大常委会主任　各位代表",
        "县水利局局长　同志们",
        "县政府办公室主任　各位来宾",
    ):
        assert occasion_rows([occasion, greeting]) == [{"published": "2022-06-08"}], greeting
    speaker = occasion_rows([occasion, "柳溪县水利局局长　周明远"])
    assert speaker[-1] == {"author": "周明远"}  # a person's name still reads


def _timetable(prose: str) -> str:
    rows = [("航线", "柳溪渡"), ("可载车辆", "是"), ("夜航", "否"), ("票价", "4元")]
    cells = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)
    return (
        "<html><head><title>柳溪渡_柳溪县交通</title></head><body><div class='main'>"
        f"<h1>柳溪渡</h1><table>{cells}</table><p>{prose}</p>"
        "<p>渡船每日清晨六点首班开出，傍晚六点收班，逢大风大雾天气停航，请旅客留意公告。</p>"
        "</div></body></html>"
    )


def test_a_timetable_whose_yes_no_answers_stand_in_the_text_stays() -> None:
    prose = "柳溪渡是沿江最老的渡口之一，两岸村民往来都靠它，否则须绕行上游大桥二十里路。"
    page = extract(_timetable(prose))
    assert "4元" in page.body  # the price, said nowhere else, stays
    assert not any(rule == "extract.fact_box" for _, _, rule in page.drops)


def test_a_body_under_an_issuers_label_stays_the_issuer() -> None:
    field = {"发布单位": "issuer"}.get
    endings = tuple(load_table("headers")["meta"]["section_endings"])
    for body in ("镇防汛领导小组", "省政府安全检查组", "市林业局巡查组"):
        row = desk_origin(f"发布单位：{body}", {"issuer": body}, field, endings)
        assert row == {"issuer": body}, body
    desk = desk_origin("发布单位：水政监察股", {"issuer": "水政监察股"}, field, endings)
    assert desk == {"origin": "水政监察股"}  # a bare desk is still the origin


def test_a_records_lead_rows_are_its_own() -> None:
    a, b = "编号：Q-7｜交通", "编号：Q-8｜水利"
    page = ["第一问？", "答：甲。", b, "第二问？", "答：乙。", a, "第三问？", "答：丙。"]
    leads = [("第一问？", ()), ("第二问？", (a,)), ("第三问？", (b,))]
    assert lead_rows(page, [0, 3, 6], leads) == []  # each row stands over another's title
    mine = [("第一问？", ()), ("第二问？", (b,)), ("第三问？", (a,))]
    assert lead_rows(page, [0, 3, 6], mine) == [2, 5]
