"""``cleaner dedup`` reads a batch's input lines again when it writes them
(:class:`cleaner.corpus.batches.LineSpan`) instead of holding them beside the parsed rows
(issue 15): the lines read back must be the lines the first reading saw, whatever the
line endings, blank lines and batch boundaries, and the output must not change."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from cleaner.corpus.batches import iter_batches, iter_batches_with_lines, iter_batches_with_spans
from cleaner.corpus.job import _jsonl, dedup_file
from cleaner.errors import InputError
from cleaner.stages.dedup import Deduper

TEXTS = [
    "区图书馆本周六上午举办亲子阅读活动，欢迎家长带孩子参加，现场提供绘本和手工材料。",
    "Der Stadtrat tagt am Donnerstag; die Sitzung ist öffentlich und beginnt um 18 Uhr.",
    "气象台预计明天白天多云转阴，午后有零星小雨，最高气温二十三度，请市民出行携带雨具。",
    "区图书馆本周六上午举办亲子阅读活动，欢迎家长带孩子参加，现场提供绘本和手工材料。",
    "供水公司通知：因管网检修，周三夜间十点至次日六点部分小区停水，请提前储水。",
]


def _old_lines(path: Path, batch_size: int) -> list[tuple[list[dict[str, Any]], list[str]]]:
    """The reading before spans: text mode, universal newlines, lines held."""
    out: list[tuple[list[dict[str, Any]], list[str]]] = []
    batch: list[dict[str, Any]] = []
    lines: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            batch.append(json.loads(line))
            lines.append(line)
            if len(batch) >= batch_size:
                out.append((batch, lines))
                batch, lines = [], []
    if batch:
        out.append((batch, lines))
    return out


def _rows(n: int = 5) -> list[str]:
    return [
        json.dumps({"id": f"a{i}", "text": TEXTS[i % len(TEXTS)]}, ensure_ascii=False)
        for i in range(n)
    ]


# one file per shape: plain, CRLF, blank and white-space lines between and around the
# rows, a last line without its newline, a lone CR as a line end, a row with extra fields
SHAPES = {
    "lf": "\n".join(_rows()) + "\n",
    "crlf": "\r\n".join(_rows()) + "\r\n",
    "blanks": "\n\n" + "\n \n".join(_rows()) + "\n\t\n\n",
    "no_last_newline": "\n".join(_rows()),
    "lone_cr": "\r".join(_rows()) + "\r",
    "mixed": _rows()[0] + "\r\n\r\n" + "\n".join(_rows()[1:4]) + "\r" + _rows()[4] + "\n",
    "extra_fields": "\n".join(
        json.dumps({"id": f"x{i}", "text": t, "url": f"http://例子.网/{i}"}, ensure_ascii=False)
        for i, t in enumerate(TEXTS)
    )
    + "\n",
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
@pytest.mark.parametrize("batch_size", [1, 2, 3, 5, 20])
def test_spans_read_back_the_lines_of_the_first_reading(
    tmp_path: Path, shape: str, batch_size: int
) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(SHAPES[shape].encode("utf-8"))
    old = _old_lines(path, batch_size)
    got = list(iter_batches_with_spans(path, batch_size=batch_size))
    assert [rows for rows, _ in got] == [rows for rows, _ in old]
    spans = [span for _, span in got]
    assert all(span is not None for span in spans)
    # read back in any order, more than once: each span is its batch's lines alone
    for (_, lines), span in reversed(list(zip(old, spans, strict=True))):
        assert span is not None
        assert list(span.lines()) == lines
        assert list(span.lines()) == lines
    assert [lines for _, lines in iter_batches_with_lines(path, batch_size=batch_size)] == [
        lines for _, lines in old
    ]
    assert list(iter_batches(path, batch_size=batch_size)) == [rows for rows, _ in old]


def test_a_bad_line_is_reported_by_its_line_number_as_before(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(("\r\n".join([*_rows(2), "", "{not json", *_rows(1)]) + "\r\n").encode())
    with pytest.raises(InputError) as err:
        list(iter_batches_with_spans(path, batch_size=2))
    assert ":4" in str(err.value)
    path.write_bytes(("\n".join([*_rows(1), "[1, 2]"]) + "\n").encode())
    with pytest.raises(InputError, match="JSON object"):
        list(iter_batches_with_spans(path))


def test_parquet_batches_have_no_span(tmp_path: Path) -> None:
    path = tmp_path / "in.parquet"
    pq.write_table(pa.table({"id": ["p1", "p2", "p3"], "text": TEXTS[:3]}), path)
    got = list(iter_batches_with_spans(path, batch_size=2))
    assert [len(rows) for rows, _ in got] == [2, 1]
    assert [span for _, span in got] == [None, None]


@pytest.mark.parametrize("shape", ["lf", "crlf", "blanks", "mixed", "extra_fields"])
def test_dedup_output_is_what_held_lines_gave(tmp_path: Path, shape: str) -> None:
    """The written file equals the lines written from held lines (the code before spans),
    batch after batch, with the duplicates (rows 0 and 3) decided across batches."""
    path = tmp_path / "in.jsonl"
    path.write_bytes(SHAPES[shape].encode("utf-8"))
    dedup_file(path, tmp_path / "out", batch_size=2)
    got = (tmp_path / "out" / "articles.jsonl").read_text(encoding="utf-8")
    want: list[str] = []
    with Deduper(keep_texts=False) as dd:
        for batch, lines in _old_lines(path, 2):
            want.extend(_jsonl(batch, dd.process(batch), lines))
    assert got == "".join(want)
    rows = [json.loads(line) for line in got.splitlines()]
    assert [r["status"] for r in rows] == ["kept", "kept", "kept", "duplicate", "kept"]
    if shape == "extra_fields":  # not reused lines: encoded again, the extra field dropped
        assert all("url" not in r for r in rows)
