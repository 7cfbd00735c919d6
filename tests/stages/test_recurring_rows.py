"""Rows recurring down one page with that page's own figures, and the last piece's rows
under the body's last sentence, kept from the site's memory (recurring_rows, issue 12).

Invented sites: a reservoir's daily bulletins, an air station's flashes and a grain
depot's price notes, each page a compilation whose pieces open with a row of their own
figures and a title of the series' wording with its own figure; a podcast's and a book
club's lists whose last piece closes under the body's last sentence.  Look-alikes that
stay the site's: a share row and an info row under every piece varying only in a day or
a counter, a running head with its page number, a bar repeated word for word, and the
foot under the last piece."""

from __future__ import annotations

import random

import pytest

from cleaner.config import PipelineConfig
from cleaner.edits import Editor
from cleaner.ingest.readers import read_inputs
from cleaner.pipeline import Pipeline
from cleaner.stages.profile_counter import build_profiles
from cleaner.stages.recurring_rows import echoed_piece_row, own_figures, recurring_rows
from cleaner.stages.site_judge import LearnedLine
from tests.stages.stage_runs import site_stage

SHAPE = LearnedLine("⟨N⟩", "shape", "line", 6, 75.0, ())

PROSE = [
    "受冷空气南下影响，过去一日库区普降小到中雨，入库流量明显增加。",
    "本站按调度指令加大下泄，库区沿岸群众请注意防范，切勿在库区游泳。",
    "预计未来一日来水仍将持续，本站将加密测报并及时发布最新水情。",
]
AIR = [
    "受静稳天气影响，城区污染物扩散条件一般，午后略有改善。",
    "建议儿童、老人和呼吸道疾病患者减少长时间户外活动。",
]
GRAIN = [
    "本期新粮上市量增加，收购价格稳中有升，农户售粮积极性较高。",
    "库点将延长收购时间，请售粮农户提前预约，错峰排队。",
]


def _reservoir(rng: random.Random, n: int, *, share: bool = False, info: bool = False) -> list[str]:
    """A reservoir's page of ``n`` bulletins (a masthead, the pieces, a foot)."""
    out = ["青崖水库管理处　｜　水情公报（打印版）", "位置：首页 ＞ 水情公报", ""]
    for k in range(n):
        level = round(rng.uniform(150, 160), 2)
        over = round(rng.uniform(0.1, 2.5), 2)
        day = f"2022.07.{k + 3:02d}"
        out.append(f"▍{day} 08:00 ┃ 青崖站 ┃ 库水位 {level} m ┃ 超汛限 {over} m")
        out.append(f"库水位继续上涨，青崖站超汛限{over}米")
        out += PROSE
        if share:
            out.append(f"分享到：微信　微博　QQ空间　2022-07-{k + 3:02d}")
        if info:
            out.append(f"发布时间：2022-07-{k + 3:02d} 09:30　浏览：{rng.randint(20, 900)}次")
        out.append("⇩ 下载本期数据　｜　查看过程线")
        out.append("")
    out += ["主办：青崖水库管理处　值班电话：0736-5550000", "打印　┆　关闭窗口"]
    return out


def _air(rng: random.Random, n: int) -> list[str]:
    out = ["晴川市环境监测站　·　空气质量快报", ""]
    for k in range(n):
        aqi = rng.randint(40, 160)
        pm = rng.randint(20, 110)
        out.append(f"◆ 2021-11-{k + 10:02d} ｜ 东城点位 ｜ AQI {aqi} ｜ PM2.5 {pm} 微克/立方米")
        out.append(f"东城点位空气质量指数{aqi}，首要污染物浓度{pm}微克")
        out += AIR
        out.append("")
    out += ["版权所有：晴川市环境监测站", "技术支持：某某信息公司"]
    return out


def _grain(rng: random.Random, n: int) -> list[str]:
    out = ["南塘粮库　收购动态", ""]
    for k in range(n):
        price = round(rng.uniform(1.2, 1.6), 2)
        out.append(f"● 2020/10/{k + 5:02d} · 粳稻收购价 {price} 元/斤 · 水分 14.5%")
        out.append(f"粳稻收购价小幅上涨至每斤{price}元")
        out += GRAIN
        out.append("")
    out += ["南塘粮库　地址：南塘镇粮站路1号", "联系电话：0571-8880000"]
    return out


def _site(make, seed: int, pages: int = 7, **kw) -> list[list[str]]:  # type: ignore[no-untyped-def]
    rng = random.Random(seed)
    return [make(rng, 2 + k % 3, **kw) for k in range(pages)]


def _boiled(pages: list[list[str]], k: int) -> tuple[str, list[str]]:
    ed = Editor("p", "\n".join(pages[k]) + "\n")
    site_stage(pages)(ed, site="s")
    return ed.text, [c.rule for c in ed.changes]


def test_each_pieces_row_and_title_stay_on_a_learned_site() -> None:
    """The reservoir's opener rows and titles, learned as shapes, stay (flagged)."""
    pages = _site(_reservoir, 1)
    for k, page in enumerate(pages):
        text, rules = _boiled(pages, k)
        rows = [s for s in page if s.startswith("▍")]
        titles = [s for s in page if s.startswith("库水位继续上涨")]
        assert len(rows) >= 2
        for s in rows + titles:
            assert s in text, s
        assert "boilerplate.site_repeat.piece" in rules
        assert "⇩ 下载本期数据　｜　查看过程线" not in text  # the bar: word for word


def test_other_sites_wordings_stay() -> None:
    """Other separators, other labels, other places of the figure: the same reader."""
    for make, mark, seed in ((_air, "◆", 2), (_grain, "●", 3)):
        pages = _site(make, seed)
        for k, page in enumerate(pages):
            text, _ = _boiled(pages, k)
            rows = [s for s in page if s.startswith(mark)]
            titles = [page[page.index(r) + 1] for r in rows]
            for s in rows + titles:
                assert s in text, (make.__name__, s)


def test_rows_varying_only_in_a_day_or_a_counter_still_go() -> None:
    """A share row (its day) and an info row (its day, its counter) under every piece
    are the site's: deleted while the pieces' rows stay."""
    pages = _site(_reservoir, 4, share=True, info=True)
    gone = 0
    for k, page in enumerate(pages):
        text, _ = _boiled(pages, k)
        for s in page:
            if s.startswith(("分享到", "发布时间")):
                assert s not in text, s
                gone += 1
        assert all(s in text for s in page if s.startswith("▍"))
    assert gone > 10


def test_whole_pipeline_splits_the_learned_pages() -> None:
    """Through the whole pipeline on the site's folder: one article a piece, each with
    its own title (the loss was one article a page, the other titles gone)."""
    import tempfile
    from pathlib import Path

    pages = _site(_reservoir, 5)
    with tempfile.TemporaryDirectory() as td:
        for k, page in enumerate(pages):
            Path(td, f"p{k}.txt").write_text("\n".join(page) + "\n", "utf-8")
        raws = list(read_inputs([Path(td)]))
        pipe = Pipeline(PipelineConfig(), profiles=build_profiles(raws))
        for i, raw in enumerate(raws):
            k = int(Path(raw.source).stem[1:])
            want = [s for s in pages[k] if s.startswith("库水位继续上涨")]
            got = [a.title for a in pipe.process(raw, i).articles]
            assert got == want, (raw.source, got)


def test_own_figures_tells_measures_from_days_and_counters() -> None:
    assert own_figures(["某站 水位 24.54 m", "某站 水位 24.98 m"])
    assert own_figures(["某价升至每斤1.36元", "某价升至每斤1.41元"])
    assert not own_figures(["分享到 微信 2023-09-07", "分享到 微信 2023-09-08"])
    assert not own_figures(["更新于 9月7日 08:00", "更新于 9月8日 10:30"])
    assert not own_figures(["阅读 (12)　评论 3", "阅读 (40)　评论 5"])
    votes = ["这篇解答有用吗？　是（12）　否（3）", "这篇解答有用吗？　是（40）　否（1）"]
    assert not own_figures(votes)  # a vote's counts in brackets
    assert not own_figures(["这样答好吗？　好 78　不好 8", "这样答好吗？　好 16　不好 6"])  # bare
    assert not own_figures(["讚 50　｜　留言 6", "讚 87　｜　留言 9"])  # a counter, either script
    assert not own_figures(["[PDF 2.7MB]　[HTML]", "[PDF 2.0MB]　[HTML]"])  # a file's size
    links = [
        "源：https://x.example/201609/t0910_3082.html",
        "源：https://x.example/2016/t0902_2682.html",
    ]
    assert not own_figures(links)  # a link's address
    assert not own_figures(["某刊·打印页　－2－", "某刊·打印页　－3－"])  # a page number
    assert not own_figures(["第 3 页 · 某公报", "第 7 页 · 某公报"])
    assert not own_figures(["某站 水位 24.54 m"])  # one line: no recurrence


def test_glued_rows_and_repeated_texts_are_not_released() -> None:
    body = ["今日来水增加，请沿岸注意防范。", "本站将加密测报。"]
    table = ["甲站　水位 24.5 米", "乙站　水位 28.1 米", "丙站　水位 30.2 米", *body]
    assert recurring_rows(table, {0: SHAPE, 1: SHAPE, 2: SHAPE}, ()) == set()
    same = ["某站 水位 24.5 m", *body, "某站 水位 24.5 m", *body]
    assert recurring_rows(same, {0: SHAPE, 3: SHAPE}, ()) == set()
    spaced = ["某站 水位 24.5 m", *body, "某站 水位 25.1 m", *body]
    assert recurring_rows(spaced, {0: SHAPE, 3: SHAPE}, ()) == {0, 3}
    # the lines between are the site's (claimed): no content between the rows
    assert recurring_rows(spaced, {0: SHAPE, 3: SHAPE}, (1, 2)) == set()


def _podcast(rng: random.Random, n: int) -> list[str]:
    chapters = ["入行的契机", "最难熬的日子", "给年轻人的建议", "被误解的地方", "印象最深的小事"]
    chapters += ["重新选择一次", "不为人知的细节", "第一次出师", "手艺的传承", "未来的打算"]
    guests = ["林鸥", "夏朗", "竺青", "苏禾", "顾远", "白露"]
    out = ["回声台 Podcast　·　一档关于手艺的播客", "首页 / 全部节目 / 关于我们", ""]
    for k in range(n):
        g = rng.choice(guests)
        out.append(
            f"#0{40 + k}　｜　{rng.randint(30, 70)}:{rng.randint(10, 59)}　｜　2023/{k + 1}/2"
        )
        out.append(f"{g}的{rng.choice(['竹编', '木工', '陶艺', '裁缝'])}手艺人生")
        out.append(f"主播：阿棠　　嘉宾：{g}")
        out.append(f"这一期我们请到了{g}，从日常聊起，聊到了{rng.randint(2, 9)}件往事。")
        out.append(f"本期嘉宾：{g}，坚持手艺{rng.randint(5, 30)}年的匠人。")
        out.append("时间线")
        for c in rng.sample(chapters, 3):
            out.append(f"{rng.randint(10, 59)}:{rng.randint(10, 59)}　{c}")
        out.append("本期提到：《" + rng.choice(["竹编笔记", "手艺人", "老街"]) + "》")
        out.append("片头曲：《回声》— 回声台乐队")
        out.append(f"▶ 播放本期　　⬇ 下载音频　　💬 {rng.randint(2, 300)} 条留言")
        out.append("")
    out += ["节目文稿由主创团队整理，转载请注明出处并联系我们获得授权。", "听友最爱"]
    out += ["在殡仪馆做化妆师是种什么体验", "老裁缝的最后一间铺子"]
    out += ["© 2019–2024 回声台 Podcast"]
    return out


def _kitchen(rng: random.Random, n: int) -> list[str]:
    """Another site's wording: a cooking column's recipes, each closing on its list of
    ingredients (a stock of words, each with its own weight) and its cited book."""
    stock = ["面粉", "白糖", "鸡蛋", "牛奶", "黄油", "酵母", "盐", "玉米油", "红豆", "芝麻"]
    out = ["灶边小记　|　家常烘焙专栏", "首页 > 专栏 > 烘焙", ""]
    for k in range(n):
        out.append(f"【第{rng.randint(100, 300)}期】　{rng.randint(20, 90)}分钟　|　难度 {k + 1}")
        out.append(
            f"{rng.choice(['红豆', '芝麻', '奶香'])}{rng.choice(['面包', '馒头', '蛋糕'])}的做法"
        )
        out.append(f"这道点心我在家做了{rng.randint(3, 20)}次，每次都会根据天气调整发酵的时间。")
        out.append(f"揉面时手法要轻，静置{rng.randint(10, 40)}分钟后面团会更加柔软。")
        out.append("用料")
        for w in rng.sample(stock, 3):
            out.append(f"{w}　{rng.randint(5, 300)}克")
        out.append("参考：《" + rng.choice(["家常烘焙", "面点入门", "灶边手记"]) + "》")
        out.append("图文：灶边小记编辑部")
        out.append(f"♥ 收藏　　✎ 评论 {rng.randint(2, 300)}")
        out.append("")
    out += ["本栏目内容由作者原创，转载请注明出处并联系我们获得授权。", "热门食谱"]
    out += ["零失败的戚风蛋糕", "十分钟早餐饼"]
    out += ["© 2018–2024 灶边小记"]
    return out


def test_the_last_pieces_rows_under_the_last_sentence_stay() -> None:
    """The podcast's last episode's chapter rows and its cited works stand under the
    page's last sentence: kept wherever the episodes above keep theirs (the site learned
    some of them as shapes: before, they went in the last episode only); the foot under
    them (its notice, its copyright) still goes."""
    pages = _site(_podcast, 6)
    fired = 0
    for k, page in enumerate(pages):
        text, _ = _boiled(pages, k)
        start = max(i for i, s in enumerate(page) if s.startswith("#0"))

        def row(s: str) -> bool:
            return ("　" in s and ":" in s and not s.startswith("#")) or s.startswith("本期提到")

        if any(row(s) and s in text for s in page[:start]):
            for s in page[start:]:
                if row(s):
                    assert s in text, s
            fired += 1
        assert not any(s.startswith("© 20") and s in text for s in page)
        assert "节目文稿由主创团队整理，转载请注明出处并联系我们获得授权。" not in text
    assert fired >= 3


def test_a_cooking_columns_rows_stay_and_its_foot_goes() -> None:
    """Each recipe's row (its issue, its minutes, its level) stays; the foot goes."""
    pages = _site(_kitchen, 7, pages=8)
    for k, page in enumerate(pages):
        text, _ = _boiled(pages, k)
        last_piece = page[max(i for i, s in enumerate(page) if s.startswith("【第")) :]
        for s in last_piece:
            if s.endswith("克"):
                assert s in text, s
        for s in page:  # each recipe's row of its own figures (recurring_rows)
            if s.startswith("【第"):
                assert s in text, s
        assert "本栏目内容由作者原创，转载请注明出处并联系我们获得授权。" not in text
        assert not any(s.startswith("© 20") and s in text for s in page)


def test_echoed_piece_row_look_alikes() -> None:
    page = ["标题", "第一期嘉宾讲了很多往事。", "12:05　入行的契机", "第二期嘉宾也讲了很多。"]
    page += ["08:48　最难熬的日子", "京ICP备1号", "友情链接", "关于我们"]
    kept = lambda k: False  # noqa: E731
    assert echoed_piece_row(page, 4, 1, 3, kept)
    assert not echoed_piece_row(page, 5, 1, 3, kept)  # no such row above: the foot
    assert not echoed_piece_row(page, 7, 1, 3, kept)  # bare words: any heading's form
    assert not echoed_piece_row(page, 4, 1, 3, lambda k: k == 2)  # deleted above
    assert not echoed_piece_row(page, 2, 1, 3, kept)  # above the last sentence: not here


# ---- a row naming each piece's category and place, its figure a mere count

NOTICE = [
    "家人已在附近张贴告示，也托人在各个路口打听过，至今还没有确切消息传来。",
    "请见到的好心人帮忙留意并与家人联系，也请附近的店主和司机朋友多看一眼。",
]
BOARD_ROWS = {
    "bracket_days": [
        "【急寻猫咪】　青河 · 东岸区　　已走失 7 天",
        "【急寻狗狗】　青河 · 西坡区　　已走失 7 天",
        "【寻找主人】　青河 · 南桥区　　已走失 12 天",
    ],
    "glued_hours": [
        "〔寻猫〕东岸区　走失已 30 小时",
        "〔寻犬〕西坡区　走失已 30 小时",
        "〔招领〕南桥区　走失已 5 小时",
    ],
    "english_count": [
        "[Lost cat] Eastbank · 7 days",
        "[Lost dog] Westhill · 7 days",
        "[Found pet] Southbridge · 12 days",
    ],
}


def _board_page(rows: list[str]) -> list[str]:
    out = ["青河寻宠互助站　寻宠信息"]
    for k, row in enumerate(rows):
        out += [
            row,
            f"寻找{k + 3}月{k + 9}日在公园走失的{'橘白黑'[k]}色宠物",
            f"名字：小{'花黑白'[k]}",
            *NOTICE,
        ]
    return [*out, "青河寻宠互助站　热线：400-000-0000"]


@pytest.mark.parametrize("wording", sorted(BOARD_ROWS))
def test_a_learned_fill_of_a_category_row_stays(wording: str) -> None:
    """One fill of each notice's row (its category and place in words, a count of days
    or hours) learned as the site's shape, its siblings on the page not: the run's words
    change, so the learned one is the page's (the count alone is no measure)."""
    from cleaner.stages.recurring_rows import _form_runs

    rows = BOARD_ROWS[wording]
    page = _board_page(rows)
    first = page.index(rows[0])
    learned = LearnedLine(rows[0], "shape", "line", 5, 60.0, ())
    assert _form_runs(page, {first: learned}, {first}) == {first}


def test_a_dated_row_or_one_wording_is_not_released_by_its_words() -> None:
    """Look-alikes: the site's posting row (a day and a name change) and a row whose
    words never change (only its count) stay the site's."""
    from cleaner.stages.recurring_rows import _form_runs

    dated = ["〔发布〕张三　2023-03-07", "〔发布〕李四　2023-03-09", "〔发布〕王五　2023-03-12"]
    same = [
        "【急寻猫咪】　青河 · 东岸区　　已走失 7 天",
        "【急寻猫咪】　青河 · 东岸区　　已走失 9 天",
        "【急寻猫咪】　青河 · 东岸区　　已走失 12 天",
    ]
    for rows in (dated, same):
        page = _board_page(rows)
        first = page.index(rows[0])
        learned = LearnedLine(rows[0], "shape", "line", 5, 60.0, ())
        assert _form_runs(page, {first: learned}, {first}) == set(), rows
