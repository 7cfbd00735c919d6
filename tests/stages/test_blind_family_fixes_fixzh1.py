"""Fixes for set zh's mailing-list digest that did not split (fixzh1).

A digest prints each message under a labelled count of its own (``信件：2``) running
1 … K, over a block of labelled rows (a date, the sender, the subject, an id).  As a
dump's framed ``=== record 2/3 ===`` (fixzg2) the count heads a record when every
block holds its title's row (:func:`split_headers.labelled_counter_runs`); the title is
the subject without the list's bracketed tag and the reply marks; the block's rows are
the record's metadata (:mod:`split_records`: a row labelled by a date word is its date,
the sender's row its author without the address).

Look-alikes that stay one article: a single message, a form's numbered ``序号：N``
rows over labelled rows with no title's row, a numbered list of questions.  Every word
is invented.
"""

from __future__ import annotations

from cleaner.stages.numbered_runs import counter_run
from cleaner.stages.split_headers import (
    field_block,
    labelled_counter,
    labelled_counter_runs,
    title_field,
)
from cleaner.stages.split_records import (
    record_fields,
    record_tail,
    sender_name,
    signed_records,
)
from tests.stages.family_figures import family_figures
from tests.stages.stage_runs import split

MAILS = [
    ("下次聚会改到周六下午", "2022-05-03", "某乙", "b2@post.example", False),
    ("借书登记表放在哪里", "2022-05-04", "Mia Sand", "mia@post.example", True),
    ("新书单草稿，请大家补充", "2022-05-06", "某丙", "c3@post.example", True),
]
BODY = [
    "大家好：",
    "上周讨论时有几位书友提到场地的问题，我问了一下，周六下午那间小会议室可以借到。",
    "有意见的话请在周四之前回复，我好去确认。",
    "谢谢！",
]


def _digest(label: str = "信件") -> list[str]:
    page = ["某读书会通讯摘要，第 3 卷，第 5 期", "投稿地址：club@post.example", ""]
    page += ["本期内容：", *(f"　{n}. {m[0]} ({m[2]})" for n, m in enumerate(MAILS, 1)), ""]
    page += ["-" * 40, ""]
    for n, (subject, day, who, addr, reply) in enumerate(MAILS, start=1):
        page += [
            f"{label}：{n}",
            f"时间：{day} 19:05:33 +0800",
            f"寄件人：{who} <{addr}>",
            f"主题：[某读书会] {'回复：' if reply else ''}{subject}",
            f"信件编号：<{n}abc@post.example>",
            "",
            *BODY,
            who,
            "",
            "-" * 20,
            "",
        ]
    return page


def test_labelled_counter_reads_a_bare_count_of_a_record_word() -> None:
    assert labelled_counter("信件：2") == ("信件", 2)
    assert labelled_counter("Letter: 12") == ("letter", 12)
    assert labelled_counter("页码：2") is None  # a page's count
    assert labelled_counter("信件：共2封") is None  # no bare number
    assert labelled_counter("信件：2封待回") is None


def test_subject_row_gives_the_bare_title() -> None:
    assert title_field("主题：[某读书会] 回复：下次聚会改到周六下午") == "下次聚会改到周六下午"
    assert title_field("Subject: [club] RE: Fwd: Picnic moved") == "Picnic moved"
    assert title_field("标题：[公告] 某事") == "[公告] 某事"  # a title row keeps its brackets
    assert title_field("主题：[某读书会]") is None


def test_field_block_stops_at_the_text() -> None:
    page = ["信件：1", "时间：2022-05-03", "主题：某事", "大家好：", "正文。"]
    assert field_block(page, 0) == ["时间：2022-05-03", "主题：某事"]


def test_record_rows_read_date_and_sender() -> None:
    none = lambda label: None  # noqa: E731
    assert record_fields("时间：2022-05-03 19:05:33 +0800", none) == {"published": "2022-05-03"}
    assert record_fields("寄件人：Mia Sand <mia@post.example>", none) == {"author": "Mia Sand"}
    assert record_fields("主题：[某读书会] 某事", none) == {}
    assert sender_name("我明天再回复你，好吗？ <x@post.example>") is None


def test_digest_splits_into_its_messages_with_their_fields() -> None:
    drafts = split(_digest())
    assert [d.title for d in drafts] == [m[0] for m in MAILS]
    assert [d.meta.get("published") for d in drafts] == [m[1] for m in MAILS]
    assert [d.meta.get("author") for d in drafts] == [m[2] for m in MAILS]
    for d, m in zip(drafts, MAILS, strict=True):
        for row in ("信件：", "时间：", "寄件人：", "主题：", "信件编号："):
            assert row not in d.text
        assert "周六下午那间小会议室可以借到。" in d.text  # the body stays whole
        assert d.text.rstrip().splitlines()[-2:] == ["谢谢！", m[2]] or m[2] in d.text


def test_site_repeat_keeps_labelled_record_counts() -> None:
    page = _digest()
    assert {i for i, s in enumerate(page) if s.startswith("信件：")} <= counter_run(page)


def test_signed_record_text_is_kept_from_block_to_signature() -> None:
    page = _digest()
    kept = signed_records(page)
    for who in ("某乙", "Mia Sand", "某丙"):
        i = page.index(who)
        assert i in kept and i - 1 in kept  # the name and the closing words above it
    assert page.index("-" * 20) not in kept  # the rule after the signature is not
    # no title row in the blocks: no records, nothing kept
    assert signed_records([s.replace("主题：", "备注：") for s in page]) == set()


def test_digest_footer_after_last_signature_goes_but_a_postscript_keeps_it() -> None:
    page = ["正文。", "某乙", "-----", "主题：摘要页脚", "_" * 50]
    assert record_tail(page, [0, 1, 2, 3, 4], {0, 1}) == [2, 3, 4]
    page = ["正文。", "某乙", "-----", "附言：书单已经放到群文件里了，请大家查看。"]
    assert record_tail(page, [0, 1, 2, 3], {0, 1}) == []
    drafts = split([*_digest(), "主题：摘要页脚", "*" * 30])
    assert "摘要页脚" not in drafts[-1].text
    assert drafts[-1].text.rstrip().endswith("某丙")


def test_single_message_stays_one_article() -> None:
    page = _digest()
    cut = page.index("信件：2")
    one = split(page[:cut])
    assert len(one) == 1
    assert "周六下午那间小会议室可以借到。" in one[0].text


def test_form_rows_numbered_with_no_title_row_stay_one_article() -> None:
    page = ["某读书会报名表汇总", ""]
    for n, who in enumerate(("某丁", "某戊", "某己"), start=1):
        page += [f"序号：{n}", f"姓名：{who}", "电话：010-0000000", "", *BODY[1:3], ""]
    assert labelled_counter_runs(page)  # the counts run, but no block holds a title row
    drafts = split(page)
    assert len(drafts) == 1
    assert all(f"序号：{n}" in drafts[0].text for n in (1, 2, 3))
    assert "姓名：某戊" in drafts[0].text


def test_numbered_questions_stay_one_article() -> None:
    page = ["某读书会常见问题", ""]
    for n, q in enumerate(("怎样加入？", "会费多少？", "可以带朋友吗？"), start=1):
        page += [f"{n}. 问题：{q}", "请在聚会时找组织者登记，他会把具体安排告诉你。", ""]
    drafts = split(page)
    assert len(drafts) == 1
    assert "1. 问题：怎样加入？" in drafts[0].text


def test_counts_with_a_gap_are_no_run() -> None:
    page = _digest()
    page[page.index("信件：3")] = "信件：4"
    assert labelled_counter_runs(page) == []


def test_family_floor() -> None:
    f = family_figures("sealed_zh_youjian")
    assert f["counts"] >= 0.95 and f["titles"] >= 0.95, f
    assert f["metadata"] >= 0.9, f
    assert f["content_f1"] >= 0.99 and f["residue"] <= 0.02, f
