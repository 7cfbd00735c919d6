"""Chrome a single-document site leaves on every page (residgen), each mechanism as small
invented sites of its own, with look-alikes that stay:

* a note in which the page names its own kind and how it was made (``本条目由某编辑组校对。``,
  ``（本稿据录音整理，未经讲者审阅）``) is the site speaking (cue ``site_voice``): printed
  word for word on every page at the page's edge it goes; a cue alone never makes a
  sentence chrome;
* a body's name printed word for word above the text of every page (the site's masthead)
  is chrome, though it has a signer's shape; the same name signing under the text stays;
* a note the site prints under the text of every page but for the branch's own hotline
  (the copies differ only in a telephone number) goes where it stands below the text;
  sentences differing in other figures stay.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.stages.keep import keep_table
from cleaner.stages.site_judge import masthead_name
from tests.stages.stage_runs import boil, site_stage

SPOTS = ["松溪", "柳岸", "石桥", "青冈", "白沙", "梅岭"]


def _body(spot: str) -> list[str]:
    return [
        f"{spot}村位于县境东部，村域面积约十二平方千米，辖六个村民小组。",
        f"{spot}村以种植茶叶和水稻为主，近年来发展乡村旅游，游客逐年增多。",
        f"村内保存有清代祠堂一座，{spot}村民每年春季在此举行祭祖活动。",
    ]


# ---- a page's note on how it was made


@pytest.mark.parametrize(
    "note",
    [
        "本条目由青檀百科乡土编辑组校对。",
        "（本稿据录音整理，未经讲者审阅）",
        "本资料经社区志愿者逐条核实后录入。",
        "本页面内容由村史编写小组根据口述整理。",
        "未经本人审阅的发言记录，仅供存档。",
    ],
)
def test_a_note_on_how_the_page_was_made_is_the_sites_voice(note: str) -> None:
    assert "site_voice" in keep_table().cues(note)


@pytest.mark.parametrize(
    "line",
    [
        "本办法由市财政局负责解释。",  # a closing formula: the document's own
        "本镇由三个村合并而成，人口约两万。",  # no making of the text
        "本书根据作者晚年手稿出版。",  # publishing, not the site's compiling
        "村民经过三年努力，整理出一部村志。",  # no page naming itself
    ],
)
def test_a_sentence_of_the_text_is_not_the_sites_voice(line: str) -> None:
    assert "site_voice" not in keep_table().cues(line)


@pytest.mark.parametrize(
    ("note", "where"),
    [
        ("本条目由青檀百科乡土编辑组校对。", "head"),
        ("（本稿据现场录音整理，未经讲者审阅）", "foot"),
        ("本词页经地方志办公室专家核实。", "head"),
    ],
)
def test_the_note_on_every_page_goes(note: str, where: str) -> None:
    pages = []
    for spot in SPOTS:
        head, body = [f"{spot}村"], _body(spot)
        pages.append(
            [*head, note, *body, "其他", "附近词条"]
            if where == "head"
            else [*head, *body, note, "其他", "附近词条"]
        )
    stage = site_stage(pages)
    for page in pages:
        out = boil(page, stage, "s")
        assert note not in out
        assert all(b in out for b in page[1:] if b not in (note, "其他", "附近词条"))


def test_the_note_on_one_page_only_stays() -> None:
    note = "本条目由青檀百科乡土编辑组校对。"
    pages = [[f"{s}村", *_body(s)] for s in SPOTS]
    pages[2].insert(1, note)
    stage = site_stage(pages)
    assert note in boil(pages[2], stage, "s")


def test_a_repeated_text_sentence_with_the_cue_in_mid_page_stays() -> None:
    # a sentence with the cue printed on every page in the middle of the text: the cue
    # alone never makes a sentence chrome (it needs the page's edge)
    line = "本届评选由县文联组织专家审核，结果已在公示期后确定。"
    pages = []
    for s in SPOTS:
        b = _body(s)
        pages.append([f"{s}村", b[0], b[1], line, b[2], *_body(s + "镇")])
    stage = site_stage(pages)
    for page in pages:
        assert line in boil(page, stage, "s")


# ---- a body's name over the text of every page


@pytest.mark.parametrize(
    "name",
    [
        "临溪市气象服务中心",
        "财团法人松荫文教基金会　青岚分会",
        "青岚县农业技术推广中心",
    ],
)
def test_a_name_over_every_page_is_the_sites_masthead(name: str) -> None:
    # under the page's title copy, over its headline: the site's brand bar
    pages = [
        [f"{s}村简介_乡土志", name, f"{s}村简介", *_body(s), *_body(s + "镇"), *_body(s + "乡")]
        for s in SPOTS
    ]
    stage = site_stage(pages)
    for page in pages:
        out = boil(page, stage, "s")
        assert name not in out
        assert page[2] in out and page[3] in out


def test_a_name_as_every_pages_top_line_stays() -> None:
    # a text page's first line is its own head: an issuer over its document
    name = "临溪市气象服务中心"
    pages = [[name, f"关于{s}村防汛准备的提示", *_body(s)] for s in SPOTS]
    stage = site_stage(pages)
    for page in pages:
        assert name in boil(page, stage, "s")


def test_the_same_name_signing_under_the_text_stays() -> None:
    name = "临溪市气象服务中心"
    pages = [[f"{s}村简介", *_body(s), name, "2024年3月2日"] for s in SPOTS]
    stage = site_stage(pages)
    for page in pages:
        assert name in boil(page, stage, "s")


def test_masthead_name_wants_every_page_and_the_top() -> None:
    assert masthead_name("某某市气象局", "signature_org", 0.03, 8, 8)
    assert not masthead_name("某某市气象局", "signature_org", 0.0, 8, 8)  # the top line
    assert not masthead_name("某某市气象局", "signature_org", 0.03, 7, 8)
    assert not masthead_name("某某市气象局", "signature_org", 0.5, 8, 8)
    assert not masthead_name("某某市气象局", "signature_org", 0.03, 3, 3)  # too few pages
    assert not masthead_name("通知公告_某某市气象局", "signature_org", 0.03, 8, 8)
    assert not masthead_name("各有关单位：", "salutation", 0.03, 8, 8)


# ---- a note under every page but for its hotline

PHONES = ["0571-8832101", "0571-8832245", "0571-8832390", "0571-8832417", "0571-8832563"]


def test_a_note_differing_only_in_its_hotline_stays_the_pages_own() -> None:
    # each page's own number to call is the page's fact (review of residgen: a district's
    # repair line, a branch's booking number, a job post's contact were deleted)
    pages = []
    for s, phone in zip(SPOTS, PHONES, strict=False):
        note = f"※ 办理前请携带身份证件，详情请拨打本所服务热线{phone}咨询。"
        pages.append([f"{s}村简介", *_body(s), note, "友情链接"])
    stage = site_stage(pages)
    for page in pages:
        out = boil(page, stage, "s")
        assert page[4] in out
        assert all(b in out for b in page[1:4])


def test_the_hotline_note_above_the_text_end_stays() -> None:
    # the same shape standing inside the text (text below it) is the text's
    pages = []
    for s, phone in zip(SPOTS, PHONES, strict=False):
        note = f"※ 办理前请携带身份证件，详情请拨打本所服务热线{phone}咨询。"
        body = _body(s)
        pages.append([f"{s}村简介", body[0], note, body[1], body[2], *_body(s + "镇")])
    stage = site_stage(pages)
    for page in pages:
        assert page[2] in boil(page, stage, "s")


def test_prose_differing_in_other_figures_stays() -> None:
    pages = []
    for n, s in enumerate(SPOTS):
        line = f"截至目前，本村共登记古树{12 + n}株，其中一级保护古树{3 + n}株。"
        pages.append([f"{s}村简介", *_body(s), line])
    stage = site_stage(pages)
    for page in pages:
        assert page[4] in boil(page, stage, "s")


def test_a_notices_own_contact_line_glued_under_the_text_stays() -> None:
    # only a contact's cue words, each page its own number, straight under the last
    # sentence: the notice's own number to call (own_data.glued_contact)
    pages = []
    for s, phone in zip(SPOTS, PHONES, strict=False):
        line = f"报名咨询请于工作日致电村委会联系电话{phone}，逾期不再受理。"
        pages.append([f"{s}村简介", *_body(s), line, "", "友情链接"])
    stage = site_stage(pages)
    for page in pages:
        assert page[4] in boil(page, stage, "s")


def test_a_guides_own_hotline_section_closing_its_text_stays() -> None:
    # a service guide's last section, its value the office's number on each page: only
    # a contact's cue, the page's own number to call
    pages = []
    for s, phone in zip(SPOTS, PHONES, strict=False):
        line = f"{phone}（工作日），或拨打市民服务热线咨询。"
        pages.append([f"{s}村简介", *_body(s), "五、咨询电话", line, "", "友情链接"])
    stage = site_stage(pages)
    for page in pages:
        assert page[5] in boil(page, stage, "s")


def test_an_unchecked_record_in_a_statute_is_not_the_sites_voice() -> None:
    assert "site_voice" not in keep_table().cues("（三）以未经审核的原始凭证为依据记账的；")
