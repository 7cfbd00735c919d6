"""Rows of a piece's own fields in the site's wording, their values changing from page to
page, kept for the split (varying_fields): the site-repeat pass had deleted them as
chrome and the pieces lost their unit, their day or their writer (only the ledger kept
them).

Invented sites: a claims desk's monthly cases (each case closing with its handling unit
and its closing day), a museum's catalogue issues (a row of the count and the day under
the issue's title), a county bureau's notices (a dotted row of the issuing unit and the
day under each notice).  Look-alikes that stay the site's: a hotline row with its own
figures, a font-size widget with a view counter, an address foot under the text, an
unlabelled sign-off, and a row printed word for word on every page."""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

from cleaner.config import PipelineConfig
from cleaner.edits import Editor
from cleaner.ingest.readers import read_inputs
from cleaner.pipeline import Pipeline
from cleaner.stages.keep import keep_table
from cleaner.stages.profile_counter import build_profiles
from cleaner.stages.varying_fields import label_rows, row_cells, varying_field_row
from tests.stages.stage_runs import site_stage

UNITS = ["青禾保险鹭城营业部", "青禾保险溪口支公司"]
CASES = [
    ("意外险", "骑车摔伤致手腕骨折，意外险赔付医疗费用"),
    ("医疗险", "孩子肺炎住院一周，医疗险报销自费药品"),
    ("重疾险", "体检发现早期肿瘤，重疾险一次性给付"),
    ("寿险", "被保险人突发疾病身故，公司上门协助理赔"),
    ("意外险", "登山扭伤住院手术，意外医疗全额报销"),
]
BODY = [
    "客户在出险后第一时间拨打客服电话报案，并按要求提交了病历、发票等材料。",
    "理赔人员核实材料后当即受理，按合同约定完成赔付，全案处理时效为六天。",
    "提示：发生保险事故后请及时报案，保留相关票据，如有疑问可咨询客服。",
]


def _claims(rng: random.Random, k: int) -> list[str]:
    """One month's cases: a masthead, two or three cases, each closing with its unit and
    its closing day, then the foot."""
    out = ["青禾保险股份有限公司", f"理赔案例月报　2021年第{k + 1}期", ""]
    for n in range(2 + k % 2):
        kind, title = CASES[(k + n) % len(CASES)]
        out += [f"案例 {n + 1:02d} · {kind}", title, *BODY]
        day = f"2021/{k + 1}/{rng.randint(1, 28)}"
        out.append(f"处理机构：{rng.choice(UNITS)}　｜　办结日期：{day}")
        out.append("")
    out += ["客服热线：95590　　官方网站：www.qinghe-life.example", "版权所有　青禾保险"]
    return out


def _tickets(rng: random.Random, k: int) -> list[str]:
    """A hotline's weekly tickets: each ticket closes with its handling unit and the day
    it was settled, in a dotted row of other labels."""
    units = ["岭东区住建局", "岭东区城管局"]
    asks = [
        ("噪音", "夜间施工噪音扰民问题已协调解决"),
        ("供水", "老旧小区水压不足问题已完成整改"),
        ("路灯", "背街小巷路灯不亮问题已修复"),
        ("垃圾", "小区垃圾清运不及时问题已督办"),
    ]
    out = ["岭东区12345热线", f"工单办结情况周报　第{k + 1}周", ""]
    for n in range(2 + k % 2):
        kind, title = asks[(k + n) % len(asks)]
        out += [f"【工单 {n + 1}】{kind}", title]
        out += [
            "市民来电反映相关问题，热线当日转办至责任单位，要求限期办理。",
            "责任单位接单后立即组织人员现场核查，制定整改方案并落实。",
            "经回访，来电市民对办理结果表示满意，该工单予以办结。",
        ]
        out.append(
            f"承办单位：{rng.choice(units)} · 办结日期：2022-0{1 + k % 9}-{rng.randint(10, 28)}"
        )
        out.append("")
    out += ["热线电话：12345　　网址：www.lingdong.example", "主办：岭东区人民政府"]
    return out


def _catalogue(rng: random.Random, k: int) -> list[str]:
    """A museum's catalogue issue: the count and the day under the issue's title."""
    day = f"20{10 + k:02d}-0{1 + k % 9}-{rng.randint(10, 28)}"
    out = ["澄湖博物馆", "首页｜展览｜典藏｜教育｜出版", f"典藏精选　第{k + 1}辑"]
    out.append(f"本期展出 {2 + k % 3} 件　登载日期：{day}")
    out += [
        "本辑选取馆藏青铜器与陶瓷器若干，介绍其年代、形制与出土情况。",
        f"第一件为一件青铜尊，高{20 + k}厘米，器身饰有云雷纹，保存完好。",
        "第二件为一件青瓷碗，釉色青翠，胎质细腻，为窑址出土的代表器物。",
        "以上藏品均在本馆二楼常设展厅展出，欢迎观众前来参观。",
        "",
        "本馆地址：澄湖市文化路1号　开放时间：周二至周日",
    ]
    return out


def _notices(rng: random.Random, k: int, *, widget: bool = False) -> list[str]:
    """A county bureau's notice page: a dotted row of the unit and the day under the
    title; ``widget``: a font-size widget and a view counter under it too."""
    units = ["溪县农业农村局", "溪县水利局", "溪县林业局"]
    out = ["溪县人民政府门户网站", "当前位置：首页 > 通知公告", ""]
    out.append(f"关于做好第{k + 1}批农田水利项目申报工作的通知")
    out.append(f"发布单位：{units[k % 3]} · 发布日期：2022-0{1 + k % 9}-{rng.randint(10, 28)}")
    if widget:
        out.append(f"来源：本网　【打印】　浏览：{rng.randint(100, 999)}")
    out += [
        "各乡镇人民政府，县直有关单位：",
        f"为做好第{k + 1}批项目申报工作，现将有关事项通知如下，请认真组织申报。",
        "申报材料请于本月底前报送县局项目办，逾期不予受理。",
        "特此通知。",
        "",
        f"主办：溪县人民政府办公室　地址：溪县人民路{rng.randint(1, 300)}号",
    ]
    return out


def _site(make, seed: int, pages: int = 8, **kw) -> list[list[str]]:  # type: ignore[no-untyped-def]
    rng = random.Random(seed)
    return [make(rng, k, **kw) for k in range(pages)]


def _boiled(pages: list[list[str]], k: int) -> str:
    ed = Editor("p", "\n".join(pages[k]) + "\n")
    site_stage(pages)(ed, site="s")
    return ed.text


def _articles(pages: list[list[str]]) -> list[list[tuple[str, dict[str, str], str]]]:
    """The whole pipeline on the site's folder: each page's articles, (title, meta,
    text); asserts no row of a case's fields went as the site's."""
    with tempfile.TemporaryDirectory() as td:
        for k, page in enumerate(pages):
            Path(td, f"p{k}.txt").write_text("\n".join(page) + "\n", "utf-8")
        raws = list(read_inputs([Path(td)]))
        pipe = Pipeline(PipelineConfig(), profiles=build_profiles(raws))
        out: dict[int, list[tuple[str, dict[str, str], str]]] = {}
        for i, raw in enumerate(raws):
            res = pipe.process(raw, i)
            gone = [c.before for c in res.changes if c.rule == "boilerplate.site_repeat"]
            assert not any("处理机构" in b for b in gone), (raw.source, gone)
            arts = [(a.title, dict(a.meta), a.text) for a in res.articles]
            out[int(Path(raw.source).stem[1:])] = arts
    return [out[k] for k in range(len(pages))]


def test_each_cases_unit_and_day_row_stays() -> None:
    """Every case's closing row (its unit, its closing day) reaches the split, the first
    case's too (the loss: the site's shape for it, deleted)."""
    pages = _site(_claims, 1)
    kept = 0
    for k, page in enumerate(pages):
        text = _boiled(pages, k)
        rows = [s for s in page if s.startswith("处理机构：")]
        for s in rows:
            assert s in text, (k, s)
            kept += 1
        assert "客服热线：95590　　官方网站：www.qinghe-life.example" not in text
    assert kept >= 16


def test_each_cases_row_reaches_the_split() -> None:
    """Through the whole pipeline: no case's row is in the ledger as the site's, and
    each case's unit reaches the page's articles (their fields, or their text for the
    split's readers)."""
    pages = _site(_claims, 2)
    for k, arts in enumerate(_articles(pages)):
        rows = [s for s in pages[k] if s.startswith("处理机构：")]
        assert len(rows) >= 2
        for row in rows:
            unit = row.split("：")[1].split("\u3000")[0]
            assert any(unit in meta.values() or row in text for _, meta, text in arts), (k, row)


def test_other_sites_wordings_stay() -> None:
    """A hotline's tickets closing with a dotted unit-and-day row, a catalogue's
    count-and-day row under its title, a notice's unit-and-day row under its title:
    other labels, other separators, other places on the page."""
    for make, lead, seed in (
        (_tickets, "承办单位：", 7),
        (_catalogue, "本期展出", 3),
        (_notices, "发布单位：", 4),
    ):
        pages = _site(make, seed)
        for k, page in enumerate(pages):
            text = _boiled(pages, k)
            for s in page:
                if s.startswith(lead):
                    assert s in text, (make.__name__, k, s)


def test_a_widget_and_an_address_foot_still_go() -> None:
    """A row with its own figure whose labelled value never changes (a source '本网'
    over a view counter), a row below the text's last sentence (an address foot): the
    site's, deleted while the notice's own unit-and-day row stays."""
    pages = _site(_notices, 5, widget=True)
    for k, page in enumerate(pages):
        text = _boiled(pages, k)
        assert page[5] not in text, page[5]  # the widget row with its view counter
        assert page[-1] not in text, page[-1]  # the address foot
        assert page[4] in text  # the notice's own unit and day


def test_row_cells_reads_any_separator() -> None:
    assert row_cells("承办单位：甲所　｜　办结日期：2020/3/4") == {
        "承办单位": "甲所",
        "办结日期": "2020/3/4",
    }
    assert row_cells("发布单位：甲局 · 发布日期：2022-01-12") == {
        "发布单位": "甲局",
        "发布日期": "2022-01-12",
    }
    assert row_cells("口径：含税　／　撰稿：某乙") == {"口径": "含税", "撰稿": "某乙"}
    assert row_cells("【来源：某报】　【作者：某丙】") == {"来源": "某报】", "作者": "某丙】"}
    assert row_cells("甲局　2023年2月14日") == {}
    assert row_cells("今天我们说说：为什么要早睡早起？" * 6) == {}  # a sentence's length


def test_varying_field_row_needs_a_field_label_whose_value_varies() -> None:
    meta = keep_table().split.meta

    def ok(label: str) -> bool:
        return meta.field_of(label) is not None

    two = ["发布单位：甲局　浏览：12", "发布单位：乙局　浏览：40"]
    assert varying_field_row(two[0], two, {}, ok)
    same = ["发布单位：甲局　浏览：12", "发布单位：甲局　浏览：40"]
    assert not varying_field_row(same[0], same, {}, ok)  # only the counter varies
    assert not varying_field_row(same[0], same, label_rows(same), ok)
    # the same row learned twice, word for word on its pages, with two units
    assert varying_field_row(two[0], two[:1], label_rows(two), ok)
    # no label of a field: a hotline and its opening hours
    hot = ["服务热线：12345　时间：8:00", "服务热线：12366　时间：9:00"]
    assert not varying_field_row(hot[0], hot, {}, ok)


# -- the site's label rows, built once a site (issue 15) ----------------------------------


def _counted(monkeypatch) -> list[int]:  # type: ignore[no-untyped-def]
    """Count the builds of the site's label rows (``Learned.label_rows``' one call)."""
    from cleaner.stages import site_judge

    built: list[int] = []
    real = site_judge.label_rows

    def counting(examples):  # type: ignore[no-untyped-def]
        built.append(1)
        return real(examples)

    monkeypatch.setattr(site_judge, "label_rows", counting)
    return built


def _two_sites_stage(a: list[list[str]], b: list[list[str]]):  # type: ignore[no-untyped-def]
    from cleaner.model import RawInput
    from cleaner.rules import load_packs
    from cleaner.stages.boilerplate import BoilerplateStage

    raws = [
        RawInput(f"{site}/{i}.txt", ("\n".join(p) + "\n").encode(), site=site)
        for site, pages in (("a", a), ("b", b))
        for i, p in enumerate(pages)
    ]
    return BoilerplateStage(load_packs(), profiles=build_profiles(raws))


def test_label_rows_built_once_a_site(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Every page of the claims site asks for the site's label rows; they are built on
    the first and reused on the rest, and every case's row still stays."""
    built = _counted(monkeypatch)
    pages = _site(_claims, 1)
    stage = site_stage(pages)
    for k, page in enumerate(pages):
        ed = Editor("p", "\n".join(page) + "\n")
        stage(ed, site="s")
        for s in page:
            if s.startswith("处理机构："):
                assert s in ed.text, (k, s)
    assert len(built) == 1


def test_label_rows_kept_apart_per_site(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Two sites in one run (a claims desk's cases, a bureau's notices, pages
    interleaved): each builds its own rows once at most, and each keeps its own
    unit-and-day rows; the notices' widget row (its value the same on every page) still
    goes."""
    built = _counted(monkeypatch)
    claims = _site(_claims, 3)
    notices = _site(_notices, 5, widget=True)
    stage = _two_sites_stage(claims, notices)
    for k in range(len(claims)):
        for site, page, lead in (("a", claims[k], "处理机构："), ("b", notices[k], "发布单位：")):
            ed = Editor("p", "\n".join(page) + "\n")
            stage(ed, site=site)
            for s in page:
                if s.startswith(lead):
                    assert s in ed.text, (site, k, s)
            if site == "b":
                assert page[5] not in ed.text, page[5]  # the widget row: the site's
    assert 1 <= len(built) <= 2  # at most once per site


def test_learned_with_its_label_rows_pickles() -> None:
    """A site's chrome goes to worker processes pickled (``--jobs``): with its label
    rows built it still compares equal to a fresh one and carries them along."""
    import pickle

    from cleaner.stages.site_judge import Learned, LearnedLine

    rows = ("撰稿：甲　日期：1", "撰稿：乙　日期：2")
    hit = LearnedLine(rows[0], "shape", "line", 9, 90.0, rows)
    learned = Learned("s", 10, {}, {"k": hit})
    fresh = Learned("s", 10, {}, {"k": hit})
    built = learned.label_rows()
    assert built == {("撰稿", "日期"): [{"撰稿": "甲", "日期": "1"}, {"撰稿": "乙", "日期": "2"}]}
    back = pickle.loads(pickle.dumps(learned))
    assert back == fresh and back.label_rows() == built
    assert "_label_rows" not in repr(learned)
