"""Fixes of branch ``fixzt3`` (set zt, issue 12): a crew row whose labels each credit a
short list of names (``撰稿｜某甲　某乙　　校对｜某丙``) is a metadata row.  Invented
wording throughout, with look-alikes that must stay as they were."""

from __future__ import annotations

from cleaner.stages.split_meta_rows import MetaRows
from tests.stages.stage_runs import split

TITLE = "青禾镇新建文化广场投入使用"
BODY = [
    "【导语】青禾镇新建的文化广场日前正式投入使用，周边居民纷纷前来休闲健身。",
    "【正文】广场占地约八千平方米，设有健身区、儿童游乐区和露天舞台，晚上灯火通明。",
]


def test_a_crew_row_with_two_names_under_one_label_is_metadata() -> None:
    row = "撰稿｜倪晓岚　包子墨　　摄影｜裘平　　编辑｜柏一鸣"
    (art,) = split([TITLE, row, *BODY])
    assert art.meta.get("author") == "倪晓岚"
    assert row not in art.text and all(b in art.text for b in BODY)


def test_the_colon_form_reads_the_same() -> None:
    row = "作者：倪晓岚、包子墨　　摄影：裘平　　编辑：柏一鸣"
    assert MetaRows()._name_list_items(row) == [
        ("作者", "倪晓岚"),
        ("摄影", "裘平"),
        ("编辑", "柏一鸣"),
    ]


def test_look_alikes_are_no_crew_rows() -> None:
    p = MetaRows()
    # a price row: its first label says no field
    assert p.parse_meta_line("品名｜白菜　萝卜　　单价｜一元") is None
    # one cell only: a label and two names is no row of cells
    assert p._name_list_items("作者｜倪晓岚　包子墨") is None
    # prose after the label
    assert p._name_list_items("作者｜他说　这件事要做好　　编辑｜裘平") is None


def test_a_line_of_names_in_the_body_stays() -> None:
    names = "参加比赛的有　倪晓岚　包子墨　裘平"
    (art,) = split([TITLE, *BODY, names])
    assert names in art.text


# ---- a blog post: its stamp row over the <h2> headline, a labelled row under it, the
# author named in the post's foot box


POST = """<html><head><meta charset="utf-8">
<title>{title} @ 小林的散步日記 :: 某某部落</title></head>
<body><div class="blogname">小林的散步日記</div><div class="article">
<div class="date">{stamp}</div><h2>{title}</h2><div class="cat">{row}</div>
<p>週末沿著河堤一路走到舊車站，天氣很好，路上遇到不少帶著小狗散步的人。</p>
<p>車站旁的老雜貨店還開著，老闆娘說這間店已經開了四十多年，現在多半賣些零食飲料。</p>
<p>回程時繞到市場買了兩顆芭樂，坐在公園的長椅上吃完才慢慢走回家。</p>
<div class="author">{foot}</div></div></body></html>"""
HEAD = "河堤散步到舊車站"


def _run(stamp: str, row: str, foot: str) -> object:
    from cleaner.config import PipelineConfig
    from cleaner.pipeline import Pipeline
    from tests.stages.meta_matrix import _html_raw

    page = POST.format(title=HEAD, stamp=stamp, row=row, foot=foot)
    raw = _html_raw(page)
    (art,) = Pipeline(PipelineConfig()).process(raw, 0).articles
    return art


def test_a_stamp_over_the_h2_headline_and_a_row_under_it_are_metadata() -> None:
    art = _run("Mar 09 Tue 2021 20:15", "分類：散步記事", "小林 發表在 某某部落 留言(2)")
    assert art.title == HEAD  # the <h2>, not the <title> with the site's parts
    assert art.meta.get("published") == "2021-03-09"
    assert art.meta.get("author") == "小林"
    assert "Mar 09" not in art.text and "分類：散步記事" not in art.text
    assert "週末沿著河堤" in art.text and "回程時繞到市場" in art.text


def test_a_sentence_under_the_headline_and_a_free_foot_box_stay() -> None:
    row = "分類：今天天氣很好，我們出門散步。"
    art = _run("Mar 09 Tue 2021 20:15", row, "關於小林的一段介紹文字")
    assert row in art.text
    assert "author" not in art.meta


def test_no_stamp_over_the_headline_reads_no_row_under_it() -> None:
    from tests.stages.stage_runs import split as split_lines

    lines = ["山城的早點", "分類：早餐店", *BODY]
    (art,) = split_lines(["前言一句話說在這裡", *lines])
    assert "分類：早餐店" in art.text or art.meta.get("category") == "早餐店"


# ---- an export framed by one rule under its head and under its last piece


RULE = "=" * 40  # an ASCII rule: boilerplate leaves it to the split stage
EXPORT_HEAD = [
    "青禾电台　稿件导出",
    "节目：《青禾晚间》　　播出日期：2020年5月6日　　本期稿件：3条",
    RULE,
    "",
]
PIECES = [
    "01　00:00:30—00:01:50　口播",
    "青禾镇新建文化广场投入使用",
    "记者｜倪晓岚　　摄像｜裘平",
    "【导语】青禾镇新建的文化广场日前正式投入使用，周边居民纷纷前来休闲健身。",
    "",
    "－" * 12,
    "",
    "02　00:01:55—00:03:10　画面",
    "河湾村春耕备耕有序开展",
    "记者｜包子墨　　摄像｜柏一鸣",
    "【导语】河湾村的农户们抢抓晴好天气翻耕土地，春耕备耕工作有序推进。",
    "",
    "－" * 12,
    "",
    "03　00:03:15—00:04:40　画面＋同期",
    "县图书馆延长周末开放时间",
    "记者｜裘平　　摄像｜倪晓岚",
    "【导语】县图书馆从本月起延长周末开放时间，方便上班族和学生借阅图书。",
    "",
]
FOOT = ["审核：倪晓岚　　签发：包子墨", "本导出件仅供内部备查，播出以实际版本为准。"]


def _articles(lines: list[str]) -> list[object]:
    from cleaner.config import PipelineConfig
    from cleaner.model import RawInput
    from cleaner.pipeline import Pipeline

    raw = RawInput(source="export.txt", data="\n".join(lines).encode("utf-8"))
    return list(Pipeline(PipelineConfig()).process(raw, 0).articles)


def test_the_foot_under_the_framing_rule_is_the_pages_close() -> None:
    arts = _articles([*EXPORT_HEAD, *PIECES, RULE, *FOOT])
    assert len(arts) == 3
    last = arts[-1].text  # type: ignore[attr-defined]
    assert "方便上班族和学生借阅图书" in last
    assert all(f not in last for f in FOOT) and RULE not in last


def test_a_rule_that_parts_the_pieces_frames_nothing() -> None:
    # the head's rule also drawn between the pieces: it parts them, the foot stays
    parted = [RULE if s.startswith("－") else s for s in PIECES]
    arts = _articles([*EXPORT_HEAD, *parted, RULE, *FOOT])
    text = "\n".join(a.text for a in arts)  # type: ignore[attr-defined]
    assert FOOT[1] in text


# ---- a speaker's label keeps its ideographic space while a stray space goes


def _repaired(text: str) -> str:
    from cleaner.edits import Editor
    from cleaner.stages.repair import RepairStage

    ed = Editor("p", text)
    RepairStage()(ed)
    return ed.text


def test_a_speakers_role_and_name_keep_their_gap_while_a_stray_space_goes() -> None:
    page = (
        "【导语】青禾镇新建的文化广场日前正式投入使用，周边居民纷纷前来休闲健身。\n"
        "【同期】青禾镇居民\u3000倪晓岚：晚上吃完饭就过来跳 舞，这里又宽敞又亮堂。\n"
        "【正文】据了解，广场还将陆续增设阅报栏和便民服务点。"
    )
    out = _repaired(page)
    assert "青禾镇居民\u3000倪晓岚：" in out
    assert "跳舞，这里" in out


def test_a_gap_inside_a_sentence_before_a_colon_is_still_repaired() -> None:
    page = (
        "晚上吃完饭大家都来跳舞，居民\u3000倪晓岚：这里又宽敞又亮堂，大家都很满意。\n"
        "【正文】据了解，广场还将陆续增设阅报栏和便民服务点，方便附近居民。"
    )
    out = _repaired(page)
    assert "居民倪晓岚" in out or "居民\u3000倪晓岚" in out  # never mangled
    import re

    from cleaner.stages.cjk_speaker_gap import speaker_gap

    line = page.split("\n")[0]
    assert not speaker_gap(line, 0, re.search("\u3000", line))  # type: ignore[arg-type]


# ---- a row of two labelled cells closing the post, both labels one field's


def test_a_closing_row_of_two_category_cells_is_metadata() -> None:
    prose = [
        "週末沿著河堤一路走到舊車站，天氣很好，路上遇到不少帶著小狗散步的人。",
        "車站旁的老雜貨店還開著，老闆娘說這間店已經開了四十多年，現在多半賣些零食飲料。",
        "回程時繞到市場買了兩顆芭樂，坐在公園的長椅上吃完才慢慢走回家。",
        "下次想再去看看河對岸新開的書店，聽說裡面有不少舊書。",
    ]
    row = "全站分類：生活休閒　｜　個人分類：散步記事"
    (art,) = split([HEAD, *prose, row])
    assert row not in art.text and all(p in art.text for p in prose)
    said = "個人分類：散步記事　｜　心得：今天走得很開心。"
    (kept,) = split([HEAD, *prose, said])
    assert said in kept.text
