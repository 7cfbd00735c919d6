"""Review 18 (mend18a): the compilation readers of issue 12 (serial rows, subject rows, the
tally, dated rows) and the older page-close rule they reach must keep one document whole
and never drop a last paragraph.  Classes, each with invented variants and a look-alike:

* a single document whose numbered divisions (chapter, section, part) each open with the
  same labelled row is no compilation: the unit of a serial row must be a compilation's
  (``rules/compilations.toml``), the text after the number no heading of its own, no
  opening paragraph above the run (:mod:`cleaner.stages.serial_rows`,
  :mod:`cleaner.stages.split_subject_rows`);
* the block under the last record is the page's close only when a line signs it so (a
  sign-off, a summary): a last paragraph of sentences stays the piece's
  (:mod:`cleaner.stages.split_page_close`);
* a tally of the pieces speaks of all of them (a summary word, brackets), whatever the
  blank lines; a count that is a fact of the last piece stays (:mod:`split_tally`);
* a bracketed closing note under dated entries is the compilation's only when it says how
  the pieces were compiled; a note with facts of its own stays (:mod:`split_dated_rows`);
* dated rows with only a weekday or the weather over each title are one diary's days, no
  log of labelled entries, and no day's text is lost (:mod:`split_dated_rows`,
  :mod:`split_keyed`).

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.config import PipelineConfig
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.split_dated_rows import dated_rows, row_cells
from tests.stages.family_figures import assert_floors


def _run(text: str) -> list[tuple[str, str]]:
    result = Pipeline(PipelineConfig()).process(RawInput("p.txt", text.encode()), 0)
    return [(a.title, a.text) for a in result.articles]


def _all(arts: list[tuple[str, str]]) -> str:
    return "\n".join(f"{t}\n{x}" for t, x in arts)


# ---- 1. one document's numbered divisions are no compilation's pieces

PARTS = [
    ("河道清淤", "清理主河道淤泥两万立方米以上", "分段施工，先上游后下游，汛期前全部完成。"),
    ("堤防加固", "加固堤防十二公里并完成护坡", "采用生态护坡，施工期间设置警示标志和便道。"),
    ("长效管护", "建立河长巡查和村民监督制度", "每月巡河两次，发现问题当日登记并限期整改。"),
]


@pytest.mark.parametrize(
    ("number", "label", "intro"),
    [
        (lambda k: f"第{'一二三'[k]}章", "目标", True),  # chapters, an opening paragraph
        (lambda k: f"第{k + 1}节", "任务", False),  # sections, Arabic figures, no opening
        (lambda k: f"第{'一二三'[k]}部分", "要求", True),  # parts ('部分')
        (lambda k: f"第{k + 1}号", "目标", True),  # a piece's unit, but a heading after it
    ],
)
def test_one_document_s_divisions_stay_one_article(number, label: str, intro: bool) -> None:  # type: ignore[no-untyped-def]
    page = ["某区河道综合整治工作计划", ""]
    if intro:
        page += ["为改善河道水环境，保障防汛安全，结合本区实际，制定本计划。", ""]
    for k, (name, goal, how) in enumerate(PARTS):
        page += [f"{number(k)}　{name}", f"{label}：{goal}", "做法：", how, ""]
    arts = _run("\n".join(page) + "\n")
    assert len(arts) == 1
    text = _all(arts)
    for name, goal, how in PARTS:
        assert name in text and goal in text and how in text
    if intro:
        assert "制定本计划" in text


def test_a_preamble_over_serial_rows_keeps_the_page_whole() -> None:
    page = ["某镇议案汇总", "本次会议收到代表议案若干件，经主席团审查，现将有关情况汇总如下。", ""]
    for k, s in enumerate(["修缮镇东的老石桥", "增设夜市的公共厕所"], 1):
        page += [
            f"第{k}号　组别：城建",
            f"事由：{s}，请审议。",
            "理由：",
            "群众反映强烈，希望尽快办理。",
            "",
        ]
    text = _all(_run("\n".join(page) + "\n"))
    assert "经主席团审查" in text and "修缮镇东的老石桥" in text


def test_look_alike_motions_still_split() -> None:
    page = ["某镇代表议案汇编", ""]
    for k, s in enumerate(["修缮镇东的老石桥", "增设夜市的公共厕所", "拓宽中学门前道路"], 7):
        page += [f"第{k}号　组别：城建", "提议人：某某某", f"事由：{s}，请审议。"]
        page += ["理由：", f"此事群众反映多年，涉及住户约{k}十户，希望尽快办理。", ""]
    arts = _run("\n".join(page) + "\n")
    assert [t for t, _ in arts] == ["修缮镇东的老石桥", "增设夜市的公共厕所", "拓宽中学门前道路"]


# ---- 2. and 3. the last piece's last paragraph, and the tally

SUBJECTS = ["修缮镇东的老石桥", "增设夜市的公共厕所", "拓宽中学门前道路"]


def _motions(close: str, rows: bool = True) -> str:
    page = ["某镇代表议案汇编", ""]
    for k, s in enumerate(SUBJECTS, 11):
        page += [f"第{k}号　组别：城建", "提议人：某某某", f"事由：{s}，请审议。", "理由："]
        page += [f"此事群众反映多年，涉及住户约{k}户，希望尽快办理。"]
        page += ["办法：请镇政府列入年度计划。"] if rows else []
        page += [""]
    return "\n".join([*page, close]) + "\n"


@pytest.mark.parametrize("rows", [True, False])  # pieces closed by one row, or by prose
@pytest.mark.parametrize(
    ("close", "kept"),
    [
        ("前年汛期石桥塌了一角，3名村民受了轻伤。", True),  # a fact counting 3: the piece's
        ("谢谢各位代表的认真调研！", True),  # a sentence of thanks
        ("两项工程预计后年春天完工。", True),  # contains '计' inside a word
        ("附：现场照片3张、群众来信1封", True),  # an attachment line, unsure: kept
        ("以上议案共3件，均已审议完毕。", False),  # the tally
        ("（本辑收录议案3件）", False),  # bracketed tally
        ("以上議案計三件，均經審議完畢。", False),  # Han figure, traditional letters
    ],
)
def test_the_last_paragraph_stays_and_the_tally_goes(close: str, kept: bool, rows: bool) -> None:
    arts = _run(_motions(close, rows))
    assert len(arts) == 3
    assert (close in _all(arts)) is kept
    assert "涉及住户约13户" in arts[-1][1]


def test_a_signed_close_under_records_still_goes() -> None:
    # the older page-close class: a notice, the issuer, a date under the last record
    text = _motions("如对以上议案有意见，请于五日内向镇人大办反映。\n某镇人大办公室\n2024年4月2日")
    got = _all(_run(text))
    assert "某镇人大办公室" not in got and "2024年4月2日" not in got
    assert "涉及住户约13户" in got


# ---- 4. and 5. dated entries: the closing note and the day rows

BODY = "上午到现场查看了设备运行情况，发现两处小问题，当场做了处理并登记。"


def _log(cells: bool, note: str) -> list[str]:
    page = ["某站巡检记录汇编", ""]
    for day, title, who in [
        (4, "巡查东区泵站", "甲某"),
        (11, "巡查西区管网", "乙某"),
        (18, "复查水表", "丙某"),
    ]:
        page += [f"2024年6月{day}日　星期二　晴", title]
        page += [f"地点：某村｜记录：{who}（技术员）"] if cells else []
        page += [BODY, ""]
    return [*page, note]


@pytest.mark.parametrize(
    ("note", "closing"),
    [
        ("（以上记录由各站报送，经中心整理后汇编。）", True),
        ("（上述記錄由站內填報，經中心審核後選編。）", True),  # traditional letters
        ("（以上三处均已修好，下月计划更换东区的全部旧表。）", False),  # facts of its own
        ("（以上由站里整理。下月继续巡查。）", False),  # two sentences
        ("（以上记录均已归档，但西区仍有两户未通水，需要尽快协调解决处理。）", False),
    ],
)
def test_a_closing_note_is_the_compilation_s_only_when_it_says_how(
    note: str, closing: bool
) -> None:
    run = dated_rows(_log(True, note), lambda label: None)
    assert len(run.keyed) == 3
    assert (run.closing is not None) is closing
    if not closing:
        assert note in _all(_run("\n".join(_log(True, note)) + "\n"))


def test_day_rows_without_labelled_cells_are_no_log() -> None:
    assert dated_rows(_log(False, ""), lambda label: None).keyed == []


@pytest.mark.parametrize(
    "cell",
    [lambda k: "晴", lambda k: ["多云", "小雨", "阴"][k], lambda k: f"星期{'一三五'[k]}"],
)
def test_a_diary_s_days_are_all_kept(cell) -> None:  # type: ignore[no-untyped-def]
    days = [
        ("抵达山城", "中午落地后坐车进城，住在江边的小旅馆，晚上吃了一顿火锅。"),
        ("古镇半日", "早上去了古镇，石板路很滑，我们走走停停，买了两包麻花。"),
        ("返程", "下午坐高铁回家，一路上大家都在睡觉，到家时已经是深夜了。"),
    ]
    page = ["山城三日记", "", "暑假我们全家去了山城，按日子把见闻记在下面。", ""]
    for k, (title, body) in enumerate(days):
        page += [f"2024年7月{k + 3}日　{cell(k)}", title, body, ""]
    arts = _run("\n".join(page) + "\n")
    text = _all(arts)
    for title, body in days:
        assert title in text and body in text
    titles = [t for t, _ in arts]
    assert not any(t in ("晴", "多云", "小雨", "阴") or t.startswith("星期") for t in titles)


def test_a_contact_s_ranked_name_is_no_author() -> None:
    # the contact labels come from rules/compilations.toml
    assert row_cells("联络人：某某某（干事）｜电话：123", lambda label: None) == {}
    assert row_cells("地点：某村｜记录：某某某（干事）", lambda label: None) == {"author": "某某某"}


def test_the_families_of_these_readers_stay_at_goal() -> None:
    for family in ("sealed_zu_yian", "sealed_zu_rizhi"):
        assert_floors(
            family,
            {"content_f1": 0.99, "titles": 0.99, "counts": 0.99, "metadata": 0.99},
            residue=0.01,
        )
