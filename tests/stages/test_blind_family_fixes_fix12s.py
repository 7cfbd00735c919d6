"""Fixes for the blind set s (issue 12, fix12s), each mechanism as a small case in
wordings of its own, with look-alikes that must stay or go:

* a body line the site repeats only as a shape, with other figures on each page (an
  award row ``成交价：人民币12.5万元`` / ``…7.25万元``, a closing sentence ``… to 3 more
  towns …``), is the page's data: kept and flagged, not deleted as site chrome; a counter
  bar under the text (``点赞 12　收藏 3``) and a header counter row still go.

Every word is invented.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.stages.family_figures import family_figures

GOODS = ["课桌椅", "投影仪", "空调机组", "图书架", "体育器材", "饮水机"]
FIRMS = ["松涧", "青禾", "柏川", "临溪", "望岳", "栖云"]


def _notice(k: int) -> str:
    price = f"{12 + 7 * k}.{k * 13 % 100:02d}"
    return "\n".join(
        [
            "溪桥镇公共采购平台",
            "首页 | 采购公告 | 结果公告 | 联系我们",
            f"溪桥镇第{k + 1}小学{GOODS[k]}采购成交公告",
            f"访问量：{300 + 41 * k}",
            f"溪桥镇第{k + 1}小学{GOODS[k]}采购项目已完成评审，现将结果公告如下。",
            "一、成交信息",
            f"成交单位：{FIRMS[k]}贸易有限公司",
            f"成交价：人民币{price}万元",
            "二、公示期限",
            f"自公告之日起{k + 2}个工作日内，对结果有异议的单位可书面提出，逾期不予受理。",
            f"点赞 {k * 7 + 3}\u3000收藏 {k + 1}",
            "平台主办：溪桥镇财政所",
            "",
        ]
    )


PLACES = ["footbridge", "library annex", "bus depot", "market hall", "skate park", "ferry pier"]
WHO = ["a baker", "a retired teacher", "a cyclist", "a fruit seller", "a nurse", "a student"]


def _story(k: int) -> str:
    place = PLACES[k]
    return "\n".join(
        [
            "RIVERTON TODAY",
            "Home | Town | Business | Visit",
            f"Riverton opens its new {place} by the canal",
            f"The {place} opened to the public on a quiet morning, the town hall said.",
            f'"We waited a long time for the {place}," said {WHO[k]} living nearby.',
            f"The council said the same design would reach {3 + 5 * k} more towns next spring.",
            f"Work on the {place} took most of the summer and cost less than planned.",
            f"Views {120 + k * 17} | Likes {k + 2}",
            "Published by the Riverton town hall",
            "",
        ]
    )


def _run(tmp_path: Path, pages: list[str]) -> tuple[str, list[dict]]:
    from cleaner.runner import run

    src = tmp_path / "in"
    src.mkdir()
    for k, text in enumerate(pages):
        (src / f"p{k}.txt").write_text(text, encoding="utf-8")
    run([src], tmp_path / "out")
    rows = (tmp_path / "out" / "articles.jsonl").read_text("utf-8").splitlines()
    text = "\n".join(json.loads(x)["text"] for x in rows)
    changes = [
        json.loads(x) for x in (tmp_path / "out" / "changes.jsonl").read_text("utf-8").splitlines()
    ]
    return text, changes


def test_an_award_row_with_other_figures_on_each_page_is_kept_and_flagged(tmp_path: Path) -> None:
    text, changes = _run(tmp_path, [_notice(k) for k in range(6)])
    for k in range(6):
        assert f"成交价：人民币{12 + 7 * k}.{k * 13 % 100:02d}万元" in text
    assert sum(c["rule"] == "boilerplate.site_repeat.page_data" for c in changes) >= 6
    assert "点赞" not in text  # a counter bar under the text is chrome
    assert "平台主办" not in text


def test_a_closing_sentence_with_other_figures_is_kept(tmp_path: Path) -> None:
    text, _ = _run(tmp_path, [_story(k) for k in range(6)])
    for k in range(6):
        assert f"reach {3 + 5 * k} more towns next spring." in text
    assert "Views " not in text  # a counter bar with a separator is chrome


@pytest.mark.parametrize("name", ["sealed_s_zhongbiao", "sealed_s_yingwen"])
def test_the_families_of_set_s_keep_their_page_data(name: str) -> None:
    f = family_figures(name)
    assert f["content_f1"] >= (0.99 if name.endswith("zhongbiao") else 0.89), (name, f)
    assert f["residue"] <= 0.06, (name, f)
