"""A document's head of an issuer and a bare kind word parted by a gap (``某县政府　公告``)
under a page's title and its web row names no subject: the title is the line above the
row (split_meta_titles.title_below), never page head to delete, nor does the head join
the title as its document-type tail (title_choice.doc_tail)."""

from __future__ import annotations

import pytest

from cleaner.edits import Editor
from cleaner.stages.split import SplitStage

BODY = [
    "主旨：公告征收本县某段等10笔土地，办理道路拓宽工程，并定期发放补偿费。",
    "依据：土地征收条例第十八条及施行细则第二十条规定。",
    "公告事项：",
    "一、需用土地人：本县工务处。",
    "二、公告期间：自公告之日起三十日，逾期不予受理，请相关权利人留意本公告内容。",
]

HEADS = {
    "county_notice": "某县政府\u3000公告",
    "city_circular": "某市人民政府\u3000通告",
    "bureau_notice": "某区住房和城乡建设局\u3000通知",
}
TITLES = [
    "公告征收土地办理「某路拓宽工程」",  # twenty letters or fewer, closed by a bracket
    "公告发放某段369地号等6笔土地征收补偿费",
    "关于某村道路拓宽工程征收土地的公告（第二次）",
]
WEB_ROWS = [
    "公告日期：2024-05-20\u3000｜\u3000发布单位：地政处\u3000｜\u3000点阅次数：644",
    "发布时间：2023-11-02\u3000\u3000来源：本局\u3000\u3000浏览：88次",
]


def _page(title: str, row: str, head: str) -> list[str]:
    return [title, row, "", head, "发文日期：2024年5月20日", "发文字号：某府地字第113号", "", *BODY]


def _split(lines: list[str]) -> list[object]:
    return SplitStage()(Editor("p", "\n".join(lines) + "\n"))


@pytest.mark.parametrize("head", sorted(HEADS))
@pytest.mark.parametrize("title", TITLES, ids=["bracketed", "counted", "kind_noted"])
@pytest.mark.parametrize("row", WEB_ROWS, ids=["barred_row", "gapped_row"])
def test_the_title_over_the_row_stays_the_title(head: str, title: str, row: str) -> None:
    arts = _split(_page(title, row, HEADS[head]))
    assert len(arts) == 1
    art = arts[0]
    assert art.title == title  # type: ignore[attr-defined]
    text = art.text  # type: ignore[attr-defined]
    assert text.splitlines()[0] == title  # kept as the text's first line, not deleted
    assert all(s in text for s in BODY)


def test_a_whole_title_under_the_block_is_still_the_title() -> None:
    """Look-alike: a full title under the rows (issuer, subject and kind, no gap) is
    the document's title; the short nav line over the rows stays page head."""
    page = ["某县政府网　首页　服务", WEB_ROWS[0], "某县人民政府关于征收某地的公告", *BODY]
    arts = _split(page)
    assert arts[0].title == "某县人民政府关于征收某地的公告"  # type: ignore[attr-defined]
    assert "某县政府网" not in arts[0].text  # type: ignore[attr-defined]


def test_a_bare_kind_word_still_joins_the_title_above() -> None:
    """Look-alike: a kind word alone under a short title ('紧急通知') is its tail."""
    arts = _split(["某某市人民政府关于做好防汛工作的", "紧急通知", *BODY])
    assert arts[0].title == "某某市人民政府关于做好防汛工作的紧急通知"  # type: ignore[attr-defined]
