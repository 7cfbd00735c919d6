"""Fixes for set zw's compiled gazette abstracts (fixzw1), by class, each on invented
variants that differ from the family in wording, labels, punctuation and layout.

1. A compilation of FIELD RECORDS (split_field_records): every piece opens with a block
   of labelled rows (a code before each label or none; a colon, a gap or a bar between
   label and value; one or several cells a row), one of them giving the title as a
   field; then the piece's text.  Each block goes as metadata, its title row's value is
   the title.  Look-alikes: one record alone, records without text (a listing), text
   above the first block, a labelled line whose value is prose.
2. A gazette's RUNNING HEAD with the issue's date (``2021.05.06　　某报　　第 88 页``) cutting
   a sentence: the sentence is joined and the head goes, even when the space repair
   closed the gap before the page word.  Look-alike: between two whole paragraphs it
   stays.
3. An invention's or a design's maker (``发明人``, ``设计者``) is the piece's author;
   an applicant or a design firm is none.

Every word is invented.
"""

from __future__ import annotations

from cleaner.stages.split_field_records import field_records, record_cells, title_label
from cleaner.stages.split_meta import MetaParser
from tests.stages.family_figures import family_figures
from tests.stages.stage_runs import repair, split

TEXT = [
    "本条目记述了一种以竹纤维为骨料的轻质隔墙板，说明了板材的配比、成型温度和养护周期。",
    "试制结果表明，该板材的抗折强度达到行业通行水平，适合在低层住宅和临时用房中推广。",
    "本条目整理了山区小型水库的巡查办法，包括巡查路线、记录表格和汛期加密巡查的安排。",
    "各地应用后反映，巡查记录更加完整，险情发现时间平均提前了两天左右，效果较为明显。",
    "本条目介绍了一种茶园病虫害的生物防治做法，重点说明了天敌昆虫的释放时间和数量。",
    "连续两年的对比观察显示，茶叶农药残留明显下降，茶园的鲜叶产量基本保持稳定不变。",
]


def _texts(k: int) -> list[str]:
    return TEXT[2 * k : 2 * k + 2]


def test_colon_rows_title_in_the_middle() -> None:
    """Variant 1: colon rows, one cell a row, the title row third, a prose abstract line
    under a label (kept as text, label and all)."""
    page = ["某某文献库　检索结果导出", ""]
    titles = ["竹纤维轻质隔墙板的制备", "山区小型水库巡查办法", "茶园病虫害生物防治做法"]
    for k, t in enumerate(titles):
        page += [
            f"记录号：R-2021-{k + 11:03d}",
            f"作者：某甲{k}；某乙{k}",
            f"题名：{t}",
            f"刊期：2021年第{k + 3}期",
            f"发表日期：2021-0{k + 3}-15",
            f"摘要：{_texts(k)[0]}",
            _texts(k)[1],
            "",
        ]
    arts = split(page)
    assert [a.title for a in arts] == titles
    for k, a in enumerate(arts):
        assert a.meta.get("published") == f"2021-0{k + 3}-15"
        assert a.meta.get("author") == f"某甲{k}；某乙{k}"
        body = a.text
        assert "题名" not in body and "记录号" not in body
        assert f"摘要：{_texts(k)[0]}" in body  # a labelled prose line stays text
        assert _texts(k)[1] in body


def test_coded_rows_with_bars_and_a_coded_bare_label() -> None:
    """Variant 2: bracketed codes, a gap between label and value, two cells parted by a
    bar, the title row last, then a coded bare label (the block's last row)."""
    titles = ["一种竹纤维隔墙板", "一种水库巡查记录装置"]
    page = ["某省科技成果公报　第5期", ""]
    for k, t in enumerate(titles):
        page += [
            f"〔1〕登记号　KJ{2021 + k}0{k + 7}　｜　〔2〕公告日期　2021年6月{k + 3}日",
            f"〔3〕完成单位　某某第{k + 1}研究所",
            f"〔4〕成果名称　{t}",
            "〔5〕内容简介",
            *_texts(k),
            "",
        ]
    arts = split(page)
    assert [a.title for a in arts] == titles
    for k, a in enumerate(arts):
        assert a.text.split("\n")[0] == _texts(k)[0]  # the bare label went with the block
        assert "成果名称" not in a.text and "内容简介" not in a.text
        assert a.meta.get("published") == f"2021-06-0{k + 3}"


def test_latin_labels() -> None:
    """Variant 3: English labels with colons, the title row first, a blank line between
    rows and text."""
    body = [
        "The note describes a light partition board made of bamboo fibre, with its mix, "
        "curing time and test results.",
        "The note reports a patrol scheme for small mountain reservoirs, with its routes, "
        "forms and flood-season checks.",
        "The note explains a biological pest control method for tea gardens, with release "
        "dates for natural enemies.",
    ]
    titles = ["Bamboo fibre partition board", "Reservoir patrol scheme", "Tea garden pest control"]
    page = ["Example Digest Export", ""]
    for k, t in enumerate(titles):
        page += [
            f"Title: {t}",
            f"Author: Lin Mo; Chen Yu{k}",
            f"Published: 2020-0{k + 4}-02",
            f"Record: EX-{k + 40}",
            "",
            body[k],
            "",
        ]
    arts = split(page)
    assert [a.title for a in arts] == titles
    assert [a.meta.get("published") for a in arts] == ["2020-04-02", "2020-05-02", "2020-06-02"]
    assert all("Title:" not in a.text for a in arts)


def test_flattened_table_rows() -> None:
    """Variant 4: a flattened table, each label and each value a cell of its own (tabs),
    two pairs a row, the title row second, the text straight under the block."""
    titles = ["竹纤维隔墙板试制报告", "小型水库巡查手册", "茶园生物防治指南"]
    page = ["某馆　馆藏资料汇编", ""]
    for k, t in enumerate(titles):
        page += [
            f"索书号\tTU-{k + 5}.2\t\t入藏日期\t2022-1{k}-0{k + 1}",
            f"篇名\t{t}",
            f"编著者\t某甲{k}\t\t出版者\t某某出版社",
            *_texts(k),
            "",
        ]
    arts = split(page)
    assert [a.title for a in arts] == titles
    assert all("篇名" not in a.text and "索书号" not in a.text for a in arts)
    assert [a.text.split("\n")[0] for a in arts] == [_texts(k)[0] for k in range(3)]


def test_look_alikes_are_left_alone() -> None:
    """One record alone, records with no text (a listing), text above the first block:
    no compilation of field records."""
    none = lambda s: None  # noqa: E731
    one = ["题名：某事", "作者：某甲", "发表日期：2021-03-09", *TEXT[:2]]
    assert field_records(one, none).heads == []
    listing = []
    for k in range(3):
        listing += [f"产品名称：某型水泵{k}", f"型号：QB-{k}0", f"价格：{k + 3}00元", ""]
    assert field_records(listing, none).heads == []
    above = [TEXT[4], TEXT[5], ""]
    for k in range(2):
        above += [f"题名：某事{k}", f"作者：某甲{k}", f"日期：2021-03-0{k + 1}", *_texts(k), ""]
    assert field_records(above, none).heads == []
    # a sentence for a value is no field; two title rows in a block decide nothing
    assert record_cells("说明：本条记录已经更新。请以新版为准。") is None
    twice = []
    for k in range(2):
        twice += [f"题名：某事{k}", f"标题：另一事{k}", f"作者：某甲{k}", *_texts(k), ""]
    assert field_records(twice, none).heads == []


def test_title_labels() -> None:
    assert title_label("篇名") and title_label("成果名称") and title_label("Headline")
    assert not title_label("单位名称") and not title_label("申请人") and not title_label("副题名")


def test_running_head_with_date_cuts_a_sentence() -> None:
    """Class 2: a dated running head between two halves of a sentence (three layouts),
    the page showing it is a running head (its date in the page's header, review19);
    between whole paragraphs it stays."""
    heads = [
        "2021.05.06　　某某公报　　第 1024 页",
        "2020-11-03 某市政府公报 第 88 页",
        "2019年7月1日　某刊第3期　第12页",
    ]
    tops = ["公布日：2021.05.06", "发布日期：2020年11月3日", "出版：2019-07-01"]
    for head, top in zip(heads, tops, strict=True):
        whole = "经过两年的试制，该板材的抗折强度达到行业通行水平，适合在低层住宅中推广。"
        out = repair(f"{top}\n\n{whole[:23]}\n\n{head}\n\n{whole[23:]}\n")
        assert whole in out, head
        assert head.split()[1] not in out, head  # the head's name is gone with it
    whole = f"{TEXT[0]}\n\n{heads[0]}\n\n{TEXT[1]}\n"
    out = repair(whole)
    assert "2021.05.06" in out and "第 1024 页" in out and TEXT[0] in out and TEXT[1] in out


def test_maker_of_an_invention_is_the_author() -> None:
    m = MetaParser()
    assert m.field_of("发明人") == "author" and m.field_of("设计者") == "author"
    assert m.field_of("申请人") is None and m.field_of("设计单位") != "author"


def test_family_figures() -> None:
    f = family_figures("sealed_zw_zhuanli")
    assert f["titles"] == 1.0 and f["counts"] == 1.0 and f["content_f1"] >= 0.99
    assert f["repairs"] == 1.0 and f["residue"] == 0.0
