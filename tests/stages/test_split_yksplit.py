"""Compilations that split on evidence their titles or notes hid (issue 12, yksplit):

* a catalogue's entries, each under a strip of cells, whose titles carry a subtitle
  after a colon (``某某：某某的十个现场``): a title, not a label and its value, when the
  row reader reads no field from it and both sides are words
  (:func:`split_piece_find._subtitled`);
* an entry's labelled paragraphs (``内容简介：…。`` over ``作者简介：…。``): the note on
  the writer is one of them, the entry's text, not a biography row closing a piece
  (:func:`split_bio_row.among_notes`);
* an HTML page's records each opened by its lead row (``html_record_leads``) with its
  own markup heading under it: the heading is the record's first line of text; records
  with no lead row, each whole title one of the page's own headings, keep it as their
  first line too (setoalign: set o's truth aligned to the title convention).

Look-alikes: strips over label/value rows only (no title: one article), a short label
(``备注：…``), a value with digits, an anthology's closing note under prose.  Every word
is invented.
"""

from __future__ import annotations

from cleaner.edits import Editor
from cleaner.stages.page_hints import PageHints
from cleaner.stages.split import SplitStage
from cleaner.stages.split_bio_row import among_notes
from cleaner.stages.split_piece_find import _label_column, _subtitled, piece_find
from cleaner.stages.split_shape_lines import ShapeMemo


def _run(lines: list[str], hints: PageHints | None = None) -> tuple[list, Editor]:
    ed = Editor("p", "\n".join(lines) + "\n")
    return SplitStage()(ed, hints=hints), ed


_BODY = (
    "本课程从最基础的工具认识讲起，循序渐进地带领学员完成一件完整的作品，"
    "每一堂课都安排了示范与实作时间，适合完全没有经验的初学者报名参加。"
)
_BODY2 = (
    "课程结束后学员可以把作品带回家，讲师也会在最后一堂课点评每个人的作品，"
    "并分享后续进阶练习的方法与材料购买的渠道。"
)


def _catalogue(entries: list[tuple[str, str, str]], bar: str = "｜") -> list[str]:
    lines = ["某区社区大学　本季新开课程", "报名时间：2024-02-01 至 2024-02-20", ""]
    for strip, title, row in entries:
        lines += [strip, title, row, _BODY, _BODY2, ""]
    return lines


COURSES = [
    ("课号 A-101　｜　三楼教室　｜　名额20人", "手作陶艺：从一块泥土到一只杯子", "讲师：林某"),
    ("课号 B-215　｜　一楼工坊　｜　名额12人", "木工入门", "讲师：陈某"),
    ("课号 C-033　｜　二楼教室　｜　名额30人", "城市散步：老街区的十条路线", "讲师：吴某"),
]


def test_subtitled_titles_under_strips_split_the_catalogue() -> None:
    arts, _ = _run(_catalogue(COURSES))
    assert [a.title for a in arts] == [c[1] for c in COURSES]
    assert all(_BODY in a.text for a in arts)


def test_subtitled_titles_in_another_wording_and_bar() -> None:
    shows = [
        ("展號 07 ┃ 東側展廳 ┃ 至6月30日", "海上絲路：一座港口的千年記憶", "策展人：周某"),
        ("展號 08 ┃ 西側展廳 ┃ 至7月15日", "紙的旅行：從作坊到書桌", "策展人：許某"),
        ("展號 09 ┃ 北側展廳 ┃ 至8月31日", "夜空下的城市", "策展人：黃某"),
    ]
    arts, _ = _run(_catalogue(shows))
    assert [a.title for a in arts] == [s[1] for s in shows]


def test_a_label_repeated_under_every_strip_is_no_title() -> None:
    rows = [
        ("课号 A-101　｜　三楼教室　｜　名额20人", "上课时间：每周二晚上", "讲师：林某"),
        ("课号 B-215　｜　一楼工坊　｜　名额12人", "上课时间：每周四晚上", "讲师：陈某"),
        ("课号 C-033　｜　二楼教室　｜　名额30人", "上课时间：每周六上午", "讲师：吴某"),
    ]
    lines = _catalogue(rows)
    run = piece_find(lines, None, ShapeMemo(None))
    assert run.verdict != "split"
    assert not any(title.startswith("上课时间") for _, _, title, _ in run.keyed)
    assert _label_column(lines, [lines.index(r[1]) for r in rows]) == [None, None, None]


def test_subtitled_tells_titles_from_fields() -> None:
    t = ShapeMemo(lambda s: {"author": s[3:]} if s.startswith("讲师：") else None)
    assert _subtitled("海上丝路：一座港口的千年记忆", t)
    assert not _subtitled("讲师：林某某某某某某", t)  # the reader's field
    assert not _subtitled("备注：请自备材料与围裙", t)  # a short label
    assert not _subtitled("报名截止：2024年2月20日", t)  # a value with digits
    assert not _subtitled("上课地点　三楼：东侧教室", t)  # spaced cells
    assert not _subtitled("上课时间：每周", t)  # a short value


# ---- notes of an entry -------------------------------------------------------------

_FIELDS = {"作者简介": "author_bio", "作者": "author"}


def test_among_notes_reads_labelled_paragraphs() -> None:
    f = _FIELDS.get
    assert among_notes("内容简介：全书记录了作者在海岛生活十年的见闻，文字平实而动人。", f)
    assert among_notes("编辑推荐：这是一本适合全家人一起阅读的自然观察笔记。", f)
    assert not among_notes("那年夏天我们回到海边，把老房子重新修了一遍。", f)  # prose
    assert not among_notes("作者简介：某某，海岛人，中学教师。", f)  # itself a note on the writer
    assert not among_notes("出版年：2023", f)  # a field, no paragraph


def test_writer_note_under_a_labelled_summary_stays_text() -> None:
    books = []
    lines = ["某市图书馆　新书推荐", "本月共推荐新书3种。", ""]
    for n, (title, who) in enumerate(
        [("海岛十年", "林某"), ("纸上的家", "陈某"), ("夜行", "吴某")]
    ):
        bio = f"作者简介：{who}，海边长大，曾任报社记者，现专职写作，著有作品{n + 3}种。"
        books.append((title, bio))
        lines += [
            f"索书号 85{n}.6／21{n}4　｜　总馆三楼　｜　馆藏2册",
            title,
            f"作者：{who}　出版者：某某出版社　出版年：2023",
            "内容简介：本书收录作者近五年写下的文字，每一章都从一个真实的人物讲起，"
            "适合想要重新认识身边生活的读者慢慢品味。",
            bio,
            "",
        ]
    arts, ed = _run(lines)
    assert [a.title for a in arts] == [b[0] for b in books]
    assert all(b[1] in a.text for b, a in zip(books, arts, strict=True))
    assert not [c for c in ed.changes if c.before.startswith("作者简介")]


def test_anthology_note_under_prose_is_still_the_pieces_metadata() -> None:
    lines = ["某某文学　第12期　目录", ""]
    for title, who in [("海边的老房子", "林某"), ("夜班公交", "陈某"), ("菜市场", "吴某")]:
        lines += [
            f"散文　｜　第{len(lines)}页　｜　{who}",
            title,
            "那年夏天我们终于回到海边，把老房子重新修了一遍，屋檐下的燕子窝还在原处，"
            "母亲说燕子认得回家的路，人也一样，走得再远也会回来看看。",
            "后来每年夏天我都会回去住上几天，听海浪一遍一遍地拍打礁石，"
            "仿佛什么都没有改变，又仿佛什么都已经不同了。",
            f"作者简介：{who}，海边长大，写散文二十年。",
            "",
        ]
    arts, _ = _run(lines)
    assert len(arts) == 3
    assert all("作者简介" not in a.text for a in arts)
    assert all(a.meta.get("author_bio", "").startswith(("林某", "陈某", "吴某")) for a in arts)


# ---- records under lead rows -----------------------------------------------------

_EPISODES = [
    ("#012　｜　45:10　｜　2023/5/2", "拍了十年星空的人", "主持：阿某　　嘉宾：夏某"),
    ("#011　｜　38:20　｜　2023/4/25", "一把竹椅子的三十年", "主持：阿某　　嘉宾：竺某"),
    ("#010　｜　52:05　｜　2023/4/18", "在菜市场里找一座城市的脾气", "主持：阿某　　嘉宾：伍某"),
]
_TALK = (
    "这一期我们请到了一位很特别的嘉宾，从她的手艺聊起，聊到了很多平时不太有机会"
    "说出口的话，希望这四十分钟能陪你度过一段安静的时间。"
)


def _episodes(leads: bool) -> tuple[list[str], PageHints]:
    lines = ["全部节目 · 第 2 页", ""]
    for lead, title, row in _EPISODES:
        lines += [lead, title, row, _TALK, "本期提到：《某书》、《另一本书》", ""]
    heads = tuple(e[1] for e in _EPISODES)
    hints = PageHints(
        h1="全部节目 · 第 2 页",
        headings=("全部节目 · 第 2 页", *heads),
        record_heads=heads,
        record_leads=tuple((e[0],) for e in _EPISODES) if leads else (),
    )
    return lines, hints


def test_record_heading_under_its_lead_row_is_the_first_line() -> None:
    lines, hints = _episodes(leads=True)
    arts, ed = _run(lines, hints)
    assert [a.title for a in arts] == [e[1] for e in _EPISODES]
    assert all(a.text.split("\n")[0] == e[1] for e, a in zip(_EPISODES, arts, strict=True))
    assert not [c for c in ed.changes if c.rule == "split.article_header" and "星空" in c.before]


def test_record_heading_without_a_lead_row_is_the_first_line_too() -> None:
    heads = ("甲县新桥通车", "乙县新馆开放", "丙县新路完工")
    lines = ["专题：重点项目巡礼", ""]
    for n, h in enumerate(heads):
        lines += [h, f"2021-03-0{n + 1} 09:30　来源：某某日报", _TALK, _TALK[:40] + "。", ""]
    hints = PageHints(
        h1="专题：重点项目巡礼", headings=("专题：重点项目巡礼", *heads), record_heads=heads
    )
    arts, _ = _run(lines, hints)
    assert [a.title for a in arts] == list(heads)
    assert all(a.text.split("\n")[0] == h for h, a in zip(heads, arts, strict=True))
    assert all("来源" not in a.text for a in arts)  # the row under it: metadata
