"""Site profiles: lines repeating across a site's pages become chrome on that site only,
legitimately repeated content survives, profiles round-trip through JSON, and the
``rules mine``/``rules test`` commands write and try a reviewable pack."""

from __future__ import annotations

import tomllib
from pathlib import Path

from typer.testing import CliRunner

from cleaner.cli import app
from cleaner.edits import Editor
from cleaner.model import RawInput
from cleaner.provenance import rebuild
from cleaner.stages.boilerplate import SITE_REPEAT, BoilerplateConfig, BoilerplateStage
from cleaner.stages.profile_counter import build_profiles
from cleaner.stages.site_profile import SiteProfiles, shape_of, site_key

CFG = BoilerplateConfig(line_model=False)  # site learning alone (the model: test_line_model.py)


def page(i: int) -> str:
    return (
        f"临川县第{i}号文件标题通知\n"
        f"浏览器兼容提示：本站建议使用新版浏览器访问{i % 2}\n"  # shape chrome (number masked)
        "各乡镇人民政府，县直各单位：\n"  # salutation: repeats, must stay
        f"这是第{i}份文件的正文内容，讲述了第{i}件具体工作安排。\n"
        "特此通知。\n"
        "临川县人民政府\n"
        "本站文章均为原创整理，转载请注明出处谢谢合作\n"  # exact chrome
    )


def raws(n: int, site: str = "a.example") -> list[RawInput]:
    return [RawInput(f"x/{i}.txt", page(i).encode(), site=site) for i in range(n)]


def test_repeated_lines_are_removed_and_content_kept() -> None:
    profiles = build_profiles(raws(6))
    stage = BoilerplateStage([], profiles=profiles, config=CFG)
    text = page(9)
    ed = Editor("p", text)
    stage(ed, site="a.example")
    assert "本站文章均为原创整理" not in ed.text
    assert "浏览器兼容提示" not in ed.text
    for kept in ("各乡镇人民政府，县直各单位：", "特此通知。", "临川县人民政府", "第9件具体工作"):
        assert kept in ed.text
    rules = {c.rule for c in ed.changes}
    assert rules == {SITE_REPEAT}
    assert all(c.score == 100.0 for c in ed.changes)
    assert rebuild(ed.text, ed.changes) == text


def test_other_sites_and_small_sites_untouched() -> None:
    profiles = build_profiles(raws(6))
    stage = BoilerplateStage([], profiles=profiles, config=CFG)
    text = page(3)
    ed = Editor("p", text)
    stage(ed, site="b.example")
    assert ed.text == text
    few = BoilerplateStage([], profiles=build_profiles(raws(3)), config=CFG)
    ed = Editor("p", text)
    few(ed, site="a.example")
    assert ed.text == text  # fewer than site_min_pages pages: nothing learned


def test_support_threshold_from_config() -> None:
    pages = raws(10)
    # the chrome line on only 5 of 10 pages: support 50 < 60
    pages = [
        RawInput(
            r.source,
            r.data.replace("本站文章".encode(), f"第{i}页文章".encode()),
            site=r.site,
        )
        if i % 2
        else r
        for i, r in enumerate(pages)
    ]
    profiles = build_profiles(pages)
    # a line with a cue word (转载) needs only site_cue_min_support (40 by default)
    plain = BoilerplateConfig(line_model=False, site_cue_min_support=60.0)
    learned = profiles.learned("a.example", plain)
    assert learned is not None
    assert "本站文章均为原创整理，转载请注明出处谢谢合作" not in learned.lines
    cued = profiles.learned("a.example", CFG)
    assert cued is not None
    assert cued.lines["本站文章均为原创整理，转载请注明出处谢谢合作"].support == 50.0
    lower = profiles.learned("a.example", BoilerplateConfig(site_min_support=40.0))
    assert lower is not None
    assert lower.lines["本站文章均为原创整理，转载请注明出处谢谢合作"].support == 50.0


def test_profiles_round_trip_json() -> None:
    profiles = build_profiles(raws(6))
    again = SiteProfiles.from_json(profiles.to_json())
    assert again.to_json() == profiles.to_json()
    assert again.learned("a.example", CFG) == profiles.learned("a.example", CFG)


def test_shape_and_site_key() -> None:
    assert shape_of("下载《某某方案》全文 共3页", "") == "下载《⟨T⟩》全文 共⟨N⟩页"
    assert site_key(RawInput("p.txt", b"", url="http://www.example.org/a")) == "example.org"
    assert site_key(RawInput("d/p.txt", b"")) == "dir:d"


def test_mine_and_test_commands(tmp_path: Path) -> None:
    src = tmp_path / "site"
    src.mkdir()
    for i in range(6):
        (src / f"{i}.txt").write_text(page(i), encoding="utf-8")
    pack = tmp_path / "rules" / "a_site.toml"
    res = CliRunner().invoke(app, ["rules", "mine", str(src), "-o", str(pack)])
    assert res.exit_code == 0, res.output
    data = tomllib.loads(pack.read_text("utf-8"))
    assert data["pack"]["name"] == "a_site"
    pats = [r["pattern"] for r in data["rule"]]
    assert all(p.startswith("^") for p in pats)
    assert all(r["support"] == 100.0 and r["examples"] for r in data["rule"])
    assert not any("各乡镇" in p or "特此通知" in p for p in pats)
    before = sorted(p.read_bytes() for p in src.iterdir())
    res = CliRunner().invoke(app, ["rules", "test", str(pack), str(src)])
    assert res.exit_code == 0, res.output
    assert "本站文章均为原创整理" in res.output
    assert sorted(p.read_bytes() for p in src.iterdir()) == before  # wrote nothing
    # the mined pack loads with --rules like any other
    from cleaner.rules import load_packs

    assert "a_site" in {p.name for p in load_packs((pack.parent,))}


def test_mine_needs_enough_pages(tmp_path: Path) -> None:
    src = tmp_path / "s"
    src.mkdir()
    (src / "1.txt").write_text(page(1), encoding="utf-8")
    res = CliRunner().invoke(app, ["rules", "mine", str(src), "-o", str(tmp_path / "o.toml")])
    assert res.exit_code == 2
    assert "cleaner: error:" in res.output
    assert not (tmp_path / "o.toml").exists()


def stamp_page(i: int) -> str:
    """A page with a flattened table: its column heads repeat on every page of the site."""
    return (
        f"第{i}组纪念封发行信息~全套{i + 2}枚~发行日期~2019年{i + 1}月3日\n"
        "图序\n名称\n面值(元)\n规格尺寸\n"
        f"（{i}-1）\n山水第{i}图\n1.20\n50×30毫米\n"
        f"（{i}-2）\n花鸟第{i}图\n1.20\n50×30毫米\n"
        f"本组纪念封由第{i}印刷厂承印，设计者为本社美术编辑。\n"
        "本站资料仅供集邮爱好者交流参考使用\n"
    )


def test_repeated_table_heads_and_numbers_inside_the_body_stay() -> None:
    pages = [RawInput(f"s/{i}.txt", stamp_page(i).encode(), site="s.example") for i in range(6)]
    stage = BoilerplateStage([], profiles=build_profiles(pages), config=CFG)
    text = stamp_page(7)
    ed = Editor("p", text)
    stage(ed, site="s.example")
    for kept in ("名称", "面值(元)", "规格尺寸", "1.20", "50×30毫米"):
        assert f"\n{kept}\n" in ed.text, kept
    assert "本站资料仅供集邮爱好者交流参考使用" not in ed.text
    assert rebuild(ed.text, ed.changes) == text
