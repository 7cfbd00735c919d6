"""Real-page trust, issue 12 (branch real12): mechanisms found by reading real pages,
tested on pages of our own wording, with look-alikes that must stay as they were.
"""

from __future__ import annotations

from cleaner.ingest.html import extract

# a city portal assembled from includes: the header fragment closes the document itself
_INCLUDED_HEADER = (
    "<!DOCTYPE html><html><head><title>关于调整河畔公园开放时间的通告_某市人民政府</title>"
    "</head><body><div class='header'><a href='/'>首页</a><a href='/zw'>政务公开</a></div>"
    "</body></html><!--end header-->"
    "<div class='content'><div class='article'>"
    "<p>关于调整河畔公园开放时间的通告</p>"
    "<p>　　为方便市民夏季晚间休闲，经研究决定，自七月一日起河畔公园每日开放时间延长至"
    "二十二时，其余管理规定不变。特此通告。</p>"
    "<p>　　游园期间请市民爱护花木设施，文明游园，共同维护公园良好秩序。</p>"
    "</div></div><div class='footer'>主办单位：某市人民政府办公室</div></body></html>"
)


def test_text_after_a_stray_closing_html_tag_is_extracted() -> None:
    page = extract(_INCLUDED_HEADER.encode())
    assert "延长至二十二时" in page.body
    assert "文明游园" in page.body
    assert "延长至二十二时" in page.visible


def test_a_well_formed_page_is_read_as_before() -> None:
    html = _INCLUDED_HEADER.replace("</body></html><!--end header-->", "<!--end header-->", 1)
    fixed, plain = extract(_INCLUDED_HEADER.encode()), extract(html.encode())
    assert fixed.body == plain.body
    assert fixed.title == plain.title == "关于调整河畔公园开放时间的通告_某市人民政府"
