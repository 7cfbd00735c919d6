"""A piece's body named in a labelled party cell amid its text (cleaner.stages.party_cells),
a sign-off of body and date on one line (split_rows.sign_off ``one_line``), and the closing
rows the boilerplate stage removed under every piece of a compilation
(cleaner.stages.dropped_feet): each read into ``meta``, the text unchanged.  Look-alikes
that must not fire: a buyer's or a winner's cell, a person's name, a piece that names its
body already, a site's foot under the last piece only.  Every word is invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner.stages.dropped_feet import dropped_feet, read_feet
from cleaner.stages.party_cells import party_cells, party_label
from cleaner.stages.split_meta import MetaParser
from cleaner.stages.split_rows import sign_off

FIELD_OF = MetaParser().field_of


def _run(tmp_path: Path, text: str) -> list[dict]:
    from cleaner.runner import run

    src = tmp_path / "in"
    src.mkdir()
    (src / "p.txt").write_text(text, encoding="utf-8")
    run([src], tmp_path / "out")
    rows = (tmp_path / "out" / "articles.jsonl").read_text("utf-8").splitlines()
    return [json.loads(x) for x in rows]


# ---- party cells: the label names a party, the value an organisation ----------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a fund notice's table of basic facts: the manager named under '…名称'
        (
            "某某灵活配置混合型证券投资基金分红公告\n1　公告基本信息\n"
            "基金名称：某某灵活配置混合基金\n基金主代码：004512\n"
            "基金管理人名称：青松基金管理有限公司\n权益登记日：2022年3月4日",
            {"issuer": "青松基金管理有限公司"},
        ),
        # a drug's card in square brackets, the maker's address after a gap
        (
            "复方某某片说明书\n【批准文号】国药准字Z20990001\n"
            "【生产企业】白鹭制药有限公司　地址：某市某路1号　电话：0571-1234567",
            {"issuer": "白鹭制药有限公司"},
        ),
        # an event's closing note in round brackets: the organising body, its origin
        (
            "社区义诊活动预告\n本次义诊面向辖区老年居民，免费测量血压血糖。\n"
            "（组织单位：东港街道社区卫生服务中心　　现场联络：柯某某）",
            {"origin": "东港街道社区卫生服务中心"},
        ),
        # an applicant named under '…名称' (a verb of applying): the origin
        (
            "某某项目环境影响评价公示\n申请单位名称：澜溪化工有限公司\n项目地点：某工业园区",
            {"origin": "澜溪化工有限公司"},
        ),
        # a variety's applicant beside its breeder on one row (a verb of applying + 者)
        (
            "澜豆19\n审定编号：某审豆20210003\n"
            "申请者：青禾种业有限公司　　育种者：某某农业大学农学院",
            {"origin": "青禾种业有限公司"},
        ),
    ],
)
def test_a_party_cell_amid_the_text_names_the_pieces_body(text: str, want: dict) -> None:
    meta: dict[str, str] = {}
    assert party_cells(text, meta, FIELD_OF) == want
    assert meta == want


@pytest.mark.parametrize(
    "text",
    [
        # a buyer's, a winner's or a contact's cell names no party behind the piece
        "某地块出让结果公示\n竞得人：岑州澄湖置业有限公司\n成交价：2370万元",
        "某项目中标结果公告\n中标人：青山建设工程有限公司\n中标金额：120万元",
        "活动通知\n联系人：某某科技有限公司　电话：1234567",
        # a party's label over a person's name: no organisation
        "某某品种\n申请者：张某某　　育种者：李某某",
        # the fund's own name is no party ('基金名称' names the fund)
        "某某基金公告\n基金名称：某某稳健收益债券型证券投资基金",
        # a party's word in the prose, no labelled cell
        "本次活动由东港街道社区卫生服务中心组织实施，欢迎居民参加。",
        # the title itself is never read as a cell
        "生产企业：白鹭制药有限公司",
    ],
)
def test_look_alikes_of_a_party_cell_give_nothing(text: str) -> None:
    meta: dict[str, str] = {}
    assert party_cells(text, meta, FIELD_OF) is None
    assert meta == {}


def test_a_piece_that_names_its_body_already_keeps_it() -> None:
    meta = {"issuer": "某某市市场监督管理局"}
    text = "某药品抽检结果\n【生产企业】白鹭制药有限公司"
    assert party_cells(text, meta, FIELD_OF) is None
    assert meta == {"issuer": "某某市市场监督管理局"}
    meta = {"origin": "某某检测中心"}
    assert party_cells(text, meta, FIELD_OF) is None
    assert meta == {"origin": "某某检测中心"}


def test_party_labels_by_verb_noun_and_name_word() -> None:
    assert party_label("采购人名称", FIELD_OF) == "issuer"
    assert party_label("破产管理人", FIELD_OF) == "issuer"
    assert party_label("報送單位", FIELD_OF) == "origin"  # traditional letters
    assert party_label("实施方", FIELD_OF) == "origin"
    assert party_label("投诉人", FIELD_OF) is None
    assert party_label("名称", FIELD_OF) is None


def test_end_to_end_the_cell_is_read_and_the_text_kept(tmp_path: Path) -> None:
    page = (
        "青松稳健债券型证券投资基金暂停大额申购公告\n"
        "1　公告基本信息\n"
        "基金名称：青松稳健债券型证券投资基金\n"
        "基金主代码：006633\n"
        "基金管理人名称：青松基金管理有限公司\n"
        "暂停大额申购起始日：2022年3月4日\n"
        "2　其他需要提示的事项\n"
        "为保护基金份额持有人的利益，本基金自上述日期起单日单个账户累计申购金额超过一百万元的，"
        "本公司有权部分或全部拒绝，恢复办理的时间将另行公告。\n"
    )
    arts = _run(tmp_path, page)
    assert len(arts) == 1
    assert arts[0]["meta"].get("issuer") == "青松基金管理有限公司"
    assert "基金管理人名称：青松基金管理有限公司" in arts[0]["text"]


# ---- a sign-off on one line ----------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "issuer", "day"),
    [
        ("岑州市自然资源和规划局　2023年2月14日", "岑州市自然资源和规划局", "2023-02-14"),
        ("某某县农业农村局  2019-10-07", "某某县农业农村局", "2019-10-07"),
        ("某某縣政府　二〇二一年五月二十四日", "某某縣政府", "2021-05-24"),
    ],
)
def test_a_body_and_its_date_on_one_line_sign_the_piece(line: str, issuer: str, day: str) -> None:
    last = ["对公示内容有异议的，请在公示期内书面反映。", line]
    assert sign_off(last, one_line=True) == {"published": day, "issuer": issuer}
    # the boilerplate stage's readers of a signer over a date leave the form out
    assert sign_off(last) == {}


@pytest.mark.parametrize(
    "line",
    [
        "张小明　2023年2月14日",  # a person, no body
        "某某局　2023年2月14日上午",  # a time of day: an event's row
        "会议时间　2023年2月14日",  # a label, no body
        "某某局　联系电话：12345",  # no date
    ],
)
def test_look_alikes_of_a_one_line_signoff(line: str) -> None:
    assert "issuer" not in sign_off(["正文一句话。", line], one_line=True)


@pytest.mark.parametrize(
    ("sign", "issuer", "day"),
    [
        ("某市自然资源局　2023年2月14日", "某市自然资源局", "2023-02-14"),
        ("青禾镇人民政府　　2021年9月3日", "青禾镇人民政府", "2021-09-03"),
    ],
)
def test_end_to_end_a_notice_closed_by_a_one_line_signoff(
    tmp_path: Path, sign: str, issuer: str, day: str
) -> None:
    page = (
        "17号地块国有建设用地使用权出让结果公示\n"
        "土地位置：某区某路以南、某街以西\n"
        "竞得人：某某置业有限公司\n"
        "该宗地在某市公共资源交易中心以挂牌方式公开出让，经过多轮竞价，由上述竞得人以最高报价竞得，"
        "现将出让结果予以公示。\n"
        "公示期为十个工作日，对公示内容有异议的，请在公示期内书面反映至我局。\n"
        f"{sign}\n"
    )
    arts = _run(tmp_path, page)
    assert len(arts) == 1
    assert arts[0]["meta"].get("issuer") == issuer
    assert arts[0]["meta"].get("published") == day
    assert sign in arts[0]["text"]  # the sign-off stays in the text


# ---- closing rows removed under every piece ---------------------------------------------


def _spans(text: str, rows: list[str]) -> list[tuple[int, int]]:
    out = []
    for row in rows:
        a = text.index(row + "\n")
        out.append((a, a + len(row) + 1))
    return out


PIECES = ["标题甲\n正文甲一句话。", "标题乙\n正文乙一句话。", "标题丙\n正文丙一句话。"]


def test_removed_signoffs_under_every_piece_date_each_piece() -> None:
    feet = [f"某某市规划局　2023年2月{d}日" for d in (1, 3, 9)]
    text = "".join(f"{p}\n{f}\n返回顶部\n" for p, f in zip(PIECES, feet, strict=True))
    spans = [*_spans(text, feet), (text.index("返回顶部"), text.index("返回顶部") + 5)]
    metas: list[dict[str, str]] = [{}, {}, {}]
    assert read_feet(dropped_feet(text, spans, PIECES), metas, FIELD_OF)
    assert [m["published"] for m in metas] == ["2023-02-01", "2023-02-03", "2023-02-09"]
    assert {m["issuer"] for m in metas} == {"某某市规划局"}


def test_removed_party_rows_under_every_piece_name_each_body() -> None:
    feet = [
        "（实施单位：桥头供电所　联系人：黄工　电话：0775-6477705）",
        "（实施单位：城关供电所　联系人：覃工　电话：0775-6197627）",
        "（实施单位：白沙供电所　联系人：莫工　电话：0775-6945374）",
    ]
    text = "".join(f"{p}\n{f}\n" for p, f in zip(PIECES, feet, strict=True))
    metas: list[dict[str, str]] = [{"published": "2023-07-05"}, {}, {}]
    assert read_feet(dropped_feet(text, _spans(text, feet), PIECES), metas, FIELD_OF)
    assert [m["origin"] for m in metas] == ["桥头供电所", "城关供电所", "白沙供电所"]
    assert metas[0]["published"] == "2023-07-05"


def test_a_site_foot_under_the_last_piece_only_gives_nothing() -> None:
    foot = "主办单位：某某县统计局　技术支持：某某县大数据中心"
    text = "".join(f"{p}\n" for p in PIECES) + foot + "\n"
    metas: list[dict[str, str]] = [{}, {}, {}]
    assert not read_feet(dropped_feet(text, _spans(text, [foot]), PIECES), metas, FIELD_OF)
    assert metas == [{}, {}, {}]


def test_rows_kept_in_the_text_are_not_read() -> None:
    feet = [f"某某市规划局　2023年2月{d}日" for d in (1, 3, 9)]
    text = "".join(f"{p}\n{f}\n" for p, f in zip(PIECES, feet, strict=True))
    metas: list[dict[str, str]] = [{}, {}, {}]
    assert not read_feet(dropped_feet(text, [], PIECES), metas, FIELD_OF)
    assert metas == [{}, {}, {}]


def test_removed_rows_of_different_kinds_give_nothing() -> None:
    feet = [
        "某某市规划局　2023年2月1日",
        "（实施单位：城关供电所　电话：0775-6197627）",
        "某某市规划局　2023年2月9日",
    ]
    text = "".join(f"{p}\n{f}\n" for p, f in zip(PIECES, feet, strict=True))
    metas: list[dict[str, str]] = [{}, {}, {}]
    assert not read_feet(dropped_feet(text, _spans(text, feet), PIECES), metas, FIELD_OF)


def test_a_piece_naming_its_body_keeps_it_and_its_date() -> None:
    feet = ["某某市规划局　2023年2月1日", "某某市规划局　2023年2月3日"]
    text = "".join(f"{p}\n{f}\n" for p, f in zip(PIECES[:2], feet, strict=True))
    metas = [{"origin": "某某科", "published": "2023-01-31"}, {"issuer": "某某县政府"}]
    assert read_feet(dropped_feet(text, _spans(text, feet), PIECES[:2]), metas, FIELD_OF)
    assert metas[0] == {"origin": "某某科", "published": "2023-01-31"}
    assert metas[1] == {"issuer": "某某县政府", "published": "2023-02-03"}
