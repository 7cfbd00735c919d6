"""Fixes of fix12u (issue 12, older tuned families still under their goals): a forum's
floor rows over its replies, a sign-off signed by a body with any organisation's ending,
a stray ``?`` after a title the page's own title line names without it.  Each kind as a
small case in wordings of its own, look-alikes that must stay, and the families' floors.

Every word is invented.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner.edits import Editor
from cleaner.stages.post_bylines import post_bylines
from cleaner.stages.repair import RepairStage
from cleaner.stages.split_rows import sign_off
from tests.stages.family_figures import family_figures
from tests.stages.stage_runs import plain_stage

REPLY = "我也去过那条河堤，傍晚风很大，记得多带一件外套。"
POST = "周末沿着河堤走了一圈，路面平整，补给点在第二座桥下。"

# ---- floor rows over a forum's replies


def test_floor_rows_over_replies_leave_the_text() -> None:
    page = [
        "河堤徒步小记",
        POST,
        "",
        "2楼　晚风里的猫　发表于 2019-4-2 7:41",
        REPLY,
        "",
        "#3 北岸老周 2019-04-03 21:05",
        REPLY,
    ]
    assert post_bylines(page) == [3, 6]


@pytest.mark.parametrize(
    "rows",
    [
        # one floor row alone: no thread
        ["2楼　晚风里的猫　发表于 2019-4-2 7:41"],
        # no clock time: a dated line of a list, not a floor row
        ["2楼　晚风里的猫　2019-4-2", "3楼　北岸老周　2019-4-3"],
        # a sentence that starts with a floor
        ["2楼会议室　已于 2019-4-2 9:00 启用", "3楼阅览室　已于 2019-4-3 9:00 启用"],
    ],
)
def test_floor_look_alikes_stay(rows: list[str]) -> None:
    page = ["河堤徒步小记", POST]
    for r in rows:
        page += ["", r, REPLY]
    assert post_bylines(page) == []


def test_floor_rows_stacked_without_a_reply_stay() -> None:
    rows = ["2楼　晚风里的猫　发表于 2019-4-2 7:41", "3楼　北岸老周　发表于 2019-4-3 8:15"]
    assert post_bylines(["河堤徒步小记", POST, *rows]) == []


# ---- a sign-off's body with any organisation's ending


def test_signing_section_of_an_institution_is_the_issuer() -> None:
    got = sign_off(["特此通知。", "南坪院区设备管理科", "2022年7月8日"])
    assert got == {"published": "2022-07-08", "issuer": "南坪院区设备管理科"}


def test_a_closing_phrase_over_the_date_is_no_issuer() -> None:
    assert sign_off(["祝大家假期愉快", "2022年7月8日"]) == {"published": "2022-07-08"}


# ---- a stray '?' after a title the page's title line names without it


def _repaired(text: str) -> str:
    ed = Editor("p", text)
    RepairStage()(ed)
    return ed.text


def test_stray_mark_after_a_title_named_by_the_page_title_goes() -> None:
    text = "码头的雾｜某某散文网\n\n码头的雾?\n" + POST + "\n??" + REPLY + "\n"
    out = _repaired(text)
    assert "\n码头的雾\n" in out and "??" not in out


def test_mark_kept_when_the_page_title_keeps_it_or_no_evidence() -> None:
    # the page title keeps the mark too: a question the writer asks
    text = "码头的雾?｜某某散文网\n\n码头的雾?\n" + POST + "\n??" + REPLY + "\n"
    assert "\n码头的雾?\n" in _repaired(text) or "\n码头的雾？\n" in _repaired(text)
    # no other stray '?' on the page: no evidence, the mark stays
    text = "码头的雾｜某某散文网\n\n码头的雾?\n" + POST + "\n"
    out = _repaired(text)
    assert "\n码头的雾?\n" in out or "\n码头的雾？\n" in out


# ---- a two-step crumb trail as the page's first line


def _deleted(lines: list[str]) -> list[str]:
    ed = Editor("p", "\n".join(lines) + "\n")
    plain_stage()(ed)
    return [c.rule for c in ed.changes if c.action == "delete"]


@pytest.mark.parametrize(
    "trail", ["木作小铺 > 入门教程", "旧书摊 › 借阅须知", "Tea House >> Notes"]
)
def test_a_two_step_trail_opening_the_page_goes(trail: str) -> None:
    assert "boilerplate.rule.generic.crumb_pair" in _deleted([trail, "", "榫卯入门", POST, REPLY])


@pytest.mark.parametrize("line", ["3 > 2", "Part 2 » 榫卯入门", "报名 → 审核", "收入：三成 > 支出"])
def test_two_step_look_alikes_opening_the_page_stay(line: str) -> None:
    assert "crumb_pair" not in " ".join(_deleted([line, "", "榫卯入门", POST, REPLY]))


def test_a_two_step_trail_below_the_first_line_stays() -> None:
    rules = _deleted(["榫卯入门", "木作小铺 > 入门教程", POST, REPLY])
    assert "crumb_pair" not in " ".join(rules)


# ---- the families' floors (before fix12u: luntan F1 .930, suibi titles .9375, yiyuan
# metadata .962)


@pytest.mark.parametrize(
    ("name", "key", "floor"),
    [
        ("sealed_h_luntan", "content_f1", 0.99),
        ("sealed_d_suibi", "titles", 0.99),
        ("sealed_q_yiyuan", "metadata", 0.99),
    ],
)
def test_fixed_family_floor(name: str, key: str, floor: float) -> None:
    assert family_figures(name)[key] >= floor


def test_numbered_essays_leave_no_crumb_trail() -> None:
    # before fix12u: residue .083 (the two-step trail over every third page)
    assert family_figures("tune_s_numbered_essays", pages=9)["residue"] <= 0.02


@pytest.mark.parametrize("line", ["aoÃ»t", "Le 3 aoÃ»t, la fÃªte", "DÃ»r>Kette"])
def test_an_arrow_glued_between_latin_letters_is_no_trail(line: str) -> None:
    """Mojibake of a Latin letter holds '»' ('û' read in the wrong code page is 'Ã»'):
    the page's first line read as a two-step trail was deleted before the repair stage
    could mend it (a one-line page emptied, found on real mojibake test cases)."""
    assert "crumb_pair" not in " ".join(_deleted([line, "", "榫卯入门", POST, REPLY]))


def test_a_one_line_mojibake_page_is_repaired_not_emptied(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from cleaner.cli import app

    src = tmp_path / "cases.jsonl"
    src.write_text('{"text": "aoÃ»t"}\n{"text": "Ã©tÃ©"}\n', "utf-8")
    out = tmp_path / "out"
    r = CliRunner().invoke(app, ["run", str(src), "--out", str(out), "--no-dedup"])
    assert r.exit_code == 0, r.output
    rows = (out / "articles.jsonl").read_text("utf-8").splitlines()
    texts = [json.loads(x)["text"] for x in rows if x]
    assert texts == ["août", "été"]
