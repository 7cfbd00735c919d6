"""The boilerplate stage's claims on lines, and the loss budget that may take them back.

Every pass of :class:`~cleaner.stages.boilerplate.BoilerplateStage` (pack rules, learned
site lines, the line model, shapes) marks a line for deletion by leaving a :class:`Claim` on
its index; nothing is deleted until all passes are done.  One claim object stands for one
rule on one page (one learned line), so the lines it holds are what that rule would remove:
the unit the loss budget judges.  Then :func:`claim_edits` turns the claims that survived
into edits, one per line, or one per run of consecutive lines of the same tail/list claim.

Loss budget (issue 11: a learned ``tail`` rule ``^</channel>$`` once removed 94 % of a
page).  Line rules remove one line each; what can remove a page is a scope that takes the
lines after a match (``tail``, ``list``) or many learned lines together.  So, measured on
the text the stage receives:

* the learned claims of a page together, and each ``tail``/``list`` claim of a pack, may
  remove at most ``max_loss_share`` % of the page's characters; tail/list claims and
  learned claims together too (learned claims give way first, then the largest claims);
* a claim whose rule knows its expected share (learned lines; packs written by ``cleaner
  rules mine`` carry ``expected_share``) may remove at most ``max(EXPECTED_FACTOR ×
  expected, expected + EXPECTED_SLACK)`` % when it is a tail or list;

a claim over its budget is not applied on that page.  Instead the stage records one
``flag`` change per skipped rule: rule ``boilerplate.loss_budget``, the span it would have
removed, ``score`` = the share (0-100) it would have removed, ``ref`` = the skipped rule id.
Flags are decisions, not edits: replay and rebuild ignore them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from cleaner.edits import Edit, Editor
from cleaner.model import Change
from cleaner.stages.boilerplate_config import LOSS_BUDGET

#: the stage id (:attr:`BoilerplateStage.name <cleaner.stages.boilerplate.BoilerplateStage>`)
NAME = "boilerplate"
#: A tail/list rule with a known expected share may remove at most this many times it (and
#: at least EXPECTED_SLACK points more): a related-links footer varies with the body's
#: length (2-3x across tests/families pages), a rule gone astray removes 10-100x.
EXPECTED_FACTOR = 3.0
EXPECTED_SLACK = 25.0
#: the scopes whose claim spans a run of lines (merged into one change, under the budget)
TAILS = ("tail", "list", "end_tail")


@dataclass(frozen=True, slots=True, eq=False)
class Claim:
    """Why a line is deleted: rule id, scope (consecutive tail/list lines merge), score.

    One object per rule and page (per learned line): the lines it claims are what the
    rule would remove, the unit the loss budget judges.
    """

    rule_id: str
    scope: str
    score: float
    learned: bool = False
    expected: float | None = None  # expected share 0-100 (learned lines, mined packs)


def loss_budget(
    editor: Editor,
    claimed: dict[int, Claim],
    spans: list[tuple[int, int, int]],
    budget: float,
    held: Sequence[int] = (),
) -> None:
    """Unclaim (and flag) the claims over the page's loss budget of ``budget`` % (the
    stage's ``max_loss_share``); see the module doc.  ``held``: lines the line model
    would delete but keeps for the split, which removes them: weighed with the learned
    claims, so keeping them does not free the budget for the model's other guesses."""
    size = len(editor.text)
    lines: dict[int, list[int]] = {}
    claims: dict[int, Claim] = {}
    for idx, claim in claimed.items():
        if claim.learned or claim.scope in TAILS:
            lines.setdefault(id(claim), []).append(idx)
            claims[id(claim)] = claim
    if not claims or not size:
        return
    share = {
        k: 100.0 * sum(spans[i][2] - spans[i][0] for i in idxs) / size for k, idxs in lines.items()
    }
    skip: list[int] = []
    for k, c in claims.items():
        if c.scope not in TAILS:
            continue
        limit = budget
        if c.expected is not None:
            limit = min(limit, max(EXPECTED_FACTOR * c.expected, c.expected + EXPECTED_SLACK))
        if share[k] > limit:
            skip.append(k)
    kept = 100.0 * sum(spans[i][2] - spans[i][0] for i in set(held) if i not in claimed) / size
    learned = [k for k, c in claims.items() if c.learned and k not in skip]
    if learned and sum(share[k] for k in learned) + kept > budget:
        skip += learned
    # together: learned claims give way first, then the largest pack claims
    rest = sorted(
        (k for k in claims if k not in skip),
        key=lambda k: (not claims[k].learned, -share[k]),
    )
    total = sum(share[k] for k in rest)
    for k in rest:
        if total <= budget:
            break
        skip.append(k)
        total -= share[k]
    for k in skip:
        idxs = sorted(lines[k])
        editor.record(
            Change(
                editor.page_id,
                NAME,
                LOSS_BUDGET,
                "flag",
                spans[idxs[0]][0],
                spans[idxs[-1]][2],
                "",
                "",
                score=round(share[k], 2),
                ref=claims[k].rule_id,
                step=editor.step,
            )
        )
        for i in idxs:
            del claimed[i]


def claim_edits(claimed: dict[int, Claim], spans: list[tuple[int, int, int]]) -> list[Edit]:
    """The deletions the ``claimed`` lines make, in line order: one per line, and one per
    run of consecutive lines held by the same tail/list claim."""
    edits: list[Edit] = []
    i = 0
    ordered = sorted(claimed)
    while i < len(ordered):
        idx = ordered[i]
        claim = claimed[idx]
        j = i
        # merge consecutive lines claimed by the same tail/list rule into one change
        while (
            claim.scope in TAILS
            and j + 1 < len(ordered)
            and ordered[j + 1] == ordered[j] + 1
            and claimed[ordered[j + 1]] is claim
        ):
            j += 1
        start = spans[idx][0]
        end = spans[ordered[j]][2]
        edits.append(Edit(start, end, "", claim.rule_id, "delete", score=claim.score))
        i = j + 1
    return edits
