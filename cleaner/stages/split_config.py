"""The options of the split stage (:class:`SplitConfig`, section ``[split]``) and the
article it hands on (:class:`ArticleDraft`), apart from :mod:`split` so that the config
loader and the stage's readers need not import the stage.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SplitConfig:
    """Options of the split stage (section ``[split]``).

    Attributes
    ----------
    enabled:
        Split compiled pages (default ``True``); when off every page is one article.
    parse_meta:
        Parse and remove per-article metadata headers (default ``True``).
    complete_titles:
        Complete truncated header titles from the body (default ``True``).
    generic_headers:
        Find article headers from the page's own numbering when no known header form
        occurs (default ``True``; :mod:`cleaner.stages.split_headers`).
    clean_titles:
        Strip site suffixes, ``原标题：``, markdown ``#``, glued timestamps and a stray
        final ``?`` from titles, recorded as ``split.title.*`` flags (default ``True``).
    """

    enabled: bool = True
    parse_meta: bool = True
    complete_titles: bool = True
    generic_headers: bool = True
    clean_titles: bool = True


@dataclass(frozen=True, slots=True)
class ArticleDraft:
    """An article as the split stage sees it, before ids and metrics are attached."""

    index: int
    title: str
    text: str
    meta: dict[str, str]
