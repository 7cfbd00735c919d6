"""The README's two commands stay true, CI runs the README's test command, and every rule
id in the rule packs is named and commented."""

from __future__ import annotations

import re
import tomllib

from cleaner.rules import RULES_DIR, load_packs
from tests.conftest import ROOT


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text("utf-8")
    return re.findall(r"```sh\n(python3 -m venv[^\n]+)\n```", text)


def test_readme_opens_with_two_commands() -> None:
    cmds = readme_commands()
    assert len(cmds) == 2
    assert "cleaner run corpora/sample" in cmds[0]
    assert cmds[1].endswith("pytest -q")


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    test_cmd = readme_commands()[1].split(" && ", 2)[2]  # after venv creation + activation
    assert test_cmd in ci


def test_every_rule_is_named_and_commented() -> None:
    packs = load_packs()
    assert {p.name for p in packs} >= {"xiexiebang", "generic"}
    for pack in packs:
        assert pack.comment
        for rule in pack.rules:
            assert rule.name and len(rule.comment) > 10, rule.rule_id
    for table in ("repair", "headers"):
        data = tomllib.loads((RULES_DIR / f"{table}.toml").read_text("utf-8"))
        assert data


def test_example_config_loads_and_matches_defaults() -> None:
    from cleaner.config import PipelineConfig, load_config

    assert load_config(ROOT / "cleaner.example.toml") == PipelineConfig()
