"""A framed section's one value line, printed alike on many of the site's pages, stays.

The loss audit showed a notice printed as framed sections (a label alone on its line, its
value under it) lose the value the site's pages share word for word: the site-repeat pass
learned it and took it, leaving its label heading nothing
(:func:`cleaner.stages.section_runs.framed_value`).  The site's own chrome still goes,
and so does a line under a label when the line carries a cue word.  Every word is
invented.
"""

from __future__ import annotations

from tests.stages.stage_runs import boil, site_stage

_HEAD = ["青柚图书馆", "首页　馆藏检索　读者服务　联系我们", ""]
_FOOT = ["", "分享到：微信　微博", "版权所有　青柚图书馆　备案号：某ICP备0000号"]
_TOPICS = ["古籍修复", "城市摄影", "少儿绘本", "地方戏曲", "科普讲座", "手工造纸", "口述历史"]


def _page(n: int, scope: str) -> list[str]:
    topic = _TOPICS[n]
    body = [
        f"{topic}主题书展开幕通知",
        f"本馆将于{n + 3}月举办{topic}主题书展，展出图书与资料{40 + n * 7}种，欢迎参观。",
        "〔展期〕",
        f"{n + 3}月{n + 2}日至{n + 3}月{n + 20}日",
        "〔适用馆区〕",
        scope,
        "〔参观须知〕",
        f"请自觉保持安静，{topic}展区内的资料仅供现场阅览，不可外借。",
        f"第{n + 1}期书展的详细书目可在服务台领取，数量有限，领完即止。",
    ]
    return _HEAD + body + _FOOT


def _pages() -> list[list[str]]:
    shared, other = "总馆与全部街道分馆", ["总馆及东区分馆", "总馆"]
    scopes = [shared, shared, other[0], shared, shared, other[1], shared]
    return [_page(n, s) for n, s in enumerate(scopes)]


def test_the_shared_value_of_a_framed_section_stays() -> None:
    pages = _pages()
    stage = site_stage(pages)
    out = boil(pages[0], stage, site="s").split("\n")
    at = out.index("〔适用馆区〕")
    assert out[at + 1] == "总馆与全部街道分馆"  # the section's value, though most pages print it
    assert "〔参观须知〕" in out
    assert "版权所有　青柚图书馆　备案号：某ICP备0000号" not in out  # the site's chrome goes


def test_a_cued_line_under_a_label_still_goes() -> None:
    pages = [[*p[:-3], "〔分享〕", "分享到：微信　微博", "〔版权〕", *p[-1:]] for p in _pages()]
    stage = site_stage(pages)
    out = boil(pages[0], stage, site="s").split("\n")
    assert "分享到：微信　微博" not in out
