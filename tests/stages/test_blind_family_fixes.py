"""Fixes made on the blind test's tune family (``tests/families/blind_families.py``,
issue 12): each kind of failure as a small golden case, plus the tune family's figures.

Every word is invented.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from cleaner.config import PipelineConfig
from cleaner.edits import Editor
from cleaner.ingest.readers import read_inputs
from cleaner.pipeline import Pipeline
from cleaner.provenance import rebuild
from cleaner.stages.cjk_spaces import CjkSpaceRule
from cleaner.stages.page_marks import marks_inside_sentences
from cleaner.stages.profile_counter import build_profiles
from cleaner.stages.repair import RepairStage
from cleaner.stages.repair_tables import tables as repair_tables
from cleaner.stages.split import SplitStage
from cleaner.stages.split_headers import judge, numbered_runs, restarts, vocab
from cleaner.stages.split_meta import MetaParser, normalise_date

ROOT = Path(__file__).resolve().parents[2]
BODY = (
    "各责任单位要建立健全问题整改清单，第{}批次确保责任到人。督查组应定期更新台账，做到闭环管理。"
)


def _notice(n: int, title: str) -> list[str]:
    return [
        f"（{'一二三'[n - 1]}）{title}",
        "各有关单位：",
        "一、总体要求",
        BODY.format(10 * n + 1),
        "二、主要任务",
        BODY.format(10 * n + 2),
        "某县民政局",
    ]


# ---- split: section numbering that restarts in every notice is not the page's articles


def test_restarting_section_scheme_is_not_an_article_run() -> None:
    lines = ["三份文件汇编", ""]
    for n, t in enumerate(["某县关于甲事的通知", "某县关于乙事的通知", "某县关于乙事的通知"], 1):
        lines += [*_notice(n, t), ""]
    runs = numbered_runs(lines)
    sections = next(r for r in runs if "、" in r[0].shape)
    articles = next(r for r in runs if "（" in r[0].shape)
    assert restarts(lines, sections, vocab())
    assert judge(lines, sections, ("通知",)) == "no"
    assert not restarts(lines, articles, vocab())
    # two of three titles are the same notice subject: still a compilation
    assert judge(lines, articles, ("通知",)) == "split"


def test_split_stage_cuts_at_the_article_numbers_not_the_sections() -> None:
    lines = ["某县文件3份", ""]
    titles = ["某县关于甲事的通知", "某县关于乙事的通知", "某县关于丙事的通知"]
    for n, t in enumerate(titles, 1):
        lines += [*_notice(n, t), ""]
    ed = Editor("p", "\n".join(lines) + "\n")
    drafts = SplitStage()(ed)
    assert [d.title for d in drafts] == titles
    assert all("二、主要任务" in d.text for d in drafts)


def test_all_same_titles_still_need_more() -> None:
    """A run whose titles are all one ('（1）回复' again and again) is no compilation."""
    lines = ["某页3份"]
    for n in (1, 2, 3):
        lines += [f"（{n}）同一个标题", BODY.format(n), BODY.format(n + 50)]
    run = numbered_runs(lines)[0]
    assert judge(lines, run, ("通知",)) == "no"


# ---- metadata: labels in ［］ / [] brackets, dates in Chinese numerals


def test_square_bracket_labels_and_chinese_numeral_dates() -> None:
    p = MetaParser()
    assert p.parse_meta_line("［发文单位］某县民政局") == {"issuer": "某县民政局"}
    assert p.parse_meta_line("［文　　号］某政发〔2020〕7号") == {"doc_number": "某政发〔2020〕7号"}
    assert p.parse_meta_line("[成文日期]二〇二〇年十月四日") == {"published": "2020-10-04"}
    assert p.parse_meta_line("[图片] 某个说明") is None  # no label: not metadata
    assert normalise_date("二〇一九年十二月二十日") == "2019-12-20"
    assert normalise_date("二〇一九年十三月二日") is None


# ---- repairs: bracketed page marks, a mark the boilerplate claimed, numbered spaced heads


def test_bracketed_full_width_page_mark_is_a_page_mark() -> None:
    rx = repair_tables().page_marks
    for mark in ["（第2页／共4页）", "(第3页/共8页)", "［3/8］", "第 2 页 / 共 9 页"]:
        assert rx.fullmatch(mark), mark
    assert not rx.fullmatch("（第2条）")


def test_mark_cutting_a_sentence_is_left_for_the_join() -> None:
    rx, m = repair_tables().page_marks, repair_tables().mark_min
    page = [
        "属地乡镇应定期更新联络员制度，本轮",
        "",
        "（第2页／共4页）",
        "",
        "第10批次做到闭环管理。",
    ]
    assert marks_inside_sentences(page, [2], rx, m) == [2]
    # a signature above a date is no sentence: the mark between them may go
    page = ["某县人民政府办公室", "（第2页／共4页）", "二〇二〇年十月四日"]
    assert marks_inside_sentences(page, [1], rx, m) == []


def test_repeated_page_mark_inside_a_sentence_is_joined_in_the_pipeline(tmp_path: Path) -> None:
    """The site-repeat rule claims a mark every page repeats; the sentence it cuts must
    still come out whole, the mark gone (deleted by the join, on the record)."""
    whole = []
    for i in range(4):
        a = f"属地乡镇应定期更新联络员制度，本轮第{i}批次做到闭环管理。行业主管部门须严格落实，本轮第{i + 9}批次避免重复检查。"  # noqa: E501
        whole.append(a)
        cut = a.index("，") + 3
        text = "\n".join(
            [
                "某某资料站——好资料一起分享",
                f"某县关于第{i}件事的通知",
                "各有关单位：",
                BODY.format(i),
                a[:cut],
                "",
                "（第2页／共4页）",
                "",
                a[cut:],
                BODY.format(i + 40),
                "某某资料站 版权所有",
            ]
        )
        (tmp_path / f"p{i}.txt").write_text(text + "\n", encoding="utf-8")
    raws = list(read_inputs([tmp_path]))
    pipe = Pipeline(PipelineConfig(), profiles=build_profiles(raws))
    for i, raw in enumerate(raws):
        res = pipe.process(raw, i)
        out = "\n".join(a.text for a in res.articles)
        assert whole[i] in out.split("\n")
        assert "第2页" not in out
        assert any(c.rule.startswith("repair.join_broken_paragraph") for c in res.changes)


def test_letter_spaced_heading_behind_a_section_number() -> None:
    rx = CjkSpaceRule._LETTER_SPACED
    assert rx.match("一、工 作 步 骤") and rx.match("（二）保 障 措 施")
    assert not rx.match("一、总体要求 和 目标")
    text = "通知\n一、工 作 步 骤\n" + BODY.format(1) + "\n"
    ed = Editor("p", text)
    RepairStage()(ed)
    assert "一、工作步骤\n" in ed.text
    assert rebuild(ed.text, ed.changes) == text


# ---- the tune family itself


def test_blind_tune_family_meets_targets() -> None:
    spec = importlib.util.spec_from_file_location(
        "bench", ROOT / "benchmarks" / "boilerplate_bench.py"
    )
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    fam = ROOT / "tests" / "families" / "tune_b_wenxiang"
    truths = [json.loads(x) for x in (fam / "truth.jsonl").read_text("utf-8").splitlines()]
    assert truths[0]["role"] == "tune" and len(truths) == 8
    profiles = build_profiles(read_inputs([fam / "pages"]))
    f = bench.figures(bench.score(truths, bench.process_family(fam, profiles=profiles)))
    assert f["content_f1"] >= 0.99 and f["residue"] <= 0.02, f
    assert f["titles"] >= 0.95 and f["counts"] >= 0.95, f
    assert f["repairs"] >= 0.90 and f["metadata"] >= 0.90, f
