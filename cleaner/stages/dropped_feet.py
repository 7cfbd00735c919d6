"""The closing rows an earlier step removed under every piece of a compilation, read as
each piece's metadata.

A compilation closes each of its pieces with a row of the same kind: the body that signs
it and the day (``某某局　2023年2月14日``), or a labelled note of the body that did the work
(``（实施单位：某供电所　联系人：某工　电话：…）``).  The boilerplate stage may take those rows
away before the split stage reads them: the signer's name is a line the site prints on
every page, or the line model scores the row as chrome (a contact row).  The split then
reads no body and no date from them.

:func:`dropped_feet` finds, for each piece, the lines removed right under its last line
(in the text the boilerplate stage received, nothing kept between); :func:`read_feet`
reads them as a sign-off (:func:`split_rows.sign_off`, under the piece's last line) or as
a party cell (:func:`party_cells.party_cells`).  Only a page of two pieces or more whose
every piece has such a removed row read alike (the same fields) takes them: a row of one
shape closing each piece is the pieces' own, no site's foot under the last one (all but
one piece: the split reads one piece's row itself when the boilerplate stage kept it).  The rows
stay removed (the text is not changed); only fields the piece lacks are filled.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from cleaner.stages.party_cells import party_cells
from cleaner.stages.split_rows import sign_off

__all__ = ["dropped_feet", "read_feet"]

#: removed lines read under a piece's last line at most
_FOOT_LINES = 3
#: a piece's last line is found in the received text by its opening characters
_KEY_CHARS = 16


def dropped_feet(
    received: str, spans: Sequence[tuple[int, int]], pieces: Sequence[str]
) -> list[tuple[str, list[str]]]:
    """For each piece (its text), ``(its last line, the lines removed right under it)``
    in ``received`` (the text the boilerplate stage got; ``spans`` its deletions there);
    the pieces are found in page order.

    >>> t = "标题甲\\n正文甲。\\n某局　2023年2月1日\\n标题乙\\n正文乙。\\n某局　2023年2月3日\\n"
    >>> a = t.index("某局"); b = t.index("标题乙"); c = t.rindex("某局")
    >>> dropped_feet(t, [(a, b), (c, len(t))], ["标题甲\\n正文甲。", "标题乙\\n正文乙。"])
    [('正文甲。', ['某局　2023年2月1日']), ('正文乙。', ['某局　2023年2月3日'])]
    """
    lines: list[tuple[int, int, str]] = []
    pos = 0
    for raw in received.split("\n"):
        lines.append((pos, pos + len(raw), raw.strip()))
        pos += len(raw) + 1

    def removed(k: int) -> bool:
        s, e, _ = lines[k]
        return any(a <= s and e <= b for a, b in spans)

    out: list[tuple[str, list[str]]] = []
    k = 0
    for text in pieces:
        last = next((ln.strip() for ln in reversed(text.split("\n")) if ln.strip()), "")
        # found by its opening (the repair stage may have mended its end: a stray mark)
        key = last[:_KEY_CHARS]
        j = k
        while j < len(lines) and (not lines[j][2].startswith(key) or removed(j)):
            j += 1
        if not last or j >= len(lines):
            out.append((last, []))
            continue
        foot: list[str] = []
        n = j + 1
        while n < len(lines) and len(foot) < _FOOT_LINES:
            if not lines[n][2]:
                n += 1
                continue
            if not removed(n):
                break
            foot.append(lines[n][2])
            n += 1
        out.append((last, foot))
        k = j + 1
    return out


def _read(last: str, foot: list[str], field_of: Callable[[str], str | None]) -> dict[str, str]:
    """The fields one piece's removed foot gives: a sign-off under its last line, else
    the body of a party cell."""
    for n in range(len(foot), 0, -1):
        signed = sign_off([last, *foot[:n]], one_line=True)
        if "issuer" in signed and "published" in signed:
            return signed
    cell = party_cells("\n" + "\n".join(foot), {}, field_of)
    return cell or {}


def read_feet(
    feet: Sequence[tuple[str, list[str]]],
    metas: Sequence[dict[str, str]],
    field_of: Callable[[str], str | None],
) -> bool:
    """Fill each piece's ``meta`` (in ``metas``) from its removed foot when every piece,
    or all but one (two at least), has one that reads the same fields; whether they were
    read.

    >>> from cleaner.stages.split_meta import MetaParser
    >>> f = MetaParser().field_of
    >>> a, b = ["某某市规划局　2023年2月1日"], ["某某市规划局　2023年2月3日"]
    >>> feet = [("正文甲。", a), ("正文乙。", b)]
    >>> metas = [{}, {"published": "2023-02-02"}]; read_feet(feet, metas, f)
    True
    >>> metas[0], metas[1]["issuer"], metas[1]["published"]
    ({'published': '2023-02-01', 'issuer': '某某市规划局'}, '某某市规划局', '2023-02-02')
    >>> feet = [("正文甲。", a), ("正文乙。", ["返回顶部"])]
    >>> metas = [{}, {}]; read_feet(feet, metas, f), metas
    (False, [{}, {}])
    >>> feet = [("甲。", ["（实施单位：某某供电所　电话：1234）"]), ("乙。", b), ("丙。", a)]
    >>> metas = [{}, {}, {}]; read_feet(feet[:2] + feet[:1], metas, f), metas
    (False, [{}, {}, {}])
    """
    if len(feet) < 2 or len(feet) != len(metas):
        return False
    read = [_read(last, foot, field_of) if foot else {} for last, foot in feet]
    kinds = {tuple(sorted(r)) for r in read if r}
    found = sum(1 for r in read if r)
    # every piece, or all but one (the last piece's row the split reads itself, or a
    # piece whose row the boilerplate stage kept), and all alike
    if found < 2 or found < len(read) - 1 or len(kinds) != 1:
        return False
    for meta, fields in zip(metas, read, strict=True):
        if "issuer" in fields and "origin" in meta:
            continue  # the piece names its body already
        for k, v in fields.items():
            meta.setdefault(k, v)
    return True
