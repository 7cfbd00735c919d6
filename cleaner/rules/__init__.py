"""Rule packs are data: TOML files in this folder, every entry named and commented.

``load_packs`` reads the built-in packs (and any extra folder given with ``--rules``),
validates them and compiles their patterns once.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cleaner.errors import ConfigError

RULES_DIR = Path(__file__).parent

SCOPES = ("line", "page_title", "tail", "list")


@dataclass(frozen=True, slots=True)
class LineRule:
    """A boilerplate rule: which lines it removes and why."""

    pack: str
    name: str
    comment: str
    scope: str
    pattern: re.Pattern[str] | None
    max_len: int
    item_max_len: int
    #: share of a page (0-100) the rule removed on average where it was mined (written by
    #: ``cleaner rules mine``); the boilerplate stage's loss budget compares with it
    expected_share: float | None = None

    @property
    def rule_id(self) -> str:
        return f"boilerplate.rule.{self.pack}.{self.name}"


@dataclass(frozen=True, slots=True)
class RulePack:
    """A named set of rules; applies to a page when ``detect`` matches (or always)."""

    name: str
    comment: str
    detect: tuple[re.Pattern[str], ...]
    detect_window: int
    rules: tuple[LineRule, ...]

    def applies_to(self, lines: list[str]) -> bool:
        """True when a detect pattern matches one of the first or last lines."""
        if not self.detect:
            return True
        n = self.detect_window
        window = "\n".join(lines[:n] + lines[-n:] if len(lines) > 2 * n else lines)
        return any(p.search(window) for p in self.detect)


def _compile(pattern: str, where: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise ConfigError(f"{where}: bad regular expression {pattern!r}: {exc}") from None


def _load_pack(path: Path) -> RulePack:
    try:
        data: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read rule pack: {exc}") from None
    head = data.get("pack")
    if not isinstance(head, dict) or "name" not in head:
        raise ConfigError(f"{path}: missing [pack] table with a name")
    name = str(head["name"])
    rules: list[LineRule] = []
    for i, raw in enumerate(data.get("rule", [])):
        where = f"{path}: rule #{i + 1}"
        if "name" not in raw or "comment" not in raw:
            raise ConfigError(f"{where}: every rule needs a name and a comment")
        scope = raw.get("scope", "line")
        if scope not in SCOPES:
            raise ConfigError(f"{where}: unknown scope {scope!r} (one of {', '.join(SCOPES)})")
        pattern = raw.get("pattern")
        if pattern is None and scope != "page_title":
            raise ConfigError(f"{where}: scope {scope!r} needs a pattern")
        if pattern is not None and not pattern.removeprefix("(?i)").startswith("^"):
            # rules are matched at the start of the stripped line; say so explicitly
            raise ConfigError(f"{where}: pattern must be anchored with ^ (lines are matched whole)")
        rules.append(
            LineRule(
                pack=name,
                name=str(raw["name"]),
                comment=str(raw["comment"]),
                scope=scope,
                pattern=_compile(pattern, where) if pattern else None,
                max_len=int(raw.get("max_len", 200)),
                item_max_len=int(raw.get("item_max_len", 60)),
                expected_share=(float(raw["expected_share"]) if "expected_share" in raw else None),
            )
        )
    return RulePack(
        name=name,
        comment=str(head.get("comment", "")),
        # detect patterns see the window's lines joined by newlines: ^ and $ work per line
        detect=tuple(_compile(f"(?m:{p})", f"{path}: detect") for p in head.get("detect", [])),
        detect_window=int(head.get("detect_window", 12)),
        rules=tuple(rules),
    )


def load_packs(extra_dirs: tuple[Path, ...] = (), *, names: tuple[str, ...] = ()) -> list[RulePack]:
    """Load the built-in ``boilerplate_*.toml`` packs plus every ``*.toml`` in ``extra_dirs``.

    ``names`` restricts the built-in packs to those names (empty: all).
    """
    # site-family packs first, so their more specific rule ids win over generic ones
    files = sorted(
        RULES_DIR.glob("boilerplate_*.toml"), key=lambda p: (p.stem.endswith("_generic"), p.name)
    )
    packs = [_load_pack(p) for p in files]
    if names:
        packs = [p for p in packs if p.name in names]
    for d in extra_dirs:
        if not d.is_dir():
            raise ConfigError(f"{d}: rules folder does not exist")
        packs.extend(_load_pack(p) for p in sorted(d.glob("*.toml")))
    return packs


def load_table(name: str) -> dict[str, Any]:
    """Load a data table (``placeholders``, ``headers``) from this folder."""
    path = RULES_DIR / f"{name}.toml"
    return tomllib.loads(path.read_text(encoding="utf-8"))
