"""The sign-off under a notice (the issuing body over its day) that the HTML extractor
left out with the box it stands in: its issuer and day are read back in place
(cleaner.stages.dropped_signoff); a body's name over the text (a masthead's) or two
different signers (a list's) give none.  Every word is invented."""

from __future__ import annotations

import json
from pathlib import Path

from cleaner.stages.dropped_signoff import dropped_signoff

BODY = (
    "<p>因雷雨天气影响，为保障游客安全，本景区决定自即日十四时起暂停索道运营，"
    "已购票的游客可通过原购票渠道办理退票，退款将在五个工作日内原路退回。</p>"
    "<p>恢复运营时间将另行通知，由此给您带来的不便，敬请谅解，感谢您的理解与配合！</p>"
)


def _page(sign: str, *, head: str = "") -> str:
    return (
        "<html><head><meta charset='utf-8'><title>景区公告 - 青峰山景区</title></head><body>"
        "<div class='nav'>青峰山景区<ul><li><a href='/a'>首页</a></li><li><a href='/b'>"
        f"公告</a></li><li><a href='/c'>门票</a></li></ul></div>{head}"
        "<div class='article'><h1>关于暂停索道运营的公告</h1>"
        f"<div class='content'>{BODY}{sign}</div></div>"
        "<div class='footer'>版权所有 青峰山景区 ｜ 网站地图</div>"
        "</body></html>"
    )


def _run(tmp_path: Path, html: str) -> list[dict]:
    from cleaner.runner import run

    src = tmp_path / "in"
    src.mkdir()
    (src / "p.html").write_text(html, encoding="utf-8")
    run([src], tmp_path / "out")
    rows = (tmp_path / "out" / "articles.jsonl").read_text("utf-8").splitlines()
    return [json.loads(x) for x in rows]


def test_a_signoff_the_extractor_dropped_gives_the_issuer_and_day(tmp_path: Path) -> None:
    sign = "<p class='sign'>青峰山景区管理委员会</p><p class='sign'>2021年7月3日</p>"
    arts = _run(tmp_path, _page(sign))
    assert len(arts) == 1
    assert arts[0]["meta"].get("issuer") == "青峰山景区管理委员会"
    assert arts[0]["meta"].get("published") == "2021-07-03"


BODY_TEXT = "拍卖成交后，买受人须当场签订成交确认书，并按成交价支付佣金，未成交的保证金无息退还。\n"


def test_the_signoff_is_read_in_place_in_either_script_and_date_form() -> None:
    t = "标题\n" + BODY_TEXT + "某某拍賣有限公司\n二〇二二年五月二日\n网站提示\n"
    a, b = t.index("某某拍賣"), t.index("网站提示")
    assert dropped_signoff([(t, a, b)]) == {"published": "2022-05-02", "issuer": "某某拍賣有限公司"}


def test_a_signer_title_and_name_between_is_read_past() -> None:
    t = "标题\n" + BODY_TEXT + "某某花园业主委员会\n主任　何某某\n2019年3月12日\n"
    a = t.index("某某花园")
    got = dropped_signoff([(t, a, a + len("某某花园业主委员会\n"))])
    assert got == {"published": "2019-03-12", "issuer": "某某花园业主委员会"}


def test_a_masthead_over_the_text_is_no_signoff() -> None:
    t = "某某拍卖有限公司\n2022年5月2日\n标题\n" + BODY_TEXT
    assert dropped_signoff([(t, 0, t.index("标题"))]) == {}


def test_two_different_signers_give_none() -> None:
    t1 = "标题\n" + BODY_TEXT + "某某拍卖有限公司\n2022年5月2日\n"
    t2 = "标题\n" + BODY_TEXT + "某某物业服务中心\n2022年6月1日\n"
    spans = [(t1, t1.index("某某拍卖"), len(t1)), (t2, t2.index("某某物业"), len(t2))]
    assert dropped_signoff(spans) == {}


def test_a_date_in_the_prose_and_a_name_without_a_date_give_none() -> None:
    t = "标题\n" + BODY_TEXT + "某某拍卖有限公司\n网站提示\n"
    assert dropped_signoff([(t, t.index("某某拍卖"), len(t))]) == {}
    t = "标题\n" + BODY_TEXT + "会议定于2022年5月2日在某某拍卖有限公司召开。\n"
    assert dropped_signoff([(t, t.index("会议"), len(t))]) == {}
