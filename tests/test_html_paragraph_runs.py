"""An answer's paragraphs that stand straight in ``<body>`` among the site's chrome.

A Q&A page with no container around its text (a question heading, an asker's row, then
the answer's ``<p>`` siblings, then a bar, a related list and a footer, all children of
``<body>``): the heaviest ``<p>`` was chosen alone and its sibling paragraphs were left
out (``extract.outside_main``).  They are the text's: kept (:mod:`cleaner.ingest.html_runs`).
A sibling that really is chrome (a share bar, a paragraph of links, a chrome-named or
copyright paragraph) is no paragraph of the run and stays out.  Every word is invented.
"""

from __future__ import annotations

from cleaner.ingest.html import apply_drops, extract

Q = "请问贵馆的古籍修复室今年会对外开放参观吗？需要提前多久预约？"
A1 = (
    "感谢您的关注！古籍修复室今年计划在每月的第二个周六开放半天，每场限二十人，"
    "参观时请勿触碰工作台上的书页，也不要使用闪光灯拍照，以免对纸张造成损伤。"
)
A2 = "预约请在开放日前七天通过本馆公众号登记，名额满后即停止登记。"
A3 = "如遇修复任务繁忙，开放安排可能临时调整，届时将另行通知。"
RELATED = [
    "借书证丢了以后应该怎样补办？需要带哪些证件去哪个窗口办理？",
    "少儿阅览室周一是否照常开放？寒暑假期间的开放时间有没有调整？",
    "馆内的自助复印机可以用手机支付吗？彩色复印每页收费多少钱？",
    "捐赠旧书需要办理什么手续？哪些类别的图书馆里不接收捐赠？",
]
REL = "".join(f"<li><a href='/q/{k}'>{t}</a></li>" for k, t in enumerate(RELATED))


def _page(after: str = "", before: str = "") -> str:
    return (
        "<html><head><meta charset='utf-8'><title>问答-某某图书馆</title></head><body>"
        "<div class='logo'>某某图书馆</div>"
        "<div class='nav'><a href='/'>首页</a> | <a href='/a'>馆藏</a> | "
        "<a href='/b'>活动</a> | <a href='/c'>问答</a></div>"
        "<div class='crumb'>读者服务 ＞ 问答</div>"
        "<dl class='box'><dt>开放时间</dt><dd>9:00</dd><dt>电话</dt><dd>1234</dd></dl>"
        f"<h1>{Q}</h1>"
        "<div class='info'>提问者：读者m***2　提问时间：2021-04-06 09:12</div>"
        "<div class='a-head'>馆员答复（2021-04-07 15:40）</div>"
        f"{before}<p>{A1}</p><p>{A2}</p><p>{A3}</p>{after}"
        "<div class='tools'>点赞 3　｜　收藏</div>"
        "<div class='rel-title'>相关问答</div>"
        f"<ul class='rel'>{REL}</ul>"
        "<p>Copyright © 2015-2024 某某图书馆　版权所有</p>"
        "</body></html>"
    )


def _lines(html: str) -> list[str]:
    page = extract(html.encode("utf-8"))
    assert apply_drops(page.visible, page.drops) == page.body  # every drop on the record
    return page.body.split("\n")


def test_the_answers_sibling_paragraphs_are_kept() -> None:
    body = _lines(_page())
    assert A1 in body and A2 in body and A3 in body, body
    assert "点赞 3　｜　收藏" not in body and not any("借书证" in x for x in body)
    assert not any("Copyright" in x for x in body)


def test_a_paragraph_before_the_heaviest_one_is_kept_too() -> None:
    lead = "<p>您好，关于参观的问题答复如下，供您参考。</p>"
    body = _lines(_page(before=lead))
    assert "您好，关于参观的问题答复如下，供您参考。" in body and A3 in body, body


def test_a_share_bar_paragraph_stays_out_and_ends_the_run() -> None:
    bar = "<p class='share'>分享到：微博　微信　豆瓣</p>"
    bar += "<p>这一段在分享栏下面，已不算答复的正文了。</p>"
    body = _lines(_page(after=bar))
    assert A3 in body, body
    assert not any("分享到" in x for x in body)
    assert "这一段在分享栏下面，已不算答复的正文了。" not in body  # past the chrome: not a run


def test_a_paragraph_of_links_stays_out() -> None:
    links = (
        "<p><a href='/t/1'>古籍保护</a> <a href='/t/2'>修复技艺</a> "
        "<a href='/t/3'>参观预约</a> <a href='/t/4'>读者活动</a></p>"
    )
    body = _lines(_page(after=links))
    assert A3 in body, body
    assert not any("古籍保护" in x for x in body)


def test_a_short_bar_paragraph_stays_out() -> None:
    body = _lines(_page(after="<p>阅读 52</p>"))
    assert A3 in body and "阅读 52" not in body, body


def test_a_chosen_container_is_not_widened_to_outside_paragraphs() -> None:
    # the text has its own container: a paragraph beside it is not the text's
    html = _page().replace(f"<p>{A1}</p><p>{A2}</p><p>{A3}</p>", "")
    html = html.replace(
        "<div class='tools'>",
        f"<div class='answer'><p>{A1}</p><p>{A2}</p></div><p>{A3}</p><div class='tools'>",
    )
    body = _lines(html)
    assert A1 in body and A2 in body, body
    assert A3 not in body  # as before: only a chosen paragraph takes its siblings


def test_the_qa_family_keeps_every_answer_paragraph() -> None:
    from tests.stages.family_figures import family_figures

    f = family_figures("sealed_v_hudong")
    floor = {"content_f1": 1.0, "titles": 1.0, "counts": 1.0, "metadata": 1.0}
    for key, low in floor.items():
        assert f[key] >= low, (key, f)
    assert f["residue"] <= 0.0, f
