"""What set yx's pages showed, each as a class with invented pages of its own (yxfix):

* a notice board that opens each piece with a lone stamp line (one bracketed word,
  ``【停诊】``) over its bare title: the stamps cut the page into pieces, the stamp goes,
  the title stays; the same stamp again lower down is no print header copied at a
  sheet's turn (no paragraph is joined across it); section labels over several reports
  each, and a document's own bracketed sections under its lead, cut nothing;
* a print view's framed page counter over its total (``- - -　第 2 页 / 共 3 页　- - -``)
  cutting a sentence is a page mark: the halves join;
* a banner of bracketed cells opened by a case's code (``[AJ-2020-017] [木材] [已结案]``)
  gives the code as the piece's number;
* a compilation whose first piece's header opens the text still takes the issue's date
  from the masthead the boilerplate stage removed;
* a closing row of labelled cells whose labels close every piece in other values (the
  pieces' template row) is the piece's metadata, its unread labels with it;
* a document's information box under its text (one row a field) is read, the number row
  too; a red-head masthead (a body's name and 文件) between the page's title copy and the
  number line is the page's head, however long the name.

Every word is invented.
"""

from __future__ import annotations

from pathlib import Path

from cleaner.config import PipelineConfig
from cleaner.ingest.readers import read_inputs
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.framed_cells import banner_cells
from cleaner.stages.print_heads import piece_stamp, repeats_first_line
from cleaner.stages.profile_counter import build_profiles
from cleaner.stages.split_dates import normalise_date
from cleaner.stages.split_head import red_head
from cleaner.stages.split_stamps import stamp_run
from tests.stages.stage_runs import repair, split


def _site(
    folder: Path, pages: list[list[str]], ext: str = "txt"
) -> list[list[tuple[str, str, dict[str, str]]]]:
    for k, page in enumerate(pages):
        (folder / f"p{k}.{ext}").write_text("\n".join(page) + "\n", "utf-8")
    raws = [r for r in read_inputs([folder]) if isinstance(r, RawInput)]
    pipe = Pipeline(PipelineConfig(), profiles=build_profiles(raws))
    out = []
    for i, raw in enumerate(raws):
        arts = pipe.process(raw, i).articles
        out.append([(a.title, a.text, dict(a.meta)) for a in arts])
    return out


# ---- pieces each under a lone stamp line

CLINICS = ["眼科", "骨科", "牙科", "儿科", "皮肤科", "中医科"]
DOCTORS = ["柯○○", "游○○", "殷○○", "邬○○", "苗○○"]
KINDS = [("【停诊】", "门诊停诊"), ("【代诊】", "门诊由同科医师代诊"), ("【加诊】", "加开门诊")]


def _change(n: int, day: int) -> list[str]:
    stamp, what = KINDS[n % 3]
    clinic, doctor = CLINICS[n % 6], DOCTORS[n % 5]
    return [
        "",
        stamp,
        f"{clinic}{doctor}医师{day}日上午{what}",
        f"因医师须参加院外学术交流，{doctor}医师原定{day}日上午第{n + 3}诊门诊有所调整，敬请见谅。",
        "已预约之病人，可于原时段至一楼服务台办理退号或改约，本院将竭诚为您服务。",
        f"公告单位：{['医务科', '门诊部', clinic][n % 3]}　　发布日期：2022/3/{day - 3}",
    ]


def _board(first: int, count: int) -> list[str]:
    page = ["枫渚人民医院　门诊变动（打印版）", "首页 > 就医指南 > 门诊变动"]
    for k in range(count):
        page += _change(first + k, 10 + k)
    return [*page, "", "枫渚人民医院　地址：枫渚市滨河路12号　总机：0000-1234567"]


def test_pieces_under_stamp_lines_are_split_and_titled(tmp_path: Path) -> None:
    pages = [_board(0, 4), _board(1, 2), _board(2, 3)]
    got = _site(tmp_path, pages)
    for page, count in zip(got, (4, 2, 3), strict=True):
        assert len(page) == count
        for title, text, meta in page:
            assert text.split("\n")[0] == title and "医师" in title
            assert "【" not in text  # the stamp goes
            assert "公告单位" not in text and meta.get("published", "").startswith("2022-03-")
    # the two-piece page (no run of closing rows long enough to prove it) is split too
    assert [t for t, _, _ in got[1]] == [
        "骨科游○○医师10日上午门诊由同科医师代诊",
        "牙科殷○○医师11日上午加开门诊",
    ]


def test_a_recurring_stamp_atop_the_text_is_no_print_header() -> None:
    body = "因医师须出席学术会议，原定门诊暂停看诊，造成不便，敬请见谅。"
    text = f"【停诊】\n眼科某医师周三门诊停诊\n{body}\n发布日期：2022/3/9\n\n"
    text += f"【停诊】\n骨科某医师周五门诊停诊\n{body}\n"
    assert piece_stamp(text, "【停诊】") and not repeats_first_line(text, "【停诊】")
    fixed = repair(text)
    assert "发布日期：2022/3/9\n" in fixed and "\n骨科某医师周五门诊停诊\n" in fixed
    # a header copied at a sheet's turn (over the rest of a cut paragraph) still is one
    head = "某某局工作简报"
    cut = f"{head}\n正文写到一半，\n\n{head}\n\n另一半写完了，这是后半句。\n"
    assert repeats_first_line(cut, head) and not piece_stamp(cut, head)


def test_stamp_lines_that_are_no_piece_headers() -> None:
    body = "因医师须出席学术会议，原定门诊暂停看诊，造成不便，敬请见谅。"
    # a document's own sections under its lead
    doc = [
        "某院关于调整门诊的通知",
        body,
        "【背景】",
        "总体情况",
        body,
        "【安排】",
        "具体安排",
        body,
    ]
    assert stamp_run(doc) == []
    # section labels over several reports each
    reports = ["【工作动态】", "甲局开展专项检查", body, "（甲局供稿）", "乙局举办招聘会", body]
    assert stamp_run([*reports, "【基层经验】", "丙局走访慰问群众", body]) == []
    # a stamp over prose, a stamp over a stamp, one stamp alone
    assert stamp_run(["【提示】", body, "【提示】", body]) == []
    assert stamp_run(["【停诊】", "【代诊】", "某医师周三门诊", body]) == []
    assert stamp_run(["【停诊】", "眼科某医师周三门诊停诊", body]) == []
    # a bracketed number is a count, no stamp
    assert (
        stamp_run(["【1】", "眼科某医师周三门诊停诊", body, "【2】", "骨科某医师周五门诊", body])
        == []
    )


def test_stamp_pieces_from_the_split_stage() -> None:
    body = "因医师须出席学术会议，原定门诊暂停看诊，造成不便，敬请见谅。"
    page = [
        "【停诊】",
        "眼科某医师周三门诊停诊",
        body,
        "",
        "[加诊]",
        "骨科某医师周五加开门诊",
        body,
    ]
    arts = split(page)
    assert [a.title for a in arts] == ["眼科某医师周三门诊停诊", "骨科某医师周五加开门诊"]
    assert all("停诊】" not in a.text and "[加诊]" not in a.text for a in arts)


# ---- a framed page counter over its total


def test_a_framed_counter_over_its_total_joins_a_cut_sentence() -> None:
    text = (
        "案情简介：某公司以伪报品名方式申报进口货物，现场查获货物若干吨。\n"
        "警示：走私行为扰乱市场秩\n\n- - - - - -　第 2 页 / 共 3 页　- - - - - -\n\n"
        "序、危害公共安全，海关将始终保持高压严打态势。\n"
    )
    fixed = repair(text)
    assert "警示：走私行为扰乱市场秩序、危害公共安全，海关将始终保持高压严打态势。" in fixed
    assert "第 2 页" not in fixed
    # between two whole paragraphs nothing is joined
    whole = "第一段话已经说完了。\n\n- - -　第 2 页 / 共 3 页　- - -\n\n第二段话另起一行。\n"
    assert "说完了。第二段" not in repair(whole)


# ---- a banner of bracketed cells opened by a case's code


def test_a_case_code_banner_gives_the_number() -> None:
    assert banner_cells("[AJ-2020-017] [木材] [已结案]", normalise_date) == {
        "doc_number": "AJ-2020-017"
    }
    assert banner_cells("［HG2019-0031］［药品］［侦办中］", normalise_date) == {
        "doc_number": "HG2019-0031"
    }
    # tags without a code, a code not first, a single tag beside it: no banner
    assert banner_cells("[木材] [已结案] [二〇二〇年]", normalise_date) is None
    assert banner_cells("[木材] [AJ-2020-017] [已结案]", normalise_date) is None
    assert banner_cells("[AJ-2020-017] [已结案]", normalise_date) is None


CASES = [
    ("AJ-2020-017", "木材", "某公司伪报品名走私原木案"),
    ("AJ-2020-022", "药品", "某人利用快件夹藏走私药品案"),
    ("AJ-2020-031", "冻品", "某船舶海上偷运冻品案"),
    ("AJ-2020-044", "卷烟", "某团伙通道夹带走私卷烟案"),
    ("AJ-2020-058", "酒类", "某公司低报价格走私葡萄酒案"),
]
WRITERS = ["蒲晓岚", "詹若溪", "郁青禾", "閔書言", "顾临川"]
STATUS = ["已结案", "侦办中", "已判决", "已移送起诉", "行政处罚"]


def _case(n: int) -> list[str]:
    code, goods, title = CASES[n]
    return [
        "",
        f"[{code}] [{goods}] [{STATUS[n]}]",
        title,
        f"案情简介：缉私部门根据线索开展查缉，现场查获{goods}{n + 2}批，案值约{n + 5}百万元。",
        "处理结果：该案已依法移送审查起诉，相关当事人均已被依法采取强制措施。",
        f"（供稿：某关缉私分局　执笔：{WRITERS[n]}）",
    ]


def _bulletin(cases: list[int], day: int) -> list[str]:
    page = [
        "某关缉私局　｜　以案说法　｜　打印预览",
        "首页 > 新闻中心 > 典型案例",
        f"典型案例通报　2020年第{day}期　2020-05-{day:02d}",
        "以下案例中的当事人均作隐名处理，仅供普法宣传使用。",
    ]
    for n in cases:
        page += _case(n)
    return [*page, "", "往期通报　｜　年度典型案例", "版权所有：某关　备案编号：某ICP备00000000号"]


def test_case_banners_give_numbers_and_the_issue_date(tmp_path: Path) -> None:
    runs = [[0, 1, 2], [3, 4], [2, 0, 4, 1], [1, 3], [4, 2, 0], [0, 3]]
    got = _site(tmp_path, [_bulletin(r, 11 + k) for k, r in enumerate(runs)])
    assert [len(p) for p in got] == [len(r) for r in runs]
    for k, page in enumerate(got):
        for title, text, meta in page:
            n = next(i for i, c in enumerate(CASES) if c[2] == title)
            assert meta.get("doc_number") == CASES[n][0]
            assert meta.get("author") == WRITERS[n]
            assert meta.get("published") == f"2020-05-{11 + k}"  # two-case pages too
            assert "[" not in text and text.startswith(title)


# ---- the pieces' template row closing each piece


def _draw(n: int) -> list[str]:
    unit = ["某市住房保障中心", "某区人才服务局", "某县住房保障所"][n % 3]
    return [
        "",
        "【摇号结果】",
        f"某某家园第{n + 1}批次选房顺序号摇号结果公示",
        f"{unit}于2021年6月{n + 1}日对第{n + 1}批次有效申请家庭进行了公开摇号，公证处全程监督。",
        "现将前三位选房家庭名单公示如下：",
        "0001　尹*斌　三人户",
        "公示期内如对摇号结果有异议，可向实施单位书面反映。",
        f"实施单位：{unit}　　现场监督：某市{['东', '西', '南'][n % 3]}城公证处",
    ]


def test_a_closing_template_row_is_the_pieces_metadata() -> None:
    arts = split([*_draw(0), *_draw(1), *_draw(2)])
    assert len(arts) == 3
    for art, unit in zip(
        arts, ["某市住房保障中心", "某区人才服务局", "某县住房保障所"], strict=True
    ):
        assert "现场监督" not in art.text and "实施单位：" not in art.text
        assert unit in art.meta.values()
    # the same row word for word under every piece is no piece's own: it stays
    same = [x.replace("某市西城", "某市东城").replace("某市南城", "某市东城") for x in _draw(0)]
    arts = split([*same, *same[:2], "某某家园第2批次选房顺序号摇号结果公示", *same[3:]])
    assert all("现场监督" in a.text for a in arts)


def test_a_talks_closing_speaker_and_venue_row_stays_text() -> None:
    body = "本期讲座围绕城市更新中的历史街区保护展开，欢迎市民朋友报名参加，现场提供茶歇。"
    page = []
    for n, (who, hall) in enumerate(
        [("柯明远", "一号厅"), ("游若岚", "二号厅"), ("殷书白", "三号厅")]
    ):
        page += [
            "",
            "【讲座预告】",
            f"城市更新系列讲座第{n + 1}讲",
            body,
            "讲座采用线下参与方式，名额有限，额满为止。",
            "报名方式：关注本馆公众号，在活动页面填写报名信息。",
            f"主讲人：{who}　　地点：{hall}",
        ]
    arts = split(page)
    assert len(arts) == 3
    assert all("主讲人：" in a.text and "地点：" in a.text for a in arts)


# ---- an information box under the text, a long red-head masthead

HTML_HEAD = (
    "<!DOCTYPE html><html><head><title>{t}_某市民政局</title></head><body>"
    "<div class='logo'>某市民政局</div><div class='nav'>首页｜政务公开｜地名管理</div>"
    "<div class='crumb'>您当前的位置：首页 > 政务公开 > 地名公告</div>"
)
HTML_FOOT = (
    "<div class='rel'><h4>相关文件</h4><ul><li><a href='/1'>某市地名管理办法</a></li>"
    "<li><a href='/2'>关于征求道路名称意见的公示</a></li></ul></div>"
    "<div class='foot'>某市民政局主办　地址：某市政通路1号</div></body></html>"
)
LEAD = (
    "根据《某市地名管理办法》的规定，经市地名委员会全体会议审议通过，现将新建道路命名事项公告如下："
)
ENTRY = "一、{n}路：南起栖霞路，北至云锦大道，全长约{m}米，规划红线宽24米。因道路沿河走向，故名。"
CLOSE = "上述地名自公告之日起启用，各有关单位应在三个月内完成标志设置工作。"


def _even(k: int) -> str:
    title = f"关于新区第{k}批道路命名的公告"
    box = "".join(
        f"<tr><th>{a}</th><td>{b}</td></tr>"
        for a, b in [
            ("索引号", f"000000000/2021-00{k}"),
            ("发文机关", "某市民政局"),
            ("发文字号", f"某民地〔2021〕{k}号"),
            ("成文日期", f"2021年03月1{k}日"),
            ("发布日期", f"2021-03-2{k}"),
            ("主题分类", "民政\\地名管理"),
        ]
    )
    return (
        HTML_HEAD.format(t=title)
        + f"<h1>{title}</h1><div class='text'><p>{LEAD}</p>"
        + f"<p>{ENTRY.format(n='澄' + str(k), m=k * 300)}</p>"
        + f"<p>{CLOSE}</p><p>特此公告。</p></div>"
        + f"<div class='sign'><p>某市民政局</p><p>2021年3月1{k}日</p></div>"
        + "<div class='tools'>【打印本页】　【关闭窗口】</div>"
        + f"<table class='info'>{box}</table>"
        + HTML_FOOT
    )


def _odd(k: int) -> str:
    title = f"关于第{k}条旧巷更名的公告"
    return (
        HTML_HEAD.format(t=title)
        + "<div class='red'>某市地名委员会办公室文件</div>"
        + f"<div class='no'>某民地〔2020〕{k}号</div>"
        + f"<h1>{title}</h1><div class='text'><p>{LEAD}</p>"
        + f"<p>{ENTRY.format(n='溪' + str(k), m=k * 200)}</p>"
        + f"<p>{CLOSE}</p><p>特此公告。</p></div>"
        + "<div class='sign'><p>某市地名委员会办公室</p><p>二〇二〇年五月八日</p></div>"
        + "<div class='tools'>【打印本页】　【关闭窗口】</div>"
        + HTML_FOOT
    )


def test_an_info_box_and_a_red_head_give_their_numbers(tmp_path: Path) -> None:
    for k, html in enumerate([_even(1), _odd(3), _even(2), _odd(5), _even(4), _odd(7)]):
        (tmp_path / f"p{k}.html").write_text(html, "utf-8")
    raws = [r for r in read_inputs([tmp_path]) if isinstance(r, RawInput)]
    pipe = Pipeline(PipelineConfig(), profiles=build_profiles(raws))
    for i, raw in enumerate(raws):
        arts = pipe.process(raw, i).articles
        assert len(arts) == 1
        meta, text = dict(arts[0].meta), arts[0].text
        assert text.startswith(arts[0].title) and "特此公告。" in text
        assert "文件\n" not in text and "某民地〔" not in text
        if "更名" in arts[0].title:
            assert meta.get("doc_number", "").startswith("某民地〔2020〕")
        else:
            assert meta.get("doc_number", "").startswith("某民地〔2021〕")
            assert meta.get("published", "").startswith("2021-03-1")  # 成文日期, not 发布日期


def test_a_red_head_is_a_bodys_name_and_its_word() -> None:
    assert red_head("某市地名委员会办公室文件") and red_head("某县人民政府文件")
    assert not red_head("相关文件") and not red_head("下载附件文件列表")
    assert not red_head("某市地名委员会办公室文件　2020")


# ---- the set's own families, held to what the classes above reach on them


def test_yx_families_floors() -> None:
    from tests.stages.family_figures import assert_floors

    assert_floors("sealed_yx_menzhen", {"counts": 1.0, "titles": 1.0, "metadata": 0.95})
    assert_floors("sealed_yx_jisi", {"content_f1": 0.99, "metadata": 0.95, "repairs": 1.0})
    assert_floors("sealed_yx_diming", {"metadata": 0.95}, residue=0.0)
    # yaohao's issuer stays its origin (实施单位: docs/truth_conventions.md), the rest holds
    assert_floors("sealed_yx_yaohao", {"content_f1": 0.99, "counts": 1.0, "metadata": 0.5})
