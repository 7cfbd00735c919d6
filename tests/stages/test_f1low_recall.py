"""Content the f1low round found lost on the invented families, each kind as a small case
in wordings of its own, with look-alikes that still go:

* a row shaped like a crumb trail that the page prints over each of its pieces with other
  words (an event's status chain) is kept at the head too, by the trail rule and by the
  trail shape; a site's trail printed at the head and again word for word at the foot goes;
* the page-head deletion keeps a first piece's rows down to the first header when a
  sentence lies between its proven block and that header;
* a print view's folio framed by an ornament run of any symbols (``＊＊＊　…　＊＊＊``, the
  name glued to its ordinal or not) that cuts a sentence goes and the sentence is joined;
  between two whole sentences it stays;
* an account word that begins a record's noun (``注册证``, ``注册资本``) is no navigation cue;
  ``登录 | 注册`` still is.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.config import PipelineConfig
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.keep import keep_table
from cleaner.stages.shape_lines import TRAIL, shape_claims
from tests.stages.stage_runs import boil

LEAD1 = "本次活动由区文化馆主办，定于六月三日在滨河绿道举行，沿河设两个组别，欢迎市民参加。"
LEAD2 = "本次比赛由区棋协承办，定于六月九日在少年宫三楼举行，按等级分组编排，名额有限。"
LEAD3 = "本次展演由街道文体站组织，定于六月十五日在社区广场举行，每队限报十二人参加。"


def _events(sep: str) -> list[str]:
    return [
        "某区文体网　活动报名",
        "六月活动报名信息汇总",
        f"报名中 {sep} 路跑类 {sep} 区级活动",
        "滨河健步走",
        LEAD1,
        f"即将截止 {sep} 棋牌类 {sep} 街道级活动",
        "少儿围棋定段赛",
        LEAD2,
        f"名额紧张 {sep} 舞蹈类 {sep} 社区级活动",
        "广场舞展演",
        LEAD3,
    ]


@pytest.mark.parametrize("sep", ["▸", "⊳"])
def test_a_chain_printed_over_each_piece_is_kept_at_the_head(sep: str) -> None:
    out = boil(_events(sep))
    assert f"报名中 {sep} 路跑类 {sep} 区级活动" in out
    assert f"即将截止 {sep} 棋牌类 {sep} 街道级活动" in out


@pytest.mark.parametrize("sep", ["▸", "⊳"])
def test_a_sites_trail_at_the_head_and_again_at_the_foot_goes(sep: str) -> None:
    trail = f"某区文体网 {sep} 活动 {sep} 正文"
    out = boil([trail, "滨河健步走", LEAD1, LEAD2, trail])
    assert out.count(trail) <= 1
    assert not out.startswith(trail)


def test_the_trail_shape_claims_only_the_head_row_not_repeated_with_other_words() -> None:
    # the site's trail has four steps, the pieces' rows three: only the pieces' row stays
    page = ["甲站 ⊳ 栏目 ⊳ 活动 ⊳ 正文", "乙类 ⊳ 丙级 ⊳ 丁项", LEAD1, "戊类 ⊳ 己级 ⊳ 庚项", LEAD2]
    assert shape_claims(page, set()) == {0: TRAIL}


def _pipeline_text(text: str) -> str:
    res = Pipeline(PipelineConfig()).process(RawInput(source="p.txt", data=text.encode()), 0)
    return "\n".join(a.text for a in res.articles)


HALF_A = "档案寄出以后，本中心不再保留任何材料，组织关系须另行办理"
HALF_B = "转接手续，办理时间为工作日上午九时至十二时。"


@pytest.mark.parametrize(
    "folio",
    ["＊＊＊　某中心打印稿　第3页　＊＊＊", "·　·　·　打印第2页　·　·　·", "◇◇ 某稿 第4页 ◇◇"],
)
def test_a_folio_in_an_ornament_frame_cutting_a_sentence_is_joined(folio: str) -> None:
    text = f"某中心公告\n\n{LEAD1}\n{HALF_A}\n\n{folio}\n\n{HALF_B}\n{LEAD2}\n"
    out = _pipeline_text(text)
    assert HALF_A + HALF_B in out
    assert folio not in out


def test_a_framed_folio_between_two_whole_sentences_stays() -> None:
    folio = "＊＊＊　某中心打印稿　第3页　＊＊＊"
    out = _pipeline_text(f"某中心公告\n\n{LEAD1}\n\n{folio}\n\n{LEAD2}\n")
    assert LEAD1 in out and LEAD2 in out
    assert folio in out


@pytest.mark.parametrize(
    ("line", "navigation"),
    [
        ("适用范围：本品用于体表清洁，具体以医疗器械注册证载明的内容为准。", False),
        ("公司注册资本为五百万元，注册地在某市。", False),
        ("登录 | 注册", True),
        ("立即注册，免费领取", True),
    ],
)
def test_an_account_word_beginning_a_noun_is_no_navigation_cue(line: str, navigation: bool) -> None:
    assert ("navigation" in keep_table().cues(line)) is navigation
