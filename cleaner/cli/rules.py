"""``cleaner rules mine|test``: learn a site's chrome into a reviewable rule pack, and show
what a pack would remove, page by page, without writing anything.

The library functions are :func:`mine_pack` (profiles → TOML text) and :func:`test_pack`
(pack + pages → removed lines per page); the commands only read inputs and print.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from cleaner.cli.term import echo, safe
from cleaner.stages.boilerplate_config import BoilerplateConfig

if TYPE_CHECKING:
    from cleaner.stages.site_judge import Learned

rules_app = typer.Typer(
    name="rules",
    help="Learn site rule packs from pages and try packs out.",
    no_args_is_help=True,
)


_TOML_CONTROL = re.compile("[\x00-\x08\x0a-\x1f\x7f]")


def _toml_str(s: str) -> str:
    r"""A TOML literal string when possible (regexes stay readable), else a basic one.

    TOML allows no control character but tab in either kind; a basic string spells them
    ``\uXXXX`` (JSON's escapes are TOML's, except DEL, which JSON leaves as it is).

    >>> _toml_str("a\x1b[31mb\x7f")
    '"a\\u001b[31mb\\u007f"'
    """
    if "'" not in s and not _TOML_CONTROL.search(s):
        return f"'{s}'"
    return json.dumps(s, ensure_ascii=False).replace("\x7f", "\\u007f")


def shape_pattern(shape: str) -> str:
    """The anchored regex of a learned shape: masks become wildcards, the rest literal.

    >>> shape_pattern("下载⟨T⟩word格式文档")
    '^下载.{1,120}word格式文档$'
    """
    from cleaner.stages.site_counts import NUMBER_MASK, TITLE_MASK

    out = []
    for part in re.split(f"({TITLE_MASK}|{NUMBER_MASK})", shape):
        if part == TITLE_MASK:
            out.append(".{1,120}")
        elif part == NUMBER_MASK:
            out.append(r"[\d〇○零一二三四五六七八九十两]+")
        else:
            out.append(re.escape(part))
    return "^" + "".join(out) + "$"


def mine_pack(learned: Learned, *, name: str) -> str:
    """A rule pack (TOML text) holding every learned line of one site, most supported first.

    Each rule carries ``support`` (share of the site's pages, 0-100), ``pages``, up to
    three ``examples``, ``expected_share`` (mean share of a page, 0-100, it removed where
    it was seen: the boilerplate stage's loss budget holds a tail rule to a few times
    that) and ``signals`` (why the line looks like chrome, not only repeats); ``detect``
    is the best-supported exact line, so the pack applies only to pages of that site.
    """
    entries = sorted(
        [*learned.lines.values(), *learned.shapes.values()],
        key=lambda e: (-e.support, e.kind, e.key),
    )
    exact = [e for e in entries if e.kind == "line" and e.scope == "line"]
    detect = [f"^{re.escape(e.key)}$" for e in exact[:2]]
    out = [
        f"# Rule pack mined by `cleaner rules mine` from {learned.pages} distinct pages of "
        f"{safe(learned.site, one_line=True)}.",  # no control character in a TOML comment
        "# Review before use: delete any rule that names real content.  support = share of the",
        "# site's distinct pages showing the line (0-100; near-duplicate pages count once);",
        "# expected_share = mean share of a page (0-100) it removed where seen; signals = why",
        "# it looks like chrome; examples = lines it matched.",
        "",
        "[pack]",
        f"name = {_toml_str(name)}",
        f"comment = {_toml_str(f'chrome learned from {learned.pages} pages of {learned.site}')}",
        f"detect = [{', '.join(_toml_str(d) for d in detect)}]",
        "detect_window = 40",
    ]
    seen: set[str] = set()
    for n, e in enumerate(entries, start=1):
        pattern = f"^{re.escape(e.key)}$" if e.kind == "line" else shape_pattern(e.key)
        if pattern in seen:
            continue
        seen.add(pattern)
        what = "line" if e.kind == "line" else "shape"
        out += [
            "",
            "[[rule]]",
            f'name = "{what}_{n:03d}"',
            f"comment = {_toml_str(f'{what} on {e.pages}/{learned.pages} pages')}",
            f"pattern = {_toml_str(pattern)}",
            f"scope = {_toml_str(e.scope)}",
            f"max_len = {max(len(x) for x in e.examples) + 40 if e.examples else 200}",
            f"support = {e.support}",
            f"pages = {e.pages}",
            *([f"expected_share = {e.expected_share}"] if e.expected_share is not None else []),
            f"signals = [{', '.join(_toml_str(x) for x in e.signals)}]",
            f"examples = [{', '.join(_toml_str(x) for x in e.examples[:3])}]",
        ]
    return "\n".join(out) + "\n"


@dataclass(frozen=True, slots=True)
class PageRemovals:
    """What a pack removes from one page: ``(rule id, removed text)`` rows, and the
    ``(rule id, share 0-100)`` of rules the loss budget stopped on it."""

    source: str
    removed: list[tuple[str, str]]
    skipped: list[tuple[str, float]] = field(default_factory=list)


def test_pack(pack_path: Path, raws: Iterator[Any]) -> Iterator[PageRemovals]:
    """Run only the pack at ``pack_path`` over the pages; yield what it removes per page."""
    from cleaner.edits import Editor
    from cleaner.model import RawInput
    from cleaner.rules import _load_pack
    from cleaner.stages.boilerplate import BoilerplateConfig, BoilerplateStage
    from cleaner.stages.profile_counter import decode_raw

    stage = BoilerplateStage([_load_pack(pack_path)], config=BoilerplateConfig(line_model=False))
    for raw in raws:
        if not isinstance(raw, RawInput):
            continue
        text = decode_raw(raw)
        if text is None:
            continue
        ed = Editor("p", text)
        stage(ed)
        yield PageRemovals(
            raw.source,
            [(c.rule, c.before) for c in ed.changes if c.action != "flag"],
            [
                (c.ref or "", c.score or 0.0)
                for c in ed.changes
                if c.action == "flag" and c.rule == "boilerplate.loss_budget"
            ],
        )


def register(app: typer.Typer) -> None:
    from cleaner.cli import fail, handle_errors

    @rules_app.command("mine")
    @handle_errors
    def mine_cmd(
        inputs: Annotated[
            list[Path], typer.Argument(help="Pages of one site (files, folders, JSONL).")
        ],
        out: Annotated[Path, typer.Option("--out", "-o", help="Rule pack to write (.toml).")],
        site: Annotated[
            str | None, typer.Option(help="Site to mine when inputs hold several.")
        ] = None,
        min_support: Annotated[
            float, typer.Option(help="Share of pages (0-100) a line must appear on.")
        ] = BoilerplateConfig().site_min_support,
        min_pages: Annotated[
            int, typer.Option(help="Pages a site needs.")
        ] = BoilerplateConfig().site_min_pages,
        text_field: Annotated[
            str, typer.Option(help="JSONL field holding the page text.")
        ] = "text",
    ) -> None:
        """Learn the lines repeating across a site's pages into a reviewable rule pack.

        Example: cleaner rules mine scraped/example.com -o rules/example_com.toml
        """
        from cleaner.ingest.readers import read_inputs
        from cleaner.stages.profile_counter import build_profiles
        from cleaner.writers import write_text_atomic

        profiles = build_profiles(read_inputs(list(inputs), text_field=text_field))
        sites = sorted(p.site for p in profiles)
        if site is None:
            if len(sites) != 1:
                raise fail(
                    f"inputs hold {len(sites)} sites ({', '.join(sites[:5])}); pick one: --site"
                )
            site = sites[0]
        # a mined pack holds what repeats on min_support of the pages, cue words or not
        cfg = BoilerplateConfig(
            site_min_support=min_support,
            site_cue_min_support=min_support,
            site_min_pages=min_pages,
        )
        prof = profiles.get(site)
        if prof is None:
            raise fail(f"no pages of site {site!r} (sites: {', '.join(sites[:5])})")
        learned = profiles.learned(site, cfg)
        pages = f"{prof.pages} distinct pages ({prof.copies} near-duplicates counted once)"
        if learned is None:
            raise fail(f"{site}: {pages}, need at least {min_pages} to learn from")
        name = re.sub(r"[^0-9a-zA-Z_]+", "_", out.stem).strip("_") or "mined"
        write_text_atomic(out, mine_pack(learned, name=name))
        echo(f"{site}: {pages}, {len(learned)} rules; wrote {out}", err=True)

    @rules_app.command("test")
    @handle_errors
    def test_cmd(
        pack: Annotated[Path, typer.Argument(help="Rule pack (.toml) to try.")],
        inputs: Annotated[list[Path], typer.Argument(help="Pages to try it on.")],
        as_json: Annotated[bool, typer.Option("--json", help="One JSON object per page.")] = False,
        text_field: Annotated[
            str, typer.Option(help="JSONL field holding the page text.")
        ] = "text",
    ) -> None:
        """Show what a rule pack would remove from each page; writes nothing.

        Example: cleaner rules test rules/example_com.toml scraped/example.com
        """
        from cleaner.ingest.readers import read_inputs

        pages = removed = 0
        for res in test_pack(pack, read_inputs(list(inputs), text_field=text_field)):
            pages += 1
            removed += len(res.removed)
            if as_json:
                rows = [{"rule": r, "text": t} for r, t in res.removed]
                skips = [{"rule": r, "share": sh} for r, sh in res.skipped]
                obj = {"source": res.source, "removed": rows, "skipped": skips}
                typer.echo(json.dumps(obj, ensure_ascii=False))
                continue
            echo(f"{res.source}: {len(res.removed)} removed")
            for rule, text in res.removed:
                for line in text.rstrip("\n").split("\n"):
                    echo(f"  - {rule.rsplit('.', 1)[-1]}: {line}")
            for rule, share in res.skipped:
                echo(f"  ! {rule.rsplit('.', 1)[-1]}: not applied, would remove {share} %")
        if not as_json:
            echo(f"{pages} pages, {removed} removals", err=True)

    app.add_typer(rules_app)
