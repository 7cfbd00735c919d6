"""The split stage's name and its flags: a split it was unsure of, on the record.

A flag changes no text (its span is empty); its evidence is JSON in ``ref``, so a curator
reading the ledger sees why the stage hesitated (STYLE.md: measure, then decide).
"""

from __future__ import annotations

import json

from cleaner.edits import Editor
from cleaner.model import Change

NAME = "split"


def flag(editor: Editor, rule: str, evidence: object) -> None:
    """Record a split the stage was unsure of (no text changes; the evidence as JSON)."""
    ref = json.dumps(evidence, ensure_ascii=False)
    editor.record(
        Change(editor.page_id, NAME, rule, "flag", 0, 0, "", "", ref=ref, step=editor.step)
    )
