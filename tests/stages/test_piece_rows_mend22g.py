"""A site-learned row whose only changing value is a day, under a line that is no sentence
(review22f N1-N3, ``piece_rows.piece_row``): kept as the page's data only when it is a
piece's dated row of labelled fields under a title, one per piece of the page.

1. An info bar of page tools under a headline with a subtitle, a kicker or a column
   heading above it (``2022.08.14　丨　打印本页　丨　关闭窗口``): the site's, deleted.
2. A forum post's stamp under the poster's handle (``发布于 2022/06/03　丨　只看他``): the
   site's; the thread stays one document with its title.
3. A comment's stamp under the commenter's name (``2022-06-03　　来自手机端``): the site's.

Look-alikes: a compilation's dated row of labelled fields under each piece's title stays
the piece's (its day the piece's publish date).  Every word is invented.
"""

from __future__ import annotations

from pathlib import Path

from cleaner.config import PipelineConfig
from cleaner.ingest.readers import read_inputs
from cleaner.pipeline import Pipeline
from cleaner.stages.piece_rows import piece_row, row_labels, title_shaped
from cleaner.stages.profile_counter import build_profiles
from cleaner.stages.repeat_slots import reply_stamp

SENT = [
    "东坡社区本周为独居老人上门检修燃气灶具，共排查隐患{n}处，当场整改完毕。",
    "北湾街道联合物业公司清理楼道杂物，涉及居民楼{n}栋，通道全部恢复畅通。",
    "南岭镇组织夜间巡查小组，走访沿街商铺{n}家，发放防火提示卡若干。",
    "西溪村召开院坝会，{n}户村民代表对水渠改造方案提出了具体意见。",
    "河口片区启用新的垃圾分类亭，首周回收可利用物品约{n}公斤。",
    "城北学校开展应急疏散演练，{n}名师生在三分钟内全部撤离到操场。",
]
HEADS = [
    "东坡社区开展冬季燃气安全入户检查",
    "北湾街道集中整治楼道堆物问题",
    "南岭镇加强沿街商铺夜间消防巡查",
    "西溪村民主议定水渠改造方案",
    "河口片区垃圾分类新设施投入使用",
    "城北学校组织全员应急疏散演练",
]
SUBS = [
    "——一线走访手记",
    "——社区干部讲述",
    "——来自基层的观察",
    "——记者蹲点见闻",
    "——街巷里的变化",
    "——校园安全侧记",
]
HANDLES = ["山风", "小鹿乱撞", "橘子汽水", "老周", "夜行人", "walker_77"]


def _body(n: int) -> list[str]:
    return [SENT[(n + j) % 6].format(n=n * 3 + j + 2) for j in range(3)]


def _run(tmp_path: Path, pages: dict[str, str]) -> dict[str, list[tuple[str, dict[str, str], str]]]:
    for name, text in pages.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    raws = sorted(read_inputs([tmp_path]), key=lambda r: r.source)
    pipe = Pipeline(PipelineConfig(), profiles=build_profiles(raws))
    out = {}
    for i, raw in enumerate(raws):
        res = pipe.process(raw, i)
        out[Path(raw.source).stem] = [(a.title, dict(a.meta), a.text) for a in res.articles]
    return out


# -- 1. a bar of page tools under a headline with lines above it -------------------------------

BARS = {  # invented wordings: a bar, a gap, brackets, traditional, English
    "bar": "{y}.{m:02d}.{d:02d}　丨　打印本页　丨　关闭窗口",
    "bracket": "日期 {y}-{m:02d}-{d:02d}　　【收藏】【打印】",
    "trad": "{y}年{m}月{d}日　　列印本頁　　關閉視窗",
    "en": "{d:02d}/{m:02d}/{y}  |  Print this page  |  E-mail",
    "font": "【{y}-{m:02d}-{d:02d}】　【字号 大 中 小】",
}
ABOVE = {  # what stands over the headline
    "sub": lambda n: [],
    "kicker": lambda n: ["一线观察"],
    "column": lambda n: ["通知公告" if n % 2 else "工作动态", ""],
}


def _news(n: int, bar: str, above: str) -> str:
    lines = ["某县融媒门户", "首页　｜　要闻　｜　乡镇　｜　服务", ""]
    lines += [*ABOVE[above](n), HEADS[n]]
    if above == "sub":
        lines.append(SUBS[n])
    lines += [bar.format(y=2022, m=2 + n, d=4 + 3 * n), ""]
    lines += [*_body(n), "", "主办：某县融媒体中心　　联系电话：0000-7654321"]
    return "\n".join(lines) + "\n"


def test_a_bar_of_page_tools_under_a_headline_stays_the_sites(tmp_path: Path) -> None:
    for form, bar in BARS.items():
        for above in ABOVE:
            sub = tmp_path / f"{form}_{above}"
            sub.mkdir()
            out = _run(sub, {f"p{n}": _news(n, bar, above) for n in range(5)})
            for n in range(5):
                arts = out[f"p{n}"]
                day = bar.format(y=2022, m=2 + n, d=4 + 3 * n)
                assert len(arts) == 1, (form, above, n)
                assert day not in arts[0][2], (form, above, n, arts[0][2])
                assert _body(n)[0] in arts[0][2]


# -- 2. a forum post's stamp under the poster's handle ---------------------------------------

STAMPS = {
    "posted": "发布于 {y}/{m:02d}/{d:02d}　丨　只看他",
    "tools": "{y}-{m:02d}-{d:02d}　　引用　　举报",
    "floor": "楼主　{y}年{m}月{d}日　｜　倒序看帖",
}
THREADS = [
    "周末去哪里爬山比较合适",
    "老房子翻新要注意哪些问题",
    "孩子上学接送有什么好办法",
    "小区停车难大家怎么解决",
    "推荐几家实惠的家常菜馆",
    "新手养猫需要准备什么",
]


def _thread(n: int, stamp: str) -> str:
    lines = ["某城生活论坛", "首页　｜　社区　｜　活动", "", THREADS[n], ""]
    for j in range(3):
        day = dict(y=2022, m=1 + (n + j) % 9, d=2 + 2 * j + n)
        lines += [HANDLES[(n + j) % 6], stamp.format(**day), SENT[(n + j) % 6].format(n=j + n), ""]
    lines += ["论坛守则　｜　联系管理员"]
    return "\n".join(lines) + "\n"


def test_a_post_stamp_under_a_handle_splits_no_thread(tmp_path: Path) -> None:
    for form, stamp in STAMPS.items():
        sub = tmp_path / form
        sub.mkdir()
        out = _run(sub, {f"t{n}": _thread(n, stamp) for n in range(6)})
        for n in range(6):
            arts = out[f"t{n}"]
            assert len(arts) == 1, (form, n, [a[0] for a in arts])  # one thread, one document
            text = arts[0][2]
            assert THREADS[n] in arts[0][0] or THREADS[n] in text, (form, n)
            for j in range(3):
                assert SENT[(n + j) % 6].format(n=j + n) in text


# -- 3. a comment's stamp under the commenter's name -----------------------------------------

COMMENTS = {
    "phone": "{y}-{m:02d}-{d:02d}　　来自手机端",
    "client": "{y}/{m:02d}/{d:02d}　｜　来自 iPhone 客户端",
    "sent": "{y}年{m}月{d}日　　发自安卓版",
}


def _commented(n: int, stamp: str) -> str:
    lines = ["某区融媒体中心", "", HEADS[n], "", *_body(n), "", "网友评论", ""]
    for j in range(2):
        day = dict(y=2022, m=1 + (n + j) % 9, d=3 + 2 * j + n)
        lines += [
            HANDLES[(n + j + 2) % 6],
            stamp.format(**day),
            f"说得好，第{j + 1}条意见我赞同。",
            "",
        ]
    lines += ["版权所有　某区融媒体中心"]
    return "\n".join(lines) + "\n"


def test_a_comment_stamp_under_a_name_is_the_sites(tmp_path: Path) -> None:
    for form, stamp in COMMENTS.items():
        sub = tmp_path / form
        sub.mkdir()
        out = _run(sub, {f"c{n}": _commented(n, stamp) for n in range(6)})
        for n in range(6):
            arts = out[f"c{n}"]
            assert len(arts) == 1, (form, n)
            day = dict(y=2022, m=1 + n % 9, d=3 + n)
            assert stamp.format(**day) not in arts[0][2], (form, n, arts[0][2])
            assert _body(n)[0] in arts[0][2]


# -- look-alikes and the recognisers ---------------------------------------------------------


def test_a_compilations_dated_row_of_fields_stays_each_pieces(tmp_path: Path) -> None:
    row = "受理　{y}-{m:02d}-{d:02d}　｜　承办　{u}"
    units = ["城建科", "民政科"]

    def page(n: int) -> str:
        lines = ["某区信访公开栏", "首页　｜　办理结果", "", f"来信办理情况（第{n + 2}期）", ""]
        for j in range(2 + n % 2):
            day = dict(y=2021, m=1 + (n + j) % 9, d=3 + 2 * j + n, u=units[(n + j) % 2])
            lines += [HEADS[(n + j) % 6], row.format(**day), *_body(n + j)[:2], ""]
        lines += ["主办：某区信访局　　电话：0000-1112222"]
        return "\n".join(lines) + "\n"

    out = _run(tmp_path, {f"p{n}": page(n) for n in range(6)})
    for n in range(6):
        arts = out[f"p{n}"]
        assert len(arts) == 2 + n % 2, (n, [a[0] for a in arts])
        for j, (title, meta, _) in enumerate(arts):
            assert title == HEADS[(n + j) % 6]
            # the piece's own day, read from its row (which field it fills is the split's)
            day = f"2021-{1 + (n + j) % 9:02d}-{3 + 2 * j + n:02d}"
            assert day in meta.values(), (n, j, meta)


def test_row_labels_title_shaped_and_piece_row() -> None:
    assert row_labels("受理　2021-03-05　｜　承办　城建科") == ("受理⟨D⟩", "承办")
    assert row_labels("2021.03.05 · 经办单位：某所") == ("⟨D⟩", "经办单位")
    for bar in BARS.values():
        assert row_labels(bar.format(y=2022, m=3, d=5)) is None, bar
    for stamp in [*STAMPS.values(), *COMMENTS.values()]:
        assert row_labels(stamp.format(y=2022, m=3, d=5)) is None, stamp
    assert not any(title_shaped(h) for h in HANDLES)
    assert all(title_shaped(t) for t in THREADS)
    page = ["站名", HEADS[0], "受理　2021-03-05　｜　承办　城建科", "正文。"]
    assert not piece_row(page, 2, 1)  # one piece only: no row of the same labels
    page += [HEADS[1], "受理　2021-04-07　｜　承办　民政科", "正文。"]
    assert piece_row(page, 2, 1)
    assert not piece_row(["站名", "老周", *page[2:]], 2, 1)  # a handle above


def test_reply_stamp_knows_a_thread_posts_tools() -> None:
    assert reply_stamp("发表于 ⟨N⟩-⟨N⟩-⟨N⟩　｜　只看楼主")
    assert reply_stamp("⟨N⟩/⟨N⟩/⟨N⟩　来自客户端")
    assert not reply_stamp("发表于 ⟨N⟩-⟨N⟩-⟨N⟩")  # a post's own date row: its metadata
    assert not reply_stamp("只看该作者的建议共有⟨N⟩条意见")
