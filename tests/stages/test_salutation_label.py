"""A salutation is no metadata label: '各单位：…' opens the text of a notice (it names who
receives it), while '印发单位：…' names who issued it (``headers.toml`` ``issuer_by_ending``,
``unless``).  Invented wording."""

from __future__ import annotations

from cleaner.stages.split_meta import MetaParser
from tests.stages.stage_runs import split

BODY = "现将秋季渠道清淤的安排通知如下，请各村认真落实，按时上报进展。"


def test_salutation_line_stays_text() -> None:
    for salute in ("各单位：", "各部门、各单位：", "各有关单位："):
        arts = split(["关于做好秋季渠道清淤的通知", salute + BODY, "特此通知。"])
        assert salute + BODY in arts[0].text.split("\n")
        assert "issuer" not in arts[0].meta


def test_issuing_labels_still_read() -> None:
    m = MetaParser()
    assert m.field_of("印发单位") == "issuer"
    assert m.field_of("制发机关") == "issuer"
    assert m.field_of("各单位") is None
