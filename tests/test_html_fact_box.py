"""An entry's label/value box beside its text, naming its <h1>, is dropped on the record
(``extract.fact_box``); a box naming another subject, a notice's table of document fields,
a data table and a box with no text beside it stay.  Invented pages only."""

from __future__ import annotations

from cleaner.ingest.html import apply_drops, extract

_TEXT = (
    "<h2>1 沿革</h2>"
    "<p>石门古渡始设于明代中叶，原为两岸盐商往来的要津，清末曾两度因洪水废弃，后由乡绅集资重修。</p>"
    "<p>民国年间渡口设有茶棚与候船亭，往来客商在此歇脚，留下不少题壁诗文，今已大多湮没。</p>"
    "<h2>2 现状</h2>"
    "<p>如今渡口仍保留青石台阶四十余级，每逢节假日都有不少游人前来寻访旧迹，拍照留念。</p>"
)


_LEAD = "<p>石门古渡，某县东郊的古渡口，是当地保存较为完整的水路遗迹之一。</p>"


def _page(rows: list[tuple[str, ...]], *, text: str = _TEXT, lead: str = _LEAD) -> str:
    cells = "".join(
        "<tr>" + f"<th>{r[0]}</th>" + "".join(f"<td>{c}</td>" for c in r[1:]) + "</tr>"
        for r in rows
    )
    return (
        "<html><head><title>石门古渡（某县的渡口）_某某百科</title></head><body>"
        "<div class='nav'><a href='/'>首页</a>　<a href='/c'>分类</a></div>"
        "<div class='entry'><h1>石门古渡</h1>"
        + lead
        + f"<table class='box'>{cells}</table>"
        + text
        + "</div>"
        "<div class='foot'>某某百科　联系我们</div></body></html>"
    )


_BOX = [("正名", "石门古渡"), ("所在地", "某县东郊"), ("始建", "明代"), ("类别", "古渡口")]


def test_the_entry_box_naming_the_headline_is_dropped_on_the_record() -> None:
    page = extract(_page(_BOX))
    assert "所在地" not in page.body
    assert "石门古渡始设于明代中叶" in page.body  # the text around it stays
    assert "石门古渡，某县东郊的古渡口" in page.body
    boxed = [page.visible[s:e] for s, e, rule in page.drops if rule == "extract.fact_box"]
    assert boxed and "所在地" in boxed[0]
    assert apply_drops(page.visible, page.drops) == page.body


def test_a_box_naming_another_subject_stays() -> None:
    rows = [("正名", "白沙渡"), ("所在地", "某县西郊"), ("始建", "清代")]
    assert "某县西郊" in extract(_page(rows)).body


def test_a_notice_table_of_document_fields_stays() -> None:
    rows = [("索引号", "00123/2022-001"), ("名称", "石门古渡"), ("发布日期", "2022-03-09")]
    assert "00123/2022-001" in extract(_page(rows)).body


def test_a_data_table_of_three_columns_stays() -> None:
    rows = [("正名", "石门古渡", "明代"), ("白沙渡", "清代", "某县"), ("青石渡", "民国", "某县")]
    assert "白沙渡" in extract(_page(rows)).body


def test_a_box_with_no_text_beside_it_stays() -> None:
    # a record card alone under its title: the box is the page's content
    assert "所在地" in extract(_page(_BOX, text="", lead="")).body
