"""A compiled HTML newsletter whose pieces each sit under a heading of the page (``<h3>``),
its issues reusing a sentence of a piece and the same desks' credit rows (heading_pieces):

* a line the site repeats across issues, standing between a piece's heading and the next
  piece's heading under the piece's own sentences, is the piece's text: kept and flagged
  (``boilerplate.site_repeat.piece``), so the split sees every piece's closing credit row
  and cuts the page into its pieces, each with its desk as its origin;
* look-alikes stay chrome: a prompt the template prints in every piece alike, and the
  notice under the last piece's last sentence.

Every word is invented.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from cleaner.config import PipelineConfig
from cleaner.ingest.readers import read_inputs
from cleaner.model import Article, RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.profile_counter import build_profiles

DESKS = ["港务股", "文教股", "环卫站", "农林股"]
TITLES = [
    "码头候船亭换装新座椅",
    "社区书屋延长周末开放时间",
    "海堤步道增设夜间路灯",
    "渔具仓库完成防潮改造",
    "老街排水沟清理完毕",
]
#: a sentence several issues reuse inside one of their pieces (the site repeats it)
REUSED = "报名表可以到社区网站下载，也可以直接到服务中心领取纸本。"
#: the notice under the last piece on every issue (the site's)
NOTICE = "本通讯由港湾社区免费寄送，欢迎转发分享，退订请回复邮件说明。"


def _piece(
    n: int, k: int, title: str, reused: bool, prompt: str | None, credit: bool = True
) -> list[str]:
    desk = DESKS[(n + k) % len(DESKS)]
    own = [
        f"<p>这{k + 2}天里，工作人员在第{n * 3 + k + 2}号泊位附近来回忙碌，"
        f"累计清点物资{n * 7 + k * 3 + 11}件。</p>",
        f"<p>据负责人介绍，这次共有{n + k + 4}名志愿者参与，后续还将安排{k + 3}次回访检查。</p>",
    ]
    body = [own[0], *([f"<p>{REUSED}</p>"] if reused else []), own[1]]
    if prompt:
        body.append(f"<p>{prompt}</p>")
    return [
        f'<h3>{title}<time datetime="2023-0{k + 1}-1{n}">（112/0{k + 1}/1{n}）</time></h3>',
        *body,
        *([f'<div class="src">供稿单位：{desk}</div>'] if credit else []),
        "<hr>",
    ]


def _issue(n: int, prompt: str | None = None, credit: bool = True) -> str:
    titles = [TITLES[(n + k) % len(TITLES)] for k in range(3)]
    body: list[str] = []
    for k, title in enumerate(titles):
        body += _piece(n, k, title, reused=(n % 2 == 0 and k == 1), prompt=prompt, credit=credit)
    return "\n".join(
        [
            "<!DOCTYPE html><html><head><meta charset='utf-8'>",
            f"<title>港湾社区通讯 第{n + 20}期</title></head><body>",
            '<div class="nav"><a href="/">首页</a>｜<a href="/n">通讯</a>｜'
            '<a href="/c">联系</a></div>',
            "<h1>港湾社区通讯</h1>",
            f'<div class="issue">第{n + 20}期　｜　出刊日期：2023年3月{n + 1}日</div>',
            *body,
            f'<p class="sub">{NOTICE}</p>',
            "<p>港湾社区服务中心　版权所有</p>",
            "</body></html>",
        ]
    )


def _run(pages: list[str]) -> list[list[Article]]:
    with tempfile.TemporaryDirectory() as tmp:
        for n, page in enumerate(pages):
            (Path(tmp) / f"issue_{n:02d}.html").write_text(page, encoding="utf-8")
        raws = [r for r in read_inputs([Path(tmp)]) if isinstance(r, RawInput)]
        pipe = Pipeline(PipelineConfig(), profiles=build_profiles(raws))
        return [pipe.process(raw, i).articles for i, raw in enumerate(raws)]


def test_reused_sentence_and_credit_rows_stay_and_the_issue_splits() -> None:
    results = _run([_issue(n) for n in range(8)])
    for n, arts in enumerate(results):
        want = [TITLES[(n + k) % len(TITLES)] for k in range(3)]
        assert [a.title for a in arts] == want, n
        origins = [a.meta.get("origin") for a in arts]
        assert origins == [DESKS[(n + k) % len(DESKS)] for k in range(3)], n
        text = "\n".join(a.text for a in arts)
        assert (REUSED in arts[1].text) == (n % 2 == 0), n  # the reused line, kept
        assert NOTICE not in text  # the notice under the last piece: the site's


def test_a_prompt_in_every_piece_alike_stays_chrome() -> None:
    """Look-alike: a sentence the template prints in every piece (and on every issue) is
    no piece's own text: still removed."""
    prompt = "以上内容如有更正，请以社区公告栏张贴的版本为准，谢谢大家的理解。"
    results = _run([_issue(n, prompt) for n in range(8)])
    for arts in results:
        assert len(arts) == 3
        assert all(prompt not in a.text for a in arts)


def test_with_no_credit_rows_the_page_stays_one_and_keeps_the_reused_line() -> None:
    """With no credit row under any piece the split keeps the issue whole (dated headings
    alone may be one report's sections: fixzq2); the reused sentence inside a piece is
    still the page's text, not the site's."""
    results = _run([_issue(n, credit=False) for n in range(8)])
    for n, arts in enumerate(results):
        assert len(arts) == 1
        assert (REUSED in arts[0].text) == (n % 2 == 0), n
        assert NOTICE not in arts[0].text
