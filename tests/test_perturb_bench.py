"""The perturbation benchmark's rewrites (``benchmarks/perturb.py``) on a tiny invented
family: each perturbation changes the page, keeps the truth on the page (the blind
families' checker finds no new problem), and the checker does fail a rewrite that forgets
the truth.  No pipeline run here: that is the benchmark's job."""

from __future__ import annotations

import random
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from benchmarks.perturb import PERTURBATIONS, Doc, check, decode, encode, write

HEAD = ["鹭汀文库　｜　资料首页", "当前位置：首页 > 文库", "━━━━━━━━━━"]
FOOT = "鹭汀文库 版权所有"
META = "发布时间：{}　来源：桂溪社区居委会"


def _truth(page: str, arts: list[dict[str, Any]], chrome: list[tuple[str, str]]) -> dict[str, Any]:
    return {
        "family": "tiny",
        "role": "sealed",
        "page": page,
        "compiled": len(arts) > 1,
        "articles": arts,
        "chrome": [x for _, x in chrome],
        "chrome_kinds": [list(c) for c in chrome],
        "repairs": [],
    }


def _art(title: str, date: str, body: str) -> dict[str, Any]:
    meta = {"published": date, "origin": "桂溪社区居委会"}
    return {"title": title, "lines": [title, META.format(date), body], "meta": meta}


def _family() -> list[tuple[str, str, dict[str, Any]]]:
    head = [("header", HEAD[0]), ("header", HEAD[1]), ("bar", HEAD[2])]
    a1 = _art(
        "一、桂溪社区开展旧物交换活动", "2023-05-06", "周末上午，居民带来闲置书籍，在广场完成交换。"
    )
    a2 = _art(
        "二、桂溪社区举办夏季防溺水讲座", "2023-06-10", "讲座由社区民警主讲，提醒家长看护孩子。"
    )
    a3 = _art(
        "关于开展楼道杂物清理的通知", "2023-07-01", "为消除隐患，本周统一清理楼道杂物。[附件]时间表"
    )
    a4 = _art("关于开展绿化认养的倡议", "2023-08-02", "欢迎居民认养小区内的花坛，认养期为一年。")
    p0 = [
        *HEAD,
        *a1["lines"],
        *a2["lines"],
        "上一篇：桂溪社区完成路灯检修",
        "第 1 页，共 2 页",
        FOOT,
    ]
    c0 = [*head, ("related", p0[-3]), ("page_number", p0[-2]), ("footer", FOOT)]
    p1 = [*HEAD, *a3["lines"], "上一篇：桂溪社区举办夏季防溺水讲座", "第 2 页，共 2 页", FOOT]
    c1 = [*head, ("related", p1[-3]), ("page_number", p1[-2]), ("footer", FOOT)]
    html = (
        '<html><head><meta charset="gb18030"><title>关于开展绿化认养的倡议 | 鹭汀文库</title>'
        f'</head><body>\n<div class="nav">{HEAD[0]}</div>\n<h1>{a4["title"]}</h1>\n'
        f"<p>{a4['lines'][1]}</p>\n<p>{a4['lines'][2]}</p>\n<div>{FOOT}</div>\n</body></html>"
    )
    c2 = [("header", HEAD[0]), ("footer", FOOT)]
    return [
        ("page_00.txt", "\n".join(p0) + "\n", _truth("page_00.txt", [a1, a2], c0)),
        ("page_01.txt", "\n".join(p1) + "\n", _truth("page_01.txt", [a3], c1)),
        ("page_02.html", html + "\n", _truth("page_02.html", [a4], c2)),
    ]


@pytest.fixture
def docs() -> list[Doc]:
    out = []
    for name, text, truth in _family():
        raw = text.replace("\n", "\r\n").encode("gb18030")
        out.append(decode(name, raw, "gb18030", truth))
    return out


def _checked(tmp_path: Path, docs: list[Doc]) -> dict[str, int]:
    write(tmp_path / "tiny", docs)
    return dict(check(tmp_path / "tiny", docs))


def test_the_invented_family_passes_the_check(tmp_path: Path, docs: list[Doc]) -> None:
    assert _checked(tmp_path, docs) == {}
    assert all(encode(d).count(b"\r\n") > 3 for d in docs)


@pytest.mark.parametrize("name", sorted(PERTURBATIONS))
def test_each_perturbation_changes_the_pages_and_keeps_the_truth(
    tmp_path: Path, docs: list[Doc], name: str
) -> None:
    new = PERTURBATIONS[name](docs, random.Random(f"test:{name}"))
    assert all(p is not None for p in new)
    got = [p for p in new if p is not None]
    assert _checked(tmp_path, got) == {}
    assert any(encode(p) != encode(d) for p, d in zip(got, docs, strict=True))
    # the ISO date and the metadata values stay as they were, bar the character forms
    for p, d in zip(got, docs, strict=True):
        for a, b in zip(p.truth["articles"], d.truth["articles"], strict=True):
            assert a["meta"]["published"] == b["meta"]["published"]
            if name != "traditional":
                assert a["meta"] == b["meta"]


def _run(name: str, docs: list[Doc]) -> list[Doc]:
    return [p for p in PERTURBATIONS[name](docs, random.Random(f"test:{name}")) if p]


def test_punct_widths_and_brackets(docs: list[Doc]) -> None:
    p0, p1, _ = _run("punct", docs)
    assert "发布时间:2023-05-06" in p0.text  # a colon before a date goes ASCII
    assert "当前位置：首页" in p0.text  # before Han it stays: that would be an artifact
    assert "　｜　" not in p0.text.split("\n")[0]  # the row's separator moved on its cycle
    assert "[附件]" not in p1.text and ("〔附件〕" in p1.text or "【附件】" in p1.text)
    assert p1.truth["articles"][0]["lines"][2] in p1.text.split("\n")


def test_numbering_rewrites_the_headers_and_the_titles(docs: list[Doc]) -> None:
    p0, p1, _ = _run("numbering", docs)
    titles = [a["title"] for a in p0.truth["articles"]]
    assert titles[0] != "一、桂溪社区开展旧物交换活动"
    assert "桂溪社区开展旧物交换活动" in titles[0] and titles[0] in p0.text.split("\n")
    assert "二、" not in p0.text
    assert p1 is docs[1]  # a single document has no piece headers: left alone


def test_labels_keep_the_values(docs: list[Doc]) -> None:
    got = _run("labels", docs)
    for p in got:
        assert "发布时间：" not in p.text and not re.search("(?<![一-龥])来源：", p.text)
        assert "2023-" in p.text and "桂溪社区居委会" in p.text


def test_traditional_and_chrome(docs: list[Doc]) -> None:
    t0 = _run("traditional", docs)[0]
    assert "桂溪社區" in t0.text and "桂溪社區" in t0.truth["articles"][0]["title"]
    c0, c1, c2 = _run("chrome", docs)
    for p in (c0, c1, c2):
        assert FOOT not in p.text and FOOT not in p.truth["chrome"]
    assert "第 1 页，共 2 页" not in c0.text
    assert c0.truth["chrome"][-1] == c1.truth["chrome"][-1]  # a template stays one template
    # the varying line keeps what varies (the other document's title)
    assert any("桂溪社区完成路灯检修" in x for x in c0.truth["chrome"])


def test_controls(docs: list[Doc]) -> None:
    assert all(b"\r\n" not in encode(p) for p in _run("newline", docs))
    enc = _run("encoding", docs)
    assert {p.encoding for p in enc} == {enc[0].encoding} != {"gb18030"}
    assert f'charset="{enc[2].encoding.removesuffix("-sig")}"' in enc[2].text


def test_the_check_fails_a_rewrite_that_forgets_the_truth(tmp_path: Path, docs: list[Doc]) -> None:
    broken = [replace(docs[0], text=docs[0].text.replace("周末上午", "周日上午")), *docs[1:]]
    assert _checked(tmp_path, broken) == {"page_00.txt": 1}
