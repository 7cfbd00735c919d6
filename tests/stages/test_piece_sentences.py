"""A site-repeated sentence inside each piece's text is the piece's (issue 12):
:func:`cleaner.stages.piece_sentences.piece_sentence`.  Invented text; both directions."""

from __future__ import annotations

from cleaner.stages.boilerplate import keep_table
from cleaner.stages.piece_sentences import piece_sentence

# the note speaks of a party its piece's closing row names by label (承办): the template's
_NOTE = "后续安排由承办方另行通知，请各报名单位留意本平台的更新；本通知同时在某市文旅网发布。"
_PAGE = [
    "某市青少年书画比赛延期通知",
    "一、延期原因",
    "受场馆检修影响，原定于本周六举行的复赛无法如期进行。",
    "二、其他事项",
    _NOTE,
    "联络人：某老师　电话：0000-1234××××",
    "主办：某市文化馆　｜　承办：某某画院　｜　2033年4月2日",
    "本栏目信息由各发布单位提供，内容以原件为准。",
    "主办单位：某市文旅局　地址：某路1号",
]
_SITE = {4, 7, 8}  # the lines the site repeats (the pass's hits and claims)


def _dated(s: str) -> bool:
    return "published" in (keep_table().split.meta.shaped_row(s, near_title=True) or {})


def _own(site: set[int]):
    return lambda k: bool(_PAGE[k]) and k not in site


def test_sentence_over_the_pieces_closing_rows_is_kept() -> None:
    assert piece_sentence(_PAGE, 4, _own(_SITE), _dated)


def test_site_line_under_the_closing_row_stays_the_sites() -> None:
    assert not piece_sentence(_PAGE, 7, _own(_SITE), _dated)


def test_sentence_with_the_sites_lines_under_it_stays_the_sites() -> None:
    # the contact line is the site's too: no own closing row glued under the sentence
    assert not piece_sentence(_PAGE, 4, _own(_SITE | {5}), _dated)


def test_sentence_under_no_prose_stays_the_sites() -> None:
    page = ["某市青少年书画比赛延期通知", _NOTE, _PAGE[6]]
    assert not piece_sentence(page, 1, lambda k: k != 1, _dated)


def test_a_site_notice_naming_no_party_of_the_piece_stays_the_sites() -> None:
    # the same place, but the site's follow prompt: it names no party the closing row labels
    page = list(_PAGE)
    page[4] = "长按识别下方二维码，关注我们的服务号，了解更多本地资讯。"
    assert not piece_sentence(page, 4, _own(_SITE), _dated)
