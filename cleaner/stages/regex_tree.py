"""Reading a compiled pattern's parse tree, shared by the pre-filters derived from it.

``re`` exposes no public parse tree; :data:`ops` is the parser ``re`` itself uses
(``re._parser``: node opcodes and ``parse``), :func:`parse_tree` parses a compiled
pattern with its flags, :func:`class_body` renders a character class node as regex
source and :func:`ignore_case` follows a group's case flag.  Used by
:mod:`cleaner.stages.charscan` (a match's first character, its lines) and
:mod:`cleaner.stages.required_strings` (the strings a match must hold).
"""

from __future__ import annotations

import importlib
import re
from typing import Any

ops: Any = importlib.import_module("re._parser")  # no public API exposes the parse tree

CATEGORIES = {
    ops.CATEGORY_DIGIT: r"\d",
    ops.CATEGORY_NOT_DIGIT: r"\D",
    ops.CATEGORY_SPACE: r"\s",
    ops.CATEGORY_NOT_SPACE: r"\S",
    ops.CATEGORY_WORD: r"\w",
    ops.CATEGORY_NOT_WORD: r"\W",
}


def class_body(items: list[tuple[Any, Any]]) -> str | None:
    """Body of ``[...]`` for the items of an IN node (``None`` for negated classes)."""
    out: list[str] = []
    for op, av in items:
        if op is ops.LITERAL:
            out.append(re.escape(chr(av)))
        elif op is ops.RANGE:
            out.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is ops.CATEGORY and av in CATEGORIES:
            out.append(CATEGORIES[av])
        else:  # NEGATE, unknown categories
            return None
    return "".join(out)


def ignore_case(add: int, rm: int, *, icase: bool) -> bool:
    if add & re.IGNORECASE:
        return True
    if rm & re.IGNORECASE:
        return False
    return icase


def parse_tree(pattern: re.Pattern[str]) -> tuple[Any, bool]:
    tree = ops.parse(pattern.pattern, pattern.flags)
    return tree, bool(tree.state.flags & re.IGNORECASE)
