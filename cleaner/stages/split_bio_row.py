"""A piece closed by a labelled note about its writer: metadata, no line of its text.

An anthology, a magazine's column or a newsletter prints under each piece who wrote it:
one line opened by a label that names a biography (a key of ``headers.toml``
``[meta_fields]`` whose field is ``author_bio``: ``作者简介``, ``作者介绍``, in either
script) and the note beside it (``作者简介：某某，1980年生，某地人，中学教师。``).  The
note is the piece's ``author_bio`` (the name opening it is not read as the author: a
note may open with a place or a trait as well).  A line naming the label alone, or a
note inside a sentence of the text, is no such row.  The split stage reads the note only
on a piece of a compilation, or when it opens with the name of the piece's own writer
(:func:`about`): a lone product or review page's note on the author of the book it is
about (``作者介绍：某某，…`` under a listing) is the page's text.  So is a note under
another labelled note of prose (:func:`among_notes`: a catalogue's entry, ``内容简介：…。``
over ``作者简介：…。``): one of the entry's labelled paragraphs, not a row closing a
piece its writer wrote.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["about", "among_notes", "bio_row"]

Fields = Callable[[str], str | None]

# a label of two to eight letters and a colon, or the label in brackets; the note
_ROW = re.compile(
    r"^(?:[【\[〔](?P<b>[\u4e00-\u9fff]{2,8})[】\]〕]\s*[:：]?|(?P<k>[\u4e00-\u9fff]{2,8})\s*[:：])"
    r"\s*(?P<v>\S.*)$"
)
#: A note is at most this long (a paragraph about the writer, not a second text).
NOTE_MAX_CHARS = 200


def bio_row(line: str, field_of: Fields) -> dict[str, str] | None:
    """The fields of a labelled biography row, or None.

    >>> f = lambda k: "author_bio" if k in ("作者简介", "作者介紹") else None
    >>> bio_row("作者简介：柯远帆，1988年生，渔村人，现为中学教师。", f)
    {'author_bio': '柯远帆，1988年生，渔村人，现为中学教师。'}
    >>> bio_row("【作者介紹】海边长大，写诗二十年。", f)
    {'author_bio': '海边长大，写诗二十年。'}
    >>> bio_row("作者简介", f), bio_row("编者按：本期专题谈海。", f)
    (None, None)
    """
    m = _ROW.match(line.strip())
    if m is None or field_of(m["b"] or m["k"]) != "author_bio":
        return None
    note = m["v"].strip()
    if len(note) > NOTE_MAX_CHARS:
        return None
    return {"author_bio": note}


#: a labelled paragraph: a label of two to eight letters, a colon, a note of six Han
#: letters at least that ends a sentence
_NOTE = re.compile(
    r"^[\u4e00-\u9fff]{2,8}\s*[:：]\s*(?=(?:[^\u4e00-\u9fff]*[\u4e00-\u9fff]){6}).*[。！？]$"
)


def among_notes(above: str, field_of: Fields) -> bool:
    """Is the line ``above`` a biography row another labelled paragraph of prose (not a
    biography itself): the row is then one of an entry's labelled paragraphs (module doc)?

    >>> f = lambda k: "author_bio" if k == "作者简介" else None
    >>> among_notes("内容简介：本书记录了作者多年来在山区行医的见闻与思考。", f)
    True
    >>> among_notes("那一年的夏天，我们终于回到了海边的老房子。", f)
    False
    >>> among_notes("作者简介：某某，1980年生，中学教师。", f), among_notes("出版年：2023", f)
    (False, False)
    """
    s = above.strip()
    return bool(_NOTE.match(s)) and bio_row(s, field_of) is None


def about(note: str, writer: str | None) -> bool:
    """Does the biography ``note`` open with the name of the piece's ``writer``?

    >>> about("某甲，1980年生，中学教师。", "某甲"), about("某乙，1960年生。", "某甲")
    (True, False)
    >>> about("某甲，1980年生。", None), about("某甲", "")
    (False, False)
    """
    return bool(writer) and note.startswith(writer or "")
