"""What the .88–.95 content-F1 families showed (issue 12, f1low), each as a class with
invented pages of its own:

* a piece of a compilation closed by a one-line sign-off that a bracketed credit ends
  (``某居委会　2021年3月1日　（经办：某某）``) is closed by a row of its fields, as the
  bare one-line sign-off (``某县税务局　2022年3月4日``) is: its issuer, its date and the
  handler are read, the row leaves the piece's text, recorded; a single notice keeps its
  sign-off, and a sentence with a credit after it is no sign-off;
* a sentence a site fills with each page's number to call (``site_judge.foot_call``) that
  stands right under the credit row closing the text (``资料提供：某科``), with only the
  site's lines under it, is the site's foot, as it is under the site's chrome; glued under
  a sentence of the text it stays (it may be the page's own note).

Every word is invented.
"""

from __future__ import annotations

from pathlib import Path

from cleaner.config import PipelineConfig
from cleaner.ingest.readers import read_inputs
from cleaner.model import RawInput
from cleaner.pipeline import PageResult, Pipeline
from cleaner.stages.profile_counter import build_profiles
from tests.stages.stage_runs import boil, site_stage

CLERKS = ["柯春岚", "梁志远", "滕建华"]
NAMES = ["柯*兰", "梁*军", "滕*明"]
BODY = "丹溪街道临水社区居民委员会"


def _run(lines: list[str]) -> PageResult:
    raw = RawInput(source="p.txt", data=("\n".join(lines) + "\n").encode())
    return Pipeline(PipelineConfig()).process(raw, 0)


def _household(n: int, day: int, close: str) -> list[str]:
    name = NAMES[n]
    return [
        f"◇ 户主 {name} ◇ {n + 2}口之家 ◇ 城市低保 ◇ 新增 ◇",
        f"关于{name}家庭新增城市最低生活保障的公示",
        f"家庭情况：申请人{name}，家庭共同生活成员{n + 2}人，本人长期患病，收入微薄。",
        f"核查情况：经入户调查，该户月人均收入{310 + 9 * n}元，家庭财产状况已逐项核实。",
        f"公示期：2021年3月{day}日至2021年3月{day + 6}日。",
        close.format(day=day, clerk=CLERKS[n]),
        "",
    ]


def _page(close: str) -> list[str]:
    page = ["临水社区2021年3月最低生活保障对象公示（共3户）", ""]
    for n in range(3):
        page += _household(n, 1 + 7 * n, close)
    return page


def test_a_credited_one_line_sign_off_closing_each_piece_is_a_row_of_its_fields() -> None:
    res = _run(_page(BODY + "　2021年3月{day}日　（经办：{clerk}）"))
    assert len(res.articles) == 3
    for n, art in enumerate(res.articles):
        assert art.title == f"关于{NAMES[n]}家庭新增城市最低生活保障的公示"
        assert art.meta.get("issuer") == BODY
        assert art.meta.get("published") == f"2021-03-{1 + 7 * n:02d}"
        assert art.meta.get("author") == CLERKS[n]
        assert "经办" not in art.text and BODY not in art.text
        assert art.text.rstrip().endswith(f"至2021年3月{7 + 7 * n}日。")
    removed = [c.before for c in res.changes if c.rule.startswith("split.")]
    for n in range(3):  # each row recorded whole: the page can be rebuilt
        assert any(f"（经办：{CLERKS[n]}）" in b and BODY in b for b in removed)


def test_the_bare_one_line_sign_off_still_leaves_the_text() -> None:
    res = _run(_page(BODY + "　2021年3月{day}日"))
    assert len(res.articles) == 3
    assert all(BODY not in a.text and a.meta.get("issuer") == BODY for a in res.articles)


def test_a_sentence_with_a_credit_after_it_stays_text() -> None:
    close = "请于2021年3月{day}日前到社区办理　（经办：{clerk}）"
    res = _run(_page(close))
    assert len(res.articles) == 3
    for n, art in enumerate(res.articles):
        assert f"请于2021年3月{1 + 7 * n}日前到社区办理" in art.text


def test_a_single_notices_credited_sign_off_stays_its_close() -> None:
    lines = [
        "关于柯*兰家庭新增城市最低生活保障的公示",
        "",
        "家庭情况：申请人柯*兰，家庭共同生活成员2人，本人长期患病，收入微薄。",
        "核查情况：经入户调查，该户月人均收入310元，家庭财产状况已逐项核实。",
        "公示期：2021年3月1日至2021年3月7日。",
        BODY + "　2021年3月1日　（经办：柯春岚）",
    ]
    res = _run(lines)
    assert len(res.articles) == 1
    art = res.articles[0]
    assert BODY + "　2021年3月1日" in art.text
    assert art.meta.get("issuer") == BODY and art.meta.get("published") == "2021-03-01"


# ---- a footer's call sentence under the credit row closing the text

SECTIONS = ("某血站宣传科", "某血站业务科", "某血站志愿服务队", "某血站宣传科", "某血站综合科")
HOTLINES = ("4008123401", "4008527702", "4008931103", "4008240904", "4008673105")
EVENTS = ("春季", "夏季", "秋季", "冬季", "周年")


def _call(n: str) -> str:
    return f"※献血前请携带身份证件，并请吃饱睡好，献血后多补充水分。详情请洽免费专线{n}。"


def _drive_page(k: int, *, credit: bool = True) -> list[str]:
    ev = EVENTS[k]
    lines = [
        "某市中心血站　最新消息",
        "现在位置：首页 ＞ 最新消息 ＞ 活动讯息",
        f"{ev}献血活动走进港湾广场",
        f"为缓解{ev}用血紧张，中心血站将在港湾广场设置献血点，欢迎市民踊跃参加。",
        f"活动时间：{ev}第{k + 1}周的周六上午九时至下午五时",
        f"凡当日献血者可获得{ev}纪念品一份，数量有限，送完为止。",
    ]
    if credit:
        lines.append(f"资料提供：{SECTIONS[k]}")
    return [
        *lines,
        _call(HOTLINES[k]),
        "某市中心血站　地址：某市港湾路22号　电话：（0571）5550000",
        "本网站建议使用新版浏览器浏览",
    ]


def _boiled(pages: list[list[str]]) -> list[list[str]]:
    stage = site_stage(pages)
    return [boil(p, stage, site="s").split("\n") for p in pages]


def test_a_call_sentence_under_the_texts_credit_row_is_the_sites_foot() -> None:
    pages = [_drive_page(k) for k in range(5)]
    for k, out in enumerate(_boiled(pages)):
        assert _call(HOTLINES[k]) not in out
        assert f"资料提供：{SECTIONS[k]}" in out  # the credit stays for the split to read
        assert f"凡当日献血者可获得{EVENTS[k]}纪念品一份，数量有限，送完为止。" in out


def test_the_credit_row_is_read_and_the_call_recorded(tmp_path: Path) -> None:
    pages = [_drive_page(k) for k in range(5)]
    for k, page in enumerate(pages):
        (tmp_path / f"p{k}.txt").write_text("\n".join(page) + "\n", "utf-8")
    raws = list(read_inputs([tmp_path]))
    pipe = Pipeline(PipelineConfig(), profiles=build_profiles(raws))
    for raw in raws:
        assert isinstance(raw, RawInput)
        res = pipe.process(raw, 0)
        k = int(Path(raw.source).stem[1:])
        (art,) = res.articles
        assert "资料提供" not in art.text and "详情请洽" not in art.text
        assert SECTIONS[k] in art.meta.values()
        assert any(_call(HOTLINES[k]) in c.before for c in res.changes)


def test_a_call_sentence_glued_under_the_texts_sentence_stays() -> None:
    # no credit row between: the note under the text may be the page's own (own_data)
    pages = [_drive_page(k, credit=False) for k in range(5)]
    for k, out in enumerate(_boiled(pages)):
        assert _call(HOTLINES[k]) in out
