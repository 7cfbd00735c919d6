"""The command line behaves as a Python user expects (issue 16): ``--version``/``-V``,
``-h`` everywhere, help that reads cleanly at 80 columns with metavars instead of Python
type names, exit codes that tell a typo (2) from a bad batch (4, or 1 for ``validate``),
``--out`` never overlapping an input, and a report font stack that names CJK fonts."""

from __future__ import annotations

import itertools
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

import cleaner
from cleaner.cli import (
    EXIT_CODES_HELP,
    EXIT_QUARANTINED,
    EXIT_USAGE,
    app,
)
from cleaner.cli.validate import VALIDATE_EXIT_CODES
from tests.conftest import ROOT

RUNNER = CliRunner()
PAGE = "第一篇:关于做好防汛工作的通知\n各乡镇:\n请做好准备。\n"


def invoke(*args: str | Path, columns: int = 80):  # type: ignore[no-untyped-def]
    return RUNNER.invoke(app, [str(a) for a in args], env={"COLUMNS": str(columns)})


def command_paths() -> list[tuple[str, ...]]:
    """Every command and subcommand of the app, as the words that invoke it."""
    paths: list[tuple[str, ...]] = []

    def walk(cmd: object, path: tuple[str, ...]) -> None:
        paths.append(path)
        for name, sub in getattr(cmd, "commands", {}).items():
            walk(sub, (*path, name))

    walk(typer.main.get_command(app), ())
    return paths


COMMANDS = command_paths()


def one_error_line(r, path: Path | str, problem: str) -> None:  # type: ignore[no-untyped-def]
    """stderr is exactly ``cleaner: error: <path>: <problem>…`` on one line."""
    lines = r.stderr.splitlines()
    assert len(lines) == 1, r.stderr
    assert lines[0].startswith(f"cleaner: error: {path}: {problem}"), r.stderr
    assert "Traceback" not in r.output


def tree(path: Path) -> list[str]:
    return sorted(str(p.relative_to(path)) for p in path.rglob("*"))


# -- 1: --version, -V, -h ------------------------------------------------------------


#: what --version prints: the version and the folder of the package that runs
VERSION_LINE = f"cleaner {cleaner.__version__} from {Path(cleaner.__file__).parent}\n"


@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_version(flag: str) -> None:
    r = invoke(flag)
    assert r.exit_code == 0, r.output
    assert r.stdout == VERSION_LINE


def test_version_names_the_tree_on_the_path() -> None:
    """The package folder printed is the one imported (a PYTHONPATH tree over an editable
    install): the folder holds this very module."""
    folder = Path(invoke("-V").stdout.strip().split(" from ", 1)[1])
    assert (folder / "cli" / "__init__.py").is_file()
    assert folder == Path(cleaner.__file__).parent


def test_version_from_the_console_script() -> None:
    exe = Path(sys.executable).with_name("cleaner")
    if not exe.exists():
        pytest.skip("console script not installed")
    env = {**os.environ, "PYTHONPATH": str(Path(cleaner.__file__).parent.parent)}
    p = subprocess.run([exe, "-V"], capture_output=True, text=True, check=False, env=env)
    assert (p.returncode, p.stdout) == (0, VERSION_LINE)


def test_commands_are_found() -> None:
    names = {" ".join(p) for p in COMMANDS}
    assert {"", "run", "dedup", "validate", "report", "rules mine", "corpus add"} <= names


@pytest.mark.parametrize("path", COMMANDS, ids=lambda p: " ".join(p) or "cleaner")
def test_dash_h_is_help_everywhere(path: tuple[str, ...]) -> None:
    short, long = invoke(*path, "-h"), invoke(*path, "--help")
    assert short.exit_code == 0 == long.exit_code, short.output
    assert short.stdout.startswith(f"Usage: cleaner {' '.join(path)}".rstrip())
    assert short.stdout == long.stdout
    assert "-h, --help" in short.stdout


def test_help_imports_nothing_heavy() -> None:
    """``cleaner -h`` stays cheap: no Ray, no rich, no HTML extraction at start-up."""
    code = (
        "import sys\nfrom cleaner.cli import app\n"
        "try:\n    app(['run', '-h'])\nexcept SystemExit:\n    pass\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & "
        "{'ray', 'rich', 'trafilatura', 'lxml'}))"
    )
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert p.stdout.splitlines()[-1] == "[]"


# -- 2: help text ----------------------------------------------------------------------


def bad_rewraps(text: str, width: int = 78) -> list[str]:
    """Lines broken early: the next line of the same paragraph (same indent) starts with a
    word that would have fitted.  That is how a docstring's own line breaks show through a
    second wrap (``.warc,`` or ``dup_score,`` alone on a line)."""
    lines = text.splitlines()
    bad = []
    for a, b in itertools.pairwise(lines):
        if not a.strip() or not b.strip():
            continue
        indent = len(b) - len(b.lstrip())
        if indent != len(a) - len(a.lstrip()):
            continue
        if re.match(r"-|\S+ {2,}\S", a.lstrip()):  # a table row: option, code, command
            continue
        if len(a.rstrip()) + 1 + len(b.split()[0]) <= width:
            bad.append(a.strip())
    return bad


def test_bad_rewraps_spots_the_issue_16_symptom() -> None:
    seen = (
        "  extracted), .jsonl/.ndjson and .parquet (--text-field, else --html-field),\n"
        "  .warc,\n"
        "  each optionally .gz or .zst.\n"
    )
    assert bad_rewraps(seen) == [".warc,"]


@pytest.mark.parametrize("path", COMMANDS, ids=lambda p: " ".join(p) or "cleaner")
def test_help_at_80_columns_is_clean(path: tuple[str, ...]) -> None:
    out = invoke(*path, "-h", columns=80).stdout
    assert "<list[" not in out and "<bool>" not in out
    assert not re.search(r"<(str|int|float|path|bool|list\[[^>]*\])>", out), out
    assert all(len(line) <= 80 for line in out.splitlines()), out
    assert bad_rewraps(out) == [], out


def test_run_help_keeps_its_sentences_whole() -> None:
    out = invoke("run", "-h").stdout
    text = " ".join(out.split())
    assert ".warc, each optionally .gz or .zst" in text
    assert "dup_of, dup_score, dup_kind, cluster" in text
    assert re.search(r"^\s+cleaner run corpora/sample --out out/sample", out, re.M)
    assert "-o, --out DIR" in out and "--rules DIR" in out and "-j, --jobs N" in out


def test_validate_help_keeps_the_config_section_name() -> None:
    """Rich markup once swallowed ``[validate]`` as a style tag."""
    out = invoke("validate", "-h").stdout
    assert "[validate] thresholds" in " ".join(out.split())


# -- 3: honest exit codes ----------------------------------------------------------------


def codes(table: str) -> set[int]:
    return {int(m) for m in re.findall(r"^\s+(\d+)\s", table, re.M)}


def test_help_and_readme_list_the_same_exit_codes() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    section = readme.split("### Exit codes", 1)[1].split("\n### ", 1)[0]
    rows = re.findall(r"^\| (\d+) \| (.*?) \| (.*?) \|$", section, re.M)
    run_codes = {int(c) for c, run, _ in rows if run != "—"}
    validate_codes = {int(c) for c, _, val in rows if val != "—"}
    assert run_codes == codes(EXIT_CODES_HELP) == {0, 2, 3, 4, 130}
    assert validate_codes == codes(VALIDATE_EXIT_CODES) == {0, 1, 2, 3, 130}
    two = next(run for c, run, _ in rows if c == "2")
    assert "none of the inputs exists" in two and "--out" in two
    assert "none of the inputs exists" in " ".join(EXIT_CODES_HELP.split())


def test_validate_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    missing = tmp_path / "no" / "such" / "path"
    r = invoke("validate", missing, "-q")
    assert r.exit_code == EXIT_USAGE, r.output
    one_error_line(r, missing, "does not exist")
    assert r.stderr.strip() == f"cleaner: error: {missing}: does not exist"


def test_run_missing_path_is_a_usage_error_and_writes_nothing(tmp_path: Path) -> None:
    missing, out = tmp_path / "no" / "such" / "path", tmp_path / "out"
    r = invoke("run", missing, "--out", out)
    assert r.exit_code == EXIT_USAGE, r.output
    assert r.stderr.strip() == f"cleaner: error: {missing}: does not exist"
    assert not out.exists()


def test_run_every_path_missing_names_the_first(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    r = invoke("run", a, b, "--out", tmp_path / "out")
    assert r.exit_code == EXIT_USAGE
    one_error_line(r, a, "does not exist (none of the 2 inputs exists)")
    assert not (tmp_path / "out").exists()


def test_run_some_paths_missing_quarantines_them(tmp_path: Path) -> None:
    good, missing = tmp_path / "good.txt", tmp_path / "gone.txt"
    good.write_text(PAGE, encoding="utf-8")
    r = invoke("run", good, missing, "--out", tmp_path / "out")
    assert r.exit_code == EXIT_QUARANTINED, r.output
    assert f"cleaner: quarantined: {missing}: no such file or directory" in r.stderr


def test_dedup_missing_input_is_a_usage_error(tmp_path: Path) -> None:
    missing = tmp_path / "none.jsonl"
    r = invoke("dedup", missing, "--out", tmp_path / "out")
    assert r.exit_code == EXIT_USAGE, r.output
    one_error_line(r, missing, "no such file")
    assert not (tmp_path / "out").exists()


def test_all_quarantined_batch_of_existing_files_exits_4(tmp_path: Path) -> None:
    """Every input exists but none can be read: the run completes, the reasons are on
    disk, and it exits 4 (not 2: nothing was mistyped)."""
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "empty.txt").write_bytes(b"")
    (batch / "doc.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n" + b"\x00\x01" * 50)
    out = tmp_path / "out"
    r = invoke("run", batch, "--out", out)
    assert r.exit_code == EXIT_QUARANTINED, r.output
    assert r.stderr.count("cleaner: quarantined: ") == 2
    quarantine = (out / "quarantine.jsonl").read_text("utf-8").splitlines()
    assert len(quarantine) == 2
    assert invoke("run", batch, "--out", out, "--allow-quarantine").exit_code == 0


@pytest.mark.parametrize(
    "args",
    [["run", "--bogus"], ["dedup", "x.jsonl"], ["validate", "--jobs", "0", "x"], ["nope"]],
    ids=["run-unknown-option", "dedup-no-out", "validate-bad-jobs", "unknown-command"],
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    r = invoke(*args)
    assert r.exit_code == EXIT_USAGE, r.output
    assert "Traceback" not in r.output


# -- 4: --out apart from every input -----------------------------------------------------


def batch_with_page(tmp_path: Path) -> Path:
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "page.txt").write_text(PAGE, encoding="utf-8")
    return batch


def test_run_out_equal_to_input_is_refused(tmp_path: Path) -> None:
    batch = batch_with_page(tmp_path)
    r = invoke("run", batch, "--out", batch)
    assert r.exit_code == EXIT_USAGE, r.output
    one_error_line(r, batch, "--out is the input")
    assert tree(batch) == ["page.txt"]


def test_run_out_inside_input_is_refused_and_nothing_written(tmp_path: Path) -> None:
    batch = batch_with_page(tmp_path)
    out = batch / "out"
    r = invoke("run", batch, "--out", out)
    assert r.exit_code == EXIT_USAGE, r.output
    one_error_line(r, out, f"--out is inside the input folder {batch}")
    assert tree(batch) == ["page.txt"]


def test_run_input_inside_out_is_refused(tmp_path: Path) -> None:
    out = batch_with_page(tmp_path)
    page = out / "page.txt"
    r = invoke("run", page, "--out", out)
    assert r.exit_code == EXIT_USAGE, r.output
    one_error_line(r, page, f"this input is inside --out {out}")
    assert tree(out) == ["page.txt"]


def test_run_out_through_a_symlink_or_dots_is_refused(tmp_path: Path) -> None:
    batch = batch_with_page(tmp_path)
    link = tmp_path / "link"
    link.symlink_to(batch, target_is_directory=True)
    for out in (link / "out", tmp_path / "x" / ".." / "batch" / "out"):
        r = invoke("run", batch, "--out", out)
        assert r.exit_code == EXIT_USAGE, r.output
        assert "--out is inside the input folder" in r.stderr
    assert tree(batch) == ["page.txt"]


def test_run_out_beside_input_is_fine(tmp_path: Path) -> None:
    batch = batch_with_page(tmp_path)
    r = invoke("run", batch, "--out", tmp_path / "batch-out", "-q")
    assert r.exit_code == 0, r.output
    assert (tmp_path / "batch-out" / "articles.jsonl").exists()


def test_dedup_input_inside_out_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "data"
    out.mkdir()
    src = out / "new.jsonl"
    src.write_text('{"id": "a", "text": "好的。"}\n', encoding="utf-8")
    r = invoke("dedup", src, "--out", out)
    assert r.exit_code == EXIT_USAGE, r.output
    one_error_line(r, src, f"this input is inside --out {out}")
    assert tree(out) == ["new.jsonl"]


def test_dedup_out_inside_a_run_folder_input_is_refused(tmp_path: Path) -> None:
    run_out = tmp_path / "run1"
    run_out.mkdir()
    (run_out / "articles.jsonl").write_text('{"id": "a", "text": "好的。"}\n', encoding="utf-8")
    r = invoke("dedup", run_out, "--out", run_out / "dedup")
    assert r.exit_code == EXIT_USAGE, r.output
    one_error_line(r, run_out / "dedup", "--out is inside the input folder")
    assert tree(run_out) == ["articles.jsonl"]


# -- 5: the report's CJK fonts, and CI installing one --------------------------------------

CJK_FONTS = (
    '"Noto Sans CJK SC"',
    '"Source Han Sans SC"',
    '"PingFang SC"',
    '"Microsoft YaHei"',
    '"WenQuanYi Micro Hei"',
)


def test_report_css_names_a_cjk_font_stack() -> None:
    from cleaner.report.assets import STYLE

    body = re.search(r"body\{font:([^;]+);", STYLE)
    assert body, STYLE[:300]
    stack = body.group(1)
    positions = [stack.find(f) for f in CJK_FONTS]
    assert all(p >= 0 for p in positions), stack
    assert positions == sorted(positions) and stack.rstrip().endswith("sans-serif")
    mono = re.search(r"\.ex\{font-family:([^;]+);", STYLE)
    assert mono and all(f in mono.group(1) for f in CJK_FONTS), STYLE


def test_ci_installs_a_cjk_font_without_failing_on_it() -> None:
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    guard = ci.index('if [ "$(id -u)" -eq 0 ] && command -v apt-get')
    block = ci[guard : ci.index("\nfi\n", guard)]
    assert "fonts-noto-cjk" in block and "chromium" in block
    assert "|| echo" in block  # a failed install warns, it does not stop CI
