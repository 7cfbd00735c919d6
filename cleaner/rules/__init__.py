r"""Rule packs are data: TOML files in this folder, every entry named and commented.

``load_packs`` reads the built-in packs (and any extra folder given with ``--rules``),
validates them and compiles their patterns once.  The built-in packs are ours and use
:mod:`re`.  A user pack (``--rules``) may hold any pattern, so it is compiled with the
:mod:`regex` module (the same syntax and meaning, backreferences included) and every match
is given :data:`RULE_TIMEOUT` seconds: a catastrophic pattern (``^(a+)+$``) cannot stall a
batch.  ``benchmarks/rules_engine_bench.py`` measured the choice: RE2 is linear-time but
cannot compile one of our own rules (a lookahead), reads ``\d``/``\w`` as ASCII only, and
disagrees with ``re`` on the sample corpus; ``regex`` agrees with ``re`` on every rule and
line.
"""

from __future__ import annotations

import pickle
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import regex

from cleaner.errors import ConfigError
from cleaner.rules.han_forms import widen, widen_table

RULES_DIR = Path(__file__).parent

SCOPES = ("line", "page_title", "tail", "list", "head", "end_tail", "first")


#: A user pack's pattern is given this long (seconds) on one line or detect window before
#: the match is abandoned (``regex``'s timeout; see :func:`match_user`).  Matching a rule
#: of ours takes microseconds; only catastrophic backtracking comes near it.
RULE_TIMEOUT = 0.1
#: Most lines a pack's ``detect`` patterns see at each end of a page, and most characters
#: of one window line a user pack's ``detect`` sees.
MAX_DETECT_WINDOW = 200
MAX_DETECT_LINE = 2_000


class RuleTimeout(Exception):
    """A user rule's pattern ran past :data:`RULE_TIMEOUT` on one input."""


@dataclass(frozen=True, slots=True)
class LineRule:
    """A boilerplate rule: which lines it removes and why.

    ``pattern`` is a :mod:`re` pattern for the built-in packs and a :mod:`regex` pattern
    (same syntax and meaning, matched with a timeout) for user packs (``user``).
    """

    pack: str
    name: str
    comment: str
    scope: str
    pattern: Any
    max_len: int
    item_max_len: int
    #: share of a page (0-100) the rule removed on average where it was mined (written by
    #: ``cleaner rules mine``); the boilerplate stage's loss budget compares with it
    expected_share: float | None = None
    user: bool = False
    #: the matches of this pattern (a part of what the rule names) are claimed only in the
    #: page's foot zone: no prose line below the line that no rule takes (``foot_only``
    #: in the pack: a footer's credits row worded as an event's own labelled row)
    foot_only: Any = None

    @property
    def rule_id(self) -> str:
        return f"boilerplate.rule.{self.pack}.{self.name}"

    def matches(self, line: str) -> bool:
        """``pattern.match(line)``; a user rule raises :class:`RuleTimeout` past the limit."""
        if not self.user:
            return self.pattern.match(line) is not None
        return match_user(self.pattern, line, search=False)

    def foot_only_matches(self, line: str) -> bool:
        """``foot_only`` matches ``line`` (a user pattern past its time limit counts as a
        match: the line is then claimed in the foot zone only, kept above it)."""
        if not self.user:
            return self.foot_only.match(line) is not None
        try:
            return match_user(self.foot_only, line, search=False)
        except RuleTimeout:
            return True


@dataclass(frozen=True, slots=True)
class RulePack:
    """A named set of rules; applies to a page when ``detect`` matches (or always)."""

    name: str
    comment: str
    detect: tuple[Any, ...]
    detect_window: int
    rules: tuple[LineRule, ...]
    #: a pack from a ``--rules`` folder: matched rule by rule with :mod:`regex` and a timeout
    user: bool = False

    def applies_to(self, lines: list[str]) -> bool:
        """True when a detect pattern matches one of the first or last lines.

        A user pack's detect pattern that times out counts as not matching."""
        if not self.detect:
            return True
        n = self.detect_window
        window = lines[:n] + lines[-n:] if len(lines) > 2 * n else lines
        if not self.user:
            text = "\n".join(window)  # once, not once per pattern
            return any(p.search(text) for p in self.detect)
        text = "\n".join(ln[:MAX_DETECT_LINE] for ln in window)
        for p in self.detect:
            try:
                if match_user(p, text, search=True):
                    return True
            except RuleTimeout:
                continue
        return False


def match_user(pattern: Any, text: str, *, search: bool) -> bool:
    """A user pattern tried on ``text`` for at most :data:`RULE_TIMEOUT` seconds."""
    try:
        m = (pattern.search if search else pattern.match)(text, timeout=RULE_TIMEOUT)
    except TimeoutError:
        raise RuleTimeout(pattern.pattern) from None
    return m is not None


def _compile(pattern: str, where: str, *, user: bool = False) -> Any:
    if user:  # the regex module: re's syntax and meaning, and a timeout
        try:
            return regex.compile(pattern, regex.VERSION0)
        except (regex.error, OverflowError, RecursionError, ValueError) as exc:
            raise ConfigError(f"{where}: bad regular expression {pattern!r}: {exc}") from None
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise ConfigError(f"{where}: bad regular expression {pattern!r}: {exc}") from None


def _int(raw: dict[str, Any], key: str, default: int, where: str, lo: int, hi: int) -> int:
    v = raw.get(key, default)
    if isinstance(v, bool) or not isinstance(v, int) or not lo <= v <= hi:
        raise ConfigError(f"{where}: {key} must be a whole number from {lo} to {hi}, not {v!r}")
    return v


def _str(raw: dict[str, Any], key: str, where: str) -> str:
    v = raw.get(key)
    if not isinstance(v, str) or not v:
        raise ConfigError(f"{where}: {key} must be a non-empty string, not {v!r}")
    return v


def _load_pack(path: Path, *, user: bool = True) -> RulePack:
    """One pack file; every malformed field is a one-line :class:`ConfigError` naming the
    file, the pack, the rule and the field.  ``user`` packs get the :mod:`regex` engine."""
    try:
        data: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read rule pack: {exc}") from None
    head = data.get("pack")
    if not isinstance(head, dict) or "name" not in head:
        raise ConfigError(f"{path}: missing [pack] table with a name")
    name = _str(head, "name", f"{path}: [pack]")
    at = f"{path}: pack {name!r}"
    if not isinstance(head.get("comment", ""), str):
        raise ConfigError(f"{at}: comment must be a string")
    raw_rules = data.get("rule", [])
    if not isinstance(raw_rules, list) or not all(isinstance(r, dict) for r in raw_rules):
        raise ConfigError(f"{at}: rule must be a list of [[rule]] tables")
    rules: list[LineRule] = []
    seen: set[str] = set()
    for i, raw in enumerate(raw_rules):
        where = f"{at}: rule #{i + 1}"
        if "name" not in raw or "comment" not in raw:
            raise ConfigError(f"{where}: every rule needs a name and a comment")
        rname = _str(raw, "name", where)
        where = f"{at}: rule {rname!r}"
        if rname in seen:
            raise ConfigError(f"{where}: name: used by another rule of the pack")
        seen.add(rname)
        if not isinstance(raw["comment"], str):
            raise ConfigError(f"{where}: comment must be a string")
        scope = raw.get("scope", "line")
        if scope not in SCOPES:
            raise ConfigError(f"{where}: unknown scope {scope!r} (one of {', '.join(SCOPES)})")
        pattern = raw.get("pattern")
        if pattern is None and scope != "page_title":
            raise ConfigError(f"{where}: scope {scope!r} needs a pattern")
        if pattern is not None and not isinstance(pattern, str):
            raise ConfigError(f"{where}: pattern must be a string, not {pattern!r}")
        if pattern is not None and not pattern.removeprefix("(?i)").startswith("^"):
            # rules are matched at the start of the stripped line; say so explicitly
            raise ConfigError(f"{where}: pattern must be anchored with ^ (lines are matched whole)")
        foot_only = raw.get("foot_only")
        if foot_only is not None and (
            not isinstance(foot_only, str) or not foot_only.removeprefix("(?i)").startswith("^")
        ):
            raise ConfigError(f"{where}: foot_only must be a pattern anchored with ^")
        share = raw.get("expected_share")
        if share is not None and (
            isinstance(share, bool) or not isinstance(share, int | float) or not 0 <= share <= 100
        ):
            raise ConfigError(
                f"{where}: expected_share must be a number from 0 to 100, not {share!r}"
            )
        rules.append(
            LineRule(
                pack=name,
                name=rname,
                comment=raw["comment"],
                scope=scope,
                # ours are written in simplified characters and match the traditional
                # forms too (han_forms.py: '回頁首' for '回页首'); a user's pattern as written
                pattern=(
                    _compile(pattern if user else widen(pattern), f"{where}: pattern", user=user)
                    if pattern
                    else None
                ),
                max_len=_int(raw, "max_len", 200, where, 1, 100_000),
                item_max_len=_int(raw, "item_max_len", 60, where, 1, 100_000),
                expected_share=float(share) if share is not None else None,
                user=user,
                foot_only=(
                    _compile(
                        foot_only if user else widen(foot_only), f"{where}: foot_only", user=user
                    )
                    if foot_only
                    else None
                ),
            )
        )
    detect = head.get("detect", [])
    if not isinstance(detect, list) or not all(isinstance(d, str) for d in detect):
        raise ConfigError(f"{at}: detect must be a list of strings")
    return RulePack(
        name=name,
        comment=str(head.get("comment", "")),
        # detect patterns see the window's lines joined by newlines: ^ and $ work per line
        detect=tuple(_compile(f"(?m:{p})", f"{at}: detect", user=user) for p in detect),
        detect_window=_int(head, "detect_window", 12, f"{at}: [pack]", 1, MAX_DETECT_WINDOW),
        rules=tuple(rules),
        user=user,
    )


def load_packs(extra_dirs: tuple[Path, ...] = (), *, names: tuple[str, ...] = ()) -> list[RulePack]:
    """Load the built-in ``boilerplate_*.toml`` packs plus every ``*.toml`` in ``extra_dirs``.

    ``names`` restricts the built-in packs to those names (empty: all).
    """
    # site-family packs first, so their more specific rule ids win over generic ones
    files = sorted(
        RULES_DIR.glob("boilerplate_*.toml"), key=lambda p: (p.stem.endswith("_generic"), p.name)
    )
    packs = [_load_pack(p, user=False) for p in files]
    if names:
        packs = [p for p in packs if p.name in names]
    for d in extra_dirs:
        if not d.is_dir():
            raise ConfigError(f"{d}: rules folder does not exist")
        packs.extend(_load_pack(p) for p in sorted(d.glob("*.toml")))
    return packs


#: each table's parse, pickled, by the table's text (issue 15: ``headers`` alone was
#: parsed ~30 times a run, 2.5 ms each; unpickling costs 0.1 ms); an edited table is a
#: new text, parsed afresh
_TABLES: dict[str, bytes] = {}
#: tables read as written, not widened to traditional spellings: the line model's word
#: categories are features its weights (line_model.json) were fitted with as they fire
#: now; widened, a traditional press release's closing contact line (a liaison's name and
#: phone) was newly scored as chrome -- refit the model before widening them
#: ``cue_compounds`` lists each compound's traditional spelling itself: widened, a
#: compound took every form of a one-to-many character (家 → 家傢: '收藏傢', no word)
_AS_WRITTEN = frozenset({"line_model", "cue_compounds"})


def load_table(name: str) -> dict[str, Any]:
    """Load a data table (``placeholders``, ``headers``) from this folder: a fresh
    object each call, as parsing gives (a caller may change its copy).  Every word list
    also holds its words' traditional spellings (:func:`han_forms.widen_table`: a table
    is written in simplified characters and read in either script)."""
    path = RULES_DIR / f"{name}.toml"
    text = path.read_text(encoding="utf-8")
    blob = _TABLES.get(text)
    if blob is None:
        data: object = tomllib.loads(text)
        data = data if name in _AS_WRITTEN else widen_table(data)
        blob = _TABLES[text] = pickle.dumps(data, pickle.HIGHEST_PROTOCOL)
    table: dict[str, Any] = pickle.loads(blob)
    return table
