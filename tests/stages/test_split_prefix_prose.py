"""The page head above a compilation's first found header (``split.page_prefix``) never
takes prose: when the first piece's header row is missing (or was taken away earlier), its
body sits above the first header the finders found, and it is kept as a piece of its own
(flagged ``split.prefix_prose``); a short masthead and contents list above still go.

Every word is invented.
"""

from __future__ import annotations

from cleaner.edits import Editor
from cleaner.stages.split import SplitStage
from tests.stages.family_figures import assert_floors

HEAD = [
    "湖畔简讯",
    "第7期",
    "本期目录",
    "◆乙站整修河堤步道",
    "◆丙站举办防汛知识讲座",
    "◆丁站清理河道漂浮垃圾",
]
BODY_A = [
    "该站组织人员沿渡口逐段巡查，登记隐患点位并限期整改，群众反映良好。",
    "下一阶段，该站将每月复查一次，确保整改落实到位。",
]
PIECE_B = [
    "乙站整修河堤步道",
    "该站筹集资金对河堤步道破损路段进行整修，铺设防滑石板，方便居民散步。",
    "目前，整修工程已完成八成，预计下月全部完工。",
    "（乙站供稿）",
]
PIECE_C = [
    "丙站举办防汛知识讲座",
    "该站邀请水利技术人员讲解防汛常识，发放宣传资料，提高居民自救能力。",
    "讲座结束后，居民们纷纷表示收获很大。",
    "（丙站供稿）",
]
PIECE_D = [
    "丁站清理河道漂浮垃圾",
    "该站组织志愿者乘船打捞河面漂浮垃圾，清运淤泥杂物，河道面貌焕然一新。",
    "该站表示，将建立长效保洁机制，守护一河清水。",
    "（丁站供稿）",
]


def _run(lines: list[str]) -> tuple[str, list[str], int]:
    ed = Editor("p", "\n".join(lines) + "\n")
    drafts = SplitStage()(ed)
    text = "\n".join(d.text for d in drafts)
    return text, [c.rule for c in ed.changes], len(drafts)


def test_the_first_piece_without_a_header_row_is_kept() -> None:
    text, rules, n = _run([*HEAD, "【动态】", *BODY_A, "", *PIECE_B, "", *PIECE_C, "", *PIECE_D])
    for line in BODY_A + PIECE_B[:3] + PIECE_C[:3] + PIECE_D[:3]:
        assert line in text
    assert "split.prefix_prose" in rules and n == 4  # the first body is a piece of its own
    assert "湖畔简讯" not in text and "◆乙站整修河堤步道" not in text


def test_a_short_masthead_and_contents_head_still_go() -> None:
    text, rules, n = _run([*HEAD, "【动态】", *PIECE_B, "", *PIECE_C, "", *PIECE_D])
    assert "split.prefix_prose" not in rules and n == 3
    assert "湖畔简讯" not in text and "第7期" not in text and "◆丙站举办防汛知识讲座" not in text
    for line in PIECE_B[:3] + PIECE_C[:3] + PIECE_D[:3]:
        assert line in text


def test_jianbao_keeps_every_first_piece() -> None:
    assert_floors("sealed_zo_jianbao", {"content_f1": 0.94, "titles": 0.7, "counts": 0.6})
