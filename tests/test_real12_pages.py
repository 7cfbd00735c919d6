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


def test_a_labelled_two_digit_year_date_is_the_publish_date() -> None:
    html = (
        "<html><head><title>秋日登山路线推荐</title></head><body>"
        "<div class='top'><a href='/'>首页</a></div>"
        "<h2>秋日登山路线推荐</h2><div class='info'>山野笔记</div>"
        "<div class='time'>发布时间：21-10-0509:30</div>"
        "<p>天气转凉以后，郊外的山路最适合慢慢走，沿途的枫叶已经开始变红，建议早上出发。</p>"
        "<p>山顶风大，记得带一件外套，下山时注意脚下的碎石，不要着急赶路。</p>"
        "</body></html>"
    )
    assert extract(html.encode()).meta.get("published") == "2021-10-05"


def test_a_month_day_without_year_or_an_unlabelled_short_date_gives_none() -> None:
    from cleaner.ingest.html_dates import labelled_date

    assert labelled_date("发布时间：10-0512:00") is None  # no year: not guessed
    assert labelled_date("编号 21-10-05 第三批") is None  # no publish label
    assert labelled_date("发布时间：21-13-05") is None  # no month 13
