"""A footer's contact sentence a site fills with each page's number to call (yqleft).

A notice board prints, inside the footer of every page (under its page tools, over its
address and rights lines), one sentence word for word but for its last clause, which holds
that page's own number to call (``如有疑问，请洽本局某科，电话：…``).  The site profile
learns it as a shape (``site_judge.foot_call``) and the boilerplate stage removes it where
it stands between the site's chrome: a line of the site's chrome over it and only chrome
under it (``own_data.in_footer``).  The same sentence glued under the text, inside the
body, with the page's own lines under it, or a sentence whose words differ page to page
(each notice's own office) stays.

Every word and number is invented.
"""

from __future__ import annotations

from cleaner.stages.own_data import in_footer
from cleaner.stages.site_judge import FOOT_CALL, _call_clause, foot_call
from tests.stages.stage_runs import boil, site_stage

TOOLS = "返回列表　｜　打印本页　｜　关闭窗口"
ADDRESS = "某县人民政府　地址：某县和平路8号　邮编：300100"
RIGHTS = "版权所有　某县人民政府　Copyright 2023"
TITLES = (
    "关于征收某村土地的公告",
    "关于某路拓宽工程的公告",
    "关于某桥维修期间绕行的公告",
    "关于某小学扩建用地的公告",
    "关于某河堤加固工程的公告",
)
BODIES = (
    "本次征收涉及某村集体土地三十亩，补偿标准按照县政府有关规定执行，请权利人及时办理。",
    "拓宽工程自下月起分段施工，施工期间请过往车辆减速慢行，注意安全，服从现场指挥。",
    "维修期间桥面全封闭，行人及车辆请绕行某路，给大家带来的不便敬请谅解。",
    "扩建用地位于学校东侧，相关权利人应于公告期内持有关证件到县自然资源局登记。",
    "加固工程将于汛期前完工，施工期间河堤步道暂停开放，请市民群众注意安全。",
)
NUMBERS = ("5551234", "5552876", "5553911", "5554402", "5556730")


def _contact(n: str) -> str:
    return f"本公告如有疑义，请洽本县自然资源局权籍科，电话：（０２２）{n}。"


PLACES = ("东岭村", "西坪镇", "南湖街道", "北山乡", "中河社区")
DAYS = ("三十日", "二十日", "十五日", "四十五日", "六十日")


def _more(k: int) -> list[str]:
    """Three lines of the notice's own text, its own words on each page."""
    place, days = PLACES[k], DAYS[k]
    return [
        f"一、{place}相关权利人应在{days}内携带身份证明及权属证明材料到{place}便民服务中心登记。",
        f"二、{place}范围内逾期未登记的，按照有关规定处理，由此产生的后果由权利人自行承担。",
        f"三、本公告在{place}公示{days}，期满后依法组织实施，请{place}群众予以理解和支持。",
    ]


def _page(k: int, contact: str, *, glued: bool = False, own_under: str = "") -> list[str]:
    head = ["某县人民政府门户网站", "首页 ＞ 政务公开 ＞ 公告公示", TITLES[k], BODIES[k], *_more(k)]
    if glued:  # under the text's last sentence, over the page's tools
        return [*head, contact, "", TOOLS, ADDRESS, RIGHTS]
    tail = [own_under] if own_under else []
    return [*head, "", TOOLS, contact, *tail, ADDRESS, RIGHTS]


def _run(pages: list[list[str]]) -> list[list[str]]:
    stage = site_stage(pages)
    return [boil(p, stage, site="s").split("\n") for p in pages]


def test_the_footer_contact_filled_with_each_pages_number_goes() -> None:
    pages = [_page(k, _contact(n)) for k, n in enumerate(NUMBERS)]
    for k, out in enumerate(_run(pages)):
        assert BODIES[k] in out and TITLES[k] in out
        assert _contact(NUMBERS[k]) not in out
        assert TOOLS not in out  # the site's tools over it go as before


def test_other_wordings_and_sites() -> None:
    # another site: a bracketed tool bar over it, a hotline with a dash, simplified
    def other(n: str) -> str:
        return f"如对公示内容有疑问，请于工作日联系区住建局房管科，联系电话：0571-8{n}。"

    pages = []
    for k, n in enumerate(NUMBERS):
        pages.append(
            [
                "某区住建局",
                TITLES[k],
                BODIES[k],
                "",
                "【打印】　【关闭】",
                other(n),
                "主办：某区住建局　备案号：某ICP备12345678号",
            ]
        )
    for k, out in enumerate(_run(pages)):
        assert BODIES[k] in out and other(NUMBERS[k]) not in out

    # traditional script, the sentence the page's very last line, under the rights line
    def trad(n: str) -> str:
        return f"如有疑問，請於上班時間洽詢本所承辦人員，電話：(02)2{n}。"

    pages = [["某鄉公所", TITLES[k], BODIES[k], "", RIGHTS, trad(n)] for k, n in enumerate(NUMBERS)]
    for k, out in enumerate(_run(pages)):
        assert BODIES[k] in out and trad(NUMBERS[k]) not in out


def test_the_same_sentence_glued_under_the_text_stays() -> None:
    pages = [_page(k, _contact(n), glued=True) for k, n in enumerate(NUMBERS)]
    for k, out in enumerate(_run(pages)):
        assert _contact(NUMBERS[k]) in out  # the notice's own closing line


def test_with_the_pages_own_lines_under_it_it_stays() -> None:
    owns = [f"附件：{PLACES[k]}土地权属清册" for k in range(5)]
    pages = [_page(k, _contact(n), own_under=owns[k]) for k, n in enumerate(NUMBERS)]
    for k, out in enumerate(_run(pages)):
        assert _contact(NUMBERS[k]) in out and owns[k] in out


def test_inside_the_body_it_stays() -> None:
    # the contact sentence mid-text, the notice's own lines and signature under it
    pages = []
    for k, n in enumerate(NUMBERS):
        pages.append(
            [
                "某苑业主委员会",
                TITLES[k],
                BODIES[k],
                _contact(n),
                "不便之处，敬请原谅。",
                "",
                "某苑业主委员会",
                "二〇二三年三月一日",
                "",
                TOOLS,
                ADDRESS,
                RIGHTS,
            ]
        )
    for k, out in enumerate(_run(pages)):
        assert _contact(NUMBERS[k]) in out and "不便之处，敬请原谅。" in out


def test_a_sentence_whose_words_differ_stays() -> None:
    # each notice names its own office: a sentence of its own, not the site's
    offices = ("权籍科", "地籍科", "征收办", "用地科", "规划科")
    pages = [_page(k, _contact(n).replace("权籍科", offices[k])) for k, n in enumerate(NUMBERS)]
    for k, out in enumerate(_run(pages)):
        assert _contact(NUMBERS[k]).replace("权籍科", offices[k]) in out


def test_a_sentence_with_another_figure_outside_its_number_stays() -> None:
    # a figure of the page's own (a count) before the number's clause: the page's data
    def counted(k: int, n: str) -> str:
        return f"本期共受理申请{12 + k * 7}件，如有疑问，请致电本局窗口，电话：（０２２）{n}。"

    pages = [_page(k, counted(k, n)) for k, n in enumerate(NUMBERS)]
    for k, out in enumerate(_run(pages)):
        assert counted(k, NUMBERS[k]) in out


def test_the_judge_and_the_footer_test() -> None:
    ex = [_contact(n) for n in NUMBERS]
    assert foot_call(ex, 0.9, 5, 5) == [FOOT_CALL]
    assert foot_call(ex, 0.4, 5, 5) == []  # not at the page's foot
    assert foot_call(ex, 0.9, 4, 5) == []  # not on every page
    assert foot_call(ex[:1], 0.9, 5, 5) == []  # one number on every page: a line
    assert (
        foot_call(["请拨打本站电话咨询，第3期。", "请拨打本站电话咨询，第4期。"], 0.9, 5, 5) == []
    )
    assert _call_clause("如有疑问，请致电（０２２）5551234。") == 5
    assert _call_clause("请致电5551234。") == 0
    assert _call_clause("请致电123。") == -1  # no number to call
    chrome = {3, 5}
    page = ["标题", "正文。", "", TOOLS, _contact("5551234"), RIGHTS]
    assert in_footer(page, 4, chrome.__contains__)
    assert not in_footer(page, 4, {3}.__contains__)  # an own line under it
    assert not in_footer(["标题", "正文。", _contact("5551234"), RIGHTS], 2, {3}.__contains__)
