"""Repairs that depend on context (issue 11, "trust on real pages"): the page kind, headings,
code, dimensions and U+FFFD debris.  Every page here is our own text, written in the shape
of the misfires seen on real pages; each asserts what must be kept and what must change,
and that the recorded changes replay and invert exactly."""

from __future__ import annotations

import pytest

from cleaner.edits import Editor
from cleaner.provenance import rebuild, replay
from cleaner.stages.codelines import code_spans, is_code_line
from cleaner.stages.repair import RepairStage, debris_share, placeholder_runs

STAGE = RepairStage()


def repaired(text: str, *, kind: str = "text") -> Editor:
    ed = Editor("p", text)
    STAGE(ed, kind=kind)
    assert rebuild(ed.text, ed.changes) == text
    assert replay(text, ed.changes) == ed.text
    return ed


def rules(ed: Editor) -> set[str]:
    return {c.rule for c in ed.changes}


# -- 1 page kind and paragraph joins ------------------------------------------------------
NEWS = (
    "全市推进老旧小区改造，今年计划完成改造项目一百二十个，惠及居民三万户\n"
    "记者从市住建局获悉，今年我市将继续推进老旧小区改造工作，重点解决管网老化、"
    "停车难等问题，计划年底前全部开工。\n"
    "图为工人正在对小区外墙进行保温施工，施工现场秩序井然\n"
    "据介绍，改造内容包括基础类、完善类和提升类三类，居民可通过社区提出意见。"
)
PAGINATED = (
    "把质量安全工作放在当前各项工作的首位，加强组织领导，健全工作机\n\n"
    "制，确保各项措施落到实处。二是加强检查，对辖区内的重点企业进行了全面排查，做到不留死角，不漏一\n\n"
    "户。三是加强宣传，印发宣传资料五千余份，群众知晓率明显提高。"
)


def test_html_page_never_joins() -> None:
    ed = repaired(PAGINATED, kind="html")
    assert "repair.join_broken_paragraph" not in rules(ed)
    assert "健全工作机\n制" in ed.text


def test_text_page_joins_only_when_paginated() -> None:
    ed = repaired(PAGINATED)
    assert "健全工作机制，确保" in ed.text and "不漏一户。" in ed.text


def test_title_and_caption_not_joined_on_a_text_page() -> None:
    # a long title with a comma, and a caption, each end mid-sentence: one such line per
    # page is no sign of pagination, and neither is ever joined
    ed = repaired(NEWS)
    assert ed.text == NEWS
    assert "repair.join_broken_paragraph" not in rules(ed)


def test_timestamp_and_link_lines_are_not_the_rest_of_a_sentence() -> None:
    # a scraped blog sidebar: a comment, its time stamp, a line of links, a headline;
    # two lines "stop mid-sentence", which once looked like pagination
    page = (
        "请问刘教授人体暴露最多的微塑料是什么呀，有没有科学家做过相关的研究，谢谢啦\n"
        "21 20:15\n"
        "新书今天上架，见：微店书馆 http://blog.example.cn/home.php?id=1307546 (1727)次阅读|"
        "(10)个评论\n"
        "高血压会导致大脑体积变小，患痴呆症的风险增加二成，研究人员在论文中写道\n"
    )
    ed = repaired(page)
    assert ed.text == page.rstrip("\n")  # only the page-edge newline goes
    assert "repair.join_broken_paragraph" not in rules(ed)


def test_heading_not_joined_even_on_a_paginated_page() -> None:
    page = (
        "第 1 页\n"
        + "基层党建工作的主要做法和体会，以及下一步的打算\n"
        + PAGINATED.replace("\n\n", "\n")
    )
    ed = repaired(page)
    assert "以及下一步的打算\n把质量安全" in ed.text  # the heading stays on its own line
    assert "健全工作机制" in ed.text  # the broken paragraph is joined


def test_unknown_kind_is_an_error() -> None:
    with pytest.raises(ValueError, match="kind"):
        STAGE(Editor("p", "x"), kind="pdf")


# -- 2 spaces inside CJK words ---------------------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "保持穩定 但日圓疲弱",
        "瑞銀降騰訊目標價至105.3元 維持「持有」評級",
        "日本央行維持利率不變 日經指數保持穩定 但日圓疲弱",
        "帝京篇十首 一",
        "帝京篇十首 一 秦川雄帝宅，函谷壮皇居。",
        "全市旅游收入创新高 假日客流同比增两成",
    ],
)
def test_heading_phrase_spaces_kept(line: str) -> None:
    assert repaired(line).text == line


@pytest.mark.parametrize(
    ("line", "fixed"),
    [
        ("完 善推进机制", "完善推进机制"),
        ("通 知", "通知"),
        ("加强农村饮水安 全工程建设。", "加强农村饮水安全工程建设。"),
        (
            "市人民政府办公厅关于做好防治非典 型肺炎有关文件材料收集归档工作的通知",
            "市人民政府办公厅关于做好防治非典型肺炎有关文件材料收集归档工作的通知",
        ),
    ],
)
def test_word_splits_still_removed(line: str, fixed: str) -> None:
    ed = repaired(line)
    assert ed.text == fixed
    assert any(r.startswith("repair.cjk_space") for r in rules(ed))


@pytest.mark.parametrize(
    "line",
    [
        # forum posts and chat: spaces between words separate items (modelled on real
        # forum pages, our own text)
        "周末 休息 休息！！！",
        "麻烦给 小狗 打码！",
        "老话说 有钱能办事 @路人甲 这是真的吗？",
        "车间里的老师傅 同事 都会帮我，我会更努力。",
    ],
)
def test_spaces_between_words_separate_items(line: str) -> None:
    assert repaired(line).text == line


@pytest.mark.parametrize(
    ("line", "fixed"),
    [
        # two word splits in one sentence, each between longer runs: still repaired
        ("加强农村饮水安 全工程建 设。", "加强农村饮水安全工程建设。"),
        # prose cut by spaces inside sentences: still repaired
        (
            "各部门要切 实加强组织领导，第一项工作，进一步完 善工作机 制。落实安全生产"
            "责任 制，确保人民群众生命财产安全。",
            "各部门要切实加强组织领导，第一项工作，进一步完善工作机制。落实安全生产"
            "责任制，确保人民群众生命财产安全。",
        ),
    ],
)
def test_item_spaces_leave_word_splits_repaired(line: str, fixed: str) -> None:
    assert repaired(line).text == fixed


# -- 3 code is left alone ----------------------------------------------------------------
CODE_PAGE = (
    "下面的例子演示如何输出问候语,请注意缩进:\n"
    "    def greet(name):\n"
    '        print("你好,世界:")\n'
    "\n"
    '        return name + "先 生"\n'
    "各乡镇,各部门要认真学习。\n"
    '#include <stdio.h>\nint main() {\n    printf("结果:%d\\n", 1);\n}\n'
    "　　第二段正文。"
)


def test_code_lines_untouched_prose_repaired() -> None:
    ed = repaired(CODE_PAGE)
    for kept in (
        '    def greet(name):\n        print("你好,世界:")\n\n        return name + "先 生"\n',
        '#include <stdio.h>\nint main() {\n    printf("结果:%d\\n", 1);\n}\n',
    ):
        assert kept in ed.text
    assert "下面的例子演示如何输出问候语，请注意缩进：" in ed.text
    assert "各乡镇，各部门要认真学习。" in ed.text
    assert ed.text.endswith("\n第二段正文。")


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ('print("你好,世界:")', True),
        ("x = compute(a, b);", True),
        ("for (int i = 0; i < n; i++) {", True),
        ("from os import path", True),
        ("各乡镇,各部门:", False),
        ('他说"你好,世界"。', False),
        ("Hello, world: this; is fine!", False),
        ("See the report (2003)", False),
        ("GDP(国内生产总值)增长", False),
    ],
)
def test_code_line_detector(line: str, *, code: bool) -> None:
    assert is_code_line(line) is code


def test_code_block_takes_indented_body_and_inner_blank_lines() -> None:
    text = "说明：\n\ndef f(x):\n    # 注释\n\n    return x\n\n结束。"
    (span,) = code_spans(text)
    assert text[span[0] : span[1]] == "def f(x):\n    # 注释\n\n    return x\n"


# -- 4 dimensions are not placeholders -----------------------------------------------------
@pytest.mark.parametrize(
    "text", ["规格为30×50毫米", "面积（5×4）平方米", "3 × 4 = 12", "2.5×3.0米"]
)
def test_dimensions_are_not_placeholders(text: str) -> None:
    assert placeholder_runs(text) == []


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("投资××××万元", ["××××"]),
        ("×月×日召开", ["×", "×"]),
        ("×××同志", ["×××"]),
        ("电话13××4567", ["××"]),
    ],
)
def test_redaction_placeholders_still_found(text: str, runs: list[str]) -> None:
    assert [text[a:b] for a, b in placeholder_runs(text)] == runs


# -- 6 U+FFFD debris ------------------------------------------------------------------------
def test_debris_share() -> None:
    assert debris_share("") == 0.0
    assert debris_share("正常文字，没有损坏。") == 0.0
    assert debris_share("\ufffd\ufffd好好") == 0.5
    assert debris_share("锟斤拷锟斤拷 ab") == 0.75


def test_debris_lines_get_no_encoding_repair() -> None:
    debris = "\ufffd\ufffd\u0531\ufffd\ufffd\ufffd\u00c3\u00a9\ufffd\ufffd"
    page = f"{debris}\nÃ©tÃ© Ã  Paris\n"
    ed = repaired(page)
    assert ed.text.startswith(debris)  # the debris line is left as it is
    assert "été à Paris" in ed.text  # a real mojibake line is still fixed
    enc = [c for c in ed.changes if c.rule.startswith("repair.encoding")]
    assert len(enc) == 1


def test_mask_policy_leaves_dimensions() -> None:
    from dataclasses import replace

    from cleaner.stages.repair import RepairConfig

    stage = RepairStage(replace(RepairConfig(), placeholder_policy="mask", mask_token="〼"))
    ed = Editor("p", "规格30×50毫米，投资×××万元，×月×日验收。")
    stage(ed)
    assert ed.text == "规格30×50毫米，投资〼万元，〼月〼日验收。"
