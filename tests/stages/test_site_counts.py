"""Site counts keep a line's text only from its second page on (issue 15, memory): the
counts, positions, tail shares and shape examples must be those of counting every line
by name, pruning included."""

from __future__ import annotations

import random

import pytest

from cleaner.stages import site_counts
from cleaner.stages.site_counts import MAX_LINE_CHARS, SiteProfile, shape_of


def by_name(texts: list[str], prune_at: int) -> SiteProfile:
    """The reference: every line and shape counted by name from its first page on."""
    p = SiteProfile("s")
    for text in texts:
        lines = text.split("\n")
        stripped = [s.strip() for s in lines]
        title = next((s for s in stripped if s), "")
        n, size = max(1, len(lines) - 1), max(1, len(text))
        starts = [0]
        for ln in lines:
            starts.append(starts[-1] + len(ln) + 1)
        seen: set[str] = set()
        for i, s in enumerate(stripped):
            if not s or len(s) > MAX_LINE_CHARS:
                continue
            after = [x for x in stripped[i + 1 :] if x]
            tail = bool(after) and all(
                len(x) <= 60 and not x.endswith(site_counts._SENTENCE_END) for x in after
            )
            shape = shape_of(s, title)
            keys = [(p.lines, s, "L" + s)]
            if shape != s and s != title:
                keys.append((p.shapes, shape, "S" + shape))
            for table, name, key in keys:
                if key in seen:
                    continue
                seen.add(key)
                table[name] = table.get(name, 0) + 1
                p.positions[key] = p.positions.get(key, 0.0) + i / n
                if tail:
                    p.tails[key] = p.tails.get(key, 0) + 1
                    share = (size - starts[i]) / size
                    p.tail_shares[key] = p.tail_shares.get(key, 0.0) + share
                if table is p.shapes:
                    ex = p.examples.setdefault(name, [])
                    if len(ex) < 3 and s not in ex:
                        ex.append(s)
        p.pages += 1
        p.chars += len(text)
        if len(p.lines) + len(p.shapes) > prune_at:
            p.prune(1)
    p.prune(1)
    return p


def pages(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    chrome = ["扫码关注本站", "返回首页", "相关文章", "上一篇", "下一篇", "版权所有"]
    out = []
    for i in range(n):
        title = f"关于第{rng.randint(1, 30)}号文件的通知"
        body = [f"正文第{rng.randint(1, 9)}段，内容{rng.randint(1, 400)}。" for _ in range(5)]
        foot = [*rng.sample(chrome, 3), f"发布时间：2020-0{rng.randint(1, 9)}-1{i % 10}"]
        tail = [f"下载{title}word文档", "《某某条例》第" + str(rng.randint(1, 5)) + "条"]
        end = rng.choice([[], [""], ["", "  "], ["最后一句是正文。"]])  # blank or prose end
        if rng.random() < 0.1:
            body = []  # no sentence at all: the whole page is a tail
        out.append("\n".join([title, "", *body, "", *foot, *rng.sample(tail, 2), *end]))
    return out


@pytest.mark.parametrize("prune_at", [40, 10_000])
def test_counts_equal_counting_by_name(monkeypatch: pytest.MonkeyPatch, prune_at: int) -> None:
    texts = pages(seed=prune_at, n=120)
    want = by_name(texts, prune_at)
    monkeypatch.setattr(site_counts, "PRUNE_AT", prune_at)
    got = SiteProfile("s")
    for text in texts:
        got.add_page(text)
    got.prune(1)
    assert got.to_dict() == want.to_dict()
    assert want.lines and want.shapes and want.tails  # the pages exercise every table
    assert not got.once_lines and not got.once_shapes


def test_single_sightings_hold_no_text_and_are_bounded() -> None:
    p = SiteProfile("s")
    p.add_page("标题甲\n只在这一页的正文一\n共同的页脚")
    p.add_page("标题乙\n只在这一页的正文二\n共同的页脚")
    assert p.lines == {"共同的页脚": 2}  # named from its second page on
    assert p.entries() == 1 + 4  # the titles and bodies: hashes only
    p.prune(1)
    assert p.entries() == 1


def test_merge_of_unpruned_profiles_forgets_a_line_seen_once_on_each_side() -> None:
    a, b = SiteProfile("s"), SiteProfile("s")
    a.add_page("甲页标题\n两边各一次的行")
    b.add_page("乙页标题\n两边各一次的行")
    a.merge(b)
    assert "两边各一次的行" not in a.lines  # its text was never kept: as prune(1) would
    assert a.entries() == 2  # the two titles, still single sightings


def test_shape_shortcut_masks_what_the_masks_would() -> None:
    """A line without a digit, ``《`` or Chinese numeral is returned as it is: check it
    against every mask applied in full."""
    title = "关于做好防汛工作的通知"
    lines = [
        "返回首页",
        "第十二期",
        "共3页",
        "《条例》全文",
        "二〇二〇年六月",
        "关于做好防汛工作的通知下载",
        "发布时间：2020-06-18",
        "十分重要",
        "两会召开",
        "①②③",
        "Ⅷ",
        "٣ 阿拉伯数字",
        "正文。",
    ]
    for line in lines:
        full = line.replace(title, site_counts.TITLE_MASK) if title in line else line
        full = site_counts._BOOK.sub(f"《{site_counts.TITLE_MASK}》", full)
        full = site_counts._CN_NUM.sub(site_counts.NUMBER_MASK, full)
        full = site_counts._DIGITS.sub(site_counts.NUMBER_MASK, full)
        assert shape_of(line, title) == full, line
