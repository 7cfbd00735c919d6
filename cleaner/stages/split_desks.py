"""A desk under an issuer's label: the section the page comes from, its origin.

An office's newsroom labels who put a release up (``發布單位：疾病管制科``, ``发布单位：
某科``) with the word the label tables read as the issuer's.  When the value is a whole
body (``某市卫生健康委员会``) it is; when it is a bare section of the site's own office
(a desk: a short name closed by a desk word, ``[meta] section_endings`` of
``rules/headers.toml``: 科, 股, 组 …), the release is the office's and the desk is where it
comes from: its ``origin`` (as a ``来源：某科`` row says).  Only a labelled cell is read so:
an unlabelled desk beside a date is the row readers' business.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from functools import lru_cache

from cleaner.rules import load_table

__all__ = ["desk_origin"]

#: A desk's name: at most this many characters (its desk word included).
DESK_MAX_CHARS = 10
_HAN_NAME = re.compile(rf"[\u4e00-\u9fff]{{2,{DESK_MAX_CHARS}}}")
_LABEL = r"(?P<k>(?:[\u4e00-\u9fff]\s?){2,6})[:：]\s*"


@lru_cache(maxsize=1)
def _body_marks() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``[meta] desk_body_words`` and ``desk_place_openings`` of headers.toml."""
    t = load_table("headers")["meta"]
    return tuple(t.get("desk_body_words", ())), tuple(t.get("desk_place_openings", ()))


def _body_named(value: str) -> bool:
    """``value`` names a whole body though a desk word closes it: a body's word inside
    (``某县扶贫开发领导小组``, ``省政府督查组``) or a region's level word opening it."""
    words, places = _body_marks()
    return any(w in value for w in words) or value.startswith(places)


def desk_origin(
    line: str,
    row: dict[str, str],
    field_of: Callable[[str], str | None],
    endings: Collection[str],
) -> dict[str, str]:
    """``row`` with a labelled issuer that is a bare desk read as the origin (module doc).

    >>> field = {"发布单位": "issuer", "發布單位": "issuer"}.get
    >>> desk_origin("發布單位：疾病管制科　｜　發布日期：111-06-05", {"issuer": "疾病管制科"},
    ...             field, ("科", "股"))
    {'origin': '疾病管制科'}
    >>> body = "某市卫生健康委员会"
    >>> desk_origin(f"发布单位：{body}", {"issuer": body}, field, ("科",))
    {'issuer': '某市卫生健康委员会'}
    >>> team = "县扶贫开发领导小组"  # a body's word inside: the issuer still
    >>> desk_origin(f"发布单位：{team}", {"issuer": team}, field, ("组",))
    {'issuer': '县扶贫开发领导小组'}
    >>> desk_origin("发布单位：省政府督查组", {"issuer": "省政府督查组"}, field, ("组",))
    {'issuer': '省政府督查组'}
    >>> desk_origin("〔某管理科〕", {"issuer": "某管理科"}, field, ("科",))  # no label
    {'issuer': '某管理科'}
    """
    value = row.get("issuer", "")
    if not value or "origin" in row or not endings or not value.endswith(tuple(endings)):
        return row
    if not _HAN_NAME.fullmatch(value) or _body_named(value):
        return row
    for m in re.finditer(_LABEL + re.escape(value), line):
        if field_of(re.sub(r"\s", "", m["k"])) == "issuer":
            return {("origin" if k == "issuer" else k): v for k, v in row.items()}
    return row
