"""Classes misread on real pages (task realpages8, issue 12), each beside a look-alike that
must keep its reading.  Every word is invented.

* a chrome cue word inside a longer compound of its own meaning something else (``付费``
  in ``免付费专线``, a toll-free number) is no cue (``cue_compounds.toml``, ``cue_words``);
* the link card a post embeds (the linked page's title over its host) is never the post's
  title (``html_link_cards`` declares its lines, ``title_choice`` refuses them);
* an info bar of fields parted by single spaces that ends with a sentence of the text's
  own: the sentence stays (``split_row_cells.sentence_tail``);
* a record dumped as ``label~value~`` cells: its day and author are read, the line stays
  (``split_dump_rows``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner.stages import line_features as lf
from cleaner.stages.cue_words import compounds, mask_compounds


def _run(tmp_path: Path, name: str, text: str) -> list[dict]:
    from cleaner.runner import run

    src = tmp_path / "in"
    src.mkdir(parents=True)
    (src / name).write_text(text, encoding="utf-8")
    run([src], tmp_path / "out")
    rows = (tmp_path / "out" / "articles.jsonl").read_text("utf-8").splitlines()
    return [json.loads(x) for x in rows]


def _columns(line: str) -> set[str]:
    return {n for (n, _), v in zip(lf.vocabulary(), lf.vocab_columns(line), strict=True) if v}


# -- cue words in their word context -------------------------------------------------


@pytest.mark.parametrize(
    ("line", "gone"),
    [
        ("如有疑问请拨打免付费专线0800-000111。", "points"),
        ("他在大学里教了三十年微积分。", "points"),
        ("本届联赛积分榜由某队领跑。", "points"),
        ("这位收藏家捐出了一批旧瓷器。", "comments"),
        ("本报评论员　某某", "comments"),
    ],
)
def test_cue_inside_compound_is_no_cue(line: str, gone: str) -> None:
    assert gone not in _columns(line)


@pytest.mark.parametrize(
    ("line", "cue"),
    [
        ("本文需付费阅读，请先充值。", "points"),
        ("签到可领取积分。", "points"),
        ("收藏本文", "comments"),
        ("发表评论", "comments"),
    ],
)
def test_cue_word_alone_stays_a_cue(line: str, cue: str) -> None:
    assert cue in _columns(line)


def test_site_cues_read_compounds_in_both_scripts() -> None:
    from cleaner.stages.site_judge import KeepTable

    keep = KeepTable()
    assert "download" not in keep.cues("詳情請洽免付費專線0800-000111。")
    assert "download" not in keep.cues("详情请洽免付费专线0800-000111。")
    assert "download" in keep.cues("本资料需付费下载。")
    assert "download" in keep.cues("本資料需付費。")


def test_mask_keeps_offsets() -> None:
    s = "请拨免付费专线，或下载本表。"
    masked = mask_compounds(s)
    assert len(masked) == len(s)
    assert "付费" not in masked and "下载" in masked


def test_every_compound_holds_a_cue_word() -> None:
    """A compound that holds no cue word masks nothing: the table would only slow lines."""
    words = {w for _, ws in lf.vocabulary() for w in ws}
    simplified = [c for c in compounds() if c.isascii() or any(w in c for w in words)]
    from cleaner.rules import load_table

    listed = {w for c in load_table("cue_compounds")["compound"] for w in c["words"]}
    assert listed <= set(compounds())
    assert all(any(w in c for w in words) for c in simplified)
    assert len(simplified) >= len([c for c in listed if any(w in c for w in words)])


# -- a link card's heading is no headline ---------------------------------------------

_POST = (
    "Why did you pick this school? Our students answer in a short film, with Ana and Li "
    "from the music faculty and two of their friends from the rowing club. Watch it to the "
    "end and tell us your own reason!"
)


def _title(cards: tuple[str, ...]) -> str:
    from cleaner.stages.page_hints import PageHints
    from cleaner.stages.split import SplitStage
    from cleaner.stages.title_choice import piece_title

    st = SplitStage()
    body = [_POST, "WhyUs | Student voices", "From video.example.com"]
    hints = PageHints(
        title="Campus Radio on Loop: “Why did you pick this school?” / Loop",
        link_cards=cards,
        source="p.html",
    )
    return piece_title(
        body,
        "",
        above_rows=None,
        hints=hints,
        single=True,
        doc_number=st.meta.doc_number,
        field_of=st.meta.field_of,
        endings=st.t.title_endings,
        complete=False,
    ).title


def test_card_heading_is_no_title() -> None:
    assert _title(("WhyUs | Student voices", "From video.example.com")).startswith("Campus Radio")


def test_same_line_outside_a_card_stays_title() -> None:
    assert _title(()) == "WhyUs | Student voices"


def test_extract_declares_card_lines() -> None:
    from cleaner.ingest.html import extract

    page = extract(
        "<html><body><nav><a href=/>Home</a></nav><div class=col><div class=post>"
        f"<div class=text><p>{_POST}</p></div><button>Translate</button>"
        "<div class=card><a href='https://video.example.com/w'><div>WhyUs | Student voices"
        "</div><div>From video.example.com</div></a></div></div></div></body></html>"
    )
    assert page.meta["link_cards"].split("\t") == [
        "WhyUs | Student voices",
        "From video.example.com",
    ]


# -- an info bar's closing sentence ------------------------------------------------------


def test_sentence_sharing_the_info_bar_stays(tmp_path: Path) -> None:
    text = (
        "某县举办秋季农机展\n"
        "发布时间：2031-09-02 来源：某县日报 作者：周某某 本次展会持续三天，共有八十家企业参展。\n"
        "展会展出新型农机两百余台，吸引众多农户参观，现场签约金额过亿元。\n"
    )
    art = _run(tmp_path, "a.txt", text)[0]
    assert "本次展会持续三天，共有八十家企业参展。" in art["text"]
    assert "来源：某县日报" not in art["text"]
    assert art["meta"].get("published") == "2031-09-02"


def test_info_bar_without_a_sentence_goes_whole(tmp_path: Path) -> None:
    text = (
        "某县举办冬季农机展\n"
        "发布时间：2031-12-02 来源：某县日报 作者：周某某 浏览：35次\n"
        "展会展出新型农机两百余台，吸引众多农户参观，现场签约金额过亿元。\n"
    )
    art = _run(tmp_path, "a.txt", text)[0]
    assert "浏览" not in art["text"] and "某县日报" not in art["text"]
    assert art["meta"].get("published") == "2031-12-02"


# -- a label~value~ dump ------------------------------------------------------------------

_BODY = "图序\n名称\n这是一段正文，讲述这枚纪念章的设计与发行经过。\n"


def test_dump_writer_over_editor_and_nested_label(tmp_path: Path) -> None:
    row = (
        "@面值~8元~发行日期~2031年4月6日~设 计 者~林某某  另版设计者：许某~"
        "责任编辑~王某某~摄 影 者~另版摄影者：赵某~备注~\n"
    )
    art = _run(tmp_path, "p.txt", "某某纪念章\n" + row + _BODY)[0]
    assert art["meta"].get("published") == "2031-04-06"
    assert art["meta"].get("author") == "林某某"
    # the line stays text (its letter-spaced labels closed up by the repair stage)
    assert "@面值~8元~发行日期~2031年4月6日~" in art["text"]
    assert "另版设计者：许某~责任编辑~王某某~" in art["text"]


def test_two_tildes_are_no_dump(tmp_path: Path) -> None:
    art = _run(tmp_path, "p.txt", "某某展览\n展期~3月1日~3月5日\n" + _BODY)[0]
    assert "published" not in art["meta"]
    assert "展期~3月1日~3月5日" in art["text"]


# -- a poster named by an account number, an answerer far under the headline ---------------


def _thread(name: str, href: str) -> str:
    return (
        "<html><head><title>显示器全屏问题求助 - 某某论坛</title></head><body>"
        "<div class=nav><a href=/>首页</a> › <a href=/f/2>求助区</a></div>"
        "<h1>显示器全屏问题求助</h1><table class=post><tr><td class=side>"
        f"<div class=authi><a href='{href}'>{name}</a></div></td><td>"
        "<div class=stamp>发表于 2031-05-18 10:22</div>"
        "<div class=msg>我的显示器换了新的分辨率以后，游戏全屏时有一块看不到，"
        "调过几次设置都没有用，请问这是什么原因？</div></td></tr></table></body></html>"
    )


def test_digit_poster_from_profile_link(tmp_path: Path) -> None:
    html = _thread("20318888", "home.php?mod=space&uid=7")
    art = _run(tmp_path, "t.html", html)[0]
    assert art["meta"].get("author") == "20318888"


def test_short_digits_or_no_profile_link_name_nobody(tmp_path: Path) -> None:
    art = _run(tmp_path, "t.html", _thread("2031", "home.php?mod=space&uid=7"))[0]
    assert art["meta"].get("author") != "2031"
    art = _run(tmp_path / "b", "t.html", _thread("20318888", "/f/2"))[0]
    assert art["meta"].get("author") != "20318888"


def _qa(kind: str) -> str:
    return (
        "<html><head><title>为什么秋天的树叶会变红？ - 某问答</title></head><body>"
        '<div itemscope itemtype="http://schema.org/Question">'
        "<h1>为什么秋天的树叶会变红？</h1><p>小区里的枫树每年都会变红，想知道原理。</p></div>"
        f'<div itemprop="answer" itemscope itemtype="http://schema.org/{kind}">'
        '<div itemprop="author" itemscope itemtype="http://schema.org/Person">'
        '<meta itemprop="name" content="林间的鹿"><span>林间的鹿</span></div>'
        "<div class=bio>某大学 植物学博士</div>"
        "<p>秋天气温下降以后，叶绿素分解得比合成得快，叶子里原本被遮住的颜色就显露出来。</p>"
        "<p>枫树的叶子还会新合成花青素，所以颜色格外鲜红，阳光充足的年份尤其明显。</p>"
        "</div></body></html>"
    )


def test_answerer_from_microdata(tmp_path: Path) -> None:
    art = _run(tmp_path, "q.html", _qa("Answer"))[0]
    assert art["meta"].get("author") == "林间的鹿"


def test_comment_microdata_author_is_none(tmp_path: Path) -> None:
    art = _run(tmp_path, "q.html", _qa("Comment"))[0]
    assert art["meta"].get("author") != "林间的鹿"


def _zhidao_like(between: str) -> str:
    return (
        "<html><head><title>树叶为何会变红？_某知道</title></head><body>"
        "<div class=nav><a href=/>首页</a><a href=/c>分类</a></div>"
        "<h1>树叶为何会变红？</h1><div class=tools><span>我来答</span><span>分享</span>"
        f"<span>举报</span>{between}<span>1个回答</span></div>"
        "<div class=answer><div class=user-name><a href='/usercenter?uid=9'>林间的鹿</a></div>"
        "<div class=time>2031-06-14 · 植物爱好者</div>"
        "<p>秋天气温下降以后，叶绿素分解得比合成得快，叶子里原本被遮住的颜色就显露出来。</p>"
        "<p>枫树的叶子还会新合成花青素，所以颜色格外鲜红，阳光充足的年份尤其明显。</p>"
        "</div></body></html>"
    )


def test_answerer_under_the_question_tools(tmp_path: Path) -> None:
    tools = "".join(f"<div>{w}</div>" for w in ("新浪微博", "微信扫一扫", "复制链接", "收藏"))
    art = _run(tmp_path, "q.html", _zhidao_like(tools))[0]
    assert art["meta"].get("author") == "林间的鹿"


def test_no_answerer_past_prose(tmp_path: Path) -> None:
    prose = "<p>问题补充：小区里的枫树，每年秋天都红，想知道原理。</p>" + "<div>收藏</div>" * 4
    art = _run(tmp_path, "q.html", _zhidao_like(prose))[0]
    assert art["meta"].get("author") != "林间的鹿"
