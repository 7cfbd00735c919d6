"""Fixes for set zo's county briefing (fixjb).

* A piece reprinted in several issues is the page's text, not the site's chrome: its
  title and its credit row, repeated across the site's pages, stand in a block of the
  page's own sentences among sibling blocks (``piece_blocks``); kept and flagged
  (``boilerplate.site_repeat.piece``).
* The colophon under the page's last rule line (distribution rows ``报：`` / ``送：`` /
  ``抄送：`` and the editor's or print run's row) is the issue's footer (``colophon``);
  the same rows glued under a single document's text, with no rule, stay.
* Every piece of an issue takes the date of the issue's masthead, which the boilerplate
  stage removed (``masthead``), and the unit of its credit row (``（某局供稿）``) as its
  origin.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.config import PipelineConfig
from cleaner.edits import Editor
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.profile_counter import build_profiles
from cleaner.stages.split import SplitStage
from cleaner.stages.split_foot import foot_row
from tests.stages.family_figures import assert_floors
from tests.stages.stage_runs import boil, site_stage

S1 = "该所组织技术人员深入田间地头，逐户登记灌溉设施的损坏情况。"
S2 = "在具体工作中，该所注重与村组协作，发现的问题当场交办、限期处理。"
S3 = "下一步，该所将继续跟踪落实，确保每一处设施在汛前修复到位。"
T2 = "苇塘所说：今年我们提前一个月备齐了抽水设备和应急物资。"

PIECES = {
    "甲": ("枫溪镇水利站完成渠道清淤", "（枫溪镇水利站供稿）"),
    "乙": ("柳岸乡农技站推广节水灌溉", "（柳岸乡农技站供稿）"),
    "丙": ("青石村开展夏季防溺水宣传", "（青石村委会供稿）"),
    "丁": ("桐山街道整治背街小巷环境", "（桐山街道办供稿）"),
    "戊": ("苇塘镇备足防汛应急物资", "（苇塘镇政府供稿）"),
}
ISSUES = [
    ("甲", "乙", "丙"),
    ("丁", "甲", "戊"),
    ("乙", "甲", "丁"),
    ("戊", "丙", "丁"),
    ("丙", "乙", "甲"),
    ("戊", "乙", "丙"),
]
DAYS = [
    "2020年3月5日",
    "2020年4月9日",
    "2020年5月14日",
    "2020年6月2日",
    "2020年7月1日",
    "2020年8月3日",
]
COLOPHON = ["报：区委、区政府领导，区直各部门。", "送：各乡镇、街道。", "抄送：区档案馆。"]
EDITOR_ROW = "责任编辑：某某　　　（共印40份）"


PLACES = ["东岭", "西坪", "南湾", "北坳", "中堡", "上屯", "下洼", "前塘", "后坝"]
WORKS = ["灌溉渠", "抽水站", "小水库", "拦河坝", "排涝沟", "蓄水池", "引水管", "提灌站", "山塘"]
WAYS = ["明察暗访", "逐户走访", "分片包干", "联合巡查", "专班督办", "台账销号"]


def _body(n: int, k: int) -> list[str]:
    """Three sentences of one piece of issue ``n``, each issue's and piece's own."""
    a, b, c = PLACES[(n + 2 * k) % 9], WORKS[(3 * n + k) % 9], WAYS[(n + k) % 6]
    return [
        f"该单位组织技术人员深入{a}一带，采取{c}的方式逐处登记{b}的损坏情况。",
        f"在具体工作中，{a}片区的{b}问题当场交办、限期处理，做到件件有回音。",
        f"下一步，将围绕{b}持续跟踪落实，确保{a}的每一处设施在{c}中修复到位。",
    ]


def _issue(n: int) -> list[str]:
    lines = ["青　溪　简　报", f"第{n + 3}期", f"青溪区人民政府办公室编　　　　{DAYS[n]}"]
    lines += ["━━━━━━━━━━━━", ""]
    for k, key in enumerate(ISSUES[n]):
        title, credit = PIECES[key]
        body = _body(n, k)
        lines += [title, *body, credit, ""]
        if k < len(ISSUES[n]) - 1:
            lines += ["＊　　＊　　＊", ""]
    return [*lines, "━━━━━━━━━━━━", *COLOPHON, EDITOR_ROW]


PAGES = [_issue(n) for n in range(len(ISSUES))]


def _flags(stage_page: list[str], pages: list[list[str]]) -> tuple[str, list[str]]:
    ed = Editor("p", "\n".join(stage_page) + "\n")
    site_stage(pages)(ed, site="s")
    return ed.text, [c.rule for c in ed.changes]


def test_a_reprinted_pieces_title_and_credit_stay_flagged() -> None:
    """The piece 甲 stands in four of six issues: its title and credit row repeat on
    67% of the site's pages, yet each stands in a block of the page's own sentences."""
    for page in (PAGES[0], PAGES[1], PAGES[2], PAGES[4]):
        text, rules = _flags(page, PAGES)
        title, credit = PIECES["甲"]
        assert title in text and credit in text
        assert "boilerplate.site_repeat.piece" in rules
        assert "青　溪　简　报" not in text  # the masthead's name is still the site's


def test_a_repeated_notice_block_on_a_page_of_pieces_still_goes() -> None:
    """Look-alike: a notice block the site prints under every issue, a short head over
    sentences the site repeats too, is no piece of the page: chrome, as before."""
    notice = [
        "郑重声明",
        "本网站所登载稿件，如需转载请注明来源，否则将追究法律责任。",
        "本网站刊登的信息仅供参考，不代表本网站的观点和立场，请读者自行甄别。",
    ]
    pages = [[*p[:-5], "", *notice, "", *p[-5:]] for p in PAGES]
    text, rules = _flags(pages[0], pages)
    assert all(line not in text for line in notice)
    assert PIECES["甲"][0] in text
    # each of the three pieces (each printed in four issues): its title and credit row
    assert rules.count("boilerplate.site_repeat.piece") == 6


def test_the_colophon_under_the_rule_goes() -> None:
    out = boil(PAGES[0])
    assert all(row not in out for row in COLOPHON)
    assert EDITOR_ROW not in out and _body(0, 0)[0] in out


def test_distribution_rows_glued_under_a_document_stay() -> None:
    """Look-alikes: the same rows under a single document's text with no rule over them,
    and rows under a rule with the text going on below them."""
    doc = ["关于做好夏季防汛工作的通知", S1, S2, S3, *COLOPHON[:2]]
    out = boil(doc)
    assert all(row in out for row in COLOPHON[:2])
    more = [
        "通知",
        S1,
        "━━━━━━━━━━━━",
        *COLOPHON[:2],
        "附：各乡镇值班安排另行通知，请各单位注意查收。",
    ]
    out = boil(more)
    assert all(row in out for row in COLOPHON[:2])


def test_every_piece_takes_the_issue_date_and_its_credit_as_origin() -> None:
    raws = [
        RawInput(f"s/{i}.txt", ("\n".join(p) + "\n").encode(), site="s")
        for i, p in enumerate(PAGES)
    ]
    pipe = Pipeline(PipelineConfig(), profiles=build_profiles(raws))
    for n, raw in enumerate(raws):
        arts = pipe.process(raw, n).articles
        assert [a.title for a in arts] == [PIECES[k][0] for k in ISSUES[n]]
        y, m, d = (int(x) for x in DAYS[n].replace("年", "-").replace("月", "-")[:-1].split("-"))
        for a, key in zip(arts, ISSUES[n], strict=True):
            assert a.meta.get("published") == f"{y:04d}-{m:02d}-{d:02d}"
            assert a.meta.get("origin") == PIECES[key][1][1:-3]


def test_a_single_articles_credit_row_keeps_the_issuer_alone() -> None:
    """Look-alike: one article closed by a credit row (no compilation) reads its unit as
    the issuer only, as before; its page names its origin elsewhere."""
    body = _body(0, 0)
    (d,) = SplitStage()(
        Editor("p", "\n".join(["渡口新船下水", *body, "（桐山街道办供稿）"]) + "\n")
    )
    assert d.meta == {"issuer": "桐山街道办"}
    assert foot_row("（桐山街道办说明）", SplitStage().meta.field_of) is None


@pytest.mark.parametrize(
    ("row", "want"),
    [
        ("（桐山街道办供稿）", {"issuer": "桐山街道办"}),
        ("（供稿：桐山街道办）", {"issuer": "桐山街道办"}),
        ("（来源：桐山街道办）", {"origin": "桐山街道办"}),
        ("（桐山街道办 供稿 / 通讯员 槐三）", {"issuer": "桐山街道办"}),
        ("（桐山街道办供稿　通讯员：槐三）", {"issuer": "桐山街道办"}),
        ("（桐山街道办 供稿 / 槐三 柳二）", None),  # no credit word before the names
        ("（桐山街道办说明）", None),
    ],
)
def test_credit_row_forms(row: str, want: dict[str, str] | None) -> None:
    assert foot_row(row, SplitStage().meta.field_of) == want


def test_sealed_zo_jianbao_floors() -> None:
    assert_floors(
        "sealed_zo_jianbao",
        {"content_f1": 0.99, "titles": 1.0, "counts": 1.0, "metadata": 1.0},
        residue=0.02,
    )
