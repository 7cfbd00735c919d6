"""``masthead_blocks`` reads a title line only when the lines straight above it may hold a
masthead (``_may_declare``: two short rows, or one framed by rule lines, read by their
shape alone): a title under prose, a long line or one lone row has no block, so skipping
the reader there gives the same blocks (issue 15: the reader is the split's costliest
look at a line)."""

from __future__ import annotations

from cleaner.stages.split_above import ROW_MAX_CHARS
from cleaner.stages.split_masthead import _block, _may_declare, _may_head, masthead_blocks

BODY = "本期汇总了各站的观测结果，各单位请据此安排下一阶段的工作并按时报送。"


def _read(s: str) -> dict[str, str] | None:
    return {"published": s[-10:]} if s.endswith(("-09", "-19")) else None


def _counting(calls: list[str]):  # type: ignore[no-untyped-def]
    def read(s: str) -> dict[str, str] | None:
        calls.append(s)
        return _read(s)

    return read


PAGE = [
    "某局资料汇编", "", "第7号　　2021-03-09", "某局编　　审核：甲", "甲站观测情况", BODY,
    "乙站观测情况", BODY, "", "第8号　　2021-03-19", "某局编　　审核：乙", "丙站观测情况",
    BODY, "丁站观测情况", BODY,
]  # fmt: skip


def test_a_title_under_prose_is_not_read_and_the_blocks_stay() -> None:
    calls: list[str] = []
    assert masthead_blocks(PAGE, _counting(calls)) == {4: [2, 3], 11: [9, 10]}
    assert "乙站观测情况" not in calls  # under a sentence: no block, never read
    assert "丁站观测情况" not in calls
    assert "甲站观测情况" in calls  # under two rows: read (a title must not be a row)


def test_a_title_under_one_unframed_row_is_not_read() -> None:
    # one short row over a title cannot be a masthead (two rows, or one framed by rules)
    page = [
        "某刊",
        "",
        "第7号　　2021-03-09",
        "甲站观测情况",
        BODY,
        "",
        "某站",
        "乙站观测情况",
        BODY,
    ]
    calls: list[str] = []
    assert masthead_blocks(page, _counting(calls)) == {}
    assert "甲站观测情况" not in calls and "乙站观测情况" not in calls
    framed = ["某刊", "", "=" * 8, "第7号　　2021-03-09", "=" * 8, "甲站观测情况", BODY]
    assert _may_declare([s.strip() for s in framed], 5)


def test_may_declare_says_only_what_block_finds() -> None:
    strip = [s.strip() for s in PAGE]
    for i in range(1, len(strip)):
        if strip[i] and strip[i - 1] and not _may_declare(strip, i):
            assert _block(strip, i, _read) is None
    assert _may_declare(strip, 4) and _may_declare(strip, 11)  # the two mastheads
    assert _may_head("=" * 8) and _may_head("某局编　　审核：甲")
    assert not _may_head(BODY) and not _may_head("甲" * (ROW_MAX_CHARS + 1))
