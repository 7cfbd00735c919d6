"""Q&A compilations split by their questions each beside a dated row (split_asked).

Invented wording throughout: a county hotline's answered questions, the asker row over
or under each question, a desk's reply row closing each piece; look-alikes (one question,
rows on both sides in a tie, a question without an answer) stay one article.
"""

from __future__ import annotations

import pytest

from tests.stages.family_figures import family_figures
from tests.stages.stage_runs import split

ANS = "您好，感谢您的关注。该路段改造工程已按计划推进，预计年底前完工，请以公告为准。"
QS = ["请问城南路什么时候修好？", "小区门口的路灯坏了能修吗？", "明年是否继续发放消费券？"]
ASK = ["市民甲　来信日期：2021-03-05 09:12", "市民乙　来信日期：2021-03-01 10:00"]
ASK.append("市民丙　来信日期：2021-02-27 08:30")
REPLY = ["某局答复于：2021-03-06", "某局答复于：2021-03-02", "某局答复于：2021-02-28"]


def _page(under: bool) -> list[str]:
    lines = ["热线问答（第3页）"]
    for q, a, r in zip(QS, ASK, REPLY, strict=True):
        lines += [q, a] if under else [a, q]
        lines += [ANS, r]
    return [*lines, "版权所有"]


@pytest.mark.parametrize("under", [False, True])
def test_questions_beside_dated_rows_split_a_compilation(under: bool) -> None:
    arts = split(_page(under))
    assert [a.title for a in arts] == QS
    assert [a.meta.get("published") for a in arts] == ["2021-03-05", "2021-03-01", "2021-02-27"]
    for a, q in zip(arts, QS, strict=True):
        assert a.text.splitlines()[0] == q  # the question stays the first line
        assert ANS in a.text  # the answer is kept
        assert "来信日期" not in a.text  # the asker row is metadata
        assert "答复于" not in a.text  # the reply row is the board's chrome


def test_one_question_stays_one_article() -> None:
    lines = ["热线问答", ASK[0], QS[0], ANS, REPLY[0]]
    arts = split(lines)
    assert len(arts) == 1 and ANS in arts[0].text


def test_questions_without_answers_stay_one_article() -> None:
    lines = ["热线问答", ASK[0], QS[0], ASK[1], QS[1], "版权所有"]
    arts = split(lines)
    assert len(arts) == 1
    assert all(q in arts[0].text for q in QS[:2])


def test_questions_in_prose_with_dates_stay_one_article() -> None:
    # an article whose paragraphs ask questions and cite dates is no board
    lines = [
        "城南路改造的三个问题",
        "第一个问题是工期？",
        "施工方表示工程已按计划推进，预计年底前完工，请以公告为准。",
        "第二个问题是费用？",
        "费用由市财政承担，不向沿街商户收取任何费用，请大家放心。",
    ]
    arts = split(lines)
    assert len(arts) == 1
    assert all(line in arts[0].text for line in lines[1:])


# ---- the family (before this fix, one folder: F1 .802, titles .083, counts .250,
# metadata .083; what is left is the risk notice under the last piece and an answer's
# second paragraph lost by the extract stage on the single Q&A pages)


def test_blind_family_fix12v2_figures() -> None:
    f = family_figures("sealed_v_hudong")
    for key in ("titles", "counts", "metadata"):
        assert f[key] >= 0.99, (key, f)


def test_the_last_pieces_reply_row_may_be_gone_with_the_foot() -> None:
    lines = [*_page(False)[:-2], "版权所有"]  # the last reply row taken with the foot
    arts = split(lines)
    assert [a.title for a in arts] == QS
    assert not any("答复于" in a.text for a in arts)
    assert ANS in arts[-1].text


def test_a_writers_own_view_note_is_a_legal_cue() -> None:
    from cleaner.stages.site_judge import KeepTable

    cues = KeepTable().cues
    note = "本栏文章仅代表撰稿人个人看法，与本刊无关，请读者自行判断。"
    plain = "他说这些数字仅仅说明了去年的情况，并不能代表今年的走势。"
    assert "legal" in cues(note)
    assert "legal" not in cues(plain)
