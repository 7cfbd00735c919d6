"""A writer's spelled-out close is no template slot (``written_figures.py``).

Our own blog of short posts: each post closes with when and where it was written, the
year in Han numerals, the same town on most posts.  The close's shape (the year masked)
repeats on most pages, yet each close is the post's own: kept and flagged.  The site's
menu bar and its counter row (a count in Arabic digits) are still removed.
"""

from __future__ import annotations

from cleaner.edits import Editor
from cleaner.model import RawInput
from cleaner.stages.boilerplate import SITE_REPEAT, BoilerplateConfig, BoilerplateStage
from cleaner.stages.boilerplate_config import SITE_REPEAT_DATA
from cleaner.stages.profile_counter import build_profiles

CFG = BoilerplateConfig(line_model=False)
SITE = "reeds.example"
POSTS = [
    (
        "芦苇边的早晨",
        ["河面起了薄雾，像谁把一床旧棉被摊开。", "鸭子一只接一只钻进去，又从另一头钻出来。"],
    ),
    (
        "晒谷场",
        ["谷子摊在水泥地上，金黄一片，麻雀在边上试探。", "外婆拿竹耙翻了三遍，说今天的太阳够用。"],
    ),
    (
        "冬夜听雨",
        [
            "雨点打在瓦上，一阵密一阵疏，像有人在屋顶上数钱。",
            "炉子里的炭慢慢红透，猫蜷成一团不肯动。",
        ],
    ),
    ("渡口", ["摆渡的老人不说话，只在船头点一支烟。", "对岸的灯亮起来的时候，船刚好靠了岸。"]),
    (
        "旧书摊",
        ["书摊摆在桥洞下面，纸页发黄，带着潮气。", "我翻到一本没有封面的诗集，老板只要两块钱。"],
    ),
]
YEARS = ["二〇一六年", "二〇一七年", "二〇一八年", "二〇一九年", "二〇二〇年"]
TOWNS = ["青石镇", "青石镇", "青石镇", "青石镇", "白沙洲"]


def page(i: int) -> str:
    title, body = POSTS[i]
    prev = POSTS[i - 1][0]
    return (
        "\n".join(
            [
                "芦苇小记 | 首页 | 归档 | 关于",
                title,
                *body,
                f"△ {YEARS[i]}，写于{TOWNS[i]}",
                f"上一篇：{prev}",
                "本站文字未经许可请勿转载",
                f"阅读 {37 * i + 11} 次",
            ]
        )
        + "\n"
    )


def run_all() -> list[tuple[str, Editor]]:
    texts = [page(i) for i in range(len(POSTS))]
    raws = [RawInput(f"blog.jsonl:{i + 1}", b"", text=t, site=SITE) for i, t in enumerate(texts)]
    stage = BoilerplateStage([], profiles=build_profiles(raws), config=CFG)
    out = []
    for i, text in enumerate(texts):
        ed = Editor(f"p{i}", text)
        stage(ed, site=SITE)
        out.append((text, ed))
    return out


def test_spelled_out_closes_stay_and_are_flagged() -> None:
    for i, (text, ed) in enumerate(run_all()):
        close = f"△ {YEARS[i]}，写于{TOWNS[i]}"
        assert close in ed.text.splitlines(), (i, ed.text)
        if TOWNS[i] == "青石镇":  # the learned shape's hit: flagged, not silent
            flags = [c for c in ed.changes if c.rule == SITE_REPEAT_DATA]
            assert any(text[c.start : c.end].strip() == close for c in flags)


def test_template_lines_still_go() -> None:
    for i, (text, ed) in enumerate(run_all()):
        lines = ed.text.splitlines()
        assert f"阅读 {37 * i + 11} 次" not in lines  # a count in Arabic digits: the template's
        assert "芦苇小记 | 首页 | 归档 | 关于" not in lines
        assert POSTS[i][0] in lines and all(b in lines for b in POSTS[i][1])
        # the cue-word link over another post's title is never taken as written data
        flagged = {text[c.start : c.end] for c in ed.changes if c.rule == SITE_REPEAT_DATA}
        assert not any("上一篇" in f for f in flagged)
        assert any(c.rule.startswith(SITE_REPEAT) for c in ed.changes)


def test_arabic_close_is_not_taken_for_written() -> None:
    """The look-alike: the same close with its year in Arabic digits is a template's
    figure to ``written_figures`` (whatever other keeps decide, it is not flagged as
    written)."""
    from cleaner.stages.site_counts import shape_of
    from cleaner.stages.site_judge import LearnedLine
    from cleaner.stages.written_figures import written_figures

    line = "△ 2018年，写于青石镇"
    hit = LearnedLine(shape_of(line, ""), "shape", "line", 4, 80.0, (line, "△ 2017年，写于青石镇"))
    assert not written_figures(line, hit)
    han = "△ 二〇一八年，写于青石镇"
    hit = LearnedLine(
        shape_of(han, ""), "shape", "line", 4, 80.0, (han, "△ 二〇一七年，写于青石镇")
    )
    assert written_figures(han, hit)
