"""Chrome left in the output (issue 12, residue4), by class, each as a small case in
wordings of its own, with look-alikes that stay:

* a standing sentence a site prints word for word at the edge of its pages, of a chrome
  vocabulary class the cue table lacked (``site_repeat_keep.toml``, ``[[cue]]``): a
  deferral naming a longer authority (``以…为准``, up to sixteen letters), a standing
  warning of what the law will do (``将依法予以处理``, ``后果自负``), a request that the
  reader call (``请…拨打``, ``请…致电``).  One cue makes a repeated sentence chrome only at
  the page's edge; the same sentence inside the text, a report that someone was dealt
  with (``已被依法处理``) and a narrative call (``他拨打了110``) stay;
* a printed story's jump line between runs of ornaments (``…… 续 P.3 ……``) cutting a
  sentence: a page mark, the sentence joined (``repair.toml``, ``jump_marks``); an
  ornamented line naming no page stays;
* a compilation's title counting the pieces the piece finder found under it
  (``某类公告（最近3期）``): the page's head, not the first piece's text
  (:func:`cleaner.stages.split_page_ends.counting_title`); a count of other pieces, an
  ordinal and a sentence stay.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.stages.keep import keep_table
from cleaner.stages.split_page_ends import counting_title
from tests.stages.stage_runs import boil, repair, site_stage

# ---- cue vocabulary


@pytest.mark.parametrize(
    ("line", "cue"),
    [
        ("比分以组委会记录台最终签核的记录为准，请各队知悉。", "legal"),
        ("展出时间以主办方在馆内入口处张贴的最新通知为准。", "legal"),
        ("对拒不配合检查的单位，将依法予以处理。", "legal"),
        ("擅自进入施工区域者后果自负。", "legal"),
        ("本页图文未经许可不得使用，违者必究。", "legal"),
        ("违规停放的车辆将依法追究车主责任。", "legal"),
        ("遇到老人走失请先稳住对方并拨打110，再联系家属。", "contact"),
        ("如遇紧急情况，请立即致电值班室。", "contact"),
        ("請於辦公時間內撥打服務電話查詢。", "contact"),
    ],
)
def test_new_cue_words(line: str, cue: str) -> None:
    assert cue in keep_table().cues(line)


@pytest.mark.parametrize(
    ("line", "cue"),
    [
        ("两名男子酒后斗殴，目前已被依法处理。", "legal"),  # a report: nothing standing
        ("驾驶人被依法处罚两百元并记三分。", "legal"),
        ("他当即拨打了110报警，民警很快赶到。", "contact"),  # a narrative call, no request
        ("以上各项费用均以人民币计价，含税。", "legal"),  # no deferral
    ],
)
def test_look_alikes_gain_no_cue(line: str, cue: str) -> None:
    assert cue not in keep_table().cues(line)


# ---- a standing sentence at the page's edge, word for word on every page of a site

_TOPICS = [
    ("东湖", "晨练的人沿着湖边慢跑，柳树刚刚发芽，水面上有几只白鹭在觅食。"),
    ("西山", "山腰的茶园已经开始采摘新茶，茶农背着竹篓穿行在茶垄之间。"),
    ("南桥", "老桥两侧摆满了卖花的小摊，桃花和海棠最受欢迎，价格也不贵。"),
    ("北街", "街口新开了一家面馆，汤头用牛骨熬了一整夜，中午排队的人很多。"),
    ("中园", "园子里的荷花开了大半，池塘边的长椅上坐满了写生的学生。"),
    ("外滩", "江风很大，游船一班接一班地靠岸，码头上的广播反复提醒乘客排队。"),
]
_MORE = [
    "午后下了一阵小雨，空气变得格外清新，游客们纷纷躲进了附近的茶馆。",
    "附近的居民说，这样的景色每年只有短短几周，错过了就要再等一年。",
    "傍晚的时候天又放晴了，晚霞映在山坡上，不少人停下脚步拍照留念。",
    "采茶的阿婆说今年春天雨水足，芽头比往年肥壮，价钱也要涨一些。",
    "卖花的大叔一边招呼客人一边修剪枝叶，说这批桃花是凌晨才运到的。",
    "桥下的小船慢悠悠地划过，船夫哼着听不清词的小调，惹得孩子们直笑。",
    "老板是本地人，年轻时在外地学的手艺，回乡后一干就是十几年。",
    "面馆隔壁的裁缝铺还开着，门口挂着几件刚改好的旧式长衫。",
    "写生的学生们大多来自附近的美术学校，老师在一旁轻声指点。",
    "池塘里的锦鲤见人就围过来，几个孩子蹲在岸边撒着鱼食。",
    "夜里江对岸的灯一盏盏亮起来，倒映在水里像撒了一把碎金。",
    "码头旁的小吃摊卖着烤鱿鱼和糖葫芦，香味飘出去很远。",
]


def _site(standing: str, *, head: bool = False) -> list[list[str]]:
    pages = []
    for k, (place, text) in enumerate(_TOPICS):
        body = [f"{place}游记", text, _MORE[2 * k], _MORE[2 * k + 1]]
        nav = "首页 ＞ 游记 ＞ 城市漫步"
        foot = ["某某游记网　联系我们　关于本站"]
        pages.append([nav, standing, *body, *foot] if head else [nav, *body, standing, *foot])
    return pages


@pytest.mark.parametrize(
    ("standing", "head"),
    [
        ("游记所述开放时间以景区管理处现场公布的告示为准，出行前请再行确认。", True),
        ("对擅自翻越护栏、攀折花木的游客，将依法予以处理并通报所在单位。", False),
        ("发现游客走失或受伤，请先设法安顿对方并拨打120，再联系景区。", False),
    ],
)
def test_a_standing_sentence_at_the_edge_goes(standing: str, head: bool) -> None:
    pages = _site(standing, head=head)
    stage = site_stage(pages)
    for page in pages:
        out = boil(page, stage, site="s")
        assert standing not in out
        for line in page[1:-1]:
            if line != standing and "首页" not in line:
                assert line in out  # the page's own text stays


def test_the_same_sentence_inside_the_text_stays() -> None:
    """One cue: the page's edge is wanted; the sentence among the page's own lines
    (content above and below it) is the text's, though the site repeats it."""
    standing = "对擅自翻越护栏、攀折花木的游客，将依法予以处理并通报所在单位。"
    pages = []
    for k, (place, text) in enumerate(_TOPICS):
        body = [f"{place}游记", text, standing, _MORE[2 * k], _MORE[2 * k + 1]]
        pages.append(["首页 ＞ 游记 ＞ 城市漫步", *body, "某某游记网　联系我们　关于本站"])
    stage = site_stage(pages)
    for page in pages:
        assert standing in boil(page, stage, site="s")


def test_a_sentence_on_one_page_only_stays() -> None:
    standing = "发现游客走失或受伤，请先设法安顿对方并拨打120，再联系景区。"
    pages = _site("某某游记网提醒您文明出游。")
    pages[0].insert(-1, standing)
    stage = site_stage(pages)
    assert standing in boil(pages[0], stage, site="s")


# ---- a jump line between ornaments cutting a sentence


@pytest.mark.parametrize("mark", ["…… 续 P.3 ……", "—— 接第2页 ——", "★ 转 p.4 ★", "…… 續 P.2 ……"])
def test_an_ornamented_jump_line_cutting_a_sentence_goes(mark: str) -> None:
    text = (
        "那天我们从城里出发，一路上说说笑笑，到了村口才发现戏台还没有搭好，大家只好\n"
        f"\n{mark}\n\n"
        "先去祠堂里歇脚，等到傍晚锣鼓响起来，戏才开了场。\n"
    )
    out = repair(text)
    assert mark not in out
    assert "大家只好先去祠堂里歇脚" in out


@pytest.mark.parametrize("line", ["…… 未完 ……", "—— 续 ——", "★ 精彩继续 ★"])
def test_ornamented_lines_naming_no_page_stay(line: str) -> None:
    text = (
        "那天我们从城里出发，一路上说说笑笑，到了村口才发现戏台还没有搭好。\n"
        f"\n{line}\n\n"
        "等到傍晚锣鼓响起来，戏才开了场。\n"
    )
    assert line in repair(text)


# ---- a compilation's title counting its pieces


@pytest.mark.parametrize(
    ("line", "pieces"),
    [("某类开奖公告（最近3期）", 3), ("本周社区动态（共4则）", 4), ("某刊合订本　收录5篇", 5)],
)
def test_a_title_counting_its_pieces(line: str, pieces: int) -> None:
    assert counting_title(line, pieces)


@pytest.mark.parametrize(
    ("line", "pieces"),
    [
        ("某类开奖公告（最近3期）", 2),  # counts the site's pieces, the page shows fewer
        ("某类开奖公告（第3期）", 3),  # an ordinal
        ("某项目周报（第3周）", 3),
        ("本期共收到3篇来稿，现择优刊发如下。", 3),  # a sentence: split_lead's standfirst
        ("一家三口去了海边", 3),  # a count of people
    ],
)
def test_counting_title_look_alikes(line: str, pieces: int) -> None:
    assert not counting_title(line, pieces)
