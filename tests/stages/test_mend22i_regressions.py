"""Regressions of mend22d/mend22g mended (review22h), each failure's general class as
small invented cases with a look-alike:

* N1 a site's learned row between a notice's text and its sign-off that is no contact row
  (a place, an office's hours, a scan prompt): the row may go, but the sign-off (a signer
  over the page's own date) and the standing sentence above the row stay
  (:func:`cleaner.stages.signed_text.tail_sign_off`, the walk skips a rejected row);
* N2 a notice whose title holds a names list's 、, a leading kind (``公告：…``) or a kind
  of the board's beyond the letter-spaced kinds (简章, 名单), or a contact row in
  traditional script: its standing rows stay (:func:`cleaner.stages.standing_keep.notice_page`);
* N3 a pictograph-led row at the page head (weather, a counter, a breadcrumb) is the site's:
  only a field row below the title is the text's (``line_signals.icon_field``);
* N4 a compilation of short-titled pieces, or pieces whose row holds a label opening with
  a tool's word (收藏单位, 分享人): each piece's dated row stays its own
  (:func:`cleaner.stages.piece_rows.piece_row`);
* N6 a serial bulletin's issue number in brackets under its title is its doc number.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.model import RawInput
from cleaner.pipeline import Pipeline, PipelineConfig
from cleaner.stages.bracketed_numbers import doc_title
from cleaner.stages.line_signals import icon_field
from cleaner.stages.piece_rows import piece_row, row_labels
from cleaner.stages.standing_keep import notice_page
from tests.stages.stage_runs import boil, site_stage

PROSE = [
    "这次活动由街道牵头，各社区分头组织，前后持续了一个多星期，参与的人数比往年多。",
    "工作人员逐户上门登记，把需要帮助的家庭情况一一记录下来，方便后续跟进处理。",
    "现场还设置了咨询台，解答居民关心的问题，发放了各类宣传资料一千余份。",
    "下一步将继续完善相关制度，把好的做法固定下来，形成长效的工作机制。",
    "各村结合自身实际制定了具体方案，明确了责任人和完成时限，确保按期推进。",
    "活动期间共收集意见建议三十多条，已全部分类整理并转交有关部门办理。",
]
OBJECTION = "对上述内容如有不同意见，请在公告期内以书面形式向我单位反映。"


def _notice(i: int, title: str, rows: list[str], lead: list[str] | None = None) -> list[str]:
    return [
        "首页 | 信息公开 | 办事服务",
        title.format(n=i + 1),
        PROSE[i],
        PROSE[(i + 1) % 6],
        *(lead if lead is not None else [OBJECTION]),
        *[r.format(n=i + 1) for r in rows],
        "某某县某某管理所",
        f"2031年5月{i + 3}日",
        "",
        "主办单位：某某县人民政府　地址：某某路1号",
    ]


def _boiled(title: str, rows: list[str], lead: list[str] | None = None) -> tuple[str, list[str]]:
    pages = [_notice(i, title, rows, lead) for i in range(6)]
    return boil(pages[2], site_stage(pages), site="s"), pages[2]


@pytest.mark.parametrize(
    "rows",
    [
        ["报名地点：某某文化站三楼活动室"],
        ["办公时间：周一至周五上午"],
        ["扫码登记：请用手机扫描下方图标"],
        ["温馨提示：请合理安排出行"],
    ],
)
def test_a_learned_row_above_a_notices_sign_off_leaves_the_sign_off(rows: list[str]) -> None:
    out, _ = _boiled("关于某某片区第{n}次停水安排的通知", rows)
    assert PROSE[2] in out
    assert OBJECTION in out  # the standing sentence above the row
    assert "某某县某某管理所" in out and "2031年5月5日" in out  # the sign-off
    assert "主办单位" not in out  # the footer still goes


def test_a_learned_row_above_an_articles_sign_off_still_leaves_the_date() -> None:
    # the look-alike: a follow prompt above an article's sign-off goes; the page's own
    # signature (its date varies) is no footer
    prompt = ["关注本站公众号，获取更多本地资讯。"]
    out, _ = _boiled("某镇第{n}期老桥修缮完工", prompt, lead=[])
    assert prompt[0] not in out
    assert "2031年5月5日" in out


@pytest.mark.parametrize(
    ("title", "rows"),
    [
        ("关于王某{n}、赵某任职前的公示", ["咨询时间：工作日上午", "联系人：孙老师"]),
        ("公告：某某片区第{n}次停电安排", ["咨询时间：工作日上午", "联系人：孙老师"]),
        ("某某中心2031年第{n}批招聘简章", ["报名方式：现场报名", "联系人：钱老师"]),
        ("2031年第{n}批拟聘人员名单", ["受理时间：工作日上午"]),
        ("關於某某片區第{n}次停水安排的公告", ["服務專線：02-7654321"]),
    ],
)
def test_a_notices_rows_stay_whatever_its_titles_marks(title: str, rows: list[str]) -> None:
    out, _ = _boiled(title, rows)
    assert OBJECTION in out
    assert all(r.format(n=3) in out for r in rows), out
    assert "某某县某某管理所" in out and "2031年5月5日" in out


def test_notice_page_titles() -> None:
    assert notice_page(["关于甲、乙两村合并的公示", "正文。"], 1)
    assert notice_page(["公示：第二批某某名单", "正文。"], 1)
    assert notice_page(["某某学院招生简章", "正文。"], 1)
    # look-alikes: a story's title, a breadcrumb, a label that names no kind
    assert not notice_page(["某镇老桥修缮完工", "正文。"], 1)
    assert not notice_page(["首页 > 通知公告", "正文。"], 1)
    assert not notice_page(["导读：某镇老桥修缮完工", "正文。"], 1)


BODY = [
    "东湖街道近日组织辖区单位开展消防演练，参加的干部群众有两百余人，现场气氛热烈。",
    "演练结束后，消防员还为大家讲解了灭火器的使用方法，并回答了居民的提问。",
]


def _page(lines: list[str]) -> tuple[str, dict[str, str], str]:
    raw = RawInput("p.txt", ("\n".join(lines) + "\n").encode())
    art = Pipeline(PipelineConfig()).process(raw, 0).articles[0]
    return art.title, {k: str(v) for k, v in dict(art.meta).items() if v}, art.text


@pytest.mark.parametrize(
    "row",
    ["🌥 天气：多云 20-26℃", "📖 阅读：2345", "👁 浏览：8812次", "❤️ 喜欢：96", "📍 位置：首页 资讯"],
)
def test_a_pictograph_row_over_the_headline_is_the_sites(row: str) -> None:
    # the row goes, and the page reads as it does without it (title, meta, text)
    site = ["某某资讯网", "首页 | 资讯 | 民生 | 文旅"]
    head = ["", "东湖街道开展消防演练", "2031-06-08 09:30　来源：某某资讯网", ""]
    foot = ["", "责任编辑：某某", "", "版权所有 某某资讯网"]
    got = _page([*site, row, *head, *BODY, *foot])
    assert row not in got[2]
    assert got == _page([*site, *head, *BODY, *foot])


def test_icon_field_rows() -> None:
    assert icon_field("⏰ 时间：6月8日上午", None)
    assert icon_field("🏠 地点：某某社区活动室", None)
    assert not icon_field("👍 点赞：56", None)
    assert not icon_field("📊 访问量：1.2万", None)
    assert not icon_field("☎️ 联系：010-0000000", None)


def test_a_pictograph_field_row_under_the_title_stays() -> None:
    # the look-alike: an event's rows under its title are the text's
    rows = ["🕙 开放时间：9:00-17:00", "🏠 地点：某某社区活动室"]
    _, _, text = _page(["社区图书角周末开放安排", "", *rows, "", *BODY])
    assert all(r in text for r in rows)


def _compilation(titles: list[str], row: str) -> list[str]:
    out = ["某某选编第1辑"]
    for j, t in enumerate(titles):
        out += [t, row.format(d=10 + j), "山前山后一片青，溪水流过小石亭。"]
    return out


@pytest.mark.parametrize(
    ("titles", "row"),
    [
        (["晚钟", "雁归", "寒梅"], "2031-01-{d}　｜　录入：编辑组"),
        (["第一回", "第二回", "第三回"], "日期：2031年1月{d}日　　校对：某君"),
        (["铜镜", "陶罐"], "入藏　2031-01-{d}　｜　收藏单位　某某馆"),
        (["读后记", "读书札记"], "2031-01-{d}　｜　分享人：某老师"),
        (["雨夜", "江村"], "2031.01.{d}　·　打印机型号：甲型"),
    ],
)
def test_short_titled_pieces_keep_their_rows(titles: list[str], row: str) -> None:
    page = _compilation(titles, row)
    assert row_labels(page[2]) is not None
    assert piece_row(page, 2, 1)


def test_a_handles_row_is_no_pieces() -> None:
    # look-alikes: a Latin handle, a short name among long titles, a tool cell
    row = "2031-01-{d}　｜　录入：编辑组"
    latin = _compilation(["walker_9", "rainy_day"], row)
    assert not piece_row(latin, 2, 1)
    mixed = _compilation(["老周", "东湖街道开展消防演练活动"], row)
    assert not piece_row(mixed, 2, 1)
    assert row_labels("2031-01-10　｜　收藏 微信") is None
    assert row_labels("2031-01-10　　打印本页　　关闭窗口") is None


@pytest.mark.parametrize(
    "title", ["某某街道工作简报", "统计快报", "某某情况专报", "某某学院学报", "某某县政务信息"]
)
def test_a_bulletins_bracketed_issue_is_its_number(title: str) -> None:
    assert doc_title(title)
    _, meta, text = _page([title, "（2031年第12期）", *BODY])
    assert meta.get("doc_number") == "2031年第12期"
    assert "（2031年第12期）" not in text


def test_a_story_titles_bracketed_serial_stays_text() -> None:
    assert not doc_title("今年第7号台风将于明日登陆")
