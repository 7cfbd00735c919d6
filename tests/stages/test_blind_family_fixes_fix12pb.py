"""Fixes for set p's HTML families (issue 12, fix12pb), each kind as a small case in
wordings of its own, with look-alikes that must stay:

* a portal's metadata table read row by row by its shape (label cells with or without
  a colon, empty value cells left out), the document's title below it, a copy of that
  title above it; an index number is no document number; a tab parts cells, never a word;
* a column trail opened by a ``…栏目：`` label and a request to report mistakes: chrome;
* compilations: the row of facts over each heading, item numbers padded to two digits
  (``01``) over their titles, ``两件`` as a count, source rows closing pieces past a rule;
  the page's declared date holds for every piece;
* a credit bar at the page's very end under chrome; a no-repost rights note.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.edits import Editor
from cleaner.stages.split import SplitStage
from cleaner.stages.split_grid import tab_label_row
from cleaner.stages.split_headers import candidate, vocab
from cleaner.stages.split_headings import heading_run
from cleaner.stages.split_meta import MetaParser
from cleaner.stages.split_titles import PageHints
from tests.stages.family_figures import family_figures
from tests.stages.stage_runs import boil, repair
from tests.stages.stage_runs import split as _split

PROSE = "清晨的渡口雾气很重，船工把缆绳一圈圈收好，等第一班乘客上船，岸边的柳树还滴着水。"
PROSE2 = "午后太阳出来了，晒谷场上的孩子们追着一只花猫跑，老人们坐在槐树下慢慢地说着旧事。"
TITLE = "某县水利局关于做好汛期值守工作的通知"


# ---- a metadata table by its shape


def _table_page(rows: list[str]) -> list[str]:
    return [TITLE, *rows, TITLE, "各乡镇：", PROSE, PROSE2, "某县水利局", "2022年5月6日"]


@pytest.mark.parametrize(
    "rows",
    [
        [  # labels without colons, a label no table lists first
            "公开编目号\t0099/2022-0012\t内容分类\t水利",
            "制发机关\t某县水利局\t形成日期\t2022-05-06",
            "文件标题\t" + TITLE,
            "发文字号\t某水〔2022〕8号\t公开日期\t2022-05-06",
            "公开形式\t主动公开\t主 题 词：",
        ],
        [  # colons, letter-spaced labels, empty value cells left out
            "索 引 号：\t0099/2022-0012\t类　　别：\t水利",
            "发布部门：\t某县水利局\t成文时间：",
            "文件全称：\t" + TITLE,
            "文　　号：\t某水〔2022〕8号\t发布时间：\t2022-05-06",
            "时效状态：\t有效\t主 题 词：",
        ],
    ],
)
def test_metadata_table_read_whole_by_its_shape(rows: list[str]) -> None:
    drafts = _split(_table_page(rows))
    assert len(drafts) == 1
    d = drafts[0]
    assert d.title == TITLE
    assert d.meta["issuer"] == "某县水利局"
    assert d.meta["doc_number"] == "某水〔2022〕8号"
    assert d.meta["published"] == "2022-05-06"
    assert "\t" not in d.text and d.text.count(TITLE) == 1
    assert PROSE in d.text and "2022年5月6日" in d.text


def test_index_number_is_no_document_number() -> None:
    row = MetaParser().shaped_row("公开索引号\t0099/2022-0012\t内容分类\t水利", near_title=True)
    assert row is not None and "doc_number" not in row
    assert row["index_no"] == "0099/2022-0012"
    assert MetaParser().field_of("公开索引号") == "index_no"


def test_table_row_shape_and_lookalikes() -> None:
    assert tab_label_row("公开形式\t主动公开\t主 题 词：")
    assert not tab_label_row("说明\t本条自公布之日起废止。")  # a sentence is no value
    assert not tab_label_row("公开形式　主动公开")  # no tab: no table row
    assert not tab_label_row("渡口\t船工")  # two bare words may be any two cells


def test_a_tab_between_han_cells_stays() -> None:
    text = repair(
        "公开编目号\t0099/2022-0012\t内容分类\t水利、林业\n标题\t某县某局关于某事的通知\n"
    )
    assert "\n标题\t某县某局关于某事的通知" in text


# ---- chrome by shape and common vocabulary


def test_column_trail_and_correction_prompt_go() -> None:
    out = boil(
        [
            "所属栏目：办事指南 → 社会保障 → 养老保险",
            TITLE,
            PROSE,
            PROSE2,
            "网页信息若有错误，请点击这里反馈",
        ]
    )
    assert "所属栏目" not in out and "反馈" not in out
    assert PROSE in out


@pytest.mark.parametrize(
    "line", ["栏目：社会保障", "经过比对，发现错误两处。", "流程：申请 → 审核 → 发放"]
)
def test_lookalikes_of_trails_and_prompts_stay(line: str) -> None:
    assert line in boil([TITLE, PROSE, line, PROSE2])


def test_no_repost_notice_goes_a_law_article_stays() -> None:
    out = boil([TITLE, PROSE, PROSE2, "文中照片均由河湾村提供，未经许可不得转载。"])
    assert "照片" not in out and PROSE2 in out
    law = "第九条　未经权利人许可，不得转载其作品。"
    assert law in boil([TITLE, PROSE, law, PROSE2])


def test_credit_bar_at_the_page_end_goes_a_date_stays() -> None:
    page = [TITLE, PROSE, PROSE2, "～ 完 ～"]
    assert "撰文" not in boil([*page, "撰文 / 某甲　美编 / 某乙　校对 / 某丙"])
    assert "2022年5月6日" in boil([*page, "2022年5月6日"])  # a date has no fields


# ---- compilations


def test_rows_over_headings_cut_a_compilation() -> None:
    row = "发布机构\t某县{}局\t文号\t某{}〔2022〕{}号\t发布日期\t2022-05-0{}"
    lines = ["文件选编（共2件）"]
    titles = ["某县水利局关于汛期值守的通知", "某县林业局关于护林防火的通知"]
    for n, (t, w) in enumerate(zip(titles, "水林", strict=True), 1):
        lines += [row.format(w + "利" if w == "水" else w + "业", w, n, n), t, PROSE, PROSE2]
    meta = MetaParser()
    found = heading_run(lines, tuple(titles), meta.below_title)
    assert [t for _, _, t, _ in found] == titles
    # a heading with no row next to it is no piece of a run
    assert (
        heading_run(
            [lines[0], titles[0], PROSE, titles[1], PROSE2], tuple(titles), meta.below_title
        )
        == []
    )


def test_padded_item_numbers_cut_a_digest_with_the_page_date() -> None:
    lines = ["本周速览｜这两件事值得一看", "", "01", "河堤加固完工", PROSE, PROSE2]
    lines += [
        "（信息来源：某台）",
        "～～～～",
        "02",
        "夜市重新开张",
        PROSE2,
        PROSE,
        "（信息来源：某报）",
    ]
    drafts = SplitStage()(
        Editor("p", "\n".join(lines) + "\n"), hints=PageHints(h1="本周速览", published="2022-03-04")
    )
    assert [d.title for d in drafts] == ["河堤加固完工", "夜市重新开张"]
    assert all(d.meta.get("published") == "2022-03-04" for d in drafts)
    # a text page (no <h1>) dates its pieces from its own head lines only
    plain = SplitStage()(
        Editor("p", "\n".join(lines) + "\n"), hints=PageHints(published="2022-03-04")
    )
    assert len(plain) == 2 and not any("published" in d.meta for d in plain)


def test_bare_unpadded_numbers_stay_page_numbers() -> None:
    v = vocab()
    assert candidate(0, "1", v) is None and candidate(0, "10", v) is None
    assert candidate(0, "01", v) is not None


# ---- family floors


@pytest.mark.parametrize("name", ["sealed_p_tuiwen", "sealed_p_xinxi"])
def test_family_floors(name: str) -> None:
    f = family_figures(name)
    assert f["content_f1"] >= 0.95 and f["residue"] <= 0.02
    assert f["titles"] >= 0.95 and f["counts"] >= 0.95
    assert f["repairs"] >= 0.9 and f["metadata"] >= 0.95
