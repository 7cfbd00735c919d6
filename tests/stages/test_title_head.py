"""cleaner.stages.title_head: a dressed copy or a kicker row taken as a piece's title gives
way to the title standing under it (invented wording; look-alikes keep their titles)."""

from __future__ import annotations

from cleaner.config import PipelineConfig
from cleaner.ingest.readers import RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.split_config import ArticleDraft
from cleaner.stages.title_head import bare_copy, kicker_title, retitle


def test_a_tagged_copy_gives_way_to_the_bare_title_below() -> None:
    lines = ["〖摘存〗河堤上的第九个春天", "出处：某某小站", "河堤上的第九个春天", "正文一句。"]
    assert bare_copy(lines[0], lines) == "河堤上的第九个春天"
    assert bare_copy("Harbour lamps at dusk [Clipped]", ["Harbour lamps at dusk", "x"]) == (
        "Harbour lamps at dusk"
    )
    dressed = "河堤上的第九个春天 - 某某小站"
    assert bare_copy(dressed, ["河堤上的第九个春天"]) == "河堤上的第九个春天"


def test_look_alikes_of_a_dressed_copy_keep_their_title() -> None:
    # the writer's own parenthesis, a bracketed year, no copy below, a sentence below
    assert bare_copy("河堤上的春天（节选）", ["河堤上的春天", "正文。"]) is None
    assert bare_copy("〔2019〕河堤上的春天", ["河堤上的春天"]) is None
    assert bare_copy("【随笔】河堤上的春天", ["正文说起河堤上的春天。"]) is None
    assert bare_copy("【随笔】河堤上的春天", ["某某：河堤上的春天"]) is None
    # a shorter copy with words on both sides is no dressing
    assert bare_copy("看河堤上的春天吧", ["河堤上的春天"]) is None


def test_a_kicker_row_gives_way_to_the_title_under_it() -> None:
    page = ["第12期 · 周末版", "山路上的一盏灯", "正文一句。"]
    assert kicker_title(page[0], page) == "山路上的一盏灯"
    cells = ["性质：民办　｜　规模：50人", "某某文具有限公司", "简介一句。"]
    assert kicker_title(cells[0], cells) == "某某文具有限公司"
    # the row was the split's header (not in the text): the text's first line
    assert kicker_title("Leg 4 · 2020-05-02 · Home", ["A quiet win", "Text."]) == "A quiet win"


def test_look_alikes_of_a_kicker_row_keep_their_title() -> None:
    # a listing's title with a dot and no counter, a plain title, a sentence under the row,
    # a labelled line under the row, nothing under the line
    assert kicker_title("出租 · 某园 一室", ["出租 · 某园 一室", "山路上的灯", "正文。"]) is None
    assert kicker_title("山路上的一盏灯", ["山路上的一盏灯", "夜里的路", "正文。"]) is None
    assert kicker_title("第12期 · 周末版", ["第12期 · 周末版", "今天说起山路上的灯。", "x"]) is None
    assert kicker_title("第12期 · 周末版", ["第12期 · 周末版", "编者：某某", "正文。"]) is None
    assert kicker_title("第12期 · 周末版", ["第12期 · 周末版", "山路上的一盏灯"]) is None


def test_retitle_changes_titles_only() -> None:
    text = "〖摘存〗河堤上的第九个春天\n出处：某某小站\n河堤上的第九个春天\n正文一句。"
    d = ArticleDraft(index=1, title="〖摘存〗河堤上的第九个春天", text=text, meta={})
    (out,) = retitle([d])
    assert out.title == "河堤上的第九个春天" and out.text == text
    plain = ArticleDraft(index=1, title="山路上的一盏灯", text="山路上的一盏灯\n正文。", meta={})
    assert retitle([plain]) == [plain]


def test_the_pipeline_takes_the_bare_title_and_keeps_every_line() -> None:
    lines = [
        "〖摘存〗河堤上的第九个春天",
        "出处：某某小站",
        "河堤上的第九个春天",
        "早上六点，河堤上已经有人在慢慢地走，风从水面上吹过来，带着一点青草的味道。",
        "我沿着河堤一直往下游走，走到第九个路灯的时候，天才真正亮起来。",
    ]
    raw = RawInput("t/clip.txt", ("\n".join(lines) + "\n").encode())
    res = Pipeline(PipelineConfig()).process(raw, 0)
    arts = res.articles
    assert arts[0].title == "河堤上的第九个春天"
    flags = [c for c in res.changes if c.rule == "split.title_head.dressed_copy"]
    assert len(flags) == 1 and flags[0].action == "flag" and "〖摘存〗" in (flags[0].ref or "")
    text = {ln.strip() for a in arts for ln in a.text.split("\n")}
    assert lines[3] in text and lines[4] in text


def test_a_document_number_joined_to_the_title_is_cut_off() -> None:
    lines = ["关于开展某项检查的通知", "某局办〔2022〕15号", "各有关单位：", "正文。"]
    assert bare_copy("关于开展某项检查的通知某局办〔2022〕15号", lines) == "关于开展某项检查的通知"
    # look-alikes: a number the title names itself, a title not joined from the two lines
    assert bare_copy("关于开展某项检查的通知第15号", ["关于开展某项检查的通知", "第15号"]) is None
    assert bare_copy("某局办〔2022〕15号", lines) is None
