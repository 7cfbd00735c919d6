"""Fixes for set zd's press-clipping digest, English office notices and table-layout exam
site (fixzd1):

* a digest's running head (its name, its issue, a wide gap, ``第N页``) cutting a sentence
  is a page break (``break_marks`` in ``repair.toml``);
* a clipping's boxed source row ``刊发：某报　日期　第N版`` names the paper that carried it
  (``origin``; ``[carried_in]`` in ``headers.toml``), an issuing verb ('发布') does not;
* an English posted row in dotted cells (``Posted DATE · by X · N views``) is a metadata
  row, an office's unit after 'by' its ``origin``, a person its ``author``;
* an English salutation (``Dear …,``) repeated on every page of a site stays text;
* a one-word capitals kicker (``NOTICE``) right over an HTML page's headline is the
  column's label, not text;
* a two-line date badge over a title (``12`` / ``Apr 2020``) is the piece's date row;
* an English notice signed by its office on its last line names its ``issuer``;
* a link to an uploaded document file is an attachment: its text stays;
* a bracketed label row over a piece's title ('［简讯·叁］') leaves the title line to the
  text (a bare number's title line stays the header's);
* a ``<title>`` that puts the site's name first dresses the visible headline line;
* a body under a writer's label in a notice another body issues is its ``origin``.

Every word is invented; look-alikes stay.
"""

from __future__ import annotations

from cleaner.ingest.html import extract
from cleaner.ingest.html_head import visible_headline
from cleaner.stages.html_edges import kicker_labels
from cleaner.stages.keep import keep_table
from cleaner.stages.split_headers import labelled_number
from cleaner.stages.split_meta_marks import badge_date, en_posted_cells, section_origin
from cleaner.stages.split_rows import latin_signer, sign_off
from tests.stages.family_figures import family_figures
from tests.stages.stage_runs import boil, repair, site_stage, split

P1 = "青禾镇渡口今年新添了两条客船，早晚高峰各加开一个班次，过江的村民不用再排长队等候。"
P2 = "渡口管理所负责人介绍，新船全部配备救生设备，船员上岗前都经过了统一培训和考核。"
E1 = "The harbour office will move the spring ferry timetable forward by one week this year."
E2 = "Residents who hold a monthly pass do not need to renew it before the new timetable."


def _read(s: str) -> dict[str, str] | None:
    return keep_table().split.meta.shaped_row(s, near_title=True)


# ---- a digest's running head


def test_a_digest_running_head_cutting_a_sentence_is_a_page_break() -> None:
    text = (
        "青禾镇渡口今年新添了两条客船，早晚高峰各加开一个班次，过江的村民不用再排\n\n"
        "青禾简讯　2020年第5期　　第3页\n\n长队等候。\n"
    )
    out = repair(text)
    assert "不用再排长队等候。" in out
    assert "第3页" not in out


def test_a_digest_running_head_between_whole_sentences_stays() -> None:
    text = f"{P1}\n\n青禾简讯　2020年第5期　　第3页\n\n{P2}\n"
    assert "青禾简讯　2020年第5期　　第3页" in repair(text)


# ---- a clipping's boxed source row


def test_the_paper_that_carried_a_clipping_is_its_origin() -> None:
    row = _read("┃刊发：青禾晚报　2020年4月6日　第05版　┃　记者：林小渡┃")
    assert row == {"published": "2020-04-06", "author": "林小渡", "origin": "青禾晚报"}
    assert _read("原载：青禾广播电视台　2020-04-06") == {
        "published": "2020-04-06",
        "origin": "青禾广播电视台",
    }


def test_an_issuing_verb_or_a_date_under_the_label_names_no_origin() -> None:
    assert "origin" not in (_read("发布：青禾晚报　2020年4月6日") or {})
    assert "origin" not in (_read("刊发：2020年4月6日") or {})
    # a phrase under the label that names no paper, station or site
    assert "origin" not in (_read("刊发：连续三篇评论　2020年4月6日") or {})


BOX = "┏━━━━━━━━━━━━━━━━━━━━━━━━━━┓"
BOX_END = "┗━━━━━━━━━━━━━━━━━━━━━━━━━━┛"


def test_a_boxed_clipping_row_under_its_title_is_the_pieces_metadata() -> None:
    row = "┃刊发：青禾晚报　2020年4月6日　第01版　┃　记者：林小渡┃"
    (art,) = split(["青禾镇渡口添新船", BOX, row, BOX_END, P1, P2])
    assert art.meta == {"published": "2020-04-06", "author": "林小渡", "origin": "青禾晚报"}
    assert "刊发" not in art.text and "┏" not in art.text
    assert P1 in art.text


def test_a_box_of_sentences_under_a_title_stays_text() -> None:
    note = "┃请乘客在栏杆外排队上船，不要拥挤，注意脚下安全。┃"
    (art,) = split(["青禾镇渡口添新船", BOX, note, BOX_END, P1, P2])
    assert note in art.text


def test_a_bracketed_label_row_leaves_the_title_under_it_to_the_text() -> None:
    # '［简讯·叁］' names a kind of piece: the plain title line under it is text
    assert labelled_number("［简讯·叁］") and labelled_number("【案例 12】")
    # a bare number or a number's label row takes the title line as its own (set f)
    assert not labelled_number("（3）") and not labelled_number("〔叁〕")
    assert not labelled_number("公告编号：2020-017")


# ---- an English notice's rows


def test_an_english_posted_row_in_dotted_cells_reads() -> None:
    got = en_posted_cells("Posted 2020-04-06 · by Harbour Housing Office · 73 views")
    assert got == {"published": "2020-04-06", "origin": "Harbour Housing Office"}
    assert en_posted_cells("Posted 2020-04-06 · by Ann Reed · 9 views") == {
        "published": "2020-04-06",
        "author": "Ann Reed",
    }
    assert _read("Posted 2020-04-06 · by Harbour Housing Office · 73 views") == got


def test_a_dotted_line_of_words_is_no_posted_row() -> None:
    assert en_posted_cells("Posted 2020-04-06 · by Ann Reed · we walked to the pier") is None
    assert en_posted_cells("Walks · by the river · 3 views") is None


def test_an_english_salutation_repeated_on_a_site_stays() -> None:
    def page(n: int) -> list[str]:
        return [
            "Harbour Town Council | Residents | Contact",
            f"Ferry Notice Number {n}",
            "Dear residents,",
            E1 if n % 2 else E2,
            E2 if n % 2 else E1,
            "Copyright Harbour Town Council",
        ]

    pages = [page(n) for n in range(6)]
    out = boil(pages[0], site_stage(pages), site="s")
    assert "Dear residents," in out
    assert "Copyright Harbour Town Council" not in out


def test_a_date_badge_over_a_title_is_its_date_row() -> None:
    assert badge_date("12", "Apr 2020") == "2020-04-12"
    assert badge_date("2020-04", "12") == "2020-04-12"
    lines = ["12", "Apr 2020", "Ferry Timetable Changes for Spring", E1, E2]
    (art,) = split(lines)
    assert art.title == "Ferry Timetable Changes for Spring"
    assert art.meta.get("published") == "2020-04-12"
    assert "Apr 2020" not in art.text


def test_a_number_over_a_word_and_a_year_is_no_badge() -> None:
    assert badge_date("12", "Chapter 2020") is None
    assert badge_date("40", "Apr 2020") is None


def test_an_english_notice_signed_by_its_office_names_its_issuer() -> None:
    assert sign_off([E1, E2, "Office of Harbour Services, Qinghe Town"]) == {
        "issuer": "Office of Harbour Services"
    }
    assert latin_signer("Ferry Ticket Desk") == "Ferry Ticket Desk"


def test_a_closing_sentence_or_a_persons_name_is_no_signer() -> None:
    assert sign_off([E1, "Thank you for your patience"]) == {}
    assert latin_signer("Kind regards, Ann Reed") is None
    assert latin_signer("Desk") is None


def test_a_capitals_kicker_over_the_headline_is_the_columns_label() -> None:
    lines = ["NOTICE", "Ferry Timetable Changes for Spring", E1, "EVENTS", E2]
    assert kicker_labels(lines, ("Ferry Timetable Changes for Spring",)) == [0]


def test_a_kicker_of_words_or_capitals_inside_the_text_stay() -> None:
    head = ("Ferry Timetable Changes for Spring",)
    assert kicker_labels(["From the Harbour", head[0], E1], head) == []
    # a heading in capitals under the first sentence is the text's own
    assert kicker_labels([E1, "NOTICE", head[0], E2], head) == []


# ---- an old exam site's page


def test_a_link_to_an_uploaded_document_is_an_attachment_that_stays() -> None:
    page = (
        "<html><head><title>青禾渡口班次调整通知</title></head><body>"
        "<div class='nav'><a href='/a.html'>首页</a> | <a href='/b.html'>通知</a> | "
        "<a href='/c.html'>下载</a></div>"
        f"<div class='content'><p>{P1}</p><p>{P2}</p>"
        "<p><a href='/upload/2020/fj3.xls'>附件：1．青禾渡口班次表</a></p>"
        "<p><a href='/news/12.html'>相关：江湾码头维修公告</a></p>"
        "</div></body></html>"
    )
    body = extract(page).body
    assert "附件：1．青禾渡口班次表" in body
    assert "江湾码头维修公告" not in body  # a link to a page is still a link


def test_a_title_that_puts_the_site_first_dresses_the_headline() -> None:
    title = "青禾人事考试网--2020年渡口船员考试报名须知"
    texts = ["青禾人事考试网", "2020年渡口船员考试报名须知", P1]
    assert visible_headline(title, None, texts) == "2020年渡口船员考试报名须知"
    # look-alike: a headline-first title never makes the site's logo line the headline
    assert visible_headline("渡口船员考试须知_青禾网", None, ["青禾网", P1]) is None


def test_a_section_under_a_writer_label_is_the_origin_of_a_centre_notice() -> None:
    for section in ("船务处", "渡口船务科"):
        meta = {"issuer": "青禾县渡口管理中心", "author": section}
        section_origin(meta)
        assert meta == {"issuer": "青禾县渡口管理中心", "origin": section}
    person = {"issuer": "青禾县渡口管理中心", "author": "林小渡"}
    section_origin(person)
    assert person == {"issuer": "青禾县渡口管理中心", "author": "林小渡"}
    alone = {"author": "船务处"}
    section_origin(alone)
    assert alone == {"author": "船务处"}


# ---- the families


def test_the_zd_families_fixed_here_meet_their_floor() -> None:
    assert family_figures("sealed_zd_meiti")["content_f1"] >= 0.99  # the titles stay text
    for name in ("sealed_zd_meiti", "sealed_zd_liuxue", "sealed_zd_kaoshi"):
        f = family_figures(name)
        assert f["content_f1"] >= 0.95 and f["residue"] <= 0.02, (name, f)
        assert f["titles"] >= 0.95 and f["counts"] >= 0.95, (name, f)
        assert f["repairs"] >= 0.90 and f["metadata"] >= 0.95, (name, f)
