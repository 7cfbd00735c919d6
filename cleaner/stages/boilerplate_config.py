"""The boilerplate stage's options and the rule ids it records, apart from the stage.

Here so that what needs only the options (the configuration, site learning, the CLI's
defaults) does not import the stage, and the stage and site learning
(:mod:`cleaner.stages.site_profile`) do not import each other.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class BoilerplateConfig:
    """Options of the boilerplate stage.

    Attributes
    ----------
    enabled:
        Run the stage at all (default ``True``).
    packs:
        Built-in pack names to use; empty means all of them.
    site_repeat:
        Delete lines learned from the batch's site profiles (default ``True``; needs
        profiles built before the run, see :func:`~cleaner.stages.profile_counter.build_profiles`).
    site_sample_pages:
        Pages a site's (or a folder template's) profile is learned from at most: the
        first ones in run order, near-duplicate copies included (default 1000; ``0``:
        every page).  Supports are shares
        of the pages counted, so a sample estimates them; past it, learning costs nothing
        more (time and memory) while every page is still cleaned with the profile.  See
        "Site profiles" in the README for why the first pages and why 1000.
    site_min_pages:
        A site needs at least this many pages before anything is learned on it (default 5:
        with fewer, two pages sharing a sentence would already look like chrome).
    site_min_support:
        Share of a site's pages (0-100) a line or shape must appear on to be chrome
        (default 60: chrome in tests/families reaches 80-100, legitimately repeated lines
        that the keep table does not name stay under 40).
    site_cue_min_support:
        A line or shape that carries a chrome cue word (share, download, navigation …:
        ``[[cue]]`` in ``site_repeat_keep.toml``) and repeats on at least this share of
        the site's pages, and on at least ``site_cue_min_pages`` of them, is chrome too
        (default 40: a prompt between the pieces of a compilation repeats on the
        compilations only, half of a site's pages).
    site_cue_min_pages:
        See ``site_cue_min_support`` (default 3).
    site_min_chars:
        Exact lines shorter than this are never learned (default 4: '附件', '一、', '2020').
    site_shape_min_literal:
        A masked shape must keep this many letters/Han characters besides its masks
        (default 4), so '⟨N⟩年⟨N⟩月⟨N⟩日' (every signature date) is never chrome.
    max_loss_share:
        Share of a page's characters (0-100, of the text the stage receives) that learned
        lines and ``tail``/``list`` scopes together may remove (default 50: chrome in
        tests/families and the seed page is 10-40 % of a page; a claim above the budget
        is flagged as ``boilerplate.loss_budget`` instead of applied).  100 disables it.
        The line model's deletions count as learned lines.
    line_model:
        Score every line with the site-independent chrome line model
        (:mod:`cleaner.stages.line_model`; default ``True``).
    line_model_html:
        Also score the text extracted from HTML (default ``False``: the extractor judged
        those blocks from the markup; on ../shared magic-html forum pages the model took
        short replies for chrome, recall median 0.93 → 0.89).
    line_model_html_edges:
        On text extracted from HTML (without ``line_model_html``), let the model delete
        short lines with prompt vocabulary above the first or below the last prose line
        (:mod:`cleaner.stages.html_edges`; default ``True``); its other deletions there
        are flagged and kept.
    line_model_delete:
        Chrome probability (0-1) at which a line in a chrome zone is deleted (default 0.9).
    line_model_body:
        Probability at which a non-prose line outside the chrome zones (inside the body) is
        deleted (default 0.98: page-number lines between paragraphs).
    line_model_flag:
        Probability at which a line the model does not delete is flagged
        (``boilerplate.line_model.unsure``) and kept (default 0.75).
    """

    enabled: bool = True
    packs: tuple[str, ...] = ()
    site_repeat: bool = True
    site_sample_pages: int = 1000
    site_min_pages: int = 5
    site_min_support: float = 60.0
    site_cue_min_support: float = 40.0
    site_cue_min_pages: int = 3
    site_min_chars: int = 4
    site_shape_min_literal: int = 4
    max_loss_share: float = 50.0
    line_model: bool = True
    line_model_html: bool = False
    line_model_html_edges: bool = True
    line_model_delete: float = 0.9
    line_model_body: float = 0.98
    line_model_flag: float = 0.75


SITE_REPEAT = "boilerplate.site_repeat"
#: a learned site shape kept on a page as its own data (block_rows.page_data): ``flag``
SITE_REPEAT_DATA = "boilerplate.site_repeat.page_data"
#: a learned site line kept as a row (or title) of the page's own run of article headers
#: (repeat_keeps.split_header_rows): ``flag``
SITE_REPEAT_HEADER = "boilerplate.site_repeat.split_header"
#: a learned site line kept as the title or a row of one of the page's own pieces, a block
#: of its text (piece_blocks.piece_lines: a compilation's piece reprinted): ``flag``
SITE_REPEAT_PIECE = "boilerplate.site_repeat.piece"
LOSS_BUDGET = "boilerplate.loss_budget"
LINE_MODEL = "boilerplate.line_model"
LINE_MODEL_UNSURE = "boilerplate.line_model.unsure"
#: A line the model would delete, kept as an item of the page's own list (list_items.py).
LINE_MODEL_LIST_ITEM = "boilerplate.line_model.list_item"
LINE_MODEL_HTML_EDGE = "boilerplate.line_model.html_edge"
