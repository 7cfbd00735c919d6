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


def _feed(items: list[str]) -> str:
    body = "".join(
        f"<item><title>第{i}篇</title><link>http://blog.example.cn/p/{i}.html</link>"
        f"<description><![CDATA[{d}]]></description></item>"
        for i, d in enumerate(items, 1)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>某某的小屋</title>{body}</channel></rss>"
    )


def _bar(i: int) -> str:
    return (
        f'\t(<a href="http://blog.example.cn/p/{i}.html">阅读全文</a>&nbsp;|&nbsp;'
        f'<a href="http://blog.example.cn/c/{i}">发表评论</a>)'
    )


def test_a_link_bar_closing_every_feed_item_is_dropped_on_the_record(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    from cleaner.runner import run

    items = [
        "今天去湖边走了一圈，柳树发芽了。<br>风还是有点凉。" + _bar(1),
        "读完了一本旧书，书页已经发黄。" + _bar(2),
        "晚饭做了番茄炒蛋，味道还不错。" + _bar(3),
        "周末打算去看望外婆，顺便带些水果。",
    ]
    src = tmp_path / "in"
    src.mkdir()
    (src / "blog.xml").write_text(_feed(items), encoding="utf-8")
    run([src], tmp_path / "out")
    arts = [
        json.loads(x)
        for x in (tmp_path / "out" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    texts = "\n".join(a["text"] for a in arts)
    assert "阅读全文" not in texts and "发表评论" not in texts
    for words in ("风还是有点凉", "书页已经发黄", "味道还不错", "顺便带些水果"):
        assert words in texts
    changes = (tmp_path / "out" / "changes.jsonl").read_text(encoding="utf-8").splitlines()
    tails = [json.loads(c) for c in changes if '"extract.feed_tail"' in c]
    assert len(tails) == 3 and all("阅读全文" in c["before"] for c in tails)


def test_a_link_that_closes_one_item_only_stays() -> None:
    from cleaner.ingest.feed_tails import tail_links

    own = '我的新作品放在这里：<a href="http://example.cn/w">作品集</a>'
    assert tail_links(own) == ("作品集",)  # a closing link is seen …
    # … but dropped only when it closes TAIL_MIN_ITEMS items: one item keeps it
    from cleaner.ingest.feeds import read_feed
    from cleaner.ingest.records import ReadOptions

    feed = _feed([own, "另一篇，没有链接。"]).encode()
    import io

    pages = list(read_feed(io.BytesIO(feed), "f.xml", ReadOptions(), {}))
    assert all(not getattr(p, "drops", ()) for p in pages)
    assert "作品集" in pages[0].text  # type: ignore[union-attr]


_EN_BODY = (
    "<p>The council confirmed on Monday that the harbour bridge will reopen to traffic next "
    "week, after eight months of repairs to its cables and deck.</p>"
    "<p>Cyclists will have a separate lane for the first time, the council said, and the "
    "toll will stay at its old price until the end of the year.</p>"
)


def test_the_h1_under_a_banner_line_is_the_title(tmp_path) -> None:  # type: ignore[no-untyped-def]
    html = (
        "<html><head><title>Harbour Bridge Reopens After Repairs | Town Crier</title></head>"
        "<body><article><p>New Ferry Timetable Out Now</p>"
        "<h1>Harbour Bridge Reopens After Repairs</h1>" + _EN_BODY + "</article></body></html>"
    )
    arts = _run(tmp_path, "bridge.html", html)
    assert [a["title"] for a in arts] == ["Harbour Bridge Reopens After Repairs"]
    assert "New Ferry Timetable Out Now" in arts[0]["text"]  # kept: only the title moved


def test_an_h1_the_title_does_not_name_leaves_the_first_line_the_title(tmp_path) -> None:  # type: ignore[no-untyped-def]
    html = (
        "<html><head><title>Harbour Bridge Reopens After Repairs | Town Crier</title></head>"
        "<body><article><h2>Harbour Bridge Reopens After Repairs</h2>"
        "<h1>Town Crier</h1>" + _EN_BODY + "</article></body></html>"
    )
    arts = _run(tmp_path, "bridge.html", html)
    assert arts[0]["title"] == "Harbour Bridge Reopens After Repairs"


def test_a_title_quoting_the_post_is_not_put_above_it() -> None:
    html = (
        "<html><head><title>Y 上的 小林：“周末和朋友去爬山，山顶的风景太美了！⛰️ 下次还要再来” / Y"
        "</title></head><body><article><p>周末和朋友去爬山，山顶的风景太美了！ 下次还要再来</p>"
        "</article></body></html>"
    )
    page = extract(html.encode())
    assert page.text.count("山顶的风景") == 1


def test_a_short_line_inside_a_long_title_does_not_count_as_quoted() -> None:
    from cleaner.ingest.html_head import quotes_line

    assert not quotes_line("周末和朋友去爬山的五个建议 - 户外生活网", "周末和朋友去爬山")
    assert quotes_line(
        "户外：“周末和朋友去爬山，山顶的风景太美了，下次还要再来”",
        "周末和朋友去爬山，山顶的风景太美了，下次还要再来",
    )


def test_a_title_the_site_cut_is_completed_from_the_original_title_note() -> None:
    from cleaner.stages.split_titles_cut import complete_cut

    body = [
        "某县新桥通车！两岸居民出...",
        "本文原标题：《某县新桥通车！两岸居民出行更方便……》",
        "正文。",
    ]
    assert complete_cut("某县新桥通车！两岸居民出...", body) == "某县新桥通车！两岸居民出行更方便"
    # a note of another title, or an uncut title, changes nothing
    other = ["（原标题：河边公园开放时间调整）", "正文。"]
    assert complete_cut("某县新桥通车！两岸居民出...", other) == "某县新桥通车！两岸居民出..."
    assert complete_cut("某县新桥通车", body) == "某县新桥通车"


def test_a_short_reply_opening_with_an_at_mention_is_kept() -> None:
    replies = "".join(
        f"<div class='reply'><p>{t}</p></div>"
        for t in (
            "我按照楼主的方法试了一下，换成新版驱动以后问题就解决了，谢谢分享。",
            "<a href='/u/7'>@小河流水</a> 没用",
            "同样的问题，重启路由器之后也恢复正常了，看来是缓存的原因，大家可以试试。",
        )
    )
    html = (
        "<html><head><title>路由器断网怎么办</title></head><body>"
        "<div class='menu'><a href='/'>首页</a> <a href='/b'>论坛</a> <a href='/c'>帮助</a></div>"
        "<div class='thread'><h1>路由器断网怎么办</h1>"
        "<p>家里的路由器每天晚上都会断网一次，重新插拔电源才能恢复，请问有人遇到过吗？</p>"
        + replies
        + "</div></body></html>"
    )
    page = extract(html.encode())
    assert "@小河流水 没用" in page.body
    assert "论坛" not in page.body  # the menu of links still goes


def test_a_reference_line_citing_an_address_is_kept() -> None:
    html = (
        "<html><head><title>春季花粉过敏怎么缓解</title></head><body>"
        "<div class='menu'><a href='/'>首页</a> <a href='/q'>问答</a> <a href='/h'>帮助</a></div>"
        "<div class='answer'>"
        "<p>花粉浓度高的日子尽量少出门，出门时戴好口罩和眼镜，回家后及时洗脸换衣服。</p>"
        "<p>症状明显时可以在医生指导下使用抗过敏药物，不要自行长期服用。</p>"
        "<p>参考：<a href='https://go.example.cn/?t=1'>https://health.example.cn/a/2023/0412.html</a></p>"
        "</div></body></html>"
    )
    page = extract(html.encode())
    assert "https://health.example.cn/a/2023/0412.html" in page.body
    assert "问答" not in page.body  # a menu of named links still goes


def test_a_headline_closing_on_an_exclamation_keeps_the_space_between_its_phrases() -> None:
    from tests.stages.stage_runs import repair

    fixed = repair("老街改造方案公布 下月起分段施工！\n正文第一段写在这里，路面会先挖开再铺平。\n")
    assert fixed.startswith("老街改造方案公布 下月起分段施工！\n")
    # a word split by a stray space in such a headline is still joined
    fixed = repair("老 街改造方案公布 下月起分段施工！\n正文第一段写在这里，路面会先挖开再铺平。\n")
    assert fixed.startswith("老街改造方案公布 下月起分段施工！\n")
