"""review22b N1-N7: a table's row printed a little wider under a page mark is a row, never
a running head (it stays; only the mark goes); a table shown by a header over rows, or a
row with an empty cell beside fellow rows, keeps its rows apart across a mark; a spaced
credit the row already read, or whose value is no name, leaves the source clean; a cut
headline's '……' yields to a note that goes on; an original title that goes on after its
closing quote keeps all its words."""

from __future__ import annotations

import pytest

from cleaner.config import PipelineConfig
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from tests.stages.test_mend22b_credits_titles import HEAD, HEAD_T, _meta, _title

G = "\u3000\u3000"
G3 = "\u3000\u3000\u3000"
INTRO = "现将本年度有关名单公布如下，请各单位认真核对，如有疑问请于五个工作日内反映。"
OUTRO = "以上名单如有变动，以后续通知为准。\n\n某某县某某办公室\n2023年9月1日"


def _out(*lines: str, mark: str = "- 3 -") -> list[str]:
    body = "\n".join(lines).replace("<PB>", f"\n{mark}")
    page = f"关于公布本年度有关名单的通知\n\n{INTRO}\n{body}\n{OUTRO}\n"
    res = Pipeline(PipelineConfig()).process(RawInput("p.txt", page.encode()), 0)
    return res.articles[0].text.split("\n")


# N1: the first row under the mark is set wider than its fellows (a PDF's alignment)
WIDE = {
    "ideo_gap3": [f"7{G}孙某{G}北岭乡卫生院{G}护士<PB>", f"8{G}钱某{G3}南湾镇卫生院{G}药师"],
    "spaces4": ["7   孙某   北岭乡卫生院   护士<PB>", "8    钱某   南湾镇卫生院   药师"],
    "spaced_bar": [f"水蜜桃{G}特级果{G}8元{G}外地产<PB>", "红心杏 | 二级果 | 6元 | 本地产"],
    "han_only": [f"東岸{G}林某某{G}某某協會{G}連任<PB>", f"西岸{G3}黃某某{G}無黨派{G}新任"],
}
AFTER = {
    "ideo_gap3": f"9{G}李某{G}西坡村卫生室{G}医师",
    "spaces4": "9   李某   西坡村卫生室   医师",
    "spaced_bar": f"冬枣子{G}一级果{G}9元{G}本地产",
    "han_only": f"北角{G}何某某{G}某某聯會{G}新任",
}


@pytest.mark.parametrize("kind", sorted(WIDE))
def test_a_wider_row_under_a_page_mark_stays(kind: str) -> None:
    first, second = WIDE[kind]
    out = _out(first, second, AFTER[kind])
    assert second.strip() in out  # the row taken for a running head is kept
    assert first.replace("<PB>", "") in out
    assert "- 3 -" not in out


def test_look_alike_a_running_head_printed_once_still_goes() -> None:
    cut = "会议要求各单位要进一步提高认识，切实加强组织领导，认真落实各项工作"
    out = _out(f"{cut}<PB>", "某某县人民政府公报　　　　2023年第5期", "措施，确保取得实效。")
    assert f"{cut}措施，确保取得实效。" in out
    assert not any("2023年第5期" in line for line in out)


# N2/N3: a table shown by a header over rows, or by fellow rows one cell apart
TABLES = {
    "header_roster": [
        f"姓名{G}单位{G}职务{G}备注<PB>",
        f"孙某{G}北岭乡{G}乡长{G}连任",
        f"钱某{G}南湾镇{G}镇长{G}新任",
    ],
    "header_trad": [
        f"品名{G}產地{G}等級{G}說明<PB>",
        f"芥蘭{G}本地{G}特級{G}新到",
        f"菜心{G}外地{G}一級{G}特價",
    ],
    "header_times": [
        f"车站{G}首班{G}末班{G}附注<PB>",
        f"北门{G}5:50{G}22:30{G}起点",
        f"南门{G}6:05{G}22:45{G}终点",
    ],
    "empty_cell": [
        f"孙某某{G}男性{G}汉族{G}农业界",
        f"钱某某{G}女性{G}某镇副镇长<PB>",
        f"李某某{G}男性{G}回族{G}教育界",
    ],
    "spec_pairs": [
        f"机型{G}ZX-90{G}功率{G}900瓦",
        f"颜色{G}象牙白{G}材质{G}钢化玻璃<PB>",
        f"保修{G}三年整机{G}产地{G}某某县",
    ],
}


@pytest.mark.parametrize("kind", sorted(TABLES))
def test_table_rows_stay_apart_across_a_page_mark(kind: str) -> None:
    rows = [r.replace("<PB>", "") for r in TABLES[kind]]
    out = _out(*TABLES[kind])
    for row in rows:
        assert row in out
    assert "- 3 -" not in out


def test_look_alike_a_flowed_list_cut_by_a_mark_still_joins() -> None:
    out = _out(
        f"北岭乡综合文化站{G}南湾镇中心图书室{G}西坡村综合服<PB>",
        f"务站{G}东塘社区活动室{G}白沙街道老年食堂",
    )
    assert (
        f"北岭乡综合文化站{G}南湾镇中心图书室{G}西坡村综合服务站{G}东塘社区活动室{G}白沙街道老年食堂"
        in out
    )


# N4: the credit after the source names a field the row already gave
ALREADY = {
    "date_label": "发布时间：2023-06-02　来源：某县融媒　记者 孙海宁",
    "date_plain": "2023-06-02 09:15　来源：某县融媒　作者 孙海宁",
    "writer_first": "作者：孙海宁　来源：某县融媒　编辑 钱小禾",
    "two_names": "2023年6月2日　来源：某县融媒　记者 孙海宁 钱小禾",
}


@pytest.mark.parametrize("kind", sorted(ALREADY))
def test_a_credit_the_row_already_read_leaves_the_source(kind: str) -> None:
    meta = _meta(HEAD, ALREADY[kind])
    assert meta.get("origin") == "某县融媒"
    assert meta.get("author", "").startswith("孙海宁")


# N5: a spaced credit's value is read only as far as it is names
NAMES = {
    "intern": ("来源：某县融媒　记者 孙海宁 实习生 钱小禾", "孙海宁"),
    "bar": ("来源：某县融媒　编辑 钱小禾｜审核 孙海宁", "钱小禾"),
    "unit_after": ("来源：某县融媒　记者 孙海宁\u3000某县广播电视台", "孙海宁"),
    "photo_mark": ("来源：某县融媒　记者 孙海宁 摄", "孙海宁"),
}
NOT_NAMES = {
    "bio": "来源：某县融媒　作者 简介附后",
    "sentence": "来源：某县融媒　记者 近日从某县水利局获悉",
    "role_of": "来源：某县融媒　作者 系某学院讲师",
    "unit": "来源：某县融媒　编辑 某县融媒编辑部",
}


@pytest.mark.parametrize("kind", sorted(NAMES))
def test_a_spaced_credit_reads_its_names_only(kind: str) -> None:
    row, author = NAMES[kind]
    meta = _meta(HEAD, row)
    assert meta.get("author") == author
    assert meta.get("origin") == "某县融媒"


@pytest.mark.parametrize("kind", sorted(NOT_NAMES))
def test_a_spaced_credit_that_is_no_name_is_no_author(kind: str) -> None:
    meta = _meta(HEAD, NOT_NAMES[kind])
    assert "author" not in meta
    assert meta.get("origin") == "某县融媒"


def test_look_alike_a_traditional_spaced_credit_still_reads() -> None:
    meta = _meta(HEAD_T, "來源：某縣融媒　記者 孫海寧")
    assert meta.get("author") == "孫海寧"


# N6: a site's '……' cut on <title> and <h1>; the note goes on where the cut stops
ELLIPSIS = {
    "quoted": ("西坡古村迎来首批游客！民宿……", "原标题：《西坡古村迎来首批游客！民宿一房难求》"),
    "plain": ("西坡古村迎来首批游客！民宿……", "原标题：西坡古村迎来首批游客！民宿一房难求"),
    "trad": ("西坡古村迎來首批遊客！民宿……", "原標題：「西坡古村迎來首批遊客！民宿一房難求」"),
}


@pytest.mark.parametrize("kind", sorted(ELLIPSIS))
def test_a_site_ellipsis_yields_to_a_note_that_goes_on(kind: str) -> None:
    cut, note = ELLIPSIS[kind]
    full = note.split("：", 1)[1].strip("《》「」")
    assert _title(f"{cut}_某某网", cut, note) == full


def test_look_alike_the_writers_own_ellipsis_in_the_note_stays() -> None:
    cut = "山那边的炊烟……"
    note = "原标题：《山那边的炊烟……飘进了梦里》"
    assert _title(f"{cut}_散文_某站", cut, note) == cut


# N7: an original title that goes on after its closing quote keeps its quotes and words
QUOTED = {
    "reading": (
        "某县河道保护条例...",
        "原标题：《某县河道保护条例》图解",
        "《某县河道保护条例》图解",
    ),
    "dash": (
        "某县河道保护条例...",
        "原标题：《某县河道保护条例》——五问五答",
        "《某县河道保护条例》——五问五答",
    ),
    "word": ("新农保之后，养老...", "原标题：“新农保”之后，养老怎么保", "“新农保”之后，养老怎么保"),
}


@pytest.mark.parametrize("kind", sorted(QUOTED))
def test_an_original_title_going_on_after_its_quote_is_whole(kind: str) -> None:
    cut, note, full = QUOTED[kind]
    assert _title(cut, cut, note) == full


def test_look_alike_a_document_number_after_the_quote_is_no_part() -> None:
    note = "原标题：《某县河道保护条例》（某政发〔2022〕5号）"
    assert _title("某县河道保护...", "某县河道保护...", note) == "某县河道保护条例"
