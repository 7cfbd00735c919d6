"""Text for the terminal: control characters from file names and page text escaped.

A scraped page or a file name can hold ESC/OSC sequences (``\\x1b]…\\x07``, ``\\x1b[2J``)
that a terminal would obey: retitle the window, clear the screen, forge a hyperlink.
Everything ``cleaner`` prints for people goes through :func:`safe` (JSON output is
already escaped by :func:`json.dumps`; ``rebuild`` writes the original bytes on purpose).
"""

from __future__ import annotations

import re

import typer

__all__ = ["echo", "safe"]

# C0 controls but tab and newline, DEL, C1 controls (0x9b is a one-byte CSI)
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_CONTROL_ONE_LINE = re.compile("[\x00-\x1f\x7f-\x9f]")


def _escape(m: re.Match[str]) -> str:
    return f"\\x{ord(m.group()):02x}"


def safe(text: str, *, one_line: bool = False) -> str:
    r"""``text`` with control characters shown as ``\xNN`` (newlines too if ``one_line``).

    >>> safe("page\x1b]0;owned\x07.html")
    'page\\x1b]0;owned\\x07.html'
    >>> safe("a\nb", one_line=True)
    'a\\x0ab'
    """
    return (_CONTROL_ONE_LINE if one_line else _CONTROL).sub(_escape, text)


def echo(message: str = "", *, err: bool = False) -> None:
    """:func:`typer.echo` of :func:`safe` text."""
    typer.echo(safe(message), err=err)
