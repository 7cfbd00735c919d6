"""Fixes for two compilations of blind set zp (fixzp2), each as a small case in wordings
of its own, with look-alikes that stay:

* a reading paper's passages: a title over a marked byline (``□某某``, ``文／某某``; a bare
  name only under a title a template row stands over) over prose is a passage; the
  byline is its author (metadata), the title its first line of text; the row over each
  title that repeats one template once its numbers are masked is the passage's header
  (chrome); a bracketed source credit (``（选自《…》…）``) gives the
  origin and leaves the text.  A poem's short second line, a bare place name under a
  counter and a 《…》 cited inside a sentence stay as they are;
* an HTML page of records (letters and their replies), each container opened by its
  title as a link: the links are kept as the records' titles (no link list), the page is
  cut at them, a bracketed tag is no word of the title, the reply's row inside each
  record is its metadata (the answering unit its origin, the reply's date its publish
  date).  A list of links heading no prose is still a link list.

Every word is invented.
"""

from __future__ import annotations

from pathlib import Path

from cleaner.config import PipelineConfig
from cleaner.ingest.html import extract
from cleaner.ingest.readers import read_inputs
from cleaner.pipeline import Pipeline
from cleaner.stages.profile_counter import build_profiles
from cleaner.stages.split_passages import byline_name, credit_row, passage_run
from tests.stages.family_figures import assert_floors
from tests.stages.stage_runs import split

P1 = "渡口的老船工撑了四十年船，每天天不亮就把船板擦干净，等着赶早集的乡亲们过河。"
P2 = "后来河上架起了新桥，坐船的人越来越少，他还是每天守在渡口，说总有人要看看这条河。"
P3 = "那年发大水，桥被冲断了三天，是他一趟一趟把困在对岸的学生们送回了家。"


def _paper() -> list[str]:
    return [
        "某县初中语文阅读训练",
        "（一）细读下面的短文，回答1～2题。（6分）",
        "渡口",
        "□柯远帆",
        P1,
        P2,
        "（节选自《河岸》2015年第3期，有改动）",
        "1．文中老船工有什么特点？（3分）",
        "（二）细读下面的短文，回答3～4题。（7分）",
        "断桥",
        "文／简秋禾",
        P3,
        "（摘自《晨读》2016年第9期）",
        "3．概括文章的主要内容。（4分）",
    ]


def test_passages_split_at_their_titles_with_bylines_and_credits() -> None:
    arts = split(_paper())
    assert [a.title for a in arts] == ["渡口", "断桥"]
    first, second = (a.text.split("\n") for a in arts)
    assert first[0] == "渡口" and P1 in first and "1．文中老船工有什么特点？（3分）" in first
    assert second[0] == "断桥" and P3 in second
    text = "\n".join(a.text for a in arts)
    assert "柯远帆" not in text and "简秋禾" not in text  # bylines: metadata
    assert "节选自" not in text and "摘自" not in text  # credits: metadata
    assert "细读下面的短文" not in text  # the template rows: the passages' headers
    assert arts[0].meta.get("author") == "柯远帆"
    assert arts[0].meta.get("origin") == "《河岸》2015年第3期"
    assert arts[1].meta.get("author") == "简秋禾"
    assert arts[1].meta.get("origin") == "《晨读》2016年第9期"


def test_a_bare_name_under_a_title_under_a_template_row_is_a_byline() -> None:
    page = _paper()
    page[3], page[10] = "柯远帆", "简秋禾"
    arts = split(page)
    assert [a.title for a in arts] == ["渡口", "断桥"]
    assert [a.meta.get("author") for a in arts] == ["柯远帆", "简秋禾"]
    assert "柯远帆" not in arts[0].text


def test_one_bare_heading_under_every_title_is_no_byline() -> None:
    page = _paper()
    page[3], page[10] = "导读", "导读"
    assert passage_run(page).titles == []
    assert "导读" in "\n".join(a.text for a in split(page))


def test_a_poem_whose_second_line_is_short_is_no_passage() -> None:
    poem = ["春晓", "□柳岸", "燕子归", "柳丝长", "夏夜", "□荷塘", "萤火飞", "蛙声响"]
    assert passage_run(poem).titles == []
    arts = split(poem)
    assert len(arts) == 1 and "燕子归" in arts[0].text


def test_a_bare_name_under_a_counter_is_no_byline() -> None:
    # a guide's stops: the place under each counter is the stop's name, no writer's
    page = ["STOP 01", "青石古镇", P1, "STOP 02", "望江村", P2]
    assert passage_run(page).titles == []
    assert byline_name("青石古镇") is None and byline_name("作者：柯远帆") is None
    assert byline_name("作者：柯远帆", lambda k: "author" if k == "作者" else None) == "柯远帆"


def test_a_work_cited_inside_a_sentence_stays() -> None:
    cited = "老船工常说起《河岸》上那篇写渡口的文章，选自他年轻时读过的第3期。"
    assert credit_row(cited) is None
    assert credit_row("（详见《河岸》第3期）") is None  # no verb of taking
    page = _paper()
    page[5] = cited
    arts = split(page)
    assert cited in arts[0].text.split("\n")


def _letters(n: int, tags: list[str], titles: list[str]) -> str:
    recs = []
    for k in range(n):
        recs.append(
            '<div class="mail">'
            f'<div class="mail-hd"><span>{tags[k]}</span><a href="/m/{k}.html">{titles[k]}</a>'
            "</div>"
            f'<div class="mail-info">写信人：某*　　写信日期：2022-03-0{k + 1}</div>'
            f"<p>{[P1, P2, P3][k]}</p>"
            f'<div class="reply-hd">回复部门：某县第{k + 1}办公室　　'
            f"回复日期：2022-03-1{k + 1}</div>"
            f"<p>{[P3, P1, P2][k]}</p>"
            "</div><hr>"
        )
    return (
        '<html><head><meta charset="utf-8"><title>来信摘登-某县政务网</title></head><body>'
        '<div class="nav"><a href="/">首页</a>　<a href="/a">政务</a>　<a href="/b">互动</a></div>'
        "<h1>来信摘登（第2期）</h1>"
        "<p>本栏摘登部分群众来信及部门回复情况，摘登时已对来信人的姓名和住址作了技术处理。</p>"
        + "".join(recs)
        + '<ul class="more"><li><a href="/p/1">来信摘登（第1期）</a></li>'
        '<li><a href="/p/0">来信摘登（创刊号）</a></li></ul>'
        "</body></html>"
    )


TITLES = ["渡口的路灯坏了", "希望恢复早班渡船", "新桥旁能否加装护栏"]


def test_linked_titles_heading_records_are_kept_and_declared() -> None:
    e = extract(_letters(3, ["［求助］", "［建议］", "［咨询］"], TITLES))
    for t in TITLES:
        assert t in e.body
    assert "来信摘登（第1期）" not in e.body  # a list of links heading no prose: dropped
    assert e.meta["record_heads"].split("\t") == [
        "［求助］渡口的路灯坏了",
        "［建议］希望恢复早班渡船",
        "［咨询］新桥旁能否加装护栏",
    ]


def test_a_page_of_records_splits_with_reply_rows_as_metadata(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(
        _letters(3, ["［求助］", "［建议］", "［咨询］"], TITLES), encoding="utf-8"
    )
    raws = list(read_inputs([tmp_path]))
    pipe = Pipeline(PipelineConfig(), profiles=build_profiles(raws))
    arts = [a for a in pipe.process(raws[0], 0).articles if a.text.strip()]
    assert [a.title for a in arts] == TITLES
    for k, a in enumerate(arts):
        assert a.meta.get("origin") == f"某县第{k + 1}办公室"
        assert a.meta.get("published") == f"2022-03-1{k + 1}"
        assert "回复部门" not in a.text and "［" not in a.text
    assert P1 in arts[0].text and P3 in arts[0].text  # the letter and its reply: one piece


def test_a_single_linked_title_over_prose_is_no_record_run() -> None:
    e = extract(_letters(1, ["［求助］"], TITLES))
    assert "record_heads" not in e.meta


def test_the_two_families_keep_their_figures() -> None:
    floor = {"titles": 1.0, "counts": 1.0, "metadata": 1.0, "residue": 0.0}
    assert_floors("sealed_zp_shijuan", {**floor, "content_f1": 1.0})
    assert_floors("sealed_zp_liuyan", {**floor, "content_f1": 0.98})
