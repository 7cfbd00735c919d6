"""Works a page cites in the site's one wording are the page's text (``cited_works``).

A podcast site prints ``本集提及：《X》、《Y》`` in every episode's notes, each episode its
own works.  Site learning masks the titles in ``《》``, so the row looked the same on
every page and was deleted as chrome: each page lost the works it names (set zh's
shouting).  Inside the body, a learned shape whose examples name other works on other
pages is kept; a bar naming the page's own headline in ``《》`` and a row naming the same
work on every page still go.
"""

from __future__ import annotations

from cleaner.edits import Editor
from tests.stages.stage_runs import site_stage

WORKS = [
    "《江边的灯塔》",
    "《雨季来信》",
    "《北方的列车》",
    "《一只纸船》",
    "《慢慢长大》",
    "《石桥》",
]
PLACES = ["河湾", "北坡", "老街", "东岭", "渡口", "西巷", "南塘", "石门"]


def _body(k: int) -> list[str]:
    p = PLACES[k]
    return [
        f"这一期我们聊了聊在{p}住过的老房子，还有那些一起长大的邻居，他们如今都散落在各地。",
        f"后半段请来了一位{p}做木工的朋友，讲他怎样把旧门板改成书架，又怎样和家里人商量。",
    ]


def _page(k: int) -> list[str]:
    title = f"第{k + 1}集　旧房子里的声音之{k + 1}"
    return [
        "晚风电台 · 每周三更新",
        "首页 | 节目 | 主播 | 关于我们",
        title,
        _body(k)[0],
        f"本集提及：{WORKS[k % 6]}、{WORKS[(k + 2) % 6]}",
        _body(k)[1],
        f"您正在收听：《{title}》",
        "节目中提到的书影音均为主播个人推荐，与本站立场无关，感谢收听。",
        "© 晚风电台　沪ICP备00000000号",
    ]


def test_works_a_page_cites_stay_while_the_site_chrome_goes() -> None:
    pages = [_page(k) for k in range(8)]
    stage = site_stage(pages)
    for k in (1, 4):
        ed = Editor("p", "\n".join(pages[k]) + "\n")
        stage(ed, site="s")
        kept = ed.text.splitlines()
        assert pages[k][4] in kept, pages[k][4]
        assert _body(k)[0] in kept and _body(k)[1] in kept
        assert "首页 | 节目 | 主播 | 关于我们" not in kept
        assert "© 晚风电台　沪ICP备00000000号" not in kept


def test_a_row_naming_the_same_work_on_every_page_is_no_citation() -> None:
    from cleaner.stages.repeat_keeps import cited_works
    from cleaner.stages.site_judge import LearnedLine

    same = LearnedLine(
        "本集提及：《⟨T⟩》", "shape", "line", 6, 75.0, ("本集提及：《石桥》",) * 2, None, ()
    )
    assert not cited_works("本集提及：《石桥》", same)
    other = LearnedLine(
        "本集提及：《⟨T⟩》",
        "shape",
        "line",
        6,
        75.0,
        ("本集提及：《石桥》", "本集提及：《雨季来信》"),
        None,
        (),
    )
    assert cited_works("本集提及：《石桥》", other)
    assert not cited_works("您正在收听：《第2集》", other, ["第2集"])
