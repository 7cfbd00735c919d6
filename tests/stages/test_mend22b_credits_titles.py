"""review22a N3/N4/N5: a credit set after a source's wide gap with a space for its colon
(``记者 某某``) is read as the colon's form is (no name lost); an original title in its
quotes is the quotes' span (a document number after them is no part of it), in either
script; a declared headline that ends with the writer's own ``……`` stays whole."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from cleaner.config import PipelineConfig
from cleaner.ingest.readers import read_inputs
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline

HEAD = "某镇八座老桥修缮完工重新通行"
HEAD_T = "某鎮八座老橋修繕完工重新通行"
BODY = (
    "据了解，今年以来该镇共修缮了八座老桥，村民出行更加方便，往来客商也明显增多。\n"
    "傍晚时分，河边的石阶上坐满了乘凉的老人，孩子们在桥下追逐着嬉戏，笑声传得很远。\n"
)


def _meta(head: str, row: str) -> dict[str, str]:
    page = f"{head}\n{row}\n\n{BODY}"
    res = Pipeline(PipelineConfig()).process(RawInput("p.txt", page.encode()), 0)
    return {k: str(v) for k, v in dict(res.articles[0].meta).items() if v}


# (row with the credit's space, the author it names)
CREDITS = {
    "reporter": ("来源：某市日报　记者 韩雪松", "韩雪松"),
    "reporter_trad": ("來源：某市日報　記者 韓雪松", "韓雪松"),
    "two_names": ("来源：某市日报　记者 韩雪松 郑可欣", "韩雪松 郑可欣"),
    "two_names_trad": ("來源：某市日報　記者 韓雪松 鄭可欣", "韓雪松 鄭可欣"),
    "writer": ("来源：某市日报　作者 韩雪松", "韩雪松"),
    "editor_trad": ("來源：某市日報　責任編輯 鄭可欣", "鄭可欣"),
    "two_credits": ("来源：某市日报　通讯员 韩雪松　编辑 郑可欣", "韩雪松"),
    "gap_not_space": ("来源：某市日报　记者　韩雪松", "韩雪松"),
}


@pytest.mark.parametrize("kind", sorted(CREDITS))
def test_a_spaced_credit_after_a_source_names_the_author(kind: str) -> None:
    row, author = CREDITS[kind]
    meta = _meta(HEAD_T if "trad" in kind else HEAD, row)
    assert meta.get("author") == author
    assert meta.get("origin") in ("某市日报", "某市日報")


@pytest.mark.parametrize("kind", ["reporter", "two_names_trad", "editor_trad"])
def test_the_spaced_credit_reads_as_its_colon_form(kind: str) -> None:
    row, _ = CREDITS[kind]
    head = HEAD_T if "trad" in kind else HEAD
    colon = row.replace("者 ", "者：").replace("輯 ", "輯：")
    assert _meta(head, row) == _meta(head, colon)


def test_a_credit_no_field_reads_stays_in_the_source() -> None:
    meta = _meta(HEAD, "来源：某市日报　摄影 郑可欣")
    assert "郑可欣" in meta.get("origin", "")


def test_look_alike_two_issuers_stay_one_source() -> None:
    meta = _meta(HEAD, "来源：某市交通局　某市水务局")
    assert meta.get("origin") == "某市交通局\u3000某市水务局"
    assert "author" not in meta


def _title(title: str, h1: str, note: str) -> str:
    html = (
        f"<html><head><title>{title}</title></head><body><article><h1>{h1}</h1>"
        f"<p>{note}</p><p>{BODY.splitlines()[0]}</p><p>{BODY.splitlines()[1]}</p>"
        "</article></body></html>"
    )
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "p.html"
        path.write_text(html, encoding="utf-8")
        raw = next(iter(read_inputs([path])))
    assert isinstance(raw, RawInput)
    return Pipeline(PipelineConfig()).process(raw, 0).articles[0].title


@pytest.mark.parametrize(
    ("cut", "note", "full"),
    [
        (
            "某市渡口管理...",
            "原标题：《某市渡口管理办法（试行）》（某府发〔2019〕3号）",
            "某市渡口管理办法（试行）",
        ),
        (
            "某区老旧小区加装电梯…",
            "（原标题：“某区老旧小区加装电梯补贴标准公布”　2023年第5期）",
            "某区老旧小区加装电梯补贴标准公布",
        ),
        (
            "某縣古橋修繕工程...",
            "本文原標題：《某縣古橋修繕工程正式啟動》",
            "某縣古橋修繕工程正式啟動",
        ),
        (
            "某县渡口管理...",
            "原标题：「某县渡口管理规定」（修订稿）",
            "某县渡口管理规定",
        ),
    ],
)
def test_an_original_title_is_its_quotes_span(cut: str, note: str, full: str) -> None:
    assert _title(cut, cut, note) == full


def test_look_alike_an_original_title_of_another_story_completes_nothing() -> None:
    cut = "某市渡口管理..."
    assert _title(cut, cut, "原标题：《某县新建三座码头》（某府发〔2019〕3号）") == cut


def test_a_headline_ending_with_its_own_ellipsis_stays_whole() -> None:
    title = "远方的灯塔……_散文_某站"
    got = _title(title, "远方的灯塔……", "原标题：《远方的灯塔……照亮归途》")
    assert got == "远方的灯塔……"
