"""A body's release stamp over a piece (metaparty, session 30): the body that released
the piece, the day (and hour) and the verb of releasing closing the row
(``某站　7月3日5时20分发布``), under a serial mark of the piece or not, in either order.
The body is the piece's ``issuer`` (a verb of releasing names who issues it:
docs/truth_conventions.md), the day its ``published`` when the row gives a year.  A
numbered header of a compilation whose title is the line under it is such a row: its
fields are the piece's.

Look-alikes read nothing here: a person before the stamp, a sentence, a row with a third
cell, a date with no verb (a source's dateline) or with an editor's verb, and a desk (a
department's stamp is where the piece comes from: its origin, as before).

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.stages.body_stamps import body_stamp
from cleaner.stages.split_dates import normalise_date
from cleaner.stages.split_header_rows import numbered_row_fields
from cleaner.stages.split_meta import MetaParser
from cleaner.stages.split_meta_marks import office
from tests.stages.stage_runs import split

P = MetaParser()
VERBS = ("发布", "公布", "發布", "發佈", "公佈")


def _row(line: str) -> dict[str, str] | None:
    return P.shaped_row(line, near_title=True)


# ---- the stamp read by its shape


@pytest.mark.parametrize(
    ("row", "want"),
    [
        ("柳溪县水文站　7月3日5时20分发布", {"issuer": "柳溪县水文站"}),
        (
            "【第2报】柳溪县水文站　2022年7月3日 11时45分发布",
            {"issuer": "柳溪县水文站", "published": "2022-07-03"},
        ),
        (
            "2021-03-09 16:20 发布 ｜ 青川区教育局",
            {"issuer": "青川区教育局", "published": "2021-03-09"},
        ),
        (
            "澄湖縣疾病預防控制中心 · 2020年2月3日發布",
            {"issuer": "澄湖縣疾病預防控制中心", "published": "2020-02-03"},
        ),
        ("[No.7]  梅岭市地震台　　5月9日22点公布", {"issuer": "梅岭市地震台"}),
    ],
)
def test_a_bodys_release_stamp_names_the_issuer(row: str, want: dict[str, str]) -> None:
    assert body_stamp(row, VERBS, office, normalise_date) == want
    assert _row(row) == want


@pytest.mark.parametrize(
    "row",
    [
        "林晓川　2021年3月9日发布",  # a person, no body
        "柳溪县水文站7月3日5时20分发布暴雨预警",  # a sentence, no cells
        "柳溪县水文站　2021年3月9日更新",  # an editor's verb
        "柳溪县水文站　2021年3月9日印发",  # a verb of printing, no release
        "柳溪县水文站　7月3日发布　阅读 12　评论 3",  # a third cell
        "柳溪县水文站　第3期发布",  # no date
    ],
)
def test_rows_that_are_no_bodys_stamp_give_no_issuer(row: str) -> None:
    assert body_stamp(row, VERBS, office, normalise_date) is None
    assert "issuer" not in (_row(row) or {})


def test_a_dated_row_with_no_verb_is_no_stamp() -> None:
    # a dateline or a sign-off (its body read by the readers of such rows, not here)
    assert body_stamp("柳溪县水文站　2021年3月9日", VERBS, office, normalise_date) is None


def test_a_desks_stamp_stays_the_origin() -> None:
    # a department's post stamp is where the piece comes from (posted_desk), as before
    assert _row("宣传推广部　2031年4月2日发布") == {
        "published": "2031-04-02",
        "origin": "宣传推广部",
    }


# ---- a compilation's numbered header that is the stamp, its title under it

FLASHES = [
    "2022年7月3日（星期日）水情快报　共3报",
    "",
    "【第1报】柳溪县水文站　7月3日5时20分发布",
    "柳溪干流水位持续上涨",
    "实况：凌晨以来，上游普降大雨，柳溪干流各站水位持续上涨，其中石门站水位已接近警戒线。",
    "预报：预计今天中午前后石门站将出现洪峰，沿河低洼地带请提前做好转移准备。",
    "值班员：林晓川",
    "",
    "【第2报】柳溪县水文站　7月3日11时45分发布",
    "石门站洪峰已经通过",
    "实况：十一时石门站出现洪峰，随后水位开始回落，下游各站水位仍在缓慢上涨之中。",
    "预报：预计傍晚前后下游各站水位将陆续回落，沿河群众暂时不要返回低洼地带。",
    "值班员：何青禾",
    "",
    "【第3报】柳溪县水文站　7月3日18时02分发布",
    "全线水位回落至警戒线下",
    "实况：十八时干流各站水位全线回落，石门站水位已低于警戒线一米以上，险情解除。",
    "预报：未来两天流域以多云天气为主，各站水位将继续缓慢回落，请注意出行安全。",
    "值班员：林晓川",
]


def test_each_flash_under_its_bodys_stamp_takes_the_body_as_issuer() -> None:
    arts = split(FLASHES)
    assert [a.title for a in arts] == [
        "柳溪干流水位持续上涨",
        "石门站洪峰已经通过",
        "全线水位回落至警戒线下",
    ]
    assert [a.meta.get("issuer") for a in arts] == ["柳溪县水文站"] * 3
    assert all(a.meta.get("published") == "2022-07-03" for a in arts)
    assert all("发布" not in a.text.split("\n")[0] for a in arts)  # the stamp is no text


def test_another_site_another_body_and_order() -> None:
    page = [
        "市场监管快讯",
        "",
        "（1）2023-04-11 09:30 发布　｜　岚川市市场监督管理局",
        "春季食品安全抽检结果出炉",
        "本轮抽检共覆盖粮食加工品、食用油和乳制品等十二个大类，合格率达到百分之九十八点六。",
        "不合格产品已责令下架，并依法对相关生产经营单位立案调查，后续处理结果将另行公布。",
        "",
        "（2）2023-04-12 15:10 发布　｜　岚川市市场监督管理局",
        "电动自行车专项检查启动",
        "检查将持续到五月底，重点查处销售不符合强制性国家标准的电动自行车和违规改装行为。",
        "消费者购买时请认准产品合格证和强制性认证标志，发现问题可拨打投诉举报电话反映。",
    ]
    arts = split(page)
    assert [a.meta.get("issuer") for a in arts] == ["岚川市市场监督管理局"] * 2
    assert [a.meta.get("published") for a in arts] == ["2023-04-11", "2023-04-12"]


def test_numbered_headers_holding_their_own_titles_read_no_row() -> None:
    # the header line is the title ('【第1报】石门站洪峰已经通过'): no row of fields
    page = [
        "水情快报",
        "",
        "【第1报】柳溪干流水位持续上涨",
        "实况：凌晨以来，上游普降大雨，柳溪干流各站水位持续上涨，其中石门站水位已接近警戒线。",
        "预报：预计今天中午前后石门站将出现洪峰，沿河低洼地带请提前做好转移准备。",
        "",
        "【第2报】石门站洪峰已经通过",
        "实况：十一时石门站出现洪峰，随后水位开始回落，下游各站水位仍在缓慢上涨之中。",
        "预报：预计傍晚前后下游各站水位将陆续回落，沿河群众暂时不要返回低洼地带。",
    ]
    arts = split(page)
    assert all("issuer" not in a.meta for a in arts)
    text = "\n".join(f"{a.title}\n{a.text}" for a in arts)
    assert "柳溪干流水位持续上涨" in text and "石门站洪峰已经通过" in text  # nothing lost


def test_the_header_rows_fields_come_only_from_rows_the_reader_reads() -> None:
    page = [
        "【第1报】值班人员到岗情况",
        "正文。",
        "【第2报】柳溪县水文站　7月3日发布",
        "大风",
        "正文。",
    ]
    heads = [(0, "k", "值班人员到岗情况"), (2, "k", "大风")]
    assert numbered_row_fields(page, heads, _row) == {2: {"issuer": "柳溪县水文站"}}
