"""What set yu's pages showed, each as a class with invented pages of its own (yufix):

* a closing row whose value runs on over further labelled cells (``招标人：某局　联系人：
  某工　电话：…``) is a contact row of the text, no metadata card;
* the same sentence closing every piece of a compilation, INSIDE each piece (under its
  text, over its own dated row), is the text's, though the site prints it on every page;
* a print view's running folio with its page word in brackets (``某站·某栏打印　〔第2页〕``)
  is a page break where it cuts a sentence;
* a run of bullet rows that each file a piece by slot cells (``◇ 户主 某*甲 ◇ 2口之家 ◇``)
  stands over the piece's bare title line: that line titles the piece and stays its text;
* pieces whose titles repeat are still pieces when their rows each name their own day;
* a one-line sign-off closed by a bracketed credit (``某居委会　2020年3月1日　（经办：某某）``)
  gives its issuer, its date and the handler as author;
* a page declaring Big5 reads as CP950 whatever its marks, page after page;
* a contact line under the last piece's sign-off row, in the form the pieces above close
  with, is the page's (below its last piece), no piece's own.

Every word is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.config import PipelineConfig
from cleaner.ingest.detect import detect
from cleaner.ingest.readers import read_inputs
from cleaner.pipeline import Pipeline
from cleaner.stages.dated_rows_titles import titles_apart
from cleaner.stages.echoed_closes import echoed_closes
from cleaner.stages.profile_counter import build_profiles
from cleaner.stages.recurring_rows import closes_like_pieces
from cleaner.stages.repair_tables import tables as repair_tables
from cleaner.stages.split_marks import cell_row
from cleaner.stages.split_meta import MetaParser
from cleaner.stages.split_piece_end import credited_sign_off
from cleaner.stages.split_tail import closing_block
from tests.stages.stage_runs import split
from tests.test_repair_context import repaired

PARSER = MetaParser()


def _card(rows: list[str]) -> list[int]:
    body = ["本项目评标工作已经结束，现将结果公示如下。", "公示期为三个工作日。", "四、联系方式"]
    page = body + rows
    got, _ = closing_block(
        page,
        list(range(len(page))),
        PARSER.field_of,
        PARSER.parse_meta_line,
        PARSER.fields,
    )
    return got


# ---- a contact row is no metadata card


@pytest.mark.parametrize(
    "rows",
    [
        [
            "招标人：青禾县水务局　联系人：刘工　电话：0871-5550123",
            "招标代理机构：青禾招标有限公司　联系人：宋工　电话：0871-5550456",
        ],
        [
            "采购人：北岭区人民医院　联系人：赵老师　联系电话：0451-2223344",
            "采购代理机构：北岭咨询有限公司　联系人：钱工　联系电话：0451-2225566",
        ],
        [
            "招标人：东溪镇人民政府 | 联系人：孙工 | 电话：0591-7776655",
            "招标代理：东溪工程咨询公司 | 联系人：李工 | 电话：0591-7778899",
        ],
    ],
)
def test_a_contact_row_running_on_over_cells_is_no_card(rows: list[str]) -> None:
    assert _card(rows) == []


def test_a_card_of_field_rows_stays_a_card() -> None:
    # look-alike: rows whose every label names a field, each value alone
    rows = ["发布单位：青禾县水务局", "发布日期：2021年3月5日"]
    assert _card(rows) == [3, 4]


# ---- the same close inside every piece


def _pieces(close: str, rows: list[str]) -> list[str]:
    page = ["某市地铁　营运公告"]
    for n, row in enumerate(rows):
        page += [
            f"第{n + 1}号线临时调整",
            f"因设备检修，本线第{n + 2}站至第{n + 5}站暂停运营，请改乘公交。",
        ]
        page += [close, row]
    return [*page, "版权所有　某市地铁"]


@pytest.mark.parametrize(
    ("close", "rows"),
    [
        (
            "造成不便，敬请谅解。",
            ["发布单位：调度中心　｜　2021/8/24", "发布单位：公关室　｜　2021/8/20"],
        ),
        (
            "如有疑问请致电客服热线咨询。",
            ["（运营部　2022-03-05）", "（车务部　2022-03-01）", "（运营部　2022-02-27）"],
        ),
        ("感谢您的理解与支持！", ["2023年5月6日　站务科", "2023年5月2日　站务科"]),
    ],
)
def test_a_close_inside_every_piece_is_the_text(close: str, rows: list[str]) -> None:
    page = _pieces(close, rows)
    at = [i for i, s in enumerate(page) if s == close]
    assert echoed_closes(page, dict.fromkeys(at, 0), set(at)) == at


def test_a_prompt_after_each_piece_stays_the_sites() -> None:
    close = "转载请注明出处，谢谢合作。"
    # under each copy the next piece's title, no dated row of its own
    page = ["某站", "甲事标题", "甲事的正文写在这里，内容较长。", close, "乙事标题"]
    page += ["乙事的正文写在这里，内容也长。", close, "版权所有"]
    assert echoed_closes(page, {3: 0, 6: 0}, {3, 6}) == []
    # the same row under every copy (the site's own row, no piece's)
    same = ["某站", "甲事的正文写在这里，内容较长。", close, "某站编辑部　2021-03-05"]
    same += ["乙事的正文写在这里，内容也长。", close, "某站编辑部　2021-03-05"]
    assert echoed_closes(same, {2: 0, 5: 0}, {2, 5}) == []


# ---- a running folio with a bracketed page word


@pytest.mark.parametrize(
    "mark",
    [
        "青禾社区居务公开栏·打印　〔第2页〕",
        "某某街道办事处公示　【第3页】",
        "北岭公示栏打印版  （第2页）",
    ],
)
def test_a_folio_with_a_bracketed_page_word_cut_into_a_sentence_is_crossed(mark: str) -> None:
    assert repair_tables().break_marks.search(mark)
    a = "评议结果：3月2日社区组织民主"
    b = "评议，应到代表9人，实到9人，8人同意。"
    head, tail = "家庭情况：申请人某某，家庭共同生活成员2人。", "拟保障金额：每月900元。"
    text = f"{head}\n{a}\n\n{mark}\n\n{b}\n{tail}\n"
    ed = repaired(text)
    assert a + b in ed.text and "页" not in ed.text


@pytest.mark.parametrize(
    "line",
    ["某站·打印（第3页）", "办理结果公开（第2页）　本页8件", "详见附件第3页。"],
)
def test_lines_with_a_page_word_that_are_no_folio(line: str) -> None:
    assert not repair_tables().break_marks.search(line)


# ---- bullet rows of slot cells over bare titles


@pytest.mark.parametrize(
    ("glyph", "rows"),
    [
        (
            "◇",
            [
                "◇ 户主 何*兰 ◇ 3口之家 ◇ 农村低保 ◇ 新增 ◇",
                "◇ 户主 罗*军 ◇ 1口之家 ◇ 城市低保 ◇ 停发 ◇",
            ],
        ),
        ("■", ["■ 东城区 ｜ 第12号 ｜ 甲类", "■ 西城区 ｜ 第15号 ｜ 乙类"]),
        ("▲", ["▲ 户主 钟*明　2口之家　城市特困", "▲ 户主 韦*芳　4口之家　农村特困"]),
    ],
)
def test_slot_rows_over_bare_titles_title_the_pieces(glyph: str, rows: list[str]) -> None:
    titles = ["关于何某家庭享受救助的公示", "关于罗某家庭停发救助的公示"]
    page: list[str] = []
    for row, title in zip(rows, titles, strict=True):
        page += [row, title, "家庭情况：经入户核查，该户收入低于当地保障标准，符合条件。"]
        page += ["公示期：2021年3月1日至2021年3月7日。", ""]
    arts = split(page)
    assert [a.title for a in arts] == titles
    assert all(a.text.startswith(a.title) for a in arts)


def test_cell_rows_and_title_rows() -> None:
    assert cell_row("户主 某*甲 ◇ 2口之家 ◇ 城市低保 ◇ 调整 ◇", "◇")
    assert not cell_row("甲县关于某事的通知", "◆")  # a bullet's own title
    assert not cell_row("甲乙丙 ◇ 某地发生某事，已处置完毕 ◇ 丁", "◇")  # a clause in a cell
    assert not cell_row("动态 No.8　─　优惠活动　─　2023/3/21", "▎")  # a dated row


# ---- repeated titles, told apart by their days


def test_repeated_titles_with_own_days_are_apart() -> None:
    rows = ["第12期　2022年3月1日", "第13期　2022年3月2日", "第14期　2022年3月3日"]
    assert titles_apart(["明日有小雨", "明日转晴", "明日有小雨"], rows)
    assert titles_apart(
        ["本周价格平稳", "本周价格上涨", "本周价格平稳"],
        ["2021-05-03 周报", "2021-05-10 周报", "2021-05-17 周报"],
    )


def test_repeated_titles_without_days_are_not() -> None:
    assert not titles_apart(["处理意见", "处理意见", "结论"], ["记录一", "记录二", "记录三"])
    rows = ["2022年3月1日", "2022年3月1日", "2022年3月3日"]
    assert not titles_apart(["甲", "乙", "甲"], rows)  # one day twice


# ---- a one-line sign-off with a bracketed credit


@pytest.mark.parametrize(
    ("row", "want"),
    [
        (
            "青禾社区居民委员会　2021年4月2日　（经办：韦春兰）",
            {"issuer": "青禾社区居民委员会", "published": "2021-04-02", "author": "韦春兰"},
        ),
        (
            "北岭街道办事处　2022年1月9日 (经办：罗志明)",
            {"issuer": "北岭街道办事处", "published": "2022-01-09", "author": "罗志明"},
        ),
        (
            "东溪村民委员会　2020年12月1日　（审核：何建国）",
            {"issuer": "东溪村民委员会", "published": "2020-12-01"},
        ),
    ],
)
def test_a_sign_off_closed_by_a_credit(row: str, want: dict[str, str]) -> None:
    assert credited_sign_off(["公示期：七日。", row], PARSER) == want


def test_a_sentence_with_a_credit_is_no_sign_off() -> None:
    assert credited_sign_off(["正文。", "会议定于2021年4月2日召开　（经办：韦春兰）"], PARSER) == {}


# ---- Big5 declared: one reading for the site's marks


@pytest.mark.parametrize("extra", ["", "碁", "銹"])
def test_a_big5_page_reads_its_marks_as_cp950(extra: str) -> None:
    body = f"相關連結：乘車須知　‧　失物招領　‧　無障礙設施{extra}"
    html = f'<html><head><meta charset="big5"></head><body><p>{body}</p></body></html>'
    got = detect(html.encode("cp950"))
    assert got.encoding == "cp950" and "‧" in got.text


# ---- a contact line under the last piece's sign-off


def test_a_row_closing_like_the_pieces_above() -> None:
    page = ["标题", "甲户情况。", "某社区居委会　2020年3月1日　（经办：某甲）", "乙户情况。"]
    page += ["某社区居委会　2020年3月9日　（经办：某乙）", "监督电话：某站 0774-1234567"]
    assert closes_like_pieces(page, 4, 0, lambda j: False)
    # a single notice's sign-off: no row of its form above
    assert not closes_like_pieces(page[2:], 2, 0, lambda j: False)


def _site(folder: Path, pages: list[list[str]]) -> list[list[tuple[str, str, dict[str, str]]]]:
    for k, page in enumerate(pages):
        (folder / f"p{k}.txt").write_text("\n".join(page) + "\n", "utf-8")
    raws = list(read_inputs([folder]))
    pipe = Pipeline(PipelineConfig(), profiles=build_profiles(raws))
    out = []
    for i, raw in enumerate(raws):
        arts = pipe.process(raw, i).articles
        out.append([(a.title, a.text, dict(a.meta)) for a in arts])
    return out


CLERKS = ["韦春兰", "罗志明", "何建国"]
NAMES = ["何*兰", "罗*军", "钟*明", "韦*芳", "黄*华", "陆*强"]


def _household(n: int, day: int) -> list[str]:
    name = NAMES[n % len(NAMES)]
    return [
        f"◇ 户主 {name} ◇ {n % 4 + 1}口之家 ◇ 城市低保 ◇ 新增 ◇",
        f"关于{name}家庭新增城市最低生活保障的公示",
        f"家庭情况：申请人{name}，家庭共同生活成员{n % 4 + 1}人，本人长期患病，收入微薄。",
        f"核查情况：经入户调查，该户月人均收入{300 + 17 * n}元，家庭财产状况已逐项核实。",
        f"公示期：2021年3月{day}日至2021年3月{day + 6}日。",
        f"青禾街道望江社区居民委员会　2021年3月{day}日　（经办：{CLERKS[n % 3]}）",
        "",
    ]


def test_a_compilations_households_keep_their_sign_off_and_drop_the_pages_hotline(
    tmp_path: Path,
) -> None:
    pages = []
    for p in range(6):
        page = ["青禾社区居务公开网　·　打印版", "首页 > 民生保障 > 低保公示", ""]
        for k in range(2 + p % 2):
            page += _household(p * 3 + k, 1 + 7 * k)
        page += [f"监督电话：青禾街道救助站 0771-55{p}1234　区民政局 0771-66{p}5678"]
        page += ["【打印本页】　【关闭窗口】", "主办：青禾社区居民委员会　技术支持：某某网络"]
        pages.append(page)
    for page, arts in zip(pages, _site(tmp_path, pages), strict=True):
        assert len(arts) == sum(1 for s in page if s.startswith("◇"))
        for title, text, meta in arts:
            assert title.startswith("关于") and "监督电话" not in text
            assert meta.get("issuer") == "青禾街道望江社区居民委员会"
            assert meta.get("author") in CLERKS
