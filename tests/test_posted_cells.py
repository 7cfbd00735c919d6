"""A piece's row under its title read cell by cell (cleaner/stages/posted_cells.py): a
posting cell's person before a bracketed unit is the author, a number's label glued to
its bracketed number gives the document number; prose with the same words, a price row
and a hearing's judge give no such field.  Invented pages only."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from cleaner.cli import app
from cleaner.stages.posted_cells import posted_cells
from cleaner.stages.split_meta import MetaParser

_P = MetaParser()


def _read(line: str) -> dict[str, str] | None:
    return posted_cells(line, _P.field_of, _P.doc_number)


def _run(tmp_path: Path, text: str) -> list[dict]:
    src = tmp_path / "in"
    src.mkdir()
    (src / "page.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    res = CliRunner().invoke(app, ["run", str(src), "--out", str(out), "--no-dedup"])
    assert res.exit_code == 0, res.output
    lines = (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(x) for x in lines]


def test_a_posting_cell_names_the_author_in_any_script_and_wording() -> None:
    assert _read("发布：林书远（溪畔园服务处）　｜　浏览 812 次") == {"author": "林书远"}
    assert _read("發佈：周雅婷（河岸居銷售中心）　|　閱讀 45") == {"author": "周雅婷"}
    assert _read("发表：欧阳明（东湖街道办）") == {"author": "欧阳明"}


def test_a_glued_case_number_is_the_doc_number_and_the_judge_no_author() -> None:
    got = _read("案号（2031）某0203民初1187号　·　承办法官 韩立")
    assert got == {"doc_number": "（2031）某0203民初1187号"}
    got = _read("文号（2030）甲办字12号")
    assert got == {"doc_number": "（2030）甲办字12号"}


def test_look_alikes_give_no_field() -> None:
    assert _read("发布：林书远（溪畔园服务处）表示，下周开放样板间。") is None  # prose
    assert _read("发布：林书远（溪畔园服务处）　单价 3.2 万元") is None  # a price cell
    assert _read("单价：3.2万（含车位）　｜　总价 980 万") is None  # a price row
    assert _read("发布：2031年（预告）") is None  # no person
    assert _read("编号（2031）甲5号　是本次的参考") is None  # a cell of prose
    assert _read("材料（2031）版第3号") is None  # no number label


_POSTS = """河岸居建案动态
动态 No.2　─　工程进度　─　2031/4/2
河岸居结构体完成封顶，预计明年交屋
发布：周雅婷（河岸居销售中心）　｜　浏览 533 次
工地本周完成顶楼结构施工，工程团队表示后续将进行外墙与机电作业，预计明年第三季交屋。
销售中心专员周雅婷说，近期来客多为首购家庭，对于交屋时程询问度高。

动态 No.1　─　优惠活动　─　2031/3/20
河岸居春季看屋活动开跑，签约赠送家电
发布：林书远（河岸居销售中心）　｜　浏览 1204 次
为回馈长期关注的客户，销售中心本月推出周末看屋活动，现场签约另有家电赠送。
活动期间每日上午十点至晚间八点开放参观，欢迎民众预约。
"""


def test_a_posts_page_reads_each_posts_author_and_keeps_the_text(tmp_path: Path) -> None:
    arts = _run(tmp_path, _POSTS)
    text = "\n".join(a["text"] for a in arts)
    assert "工地本周完成顶楼结构施工" in text and "活动期间每日上午十点" in text
    authors = {a["meta"].get("author") for a in arts}
    assert {"周雅婷", "林书远"} <= authors


_PROSE = """社区通讯
本社区的活动由志愿者发起，居民踊跃参加，场面热烈，大家都很开心。
发布：林书远（社区服务处）表示，下周开放样板间，欢迎居民前往参观。
活动持续到傍晚，志愿者们整理场地后各自回家，期待下一次相聚。
"""


def test_a_posting_word_in_prose_is_kept_and_names_no_author(tmp_path: Path) -> None:
    arts = _run(tmp_path, _PROSE)
    text = "\n".join(a["text"] for a in arts)
    assert "发布：林书远（社区服务处）表示" in text
    assert all("author" not in a["meta"] for a in arts)
