"""Lines the site repeats inside the page's own runs stay (run_siblings, issue 12, ymfix).

Invented sites: a trust company's product notices (the rows of a product several notices
are about, and the numbered head ``2　重要提示`` on every notice, its sibling ``1　…`` its
own), a school board's enrolment notices (bracketed heads, a ``校区位置：…`` row whose
label ends like a breadcrumb's), a chess league's round reports (a closing sentence every
report prints, glued between the report's own text and its best-player row) and a water
company's outage notices (the advice sentence under the last numbered head, every notice
the same).  Look-alikes that still go: a breadcrumb glued over the rows, a reprint
disclaimer between two sentences, a follow prompt over the next piece's title, a numbered
head whose sibling the site repeats too, and rows of facts whose siblings are the site's."""

from __future__ import annotations

import random

from cleaner.edits import Editor
from cleaner.stages.run_siblings import (
    label_run_sibling,
    numbered_sibling,
    sandwiched_sentence,
    section_number,
)
from tests.stages.stage_runs import site_stage

PRODUCTS = [
    ("岑山稳盈1号集合资金信托计划", "TR2019-08"),
    ("岑山安泰3号集合资金信托计划", "TR2020-11"),
]
EVENTS = ["收益分配", "开放申购", "投资经理变更", "临时开放"]


def _trust(rng: random.Random, k: int, *, crumb: bool = False) -> list[str]:
    """A trust company's page: two notices, each of one of two products."""
    out = ["岑山信托　·　信息披露", "首页 | 产品公告 | 关于我们"]
    if crumb:
        out.append("当前位置：首页 > 产品公告")
    for j in range(2):
        name, code = PRODUCTS[(k + j) % 2]
        ev = EVENTS[(k * 2 + j) % 4]
        out.append(f"{name}{ev}公告（第{k * 2 + j + 3}期）")
        out.append("1　基本情况")
        out.append(f"产品名称：{name}")
        out.append(f"产品代码：{code}")
        out.append(f"本期{ev}日：2022年{k + 1}月{rng.randint(10, 28)}日")
        out.append(f"本期分配金额：每份{rng.randint(11, 99)}.{rng.randint(10, 99)}元")
        out.append("2　重要提示")
        out.append(
            f"本次{ev}已经受托人第{rng.randint(3, 40)}次会议审议，"
            f"涉及委托人{rng.randint(50, 900)}户，相关资金将于{rng.randint(2, 9)}个工作日内划付。"
        )
        out.append(f"如对本次{ev}有疑问，可在{rng.randint(3, 9)}个工作日内向受托人书面询问。")
    out += ["客服热线：400-000-0000　岑山信托　版权所有", "地址：岑山市某路1号"]
    return out


def _school(rng: random.Random, k: int) -> list[str]:
    """A school board's enrolment notice: bracketed heads, a campus row every page."""
    grade = ["一年级", "七年级", "高一"][k % 3]
    out = ["岑山区教育局　招生专栏", ""]
    out.append(f"岑山区第{k + 2}批{grade}招生补录公告")
    out.append("（一）招生对象")
    out.append(
        f"本批次面向{grade}适龄学生招收{rng.randint(30, 200)}名，户籍与居住证明须在有效期内。"
    )
    out.append("校区位置：岑山区滨江路以南、学府街以西")
    out.append(f"计划班数：{rng.randint(2, 9)}个班")
    out.append(f"报名时间：2023年{k + 3}月{rng.randint(1, 9)}日至{rng.randint(10, 20)}日")
    out.append("（二）报名方式")
    out.append(f"家长须在报名时间内登录平台填报，逾期{rng.randint(1, 3)}日内可到校现场补报。")
    out.append(f"录取结果将于截止后{rng.randint(3, 9)}个工作日内在本专栏公布，请家长留意。")
    out += ["", "主办：岑山区教育局　备案号：某ICP备0000号"]
    return out


TEAMS = ["东湖棋社", "西岭棋院", "南塘队", "北坡队", "云山队", "青石队"]


def _chess(rng: random.Random, k: int, *, prompt: bool = False, legal: bool = False) -> list[str]:
    """A chess league's round: reports each closing with the league's sentence."""
    out = ["岑山围棋联赛　赛况（打印版）", ""]
    for j in range(2 + k % 2):
        a, b = rng.sample(TEAMS, 2)
        out.append(f"{a}{rng.choice(['力克', '险胜', '击败'])}{b}　第{k + 1}轮第{j + 1}台")
        out.append(f"开局后{a}主将以{rng.randint(3, 9)}目优势进入中盘，{b}在右下角频频反击。")
        out.append(f"收官阶段{b}时间紧张，第{rng.randint(150, 260)}手出现失误，最终{a}胜出。")
        if legal:
            out.append("（本文转载自岑山晚报，版权归原作者所有，如有侵权请联系删除。）")
            out.append(f"本轮赛后{a}积分升至第{rng.randint(1, 6)}位，{b}仍有出线机会。")
        out.append("双方将在下周继续争夺积分榜首位，后续战况值得关注。")
        if prompt:
            out.append("欢迎关注联赛公众号，获取更多赛讯。")
        else:
            who = rng.choice(["林", "周", "白"]) + rng.choice(["一帆", "子墨"])
            out.append(f"本台最佳棋手：{who}（{a}）")
        out.append("")
    out += ["岑山市围棋协会　版权所有", "上一轮　｜　下一轮　｜　积分榜"]
    return out


def _water(rng: random.Random, k: int) -> list[str]:
    """A water company's outage notice: its advice under the last numbered head."""
    out = ["岑山水务集团", "网站首页　停水公告　服务指南"]
    out.append(f"关于岑山区{['东', '西', '南', '北'][k % 4]}片区{k + 3}月管网检修停水的通知")
    out.append("一、停水时间")
    out.append(
        f"2023年{k + 3}月{rng.randint(2, 27)}日8:00至{rng.randint(16, 22)}:00，共计停水约十小时。"
    )
    out.append("二、停水范围")
    road = ["滨江路", "学府街", "青梧大道"][k % 3]
    out.append(f"{road}以东、{rng.randint(2, 9)}号路以北的居民小区及商铺。")
    out.append("三、用水建议")
    out.append("请用户提前做好储水准备，如有疑问可拨打供水服务热线反映，感谢理解。")
    out.append(f"附件：{k + 3}月检修停水范围示意图.pdf")
    out.append("温馨提示：本网站停水信息如有变动，请以现场公告为准。")
    return out


def _site(make, seed: int, pages: int = 7, **kw) -> list[list[str]]:  # type: ignore[no-untyped-def]
    rng = random.Random(seed)
    return [make(rng, k, **kw) for k in range(pages)]


def _boiled(pages: list[list[str]], k: int) -> str:
    ed = Editor("p", "\n".join(pages[k]) + "\n")
    site_stage(pages)(ed, site="s")
    return ed.text


def _lines(text: str) -> set[str]:
    return {s.strip() for s in text.split("\n")}


def test_numbered_head_and_product_rows_stay() -> None:
    """The head ``2　重要提示`` (its sibling ``1　基本情况`` kept) and a product's rows that
    several notices repeat stay; the site's masthead and foot go."""
    pages = _site(_trust, 1)
    for k, page in enumerate(pages):
        got = _lines(_boiled(pages, k))
        assert "2　重要提示" in got
        for s in page:
            if s.startswith(("产品名称：", "产品代码：")):
                assert s in got, (k, s)
        assert "客服热线：400-000-0000　岑山信托　版权所有" not in got


def test_breadcrumb_glued_over_the_rows_still_goes() -> None:
    pages = _site(_trust, 2, crumb=True)
    for k in range(len(pages)):
        got = _lines(_boiled(pages, k))
        assert "当前位置：首页 > 产品公告" not in got
        assert "产品代码：TR2019-08" in got or "产品代码：TR2020-11" in got


def test_bracketed_heads_and_a_place_row_stay() -> None:
    """Another wording: bracketed heads, and a ``校区位置：`` row (a breadcrumb's label
    ending) among the notice's own rows."""
    pages = _site(_school, 3)
    for k in range(len(pages)):
        got = _lines(_boiled(pages, k))
        assert "（二）报名方式" in got
        assert "校区位置：岑山区滨江路以南、学府街以西" in got, k
        assert "主办：岑山区教育局　备案号：某ICP备0000号" not in got


def test_closing_sentence_between_the_reports_own_lines_stays() -> None:
    """The league's sentence (its words hold 积分 and 关注, cue words of chrome elsewhere)
    glued between a report's text and its best-player row stays on every report."""
    pages = _site(_chess, 4)
    kept = 0
    for k, page in enumerate(pages):
        text = _boiled(pages, k)
        want = sum(s.startswith("双方将在下周") for s in page)
        assert text.count("双方将在下周继续争夺积分榜首位，后续战况值得关注。") == want, k
        kept += want
        assert "岑山市围棋协会　版权所有" not in text
    assert kept >= 10


def test_follow_prompt_over_the_next_title_goes() -> None:
    """The same sentence followed by a follow prompt (no row of the report's own below):
    the prompt goes wherever it stands."""
    pages = _site(_chess, 5, prompt=True)
    for k in range(len(pages)):
        text = _boiled(pages, k)
        assert "欢迎关注联赛公众号，获取更多赛讯。" not in text


def test_reprint_disclaimer_between_sentences_goes() -> None:
    """A legal cue (转载, 版权, 侵权) is chrome between two sentences of the text."""
    pages = _site(_chess, 6, legal=True)
    for k in range(len(pages)):
        text = _boiled(pages, k)
        assert "（本文转载自岑山晚报，版权归原作者所有，如有侵权请联系删除。）" not in text


def test_advice_under_the_last_numbered_head_stays() -> None:
    """The advice under ``三、用水建议`` (heads ``一、``/``二、`` kept) is the notice's, though
    every notice prints it and it names a hotline; the site's notice below still goes."""
    pages = _site(_water, 7)
    for k in range(len(pages)):
        got = _lines(_boiled(pages, k))
        assert "三、用水建议" in got
        assert "请用户提前做好储水准备，如有疑问可拨打供水服务热线反映，感谢理解。" in got, k
        assert "温馨提示：本网站停水信息如有变动，请以现场公告为准。" not in got


def test_section_numbers_by_style() -> None:
    assert section_number("3　结论") == ("arabic", 3)
    assert section_number("3. 结论") == ("arabic", 3)
    assert section_number("十一、附则") == ("cjk", 11)
    assert section_number("(2)报名") == ("paren", 2)
    assert section_number("第十条　责任") == ("chapter", 10)
    assert section_number("2023年度报告") is None
    assert section_number("3.14是圆周率") is None
    assert section_number("一、") is None or section_number("一、") == ("cjk", 1)


def test_shapes_refuse_their_look_alikes() -> None:
    own_all = lambda k: k != 1  # noqa: E731
    # a numbered head whose sibling before it the site repeats too: a menu's item
    menu = ["1　关于我们", "2　联系我们", "本会成立于二〇一〇年，是非营利组织。"]
    assert not numbered_sibling(menu, 1, lambda k: k == 2)
    assert numbered_sibling(menu, 1, own_all)
    # a numbered line over a title (no sentence, no row): heads nothing of the text's
    assert not numbered_sibling(["1　甲", "2　乙", "下期预告"], 1, own_all)
    # rows whose siblings are the site's (a footer's contact rows)
    foot = ["正文最后一句。", "地址：某路1号", "电话：0000", "邮编：000000", "尾句。"]
    assert not label_run_sibling(foot, 1, lambda k: k in (0, 4), 0, 4)
    # a row of the run below the body's last sentence: the foot's
    assert not label_run_sibling(foot, 3, own_all, 0, 2)
    # a short line is no sandwiched sentence; nor one under a title-shaped line
    assert not sandwiched_sentence(["甲。", "好。", "乙。"], 1, own_all, 0)
    assert not sandwiched_sentence(
        ["下期预告", "双方将在下周继续争夺榜首位置。", "乙。"], 1, own_all, 0
    )


# lossfix3: two learned numbered heads of one run must not wait on each other


def _insurer(
    rng: random.Random, k: int, *, style: str = "arabic", notes: bool = False
) -> list[str]:
    """An insurer's product notices: every notice the site's two numbered heads, the short
    first one and a longer second one, each over this notice's own rows or sentence."""
    heads = {
        "arabic": ("1　产品概况", "2　其他需要说明的情况"),
        "paren": ("（一）产品资料", "（二）本次调整的具体说明"),
    }[style]
    out = ["岑江人寿　·　公开信息披露", "首页 | 产品公告 | 服务网点"]
    for j in range(2):
        name = ["安康", "福寿", "鑫悦", "如意", "长青"][(k + j) % 5]
        out.append(f"岑江人寿{name}年金保险产品停售公告（{k}-{j}）")
        out.append(heads[0])
        out.append(f"产品名称：岑江人寿{name}年金保险")
        out.append(f"承保机构：岑江人寿{['东城', '西湖', '南山'][(k + j) % 3]}分公司")
        out.append(f"停售原因：{['产品升级换代', '监管口径调整', '费率重新厘定'][(k + j) % 3]}")
        out.append(heads[1])
        out.append(
            f"本产品停售前已生效的{rng.randint(20, 900)}份保单继续有效，"
            f"保险责任不受影响，客户可于{rng.randint(3, 9)}个工作日内咨询所在网点。"
        )
    if notes:  # the site's numbered notes, each over the site's own sentence
        out.append("1　重要声明")
        out.append("本站所载产品信息仅供参考，具体内容以保险合同条款为准。")
        out.append("2　服务说明")
        out.append("如需办理保全业务，请携带有效证件前往就近服务网点办理。")
    out += ["客服电话：95000　岑江人寿保险股份有限公司　版权所有", "地址：岑江市某路8号"]
    return out


def test_two_learned_numbered_heads_of_one_run_stay() -> None:
    """``1　产品概况`` is short (kept as a label) and ``2　其他需要说明的情况`` long: both
    learned, the second one kept because its sibling heads the notice's own rows."""
    pages = _site(_insurer, 11)
    for k in range(len(pages)):
        text = _boiled(pages, k)
        assert text.count("2　其他需要说明的情况") == 2, k
        assert "客服电话：95000　岑江人寿保险股份有限公司　版权所有" not in text


def test_two_learned_bracketed_heads_stay() -> None:
    pages = _site(_insurer, 12, style="paren")
    for k in range(len(pages)):
        text = _boiled(pages, k)
        assert text.count("（二）本次调整的具体说明") == 2, k


def test_a_run_of_the_sites_numbered_notes_is_no_sibling() -> None:
    """The site's numbered notes under the last notice, each head over the site's own
    sentence: ``1　重要声明`` heads none of the page's text, so ``2　服务说明`` finds no
    sibling of the page's (the heads of the notices above are another run's: their
    ``1　产品概况`` is no ``1　`` over the note's block)."""
    page = _insurer(random.Random(13), 0, notes=True)
    notes = page.index("1　重要声明")
    site = {0, 1, notes, notes + 1, notes + 2, notes + 3, len(page) - 2, len(page) - 1}
    own = lambda k: k not in site and not page[k].startswith(("1　", "2　"))  # noqa: E731
    head = page.index("2　其他需要说明的情况")
    assert numbered_sibling(page, head, own)  # a notice's head: its sibling heads rows
    # the second note's sentence read as the page's: still no sibling, for the first
    # note's head is over the site's sentence only
    assert not numbered_sibling(page[notes:], 2, lambda k: k == 3)
    assert numbered_sibling(page[notes:], 2, lambda k: k in (1, 3))  # else it would be


def test_heads_own_reads_the_block_under_the_sibling() -> None:
    page = ["1　产品概况", "产品代码：CJ1", "停售日期：今日", "2　其他需要说明的情况", "正文一句。"]
    # the sibling's first row is the site's, its second the page's: still its text
    assert numbered_sibling(page, 3, lambda k: k in (2, 4))
    # none of the sibling's rows is the page's: the run is the site's
    assert not numbered_sibling(page, 3, lambda k: k == 4)
