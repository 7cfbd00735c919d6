"""A page reference alone on its row (an erratum's ``页码：第8页``, a contents list's
``页次：12``, a catalogue card's ``起止页码：3-9``) is the text's own, no metadata of the
page; beside a paper's identifier it is the paper's page range (invented rows)."""

from __future__ import annotations

import pytest

from cleaner.stages.split_meta import MetaParser

META = MetaParser()


@pytest.mark.parametrize("row", ["页码：第8页", "页次：12", "起止页码：3-9", "页码: p. 44"])
def test_page_reference_alone_is_no_row(row: str) -> None:
    got = META.shaped_row(row, near_title=True)
    assert got is None or "pages" not in got, got


def test_page_range_beside_identifier_is_read() -> None:
    got = META.shaped_row("DOI：10.5555/ab.2020.07　　页码：21—27", near_title=True)
    assert got is not None and got.get("pages") == "21—27" and "doc_number" in got, got
