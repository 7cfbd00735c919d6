"""Shapes of blind set xb, as classes, on invented pages (issue 12, xbfix).

* **A row opening with one uncounting mark over each bare title** (``⊙ 状态　▏单号 …
  ▏限期 …``): the reader that found the rows proved the run; the title is the line under
  each row, the row the piece's header (:func:`split_mark_rows.titles_under_marks`).
* **A flattened table's row framed by bars over each title** (``| 03-02 | 周二 | 上午 |
  某科 | 停诊 |``): the board's index entry for the piece, its header row, recorded
  (:func:`split_mark_rows.table_rows_over`); a row of prose stays text.
* **A sign-off closing a piece**: a body with its seal's mark and a date in Chinese
  numerals on one line (``某局（章）　二〇二一年三月四日``), and a release stamp led by a
  sign-off's dash (``——某科护士站　2021-03-02 10:15 发布``): issuer and day.
* **A print view's page mark** whose label is parted from the page word by a dot
  (``—— 某某预览 · 第2页 ——``), and a sentence cut before a caption's word followed by
  a clause mark (``照片，…``): the paragraph is joined across the mark.
* **An official document's handler with his line** (``承辦人：某某　電話：…``): the
  author, the row read whole; a handler's label over a body stays no author.

All text invented.
"""

from __future__ import annotations

from tests.stages.stage_runs import repair, split

_STEPS = [
    "一、立即停止违规作业并清理现场堆放的物料；",
    "二、建立日常巡查台账并安排专人负责记录；",
    "三、整改完成后向我局书面报送整改情况报告。",
]


def _notice(status: str, code: str, firm: str, number: int, day: str) -> list[str]:
    return [
        f"⊙ {status}　▏单号 AB21-0{number}　▏限期 15 日",
        f"关于某某县{firm}未落实防尘措施的整改通知",
        f"某环改〔2021〕{number}号",
        f"某某县{firm}：",
        f"{code}，我局执法人员对你单位进行现场检查，发现厂区物料露天堆放，未采取覆盖等防尘措施。",
        "现责令你单位自收到本通知之日起15日内完成以下整改：",
        *_STEPS,
        f"某某县生态环境局（章）　{day}",
        "",
    ]


def test_status_rows_over_titles_head_their_pieces_and_the_seal_sign_off_signs() -> None:
    page = [
        *_notice("整改中", "2021年3月1日", "甲塑胶制品厂", 51, "二〇二一年三月四日"),
        *_notice("已送达", "2021年2月20日", "乙家具有限公司", 47, "二〇二一年二月二十四日"),
    ]
    arts = split(page)
    assert [a.title for a in arts] == [
        "关于某某县甲塑胶制品厂未落实防尘措施的整改通知",
        "关于某某县乙家具有限公司未落实防尘措施的整改通知",
    ]
    assert [a.meta.get("issuer") for a in arts] == ["某某县生态环境局"] * 2
    assert [a.meta.get("published") for a in arts] == ["2021-03-04", "2021-02-24"]
    assert [a.meta.get("doc_number") for a in arts] == ["某环改〔2021〕51号", "某环改〔2021〕47号"]
    assert all("⊙" not in a.text and "单号" not in a.text for a in arts)
    assert arts[0].text.startswith("关于某某县甲塑胶制品厂")  # the title stays its first line


def _roster(row: str, title: str, desk: str, stamp: str) -> list[str]:
    return [
        row,
        title,
        "因参加上级医院组织的专科进修，该医师原定的门诊暂停，已预约的患者将由系统自动改约，无需重新挂号。",
        "就诊地点：门诊二楼B区6诊室，具体时段以短信通知为准。",
        "未能及时看到本通知而到院就诊的患者，门诊部将安排同专业医生优先接诊，请勿着急。",
        "咨询电话：0000-1234567",
        f"——{desk}　{stamp} 发布",
        "",
    ]


def test_table_rows_over_titles_are_header_rows_and_dash_stamps_sign() -> None:
    page = [
        *_roster(
            "| 03-09 | 周二 | 上午 | 眼科 | 停诊 |",
            "关于某甲主治医师3月9日上午停诊的通知",
            "眼科护士站",
            "2021-03-05 10:15",
        ),
        *_roster(
            "| 03-04 | 周四 | 下午 | 骨科 | 替诊 |",
            "关于某乙副主任医师3月4日下午替诊的通知",
            "骨科护士站",
            "2021-03-01 16:40",
        ),
        *_roster(
            "| 03-02 | 周二 | 下午 | 皮肤科 | 加诊 |",
            "关于某丙主任医师3月2日下午加诊的通知",
            "皮肤科护士站",
            "2021-02-26 09:05",
        ),
    ]
    arts = split(page)
    assert [a.title for a in arts] == [
        "关于某甲主治医师3月9日上午停诊的通知",
        "关于某乙副主任医师3月4日下午替诊的通知",
        "关于某丙主任医师3月2日下午加诊的通知",
    ]
    assert [a.meta.get("issuer") for a in arts] == ["眼科护士站", "骨科护士站", "皮肤科护士站"]
    assert [a.meta.get("published") for a in arts] == ["2021-03-05", "2021-03-01", "2021-02-26"]
    assert all("|" not in a.text and "发布" not in a.text for a in arts)
    assert all("咨询电话：0000-1234567" in a.text for a in arts)  # the pieces' own lines stay


_ABOVE = (
    "经查，你单位存在上述问题，现责令限期整改。"
    "你单位应当在整改期限届满前书面报送整改情况，并附整改前后的对比"
)
_BELOW = "照片，我局将组织复查。逾期未完成整改的，我局将依法查处。"


def test_framed_page_mark_with_a_dotted_label_joins_the_cut_sentence() -> None:
    text = f"各位患者：\n{_ABOVE}\n\n—— 某某预览 · 第2页 ——\n\n{_BELOW}\n"
    assert f"{_ABOVE}{_BELOW}" in repair(text)
    text = f"各位患者：\n{_ABOVE}\n\n………………　第 2 页　………………\n\n{_BELOW}\n"
    assert f"{_ABOVE}{_BELOW}" in repair(text)


def test_a_caption_line_stays_apart_and_a_cross_reference_is_no_mark() -> None:
    caption = "照片　某某摄"
    text = f"各位患者：\n{_ABOVE}\n{caption}\n"
    assert caption in repair(text).split("\n")  # a real caption is never joined
    ref = "—— 详见 · 第2页 ——"
    out = repair(f"各位患者：\n{_ABOVE}\n\n{ref}\n\n{_BELOW}\n")
    assert ref in out  # a cross reference is the text's


_BAN = [
    "公告某某溪上游河段全年禁止捕撈溪蝦",
    "主旨：公告本縣某某溪上游河段全年禁止捕撈溪蝦，並自即日生效，請漁民及遊客共同遵守。",
    "依據：漁業法第四十五條及本府年度漁業資源保育計畫。",
    "公告事項：",
    "一、禁漁期間：自即日起至三年後同日止，為期三年，期滿前另行公告。",
    "二、違反本公告者，依漁業法規定處以罰鍰，情節重大者並得廢止其漁業證照。",
    "發文機關：某某縣政府",
    "發文字號：某府漁管字第1100000001號",
    "發文日期：中華民國110年3月9日",
]


def test_a_handler_with_his_line_closing_a_document_is_its_author() -> None:
    (art,) = split([*_BAN, "承辦人：林某某　電話：(08)000-1234"])
    assert art.meta.get("author") == "林某某"
    assert art.meta.get("issuer") == "某某縣政府"
    assert "承辦人" not in art.text
    # a body under the handler's label is no author (its origin, as 承办's)
    (art,) = split([*_BAN, "承辦人：某某縣漁業處　電話：(08)000-1234"])
    assert art.meta.get("author") is None
