"""A record's own sentence that the site repeats (fixkeep): an HTML page of records (letters
and their replies, each container opened by its linked title) where an office closes some
replies with the same courtesy sentence, word for word on half the site's pages.  The
site-repeat pass learned it as chrome (two cue words); inside a record, right under the
record's own prose, where other records close with sentences of their own, it is the
reply's text and stays.  Still chrome: the prompt with its buttons under every reply, the
disclaimer under the last record (the page's foot), and a notice the template sets under
the text of every record.

Every word is invented.
"""

from __future__ import annotations

from pathlib import Path

from cleaner.config import PipelineConfig
from cleaner.ingest.html import extract
from cleaner.ingest.readers import read_inputs
from cleaner.pipeline import Pipeline
from cleaner.stages.profile_counter import build_profiles
from cleaner.stages.record_sentences import record_sentences, record_spans
from cleaner.stages.site_judge import LearnedLine
from cleaner.stages.site_profile import site_key
from tests.stages.family_figures import assert_floors

#: the office's courtesy close (two cue words: 关注, 欢迎…监督)
CLOSE = "本办将继续关注后续进展，欢迎广大群众监督。"
#: the page's foot, under the last record (a cue word at the page's edge)
FOOT = "以上回复仅供参考，具体以相关部门最新规定为准。"
#: a notice the template sets under the text of every record (two cue words: 关注, 异议)
NOTE = "欢迎关注本栏目，对回复有异议的可以再次来信说明。"

PLACES = ["东关", "西坡", "南塘", "北岭", "柳湾", "石桥", "杏林", "枫港", "梅岗", "竹溪"]
PLACES += ["桂园", "松岙", "槐里", "荷湾", "桐坪", "榆庄", "栗村", "茶岭"]
THINGS = ["路灯", "水管", "井盖", "公厕", "站牌", "围栏", "排水沟", "垃圾站", "健身器材"]
ASK = "{p}社区的{t}坏了很久，老人孩子晚上出门很不方便，希望有关部门尽快派人看一看。"
DONE = "经现场查看，{p}社区的{t}已由维修队在三天内修复，并已电话告知来信人处理结果。"
OWN = "{p}社区今后将把{t}纳入每月巡查清单，发现问题当天上报、当周处理。"
BAR = "此回复是否解决了您的问题？　已解决（{a}）　未解决（{b}）"


def _page(n: int, *, close_at: int | None, noted: bool = False) -> str:
    recs = []
    for k in range(3):
        p, t = PLACES[(3 * n + k) % len(PLACES)], THINGS[(2 * n + k) % len(THINGS)]
        last = CLOSE if k == close_at else OWN.format(p=p, t=t)
        note = f"<p>{NOTE}</p>" if noted else ""
        recs.append(
            '<div class="mail">'
            f'<div class="mail-hd"><span>［求助］</span><a href="/m/{n}{k}.html">{p}{t}损坏</a>'
            "</div>"
            f'<div class="mail-info">写信人：某*　　写信日期：2022-0{n + 1}-0{k + 1}</div>'
            f"<p>{ASK.format(p=p, t=t)}</p>"
            f'<div class="reply-hd">回复部门：{p}街道办　　回复日期：2022-0{n + 1}-1{k + 1}</div>'
            f"<p>{DONE.format(p=p, t=t)}</p><p>{last}</p>{note}"
            f'<div class="useful">{BAR.format(a=10 * n + k + 11, b=k + 1)}</div>'
            "</div><hr>"
        )
    return (
        '<html><head><meta charset="utf-8"><title>来信摘登-某区政务网</title></head><body>'
        '<div class="nav"><a href="/">首页</a>　<a href="/a">政务</a>　<a href="/b">互动</a></div>'
        f"<h1>来信摘登（第{n + 3}期）</h1>"
        "<p>本栏摘登部分群众来信及部门回复情况，摘登时已对来信人的姓名和住址作了技术处理。</p>"
        + "".join(recs)
        + f"<p>{FOOT}</p>"
        + '<ul class="more"><li><a href="/p/1">来信摘登（第1期）</a></li>'
        '<li><a href="/p/0">来信摘登（创刊号）</a></li></ul>'
        "</body></html>"
    )


#: the record each page closes with the office's sentence (None: no record does)
CLOSING = [2, None, 0, None, 1, None, 2, None]


def _site(tmp_path: Path, *, noted: bool = False) -> list[list[str]]:
    for n, at in enumerate(CLOSING):
        (tmp_path / f"p{n}.html").write_text(_page(n, close_at=at, noted=noted), encoding="utf-8")
    raws = list(read_inputs([tmp_path]))
    profiles = build_profiles(raws)
    learned = profiles.learned(site_key(raws[0]), PipelineConfig().boilerplate)
    assert learned is not None and learned.match(CLOSE, "") is not None  # learned as chrome
    assert learned.match(FOOT, "") is not None
    assert not noted or learned.match(NOTE, "") is not None
    pipe = Pipeline(PipelineConfig(), profiles=profiles)
    out = {}
    for i, raw in enumerate(raws):
        out[Path(raw.source).name] = [a.text for a in pipe.process(raw, i).articles]
    return [out[f"p{n}.html"] for n in range(len(CLOSING))]


def test_extraction_declares_where_each_record_ends() -> None:
    e = extract(_page(0, close_at=2))
    tails = e.meta["record_tails"].split("\t")
    assert tails == [BAR.format(a=k + 11, b=k + 1) for k in range(3)]  # the container's last line


def test_a_repeated_close_inside_a_record_stays_and_the_chrome_goes(tmp_path: Path) -> None:
    pages = _site(tmp_path)
    for n, at in enumerate(CLOSING):
        texts = pages[n]
        assert len(texts) == 3
        whole = "\n".join(texts)
        assert "已解决（" not in whole  # the prompt with its buttons: chrome
        assert FOOT not in whole  # the page's foot under the last record: chrome
        if at is not None:
            assert CLOSE in texts[at].split("\n")  # the reply's own close (last record too)
            assert texts[at].rstrip().endswith(CLOSE)


def test_a_notice_under_every_record_still_goes(tmp_path: Path) -> None:
    pages = _site(tmp_path, noted=True)
    for n, at in enumerate(CLOSING):
        whole = "\n".join(pages[n])
        assert NOTE not in whole  # the template's, under the text of every record
        if at is not None:
            assert CLOSE in whole  # above the notice: still the reply's


def _hit(key: str) -> LearnedLine:
    return LearnedLine(key, "shape" if "⟨N⟩" in key else "line", "line", 4, 50.0, (key,))


ROWS = ["甲题", "甲的来信正文写得很长很长。", "甲的答复正文也写得很长很长。"]
#: the second record's title and prose (its reply closes in its own words)
OTHER = ["乙题", "乙的来信写得很长很长。", "乙的答复以自己的话收了尾。"]


def test_record_spans_stop_at_the_last_line_of_each_record() -> None:
    page = ["页头", *ROWS, "工具甲", "乙题", "乙文写得很长很长。", "工具乙", "页脚声明。"]
    assert record_spans(page, {"甲题", "乙题"}, {"工具甲", "工具乙"}) == [(1, 4), (5, 7)]
    # without the last record's end the page's foot is no record's
    assert record_spans(page, {"甲题", "乙题"}) == [(1, 4)]


def test_a_sentence_between_the_records_own_prose_lines_stays() -> None:
    page = [*ROWS[:2], CLOSE, ROWS[2], "乙题", "乙的来信写得很长很长。", "乙的答复写得很长很长。"]
    spans = record_spans(page, {"甲题", "乙题"}, {ROWS[2], page[-1]})
    assert record_sentences(page, {2: _hit(CLOSE)}, {}, spans) == [2]


def test_a_prompt_question_in_the_closing_slot_goes() -> None:
    ask = "这个回复对您有用吗？"
    bar = "评价（⟨N⟩）"
    page = [*ROWS, ask, "评价（3）", *OTHER, "评价（5）"]
    spans = record_spans(page, {"甲题", "乙题"}, {"评价（3）", "评价（5）"})
    hits = {3: _hit(ask), 4: _hit(bar), 8: _hit(bar)}
    assert record_sentences(page, hits, {}, spans) == []  # a question: the site's prompt
    hits[3] = _hit(CLOSE)
    page[3] = CLOSE
    assert record_sentences(page, hits, {}, spans) == [3]


def test_a_sentence_under_a_learned_line_or_in_no_record_goes() -> None:
    bar = "评价（⟨N⟩）"
    page = [*ROWS, "评价（3）", CLOSE, *OTHER, "评价（5）"]
    spans = record_spans(page, {"甲题", "乙题"}, {CLOSE, "评价（5）"})
    hits = {3: _hit(bar), 4: _hit(CLOSE), 8: _hit(bar)}
    assert record_sentences(page, hits, {}, spans) == []  # under the tools, not the prose
    foot = [*ROWS, "评价（3）", *OTHER, "评价（5）", CLOSE]
    spans = record_spans(foot, {"甲题", "乙题"}, {"评价（3）", "评价（5）"})
    assert record_sentences(foot, {3: _hit(bar), 7: _hit(bar), 8: _hit(CLOSE)}, {}, spans) == []


def test_the_mailbox_family_keeps_every_reply_close() -> None:
    floor = {"titles": 1.0, "counts": 1.0, "metadata": 1.0, "residue": 0.0}
    assert_floors("sealed_zp_liuyan", {**floor, "content_f1": 1.0})
