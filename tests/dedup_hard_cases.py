"""Hard cases for dedup with exact ground truth: template fills, versions, containment.

Built from any base texts (the shared bench pool in ``benchmarks/dedup_hard_bench.py``,
made-up prose in the tests); the ground truth is by construction, never by a threshold:

* **template fills** — one template (a notice or catalogue entry: a title line with a place,
  an organisation and a number, then fields — document number, date, amount, contact,
  place — between passages of a base text) filled 2–4 times with other values.  Fills of
  one template are *different documents*: no two may be linked.
* **versions** — a base text with a title line and a revision date, revised: 10–60 % of
  its sentences rewritten (half edited in place, a third replaced, the rest inserted new),
  the revision date changed.  Each pair (old, new) should be linked as a version.
* **revision histories** — a law-like text under a title with 1–3 dated lines (``2013年5月2日
  某局第一次修订``) and the same text with 1–2 later dated lines added under them, its body
  0–30 % revised (often untouched: only the history grew).  Each pair should be linked as
  a version, not as a near duplicate.
* **containment** — from a base text: a prefix, a suffix or an excerpt (30–80 % of it), or a
  compilation of 2–4 base texts joined.  Each piece lies inside its source; each source
  lies inside its compilation.  Intervals of base characters say exactly what lies where.

:func:`make_hard_set` returns the documents (shuffled) and :class:`Truth`; :func:`score`
reads dedup records (``id``, ``status``, ``dup_of``, ``dup_kind``, ``version_of``,
``contains``, ``cluster``) and gives the shares the issue's goals are stated in.
"""

from __future__ import annotations

import json
import random
import re
import zlib
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Truth", "distinct", "make_hard_set", "prose", "score"]

_SENT = re.compile(r"(?<=[。！？；.!?;])")
_WORDS = (
    "管理 制度 单位 应当 依法 规定 部门 负责 组织 实施 监督 检查 工作 建立 完善 落实 "
    "城市 社区 居民 服务 保障 安全 环境 发展 项目 资金 计划 年度 标准 程序 信息 公开"
).split()
_PLACES = "江宁 浦口 鼓楼 秦淮 建邺 玄武 栖霞 雨花 六合 溧水 高淳 江北 仙林 麒麟".split()
_NAMES = "张伟 王芳 李娜 刘洋 陈静 杨帆 赵磊 黄敏 周杰 吴倩 徐明 孙丽 马超 朱红".split()
_ORGS = "财政局 教育局 住建局 卫健委 民政局 文旅局 交通局 水务局 邮政局 统计局".split()
_THINGS = "专项资金 设备采购 工程招标 纪念邮票 补贴发放 培训项目 绿化养护 道路维修".split()


def prose(rng: random.Random, sentences: int = 20) -> str:
    """Made-up sentences from a small vocabulary (our own text, for tests)."""
    return "".join(
        "".join(rng.choice(_WORDS) for _ in range(rng.randint(6, 14))) + "。"
        for _ in range(sentences)
    )


#: Comparison-key characters of the passages :func:`distinct` compares.
PASSAGE = 24
#: Share of the smaller text's marks that, found in another, make two texts overlap.
SHARED = 0.1


def distinct(texts: list[str], n: int) -> list[str]:
    """The first ``n`` of ``texts`` that share no long passage with an earlier one taken.

    The cases' ground truth assumes their base texts share nothing: a piece of one base
    that also lies in another base (a pool holding an article and a longer one quoting
    it) is inside both, but only one link is true by construction.  Two texts share a
    passage when ``SHARED`` of the smaller's marks are the other's too (and 3 or more):
    its marks are the ``PASSAGE``-character windows of its comparison key (punctuation and
    spaces dropped, digits folded) whose CRC is ≡ 0 mod 8 (content-defined, so the same
    windows are marks in both).  A common clause (a law's "自公布之日起施行") is not a
    shared passage.
    """
    from cleaner.dedup.normalize import normalize

    owner: dict[int, list[int]] = {}
    sizes: list[int] = []
    out: list[str] = []
    for t in texts:
        key = normalize(t, fold_digits=True).encode("utf-8")
        marks = {
            h
            for i in range(len(key) - PASSAGE + 1)
            if (h := zlib.crc32(key[i : i + PASSAGE])) % 8 == 0
        }
        shared: dict[int, int] = {}
        for h in marks:
            for o in owner.get(h, ()):
                shared[o] = shared.get(o, 0) + 1
        if any(k >= 3 and k >= SHARED * min(len(marks), sizes[o]) for o, k in shared.items()):
            continue
        for h in marks:
            owner.setdefault(h, []).append(len(out))
        sizes.append(len(marks))
        out.append(t)
        if len(out) == n:
            return out
    raise ValueError(f"distinct: only {len(out)} of {n} texts share nothing")


def _sentences(text: str) -> list[str]:
    return [s for s in _SENT.split(text) if s.strip()]


def _date(rng: random.Random) -> str:
    return f"{rng.randint(2010, 2025)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"


@dataclass
class Truth:
    """What the set holds, by construction."""

    templates: list[list[str]] = field(default_factory=list)  # ids of one template's fills
    versions: list[tuple[str, str]] = field(default_factory=list)  # (older, newer)
    histories: list[tuple[str, str]] = field(default_factory=list)  # (older, newer)
    # containment: id → (base index, start, end) characters of a base it holds; a
    # compilation holds several
    spans: dict[str, list[tuple[int, int, int]]] = field(default_factory=dict)
    pieces: list[str] = field(default_factory=list)  # prefixes, suffixes, excerpts
    compilations: dict[str, list[str]] = field(default_factory=dict)  # id → source ids

    def inside(self, small: str, big: str, share: float = 0.9) -> bool:
        """Whether ≥ ``share`` of ``small``'s base characters lie inside ``big``'s."""
        a, b = self.spans.get(small), self.spans.get(big)
        if not a or not b:
            return False
        total = sum(e - s for _, s, e in a)
        got = 0
        for base, s, e in a:
            got += max((min(e, e2) - max(s, s2) for b2, s2, e2 in b if b2 == base), default=0)
        return total > 0 and got >= share * total


def _template(rng: random.Random, body: list[str], k: int) -> tuple[str, list[str]]:
    """A template text with ``{slot}`` fields between passages of ``body``; the values."""
    slots = ["编号：{docno}", "日期：{date}", "金额：{amount}元", "联系人：{name}", "地点：{place}"]
    cut = sorted(rng.sample(range(1, max(2, len(body))), min(k, max(1, len(body) - 1))))
    parts, prev = ["{place}{org}关于{year}年第{n}批{thing}的公告"], 0
    for i, c in enumerate(cut):
        parts.append("".join(body[prev:c]).replace("{", "{{").replace("}", "}}"))
        parts.append(slots[i % len(slots)])
        prev = c
    parts.append("".join(body[prev:]).replace("{", "{{").replace("}", "}}"))
    return "\n".join(parts), slots


def _fills(rng: random.Random, template: str, k: int) -> list[str]:
    """``k`` fills of a template, every field with another value in each."""
    years = rng.sample(range(2010, 2026), k)
    pick = {
        "place": rng.sample(_PLACES, k), "org": rng.sample(_ORGS, k), "year": years,
        "n": rng.sample(range(1, 60), k), "thing": rng.sample(_THINGS, k),
        "docno": [f"{p}〔{y}〕{n}号" for p, y, n in zip(rng.sample(_PLACES, k), years,
                                                      rng.sample(range(1, 300), k), strict=True)],
        "date": [f"{y}年{m}月{d}日" for y, m, d in zip(rng.sample(range(2010, 2026), k),
                                                    rng.sample(range(1, 13), k),
                                                    rng.sample(range(1, 29), k), strict=True)],
        "amount": [f"{a:,}" for a in rng.sample(range(10, 99999), k)],
        "name": rng.sample(_NAMES, k),
    }  # fmt: skip
    return [template.format(**{f: v[i] for f, v in pick.items()}) for i in range(k)]


def _revise(rng: random.Random, sents: list[str], donor: list[str], share: float) -> list[str]:
    out = list(sents)
    k = max(1, round(len(sents) * share))
    for i in rng.sample(range(len(out)), min(k, len(out))):
        op = rng.random()
        if op < 0.5:  # edited in place: a clause rewritten
            s = out[i]
            cut = rng.randint(len(s) // 3, max(len(s) // 3 + 1, 2 * len(s) // 3))
            out[i] = s[:cut] + rng.choice(donor)
        elif op < 0.8:  # replaced
            out[i] = rng.choice(donor)
        else:  # a new sentence inserted after it
            out[i] = out[i] + rng.choice(donor)
    return out


_ORDINALS = "一二三四五六七八九十"


def _history(rng: random.Random, k: int) -> list[str]:
    """``k`` dated lines of a revision history, oldest first: published, then revised."""
    year = rng.randint(1985, 2005)
    lines = []
    for i in range(k):
        org = rng.choice(_ORGS)
        what = "公布" if i == 0 else f"《关于修改部分规定的决定》第{_ORDINALS[i - 1]}次修订"
        lines.append(f"{year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日 {org}{what}")
        year += rng.randint(1, 6)
    return lines


def make_hard_set(
    bases: list[str],
    *,
    seed: int = 0,
    templates: int = 50,
    versions: int = 50,
    contained: int = 50,
    unrelated: int = 100,
    histories: int = 0,
) -> tuple[list[dict[str, str]], Truth]:
    """Documents ``{"id", "text"}`` (shuffled) and their :class:`Truth`.

    ``bases`` are distinct texts of a few hundred characters or more (each used once, so
    no two cases share text by accident); it needs ``templates + 2 * versions + 4 *
    contained + unrelated + 2 * histories`` of them at most."""
    rng = random.Random(seed)
    pool = list(bases)
    rng.shuffle(pool)
    docs: list[dict[str, str]] = []
    truth = Truth()

    def take() -> str:
        if not pool:
            raise ValueError("make_hard_set: not enough base texts")
        return pool.pop()

    def add(kind: str, text: str) -> str:
        id_ = f"{kind}{len(docs):05d}"
        docs.append({"id": id_, "text": text})
        return id_

    for _ in range(templates):
        tpl, _slots = _template(rng, _sentences(take()), rng.randint(3, 5))
        truth.templates.append([add("t", t) for t in _fills(rng, tpl, rng.randint(2, 4))])

    def cjk(text: str) -> float:
        han = sum("\u4e00" <= c <= "\u9fff" for c in text)
        return han / max(1, han + sum(c.isascii() and c.isalpha() for c in text))

    for _ in range(versions):
        text = take()
        # the new text comes from a text of the same script mix (not a translation)
        share = cjk(text)
        donor_text = next((t for t in reversed(pool) if abs(cjk(t) - share) < 0.1), None)
        if donor_text is None:
            donor_text = take()
        else:
            pool.remove(donor_text)
        base, donor = _sentences(text), _sentences(donor_text)
        title = f"{rng.choice(_PLACES)}{rng.choice(_THINGS)}管理办法"
        d1, d2 = _date(rng), _date(rng)
        while d2 == d1:
            d2 = _date(rng)
        old = f"{title}\n（{d1}发布）\n" + "".join(base)
        new = f"{title}\n（{d2}修订）\n" + "".join(
            _revise(rng, base, donor or base, rng.uniform(0.1, 0.6))
        )
        truth.versions.append((add("v", old), add("v", new)))
    bi = 0
    for _ in range(contained):
        kind = rng.choice(["prefix", "suffix", "excerpt", "compilation"])
        if kind == "compilation":
            srcs = []
            for _ in range(rng.randint(2, 4)):
                text = take()
                sid = add("s", text)
                truth.spans[sid] = [(bi, 0, len(text))]
                srcs.append((sid, bi, text))
                bi += 1
            cid = add("c", "\n".join(t for _, _, t in srcs))
            truth.spans[cid] = [(b, 0, len(t)) for _, b, t in srcs]
            truth.compilations[cid] = [s for s, _, _ in srcs]
            continue
        text = take()
        sid = add("s", text)
        truth.spans[sid] = [(bi, 0, len(text))]
        n = len(text)
        size = int(n * rng.uniform(0.3, 0.8))
        start = {"prefix": 0, "suffix": n - size}.get(kind, rng.randint(1, max(1, n - size - 1)))
        pid = add("p", text[start : start + size])
        truth.spans[pid] = [(bi, start, start + size)]
        truth.pieces.append(pid)
        bi += 1
    for _ in range(unrelated):
        add("u", take())
    hrng = random.Random(seed + 7)  # the other cases stay as they were without histories
    for _ in range(histories):
        base, donor = _sentences(take()), _sentences(take())
        title = f"{hrng.choice(_PLACES)}{hrng.choice(_THINGS)}条例"
        k = hrng.randint(1, 3)
        lines = _history(hrng, k + hrng.randint(1, 2))
        share = hrng.choice([0.0, 0.0, hrng.uniform(0.05, 0.3)])
        body = _revise(hrng, base, donor or base, share) if share else base
        old = "\n".join([title, *lines[:k], "".join(base)])
        new = "\n".join([title, *lines, "".join(body)])
        truth.histories.append((add("h", old), add("h", new)))
    rng.shuffle(docs)
    return docs, truth


def _links(recs: dict[str, dict[str, Any]]) -> set[tuple[str, str]]:
    """Every link a decision made, as (article, other) pairs (any kind, any direction)."""
    out: set[tuple[str, str]] = set()
    for id_, r in recs.items():
        for other in (r.get("dup_of"), r.get("version_of")):
            if other:
                out.add((id_, other))
        for src, _share in json.loads(r.get("contains") or "[]"):
            out.add((id_, src))
    return out


def score(recs: list[dict[str, Any]], truth: Truth) -> dict[str, Any]:
    """The shares of the issue's goals, from dedup records of the set."""
    by = {r["id"]: r for r in recs}
    links = _links(by)
    linked = {frozenset(p) for p in links}
    cluster = {i: r.get("cluster") for i, r in by.items()}
    tpairs = [(a, b) for ids in truth.templates for i, a in enumerate(ids) for b in ids[i + 1 :]]
    t_linked = sum(
        frozenset((a, b)) in linked or (cluster[a] is not None and cluster[a] == cluster[b])
        for a, b in tpairs
    )

    def version(old: str, new: str) -> bool:
        return (
            by[new].get("version_of") == old or by[old].get("version_of") == new
            or (by[new].get("dup_kind") == "version" and by[new].get("dup_of") == old)
            or (by[old].get("dup_kind") == "version" and by[old].get("dup_of") == new)
        )  # fmt: skip

    v_ok = sum(version(old, new) for old, new in truth.versions)
    h_ok = sum(version(old, new) for old, new in truth.histories)
    # containment: each piece linked to a document that holds it; each compilation source
    # linked to its compilation (either way round, as the set's order made it)
    want = [(p, None) for p in truth.pieces] + [
        (s, c) for c, srcs in truth.compilations.items() for s in srcs
    ]
    found = 0
    for small, big in want:
        if big is None:
            found += any(truth.inside(small, o) for (x, o) in links if x == small) or any(
                truth.inside(small, x) for (x, o) in links if o == small
            )
        else:
            found += frozenset((small, big)) in linked
    predicted = [(i, r["dup_of"]) for i, r in by.items() if r.get("dup_kind") == "contained"] + [
        (i, src) for i, r in by.items() for src, _ in json.loads(r.get("contains") or "[]")
    ]
    right = sum(
        truth.inside(a, b) if by[a].get("dup_kind") == "contained" and by[a]["dup_of"] == b
        else truth.inside(b, a)
        for a, b in predicted
    )  # fmt: skip
    return {
        "template_pairs": len(tpairs),
        "template_linked": round(t_linked / max(1, len(tpairs)), 4),
        "versions": len(truth.versions),
        "version_recognised": round(v_ok / max(1, len(truth.versions)), 4),
        "histories": len(truth.histories),
        "history_recognised": round(h_ok / max(1, len(truth.histories)), 4),
        "containment_links": len(want),
        "containment_recall": round(found / max(1, len(want)), 4),
        "containment_predicted": len(predicted),
        "containment_precision": round(right / max(1, len(predicted)), 4),
    }
