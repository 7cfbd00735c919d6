"""Issue 11's cases end to end: pages we wrote in the shapes of real pages that lost text.

Each test runs the whole pipeline (``cleaner.runner.run``) on a small folder, as a user
would, and asserts what must be kept, what must go, and that every removal is on the
record.  None of these pages is copied from anywhere: they are modelled on the shapes
reported in issue 11 (a WeChat article, a VSB-style CMS page inside a ``<form>``, a body
container named like a share widget, RSS pages of one site, versions of one notice, a
``BMW`` headline, U+FFFD debris, code, dimensions, headline separators).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from cleaner.config import PipelineConfig
from cleaner.model import Change
from cleaner.pipeline import rebuild_text
from cleaner.provenance import replay
from cleaner.runner import run

PARAS = [
    "今年以来，我市坚持把稳就业放在更加突出的位置，出台了一系列支持企业吸纳就业的政策措施。",
    "在高校毕业生就业方面，市人社局联合教育部门开展了百日千万招聘专项行动，累计提供岗位两万余个。",
    "针对就业困难人员，各区县建立了实名制帮扶台账，做到底数清、情况明、措施实、帮扶准。",
    "下一步，我们将继续加大技能培训力度，推动职业技能提升行动扩面提质，让更多劳动者端稳饭碗。",
    "同时，进一步优化公共就业服务，打造十五分钟就业服务圈，让群众在家门口就能找到合适的工作。",
]


def _run(tmp_path: Path, files: dict[str, str | bytes], **kw: Any) -> dict[str, Any]:
    src = tmp_path / "in"
    for name, body in files.items():
        f = src / name
        f.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(body, str):
            f.write_text(body, encoding="utf-8")
        else:
            f.write_bytes(body)
    out = tmp_path / "out"
    summary = run([src], out, **kw)

    def rows(name: str) -> list[dict[str, Any]]:
        p = out / f"{name}.jsonl"
        return (
            [json.loads(x) for x in p.read_text(encoding="utf-8").splitlines()]
            if p.exists()
            else []
        )

    pages = rows("pages")
    articles = rows("articles")
    changes = rows("changes")
    by_source = {Path(p["source"]).name: p for p in pages}
    texts: dict[str, str] = {}
    for p in pages:
        texts[Path(p["source"]).name] = "\n".join(
            a["text"] for a in articles if a["page_id"] == p["id"] and a["status"] == "kept"
        )
    return {
        "summary": summary,
        "pages": by_source,
        "articles": articles,
        "changes": changes,
        "texts": texts,
        "quarantine": rows("quarantine"),
        "out": out,
    }


def _rules(res: dict[str, Any], name: str) -> list[str]:
    pid = res["pages"][name]["id"]
    return [c["rule"] for c in res["changes"] if c["page_id"] == pid]


def _html(body: str, *, title: str = "就业工作稳中有进") -> str:
    return (
        f"<html><head><meta charset='utf-8'><title>{title}_某某市人民政府</title></head>"
        f"<body>{body}</body></html>"
    )


NAV = (
    "<div class='top'><a href='/'>首页</a> <a href='/a'>政务公开</a> <a href='/b'>互动交流</a>"
    " <a href='/c'>办事服务</a></div>"
)
FOOT = (
    "<div class='foot'>主办单位：某某市人民政府办公室 地址：某某路1号 备案号：某ICP备0000号</div>"
)


def _paras() -> str:
    return "".join(f"<p>{p}</p>" for p in PARAS)


def test_wechat_hidden_content_is_kept_and_extraction_recorded(tmp_path: Path) -> None:
    page = _html(
        "<div id='page-content'><h1 class='rich_media_title'>就业工作稳中有进</h1>"
        "<div class='rich_media_meta_list'><span>某某发布</span> <em>2024-03-05</em></div>"
        f"<div class='rich_media_content' id='js_content' style='visibility: hidden;'>{_paras()}"
        "</div></div><div class='qr_code_pc'><p>微信扫一扫<br>关注该公众号</p></div>"
    )
    res = _run(tmp_path, {"wx.html": page})
    text = res["texts"]["wx.html"]
    for p in PARAS:
        assert p in text
    assert "微信扫一扫" not in text
    rules = _rules(res, "wx.html")
    assert any(r.startswith("extract.") for r in rules), rules
    assert res["pages"]["wx.html"]["chars_visible"] > res["pages"]["wx.html"]["chars_extracted"]


def test_cms_article_inside_a_form_is_kept(tmp_path: Path) -> None:
    articles = "".join(
        f"<p>第{n}条　{PARAS[k % 5]}</p>" for k, n in enumerate("一二三四五六七八九十")
    )
    page = _html(
        f"{NAV}<form name='_newscontent_fromname'><div class='title'>某某市就业促进办法</div>"
        f"<div id='vsb_content'><div class='v_news_content'>{articles}</div></div>"
        "<div>【<a href='javascript:window.print()'>打印本页</a>】"
        "【<a href='javascript:window.close()'>关闭窗口</a>】</div></form>"
        f"{FOOT}"
    )
    res = _run(tmp_path, {"cms.html": page})
    text = res["texts"]["cms.html"]
    assert text.count("第") >= 10, text[:200]
    assert "第十条" in text
    assert "备案号" not in text


def test_body_container_named_like_a_share_widget_is_kept(tmp_path: Path) -> None:
    page = _html(
        f"{NAV}<div class='main'><h1>就业工作稳中有进</h1>"
        f"<div class='article-content BSHARE_POP'>{_paras()}</div>"
        "<div class='bshare-custom'><a>分享到：</a><a>微信</a><a>微博</a></div></div>{FOOT}"
    )
    res = _run(tmp_path, {"share.html": page})
    text = res["texts"]["share.html"]
    for p in PARAS:
        assert p in text
    assert "分享到" not in text


def test_html_paragraphs_are_never_joined(tmp_path: Path) -> None:
    page = _html(
        "<article><h1>就业工作稳中有进</h1><figure><img src='a.jpg'>"
        "<figcaption>图为招聘会现场</figcaption></figure>"
        f"{_paras()}<p>记者 王某某</p></article>"
    )
    res = _run(tmp_path, {"news.html": page})
    assert "repair.join_broken_paragraph" not in _rules(res, "news.html")
    assert "图为招聘会现场\n" in res["texts"]["news.html"]


def _rss(items: list[tuple[str, str]]) -> str:
    body = "\n".join(
        f"<item>\n<title>{t}</title>\n<description>{d}</description>\n</item>" for t, d in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0">\n<channel>\n'
        "<title>某某新闻网 滚动新闻</title>\n<link>http://news.example.cn/</link>\n"
        f"{body}\n</channel>\n</rss>\n"
    )


def test_learned_rules_cannot_eat_an_rss_page(tmp_path: Path) -> None:
    files: dict[str, str | bytes] = {}
    for k in range(8):
        items = [(f"第{k}期新闻标题{j}", PARAS[(k + j) % 5]) for j in range(4)]
        files[f"feed/{k}.txt"] = _rss(items)
    # one page where the channel closes early and the items follow (a concatenated feed)
    early = _rss([("早间标题", PARAS[0])]) + "\n".join(
        f"<item><title>后续标题{j}</title><description>{PARAS[j % 5]}{PARAS[(j + 1) % 5]}"
        "</description></item>"
        for j in range(12)
    )
    files["feed/early.txt"] = early
    res = _run(tmp_path, files)
    page = res["pages"]["early.txt"]
    assert page["chars_kept"] >= 0.5 * page["chars_extracted"], page
    assert res["texts"]["early.txt"].count("后续标题") == 12


def test_versions_of_one_notice_keep_their_body(tmp_path: Path) -> None:
    words = ["一", "二", "三", "四", "五", "六"]
    lines = []
    for k, w in enumerate(words):
        body = (
            "关于做好春节期间安全生产工作的通知\n各区县人民政府，市直各部门：\n"
            + "\n".join(PARAS[:4])
            + f"\n本通知自印发之日起施行，第{w}次修订。\n某某市人民政府办公室\n2024年1月{k + 10}日"
        )
        lines.append(json.dumps({"id": f"v{k}", "text": body}, ensure_ascii=False))
    res = _run(tmp_path, {"notice.jsonl": "\n".join(lines) + "\n"}, config=_no_dedup())
    kept = [a for a in res["articles"] if a["status"] == "kept"]
    assert len(kept) == 6
    for a in kept:
        for p in PARAS[:4]:
            assert p in a["text"], a["text"][:120]


def _no_dedup() -> PipelineConfig:
    from dataclasses import replace

    cfg = PipelineConfig()
    return replace(cfg, dedup=replace(cfg.dedup, enabled=False))


def test_text_page_starting_with_bm_is_text(tmp_path: Path) -> None:
    page = "BMW 3系新车发布会在京举行\n" + "\n".join(PARAS)
    files: dict[str, str | bytes] = {
        "bmw.txt": page.encode("utf-8"),
        "mz.txt": ("MZ " + page).encode("gbk"),
    }
    res = _run(tmp_path, files, config=_no_dedup())
    assert not res["quarantine"]
    assert PARAS[0] in res["texts"]["bmw.txt"]
    assert PARAS[0] in res["texts"]["mz.txt"]


def test_debris_page_is_dropped_with_a_reason_not_repaired(tmp_path: Path) -> None:
    debris = "\n".join("\ufffd" * 30 + "锟斤拷" * 4 for _ in range(20)) + "\n" + PARAS[0]
    res = _run(tmp_path, {"debris.txt": debris, "ok.txt": "\n".join(PARAS)})
    page = res["pages"]["debris.txt"]
    assert page["status"] == "dropped"
    assert "debris" in page["flags"]
    art = next(a for a in res["articles"] if a["page_id"] == page["id"])
    assert art["status"] == "dropped" and art["reason"] == "debris"
    assert art["text"] == debris  # kept whole, nothing rewritten
    assert not [r for r in _rules(res, "debris.txt") if r.startswith("repair.")]
    assert res["pages"]["ok.txt"]["status"] == "ok"


def test_code_is_left_alone(tmp_path: Path) -> None:
    code = '    print("你好,世界:")\n    if x > 0:\n        return {"名字": x}\n'
    page = "Python 入门：输出中文\n" + PARAS[0] + "\n示例代码如下：\n" + code + PARAS[1] + "\n"
    res = _run(tmp_path, {"code.txt": page})
    text = res["texts"]["code.txt"]
    assert 'print("你好,世界:")' in text
    assert '        return {"名字": x}' in text


def test_dimensions_are_not_placeholders(tmp_path: Path) -> None:
    page = (
        "邮票规格\n本套邮票规格为30×50毫米，齿孔度数13度，整版枚数（5×4）20枚。\n"
        + PARAS[0]
        + "\n合同金额为××××万元，签订日期为×月×日。\n"
    )
    res = _run(tmp_path, {"stamp.txt": page})
    art = next(a for a in res["articles"] if a["status"] == "kept")
    assert "30×50毫米" in art["text"] and "（5×4）" in art["text"]
    assert art["placeholders"] == 3  # ××××万元, and ×月×日 (two runs) only


def test_headline_separator_spaces_are_kept(tmp_path: Path) -> None:
    page = (
        "日股收市：保持穩定 但日圓疲弱\n"
        + PARAS[0]
        + "\n券商上調目標價至105.3元 維持「持有」評級\n"
        + PARAS[1]
        + "\n"
    )
    res = _run(tmp_path, {"head.txt": page})
    text = res["texts"]["head.txt"]
    assert "保持穩定 但日圓疲弱" in text
    assert "目標價至105.3元 維持「持有」評級" in text


def test_a_failing_page_is_quarantined_and_the_batch_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cleaner.stages import split

    original = split.SplitStage.__call__

    def boom(self: Any, editor: Any, **kw: Any) -> Any:
        if "炸" in editor.text:
            raise KeyError("simulated stage bug")
        return original(self, editor, **kw)

    monkeypatch.setattr(split.SplitStage, "__call__", boom)
    res = _run(tmp_path, {"bad.txt": "炸\n" + PARAS[0], "good.txt": "\n".join(PARAS)})
    assert [q["code"] for q in res["quarantine"]] == ["internal_error"]
    assert "KeyError" in res["quarantine"][0]["reason"]
    assert PARAS[0] in res["texts"]["good.txt"]


def test_kept_text_and_ledger_rebuild_the_visible_text(tmp_path: Path) -> None:
    """The accounting identity on every kind of page: replaying the ledger on the text the
    pipeline received gives the articles, and inverting it gives that text back."""
    from cleaner.ingest.readers import read_inputs
    from cleaner.ingest.records import ReadOptions

    files: dict[str, str | bytes] = {
        "a.html": _html(f"{NAV}<div class='content BSHARE_POP'>{_paras()}</div>{FOOT}"),
        "b.html": _html(f"<div id='js_content' style='visibility:hidden'>{_paras()}</div>"),
        "c.txt": "标题\n" + "\n".join(PARAS) + "\n相关阅读\n",
    }
    res = _run(tmp_path, files)
    raws = {
        Path(r.source).name: r
        for r in read_inputs([tmp_path / "in"], text_field="text", options=ReadOptions())
    }
    by_page: dict[str, list[str]] = {}
    for a in res["articles"]:
        by_page.setdefault(a["page_id"], []).append(a["text"])
    for name, page in res["pages"].items():
        changes = [Change.from_row(c) for c in res["changes"] if c["page_id"] == page["id"]]
        texts = by_page.get(page["id"], [])
        received = rebuild_text(texts, changes)
        assert replay(received, changes) == "".join(texts)
        assert len(received) == page["chars_visible"], name
        raw = raws[name]
        if raw.text is not None:  # HTML: the visible text the reader produced
            assert received == raw.text
        assert page["chars_kept"] == sum(map(len, texts))


def test_validate_fails_naming_gutted_pages(tmp_path: Path) -> None:
    """A pack rule that eats pages, with the loss budget off: the gate names the pages."""
    from dataclasses import replace

    from cleaner.report.gate import validate_inputs

    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "eat.toml").write_text(
        '[pack]\nname = "eat"\ncomment = "a bad pack: everything after a marker"\n'
        "detect = []\n"
        '[[rule]]\nname = "from_marker"\ncomment = "test"\npattern = "^吞掉以下$"\n'
        'scope = "tail"\nmax_len = 10\n',
        encoding="utf-8",
    )
    src = tmp_path / "in"
    src.mkdir()
    for k in range(10):
        (src / f"ok{k}.txt").write_text(f"正常页面{k}\n" + "\n".join(PARAS), encoding="utf-8")
    for k in range(2):
        (src / f"eaten{k}.txt").write_text(
            f"被吞页面{k}\n吞掉以下\n" + "\n".join(PARAS), encoding="utf-8"
        )
    cfg = PipelineConfig(rules_dirs=(rules,))
    cfg = replace(cfg, boilerplate=replace(cfg.boilerplate, max_loss_share=100.0))
    verdict = validate_inputs([src], config=cfg)
    assert verdict.exit_code == 1
    failed = {c.name: c for c in verdict.failed}
    assert "max_lossy_page_share" in failed, list(failed)
    message = failed["max_lossy_page_share"].message
    assert "eaten0.txt" in message and "eaten1.txt" in message
    assert "ok0.txt" not in message
    worst = [Path(r["source"]).name for r in verdict.losses[:2]]
    assert sorted(worst) == ["eaten0.txt", "eaten1.txt"]


def test_explain_shows_each_edit_in_its_context(tmp_path: Path) -> None:
    """Single-space deletions and punctuation swaps are readable in ``explain``: each edit
    is shown inside the text around it, as it stood when the edit was made."""
    from typer.testing import CliRunner

    from cleaner.cli import app

    page = "关于推进机制的通知\n" + PARAS[0] + "\n他说,今天的会议很重要。\n"
    res = _run(tmp_path, {"ctx.txt": page})
    pid = res["pages"]["ctx.txt"]["id"]
    out = CliRunner().invoke(app, ["explain", str(res["out"]), pid])
    assert out.exit_code == 0, out.output
    assert "的政策措施。⏎他说[“,” → “，”]今天的会议很重要。⏎…" in out.output
    assert "- repair.whitespace.page_edges: …他说，今天的会议很重要。[−“⏎”]…" in out.output
