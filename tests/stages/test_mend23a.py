"""Mends of losses and wrong fields a sweep found at the end of session 22 (each class in
wordings of its own, with a look-alike that must not change):

* a line of a piece's text said twice in a row (a verse, a refrain) under a piece whose
  title is its own header line is no "title scraped twice" (split_draft);
* a row of even cells (names, keywords) cut by a page mark between two whole cells keeps
  its gap when joined (cell_cut);
* a signer row ('馆长　某某') closing a card of the person a text is about (a row of a
  label naming a person and a value, or a value ending in the row's office) names no
  author (signed_desks);
* a grid's head row of short words under a title, over a row of as many cells holding
  figures or Latin letters, is the text's, no paper's byline (split_papers.table_head);
* a menu of short items apart by wide gaps opening with a navigation word, over a lone
  page's title, is a lead navigation: the dated row under the title is read (gap_nav);

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.config import PipelineConfig
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline

R1 = "山那边的雨下了一整夜，河水涨到了石阶的第三级。"
R2 = "风过竹林沙沙响，月照溪桥影自长。"
R3 = "母亲把灯芯挑亮了些，针线在布面上来回穿着。"
R4 = "我们约好明年春天再回来看看这条老街。"
P1 = "调查覆盖了十二所学校，教师普遍反映教研活动形式单一，缺少针对性的专业指导。"


def _run(lines: list[str]) -> list[tuple[str, dict[str, str], str]]:
    raw = RawInput("p.txt", ("\n".join(lines) + "\n").encode())
    res = Pipeline(PipelineConfig()).process(raw, 0)
    return [(a.title, {k: v for k, v in a.meta.items() if v}, a.text) for a in res.articles]


# --- a body line said twice under a piece's own header ---------------------------------------


@pytest.mark.parametrize(
    ("head1", "row1", "head2", "row2"),
    [
        ("石桥", "2022-06-03　｜　作者　某某", "竹林", "2022-06-04　｜　作者　某某"),
        (
            "《石桥》",
            "日期：2022年6月3日　整理：某某",
            "《竹林》",
            "日期：2022年6月4日　整理：某某",
        ),
        ("石橋", "2022-06-03　｜　作者　某某", "竹林", "2022-06-04　｜　作者　某某"),
    ],
)
def test_a_line_said_twice_in_a_piece_stays_twice(
    head1: str, row1: str, head2: str, row2: str
) -> None:
    page = ["乡土散记第二期", "", head1, row1, "", R1, R2, R2, R3, "", head2, row2, "", R3, R3, R4]
    arts = _run(page)
    assert [a[0] for a in arts] == [head1, head2]
    assert arts[0][2].split("\n").count(R2) == 2, arts[0][2]
    assert arts[1][2].split("\n").count(R3) == 2, arts[1][2]


def test_a_refrain_under_a_plain_title_stays_twice() -> None:
    arts = _run(["老街的黄昏", "", R1, R4, R4, R3])
    assert len(arts) == 1 and arts[0][2].split("\n").count(R4) == 2


@pytest.mark.parametrize(
    "page",
    [
        ["老街的黄昏", "老街的黄昏", "", R1, R3, R4],  # the title scraped twice
        ["老街的黄昏", "2022-06-03　来源：某某晚报", "老街的黄昏", "", R1, R3, R4],
    ],
)
def test_a_title_said_twice_is_kept_once(page: list[str]) -> None:
    arts = _run(page)
    assert len(arts) == 1 and arts[0][0] == "老街的黄昏"
    assert arts[0][2].count("老街的黄昏") <= 1


# --- a row of even cells cut by a page mark between two whole cells --------------------------

INTRO = "为总结经验、表彰先进，经各单位推荐、评审组审核，现将结果公布如下。"
OUTRO = "请各单位组织学习，营造比学赶超的良好氛围。"


def _marked(row1: str, mark: str, row2: str) -> str:
    arts = _run(["关于公布年度评选结果的通知", "", INTRO, row1, mark, row2, OUTRO])
    return "\n".join(a[2] for a in arts)


@pytest.mark.parametrize(
    ("row1", "mark", "row2", "joined"),
    [
        # three-letter names, wide gaps
        ("林晓光　　何佩珊　　郑海峰　　宋玉兰", "- 3 -", "韩立伟　　唐秀英", "宋玉兰　　韩立伟"),
        # four-letter phrases set apart by bars
        ("勤学苦练｜精益求精｜团结协作", "— 2 —", "勇于创新｜甘于奉献", "团结协作｜勇于创新"),
        # two-letter keywords, plain spaces
        ("环保   节能   减排   低碳", "第2页", "循环   绿色", "低碳   循环"),
        # traditional script
        ("林曉光　　何佩珊　　鄭海峰", "- 2 -", "韓立偉　　唐秀英　　宋玉蘭", "鄭海峰　　韓立偉"),
    ],
)
def test_even_cells_cut_whole_keep_their_gap(row1: str, mark: str, row2: str, joined: str) -> None:
    text = _marked(row1, mark, row2)
    assert joined in text, text
    assert mark not in text


@pytest.mark.parametrize(
    ("row1", "row2", "joined"),
    [
        ("林晓光｜何佩珊｜郑海峰｜欧阳", "晓明｜宋玉兰", "欧阳晓明"),  # a name cut inside
        ("清蒸鲈鱼　　红烧肉　　时蔬小炒　　酸菜", "鱼　　米饭", "酸菜鱼"),  # uneven cells
    ],
)
def test_a_cell_cut_inside_is_joined_whole(row1: str, row2: str, joined: str) -> None:
    text = _marked(row1, "- 2 -", row2)
    assert joined in text, text


# --- a signer row closing the card of the person the text is about --------------------------

Q = "问：这些年您最难忘的是哪件事？"
A = "答：是第一次把修好的古籍交还给图书馆的那天，心里特别踏实。"


@pytest.mark.parametrize(
    ("card", "row"),
    [
        ("讲述人　某区图书馆原馆长", "馆长　陈某某"),  # a label naming a person
        ("主讲嘉宾　某县文化馆馆长", "馆长　林某"),
        ("采访对象　某厂退休工人", "厂长　郑某某"),
        ("嘉賓　某區圖書館館長", "館長　陳某某"),  # traditional; the value names the office
    ],
)
def test_a_signer_row_under_a_persons_card_names_no_author(card: str, row: str) -> None:
    arts = _run(["修书人的四十年", "", Q, A, "（记者　某某）", card, row])
    assert len(arts) == 1 and "author" not in arts[0][1], arts
    assert row in arts[0][2]


@pytest.mark.parametrize("above", ["谢谢　配合", "此致　敬礼", "特此通知。"])
def test_a_signer_row_under_a_closing_still_names_the_author(above: str) -> None:
    body = "各位住户：下周二上午小区停水检修，请提前储水，给您带来不便敬请谅解。"
    arts = _run(["停水通知", "", body, above, "主任　田某某", "2023年5月6日"])
    assert arts[0][1].get("author") == "田某某", arts


# --- a grid's head row under the title ---------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "row1", "row2"),
    [
        ("科目　　日期　　教室", "语文　　5月8日　　三楼", "数学　　5月9日　　四楼"),
        ("车次　　始发　　到达　　站台", "K12　　7:10　　9:40　　二", "T35　　8:05　　11:20　　三"),
        ("品種　　產地　　價格", "蘋果　　某縣　　6元", "香梨　　某鎮　　5元"),
        ("药名\t规格\t单价", "板蓝根\t10g\t12.5", "金银花\t20g\t18.0"),
    ],
)
def test_a_grids_head_row_is_no_byline(head: str, row1: str, row2: str) -> None:
    arts = _run(["某某中心本周安排一览", "", head, row1, row2, "", "以上安排如有变动另行通知。"])
    assert len(arts) == 1 and "author" not in arts[0][1], arts
    assert head in arts[0][2].split("\n")


@pytest.mark.parametrize(
    "abstract",
    ["摘要：本文讨论乡村学校教研的现状。", "摘　要：本文以12所学校为样本讨论教研现状。"],
)
def test_a_papers_names_over_its_abstract_stay_a_byline(abstract: str) -> None:
    arts = _run(["乡村教研的几个问题", "某甲　某乙", abstract, P1])
    assert arts[0][1].get("author") == "某甲　某乙", arts


# --- a gap-parted menu over a lone page's title ------------------------------------------------

T1 = "馆内举办暑期手工体验课"
D1 = "8月1日上午，三十余名小朋友在馆内体验了拓印和剪纸。"


D2 = "8月1日，馆内举办暑期手工体验课。"  # the text's line naming the title's matter


@pytest.mark.parametrize(
    ("menu", "row", "body"),
    [
        ("网站首页　　本馆概况　　展览资讯　　服务指南", "2022-08-01　　宣教部", D1),
        ("首页  概况  资讯  指南  联系我们", "2022-08-01  宣教部  点击 30", D2),
        ("首页\t本馆概况\t展览资讯\t服务指南", "2022-08-01　　宣教部", D1),
        ("网站首页　　本馆概况　　展览资讯　　服务指南", "2022-08-01　　宣教部　　浏览 30", D2),
    ],
)
def test_a_gap_parted_menu_over_the_title_lets_the_row_be_read(
    menu: str, row: str, body: str
) -> None:
    arts = _run([menu, T1, row, "", body])
    assert len(arts) == 1 and arts[0][0] == T1
    assert arts[0][1].get("published") == "2022-08-01", arts
    assert body in arts[0][2]


def test_a_row_of_names_over_the_title_is_no_menu() -> None:
    from cleaner.stages.gap_nav import gap_menu

    assert not gap_menu("林某某　　陈某某　　郑某某　　宋某某")
    assert not gap_menu("首页　　概况")  # too short for a menu
    assert not gap_menu("首页　　本馆近期举办的各类展览活动一览　　展览资讯　　服务")
