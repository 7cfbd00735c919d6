"""The author a page's head declares (JSON-LD, <meta>, a byline's rel=author link) goes
into the article's meta; a site's, template's, comment's or related story's name does not.
All pages here are invented."""

from __future__ import annotations

import json

from bs4 import BeautifulSoup

from cleaner.ingest.html_authors import declared_author

_BODY = (
    "<p>The river crossing opened on Monday after three years of work, and the first buses "
    "rolled over it before dawn while a small crowd watched from the bank.</p>"
    "<p>Officials said the span would cut the morning trip into town by twenty minutes for "
    "most of the villages on the far side of the valley.</p>"
)


def _author(head: str, body: str = "", title: str | None = None, **kw) -> str | None:  # type: ignore[no-untyped-def]
    soup = BeautifulSoup(f"<html><head>{head}</head><body>{body}</body></html>", "lxml")
    return declared_author(soup, title=title, **kw)


def _ld(obj: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def test_json_ld_person_is_the_author() -> None:
    head = _ld({"@type": "NewsArticle", "author": {"@type": "Person", "name": "Mara Quill"}})
    assert _author(head) == "Mara Quill"


def test_json_ld_list_of_persons_gives_their_names() -> None:
    persons = [{"@type": "Person", "name": n} for n in ("Ada Fenn", "Bo Lark")]
    head = _ld({"@graph": [{"@type": "Article", "author": persons}]})
    assert _author(head) == "Ada Fenn, Bo Lark"


def test_json_ld_organization_is_no_author() -> None:
    head = _ld({"@type": "Article", "author": {"@type": "Organization", "name": "Valley Post"}})
    assert _author(head) is None


def test_json_ld_entity_in_a_name_is_unescaped() -> None:
    head = _ld({"@type": "Article", "author": {"@type": "Person", "name": "Lin O&#039;Hara"}})
    assert _author(head) == "Lin O'Hara"


def test_meta_author_tags_most_specific_first() -> None:
    head = (
        '<meta name="author" content="Tova Reyes">'
        '<meta name="parsely-author" content="Tova Reyes-Lund">'
    )
    assert _author(head, article=True) == "Tova Reyes-Lund"


def test_a_url_handle_or_domain_is_no_author() -> None:
    head = (
        '<meta property="article:author" content="https://social.example/valleypost">'
        '<meta name="byl" content="@valleypost">'
        '<meta name="author" content="ValleyPost.com">'
    )
    assert _author(head, article=True) is None


def test_the_sites_own_name_is_no_author() -> None:
    # the <title>'s tail, og:site_name and the host name the site, not a writer
    assert (
        _author('<meta name="author" content="某某网">', title="新桥通车_某某网财经", article=True)
        is None
    )
    assert (
        _author(
            '<meta name="author" content="Valley Post">', site_names=("Valley Post",), article=True
        )
        is None
    )
    assert (
        _author(
            '<meta name="author" content="valleypost">',
            site_names=("valleypost.example",),
            article=True,
        )
        is None
    )
    # a real name beside a site tail stays
    assert (
        _author('<meta name="author" content="王小川">', title="新桥通车_某某网", article=True)
        == "王小川"
    )


def test_the_bare_author_tag_is_read_only_on_an_article() -> None:
    head = '<meta name="author" content="Board Software Team">'
    assert _author(head, article=False) is None
    assert _author(head, article=True) == "Board Software Team"


def test_a_cms_default_account_is_no_author() -> None:
    assert _author('<meta name="author" content="admin">', article=True) is None


def test_one_byline_link_is_the_author_two_are_not() -> None:
    one = '<p class="by">By <a rel="author" href="/u/kim">Kim Aro</a></p>' + _BODY
    assert _author("", one) == "Kim Aro"
    # a list of related stories, each with its own writer's link: no author for this page
    two = one + '<ul><li><a rel="author" href="/u/pat">Pat Ude</a></li></ul>'
    assert _author("", two) is None


def test_a_comments_author_is_never_read() -> None:
    body = _BODY + (
        '<div class="comments"><div itemprop="comment" itemscope itemtype="https://schema.org/Comment">'
        '<span itemprop="author">Gus Reader</span><p>Nice bridge.</p></div></div>'
    )
    assert _author("", body) is None


def test_the_declared_author_reaches_the_article_meta(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from cleaner.runner import run

    html = (
        "<html><head><title>River crossing opens to buses - Valley Post</title>"
        '<meta property="og:type" content="article">'
        + _ld({"@type": "NewsArticle", "author": {"@type": "Person", "name": "Mara Quill"}})
        + "</head><body><h1>River crossing opens to buses</h1>"
        + _BODY
        + "</body></html>"
    )
    src = tmp_path / "in"
    src.mkdir()
    (src / "bridge.html").write_text(html, encoding="utf-8")
    run([src], tmp_path / "out")
    lines = (tmp_path / "out" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    arts = [json.loads(x) for x in lines]
    assert [a["meta"].get("author") for a in arts] == ["Mara Quill"]
    assert "twenty minutes" in arts[0]["text"]


_HL = "River crossing opens to buses"


def test_a_by_line_under_the_headline_names_the_authors() -> None:
    from cleaner.ingest.html_authors import byline_author

    page = "\n".join(["Menu", _HL, "By Kim Aro and Lou Pell on Monday, May 4th, 2020", "Body."])
    assert byline_author(page, _HL) == "Kim Aro, Lou Pell"
    page = "\n".join([_HL, "by Kim Aro | May 4, 2020 9:00 AM", "Body."])
    assert byline_author(page, _HL) == "Kim Aro"


def test_a_by_phrase_a_site_name_or_a_far_line_is_no_byline() -> None:
    from cleaner.ingest.html_authors import byline_author

    assert byline_author("\n".join([_HL, "By the numbers: ten spans", "Body."]), _HL) is None
    assert byline_author("\n".join([_HL, "By 2030, buses will run hourly.", "Body."]), _HL) is None
    page = "\n".join([_HL, "By Kim Aro, Valley Post", "Body."])
    assert byline_author(page, _HL, title=f"{_HL} - Valley Post") == "Kim Aro"
    far = "\n".join([_HL, *["Body paragraph."] * 7, "by Gus Reader on May 5, 2020"])
    assert byline_author(far, _HL) is None  # a comment's byline far below
