"""Fixes for set zd's property notices copied out of a neighbourhood app (fixzd2).

A site that fills one notice template in anew each time (its why sentence with a new date,
its ``时段：`` / ``区域：`` rows with new times and places) repeats those lines in *shape*
on most pages: they are the notice's own text, not chrome (silent loss before: the
sentence, then the rows glued under it, went, and on some pages the loss budget then
kept every line of chrome).  An end marker framed by rules (``—— 以下没有更多了 ——``)
under the sign-off date is no title by a dated row.  A residents' thread whose comments
are one row each (a name, a colon, the text) under a heading that counts them goes as a
comment thread.  Look-alikes: a copyright line with this year's figure and an 'N人阅读'
info row still go; a heading without its count, or an article's labelled rows under a
counted heading, stay.

Every word is invented.
"""

from __future__ import annotations

from cleaner.stages.comment_threads import comment_thread
from cleaner.stages.listed_titles import dated_titles
from tests.stages.family_figures import family_figures
from tests.stages.stage_runs import boil, site_stage

WHY = "为保障住户用水安全，管理处定于2023年5月{d}日开展本次作业，现将相关安排说明如下："
OTHER_WHY = [
    "应多位住户的反映，管理处决定于近期统一安排本次作业，具体事项说明如下：",
    "为配合街道的统一部署，管理处将在本月分批完成本次作业，相关事项说明如下：",
    "根据设备年检的要求，管理处将在本周安排专业单位进场作业，有关事项如下：",
]
OWN = [
    "作业期间{b}栋的地下泵房将暂停开放，请住户不要在通道口停放自行车和摆放纸箱。",
    "本次作业将对{b}栋周边的排水井逐一疏通，现场设有围挡，请带好孩子绕行通过。",
    "作业完成后{b}栋的消防通道将重新划线，请车主及时将车辆移到指定的临时车位。",
]


def _page(n: int) -> list[str]:
    d, b = 3 + n, 1 + n % 6
    why = WHY.format(d=d) if n % 3 != 2 else OTHER_WHY[n % 3]
    return [
        "青枫苑 · 住户服务",
        "邻家通APP　｜　打开APP，看更多邻里动态",
        f"{120 + 17 * n}人阅读 · 2023-05-{d:02d}",
        "",
        f"青枫苑第{b}号楼周边作业安排",
        "",
        "各位住户：",
        why,
        f"时段：2023年5月{d}日 9:00—16:00",
        f"区域：{b}栋、{b + 2}栋及周边道路",
        OWN[n % 3].format(b=b),
        "如有疑问请与管家联系，管理处将尽快为大家解答，感谢各位住户的理解与配合！",
        "青枫苑管理处",
        f"2023年5月{d - 2}日",
        "",
        "—— 以下没有更多了 ——",
        f"👍 点赞 {n * 3 + 1}　　💬 评论 0",
        "",
        "更多通知 ›",
        f"· 青枫苑第{(b + 1) % 6 + 1}号楼周边作业安排",
        "青枫苑管理处　服务电话：0571-0000 1111",
        f"版权所有 © 2016-{2015 + n} 邻家通，未经许可不得转载本站内容",
    ]


PAGES = [_page(n) for n in range(8)]


def test_a_template_sentence_and_its_rows_stay_while_the_chrome_goes() -> None:
    stage = site_stage(PAGES)
    for n, page in enumerate(PAGES):
        out = boil(page, stage, site="s")
        for line in page[6:14]:  # the notice, salutation to sign-off, all of it
            assert line in out, (n, line)
        for gone in (page[0], page[1], page[2], page[16], page[18], page[20], page[21]):
            assert gone not in out, (n, gone)


def test_a_framed_end_marker_under_the_sign_off_date_is_no_title() -> None:
    page = ["正文写到这里。", "青枫苑管理处", "2023年5月3日", "", "—— 以下没有更多了 ——", "正文。"]
    assert dated_titles(page, {4: 1}, {}, {}, lambda s: False) == []
    # a plain title under its date row still is one
    page[4] = "青枫苑二号楼停水安排"
    assert dated_titles(page, {4: 1}, {}, {}, lambda s: False) == [4]


THREAD = [
    "正文写到这里，这是一个完整的句子。",
    "",
    "住户留言（2）",
    "7栋 周先生：需要提前储水吗？",
    "2栋 住户：几点能恢复？",
    "管理处回复：下午四点前恢复，请放心。",
    "",
    "更多通知 ›",
]


def test_a_counted_thread_of_one_row_comments_goes_whole() -> None:
    assert comment_thread(THREAD) == [2, 3, 4, 5]


def test_rows_under_an_uncounted_or_overcounted_heading_stay() -> None:
    uncounted = [*THREAD[:2], "住户留言", *THREAD[3:]]
    assert comment_thread(uncounted) == []
    # an article's own labelled rows under a heading that counts more than it holds
    rows = ["正文。", "", "意见留言（4）", "时间：五月三日", "地点：东门岗亭", "", "正文二。"]
    assert comment_thread(rows) == []


def test_the_property_notice_family_meets_its_floor() -> None:
    f = family_figures("sealed_zd_wuye")
    assert f["content_f1"] >= 0.99 and f["residue"] <= 0.02, f
    assert f["titles"] >= 0.95 and f["counts"] >= 0.95, f
    assert f["repairs"] >= 0.90 and f["metadata"] >= 0.90, f
