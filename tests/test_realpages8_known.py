"""Classes misread on real pages (task realpages8, issue 12), each beside a look-alike that
must keep its reading.  Every word is invented.

* a chrome cue word inside a longer compound of its own meaning something else (``付费``
  in ``免付费专线``, a toll-free number) is no cue (``cue_compounds.toml``, ``cue_words``);
* the link card a post embeds (the linked page's title over its host) is never the post's
  title (``html_link_cards`` declares its lines, ``title_choice`` refuses them);
* an info bar of fields parted by single spaces that ends with a sentence of the text's
  own: the sentence stays (``split_row_cells.sentence_tail``);
* a record dumped as ``label~value~`` cells: its day and author are read, the line stays
  (``split_dump_rows``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner.stages import line_features as lf
from cleaner.stages.cue_words import compounds, mask_compounds


def _run(tmp_path: Path, name: str, text: str) -> list[dict]:
    from cleaner.runner import run

    src = tmp_path / "in"
    src.mkdir()
    (src / name).write_text(text, encoding="utf-8")
    run([src], tmp_path / "out")
    rows = (tmp_path / "out" / "articles.jsonl").read_text("utf-8").splitlines()
    return [json.loads(x) for x in rows]


def _columns(line: str) -> set[str]:
    return {n for (n, _), v in zip(lf.vocabulary(), lf.vocab_columns(line), strict=True) if v}


# -- cue words in their word context -------------------------------------------------


@pytest.mark.parametrize(
    ("line", "gone"),
    [
        ("如有疑问请拨打免付费专线0800-000111。", "points"),
        ("他在大学里教了三十年微积分。", "points"),
        ("本届联赛积分榜由某队领跑。", "points"),
        ("这位收藏家捐出了一批旧瓷器。", "comments"),
        ("本报评论员　某某", "comments"),
    ],
)
def test_cue_inside_compound_is_no_cue(line: str, gone: str) -> None:
    assert gone not in _columns(line)


@pytest.mark.parametrize(
    ("line", "cue"),
    [
        ("本文需付费阅读，请先充值。", "points"),
        ("签到可领取积分。", "points"),
        ("收藏本文", "comments"),
        ("发表评论", "comments"),
    ],
)
def test_cue_word_alone_stays_a_cue(line: str, cue: str) -> None:
    assert cue in _columns(line)


def test_site_cues_read_compounds_in_both_scripts() -> None:
    from cleaner.stages.site_judge import KeepTable

    keep = KeepTable()
    assert "download" not in keep.cues("詳情請洽免付費專線0800-000111。")
    assert "download" not in keep.cues("详情请洽免付费专线0800-000111。")
    assert "download" in keep.cues("本资料需付费下载。")
    assert "download" in keep.cues("本資料需付費。")


def test_mask_keeps_offsets() -> None:
    s = "请拨免付费专线，或下载本表。"
    masked = mask_compounds(s)
    assert len(masked) == len(s)
    assert "付费" not in masked and "下载" in masked


def test_every_compound_holds_a_cue_word() -> None:
    """A compound that holds no cue word masks nothing: the table would only slow lines."""
    words = {w for _, ws in lf.vocabulary() for w in ws}
    simplified = [c for c in compounds() if c.isascii() or any(w in c for w in words)]
    from cleaner.rules import load_table

    listed = {w for c in load_table("cue_compounds")["compound"] for w in c["words"]}
    assert listed <= set(compounds())
    assert all(any(w in c for w in words) for c in simplified)
    assert len(simplified) >= len([c for c in listed if any(w in c for w in words)])


# -- a link card's heading is no headline ---------------------------------------------

_POST = (
    "Why did you pick this school? Our students answer in a short film, with Ana and Li "
    "from the music faculty and two of their friends from the rowing club. Watch it to the "
    "end and tell us your own reason!"
)


def _title(cards: tuple[str, ...]) -> str:
    from cleaner.stages.page_hints import PageHints
    from cleaner.stages.split import SplitStage
    from cleaner.stages.title_choice import piece_title

    st = SplitStage()
    body = [_POST, "WhyUs | Student voices", "From video.example.com"]
    hints = PageHints(
        title="Campus Radio on Loop: “Why did you pick this school?” / Loop",
        link_cards=cards,
        source="p.html",
    )
    return piece_title(
        body,
        "",
        above_rows=None,
        hints=hints,
        single=True,
        doc_number=st.meta.doc_number,
        field_of=st.meta.field_of,
        endings=st.t.title_endings,
        complete=False,
    ).title


def test_card_heading_is_no_title() -> None:
    assert _title(("WhyUs | Student voices", "From video.example.com")).startswith("Campus Radio")


def test_same_line_outside_a_card_stays_title() -> None:
    assert _title(()) == "WhyUs | Student voices"


def test_extract_declares_card_lines() -> None:
    from cleaner.ingest.html import extract

    page = extract(
        "<html><body><nav><a href=/>Home</a></nav><div class=col><div class=post>"
        f"<div class=text><p>{_POST}</p></div><button>Translate</button>"
        "<div class=card><a href='https://video.example.com/w'><div>WhyUs | Student voices"
        "</div><div>From video.example.com</div></a></div></div></div></body></html>"
    )
    assert page.meta["link_cards"].split("\t") == [
        "WhyUs | Student voices",
        "From video.example.com",
    ]


# -- an info bar's closing sentence ------------------------------------------------------


def test_sentence_sharing_the_info_bar_stays(tmp_path: Path) -> None:
    text = (
        "某县举办秋季农机展\n"
        "发布时间：2031-09-02 来源：某县日报 作者：周某某 本次展会持续三天，共有八十家企业参展。\n"
        "展会展出新型农机两百余台，吸引众多农户参观，现场签约金额过亿元。\n"
    )
    art = _run(tmp_path, "a.txt", text)[0]
    assert "本次展会持续三天，共有八十家企业参展。" in art["text"]
    assert "来源：某县日报" not in art["text"]
    assert art["meta"].get("published") == "2031-09-02"


def test_info_bar_without_a_sentence_goes_whole(tmp_path: Path) -> None:
    text = (
        "某县举办冬季农机展\n"
        "发布时间：2031-12-02 来源：某县日报 作者：周某某 浏览：35次\n"
        "展会展出新型农机两百余台，吸引众多农户参观，现场签约金额过亿元。\n"
    )
    art = _run(tmp_path, "a.txt", text)[0]
    assert "浏览" not in art["text"] and "某县日报" not in art["text"]
    assert art["meta"].get("published") == "2031-12-02"


# -- a label~value~ dump ------------------------------------------------------------------

_BODY = "图序\n名称\n这是一段正文，讲述这枚纪念章的设计与发行经过。\n"


def test_dump_writer_over_editor_and_nested_label(tmp_path: Path) -> None:
    row = (
        "@面值~8元~发行日期~2031年4月6日~设 计 者~林某某  另版设计者：许某~"
        "责任编辑~王某某~摄 影 者~另版摄影者：赵某~备注~\n"
    )
    art = _run(tmp_path, "p.txt", "某某纪念章\n" + row + _BODY)[0]
    assert art["meta"].get("published") == "2031-04-06"
    assert art["meta"].get("author") == "林某某"
    # the line stays text (its letter-spaced labels closed up by the repair stage)
    assert "@面值~8元~发行日期~2031年4月6日~" in art["text"]
    assert "另版设计者：许某~责任编辑~王某某~" in art["text"]


def test_two_tildes_are_no_dump(tmp_path: Path) -> None:
    art = _run(tmp_path, "p.txt", "某某展览\n展期~3月1日~3月5日\n" + _BODY)[0]
    assert "published" not in art["meta"]
    assert "展期~3月1日~3月5日" in art["text"]
