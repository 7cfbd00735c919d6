"""What set yw's pages showed, each as a class with invented pages of its own (ywfix):

* a compilation whose every piece sits under a box-drawn frame holding one row of slot
  cells (an estate, a document number, a count) keeps every piece, though the site
  prints one estate's result month after month (its row and its title learned as
  shapes): the row is the piece's header, its document number the piece's, and the bare
  line under the frame the piece's title and first line of text;
* a document number's serial (``〔2021〕27号``) is no day of the month;
* a body's release stamp closing each piece as a note wrapped in round brackets
  (``（某县消防局　2019/8/23 19:40 發布）``) dates the piece and names its issuer.

Every word is invented.
"""

from __future__ import annotations

from pathlib import Path

from cleaner.config import PipelineConfig
from cleaner.ingest.readers import read_inputs
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.body_stamps import body_stamp
from cleaner.stages.profile_counter import build_profiles
from cleaner.stages.recurring_rows import own_figures
from cleaner.stages.split_dates import normalise_date
from cleaner.stages.split_marks import cell_row
from cleaner.stages.split_meta import MetaParser
from tests.stages.stage_runs import split

PARSER = MetaParser()


def _site(folder: Path, pages: list[list[str]]) -> list[list[tuple[str, str, dict[str, str]]]]:
    for k, page in enumerate(pages):
        (folder / f"p{k}.txt").write_text("\n".join(page) + "\n", "utf-8")
    raws = [r for r in read_inputs([folder]) if isinstance(r, RawInput)]
    pipe = Pipeline(PipelineConfig(), profiles=build_profiles(raws))
    out = []
    for i, raw in enumerate(raws):
        arts = pipe.process(raw, i).articles
        out.append([(a.title, a.text, dict(a.meta)) for a in arts])
    return out


# ---- a framed row of slot cells over each piece's bare title

ESTATES = ["松涛苑", "梧桐里", "杏林湾", "石榴园", "柏溪居"]
RULE_TOP = "┏" + "━" * 26 + "┓"
RULE_FOOT = "┗" + "━" * 26 + "┛"


def _result(estate: str, year: int, serial: int, batch: int, day: int) -> list[str]:
    return [
        "",
        RULE_TOP,
        f"┃　{estate}　┃　沐建选〔{year}〕{serial}号　┃　本轮选房{batch + 3}户　┃",
        RULE_FOOT,
        f"关于{estate}经济适用住房第{batch}轮选房结果的公告",
        f"本轮选房于{day}日在区政务大厅进行，沐川区公证处全程监督，选房顺序由电脑随机生成。",
        "序号　受理号　　户主　选定房号",
        f"1　　JS{year}-{serial:03d}1　罗*明　　{batch}-1201",
        f"2　　JS{year}-{serial:03d}2　何*兰　　{batch}-803",
        "对选房结果有异议的，请于公告期内向区住房保障科书面反映，逾期不予受理。",
        "沐川区住房保障科",
        f"{year}年5月{day}日",
    ]


def test_every_piece_under_its_framed_row_is_found_and_titled(tmp_path: Path) -> None:
    pages = []
    for p in range(6):
        page = ["沐川区住房保障网　打印版", "位置：首页 » 住房保障 » 选房结果"]
        # the first estate comes back on every page: its row and title a learned shape
        estates = [ESTATES[0], ESTATES[1 + p % 4], ESTATES[1 + (p + 1) % 4]]
        for k, estate in enumerate(estates):
            page += _result(estate, 2020 + p % 3, 20 + 2 * k + 7 * p, 2 + (p + k) % 5, 3 + 4 * k)
        page += ["", "【打印】　【关闭】", "版权所有：沐川区住房保障中心"]
        pages.append(page)
    for page, arts in zip(pages, _site(tmp_path, pages), strict=True):
        titles = [s for s in page if s.startswith("关于")]
        assert [a[0] for a in arts] == titles  # no piece lost, each titled by its line
        rows = [s for s in page if s.startswith("┃")]
        for (title, text, meta), row in zip(arts, rows, strict=True):
            assert text.startswith(title)  # the title stays the piece's first line
            assert meta.get("doc_number") == row.split("┃")[2].strip()


def test_a_document_number_is_one_slot_of_a_row() -> None:
    assert cell_row("某苑　┃　沐川住建选〔2021〕27号　┃　本轮选房6户　┃", "┃")
    assert not cell_row("某苑　┃　关于某苑经济适用住房第2轮选房结果的公告　┃　6户", "┃")


def test_a_document_serial_is_no_day() -> None:
    rows = ["┃　甲苑　┃　某建选〔2021〕27号　┃　6户", "┃　乙苑　┃　某建选〔2021〕29号　┃　7户"]
    assert own_figures(rows)  # the serials differ: each piece's own figure
    days = ["发布：3号　阅读", "发布：5号　阅读"]
    assert not own_figures(days)  # a day of the month by 号 is still a day


# ---- a release stamp closing each piece as a bracketed note

V = ("发布", "發布")


def _office(s: str) -> bool:
    return s.endswith(("局", "處", "中心"))


def test_a_bracketed_release_stamp_closing_a_piece() -> None:
    note = "（霁川县消防局　2019/8/23 19:40 發布）"
    got = body_stamp(note, V, _office, normalise_date, noted=True)
    assert got == {"issuer": "霁川县消防局", "published": "2019-08-23"}
    assert body_stamp(note, V, _office, normalise_date) is None  # no bracket's reading
    # a bracketed note with no year dates nothing; another verb reads nothing
    assert PARSER.posted_stamp("（霁川县消防局　8/23 19:40 發布）", closing=True) is None
    edited = "（霁川县消防局　2019/8/23 更新）"
    assert body_stamp(edited, V, _office, normalise_date, noted=True) is None
    assert PARSER.posted_stamp(note, closing=True) == got


def test_messages_closed_by_release_stamps_are_dated() -> None:
    page = ["霁川县防汛即时讯息　（最后更新：2019/8/23 19:40）"]
    kinds = ["＜道路封闭＞", "＜停课通知＞", "＜安置收容＞"]
    desks = ["霁川县交通运输局", "霁川县教育局", "霁川县应急管理局"]
    for k in range(3):
        page += [
            "",
            kinds[k],
            f"霁川县第{k + 2}号防汛讯息发布，请沿河群众注意防范",
            f"受强降雨影响，{desks[k][3:]}已启动应急响应，相关措施即时生效，请民众留意后续公告。",
            "请民众减少外出，远离河道及低洼地区，如遇险情请拨打应急专线求助。",
            f"（{desks[k]}　2019/8/{23 - k} {10 + k}:20 發布）",
        ]
    arts = split(page)
    assert len(arts) == 3
    for k, a in enumerate(arts):
        assert a.meta.get("published") == f"2019-08-{23 - k}"
        assert a.meta.get("issuer") == desks[k]
        assert "發布）" not in a.text


# ---- a print view's page mark cutting a sentence


def test_a_print_pages_word_and_an_open_bracket_mark_a_cut() -> None:
    from cleaner.stages.folio_cuts import cut_folios
    from cleaner.stages.join_lines import _folio_cut

    cut = [
        "受强降雨影响，本镇已完成沿河及山区",
        "",
        "霁川县政府网　列印頁　2",
        "",
        "居民转移安置。",
    ]
    assert cut_folios(cut) == [2]
    whole = [
        "受强降雨影响，本镇已完成沿河及山区居民转移。",
        "",
        "霁川县政府网　列印頁　2",
        "",
        "另一段话。",
    ]
    assert cut_folios(whole) == []  # a whole sentence above: no cut
    opened = [
        "上一段话。",
        "公示期：某年6月2日至6月10日（5个",
        "",
        "－　某中心　打印稿　第2页　－",
        "",
        "工作日）。",
    ]
    assert cut_folios(opened) == [3]
    assert _folio_cut("公示期：6月2日至6月10日（5个", "\n\n工作日）。", 2)
    assert not _folio_cut("公示期：6月2日至6月10日（5个工作日）", "\n\n监督电话。", 2)
