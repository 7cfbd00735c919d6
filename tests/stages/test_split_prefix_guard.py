"""Content above a compilation's first found header is never deleted as page head
(``split.page_prefix``): a preface over a signature, an editor's note over a contents
list, a first piece in verse whose title the finders missed, a Latin paragraph with no
comma. Each is kept as a piece of its own and flagged ``split.prefix_block``; the chrome
around it (site name, breadcrumb, date line, contents list) still goes, on the record.

The class: text that stands above the first recognised header but not right over it
(the run :mod:`split_prefix_prose` and :mod:`split_lead` keep), or is not sentence-shaped
(verse). Look-alikes: a head of short rows only (site name, breadcrumb, tag row, byline,
date, counter), and a sentence the site prints at the head of its pages.

Every word is invented.
"""

from __future__ import annotations

from cleaner.edits import Editor
from cleaner.stages.split import SplitStage
from cleaner.stages.split_prefix_guard import prefix_block
from cleaner.stages.split_titles import PageHints

CHROME = ["晨光散文网", "首页 > 散文 > 正文", "2023-11-02"]
BRACKETED = [
    "【篇一】河边的老柳树",
    "老柳树在河边站了几十年，夏天替洗衣服的人遮阴，冬天光秃秃地立着。",
    "村里的孩子都在它下面长大。",
    "",
    "【篇二】外婆的菜园",
    "外婆的菜园不大，却种满了豆角、茄子和辣椒，每到傍晚她都要去浇一遍水。",
    "我小时候最爱跟着她摘豆角。",
    "",
    "【篇三】镇上的电影院",
    "镇上的电影院早就关了门，门口的售票窗还贴着一张褪色的海报。",
    "每次路过我都会多看两眼。",
]
COLONED = [
    "第一篇：雨后的石板街",
    "雨停以后，石板街亮得像镜子，卖豆花的老人又推着车出来了。",
    "街角的猫也跑出来晒太阳。",
    "",
    "第二篇：夜市的灯",
    "夜市的灯一盏接一盏亮起来，烤红薯的香味飘了半条街。",
    "我每次都忍不住买一个。",
    "",
    "第三篇：桥下的渡船",
    "桥修好以后，渡船就很少有人坐了，船夫每天还是按时撑到对岸。",
    "他说习惯了。",
]


def _run(lines: list[str], hints: PageHints | None = None) -> tuple[list[str], list[str], str]:
    ed = Editor("p", "\n".join(lines) + "\n")
    drafts = SplitStage()(ed, hints=hints)
    rules = [c.rule for c in ed.changes]
    dropped = "".join(c.before for c in ed.changes if c.rule == "split.page_prefix")
    return [d.text for d in drafts], rules, dropped


def test_a_preface_over_a_signature_is_kept_with_its_heading() -> None:
    preface = ["前言", "这几篇短文写于不同的年份，记的都是故乡的旧事，整理时只改了几个错字。"]
    texts, rules, dropped = _run([*CHROME, *preface, "作者", "二〇二三年冬", "", *BRACKETED])
    assert "split.prefix_block" in rules and len(texts) == 4
    assert texts[0].split("\n")[:2] == preface  # its own piece, heading and all
    assert "晨光散文网" in dropped and "2023-11-02" in dropped  # the chrome still goes
    assert "老柳树在河边站了几十年" in texts[1]


def test_an_unrecognised_first_piece_in_verse_is_kept() -> None:
    poem = ["远山", "云低压远岭，", "雁去过寒汀；", "独坐听松语，", "茶凉不觉冷。"]
    texts, rules, dropped = _run(["青石文苑", "栏目：小品", *poem, "", *COLONED])
    assert "split.prefix_block" in rules and len(texts) == 4
    assert texts[0].split("\n")[:5] == poem
    assert "青石文苑" in dropped and "远山" not in dropped


def test_an_editors_note_over_a_contents_list_is_kept_the_list_goes() -> None:
    note = "编者按：这一期的来稿都写乡村生活，按收到的先后排列，文字未作改动，欢迎来信交流。"
    contents = ["本期目录", "河边的老柳树", "外婆的菜园", "镇上的电影院"]
    texts, rules, dropped = _run([*CHROME, note, *contents, "", *BRACKETED])
    assert "split.prefix_block" in rules and len(texts) == 4
    assert note in texts[0] and "本期目录" not in "".join(texts)
    assert "本期目录" in dropped  # the contents list: on the record


def test_a_latin_paragraph_without_a_comma_is_kept() -> None:
    para = (
        "This little collection gathers three short sketches written over one wet "
        "spring in a small river town. Each was first read aloud at the library."
    )
    texts, rules, _ = _run(["青石文苑", "导读", para, "", *COLONED])
    assert "split.prefix_block" in rules and para in texts[0] and len(texts) == 4


def test_a_head_of_short_rows_still_goes_unflagged() -> None:
    head = ["青石文苑", "首页 | 小品 | 随笔", "标签：雨、夜、", "作者：某某", "2022-04-01 10:20"]
    texts, rules, dropped = _run([*head, "阅读 356", *COLONED])
    assert "split.prefix_block" not in rules and len(texts) == 3
    assert all(line in dropped for line in head)


def test_a_sentence_the_site_prints_at_every_head_still_goes() -> None:
    notice = "本站文章仅代表作者个人观点，转载请注明出处，谢谢合作。"
    hints = PageHints(head_notes=frozenset({notice}))
    texts, rules, dropped = _run([*CHROME, notice, "上一篇  下一篇", *COLONED], hints)
    assert "split.prefix_block" not in rules and len(texts) == 3
    assert notice in dropped


def test_a_note_that_counts_the_pieces_is_the_compilations_head() -> None:
    # the convention of split_lead: a head that counts the pieces frames the compilation
    note = "编者按：本期收录三篇读者来稿，内容涉及乡村生活的不同侧面，欢迎来信交流。"
    texts, rules, dropped = _run([*CHROME, note, "本期目录", "河边的老柳树", "", *BRACKETED])
    assert "split.prefix_block" not in rules and len(texts) == 3 and note in dropped


def test_prefix_block_reads_shape_not_words() -> None:
    # a verse run needs three rows: two punctuated rows (tags, a slogan) are no poem
    assert prefix_block(["某站", "标签：甲、乙、", "欢迎光临！", "【一】"], 3) is None
    # an address is no paragraph, whatever its dots
    assert prefix_block(["https://www.example.com/a/b/c/d/e/f/g/h/index.html", "【一】"], 1) is None
    poem = ["窗前一株梅，", "雪里独自开。", "香从何处来？", "风里一枝斜。"]
    assert prefix_block(["某站", "", *poem], 6) == (2, 5, "verse")
    assert prefix_block(["某站", "", *poem[:3]], 5) is None  # 18 characters: too few
