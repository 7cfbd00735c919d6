"""Runs of piece rows that change their words, counted heads, labelled figures, folios
with the page word first (split3).

* A piece's row of one run may change its words from piece to piece (a status tag, a
  date's label): ``〖成交〗…成交日期`` over one piece, ``〖流拍〗…截止日期`` over the next.  The
  site learns the commoner row as a shape; on a page holding a row of the other wording
  too, both are the run's rows (:func:`recurring_rows._form_runs`).
* A labelled cell of figures (``本期水位：24.51 米``) is a row of a piece, no title, and a
  label opening every candidate title names a field (:mod:`split_blocks`).
* Two header blocks are a compilation when the head counts them with any unit of pieces
  (``本月共2宗``, ``两件``: ``rules/compilations.toml`` ``[head_count]``).
* A print view's folio with the page word before the number (``頁2``) in a full-width
  dash's frame, or a sentence cut before its first clause mark (:mod:`folio_cuts`).

Every word is invented.
"""

from __future__ import annotations

from cleaner.stages.folio_cuts import cut_folios
from cleaner.stages.recurring_rows import recurring_rows
from cleaner.stages.site_judge import LearnedLine
from cleaner.stages.split_blocks import figure_cell
from tests.stages.stage_runs import boil, site_stage, split

BODY = [
    "本期各站点水位平稳，沿河各单位继续做好巡查工作，发现险情及时上报。",
    "下一期简报将在三天后发布，请各单位按时报送本辖区的观测数据。",
]


def _titles(lines: list[str]) -> list[str]:
    return [a.title for a in split(lines)]


# -- a labelled cell of figures is no title --------------------------------------------


def _bulletin(rows: list[tuple[str, str, str]]) -> list[str]:
    page = ["某河水情简报（最近3期）"]
    for row, title, cell in rows:
        page += [row, title, cell, *BODY]
    return page


def test_a_labelled_figure_row_under_the_title_is_no_title() -> None:
    page = _bulletin(
        [
            (
                "【2023012期】　发布日期：2023年3月1日",
                "沙河第2023012期水情简报",
                "本期水位：24.51 米",
            ),
            (
                "【2023011期】　发布日期：2023年2月26日",
                "沙河第2023011期水情简报",
                "本期水位：23.98 米",
            ),
            (
                "【2023010期】　发布日期：2023年2月23日",
                "沙河第2023010期水情简报",
                "本期水位：24.02 米",
            ),
        ]
    )
    assert _titles(page) == [
        "沙河第2023012期水情简报",
        "沙河第2023011期水情简报",
        "沙河第2023010期水情简报",
    ]


def test_another_site_its_count_row_under_the_title() -> None:
    body = [
        "入围名单已经专家评审和现场核查，现予公布，公布期内接受社会监督。",
        "对名单有异议的，请在公布期内以书面形式向评审办公室反映情况。",
    ]
    page = ["某县示范社名单（近三批）"]
    for n, day, count in (
        ("17", "2022-05-03", "38"),
        ("18", "2022-08-11", "41"),
        ("19", "2022-11-20", "29"),
    ):
        page += [
            f"▍No.{n}　公布：{day}",
            f"某县第{n}批农民合作社示范社名单",
            f"入围数量：{count} 家",
            *body,
        ]
    assert _titles(page) == [f"某县第{n}批农民合作社示范社名单" for n in ("17", "18", "19")]


def test_a_label_on_every_candidate_title_names_a_field() -> None:
    # rows of two lines (row, title) over a field row '位置：…' whose values differ: the
    # title is the bare line, never the field
    page = ["某区地块出让结果（本月共3宗）"]
    for n, place, kind in (
        ("07", "东区某路以北", "挂牌"),
        ("12", "西区某街以南", "拍卖"),
        ("19", "北区某河以东", "挂牌"),
    ):
        page += [
            f"〖成交〗编号 Q2021-0{n}　　成交日期：2021-08-{n}",
            f"{place}{n}号地块使用权{kind}出让结果公示",
            f"位置：{place}、某巷以西",
            f"面积：{n}00.5平方米",
            "该宗地已按规定程序公开出让，由竞得人以最高报价竞得，现将结果予以公示。",
            "公示期为十个工作日，对公示内容有异议的，请在公示期内书面反映。",
        ]
    titles = _titles(page)
    assert len(titles) == 3
    assert all(t.endswith("出让结果公示") for t in titles), titles


def test_figure_cell_look_alikes() -> None:
    assert figure_cell("出让面积：21200.5平方米")
    assert figure_cell("Score: 3-1")
    # a title after a colon says something in words
    assert not figure_cell("专访某某：我的十年")
    assert not figure_cell("某县：2023年工作回顾")
    assert not figure_cell("2023年：全年完成120项")  # no label
    assert not figure_cell("本期水位：平稳")


# -- a status word that changes breaks no run ------------------------------------------


def test_a_failed_piece_row_of_another_wording_keeps_the_run() -> None:
    page = ["某区地块出让结果（本月共3宗）"]
    rows = (
        (
            "〖成交〗编号 Q2021-074　　成交日期：2021-08-07",
            "东区某路以北74号地块使用权拍卖出让结果公示",
        ),
        (
            "〖成交〗编号 Q2021-089　　成交日期：2021-08-09",
            "西区某街以南89号地块使用权挂牌出让结果公示",
        ),
        (
            "〖流拍〗编号 Q2021-096　　截止日期：2021-08-27",
            "北区某河以东96号地块使用权挂牌出让结果公示",
        ),
    )
    for row, title in rows:
        page += [row, title, "位置：某区某路以北", "面积：2120.5平方米", *BODY]
    assert _titles(page) == [t for _, t in rows]


def test_two_pieces_counted_by_the_head_with_a_unit_of_pieces() -> None:
    def page(head: str) -> list[str]:
        out = [head]
        for row, title in (
            (
                "〖成交〗编号 Q2019-029　　成交日期：2019-12-09",
                "东区某路以南29号地块使用权出让结果公示",
            ),
            (
                "〖流拍〗编号 Q2019-067　　截止日期：2019-12-13",
                "西区某街以西67号地块使用权出让结果公示",
            ),
        ):
            out += [row, title, "位置：某区某路以南", *BODY]
        return out

    assert len(split(page("2019年12月出让结果汇总（本月共2宗）"))) == 2
    assert len(split(page("某区出让结果：这两件事请周知"))) == 2
    # a count of something else, or no count, proves nothing: the page stays whole
    assert len(split(page("2019年12月出让结果汇总（本月共3宗）"))) == 1
    assert len(split(page("2019年12月出让结果汇总"))) == 1


# -- the site's learned row, its sibling of another wording on the page -----------------


def _auction_site() -> list[list[str]]:
    head = "某市资源局　｜　土地市场"
    foot = ["▲ 返回顶部", "主办：某市资源局　电话：0736-7134731"]
    places = [
        "东区某路以北",
        "西区某街以南",
        "北区某河以东",
        "南区某桥以西",
        "新区某港以北",
        "老城某巷以南",
    ]
    pages = []
    for n in range(6):
        page = [head, f"2021年{n + 1}月出让结果汇总"]
        k = 10 + 7 * n
        page += [
            f"〖成交〗编号 Q2021-0{k}　　成交日期：2021-0{n + 1}-1{n}",
            f"{places[n]}{k}号地块使用权出让结果公示",
            f"面积：{k}00.5平方米",
            *BODY,
        ]
        if n % 2 == 0:  # a failed sale on every other page: its row is rarer
            page += [
                f"〖流拍〗编号 Q2021-0{k + 3}　　截止日期：2021-0{n + 1}-2{n}",
                f"{places[(n + 1) % 6]}{k + 3}号地块使用权出让结果公示",
                f"面积：{k + 3}00.5平方米",
                *BODY,
            ]
        pages.append([*page, *foot])
    return pages


def test_the_learned_row_stays_beside_its_sibling_of_another_wording() -> None:
    pages = _auction_site()
    stage = site_stage(pages)
    for page in pages[::2]:  # the pages with two pieces
        out = boil(page, stage, site="s").splitlines()
        assert page[2] in out, out  # the learned 〖成交〗 row
        assert any(s.startswith("〖流拍〗") for s in out), out
        assert "▲ 返回顶部" not in out


def test_a_row_of_the_form_with_nothing_of_its_own_under_it_is_no_sibling() -> None:
    row = LearnedLine("〖甲〗编号 ⟨N⟩　日期：⟨N⟩", "shape", "line", 6, 75.0, ())
    body = ["该宗地已按规定公开出让，现予公示。", "公示期为十日，有异议的请书面反映。"]
    page = ["〖甲〗编号 A-017　日期：2023-02-13", "东区1号地块出让结果", *body]
    # the sibling at the page's foot, only the site's lines under it
    foot = [*page, "〖乙〗编号 A-046　截止：2023-02-15", "相关链接", "首页"]
    assert recurring_rows(foot, {0: row}, {5, 6}) == set()
    # the same title under both rows: no piece of its own
    same = [*page, "〖乙〗编号 A-046　截止：2023-02-15", "东区1号地块出让结果", *body]
    assert recurring_rows(same, {0: row}, ()) == set()
    # a footer's phone row and a phone row in the text share a form: no piece's title
    # of one form under both, the footer's row is the site's
    phone = LearnedLine("电话：⟨N⟩-⟨N⟩", "shape", "line", 6, 75.0, ())
    text = [
        "咨询电话：0736-1234567",
        "工作日上午九点到下午五点接听。",
        *body,
        "电话：0736-7134731",
        "©某局",
    ]
    assert recurring_rows(text, {5: phone}, {6}) == set()


# -- a folio with the page word before its number ---------------------------------------


def test_folio_in_a_full_width_dash_frame_with_the_page_word_first() -> None:
    page = [
        "开赛后客队发球颇具威胁，一度以八比三领先，但主队很快稳",
        "",
        "－ 某协‧第8轮赛果　頁2 －",
        "",
        "住阵脚，以25比16拿下第一局。",
    ]
    assert cut_folios(page) == [2]
    simplified = [*page[:2], "― 某刊赛况　页 3 ―", *page[3:]]
    assert cut_folios(simplified) == [2]


def test_folio_cutting_a_sentence_before_its_first_clause_mark() -> None:
    # the cut line goes on a field row glued above it (f1res3's guard: a heading over a
    # worded folio stands alone or under a full stop, and is never glued on)
    page = [
        "竞得人：某某置业有限公司",
        "该宗地于2021年2月17日在某市公共资源交易中心以拍卖方式",
        "",
        "— 某市资源 · 出让结果公示 · 第2页 —",
        "",
        "公开出让，经过38轮竞价，现将出让结果予以公示。",
    ]
    assert cut_folios(page) == [3]


def test_folio_look_alikes_stay() -> None:
    folio = "— 某市资源 · 出让结果公示 · 第2页 —"
    # a title over the folio, a field row under it: no sentence was cut
    titled = ["东区1号地块国有建设用地使用权拍卖出让结果公示", "", folio, "", "位置：东区某路以北"]
    assert cut_folios(titled) == []
    # a heading, then an article of a statute under the folio
    statute = ["第一章　总则", "", folio, "", "第一条　为了规范管理，制定本办法。"]
    assert cut_folios(statute) == []
    # a word ending in the page word is no folio ('首页 2')
    menu = ["正文的前半段，说到这里还没", "", "首页 2", "", "有说完的话。"]
    assert cut_folios(menu) == []
