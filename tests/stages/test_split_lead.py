"""A one-sentence standfirst above a page's first found header (issue 12, silent loss):
the page's head only when proven, else kept over the first piece (``split.prefix_kept``).

The class: a single document a reader cuts into pieces (a weekly report, a travelogue
whose dated day rows read as piece headers), or a compilation whose editor's note no
other page of the site prints, loses its title and its opening sentence as
``split.page_prefix`` only because they stand above the first header.  Three variants
that differ in wording, row layout and reader (blocks of a date and a weekday, of a day
and the weather parted by a middle dot, bracketed ``【篇一】`` headers) keep them.  The
look-alikes still go: a slogan the site prints over the first header of every page, a
standfirst the site prints with only its figures changed, a head that counts the pieces.

Every word is invented.
"""

from __future__ import annotations

from cleaner.config import PipelineConfig
from cleaner.edits import Editor
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.profile_counter import build_profiles
from cleaner.stages.split import SplitStage
from cleaner.stages.split_lead import counts_pieces
from cleaner.stages.split_titles import PageHints

REPORT = [
    "仓储组周报（5月第2周）",
    "",
    "本周入库量回升，各班组进展按日列在下面。",
    "",
    "2024-05-13　周一",
    "盘点东区货架",
    "东区货架全部清点完毕，账实相符率达到百分之九十九点六，差异已登记待查。",
    "",
    "2024-05-14　周二",
    "叉车安全培训",
    "新来的四名叉车司机参加了半天的安全培训，考核全部合格，下周正式上岗。",
    "",
    "2024-05-15　周三",
    "退货区整理",
    "把积压两个月的退货按供应商分拣装箱，腾出了大约三十平方米的空间。",
]
TRAVEL = [
    "川西自驾小记",
    "",
    "国庆和两个老同学自驾去了川西，按天简单记一下。",
    "",
    "10月1日 · 晴",
    "成都到康定",
    "一早从成都出发，过了雅安开始堵车，傍晚才到康定，晚饭吃了一锅牦牛肉汤锅。",
    "",
    "10月2日 · 多云",
    "翻越折多山",
    "上午翻过折多山垭口，海拔四千多米，同学有点头疼，我们在观景台只停了十分钟。",
    "",
    "10月3日 · 小雪",
    "新都桥看日落",
    "下午到了新都桥，没想到飘起了小雪，日落时山头被染成金色，大家都看呆了。",
]
NOTE = "编者按：春季读书会结束后，不少会员交来了读后感，我们挑了几篇刊在这里，文字未作改动。"
PIECES = [
    "【篇一】灯下读《围城》",
    "重读这本书，最打动我的不是主人公的狼狈，而是每个人都想逃出自己那座城的心情。",
    "年轻时只觉得好笑，现在读来却有些心酸。",
    "",
    "【篇二】陪孩子读绘本",
    "每天睡前给女儿读一本绘本，原以为是我在教她，后来发现是她在教我怎样慢下来。",
    "上周她自己编了一个故事讲给我听，我听得很认真。",
    "",
    "【篇三】一本旧字典",
    "整理书架时翻出父亲用过的字典，书页发黄，空白处写满了他的批注。",
    "我把它放在案头，查字的时候总会想起他。",
]
ESSAYS = ["社区读书会征文选", "", NOTE, "", *PIECES]


def _run(lines: list[str]) -> tuple[list[str], list[str], list[str]]:
    """Titles, texts and ledger rules of the page run through the whole pipeline."""
    raw = RawInput("p.txt", ("\n".join(lines) + "\n").encode())
    res = Pipeline(PipelineConfig()).process(raw, 0)
    return (
        [a.title for a in res.articles],
        [a.text for a in res.articles],
        [c.rule for c in res.changes],
    )


def test_a_weekly_report_keeps_its_title_and_opening() -> None:
    titles, texts, rules = _run(REPORT)
    assert titles == ["盘点东区货架", "叉车安全培训", "退货区整理"]  # still cut by its days
    assert texts[0].split("\n")[:3] == ["仓储组周报（5月第2周）", REPORT[2], "盘点东区货架"]
    assert "split.prefix_kept" in rules
    assert not any("2024-05-13" in t for t in texts)  # the day row is still the header


def test_a_travelogue_keeps_its_title_and_opening() -> None:
    titles, texts, rules = _run(TRAVEL)
    assert titles == ["成都到康定", "翻越折多山", "新都桥看日落"]
    assert texts[0].startswith("川西自驾小记\n" + TRAVEL[2] + "\n成都到康定\n")
    assert "split.prefix_kept" in rules


def test_an_editors_note_no_site_repeats_is_kept_over_the_first_piece() -> None:
    titles, texts, rules = _run(ESSAYS)
    assert titles == ["灯下读《围城》", "陪孩子读绘本", "一本旧字典"]
    assert texts[0].split("\n")[:2] == ["社区读书会征文选", NOTE]
    assert NOTE not in texts[1] + texts[2]
    assert "split.prefix_kept" in rules


PLACES = ["东湖", "西山", "南岸", "北坡"]
BOOKS = [("旧字典", "字典"), ("绘本", "绘本"), ("诗集", "诗集")]


def _essays(n: int) -> list[str]:
    """Page ``n``'s three essays: its own place in every sentence (no near-copies)."""
    out: list[str] = []
    for k, (title, thing) in enumerate(BOOKS):
        place = PLACES[n]
        out += [
            f"【篇{'一二三'[k]}】{place}边的{title}",
            f"那年住在{place}边上，每天傍晚都会翻几页{thing}，窗外的{place}慢慢暗下来。",
            f"后来搬离了{place}，这本{thing}一直跟着我，换了{n + k + 2}个书架也没丢。",
            "",
        ]
    return out


def _site_batch(heads: list[list[str]]) -> list[tuple[list[str], list[str]]]:
    """Pages of one site, each ``head`` over three essays of its own: texts and ledger
    rules of each."""
    raws = []
    for n, head in enumerate(heads):
        text = "\n".join([*head, "", *_essays(n)]) + "\n"
        raws.append(RawInput(f"p{n}.txt", text.encode(), site="club.example"))
    pipe = Pipeline(PipelineConfig(), profiles=build_profiles(raws))
    out = []
    for i, raw in enumerate(raws):
        res = pipe.process(raw, i)
        out.append(([a.text for a in res.articles], [c.rule for c in res.changes]))
    return out


def test_a_slogan_the_site_prints_over_every_page_still_goes() -> None:
    slogan = "读书点亮生活，书香温暖人心，欢迎大家常来坐坐。"
    titles = ["春季征文选", "夏季征文选", "秋季征文选", "冬季征文选"]
    for texts, rules in _site_batch([[t, slogan] for t in titles]):
        assert not any(slogan in t for t in texts)
        assert "split.prefix_kept" not in rules and "split.page_prefix" in rules
        assert texts[0].startswith("那年住在")


def test_a_standfirst_the_site_prints_with_its_figures_changed_still_goes() -> None:
    heads = [
        [f"会员通讯第{n}期", f"第{n}期会员通讯照例刊登读后感，来稿请寄读书会邮箱。"]
        for n in (7, 8, 9, 10)
    ]
    for texts, rules in _site_batch(heads):
        assert not any("会员通讯照例" in t for t in texts)
        assert "split.prefix_kept" not in rules and "split.page_prefix" in rules


def test_the_stage_reads_the_sites_head_sentences_from_its_hints() -> None:
    ed = Editor("p", "\n".join(ESSAYS) + "\n")
    drafts = SplitStage()(ed, hints=PageHints(head_notes=frozenset({NOTE})))
    assert not any(NOTE in d.text for d in drafts)
    assert "split.prefix_kept" not in [c.rule for c in ed.changes]


def test_a_head_that_counts_the_pieces_still_goes() -> None:
    counted = "本期选登会员读后感3篇，文字未作改动，欢迎继续投稿。"
    titles, texts, rules = _run(["社区读书会征文选", "", counted, "", *PIECES])
    assert titles == ["灯下读《围城》", "陪孩子读绘本", "一本旧字典"]
    assert not any(counted in t for t in texts) and "split.prefix_kept" not in rules
    # a count of something else proves nothing: kept
    other = "本期选登会员读后感4篇，文字未作改动，欢迎继续投稿。"
    _, texts, rules = _run(["社区读书会征文选", "", other, "", *PIECES])
    assert other in texts[0] and "split.prefix_kept" in rules


def test_counts_of_the_documents_own_facts_prove_nothing() -> None:
    assert not counts_pieces(["我们一家三口去了海边，第3天才放晴。"], 3)  # people, an ordinal
    assert not counts_pieces(["本周完成了三天的巡检，五个人轮班。"], 3)
    assert counts_pieces(["这三件事与你有关"], 3)
    assert counts_pieces(["共收到来信两封，现予刊登。"], 2)
