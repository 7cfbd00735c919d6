"""Fixes for two HTML families of blind set zs (fixzs2), each as a small case in wordings
of its own, with look-alikes that stay:

* a board of answered questions, every record a container of one shape headed by its
  question in a heading element (no link), a numbered tag row over it, the asker's row
  under it and the answerer's row inside it: the headings are the records' titles (the
  page is cut at them, a comma in a question or not), the tag rows their header lines, the
  answer row their metadata (its date the publish date, the answerer the origin where the
  asker is the author), the set phrases an office closes its answers with stay the
  answers' text however often the site prints them.  An article whose sections each sit in
  a container under a heading is not cut, and one container is no run;
* a county office's press release: a download list under a label the site prints on every
  page goes with the site's short lines under it; a bare desk under an issuer's label
  (``發布單位：某某科``) is the release's origin, a whole body the issuer.

Every word is invented.
"""

from __future__ import annotations

from pathlib import Path

from cleaner.config import PipelineConfig
from cleaner.ingest.html import extract
from cleaner.ingest.readers import read_inputs
from cleaner.pipeline import Pipeline
from cleaner.stages.heading_rows import rows_by_headings
from cleaner.stages.profile_counter import build_profiles
from cleaner.stages.split_keyed import titled_run
from tests.stages.family_figures import assert_floors
from tests.stages.stage_runs import split

STOCK = "本馆各分馆的开放时间和服务项目以官方网站和微信公众号发布的最新通知为准，敬请关注。"
CLOSE = "如仍有疑问，欢迎致电本馆总服务台咨询，感谢您对本馆工作的关注和支持。"
QS = [
    ("借书证丢了，怎么补办？", "借阅服务", "丢了借书证要去哪里补办，需要带什么证件？"),
    ("少儿阅览室周末几点开门", "开放时间", "想带孩子周末去少儿阅览室看书，几点开门几点关门？"),
    ("可以把自己的旧书捐给图书馆吗", "捐赠事宜", "家里有两箱旧书还不错，想捐给图书馆，怎么联系？"),
    ("电子资源在家里能不能访问", "数字资源", "办了读者证以后，数据库和电子书在家里也能用吗？"),
    ("逾期未还的图书会产生费用吗", "借阅服务", "出差忘了还书，已经超过还书日期一周了，会罚款吗？"),
]
ANSWERS = [
    "您好！请持本人身份证到总馆一楼服务台办理挂失和补办手续，补办当日即可恢复借阅权限。",
    "您好！少儿阅览室周六周日上午九点开放，下午五点闭馆，法定节假日另行安排开放时间。",
    "您好！本馆欢迎社会各界捐赠图书，请先拨打采编部电话说明书目，由工作人员上门或约定接收。",
    "您好！持有效读者证的读者可以通过本馆网站的远程访问入口登录，使用各类数据库和电子图书。",
    "您好！本馆已取消图书逾期费用，但逾期期间将暂停借阅权限，归还图书后自动恢复正常借阅。",
]
WHO = ["馆员服务组", "少儿服务组", "采编部", "数字资源组", "馆员服务组"]
ASKERS = ["林同学", "周女士", "退休教师", "老读者", "一位家长"]


def _board(picks: list[int], page: int, *, stock: set[int] = frozenset()) -> str:  # type: ignore[assignment]
    recs = []
    for n, k in enumerate(picks):
        title, tag, ask = QS[k]
        paras = [f"<p>问：{ask}</p>", f"<p>答：{ANSWERS[k]}</p>"]
        if k in stock:
            paras.append(f"<p>{STOCK}</p>")
        paras.append(f"<p>{CLOSE}</p>" if n % 2 == 0 else "<p>以上答复供您参考，祝您阅读愉快。</p>")
        recs.append(
            '<div class="faq-card">'
            f'<div class="serial">编号：L23{page:02d}-{100 + k}　｜　{tag}　｜　已答复</div>'
            f"<h3>{title}</h3>"
            f'<div class="asker">提问者：{ASKERS[k]}　提问时间：2023-05-0{n + 1} 10:1{k}</div>'
            + "".join(paras)
            + f'<div class="answerer">答复人：{WHO[k]}　答复时间：2023-05-1{n + 1} 09:3{k}</div>'
            f'<div class="useful">有用（{k + 3}）　没用（{k}）</div>'
            "</div>"
        )
    return (
        '<html><head><meta charset="utf-8">'
        f"<title>读者问答（第{page}页）_某市图书馆</title></head><body>"
        '<div class="top">某市图书馆</div>'
        '<div class="menu"><a href="/">首页</a> | <a href="/a">馆藏</a> | <a href="/b">活动</a>'
        ' | <a href="/c">读者问答</a></div>'
        '<div class="where">当前位置：首页 / 读者问答</div>'
        + "".join(recs)
        + f'<div class="pages">上一页　{page}　下一页　共12页</div>'
        "<p>某市图书馆　地址：某市文化路8号　总服务台：0000-12345678</p>"
        "</body></html>"
    )


PAGES = [([0, 1, 2], 1, {0, 2}), ([3, 0], 2, {3}), ([4, 2, 1], 3, {4, 1}), ([1, 3], 4, set())]


def test_headings_heading_records_are_declared_with_their_tag_rows() -> None:
    e = extract(_board([0, 1, 2], 1))
    assert e.meta["record_heads"].split("\t") == [QS[k][0] for k in (0, 1, 2)]
    assert e.meta["record_leads"].split("\t")[0].startswith("编号：L2301-100")
    assert e.meta["record_tails"]  # each record ends at its last kept line


def test_a_board_of_headed_records_splits_with_its_rows_as_metadata(tmp_path: Path) -> None:
    for picks, page, stock in PAGES:
        (tmp_path / f"p{page}.html").write_text(_board(picks, page, stock=stock), "utf-8")
    raws = list(read_inputs([tmp_path]))
    pipe = Pipeline(PipelineConfig(), profiles=build_profiles(raws))
    for i, (picks, _, stock) in enumerate(PAGES):
        arts = pipe.process(raws[i], i).articles
        assert [a.title for a in arts] == [QS[k][0] for k in picks]
        for n, (a, k) in enumerate(zip(arts, picks, strict=True)):
            assert a.meta.get("published") == f"2023-05-1{n + 1}"  # the answer's day
            assert a.meta.get("author") == ASKERS[k]  # who asked
            assert a.meta.get("origin") == WHO[k]  # who answered
            lines = a.text.split("\n")
            assert ANSWERS[k].join(["答：", ""]) in lines  # the answer, however often printed
            assert (STOCK in lines) == (k in stock)  # the office's set phrase: the answer's
            assert "编号：" not in a.text and "答复人" not in a.text and "提问者" not in a.text
        closing = [a for n, a in enumerate(arts) if n % 2 == 0]
        assert all(CLOSE in a.text.split("\n") for a in closing)


def _sections(n: int) -> str:
    parts = "".join(
        f'<section class="part"><h2>第{k + 1}部分　{QS[k][1]}</h2><p>{ANSWERS[k]}</p></section>'
        for k in range(n)
    )
    return (
        '<html><head><meta charset="utf-8"><title>服务指南_某市图书馆</title></head><body>'
        f"<article><h1>读者服务指南</h1>{parts}</article></body></html>"
    )


def test_an_article_of_headed_sections_is_not_cut(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(_sections(3), "utf-8")
    raws = list(read_inputs([tmp_path]))
    arts = Pipeline(PipelineConfig()).process(raws[0], 0).articles
    assert len(arts) == 1
    for k in range(3):
        assert ANSWERS[k] in arts[0].text


def test_one_headed_container_is_no_record_run() -> None:
    assert "record_heads" not in extract(_board([0], 1)).meta
    assert "record_leads" not in extract(_board([0], 1)).meta


def test_a_declared_record_title_may_hold_a_comma() -> None:
    row = lambda s: s.startswith("提问者：")  # noqa: E731
    sig = lambda s: ("提问者", "提问时间")  # noqa: E731
    page = [
        QS[0][0], "提问者：甲　提问时间：2023-05-01", ANSWERS[0],
        QS[1][0], "提问者：乙　提问时间：2023-05-02", ANSWERS[1],
    ]  # fmt: skip
    assert [t for _, _, t, _ in titled_run(page, row, sig, (QS[0][0], QS[1][0]))] == [
        QS[0][0],
        QS[1][0],
    ]
    assert titled_run(page, row, sig) == []  # undeclared, a comma is a sentence's


def test_rows_over_and_under_the_headings_both_stay_for_the_split() -> None:
    from types import SimpleNamespace as NS

    tag = NS(kind="line", key="x", signals=())
    under = NS(kind="shape", key="提问者：⟨N⟩", signals=())
    page = ["编号：A1｜甲类", "甲题", "提问者：甲　提问时间：2023-05-01", ANSWERS[0],
            "编号：A2｜乙类", "乙题", "提问者：乙　提问时间：2023-05-02", ANSWERS[1]]  # fmt: skip
    read = lambda s: "：" in s or None  # noqa: E731
    hits = {2: under, 6: under, 0: tag}
    assert rows_by_headings(page, hits, (), ("甲题", "乙题"), read) == [2, 6]
    # rows over the headings alone, no learned one among them: nothing to keep
    assert rows_by_headings(page, {0: tag}, (), ("甲题", "乙题"), read) == []


def _release(unit_label: str, unit: str, files: bool = True) -> str:
    body = "".join(f"<p>{a}</p>" for a in ANSWERS[:3])
    listing = (
        '<div class="att">附件下載：</div><ul class="f">'
        '<li><a href="/f/1">某某檢查結果.pdf（120KB）</a></li>'
        '<li><a href="/f/2">某某檢查結果.ods</a></li></ul>'
        if files
        else ""
    )
    return (
        '<html><head><meta charset="utf-8"><title>某某檢查結果公布-新聞-某縣某局</title></head>'
        '<body><div class="bar">某縣某局</div>'
        f'<ul class="meta"><li>{unit_label}：{unit}</li><li>發布日期：112-03-08</li></ul>'
        f'<div class="t">某縣某局公布某某檢查結果</div><div class="c">{body}</div>{listing}'
        '<div class="tools">列印　｜　回上頁</div>'
        f'<div class="st">瀏覽次數：{len(unit) * 37}　｜　維護：{unit}</div>'
        "</body></html>"
    )


def test_a_release_offers_files_under_a_site_label_and_a_desk_is_its_origin(
    tmp_path: Path,
) -> None:
    units = ["稽查科", "衛生保健股", "某縣政府衛生局", "營養推廣科"]
    for k, u in enumerate(units):
        (tmp_path / f"r{k}.html").write_text(_release("發布單位", u, files=k != 3), "utf-8")
    raws = list(read_inputs([tmp_path]))
    pipe = Pipeline(PipelineConfig(), profiles=build_profiles(raws))
    for k, u in enumerate(units):
        arts = pipe.process(raws[k], k).articles
        assert len(arts) == 1
        text = arts[0].text
        assert "檢查結果.pdf" not in text and "檢查結果.ods" not in text
        assert all(a in text for a in ANSWERS[:3])
        if u.endswith("局"):  # a whole body: the issuer
            assert arts[0].meta.get("issuer") == u and "origin" not in arts[0].meta
        else:  # a desk of the office: where the release comes from
            assert arts[0].meta.get("origin") == u and "issuer" not in arts[0].meta


def test_a_desk_under_no_issuer_label_stays_as_read() -> None:
    from cleaner.stages.split import SplitStage
    from cleaner.stages.split_desks import desk_origin

    stage = SplitStage()
    ends = stage.meta.t.section_endings
    row = {"issuer": "稽查科"}
    assert desk_origin("發布單位：稽查科", row, stage.meta.field_of, ends) == {"origin": "稽查科"}
    # a label no table reads as the issuer's, or none at all: the row as it was read
    assert desk_origin("承辦人員：稽查科", row, stage.meta.field_of, ends) == row
    assert desk_origin("〔稽查科〕", row, stage.meta.field_of, ends) == row
    # an office may be the whole issuer: no section ending
    office = {"issuer": "衛生局秘書室"}
    assert desk_origin("發布單位：衛生局秘書室", office, stage.meta.field_of, ends) == office
    assert (
        split(["某局公布檢查結果", "發布單位：稽查科　發布日期：2023-03-08", ANSWERS[0]])[
            0
        ].meta.get("origin")
        == "稽查科"
    )


def test_the_two_families_keep_their_figures() -> None:
    assert_floors(
        "sealed_zs_zhaosheng",
        {"content_f1": 0.95, "titles": 1.0, "counts": 1.0, "metadata": 0.95, "residue": 0.0},
    )
    assert_floors(
        "sealed_zs_choujian",
        {"content_f1": 1.0, "titles": 1.0, "counts": 1.0, "metadata": 1.0, "residue": 0.0},
    )
