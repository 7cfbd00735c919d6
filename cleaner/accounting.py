"""Per-page accounting: how much of a page each stage removed, and the loss budget.

Every stage records its removals as :class:`~cleaner.model.Change` rows; this module adds
them up per page so that a gutted page can never pass silently.  For each page the
pipeline records, in ``pages.jsonl``:

* ``chars_visible`` — the text the pipeline received (for HTML: every line a reader could
  see, chrome included; for text: the decoded page);
* ``chars_extracted`` — what HTML main-text extraction kept of it (the same for text);
* ``chars_kept`` — the text of the page's articles;
* ``loss`` — the share of the extracted text the later stages deleted (0–1): replacements
  that shorten the text (an encoding repair, a mojibake undo) are edits, not losses;
* ``extract_share`` — the share of the visible text extraction kept (0–1);
* ``removed`` — characters removed per stage, and ``boilerplate.learned`` for the lines
  learned from the batch (``boilerplate.site_repeat``);
* ``flags`` and, for a flagged page, ``status = "flagged"`` with a ``reason`` (``lossy``,
  ``extract_low``, ``loss_budget``, ``extract_fallback:<how>``, ``encoding_uncertain``).

A flag keeps the page and its text: the worst outcome is silent loss, so when the numbers
look wrong the page is marked for a curator and for ``cleaner validate``, not dropped.
The thresholds are the ``[budget]`` section of ``cleaner.toml`` (:class:`BudgetConfig`).
This follows trafilatura's ``compare_extraction`` (distrust an extraction that returns
too little) and datatrove's habit of counting every exclusion by reason.

Examples
--------
>>> from cleaner.model import Change
>>> cut = Change("p", "boilerplate", "boilerplate.site_repeat", "delete", 0, 60, "x" * 60)
>>> acc = Budget().account([cut], chars_visible=100, chars_extracted=100, chars_kept=40)
>>> acc["loss"], acc["status"], acc["flags"]
(0.6, 'flagged', ['lossy'])
>>> acc["removed"]
{'boilerplate': 60, 'boilerplate.learned': 60}
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from cleaner.model import Change
from cleaner.stages.boilerplate import LOSS_BUDGET, SITE_REPEAT

#: Key of ``removed`` that counts apart what the lines learned from the batch
#: (``boilerplate.site_repeat``) removed.
LEARNED_KEY = "boilerplate.learned"


@dataclass(frozen=True, slots=True)
class BudgetConfig:
    """Section ``[budget]``: when a page is flagged for what the stages removed.

    Shares are percentages (0–100), like every score in ``cleaner``.

    Attributes
    ----------
    max_page_loss:
        A page whose later stages (boilerplate, repair, split) remove more than this share
        of its extracted text is flagged ``lossy`` (default 50: on the sample pages and the
        tuning families chrome is 5–35 % of a page; half a page gone is what "gutted" means
        in issue 11).
    min_extract_share:
        An HTML page of at least ``min_visible_chars`` visible characters whose extraction
        kept less than this share of them is flagged ``extract_low`` (default 5: on the
        real news and forum pages with ground truth the main text is 8–60 % of the
        visible text; under 5 % the extractor chose a caption or a teaser).
    min_visible_chars:
        Pages smaller than this are not judged by ``min_extract_share`` (default 300: on
        the 136 real HTML pages of ``../shared/corpora/real`` the only page between 300 and
        1,000 visible characters under the 5 % share is a Q&A page whose extraction kept
        its title alone, 17 of 554 characters, the answers lost; a floor of 1,000 let it
        pass unflagged.  Under 300 characters a page is all title and menu).
    max_debris_share:
        A page whose non-space characters are more than this share U+FFFD or ``锟斤拷``
        debris is dropped with reason ``debris`` and kept whole in the output (default
        30: over the 71,792 texts of the bench pool and the real corpora the most on a
        real page is 0.6 %, a damaged GBK page is 75 %; nothing can be repaired there).
    min_encoding_confidence:
        A page whose encoding was chosen with less confidence than this (``pages.jsonl``
        ``encoding_confidence`` × 100) is flagged ``encoding_uncertain`` (default 50: the
        detector's confidence is 0.5 when its pick beats the runner-up by a likelihood
        ratio of e^5.5: one short line of accented Latin, or text no language reads).
    """

    max_page_loss: float = 50.0
    min_extract_share: float = 5.0
    min_visible_chars: int = 300
    max_debris_share: float = 30.0
    min_encoding_confidence: float = 50.0


class Budget:
    """Adds up one page's removals and decides its flags (see the module docstring)."""

    def __init__(self, config: BudgetConfig | None = None) -> None:
        self.config = config or BudgetConfig()

    def account(
        self,
        changes: Sequence[Change],
        *,
        chars_visible: int,
        chars_extracted: int,
        chars_kept: int,
        fallback: str | None = None,
        empty: bool = False,
        encoding_confidence: float | None = None,
    ) -> dict[str, Any]:
        """The page-record fields: sizes, ``removed`` per stage, ``flags``, status."""
        removed: dict[str, int] = {}
        budget_skips = 0
        deleted = 0
        for c in changes:
            if c.action == "flag" and c.rule == LOSS_BUDGET:
                budget_skips += 1
            if c.action == "delete" and c.stage != "extract":
                deleted += len(c.before)
            if c.action in ("delete", "replace"):
                n = len(c.before) - len(c.after)
                if n > 0:
                    removed[c.stage] = removed.get(c.stage, 0) + n
                    if c.rule == SITE_REPEAT:
                        removed[LEARNED_KEY] = removed.get(LEARNED_KEY, 0) + n
        loss = min(1.0, deleted / chars_extracted) if chars_extracted else 0.0
        share = chars_extracted / chars_visible if chars_visible else 1.0
        cfg = self.config
        flags: list[str] = []
        reasons: list[str] = []
        if chars_extracted and loss * 100 > cfg.max_page_loss:
            flags.append("lossy")
            worst = sorted(
                ((n, k) for k, n in removed.items() if k not in ("extract", LEARNED_KEY)),
                reverse=True,
            )
            by = ", ".join(f"{k} {n / chars_extracted:.0%}" for n, k in worst[:3])
            reasons.append(f"lost {loss:.0%} of its text (removed: {by})")
        if (
            chars_visible >= cfg.min_visible_chars
            and "extract" in removed
            and share * 100 < cfg.min_extract_share
        ):
            flags.append("extract_low")
            reasons.append(f"extraction kept {share:.1%} of the visible text")
        if budget_skips:
            flags.append("loss_budget")
            reasons.append(f"{budget_skips} rule(s) not applied: over the loss budget")
        if fallback:
            flags.append(f"extract_fallback:{fallback}")
        if (
            encoding_confidence is not None
            and encoding_confidence * 100 < cfg.min_encoding_confidence
        ):
            flags.append("encoding_uncertain")
            reasons.append(f"encoding chosen with confidence {encoding_confidence:.2f}")
        status = "empty" if empty else ("flagged" if reasons else "ok")
        return {
            "chars_visible": chars_visible,
            "chars_extracted": chars_extracted,
            "chars_kept": chars_kept,
            "loss": round(loss, 4),
            "extract_share": round(share, 4),
            "removed": removed,
            "flags": flags,
            "status": status,
            "reason": "; ".join(reasons) or None,
        }


def uncertain_encoding_share(rows: Sequence[dict[str, Any]]) -> float:
    """Share of pages (rows with ``flags``) flagged ``encoding_uncertain``: the metric of
    ``cleaner validate``'s ``max_uncertain_encoding_share``.

    >>> uncertain_encoding_share([{"flags": ["encoding_uncertain"]}, {"flags": []}])
    0.5
    """
    n = sum("encoding_uncertain" in r["flags"] for r in rows)
    return round(n / len(rows), 6) if rows else 0.0
