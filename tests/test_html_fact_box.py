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


def test_a_table_with_an_index_number_label_stays() -> None:
    # one document field alone (索引号) marks a notice's table of fields
    rows = [("索引号", "00123/2022-001"), ("正名", "石门古渡"), ("所在地", "某县东郊")]
    assert "00123/2022-001" in extract(_page(rows)).body


def test_a_table_with_a_name_label_stays() -> None:
    # 名称 is a document's title field: the table naming the headline under it stays
    rows = [("名称", "石门古渡"), ("所在地", "某县东郊"), ("始建", "明代")]
    assert "所在地" in extract(_page(rows)).body


def test_an_entry_box_under_its_name_label_is_dropped_though_not_repeated() -> None:
    # the encyclopedia's own name label ('中文名'): an infobox whose facts the text omits
    rows = [("中文名", "石门古渡"), ("结构", "三级石阶"), ("保护级别", "县级文物")]
    page = extract(_page(rows))
    assert "三级石阶" not in page.body
    assert any(rule == "extract.fact_box" for _, _, rule in page.drops)


def _content_page(h1: str, rows: list[tuple[str, str]], text: str) -> str:
    cells = "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in rows)
    return (
        f"<html><head><title>{h1}_某某网</title></head><body>"
        "<div class='nav'><a href='/'>首页</a>　<a href='/c'>产品</a></div>"
        f"<div class='main'><h1>{h1}</h1><table>{cells}</table>{text}</div>"
        "<div class='foot'>某某网　联系我们</div></body></html>"
    )


def test_a_products_spec_table_stays() -> None:
    rows = [("型号", "Q300"), ("屏幕", "6.3英寸"), ("电池", "4800毫安时"), ("价格", "1899元")]
    text = (
        "<p>这款手机主打轻薄，机身采用磨砂玻璃背板，握持手感温润，适合日常通勤随身携带使用。</p>"
        "<p>系统方面预装了新版界面，动画过渡更加顺滑，后台管理也比上一代更省电一些。</p>"
    )
    page = extract(_content_page("Q300", rows, text))
    for _, value in rows[1:]:
        assert value in page.body
    assert not any(rule == "extract.fact_box" for _, _, rule in page.drops)


def test_a_ferrys_timetable_stays() -> None:
    rows = [("航线", "白沙渡"), ("首班", "7:10"), ("末班", "17:40"), ("票价", "3元")]
    text = (
        "<p>白沙渡连接南北两岸，是沿江村民进城赶集的主要通道，雨季水位上涨时可能临时停航。</p>"
        "<p>乘客请提前十分钟到达码头候船，携带大件行李或农用车辆的需另行购票并听从指挥。</p>"
    )
    page = extract(_content_page("白沙渡", rows, text))
    assert "17:40" in page.body and "3元" in page.body


def test_a_value_over_thirty_characters_keeps_the_box() -> None:
    long = "某县东郊的老河湾北岸、旧盐仓遗址与石拱桥之间的一片开阔滩地之上"
    assert len(long) > 30
    rows = [("正名", "石门古渡"), ("所在地", long), ("始建", "明代")]
    assert "老河湾北岸" in extract(_page(rows, text=_TEXT + f"<p>{long}。</p>")).body


def test_a_sentence_in_a_label_keeps_the_box() -> None:
    rows = [("正名", "石门古渡"), ("注意。", "某县东郊"), ("始建", "明代")]
    assert "注意。" in extract(_page(rows)).body


def test_a_data_table_of_three_columns_stays() -> None:
    rows = [("正名", "石门古渡", "明代"), ("白沙渡", "清代", "某县"), ("青石渡", "民国", "某县")]
    assert "白沙渡" in extract(_page(rows)).body


def test_a_box_with_no_text_beside_it_stays() -> None:
    # a record card alone under its title: the box is the page's content
    assert "所在地" in extract(_page(_BOX, text="", lead="")).body
