"""Fixes for three families of the twenty-first blind set (sealed_w_baogao, sealed_w_wenshu,
sealed_w_yuanzhu; fixw2), each mechanism as a small case in wordings of its own, with
look-alikes that must stay:

* a text page's headline, one of a series the site learned as a shape, is no chrome;
* a judgement's own lines a site repeats: a heading in spaced letters, the case-number
  shape under it, the bench signing over the date;
* a card of bracket-labelled rows with rows naming no field, above the title or after
  the text; the title put in front over such a card is kept once;
* an answer's byline under a question (who and when) is metadata, its heading with it;
  an author's unit in brackets is no name; a FAQ's question headings stay text;
* a labelled credit row is learnable chrome, a hotline sentence is a contact cue.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.stages.body_openers import signing_block
from cleaner.stages.keep import keep_table
from cleaner.stages.repeat_keeps import letters, own_series_title
from cleaner.stages.site_judge import LearnedLine
from cleaner.stages.split_reply import answer_byline
from cleaner.stages.split_values import names_only
from tests.stages.family_figures import family_figures
from tests.stages.stage_runs import boil, site_stage
from tests.stages.stage_runs import split as _split

P1 = "清晨的渡口雾气很重，船工把缆绳一圈圈收好，等第一班乘客上船，岸边的柳树还滴着水。"
P2 = "午后太阳出来了，晒谷场上的孩子们追着一只花猫跑，老人们坐在槐树下慢慢地说着旧事。"
P3 = "傍晚收工以后，村口的小卖部亮起了灯，几个年轻人围着一台旧收音机听天气预报。"


# ---- a text page's headline of a series


def _report(year: int) -> list[str]:
    title = f"{year}年青禾镇渡口管理总结"
    return [
        f"{title}_青禾镇便民网",
        "首页 ＞ 镇务 ＞ 总结",
        "",
        title,
        f"发布时间：{year}-02-0{year % 9 + 1}　来源：青禾镇渡口所　点击：{year % 97}",
        "",
        P1,
        P2 if year % 2 else P3,
        "",
        f"相关阅读：{year - 1}年青禾镇渡口管理总结",
        "〖打印本页〗〖关闭窗口〗",
    ]


def test_a_series_headline_under_its_dressed_page_title_stays() -> None:
    pages = [_report(y) for y in (2016, 2017, 2018, 2019, 2020)]
    stage = site_stage(pages)
    for page in pages:
        out = boil(page, stage, site="s").split("\n")
        assert page[3] in out, out  # the page's own title, learned as a shape, stays
        assert page[9] not in out  # the related link (a cue word) still goes
        assert P1 in out


def test_only_a_cue_less_shape_of_several_wordings_is_a_series_title() -> None:
    def hit(kind: str, examples: tuple[str, ...], signals: tuple[str, ...]) -> LearnedLine:
        return LearnedLine("⟨N⟩年某镇总结", kind, "line", 5, 100.0, examples, None, signals)

    two = ("2016年某镇总结", "2017年某镇总结")
    assert own_series_title(hit("shape", two, ("short", "digits")))
    assert not own_series_title(hit("line", two[:1], ("short",)))  # one wording: chrome
    assert not own_series_title(hit("shape", two, ("cue:related", "digits")))
    assert not own_series_title(hit("shape", two, ("menu", "digits")))


# ---- a judgement's own lines that a site repeats


FACTS = [
    "申请人称其托运的两箱茶叶在渡船靠岸时落水，要求承运方照价赔偿并退还运费。",
    "被申请人辩称货物装船前已有破损，装卸过程中的损失应由托运人自行承担。",
    "经查，双方签订的托运单未载明货物价值，申请人亦未办理保价手续。",
    "调处委员会组织双方现场核对了渡口监控录像和装卸记录，听取了船工的陈述。",
    "申请人提交的收货照片显示外包装完好，但内层防潮袋有明显划痕。",
    "被申请人认可渡船当日因风浪提前靠岸，但否认存在操作不当的情形。",
    "双方对赔偿数额分歧较大，经两次调解未能达成一致意见。",
    "本委员会认为，承运人对运输过程中货物的毁损负有赔偿责任，但赔偿以实际损失为限。",
]


def _ruling(n: int, member: str) -> list[str]:
    return [
        "禾川裁决公开网",
        f"陈某{n}与某物流公司运输合同纠纷复议决定书",
        "禾川市渡运纠纷调处委员会",
        "复 议 决 定 书",
        f"（202{n}）禾渡复{10 + n * 7}号",
        f"申请人：陈某{n}，男，住禾川市××路××号。",
        FACTS[n % 8],
        FACTS[(n + 3) % 8],
        FACTS[(n + 5) % 8],
        "本决定为最终决定。",
        "主　任　委　员　林守拙",
        f"委　　　员　{member}",
        "委　　　员　许知远",
        f"二〇二一年{'三四五六七八'[n - 1]}月{'一二三四五六'[n - 1]}日",
        f"记　录　人　{'甲乙丙丁戊己'[n - 1]}小满",
        "温馨提示：本网公开的决定书仅供查阅，以送达文本为准。",
        "关注本网公众号获取更多公开信息",
    ]


def test_a_spaced_heading_the_number_under_it_and_the_bench_stay() -> None:
    members = ["赵一鸣", "钱二水", "孙三山", "李四海", "周五岳", "吴六合"]
    pages = [_ruling(n, m) for n, m in enumerate(members, 1)]
    stage = site_stage(pages)
    for page in pages:
        out = boil(page, stage, site="s").split("\n")
        for kept in page[3:15]:
            assert kept in out, (kept, out)
        assert page[15] not in out and page[16] not in out  # the site's notice and prompt go


def test_letters_counts_a_spaced_heading_by_its_letters() -> None:
    assert letters("复 议 决 定 书") == 5 and letters("主　任") == 2
    assert letters("分享 到 朋友圈") == 8  # words, not spaced letters: its characters


def test_a_signing_block_runs_from_the_prose_to_the_date() -> None:
    page = ["本决定为最终决定。", "主　任　林某", "委　员　许某", "二〇二一年三月五日"]
    assert signing_block(page, 1, {1, 2}, set()) and signing_block(page, 2, {1, 2}, set())
    # a learned line between prose and another learned line, no own date below: chrome
    assert not signing_block([*page[:3], "关注本网"], 1, {1, 2, 3}, set())
    # a line with a cue word or a figure is no signer
    assert not signing_block(["本决定为最终决定。", "点击关注本网", page[3]], 1, {1}, set())
    assert not signing_block(["本决定为最终决定。", "阅读 12 次", page[3]], 1, {1}, set())


# ---- a card of bracket-labelled rows


CARD = [
    "【审理法院】禾川市渡运法院",
    "【案　　号】（2021）禾渡初18号",
    "【纠纷类别】渡运合同",
    "【审理程序】一审",
    "【裁判日期】2021-05-06",
]


def test_a_bracket_card_above_the_title_goes_whole_and_reads() -> None:
    title = "陈某与某物流公司运输合同纠纷一审判决书"
    (d,) = _split([title, *CARD, title, "禾川市渡运法院", P1, P2, P3])
    assert d.title == title
    assert d.meta["issuer"] == "禾川市渡运法院" and d.meta["doc_number"] == "（2021）禾渡初18号"
    assert d.meta["published"] == "2021-05-06"
    assert "纠纷类别" not in d.text and "审理程序" not in d.text
    assert d.text.split("\n").count(title) == 1  # the title put in front is kept once
    assert P3 in d.text


def test_a_bracket_card_after_the_text_goes_whole_and_reads() -> None:
    title = "陈某与某物流公司运输合同纠纷一审判决书"
    (d,) = _split([title, P1, P2, P3, "二〇二一年五月六日", *CARD])
    assert d.meta["issuer"] == "禾川市渡运法院" and d.meta["doc_number"] == "（2021）禾渡初18号"
    assert "纠纷类别" not in d.text and "【审理法院】" not in d.text
    assert P3 in d.text and "二〇二一年五月六日" in d.text


def test_bracket_lines_that_name_no_field_stay_text() -> None:
    title = "渡口改建工作简报"
    tail = ["【工作动态】本周完成两座候船亭。", "【下步安排】二期", "【备注】无"]
    (d,) = _split([title, P1, P2, P3, *tail])
    for line in tail:
        assert line in d.text  # a sentence, or no row that names a field: no card


# ---- an answer's byline under a question


Q = "渡口的船票丢了还能退吗？"
ASK = "上周买了往返票，回程那张找不到了，请问还能补办或者退款吗？"


def test_an_answer_byline_under_its_heading_is_metadata() -> None:
    row = "答复专员：林守拙（禾川市渡运服务中心）　答复时间：2021-05-06 10:20"
    lines = [Q, ASK, "专员答复", row]
    (d,) = _split([*lines, P1, P2, "依据：《某某渡运服务规定》第十二条"])
    assert d.meta["author"] == "林守拙" and d.meta["published"] == "2021-05-06"
    assert "专员答复" not in d.text and "答复专员" not in d.text
    assert ASK in d.text and P2 in d.text


def test_a_row_without_a_question_or_under_other_words_stays() -> None:
    row = "答复专员：林守拙　答复时间：2021-05-06"
    page = ["渡口船票办理须知", P1, "专员答复", row, P2]
    fields = {"author": "林守拙", "published": "2021-05-06"}
    assert answer_byline([0, 1, 2, 3, 4], page, {row: fields}.get) == []  # no question
    page = [Q, ASK, "第二部分", row, P2]
    assert answer_byline([0, 1, 2, 3, 4], page, {row: fields}.get) == []  # other words
    assert answer_byline([0, 1, 3, 4], page, {row: {"author": "林守拙"}}.get) == []


def test_an_author_unit_in_brackets_is_no_name() -> None:
    assert names_only({"author": "林守拙（禾川市渡运服务中心）"}) == {"author": "林守拙"}
    assert names_only({"author": "林（守）拙"}) == {"author": "林（守）拙"}


# ---- footer credits and hotlines


def test_a_labelled_credit_row_is_learnable_and_a_unit_alone_is_kept() -> None:
    keep = keep_table()
    assert keep.reason("主办：禾川市交通局　承办：禾川市渡运服务中心") is None
    assert keep.reason("禾川市渡运服务中心") == "signature_org"
    assert "contact" in keep.cues("具体问题请拨打渡运服务热线咨询。")
    assert "contact" not in keep.cues("渡口的船票可以在窗口补办。")


# ---- the families


@pytest.mark.parametrize("name", ["sealed_w_baogao", "sealed_w_wenshu", "sealed_w_yuanzhu"])
def test_the_fixed_families_hold_their_floors(name: str) -> None:
    f = family_figures(name)
    floor = {"content_f1": 0.99, "titles": 1.0, "counts": 1.0, "repairs": 1.0, "metadata": 1.0}
    for key, low in floor.items():
        assert f[key] >= low, (key, f)
    assert f["residue"] <= 0.01, f
