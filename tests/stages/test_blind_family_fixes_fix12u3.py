"""Fixes for the metadata set u left (issue 12, fix12u3), in wordings of their own:

* an info row the boilerplate stage removes as chrome (``generic.publish_info``, recorded
  in the ledger) still gives the article its fields: the split stage reads the removed row
  with its label readers (``来源`` is the origin), not only its date;
* the site hosting a page is not the issuer when the same header row names another body
  under a label of that field (the host is the name its ``<title>`` ends in).

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.config import PipelineConfig
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.split_host import issuer_over_host, labelled_values, site_own_names
from cleaner.stages.split_meta import MetaParser
from cleaner.stages.split_titles import PageHints
from tests.stages.family_figures import family_figures

P1 = "清晨的渡口雾气很重，船工把缆绳一圈圈收好，等第一班乘客上船，岸边的柳树还滴着水。"
P2 = "午后太阳出来了，晒谷场上的孩子们追着一只花猫跑，老人们坐在槐树下慢慢地说着旧事。"
P3 = "傍晚收工以后，村口的小卖部亮起了灯，几个年轻人围着一台旧收音机听天气预报。"
F = MetaParser().field_of


def _run(lines: list[str]):  # type: ignore[no-untyped-def]
    text = "\n".join(lines) + "\n"
    return Pipeline(PipelineConfig()).process(RawInput(source="p.txt", data=text.encode()), 0)


# ---- removed info rows still feed the article's metadata


@pytest.mark.parametrize(
    "row",
    [
        "来源：河湾渡口管理站　　发布时间：2022-04-05　　浏览：88次",
        "发布时间：2022-04-05 09:30　来源：河湾渡口管理站　阅读：88",
    ],
)
def test_a_removed_info_row_gives_its_origin(row: str) -> None:
    res = _run(["关于调整渡口班次的通知", row, "", P1, P2, P3])
    rules = [c.rule for c in res.changes if c.before.strip() == row]
    assert rules and rules[0].endswith("publish_info")  # still removed, and recorded
    (art,) = res.articles
    assert art.meta.get("origin") == "河湾渡口管理站", art.meta
    assert art.meta.get("published") == "2022-04-05", art.meta
    assert row not in art.text


def test_a_removed_row_dated_otherwise_gives_nothing() -> None:
    # the article dates itself (a dated row under its title the split stage reads); an
    # update bar of another day removed lower down is another record's: no origin from it
    res = _run(
        [
            "关于调整渡口班次的通知",
            "发布日期：2022-04-05",
            "",
            P1,
            P2,
            P3,
            "来源：河湾渡口管理站　　更新时间：2023-01-09",
        ]
    )
    (art,) = res.articles
    assert art.meta.get("published") == "2022-04-05", art.meta
    assert "origin" not in art.meta, art.meta


def test_a_page_without_an_info_row_gains_no_origin() -> None:
    (art,) = _run(["关于调整渡口班次的通知", "", P1, P2, P3]).articles
    assert "origin" not in art.meta


# ---- the host is no issuer beside another body


def _hints(title: str) -> PageHints:
    return PageHints(title=title)


def test_the_site_names_itself_in_its_title_tail() -> None:
    names = site_own_names(_hints("某某暂行规定（草案）_征求意见_河湾县水务局"))
    assert "河湾县水务局" in names and "某某暂行规定（草案）" not in names


@pytest.mark.parametrize(
    "row",
    [
        "公开单位\t河湾县水务局\t编制单位\t河湾县渡口管理站",
        "公开单位：河湾县水务局　编制单位：河湾县渡口管理站",
    ],
)
def test_the_other_body_of_the_row_is_the_issuer(row: str) -> None:
    assert labelled_values(row, "issuer", F) == ["河湾县水务局", "河湾县渡口管理站"]
    hints = _hints("渡口管理暂行规定（草案）_征求意见_河湾县水务局")
    assert issuer_over_host([row], "河湾县水务局", hints, F) == "河湾县渡口管理站"


def test_the_host_alone_or_a_page_naming_nothing_keeps_the_issuer() -> None:
    hints = _hints("渡口管理暂行规定（草案）_征求意见_河湾县水务局")
    alone = "公开单位：河湾县水务局　公开日期：2022-04-05"
    assert issuer_over_host([alone], "河湾县水务局", hints, F) is None
    both = "公开单位：河湾县水务局　编制单位：河湾县渡口管理站"
    assert issuer_over_host([both], "河湾县水务局", _hints("渡口管理暂行规定"), F) is None
    assert issuer_over_host([both], "河湾县水务局", None, F) is None
    # the issuer read is not the host: left as read
    assert issuer_over_host([both], "河湾县渡口管理站", hints, F) is None


# ---- the families


@pytest.mark.parametrize("name", ["sealed_u_jiezhong", "sealed_u_yanzhao"])
def test_the_set_u_info_row_families_hold_their_floors(name: str) -> None:
    f = family_figures(name)
    floor = {"content_f1": 0.99, "titles": 1.0, "counts": 1.0, "repairs": 1.0, "metadata": 1.0}
    for key, low in floor.items():
        assert f[key] >= low, (key, f)
    assert f["residue"] <= 0.01, f


def test_the_consultation_family_reads_the_drafting_body() -> None:
    f = family_figures("sealed_u_zhengqiu")
    assert f["metadata"] >= 0.85 and f["counts"] >= 1.0 and f["titles"] >= 1.0, f
