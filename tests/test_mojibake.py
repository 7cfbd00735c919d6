"""Double-mojibake undo: the fast page scan finds exactly the lines the per-line rule
repairs, and the pipeline records every undone line in the ledger (stage ``read``)."""

from __future__ import annotations

import gzip
import json
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.ingest.encoding import _fix_line, mojibake_lines, repair_mojibake

POOL = Path(__file__).resolve().parents[2] / "shared" / "bench" / "pool.jsonl.gz"
_HAN = "这是乱码测试页面正文还原成功的一段中文内容关于城市发展与文化教育"


def _reference(text: str) -> list[tuple[int, str, str]]:
    """The rule applied to every line, without the page-level pre-scan."""
    lines = text.split("\n")
    strict = [_fix_line(line) for line in lines]
    if not any(strict):
        return []
    out = []
    for i, (line, fixed) in enumerate(zip(lines, strict, strict=True)):
        fixed = fixed or _fix_line(line, strict=False)
        if fixed is not None:
            out.append((i, fixed[0], fixed[1]))
    return out


def _garble(rng: random.Random, line: str) -> str:
    kind = rng.choice(["utf8_as_gbk", "gbk_as_latin1", "clean", "fffd", "latin"])
    if kind == "utf8_as_gbk":
        return line.encode("utf-8").decode("gb18030", errors="replace")
    if kind == "gbk_as_latin1":
        return line.encode("gb18030").decode("latin-1")
    if kind == "fffd":
        return line[:3] + "\ufffd" + line[3:]
    if kind == "latin":
        return "Müller café à la crème " + line[:2]
    return line


def _page(rng: random.Random) -> str:
    lines = []
    for _ in range(rng.randint(1, 12)):
        k = rng.randint(2, 20)
        start = rng.randrange(len(_HAN) - k)
        line = _HAN[start : start + k] + rng.choice(["", "。", " http://x.cn/a", "123"])
        lines.append(_garble(rng, line))
    return "\n".join(lines)


def test_fast_scan_equals_the_rule_on_generated_pages() -> None:
    rng = random.Random(3)
    found = 0
    for _ in range(3000):
        text = _page(rng)
        got = mojibake_lines(text)
        assert got == _reference(text), text
        found += bool(got)
    assert found > 500  # the comparison exercises repairs, not only clean pages


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=80))
def test_fast_scan_equals_the_rule_on_any_text(text: str) -> None:
    assert mojibake_lines(text) == _reference(text)


def test_fast_scan_equals_the_rule_on_the_bench_pool() -> None:
    if not POOL.exists():
        pytest.skip("../shared/bench is absent")
    with gzip.open(POOL, "rt", encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for _, line in zip(range(3000), fh, strict=False)]
    rng = random.Random(5)
    for text in texts:
        assert mojibake_lines(text) == _reference(text)
        lines = text.split("\n")[:6]
        garbled = "\n".join(_garble(rng, line) for line in lines)
        assert mojibake_lines(garbled) == _reference(garbled)


def test_repair_mojibake_joins_the_lines() -> None:
    text = "标题\n" + "这是乱码测试".encode().decode("gb18030") + "\nABC"
    fixed = repair_mojibake(text)
    assert fixed is not None
    assert fixed.text == "标题\n这是乱码测试\nABC"
    assert (fixed.kind, fixed.lines) == ("utf8_as_gbk", 1)


def test_a_text_file_with_mojibake_is_repaired_on_the_record(tmp_path: Path) -> None:
    from cleaner.config import PipelineConfig
    from cleaner.report.ledger import Ledger
    from cleaner.report.summary import batch_metrics
    from cleaner.runner import rebuild_page, run

    good = "请各部门做好会议准备"
    garbled = good.encode("utf-8").decode("gb18030")
    latin = "各部门请按时参加".encode("gb18030").decode("latin-1")
    page = tmp_path / "notice.txt"
    page.write_bytes(f"{garbled}\n正文第一段内容。\n{latin}\n".encode())
    out = tmp_path / "out"
    summary = run([page], out)
    pages = [json.loads(x) for x in (out / "pages.jsonl").read_text("utf-8").splitlines()]
    assert pages[0]["rebuild"] == "text"  # a text edit now: no stored bytes
    assert summary["stored_originals"] == 0
    changes = [json.loads(x) for x in (out / "changes.jsonl").read_text("utf-8").splitlines()]
    undone = [(c["rule"], c["before"], c["after"]) for c in changes if c["stage"] == "read"]
    assert undone == [
        ("read.mojibake.utf8_as_gbk", garbled, good),
        ("read.mojibake.gbk_as_latin1", latin, "各部门请按时参加"),
    ]
    arts = [json.loads(x) for x in (out / "articles.jsonl").read_text("utf-8").splitlines()]
    assert good in "".join(a["text"] for a in arts)
    assert rebuild_page(out, pages[0]["id"]) == page.read_bytes()
    metrics = batch_metrics(Ledger.load(out), PipelineConfig())
    assert metrics["encoding_repairs"] == 2  # validate counts them as encoding repairs
    assert metrics["encoding_repair_page_share"] == 1.0
