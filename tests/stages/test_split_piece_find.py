"""The generic piece finder (:mod:`cleaner.stages.split_piece_find`): a compilation's
pieces found from a row of one shape over each piece's title (a number line, a counter,
a row of labelled cells), or from a row of one shape closing each piece (a date line),
whatever the row's words; and the pieces' own counting rows over the headers another
reader found, which tell the page's own heading from the pieces' (rows_over_headers).

Look-alikes that must stay one article: numbered requirement lines, steps under a
counter row with a sentence each, Q&A pairs, a table's rows, verse stanzas, a scene
break printed again, and an article whose opening prose stands over its numbered
sections.  Every word is invented.
"""

from __future__ import annotations

import json

from cleaner.edits import Editor
from cleaner.stages.split import SplitStage
from cleaner.stages.split_piece_find import (
    closing_shape,
    one_document,
    page_refs,
    piece_find,
    row_key,
    rows_over_headers,
    running,
)
from cleaner.stages.split_shape_lines import ShapeMemo

# three invented pieces of prose, two or three sentences a paragraph
PROSE = [
    "本周三上午，北岸街道组织志愿者对河堤步道进行了集中清扫，共清运落叶和杂物两车。"
    "参加活动的居民表示，这样的活动应当每月坚持开展。",
    "据现场负责人介绍，步道沿线新增了六处垃圾投放点，并安排专人每日巡查两次。"
    "下一步还将在桥头增设宣传栏，方便居民了解清扫安排。",
    "活动结束后，志愿者们在社区活动室进行了简短的总结交流，大家对分工提出了改进意见。"
    "街道方面表示将尽快完善志愿服务积分办法。",
    "据了解，今年以来该街道已累计开展同类活动十一次，参与居民超过四百人次。"
    "相关经验做法已在全区推广，受到广泛好评。",
]
TITLES = [
    "北岸街道开展河堤步道清扫活动",
    "湖西小区完成雨水管网疏通工程",
    "青石社区举办老年智能手机课堂",
    "南门菜场启用新的称重复核台",
]


def _page(rows: list[str], *, head: list[str] | None = None, tail: str = "") -> list[str]:
    out = list(head or ["某某便民网　信息公开"])
    for k, row in enumerate(rows):
        out += [row, TITLES[k], PROSE[k % 4], PROSE[(k + 1) % 4], ""]
    return [*out, tail] if tail else out


def _run(lines: list[str]) -> tuple[list, Editor]:
    ed = Editor("p", "\n".join(lines) + "\n")
    return SplitStage()(ed), ed


def _verdict(ed: Editor) -> dict:
    got = [c for c in ed.changes if c.rule == "split.piece_find"]
    return json.loads(got[0].ref or "{}") if got else {}


def test_row_key_abstracts_numbers_words_and_space() -> None:
    assert row_key("—— 登记第0412号 ——") == row_key("—— 登记第1187号 ——") == "—WNW—"
    assert row_key("事项 ② ／ 共 3 项") == row_key("事项 ③ ／ 共 3 项")
    assert row_key("〔一〕类别：路灯　｜　地点：东街") == row_key(
        "〔二〕类别：井盖　｜　地点：西巷"
    )
    assert row_key("第一条") != row_key("—— 登记第0412号 ——")


def test_running_numbers_in_digits_circled_and_han() -> None:
    assert running(["事项 ① ／ 共 3 项", "事项 ② ／ 共 3 项", "事项 ③ ／ 共 3 项"])
    assert running(["〈一〉甲：某", "〈二〉甲：某", "〈三〉甲：某"])
    assert running(["No.7 批次", "No.8 批次", "No.9 批次"])
    assert not running(["—— 第0412号 ——", "—— 第1187号 ——"])  # codes, not a count
    assert not running(["〈二〉甲", "〈三〉甲"])  # two rows must count from one


def test_number_lines_over_each_title_split() -> None:
    rows = ["—— 登记第0412号 ——", "—— 登记第1187号 ——", "—— 登记第0903号 ——"]
    arts, ed = _run(_page(rows))
    assert [a.title for a in arts] == TITLES[:3]
    assert _verdict(ed)["verdict"] == "split"
    for a, row in zip(arts, rows, strict=True):  # no field read: the row stays text
        assert a.text.split("\n")[a is arts[0]] == row and a.meta.get("doc_number") is None
        assert a.title in a.text.split("\n")


def test_counter_rows_and_labelled_cell_rows_split() -> None:
    counted = [f"事项 {c} ／ 共 3 项" for c in "①②③"]
    arts, ed = _run(_page(counted))
    assert [a.title for a in arts] == TITLES[:3] and _verdict(ed)["running"] is True
    cells = ["〔一〕类别：路灯　｜　地点：东街", "〔二〕类别：井盖　｜　地点：西巷"]
    arts, ed = _run(_page(cells))  # two rows: their count confirms them
    assert [a.title for a in arts] == TITLES[:2]
    assert not any("类别" in a.text for a in arts)


def test_two_rows_without_a_count_or_closer_stay_whole_flagged() -> None:
    rows = ["—— 登记第0412号 ——", "—— 登记第1187号 ——"]
    arts, ed = _run(_page(rows))
    assert len(arts) == 1
    assert _verdict(ed)["verdict"] == "unsure" and _verdict(ed)["confirmed"] is False


def test_a_counted_piece_whose_title_the_site_dropped_still_splits() -> None:
    lines = _page(["〔一〕类别：路灯　｜　地点：东街", "〔二〕类别：井盖　｜　地点：西巷"])
    lines.remove(TITLES[1])
    arts, _ = _run(lines)
    assert len(arts) == 2 and arts[0].title == TITLES[0]
    assert PROSE[1][:20] in arts[1].text


def test_date_lines_closing_each_piece_split() -> None:
    lines = ["某某便民网　讣闻"]
    for k, name in enumerate(["悼念张甲老人", "悼念李乙老人"]):
        lines += [name, PROSE[k], PROSE[k + 1], f"2021年3月{k + 4}日", "┄┄┄┄┄┄┄┄"]
    arts, ed = _run(lines)
    assert [a.title for a in arts] == ["悼念张甲老人", "悼念李乙老人"]
    assert _verdict(ed)["title_place"] == "closing"
    assert PROSE[1][:20] in arts[0].text and PROSE[1][:20] in arts[1].text


def test_closing_shape_needs_one_shape_and_values_that_differ() -> None:
    strip = ["题一", "甲。", "2021年3月4日", "题二", "乙。", "2021年3月4日"]
    filled = list(range(len(strip)))
    assert closing_shape(strip, filled, [0, 3], ShapeMemo(None)) == []  # one date twice
    strip[5] = "2021年3月9日"
    assert closing_shape(strip, filled, [0, 3], ShapeMemo(None)) == [2, 5]


def test_pieces_rows_over_headers_drop_the_page_heading() -> None:
    lines = ["第20次会议纪要", "时间：2021年5月1日", "议程 ① ／ 共 2 项", "甲议题", "正文。"]
    lines += ["议程 ② ／ 共 2 项", "乙议题", "正文。"]
    assert rows_over_headers(lines, [0, 3, 6], ShapeMemo(None)) == (1, [2, 5])
    # rows counting from 2: the header before them is piece 1, nothing is dropped
    shifted = [s.replace("①", "②").replace("② ／", "③ ／", 1) if "议程" in s else s for s in lines]
    shifted[2], shifted[5] = "议程 ② ／ 共 3 项", "议程 ③ ／ 共 3 项"
    assert rows_over_headers(shifted, [0, 3, 6], ShapeMemo(None)) == (0, [])


def test_heading_run_with_counting_rows_loses_the_page_heading_piece() -> None:
    head = ["第20次居民议事会纪要", "时间：2021年5月1日　地点：二楼会议室"]
    lines = list(head)
    for k, c in enumerate("①②③"):
        lines += [f"议程 {c} ／ 共 3 项", TITLES[k], PROSE[k], PROSE[k + 1]]
    heads = [0, *(i for i, s in enumerate(lines) if s in TITLES)]
    assert rows_over_headers(lines, heads, ShapeMemo(None)) == (1, [2, 6, 10])


# ---- look-alikes: one article each -------------------------------------------------


def test_numbered_requirement_lines_stay_one_article() -> None:
    lines = ["关于做好汛期安全工作的通知", "各单位：", "现就有关要求通知如下。"]
    lines += [f"{k}. 要求第{k}项：各单位要落实值班制度，确保通讯畅通。" for k in range(1, 6)]
    arts, ed = _run(lines)
    assert len(arts) == 1 and _verdict(ed).get("verdict") != "split"


def test_steps_under_counter_rows_with_one_sentence_each_stay_whole() -> None:
    lines = ["智能手机课堂讲义"]
    for k, c in enumerate("①②③"):
        lines += [f"步骤 {c} ／ 共 3 步", TITLES[k], "点开设置，找到显示选项。"]
    arts, ed = _run(lines)
    assert len(arts) == 1 and _verdict(ed).get("verdict") != "split"


def test_qa_pairs_and_table_rows_stay_whole() -> None:
    qa = ["常见问题"]
    for k in range(3):
        qa += [f"问{k + 1}：如何办理第{k + 1}类业务？", "答：" + PROSE[k]]
    assert len(_run(qa)[0]) == 1
    table = ["价格监测表", "品名　｜　单价　｜　日期"]
    table += [f"白菜{k}号　｜　{k + 2}.5元　｜　2021-05-0{k + 1}" for k in range(6)]
    assert len(_run(table)[0]) == 1


def test_verse_stanzas_stay_one_article() -> None:
    lines = ["山居杂咏", "（其一·2021）", "晚风吹过竹篱笆，", "溪水流经旧人家。"]
    lines += ["（其二·2021）", "春雨润湿石板路，", "炊烟升起到天涯。"]
    lines += ["（其三·2021）", "鸟鸣惊醒山中客，", "一壶清茶对落霞。"]
    assert len(_run(lines)[0]) == 1


def test_rows_changing_in_a_counter_alone_are_an_articles_parts() -> None:
    parts = [f"—— 第{c}部分 ——" for c in "一二三"]
    arts, ed = _run(_page(parts))
    assert len(arts) == 1 and _verdict(ed).get("verdict") != "split"
    stated = [f"—— 第{c}部分／共3部分 ——" for c in "一二三"]  # the total stated: pieces
    assert [a.title for a in _run(_page(stated))[0]] == TITLES[:3]


def test_scene_break_printed_again_is_no_row() -> None:
    lines = ["雨夜"]
    for k in range(3):
        lines += ["＊　＊　＊ 1", TITLES[k], PROSE[k], PROSE[k + 1]]
    arts, ed = _run(lines)
    assert len(arts) == 1 and _verdict(ed).get("verdict") != "split"


def test_opening_prose_over_numbered_sections_keeps_one_article() -> None:
    intro = [PROSE[3], PROSE[2]]  # the article's own opening: two paragraphs
    rows = ["—— 登记第0412号 ——", "—— 登记第1187号 ——", "—— 登记第0903号 ——"]
    arts, ed = _run(_page(rows, head=["某某街道年度工作报告", *intro]))
    assert len(arts) == 1
    assert _verdict(ed).get("no_head_prose") is False


def test_piece_find_needs_substantial_bodies() -> None:
    lines = ["某某便民网"]
    for k, row in enumerate(["—— 登记第0412号 ——", "—— 登记第1187号 ——", "—— 登记第0903号 ——"]):
        lines += [row, TITLES[k], "详见附件。" + PROSE[k][:10]]
    lines += ["以上信息仅供参考。"] * 2
    run = piece_find(lines, None, ShapeMemo(None))
    assert run.verdict != "split"


# ---- records of one form: labelled lines as body, a head row over each title ---------

#: invented dictionary entries: a head word, then labelled lines that end sentences
ENTRIES = [
    (
        "临水照花",
        [
            "释义：比喻只看到表面的美好，却不去了解事情的实质。",
            "出处：见于某地方志，原是书中的一段记载。",
            "例句：他做事总爱临水照花，所以常常被表象迷惑。",
            "用法：作谓语、定语；多用于书面语。",
        ],
    ),
    (
        "拾级而歌",
        [
            "释义：形容人在顺境中心情舒畅，一步一步走得很有精神。",
            "出处：见于某文人笔记，原是书中的一则小品。",
            "例句：登山途中大家拾级而歌，一点也不觉得疲倦。",
            "用法：作谓语、状语；多用于书面语。",
        ],
    ),
    (
        "守拙归田",
        [
            "释义：比喻放下机巧之心，回到朴素踏实的生活里去。",
            "出处：见于某古人诗序，原是序中的一句话。",
            "例句：退休以后他守拙归田，每天在院子里种菜养花。",
            "用法：作谓语；多用于书面语，也可用于口语。",
        ],
    ),
]


def _entries(heads: list[str], cells: list[str], n: int = 3) -> list[str]:
    lines = ["某某词语网　词语故事", "词语故事　本栏编辑：某某　更新于 2019年4月2日"]
    for k in range(n):
        word, body = ENTRIES[k]
        lines += ([heads[k]] if heads else []) + [word, cells[k], *body, ""]
    return lines


CELLS = [f"色彩：中性　｜　简拼：{c}　｜　字数：4" for c in ("LSZH", "SJEG", "SZGT")]


def test_dictionary_entries_with_labelled_lines_split_under_their_head_rows() -> None:
    heads = ["〖0311〗 lín shuǐ zhào huā", "〖0312〗 shí jí ér gē", "〖0313〗 shǒu zhuō guī tián"]
    arts, ed = _run(_entries(heads, CELLS))
    assert [a.title for a in arts] == [e[0] for e in ENTRIES]
    assert _verdict(ed)["verdict"] == "split" and _verdict(ed)["heads"]
    for a, head, (word, body) in zip(arts, heads, ENTRIES, strict=True):
        # nothing deleted on a piece finder's split (mendpiece): the head row (number and
        # reading), which gives no field, stays its entry's line over the word
        lines = a.text.split("\n")
        k = lines.index(word)
        assert lines[k - 1] == head and body[-1] in a.text
        assert sum("〖" in ln for ln in lines) == 1


def test_two_entries_of_one_form_confirm_each_other() -> None:
    # another site's wording: a code row, other labels; two entries, no count, no closer
    heads = ["〖A417〗 ka lo", "〖A423〗 mi ra"]
    cells = ["词性：熟语　｜　注音：KL　｜　笔画：31", "词性：熟语　｜　注音：MR　｜　笔画：28"]
    lines = _entries(heads, cells, n=2)
    lines = [ln.replace("释义：", "含义：").replace("出处：", "来源：") for ln in lines]
    arts, ed = _run(lines)
    assert [a.title for a in arts] == [ENTRIES[0][0], ENTRIES[1][0]]
    assert _verdict(ed)["one_form"] is True and _verdict(ed)["running"] is False
    # the last labelled line of each record is its text, not a row closing it
    assert _verdict(ed)["closers"] == [] and all(ln in arts[0].text for ln in lines[5:9])


def test_entries_without_head_rows_split_at_their_titles() -> None:
    arts, ed = _run(_entries([], CELLS))
    assert [a.title for a in arts] == [e[0] for e in ENTRIES]
    assert _verdict(ed)["heads"] == []


def test_labelled_records_that_end_no_sentence_are_no_body() -> None:
    # a roster: labelled fields (a name, a phone) under each row, no sentence: one article
    lines = ["某某社区　网格员名单"]
    for k, c in enumerate(("A", "B", "C")):
        lines += [f"第{c}网格　｜　编号：0{k + 1}", f"网格员{c}组"]
        lines += ["姓名：张某某", "电话：一三八零零零零", "片区：北街一至三号楼", ""]
    arts, ed = _run(lines)
    assert len(arts) == 1 and _verdict(ed).get("verdict") != "split"


def test_two_sections_sharing_a_dialogues_labels_are_no_form() -> None:
    # an interview in two parts: 问/答 run again and again in each, a counted cell row
    lines = ["某某访谈录"]
    for k in range(2):
        lines += [f"场次：第{k + 3}场　｜　时长：40分钟", TITLES[k]]
        for _ in range(2):
            lines += ["问：" + PROSE[k][:30] + "？", "答：" + PROSE[k + 1]]
            lines += ["记者：请您再具体谈一谈这个问题。"]
    arts, ed = _run(lines)
    assert len(arts) == 1
    assert _verdict(ed).get("verdict") != "split" and not _verdict(ed).get("one_form")


def test_one_form_needs_three_shared_labels_once_each() -> None:
    from cleaner.stages.split_piece_find import _one_form

    strip = ["甲", "释义：甲。", "出处：甲。", "用法：甲。", "乙", "释义：乙。", "出处：乙。"]
    filled = list(range(len(strip)))
    assert not _one_form(strip, filled, [0, 4])  # two labels shared: no form
    strip.append("用法：乙。")
    assert _one_form(strip, [*filled, 7], [0, 4])
    strip[5], strip[6] = strip[6], strip[5]  # another order: no form
    assert not _one_form(strip, [*filled, 7], [0, 4])
    # one text printed again under each piece (the values do not differ): no records
    same = [
        "甲",
        "释义：同。",
        "出处：同。",
        "用法：同。",
        "乙",
        "释义：同。",
        "出处：同。",
        "用法：同。",
    ]
    assert not _one_form(same, list(range(8)), [0, 4])


def test_a_kicker_over_each_title_is_no_head_row() -> None:
    # a line of words over each title (a kicker, numbered): the piece's own text, no
    # head row; the piece starts at its title as before
    lines = _entries([], CELLS)
    for k, word in enumerate(e[0] for e in ENTRIES):
        lines.insert(lines.index(word), f"本期推荐词语之第{k + 3}则")
    run = piece_find(lines, None, ShapeMemo(None))
    assert run.evidence["heads"] == []
    assert [lines[t] for _, t, _, _ in run.keyed] == [e[0] for e in ENTRIES]


def test_a_print_header_dates_the_printing_not_the_compilation() -> None:
    from cleaner.stages.split_meta_lines import MetaLines

    printed = "2019/8/30 10:12　词语故事_第2页_某某词语网"
    editor = "词语故事　本栏编辑：某某　更新于 2019年4月2日"
    assert MetaLines().head_date([printed, editor]) == "2019-04-02"
    # a dated byline with a name (no print header: no title and site after a wide gap)
    assert MetaLines().head_date(["原创 某某 某号 2024-08-01 09:30", editor]) == "2024-08-01"
    # the entries' pieces carry the head's date, not the print date
    arts, _ = _run([printed, *_entries(["〖0311〗 lín", "〖0312〗 shí", "〖0313〗 shǒu"], CELLS)])
    assert len(arts) == 3 and all(a.meta.get("published") == "2019-04-02" for a in arts)


# --- no loss on a piece finder's split; one document's chronology, parts and citations ---


def _text(arts: list) -> str:
    return "\n".join(a.text for a in arts)


def test_the_page_head_over_the_first_row_stays_the_first_pieces_head() -> None:
    rows = ["—— 登记第0412号 ——", "—— 登记第1187号 ——", "—— 登记第0903号 ——"]
    head = ["河湾街道便民服务汇编", "编印　河湾街道办"]
    arts, ed = _run(_page(rows, head=head))
    assert [a.title for a in arts] == TITLES[:3]
    assert arts[0].text.split("\n")[:2] == head  # never deleted as the page's prefix
    assert not [c for c in ed.changes if c.rule == "split.page_prefix"]
    assert [c for c in ed.changes if c.rule == "split.prefix_kept"]


def test_rows_read_as_fields_still_go_to_meta() -> None:
    cells = ["〔一〕类别：路灯　｜　地点：东街", "〔二〕类别：井盖　｜　地点：西巷"]
    arts, _ = _run(_page(cells))
    assert len(arts) == 2 and not any("类别" in a.text for a in arts)


def test_one_document_reads_chronologies_of_every_kind() -> None:
    assert one_document(["▲ 1996.03", "▲ 2001.11", "▲ 2007.05"]) == "chronology"
    assert one_document(["● 1996年3月", "● 2001年11月", "● 2007年5月"]) == "chronology"
    assert one_document(["〔09:12〕", "〔10:40〕", "〔13:05〕"]) == "chronology"
    assert one_document(["〔13:05〕", "〔10:40〕", "〔09:12〕"]) == "chronology"  # newest first
    assert one_document(["[46:42]", "[11:58]", "[27:35]"]) == "chronology"  # by topic
    assert one_document(["[00:03:10]", "[00:17:45]", "[00:41:02]"]) == "chronology"
    assert one_document(["第一项（8:30-9:10）", "第二项（9:20-10:00）"]) == "chronology"
    assert one_document(["（1962—1978）", "（1978—1995）", "（1995—2010）"]) == "chronology"


def test_one_document_leaves_rows_that_carry_more_than_a_time() -> None:
    # a date beside a contributor's name that changes: pieces of many hands
    assert one_document(["投稿　张甲　2021.03", "投稿　李乙　2021.05"]) is None
    # one moment printed again: a mark, no timeline
    assert one_document(["〔09:12〕", "〔09:12〕", "〔10:40〕"]) is None
    # document numbers, codes: no time
    assert one_document(["—— 登记第0412号 ——", "—— 登记第1187号 ——"]) is None
    # a counter with a word of its own is no bare part count
    assert one_document(["事项 1 ／ 共 3 项", "事项 2 ／ 共 3 项"]) is None


def test_one_document_reads_bare_part_counters() -> None:
    assert one_document(["[1/4]", "[2/4]", "[3/4]", "[4/4]"]) == "part_counter"
    assert one_document(["〈1／3〉", "〈2／3〉", "〈3／3〉"]) == "part_counter"


def test_page_refs_are_citations_not_closers() -> None:
    assert page_refs(["〔p.181〕", "〔p.203〕"])
    assert page_refs(["（第23页）", "（第41页）"])
    assert page_refs(["P35", "P52"])
    assert not page_refs(["2021年3月4日", "2021年3月9日"])
    assert not page_refs(["（学生　某甲　第3页作者）", "（学生　某乙　第9页作者）"])


def test_a_timeline_live_blog_transcript_minutes_and_life_stay_one_article() -> None:
    head = ["河湾机械厂发展纪事"]
    for rows in (
        ["▲ 1996.03", "▲ 2001.11", "▲ 2007.05"],
        ["〔09:12〕", "〔10:40〕", "〔13:05〕"],
        ["[00:03:10]", "[00:17:45]", "[00:41:02]"],
        ["第一项（8:30-9:10）", "第二项（9:20-10:00）", "第三项（10:10-11:00）"],
        ["（1962—1978）", "（1978—1995）", "（1995—2010）"],
    ):
        lines = _page(rows, head=head)
        arts, ed = _run(lines)
        assert len(arts) == 1, rows
        assert _verdict(ed).get("one_document") is False, rows
        for ln in [*rows, *head, *TITLES[:3]]:
            assert ln in arts[0].text


def test_part_counters_over_a_pages_sections_stay_one_article() -> None:
    rows = ["[1/3]", "[2/3]", "[3/3]"]
    arts, _ = _run(_page(rows, head=["山岚牌折叠自行车", "参考价：1299元"]))
    assert len(arts) == 1 and all(r in arts[0].text for r in rows)
    assert "参考价：1299元" in arts[0].text


def test_page_citations_closing_passages_keep_one_reading_note() -> None:
    cited = (["〔p.181〕", "〔p.203〕", "〔p.240〕"], ["（第23页）", "（第41页）", "（第57页）"])
    for refs in cited:
        lines = ["《河流与村庄》读书札记"]
        for k, ref in enumerate(refs):
            lines += [TITLES[k], PROSE[k], PROSE[(k + 1) % 4], ref]
        arts, ed = _run(lines)
        assert len(arts) == 1, refs
        assert all(r in arts[0].text for r in refs) and "读书札记" in arts[0].text
        got = _verdict(ed)  # the closing rows would cut it but for the citations
        assert got["title_place"] == "closing" and got["not_page_refs"] is False, refs


def test_a_code_beside_a_date_is_no_chronology() -> None:
    # a registration number that changes beside the date: records, not a timeline
    rows = ["—— 登记第0412号　2021.03 ——", "—— 登记第1187号　2021.05 ——"]
    assert one_document(rows) is None
