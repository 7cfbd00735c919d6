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


def _run(tmp_path, name: str, html: str) -> list[dict]:  # type: ignore[no-untyped-def]
    import json

    from cleaner.runner import run

    src = tmp_path / "in"
    src.mkdir()
    (src / name).write_text(html, encoding="utf-8")
    run([src], tmp_path / "out")
    lines = (tmp_path / "out" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(x) for x in lines]


_BODY = (
    "<p>　　本周六上午，社区在河边广场组织了一次义务植树活动，三十多名居民带着铁锹和水桶赶来，"
    "在两个小时里种下了六十棵小树苗。</p>"
    "<p>　　活动结束后，社区工作人员为每棵树挂上了认养牌，居民可以定期来浇水和照看。</p>"
)


def test_a_channel_title_is_not_taken_for_the_headline(tmp_path) -> None:  # type: ignore[no-untyped-def]
    html = (
        "<html><head><title>社区动态--某某街道办事处</title></head><body>"
        "<div class='nav'><a href='/'>首页</a><a href='/a'>街道概况</a>"
        "<a href='/b'>社区动态</a></div>"
        "<div class='crumb'>当前位置：首页 - 社区动态</div>"
        "<div class='main'><h2>河边广场义务植树活动顺利举行</h2>" + _BODY + "</div>"
        "<div class='foot'>版权所有：某某街道办事处</div></body></html>"
    )
    arts = _run(tmp_path, "tree.html", html)
    assert [a["title"] for a in arts] == ["河边广场义务植树活动顺利举行"]
    assert "社区动态--" not in arts[0]["text"]
    assert "六十棵小树苗" in arts[0]["text"]


def test_a_headline_title_with_a_breadcrumb_elsewhere_stays(tmp_path) -> None:  # type: ignore[no-untyped-def]
    html = (
        "<html><head><title>河边广场义务植树活动顺利举行--某某街道办事处</title></head><body>"
        "<div class='crumb'>当前位置：首页 - 社区动态</div>"
        "<div class='main'><h2>社区动态</h2>" + _BODY + "</div>"
        "<div class='foot'>版权所有：某某街道办事处</div></body></html>"
    )
    arts = _run(tmp_path, "tree.html", html)
    assert arts[0]["title"] == "河边广场义务植树活动顺利举行"


def test_a_headline_broken_over_lines_is_joined_from_the_page_title(tmp_path) -> None:  # type: ignore[no-untyped-def]
    html = (
        "<html><head><title>某某市人大常委会关于加强河道保洁工作的决定_某某市人民政府网</title>"
        "</head><body><div class='content'><p align='center'><strong>某某市人大常委会<br>"
        "关于加强河道保洁工作的<br>决定</strong><br>（二〇二一年三月通过）</p>" + _BODY + "</div>"
        "</body></html>"
    )
    arts = _run(tmp_path, "law.html", html)
    assert arts[0]["title"] == "某某市人大常委会关于加强河道保洁工作的决定"
    assert "关于加强河道保洁工作的" in arts[0]["text"]


def test_a_first_line_the_page_title_does_not_continue_stays_the_title() -> None:
    from cleaner.stages.split_broken_title import join_broken

    body = ["某某市人大常委会", "工作动态", "正文。"]
    assert join_broken("某某市人大常委会", body, "某某市人大常委会_工作动态") == "某某市人大常委会"
    # the next line goes on where the title does not: no join
    body = ["某某市人大常委会", "关于加强", "正文。"]
    assert join_broken("某某市人大常委会", body, "某某市人大常委会关于加强河道保洁的决定") == (
        "某某市人大常委会"
    )
