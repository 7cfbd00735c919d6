"""Words moved from code into the rule tables read as before, and the shared readers hold.

Invented text only.
"""

from __future__ import annotations

from bs4 import BeautifulSoup

from cleaner.ingest.html_authors import _from_microdata, _post_types
from cleaner.stages.body_stamps import _dash_led
from cleaner.stages.cue_words import compounds, mask_compounds
from cleaner.stages.split import _closing_fields
from cleaner.stages.split_dump_rows import dump_fields


def test_cue_compounds_hold_real_traditional_forms_only() -> None:
    words = set(compounds())
    assert {"收藏家", "評論家", "評論員", "免付費", "會員國"} <= words
    assert not words & {"收藏傢", "評論傢"}  # 傢 is 傢俱's, no collector's
    assert mask_compounds("這位評論家說") == "這位□□□說"


def test_an_editor_label_yields_the_author_in_either_script() -> None:
    def read(s: str) -> dict[str, str] | None:
        label, _, value = s.partition("：")
        return {"author": value} if label in ("責任編輯", "责任编辑", "设计者", "設計者") else None

    for editor, writer in (("责任编辑", "设计者"), ("責任編輯", "設計者")):
        dump = f"@面值~5元~{editor}~王某~{writer}~李某~"
        assert dump_fields(["某币", dump], [0, 1], read) == {"author": "李某"}


def test_a_note_dash_leads_a_closing_note_a_lone_hyphen_does_not() -> None:
    rx = _dash_led()
    for dash in ("——", "—", "－－", "--", "――", "―"):
        m = rx.match(f"{dash}某科护士站　2019-01-25 发布")
        assert m is not None and m["row"] == "某科护士站　2019-01-25 发布"
    assert rx.match("——　某站")["row"] == "某站"  # type: ignore[index]
    assert rx.match("-某科护士站") is None
    assert rx.match("－某科护士站") is None


def test_a_post_item_gives_its_author_a_comment_does_not() -> None:
    assert "discussionforumposting" in _post_types()
    html = (
        '<div itemscope itemtype="https://schema.org/DiscussionForumPosting">'
        '<span itemprop="author">发帖的周某</span><p>帖子。</p></div>'
    )
    assert _from_microdata(BeautifulSoup(html, "html.parser")) == ["发帖的周某"]
    other = html.replace("DiscussionForumPosting", "Comment")
    assert _from_microdata(BeautifulSoup(other, "html.parser")) == []


def test_pieces_closed_by_rows_of_one_form_take_their_fields() -> None:
    page = ["【甲】", "甲事的经过。", "经办\t某处\t日期\t1.2", "【乙】", "乙事的经过。"]
    page += ["经办\t他处\t日期\t1.5", "页脚"]

    def read(s: str) -> dict[str, str]:
        return {"origin": s.split("\t")[1]}

    def row(s: str) -> bool:
        return s.startswith("经办")

    got = _closing_fields(page, [0, 3], row, read, lambda k: None)
    assert got == {0: (2, {"origin": "某处"}), 3: (5, {"origin": "他处"})}
    same = [*page[:5], page[2], page[6]]  # the same row twice: the text's, no piece's
    assert _closing_fields(same, [0, 3], row, read, lambda k: None) == {}
