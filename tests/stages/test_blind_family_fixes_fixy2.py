"""Fixes made after set y's leaflet and route-notice families were read (branch fixy2):
each mechanism as a small case in wordings of its own, look-alikes that must stay as
they are, and both families' floors.

* a text printed as framed section labels ('〔保存期限〕' over '18个月') keeps its last
  labels and values below its last sentence, and the standing lead glued over its first
  label (:mod:`cleaner.stages.section_runs`); a framed number label over a code alone
  gives ``doc_number``, the text kept whole (``split_piece_end.section_number``);
* a '…核准日期' / '…批准日期' row is the publish date (headers.toml);
* a letter's valediction sign-off ('某局　敬启') is never site chrome and names the
  issuer, over a card naming a division of it (``split_rows.sign_off``).

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.stages.split_meta import MetaParser
from cleaner.stages.split_piece_end import division, section_number
from cleaner.stages.split_rows import sign_off
from tests.stages.family_figures import family_figures
from tests.stages.stage_runs import boil, site_stage, split

KINDS = ["甲型", "乙型", "丙型", "丁型", "戊型", "己型"]


def _card(n: int, *, bar: str = "", lead: str = "使用前请通读本卡全部条目并妥善保管") -> list[str]:
    """A product card of a parts catalogue: framed sections, the last ones values only."""
    lines = [
        f"{KINDS[n]}滤芯产品卡",
        "",
        lead,
        "〔名称〕",
        f"{KINDS[n]}滤芯",
        "〔用途〕",
        f"用于家用净水器的第{n + 2}级过滤，每日冲洗一次。",
        "〔安装〕",
        f"先关闭进水阀，拆下旧滤芯后清洗滤瓶内壁，装入新滤芯再旋紧{n + 3}圈。",
        "〔材质〕",
        f"外壳为食品级塑料，内芯为第{n + 1}代压缩活性炭与熔喷棉复合而成。",
        "〔注意〕",
        "1．水温超过四十度时请勿使用，以免滤芯变形。",
        f"2．长期停用{n + 5}天以上，再次使用前请放水三分钟。",
        "3．滤芯不可用清洁剂或酒精擦洗。",
        "〔故障排除〕",
        "出水变小多为滤芯堵塞，更换滤芯即可恢复正常流量。",
        "〔保存期限〕",
        f"{n + 12}个月",
        "〔登记编号〕",
        f"某械备字Q{20230100 + 7 * n}",
        "〔制造商〕",
        f"名称：某某第{n + 1}净水设备厂",
        f"售后专线：400-{611 + n}-{3020 + 13 * n}",
        "",
    ]
    if bar:
        lines.append(bar)
    lines += ["打印本卡　｜　收藏本卡", "某某零件库 版权所有"]
    return lines


def test_framed_sections_below_the_last_sentence_stay() -> None:
    pages = [_card(n) for n in range(6)]
    stage = site_stage(pages)
    text = boil(pages[2], stage, site="s")
    for kept in ["〔保存期限〕", "14个月", "〔登记编号〕", "某械备字Q20230114", "〔制造商〕"]:
        assert kept in text, kept
    assert "售后专线：400-613-3046" in text  # the page's own figures, glued to the run
    assert "使用前请通读本卡全部条目并妥善保管" in text  # the lead over the first label
    assert "打印本卡" not in text and "版权所有" not in text  # the bar and footer still go


def test_unframed_heading_and_a_lead_apart_are_still_chrome() -> None:
    """Look-alikes: a related-links heading under the last sentence has no frame, and a
    prompt with a cue word over the first label is the site's."""
    pages = []
    for n in range(6):
        page = _card(n, lead="扫码关注本库公众号获取更多产品卡")
        end = page.index("〔保存期限〕")
        # the card ends in a sentence, then the site's own list of other cards
        pages.append([*page[:end], "更多产品卡", f"{KINDS[(n + 1) % 6]}滤芯产品卡", *page[-3:]])
    stage = site_stage(pages)
    text = boil(pages[2], stage, site="s")
    assert "更多产品卡" not in text
    assert "扫码关注本库公众号获取更多产品卡" not in text
    assert "〔用途〕" in text and "装入新滤芯再旋紧5圈。" in text


def test_framed_number_label_gives_doc_number_and_stays() -> None:
    p = MetaParser()
    assert section_number(["〔登记编号〕", "某械备字Q20230114"], p) == "某械备字Q20230114"
    assert section_number(["登记编号：", "AB-2020-17"], p) == "AB-2020-17"
    # a label of no number, a sentence under the number's label, a short value: none
    assert section_number(["〔用途〕", "Q20230114"], p) is None
    assert section_number(["〔登记编号〕", "见包装背面。"], p) is None
    assert section_number(["〔登记编号〕", "Q12"], p) is None
    drafts = split(_card(1)[:-3])
    assert drafts[0].meta.get("doc_number") == "某械备字Q20230107"
    assert "某械备字Q20230107" in drafts[0].text and "〔登记编号〕" in drafts[0].text


@pytest.mark.parametrize("label", ["核准日期", "批准日期", "备案核准日期"])
def test_an_approval_date_is_the_publish_date(label: str) -> None:
    assert MetaParser().field_of(label) == "published"
    lines = ["某某滤芯使用说明", f"{label}：2020年4月7日", "", "先关闭进水阀，再旋紧三圈。"]
    drafts = split(lines)
    assert drafts[0].title == "某某滤芯使用说明"
    assert drafts[0].meta.get("published") == "2020-04-07"
    # a deadline is no publish date
    assert MetaParser().field_of("核准截止日期") != "published"


def test_valediction_sign_off_names_the_issuer() -> None:
    assert sign_off(["请周知。", "某某县水务管理處　敬啟"]) == {"issuer": "某某县水务管理處"}
    assert sign_off(["请周知。", "某某县水务局谨启"]) == {"issuer": "某某县水务局"}
    # a person's sign-off, a sentence, a closing word inside a sentence: no issuer
    assert sign_off(["请周知。", "王小明　敬上"]) == {}
    assert sign_off(["我们将另行通知，敬请谅解。"]) == {}
    assert division("供水调度科") and not division("某某县水务局") and not division("科")


def test_valediction_sign_off_is_kept_and_wins_over_a_division_card() -> None:
    pages = []
    for n in range(6):
        pages.append(
            [
                "某某县水务局 网站",
                "",
                "发布单位：供水调度科",
                f"发布日期：2021-0{n + 1}-1{n}",
                "",
                f"第{n + 3}片区停水通知",
                "",
                f"因管道检修，第{n + 3}片区将于本周六停水八小时，请居民提前储水。",
                "",
                "某某县水务局　敬启",
                "",
                "打印本页　｜　关闭窗口",
                "某某县水务局 版权所有",
            ]
        )
    text = boil(pages[1], site_stage(pages), site="s")
    assert "某某县水务局　敬启" in text and "打印本页" not in text
    drafts = split(text.split("\n"))
    assert drafts[0].meta.get("issuer") == "某某县水务局"
    assert "某某县水务局　敬启" in drafts[0].text
    # a card naming a body, not a division of it, keeps its issuer
    other = text.replace("发布单位：供水调度科", "发布单位：某某县供水公司")
    assert split(other.split("\n"))[0].meta.get("issuer") == "某某县供水公司"


@pytest.mark.parametrize(
    ("name", "floors"),
    [
        ("sealed_y_shuoming", {"content_f1": 0.95, "titles": 0.95, "metadata": 0.95}),
        ("sealed_y_gongche", {"content_f1": 0.98, "titles": 0.95, "metadata": 0.95}),
    ],
)
def test_family_floors(name: str, floors: dict[str, float]) -> None:
    figures = family_figures(name)
    for key, floor in floors.items():
        assert figures[key] >= floor, (key, figures[key])
    assert figures["residue"] <= 0.02
