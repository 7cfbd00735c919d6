"""Records told from sections under an edition's lead line (:mod:`split_record_form`,
read by :mod:`split_shape_run`): a run of rows over titled pieces is refused under
opening prose, unless the pieces are RECORDS:

* a register's serial in the rows (three digits or more, one by one: ``◇ 207 ◇``,
  ``No.0415``), in three rows or more;
* one form of labels in every piece (three labels or more, once each, in one order, the
  values different), in two pieces or more;

then one lead line may stand over the first row and is kept over the first piece (no
loss).  Look-alikes stay one article: two lines of opening prose, a text's own section
numbers (``01``, ``02``), a form whose values never change, a dialogue's labels, a
serial that skips, two pieces proven by a serial only.

Every word is invented.
"""

from __future__ import annotations

from cleaner.stages.split_record_form import one_form, record_proof, serial_run
from cleaner.stages.split_shape_run import shape_run
from tests.stages.stage_runs import split

LEAD = "本栏目所载启事均由登报人提供，本刊仅核对其身份信息，内容真实性由登报人负责。"
PROSE = [
    "沈一鸣在城西公交站候车时不慎遗失随身携带的工作证一本，编号已向单位报备，特此声明作废。",
    "本店因经营场所搬迁，原预留在银行的财务专用章印模不慎遗失，自即日起声明作废，特此告知。",
    "林小满于上周末在体育馆更衣室遗失学生证一本，如有拾得者请与本人联系，特此声明作废。",
    "经全体合伙人商议一致，本合伙企业拟向登记机关申请注销，请债权人自见报之日起申报债权。",
]
TITLES = ["沈一鸣遗失声明", "青石巷茶点铺遗失声明", "林小满遗失声明", "南溪合伙企业注销公告"]


def _register(row: str, start: int, n: int = 4, lead: list[str] | None = None) -> list[str]:
    lines = ["南溪周报电子版", "第六版　启事", *(lead if lead is not None else [LEAD])]
    kinds = ["证件", "印章", "证件", "注销"]
    for k in range(n):
        lines += [row.format(n=start + k, kind=kinds[k]), TITLES[k], PROSE[k]]
    return lines


def _titles(arts: list) -> list[str]:
    return [a.title for a in arts]


def test_serial_rows_under_a_lead_line_split_and_keep_the_lead() -> None:
    lines = _register("◇ {n:03d} ◇　{kind}类", 207)
    run = shape_run(lines)
    assert run.verdict == "split" and run.evidence["records"] == "serial"
    arts = split(lines)
    assert _titles(arts) == TITLES
    assert LEAD in arts[0].text  # the lead line kept over the first piece: no loss
    for k, a in enumerate(arts):
        assert PROSE[k] in a.text


def test_serial_rows_in_other_wordings_split() -> None:
    for row, start in (("No.{n:04d} ｜ {kind}", 415), ("#{n} · {kind}启事 · 第六版", 1186)):
        arts = split(_register(row, start))
        assert _titles(arts) == TITLES, row


def _log(row: str, labels: tuple[str, ...], n: int = 3, lead: list[str] | None = None) -> list[str]:
    lines = ["东坝街道网格通讯", "2023年第4期", *(lead if lead is not None else [LEAD])]
    names = ["韦明", "Anna Li", "欧阳青"]
    heads = [
        "楼道堆物当场清理，消防通道恢复畅通",
        "独居老人家中漏水，联系物业连夜抢修",
        "共享单车乱停占道，协调企业集中清运",
    ]
    values = [
        (
            "3月2日上午",
            "东坝一区7号楼",
            "楼道内堆放纸箱杂物，已影响消防通道的正常通行，存在较大隐患。",
        ),
        (
            "3月5日傍晚",
            "东坝二区12号楼",
            "一位独居老人家中水管破裂漏水，楼下住户反映天花板已经渗水。",
        ),
        ("3月9日中午", "东坝南路口", "大量共享单车停放在人行道上，行人只能绕到机动车道上通行。"),
    ]
    for k in range(n):
        lines += [row.format(name=names[k]), heads[k]]
        lines += [f"{lab}：{val}" for lab, val in zip(labels, values[k], strict=True)]
        lines += [PROSE[k]]
    return lines


def test_records_of_one_form_under_a_lead_line_split() -> None:
    lines = _log("◆◆ 网格员　{name}　｜　片区：东坝 ◆◆", ("走访时间", "走访地点", "发现问题"))
    run = shape_run(lines)
    assert run.verdict == "split" and run.evidence["records"] == "form"
    arts = split(lines)
    assert len(arts) == 3 and arts[1].title == "独居老人家中漏水，联系物业连夜抢修"
    assert LEAD in arts[0].text
    assert all(PROSE[k] in arts[k].text for k in range(3))


def test_records_of_one_form_in_other_wordings_split() -> None:
    for row, labels in (
        ("~~ 记录人 {name} ~~", ("日期", "地点", "情况")),
        ("▶ 值班：{name} ◀", ("Time", "Place", "Note")),
    ):
        assert len(split(_log(row, labels))) == 3, row


def test_two_records_of_one_form_split() -> None:
    lines = _log("◆◆ 网格员　{name}　｜　片区：东坝 ◆◆", ("走访时间", "走访地点", "发现问题"), n=2)
    arts = split(lines)
    assert len(arts) == 2 and LEAD in arts[0].text


# look-alikes: one article each ---------------------------------------------------------


def _one(lines: list[str]) -> None:
    assert shape_run(lines).verdict != "split"
    arts = split(lines)
    assert len(arts) == 1
    assert all(p in arts[0].text for p in PROSE if p in lines)  # nothing lost


def test_two_lines_of_opening_prose_over_serial_rows_stay_one() -> None:
    _one(_register("◇ {n:03d} ◇　{kind}类", 207, lead=[LEAD, PROSE[3]]))


def test_section_numbers_under_a_lead_line_stay_one() -> None:
    # a text numbers its own parts 01, 02, 03: no register's serial
    _one(_register("§ {n:02d} · 第{n}部分", 1, n=3))


def test_serial_that_skips_stays_one() -> None:
    lines = ["南溪周报电子版", "第六版　启事", LEAD]
    for k, n in enumerate((312, 318, 320)):
        lines += [f"◇ {n} ◇　{'甲乙丙'[k]}类启事", TITLES[k], PROSE[k]]
    _one(lines)


def test_two_pieces_by_a_serial_only_stay_one() -> None:
    _one(_register("◇ {n:03d} ◇　{kind}类", 207, n=2))


def test_form_whose_values_repeat_stays_one() -> None:
    lines = ["东坝街道网格通讯", LEAD]
    for k in range(3):
        lines += [
            f"◆◆ 网格员 {'韦明 欧阳青 林一'.split()[k]}　｜　片区：{'东南西'[k]}坝 ◆◆",
            TITLES[k],
        ]
        lines += ["走访时间：每周一上午", "走访地点：东坝全片区", "工作要求：入户登记"]
        lines += [PROSE[k]]
    _one(lines)


def test_dialogue_labels_are_no_form() -> None:
    page = ["甲", "问：一", "答：二", "问：三", "乙", "问：四", "答：五", "问：六"]
    assert not one_form(page, range(8), [0, 4])
    assert record_proof(page, range(8), [0, 4], [0, 4]) is None


def test_serial_needs_three_digits_one_by_one() -> None:
    assert serial_run(["No.099 甲", "No.100 乙", "No.101 丙"])
    assert not serial_run(["第1号", "第2号", "第3号"])
    assert not serial_run(["2021年 甲", "2022年 乙", "2024年 丙"])
    assert not serial_run(["2021年 甲", "2022年 乙", "2023年 丙"])  # a chronicle's years


def test_chronicle_years_under_a_lead_line_stay_one() -> None:
    _one(_register("※ {n}年 ※　{kind}", 2019, n=3))
