"""Which lines of a page are program code, so that the repair stage leaves them alone.

Scraped pages carry code: ``<pre>`` blocks, tutorials, indented snippets in text files.
The repairs made for Chinese prose damage it: half-width punctuation inside a string
literal becomes full-width (``print("你好,世界:")``), indentation is stripped and spaces
between CJK characters are removed.  A line is *code* when, after its string literals and
trailing comment are blanked out,

1. what is left is mostly ASCII (``min_ascii`` of its non-space characters; Chinese prose
   with a stray ``;`` or ``=`` is mostly Han), and
2. it has code syntax: a statement that starts with a keyword followed by code
   (``def f(``, ``#include <``, ``from x import``, ``const x =`` …), a call as the
   whole statement (``print(…)``, ``obj.run(x);``), an assignment (``x = …``), or a line
   that ends with ``;``/``{`` or starts with ``}`` after an ASCII code character.

A *code block* is a run of lines around code lines: lines indented with ASCII spaces or a
tab, and blank lines between them, belong to the block of the code line they touch
(a function body, a blank line inside a loop).  A line indented but with no code line
next to it is not code: plain text indents paragraphs too.

The heuristics follow the shape of code, not a language list: the ASCII share is the test
GitHub's linguist and Pygments' ``guess_lexer`` both start from (code is ASCII outside
literals and comments), and the syntax features are the ones common to C-family, Python,
JavaScript and shell snippets.

Examples
--------
>>> is_code_line('print("你好,世界:")')
True
>>> is_code_line("各乡镇,各部门:")
False
>>> is_code_line("Hello, world: this; is fine!")
False
>>> code_spans("说明：\\ndef f(x):\\n    return x\\n结束。")
[(4, 27)]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

#: at least this share of the non-space characters outside literals and comments is ASCII
#: (measured on the golden/negative lines: code lines ≥ 0.85, Chinese prose lines ≤ 0.4)
min_ascii = 0.7

# a line without any of these is not code
_HINT = re.compile(r"[;{}=]|[A-Za-z_]\(|^[ \t]*(?:#[ \t]*include|import|from|def|class)\b")
# _HINT over a whole page: a line has a match here exactly when _HINT finds one in it
_HINT_PAGE = re.compile(_HINT.pattern, re.M)
# a page without one of these has no code line that a repair could damage (an import or
# #include line alone is plain ASCII); single classes: searched at C speed (an
# alternation would be tried at every position, ~3x slower on a Chinese page)
_PAGE_HINT = re.compile(r"[;{}=]")
_CALL_HINT = re.compile(r"[A-Za-z_]\(")
# string literals in ASCII quotes and trailing comments ('#' or '//' after a space)
_LITERAL = re.compile(r""""(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`[^`\n]*`""")
_COMMENT = re.compile(r"(?:^|[ \t])(?:#(?!include|define|if|endif|pragma)|//).*$")
_SYNTAX = re.compile(
    r"""
    ^[ \t]*(?:
        (?:def|async[ \t]+def)[ \t]+\w+[ \t]*\(         # python function
      | class[ \t]+\w+[ \t]*[(:{]                       # class
      | (?:from[ \t]+[\w.]+[ \t]+)?import[ \t]+[\w.*{}, ]+;?[ \t]*$   # imports
      | \#[ \t]*(?:include|define|ifn?def|endif|pragma)\b   # C preprocessor
      | (?:public|private|protected|static)[ \t]+\w     # Java/C# member
      | (?:var|let|const|auto|int|char|float|double|bool|String)[ \t]+\w+[ \t]*[=;\[(]
      | function[ \t]*\w*[ \t]*\(                       # javascript
      | (?:if|for|while|switch|elif|catch)[ \t]*\(?.*[):{][ \t]*$  # control statements
      | (?:else|try|finally|do)[ \t]*[:{][ \t]*$
      | return\b.*;[ \t]*$
      | (?:await[ \t]+|return[ \t]+)?[A-Za-z_$][\w.$]*(?:\[[^\]\n]*\])?\(.*\)[ \t]*[;:{]?[ \t]*$
      | [A-Za-z_$][\w.$]*(?:\[[^\]\n]*\])?[ \t]*(?:[-+*/%|&^]|<<|>>|\*\*|//)?=(?!=)[ \t]*\S
      | \}
    )
    | [\w)\]"'`][ \t]*[;{][ \t]*$                    # statement or block end
    """,
    re.X,
)
_INDENTED = re.compile(r"[ \t]{2,}\S|\t")


def _ascii_share(line: str) -> tuple[str, float]:
    """The line with literals and comment blanked, and its ASCII share (1.0 if empty)."""
    bare = _COMMENT.sub("", _LITERAL.sub('""', line))
    if bare.isascii():
        return bare, 1.0
    chars = len(bare) - bare.count(" ") - bare.count("\t")
    # the ASCII characters counted in C: encoding to ASCII drops every other one
    ascii_chars = len(bare.encode("ascii", "ignore")) - bare.count(" ") - bare.count("\t")
    return bare, ascii_chars / chars


def is_code_line(line: str) -> bool:
    """Whether one line (without its newline) looks like a line of program code."""
    if not _HINT.search(line):
        return False
    bare, share = _ascii_share(line)
    return share >= min_ascii and bool(bare.strip()) and bool(_SYNTAX.search(bare))


def code_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the code blocks of ``text``, each a run of whole lines.

    ``end`` includes the newline of the block's last line, so an edit that touches the
    line break after code (a paragraph join, a blank-line collapse) overlaps the block.
    Blocks are sorted and do not overlap.
    """
    if not (_PAGE_HINT.search(text) or ("(" in text and _CALL_HINT.search(text))):
        return []
    lines = text.split("\n")
    n = len(lines)
    # only lines with a hint can be code: one scan of the page finds them (a Chinese page
    # with a ';' somewhere has a handful), instead of a search per line
    starts = list(accumulate(map((1).__add__, map(len, lines)), initial=0))
    code = [False] * n
    last = -1
    for m in _HINT_PAGE.finditer(text):
        i = bisect_right(starts, m.start()) - 1
        if i != last:
            last = i
            code[i] = is_code_line(lines[i])
    if not any(code):
        return []
    member = code[:]

    def joins(i: int) -> bool:
        # a blank line, or an indented line that is ASCII outside literals and comments
        # (a function body, a comment), may extend the block it touches
        line = lines[i]
        if not line.strip():
            return True
        return bool(_INDENTED.match(line)) and _ascii_share(line)[1] >= min_ascii

    for i in range(n):
        if not code[i]:
            continue
        j = i - 1
        while j >= 0 and not member[j] and joins(j):
            member[j] = True
            j -= 1
        j = i + 1
        while j < n and not code[j] and joins(j):
            member[j] = True
            j += 1
    # blank lines at the edges of a block separate it from prose: not part of it
    i = 0
    while i < n:
        if not (member[i] and not lines[i].strip()):
            i += 1
            continue
        k = i
        while k < n and member[k] and not lines[k].strip():
            k += 1
        if not (i > 0 and member[i - 1] and k < n and member[k]):
            member[i:k] = [False] * (k - i)
        i = k
    spans: list[tuple[int, int]] = []
    pos = 0
    for i, line in enumerate(lines):
        end = pos + len(line) + (1 if i < n - 1 else 0)
        if member[i]:
            if spans and spans[-1][1] == pos:
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((pos, end))
        pos = end
    return spans
