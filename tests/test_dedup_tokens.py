"""Distinctive tokens, title keys and anchors (issue 14): the measures behind templates,
versions and containment."""

from __future__ import annotations

import random

import numpy as np

from cleaner.dedup import tokens
from cleaner.dedup.containment import group_keys
from cleaner.dedup.minhash import SketchParams, sketch
from cleaner.dedup.tokens import is_template, title_keys, token_overlap, token_table
from tests.dedup_hard_cases import make_hard_set, prose, score


def test_chunked_table_equals_one_pass() -> None:
    rng = random.Random(1)
    alphabet = "年月日第号0123456789abc ，"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80))) for _ in range(2500)]
    a, b = token_table(texts), tokens._token_chunk(texts)
    assert np.array_equal(a.pairs, b.pairs) and np.array_equal(a.offs, b.offs)
    assert len(a) == 2500


def test_fills_differ_in_place_copies_do_not() -> None:
    body = "本局决定自{d}起施行，编号{n}，金额{a}元，联系人电话{t}。请各单位遵照执行。"
    one = body.format(d="2024年5月1日", n="15", a="3,500", t="12345678")
    fill = body.format(d="2025年6月2日", n="16", a="4,200", t="87654321")
    copy = "来源：某网 发布时间2023年\n" + one.replace("，", ",") + "\n© 2019 某网"
    t = token_table([one, fill, copy])
    assert is_template(*token_overlap(t.doc(0), t.doc(1))[:2])
    ov = token_overlap(t.doc(0), t.doc(2))  # chrome numbers have no place in the other
    assert ov.differ == 0 and not is_template(ov.jaccard, ov.differ)


def test_a_changed_year_in_the_head_is_marked_not_one_in_the_tail() -> None:
    head = "某某办法\n（2018年3月1日发布）\n" + "第一条 本办法适用于全市。" * 10
    t = token_table([head, head.replace("2018", "2022"), head + "©2018", head + "©2022"])
    assert token_overlap(t.doc(0), t.doc(1)).years == 4  # two slots, old and new value
    assert token_overlap(t.doc(2), t.doc(3)).years == 0


def test_titles_and_anchors() -> None:
    rng = random.Random(2)
    text = prose(rng, 60)
    part = text[len(text) // 3 : 2 * len(text) // 3]
    t = title_keys(["标题\n" + text, "  标题 \n别的", "\n\n", part])
    assert t[0] == t[1] != 0 and t[2] == 0
    sk = sketch([text, part, prose(rng, 60)], SketchParams())
    g = group_keys(sk, np.zeros(3, np.uint64), anchors=True, title=False)
    whole, piece, other = (set(r[r != 0].tolist()) for r in g)
    assert whole & piece  # an excerpt shares anchors with the text holding it
    assert not whole & other


def test_hard_set_ground_truth_is_consistent() -> None:
    rng = random.Random(3)
    docs, truth = make_hard_set([prose(rng, 20) for _ in range(120)], seed=1, templates=5,
                                versions=5, contained=10, unrelated=5)  # fmt: skip
    by = {d["id"]: d["text"] for d in docs}
    for piece in truth.pieces:
        holder = next(i for i in truth.spans if i != piece and truth.inside(piece, i))
        assert by[piece] in by[holder]
    for comp, srcs in truth.compilations.items():
        assert all(by[s] in by[comp] and truth.inside(s, comp) for s in srcs)
    # nothing linked scores nothing, a perfect answer scores everything
    none = score([{"id": i, "status": "kept", "cluster": i} for i in by], truth)
    assert none["template_linked"] == 0 and none["version_recognised"] == 0
    perfect = [{"id": i, "status": "kept", "cluster": i} for i in by]
    at = {r["id"]: r for r in perfect}
    for old, new in truth.versions:
        at[new]["version_of"] = old
    for piece in truth.pieces:
        holder = next(i for i in truth.spans if i != piece and truth.inside(piece, i))
        at[piece].update(status="duplicate", dup_kind="contained", dup_of=holder)
    for comp, srcs in truth.compilations.items():
        at[comp]["contains"] = "[" + ",".join(f'["{s}", 50]' for s in srcs) + "]"
    got = score(perfect, truth)
    assert got["version_recognised"] == 1.0
    assert got["containment_recall"] == 1.0 and got["containment_precision"] == 1.0


def test_a_grown_revision_history_is_a_version_a_changed_stamp_is_not() -> None:
    """Later dated lines added under the title (a law revised again) make a version; the
    same lines in both, or a stamp whose year was replaced, add no history."""
    from cleaner.dedup.decide import Pair, Rules, judge

    body = "第一条 本条例适用于全市的管理工作。第二条 各单位应当依法落实。" * 8
    lines = ["某市某某管理条例", "2005年8月31日 某局公布", "2013年7月18日 某局第一次修订"]
    old = "\n".join([*lines, body])
    new = "\n".join([*lines, "2019年3月2日 某局第二次修订", body])
    stamp = "\n".join([lines[0], "2005年8月31日 某局公布", "2014年1月2日 转载", body])
    t = token_table([old, new, old, stamp])
    grown = token_overlap(t.doc(0), t.doc(1))
    assert grown.history == 1 and token_overlap(t.doc(1), t.doc(0)).history == 1
    assert token_overlap(t.doc(0), t.doc(2)).history == 0  # the same history
    assert token_overlap(t.doc(0), t.doc(3)).history == 0  # 2013 replaced by 2014
    near = Pair(0.95, 0.97, 1.0, tok_j=grown.jaccard, tok_differ=grown.differ, same_title=True)
    assert judge(near, Rules()).kind == "near"
    grew = Pair(0.95, 0.97, 1.0, tok_j=grown.jaccard, tok_differ=grown.differ,
                same_title=True, history=grown.history)  # fmt: skip
    assert judge(grew, Rules()).kind == "version"
    assert judge(grew, Rules(versions="off")).kind == "near"


def test_passages_count_the_holders_runs_longest_first() -> None:
    from cleaner.dedup.containment import pair_passages, passages

    holder = np.arange(1, 101, dtype=np.uint32)
    excerpt = holder[30:70]
    # the excerpt's shingles repeated elsewhere in the holder only add runs
    repeated = np.concatenate((holder, excerpt[:10]))
    assert passages(repeated, np.sort(excerpt), excerpt.size) == 1
    abridged = np.concatenate([holder[k : k + 8] for k in range(0, 100, 10)])
    assert passages(holder, np.sort(abridged), abridged.size) == 8  # 80 % of 10 runs
    assert passages(holder, np.array([1000], np.uint32), 1) == 2  # never held: n + 1
    # the side found inside is measured: new inside old, or old inside new; edits are
    # runs of the inside text missing from the holder (a changed head or line, not a tail)
    new = (abridged, np.sort(abridged))
    assert pair_passages(1.0, 0.4, 0.9, new, (holder, holder)) == (8, 0)
    assert pair_passages(0.4, 1.0, 0.9, (holder, holder), new) == (8, 0)
    assert pair_passages(0.95, 0.95, 0.9, (holder, holder), new) == (1, 0)
    edited = np.concatenate(([500], holder[:40], [501, 502], holder[40:60], [503]))
    edited = edited.astype(np.uint32)
    # a changed head and an inserted line: one passage of the holder, two edits
    assert pair_passages(1.0, 0.6, 0.9, (edited, np.sort(edited)), (holder, holder)) == (1, 2)
