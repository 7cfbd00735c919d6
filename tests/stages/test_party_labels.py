"""The party a page names in a label no table lists, and the writer a piece's closing
credit row names (metaparty3).  Every name and page is invented.

Classes:

* **Supplier labels** (``origin_by_supplier`` in rules/headers.toml): a verb of supplying,
  or maintaining the item's information, alone after the thing supplied or before a
  party's noun (``资料提供``, ``資料維護``, ``提供方``): the party is
  the item's origin.  A site's own credit (``网站维护``, ``技术支持``) and a picture's
  (``图片提供``) are none; labels an earlier class reads keep their field.
* **Maker labels** (``issuer_by_maker``): a verb of making before a maker's noun
  (``生产企业``, ``开发商``, ``出品方``): the maker is the issuer.  The verb alone is none.
* **Sections over a card** (:func:`~cleaner.stages.split_tail._bare_card`): bracket rows
  that name fields under a run of the text's own bracketed sections (a product sheet's,
  a standard's) are that run's tail, no card closing the text: they stay text.
* **Closing writer** (:func:`~cleaner.stages.split_foot.foot_credit`): one person credited
  by a reporter's or writer's word in the bracketed row closing a piece
  (``（某某科　某某　撰稿）``, ``（供稿：某局　通讯员：某某）``) is its author where no
  byline above named one.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner.stages.split_foot import foot_credit
from cleaner.stages.split_meta import MetaParser

PARSER = MetaParser()
FIELD_OF = PARSER.field_of


def _run(tmp_path: Path, text: str, name: str = "p.txt") -> list[dict[str, object]]:
    from cleaner.runner import run

    src = tmp_path / "in"
    src.mkdir(exist_ok=True)
    (src / name).write_text(text, encoding="utf-8")
    run([src], tmp_path / "out")
    rows = (tmp_path / "out" / "articles.jsonl").read_text("utf-8").splitlines()
    return [json.loads(x) for x in rows]


# -- supplier and maker labels ----------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("资料提供", "origin"),
        ("資料提供", "origin"),  # traditional forms read as the simplified
        ("数据提供", "origin"),
        ("提供方", "origin"),
        ("资料维护", "origin"),
        ("資料維護", "origin"),
        ("生产企业", "issuer"),
        ("生产厂家", "issuer"),
        ("开发商", "issuer"),
        ("制造商", "issuer"),
        ("出品方", "issuer"),
        ("研制企业", "issuer"),
    ],
)
def test_a_party_s_label_is_read_by_its_verb_and_noun(label: str, field: str) -> None:
    assert FIELD_OF(label) == field


@pytest.mark.parametrize(
    "label",
    [
        "网站维护",  # the site's own credit, chrome
        "技术支持",
        "系统维护",
        "平台提供",
        "图片提供",  # a picture's credit
        "视频提供",
        "发起人",  # a person's role, no party's noun
        "发起方",  # starting: read both ways by the truths, left out
        "发起组织",
        "信息报送",  # reporting upward: the desk of the body the item is from
        "生产",  # a verb alone: a process or a credit, no party
        "制作",
    ],
)
def test_credits_persons_and_bare_verbs_are_no_party_labels(label: str) -> None:
    assert FIELD_OF(label) not in ("origin", "issuer")


@pytest.mark.parametrize(
    ("label", "field"),
    [("提供单位", "issuer"), ("开发单位", "issuer"), ("来源", "origin"), ("讲师", "author")],
)
def test_labels_read_before_keep_their_field(label: str, field: str) -> None:
    assert FIELD_OF(label) == field


@pytest.mark.parametrize(
    ("row", "want"),
    [
        ("资料维护：江岸区疾病预防控制中心", {"origin": "江岸区疾病预防控制中心"}),
        ("資料提供：禾豐代銷　｜　更新日期：2022-08-14", {"origin": "禾豐代銷"}),
        ("提供方：市气象服务中心", {"origin": "市气象服务中心"}),
        ("生产企业：青禾制药有限公司", {"issuer": "青禾制药有限公司"}),
        ("开发商：溪谷软件科技有限公司", {"issuer": "溪谷软件科技有限公司"}),
    ],
)
def test_a_row_of_a_party_s_label_gives_its_party(row: str, want: dict[str, str]) -> None:
    got = PARSER.parse_meta_line(row) or {}
    assert {k: got.get(k) for k in want} == want


def _call(head: str, extra: str = "") -> str:
    text = f"周末社区图书角整理志愿者招募\n{head}\n\n"
    text += "为弘扬志愿精神，现面向社会招募志愿者，在社区图书角整理归架图书，"
    text += "引导小读者安静阅读，每次服务约三小时。\n" + extra
    text += "报名者须年满十六周岁，服从现场安排，按时签到签退，服务时长将记入个人档案。\n"
    return text


@pytest.mark.parametrize(
    ("head", "origin"),
    [
        ("发布日期：2021-03-24　　资料提供：江岸区图书馆志愿服务队", "江岸区图书馆志愿服务队"),
        ("資料提供：禾豐社區發展協會　｜　發布日期：2022-08-14", "禾豐社區發展協會"),
        ("发布日期：2023-06-03　　提供方：江岸区青年志愿者协会", "江岸区青年志愿者协会"),
    ],
)
def test_a_supplier_row_under_a_title_sets_the_origin(
    tmp_path: Path, head: str, origin: str
) -> None:
    arts = _run(tmp_path, _call(head))
    assert arts[0]["meta"].get("origin") == origin  # type: ignore[union-attr]
    assert "志愿精神" in str(arts[0]["text"])
    assert origin not in str(arts[0]["text"])  # the row left the text, recorded


def test_a_supplier_word_opening_a_sentence_stays_text(tmp_path: Path) -> None:
    line = "资料提供：报名者须提供身份证原件及复印件，材料不全的不予受理。\n"
    arts = _run(tmp_path, _call("发布日期：2021-03-24", extra=line))
    assert line.strip() in str(arts[0]["text"])
    assert "origin" not in arts[0]["meta"]  # type: ignore[operator]


# -- sections over a card ---------------------------------------------------------------


def _sheet(tail: list[str]) -> str:
    text = "青禾药房\n\n青禾 感冒清热颗粒 12袋/盒\n上架时间：2021-05-06\n\n"
    text += "请仔细阅读说明书并按说明使用或在药师指导下购买和使用。\n"
    text += "【药品名称】感冒清热颗粒\n【成份】荆芥穗、薄荷、防风、柴胡、紫苏叶。\n"
    text += "【用法用量】开水冲服，一次1袋，一日2次。\n【贮藏】密封\n【包装】复合膜袋\n"
    return text + "\n".join(tail) + "\n"


@pytest.mark.parametrize(
    "tail",
    [
        ["【批准文号】国药准字Z20041234", "【生产企业】青禾制药有限公司　地址：青禾市药谷路8号"],
        ["【执行标准】部颁标准", "【批准文号】国药准字Z20041234", "【生产企业】青禾制药有限公司"],
        ["【批准文号】国药准字Z20041234", "【出品方】溪谷药业股份有限公司"],
    ],
)
def test_field_rows_closing_a_run_of_sections_stay_text(tmp_path: Path, tail: list[str]) -> None:
    arts = _run(tmp_path, _sheet(tail))
    text = "\n".join(str(a["text"]) for a in arts)
    for row in tail:
        assert row in text  # the sheet's own sections, not a card read out of it


def test_a_card_of_bracket_rows_under_prose_is_still_read(tmp_path: Path) -> None:
    text = "溪山区人民法院\n\n关于某某合同纠纷案的执行情况通报\n\n"
    text += "本院依法对该案立案执行，经多次约谈，被执行人已履行全部义务。\n"
    text += "本案执行过程中，本院依法查询了被执行人名下财产，并依法采取了相应措施。\n"
    text += "经双方当事人确认，本案已执行完毕，现予结案。\n"
    text += "【审理法院】溪山区人民法院\n【案号】（2021）溪0102执123号\n"
    arts = _run(tmp_path, text)
    meta = arts[0]["meta"]
    assert meta.get("doc_number") == "（2021）溪0102执123号"  # type: ignore[union-attr]
    assert "【案号】" not in str(arts[0]["text"])


# -- the writer of a closing credit row -------------------------------------------------


@pytest.mark.parametrize(
    ("row", "author"),
    [
        ("（作物保护研究室　林晓燕　撰稿）", "林晓燕"),  # desk, name, bare word
        ("（植物保護研究室　范曉琳　撰稿）", "范曉琳"),
        ("（撰稿：周国强　审稿：吴海燕）", "周国强"),  # beside a checker
        ("（供稿：溪山区人民检察院　通讯员：钱一鸣）", "钱一鸣"),  # beside a unit
        ("〔作者：孙小川〕", "孙小川"),
    ],
)
def test_one_writer_credited_closing_a_piece_is_its_author(row: str, author: str) -> None:
    got = foot_credit(row, FIELD_OF, closing=True, writer=True)
    assert got is not None and got[1] == author


@pytest.mark.parametrize(
    "row",
    [
        "（撰稿：周国强　撰稿：吴海燕）",  # two writers: no one of them
        "（审稿：吴海燕）",  # a checker alone
        "（记者：某某局的同志们）",  # no name
    ],
)
def test_no_writer_from_rows_naming_none_or_two(row: str) -> None:
    got = foot_credit(row, FIELD_OF, closing=True, writer=True)
    assert got is None or got[1] is None


def test_the_writer_is_read_only_from_the_row_closing_a_piece() -> None:
    got = foot_credit("（撰稿：周国强　审稿：吴海燕）", FIELD_OF, writer=True)
    assert got is not None and got[1] is None  # not closing: the splitters' shape test
    got = foot_credit("（撰稿：周国强　审稿：吴海燕）", FIELD_OF, closing=True)
    assert got is not None and got[1] is None  # a byline above: the caller asks no writer
    bare = foot_credit("撰稿：周国强　审稿：吴海燕", FIELD_OF, closing=True, writer=True)
    assert bare in (None, ({}, None))  # no bracket: no closing credit row


def _bulletin(credits: list[str], bylines: tuple[str, ...] = ("", "", "")) -> str:
    text = "溪山区农业技术推广站　病虫情报　2024年第3期\n发布日期：2024-01-26\n\n"
    crops = ["水稻", "柑橘", "茶树"]
    for n, (crop, credit, by) in enumerate(zip(crops, credits, bylines, strict=True), start=1):
        text += f"【第{n}则】\n{crop}病虫发生趋势与防治建议\n{by}"
        text += f"近期调查发现，{crop}田间病虫发生面积较上期扩大，平均发生率约百分之十五。\n"
        text += f"请农户及时清除{crop}病残体，按推荐药剂轮换施用，并注意安全间隔期。\n"
        text += f"{credit}\n\n"
    return text


def test_each_piece_gets_the_writer_of_its_closing_row(tmp_path: Path) -> None:
    credits = ["（植保室　林晓燕　撰稿）", "（果树室　周国强　撰稿）", "（茶叶室　吴海燕　撰稿）"]
    arts = _run(tmp_path, _bulletin(credits))
    assert [a["meta"].get("author") for a in arts] == ["林晓燕", "周国强", "吴海燕"]  # type: ignore[union-attr]
    assert not any("撰稿" in str(a["text"]) for a in arts)
    changes = (tmp_path / "out" / "changes.jsonl").read_text("utf-8")
    assert changes.count("撰稿") >= 3  # each row left the text on the record


def test_a_byline_above_stays_the_author(tmp_path: Path) -> None:
    credits = ["（撰稿：林晓燕）", "（撰稿：周国强）", "（撰稿：吴海燕）"]
    bylines = ("作者：钱一鸣\n", "作者：孙小川\n", "作者：赵丽君\n")
    arts = _run(tmp_path, _bulletin(credits, bylines))
    got = [a["meta"].get("author") for a in arts]  # type: ignore[union-attr]
    assert got == ["钱一鸣", "孙小川", "赵丽君"]
