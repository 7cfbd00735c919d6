"""Fixes for set zf's adoption posts, temple notices and PDF announcements (fixzf2).

* Traditional letters: the chrome vocabulary is written once in simplified characters and
  widened by the general map (``han_forms.toml``), now with ``则`` → ``則`` (``上一則：…``);
  a bare way back to the list (``回列表``) is a page tool.
* A site's standing note opened by a reference mark (``※…``), printed word for word under
  the text of every page, is a foot sentence (one cue); a bracketed note the site or its
  converter adds (``（以上内容由…自动…生成…为准）``) is no writer's text note.
* A label/value table's title row (``公告標題<TAB>某事``) gives the title, and the value stays
  the text's first line; the page's ``<title>`` line over the card goes.  A bracketed tag
  alone over the headline (``【活動】``) is the piece's header.
* A letter's signer over a card naming a division of it: the signer is the issuer, the
  division the origin.  ``发布人`` names the poster, the author (a body under it: issuer).
* A ``<dl>`` card of short terms and values by the title is metadata (each row in the
  ledger); a definition list of long definitions stays text.  A heading over a list of
  links the extractor dropped by its chrome name goes with it.
* A PDF's running head printed once after a page mark, set out across the page with a
  wide gap, is crossed and the sentence it cut joined.

Every word is invented; look-alikes that must stay are tested beside each fix.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner.config import PipelineConfig
from cleaner.ingest.html import extract
from cleaner.ingest.html_bylines import labelled_author
from cleaner.ingest.readers import read_inputs
from cleaner.pipeline import Pipeline
from cleaner.rules.han_forms import widen
from cleaner.stages.keep import keep_table
from cleaner.stages.profile_counter import build_profiles
from cleaner.stages.split_meta_lines import MetaLines
from cleaner.stages.split_tags import tag_over_headline
from cleaner.stages.split_titles_cards import card_title
from tests.stages.family_figures import family_figures
from tests.stages.stage_runs import boil, repair, site_stage, split

PROSE = [
    "本會為便利會員辦理年度手續，自下月起延長服務時間，請各位會員依序辦理並攜帶相關證件。",
    "一、辦理地點：本會一樓服務台，每日上午九時至下午四時，例假日照常受理。",
    "二、注意事項：請勿委託他人代辦，如有疑問請先來電洽詢，以免往返奔波。",
]


# ---- traditional chrome words through the general map


def test_the_map_widens_the_pager_word() -> None:
    assert "則" in widen("上一则")


def test_a_traditional_pager_and_a_bare_way_back_go() -> None:
    out = boil([*PROSE, "上一則：秋季會員大會通知", "下一則：理監事選舉辦法", "回列表"])
    assert "上一則" not in out and "下一則" not in out and "回列表" not in out
    assert all(p in out for p in PROSE)


def test_sentences_with_the_same_words_stay() -> None:
    keep = ["本則公告自即日起生效，下一則另行公布。", "請回列表中查找您的姓名並核對。"]
    out = boil([*PROSE, *keep])
    assert all(k in out for k in keep)


# ---- a standing note under every page; a converter's bracketed note


NEWS = [
    (
        "春季植樹",
        "本會將於三月中旬在河濱公園舉辦植樹活動，每位會員可攜一名家屬參加。",
    ),
    (
        "圖書捐贈",
        "本會圖書室接受會員捐贈舊書，兒童繪本與工具書尤為需要。",
    ),
    ("健康講座", "本月底將邀請社區醫院的醫師主講高血壓的日常照護，講座結束後提供免費量血壓服務。"),
    ("書法比賽", "第二屆會員書法比賽開始收件，作品以楷書或行書為限，尺寸不得超過對開宣紙大小。"),
    ("秋季旅遊", "秋季旅遊預定前往山區茶園參觀製茶過程，午餐自理，報名時請註明是否需要素食便當。"),
]


def _site(note: str, extra: dict[int, list[str]] | None = None) -> list[list[str]]:
    pages = []
    for n, (title, para) in enumerate(NEWS):
        more = (extra or {}).get(n, [])
        pages.append([f"{title}活動公告", para, *more, note, "某某協會　版權所有"])
    return pages


def test_a_marked_note_on_every_page_foot_goes() -> None:
    note = "※本會從未委託任何人上門收取會費，請會員提高警覺以免受騙。"
    pages = _site(note)
    stage = site_stage(pages)
    out = boil(pages[0], stage, site="s")
    assert note not in out and NEWS[0][1] in out


def test_a_marked_note_of_one_page_stays() -> None:
    own = "※本次活動名額有限，額滿即止，請各位會員儘早報名。"
    pages = _site("某某協會敬上", {2: [own]})
    out = boil(pages[2], site_stage(pages), site="s")
    assert own in out


def test_a_converters_note_is_no_writers_note() -> None:
    keep = keep_table()
    assert keep.reason("（以上據舊稿謄錄，略有刪節）") == "text_note"
    assert keep.reason("（以上为会议记录整理稿）") == "text_note"
    assert keep.reason("（以上内容由原件自动识别生成，请以纸质原件为准）") is None


# ---- a card's title row, a tag over the headline


def test_a_card_title_row_names_the_title() -> None:
    assert card_title("公告標題\t秋季會員大會通知") == "秋季會員大會通知"
    assert card_title("新闻标题：某地新桥通车") == "某地新桥通车"
    assert card_title("副標題\t一段說明") is None  # a subtitle
    assert card_title("標題\t這是一句話。後面還有。") is None  # a sentence
    assert card_title("公告日期\t2024/3/18") is None


def test_a_tag_over_the_headline_is_its_header() -> None:
    names = ["秋季會員大會通知"]
    assert tag_over_headline(["【會務】", "秋季會員大會通知", PROSE[0]], names) == [0]
    top = ["秋季會員大會通知", "【會務】", "秋季會員大會通知", PROSE[0]]
    assert tag_over_headline(top, names) == [0, 1]
    # a section head of the text under the headline, a tag over another line: text
    assert tag_over_headline(["秋季會員大會通知", "【說明】", PROSE[0]], names) == []
    assert tag_over_headline(["【說明】", PROSE[0]], names) == []


def _pipe(tmp_path: Path, pages: dict[str, str]) -> dict[str, list]:
    for name, html in pages.items():
        (tmp_path / name).write_text(html, encoding="utf-8")
    raws = list(read_inputs([tmp_path]))
    pipe = Pipeline(PipelineConfig(), profiles=build_profiles(raws))
    return {Path(r.source).name: pipe.process(r, i).articles for i, r in enumerate(raws)}


def _html(title: str, body: str) -> str:
    return (
        f'<html><head><meta charset="utf-8"><title>{title}</title></head><body>'
        '<div class="logo">某某協會資訊網</div>'
        f"{body}<div>某某協會　版權所有</div></body></html>"
    )


def test_a_table_card_gives_the_title_and_keeps_it_as_text(tmp_path: Path) -> None:
    card = (
        "<table><tr><th>公告標題</th><td>秋季會員大會通知</td></tr>"
        "<tr><th>公告日期</th><td>2023/9/8</td></tr>"
        "<tr><th>公告單位</th><td>會務組</td></tr></table>"
    )
    paras = "".join(f"<p>{p}</p>" for p in [*PROSE, "某某協會理事會　敬啟"])
    arts = _pipe(tmp_path, {"a.html": _html("秋季會員大會通知－某某協會", card + paras)})["a.html"]
    (a,) = [x for x in arts if x.text.strip()]
    assert a.title == "秋季會員大會通知"
    lines = a.text.split("\n")
    assert lines[0] == "秋季會員大會通知"
    assert "公告標題" not in a.text and "某某協會" not in lines[0]
    assert all(p in a.text for p in PROSE)
    assert a.meta.get("published") == "2023-09-08"
    assert a.meta.get("issuer") == "某某協會理事會" and a.meta.get("origin") == "會務組"


# ---- signer and division; a poster's label


def test_a_signer_over_a_division_keeps_the_division_as_origin() -> None:
    page = [
        "关于调整办事时间的通知",
        "发布日期：2023-09-08　发布单位：综合科",
        *PROSE,
        "某某市某某局　敬启",
    ]
    (a,) = split(page)
    assert a.meta.get("issuer") == "某某市某某局"
    assert a.meta.get("origin") == "综合科"


def test_a_posters_label_names_the_author() -> None:
    row = "发布人：林小满　·　发布于 2023-09-08 10:20　·　浏览 88"
    assert MetaLines().shaped_row(row, near_title=True) == {
        "author": "林小满",
        "published": "2023-09-08",
    }
    assert labelled_author(f"某标题\n{row}\n正文。") == "林小满"
    # a body posting a notice is its issuer, no writer
    body_row = "发布人：某某市教育局　发布时间：2023-09-08"
    assert MetaLines().shaped_row(body_row, near_title=True) == {
        "issuer": "某某市教育局",
        "published": "2023-09-08",
    }
    assert labelled_author(f"某标题\n{body_row}\n正文。") is None
    # a reply by the poster is no label of a name
    assert labelled_author("某标题\n发布人回复：谢谢大家的关心。\n正文。") is None


# ---- a <dl> card; a heading over a dropped link list


LETTER = [
    "小橘是在小区车库里被发现的，那时它只有巴掌大，现在已经长成一只健康活泼的大猫了。",
    "它性格亲人，喜欢跟着人走来走去，希望能遇到一个愿意陪它慢慢变老的家庭。",
]


def test_a_dl_card_by_the_title_is_metadata(tmp_path: Path) -> None:
    card = "".join(
        f"<dt>{k}</dt><dd>{v}</dd>"
        for k, v in (("名字", "小橘"), ("毛色", "橘白"), ("体重", "约四公斤"), ("城市", "某某市"))
    )
    body = f"<h1>橘白小猫小橘找家</h1><dl>{card}</dl>" + "".join(f"<p>{p}</p>" for p in LETTER)
    arts = _pipe(tmp_path, {"a.html": _html("橘白小猫小橘找家 - 某某网", body)})["a.html"]
    (a,) = [x for x in arts if x.text.strip()]
    assert a.title == "橘白小猫小橘找家"
    lines = a.text.split("\n")
    for gone in ("名字", "小橘", "毛色", "橘白", "约四公斤"):
        assert gone not in lines
    assert all(p in a.text for p in LETTER)


def test_a_glossary_dl_stays_text(tmp_path: Path) -> None:
    terms = (
        ("驱虫", "用药物清除猫狗体内外的寄生虫，一般每三个月进行一次，幼猫需要更频繁。"),
        ("绝育", "通过手术使动物失去生育能力，可以减少流浪动物数量并降低部分疾病风险。"),
        ("免疫", "按时接种疫苗让动物获得对常见传染病的抵抗力，首年需要连续接种数针。"),
    )
    dl = "<dl>" + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in terms) + "</dl>"
    body = "<h1>领养前要知道的三个词</h1>" + f"<p>{LETTER[1]}</p>" + dl
    arts = _pipe(tmp_path, {"a.html": _html("领养前要知道的三个词 - 某某网", body)})["a.html"]
    text = "\n".join(a.text for a in arts)
    for k, v in terms:
        assert k in text.split("\n") and v in text


def test_a_heading_over_a_dropped_link_box_goes_with_it() -> None:
    links = "".join(f'<li><a href="/a/{n}.html">某某小狗第{n}号等你来接</a></li>' for n in range(3))
    page = (
        "<html><head><title>某事 - 某某网</title></head><body><h1>某事</h1>"
        + "".join(f"<p>{p}</p>" for p in LETTER)
        + f'<h3>同城还有这些小家伙</h3><ul class="more">{links}</ul></body></html>'
    )
    assert "同城还有这些小家伙" not in extract(page).body
    # a heading over the text's own paragraphs stays
    own = (
        "<html><head><title>某事 - 某某网</title></head><body><h1>某事</h1>"
        + f"<p>{LETTER[0]}</p><h3>它现在的样子</h3><p>{LETTER[1]}</p></body></html>"
    )
    assert "它现在的样子" in extract(own).body


# ---- a running head printed once, set out across the page


HEAD = "某某新材料股份有限公司　　　　　　　　2023-011号公告"


def test_a_wide_running_head_after_a_page_mark_is_crossed() -> None:
    text = (
        "本公司将严格按照有关规定履行信息披露义务，及时披露相关事项的后续进展，敬请广大投\n"
        "\n第 1 页 共 2 页\n"
        f"{HEAD}\n"
        "\n资者注意投资风险。\n"
    )
    out = repair(text)
    assert "敬请广大投资者注意投资风险。" in out


def test_a_wide_row_after_a_page_mark_under_a_closed_sentence_stays() -> None:
    row = "项目名称　　　　　　金额（万元）"
    text = (
        "本公司将严格按照有关规定履行信息披露义务，及时披露相关事项的后续进展。\n"
        f"\n第 1 页 共 2 页\n{row}\n\n担保事项一　　　　　　473\n"
    )
    out = repair(text)
    assert row in out and "担保事项一" in out


# ---- the fixed families hold their figures


@pytest.mark.parametrize("name", ["sealed_zf_lingyang", "sealed_zf_miaoyu", "sealed_zf_pilu"])
def test_fixed_families_floor(name: str) -> None:
    f = family_figures(name)
    assert f["content_f1"] >= 0.98, f
    assert f["residue"] <= 0.02, f
    assert f["titles"] >= 0.95, f
    assert f["counts"] >= 0.95, f
    assert f["repairs"] >= 0.95, f
    assert f["metadata"] >= 0.95, f
    json.dumps(f)  # plain figures
