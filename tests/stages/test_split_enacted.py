"""A statute's enactment lines give its published/effective date and order number; a
news sentence, an article's own dates and pages that number no articles give none.
Invented statutes only."""

from __future__ import annotations

import json

from cleaner.stages.split_enacted import enactment

_ARTS = [
    "第一条　为了加强湖泊保护，改善生态环境，根据有关法律、法规，结合本市实际，制定本条例。",
    "第二条　本市行政区域内湖泊的规划、保护、利用和管理，适用本条例。",
    "第三十条　本条例自2003年1月1日起施行。",
]


def test_the_latest_adoption_or_revision_date_is_published() -> None:
    page = [
        "# 某市湖泊保护条例",
        "2002年9月4日 某市第十二届人民代表大会常务委员会第三次会议通过",
        "2010年6月1日 某市第十三届人大常委会第九次会议《关于修改〈某市湖泊保护条例〉的决定》修正",
        "2019年11月20日 某市第十五届人民代表大会常务委员会第十次会议修订）",
        "## 第一章　总则",
        *_ARTS,
    ]
    assert enactment(page) == {"published": "2019-11-20"}


def test_a_bracketed_block_gives_order_number_and_date_in_force() -> None:
    page = [
        "某市停车场管理办法",
        "（2004年7月15日某市人民政府令第58号公布　根据2011年3月2日某市人民政府令第90号修改"
        "　自2011年5月1日起施行）",
        *_ARTS,
    ]
    assert enactment(page) == {
        "published": "2011-03-02",
        "effective": "2011-05-01",
        "doc_number": "某市人民政府令第58号",
    }


def test_a_line_that_only_puts_it_in_force_is_the_effective_date() -> None:
    page = [
        "某院关于适用某法的解释",
        "2020年5月6日 某院审判委员会第1号会议通过",
        "2020年7月1日 施行",
        *_ARTS,
    ]
    assert enactment(page) == {"published": "2020-05-06", "effective": "2020-07-01"}


def test_the_articles_own_dates_are_not_read() -> None:
    # no enactment line under the title: '本条例自…起施行' in the articles gives nothing
    assert enactment(["某市湖泊保护条例", "## 第一章　总则", *_ARTS]) == {}


def test_a_news_sentence_under_a_headline_is_no_enactment_line() -> None:
    page = [
        "市人大常委会审议通过湖泊保护条例",
        "2019年11月20日，市人大常委会召开会议，审议通过了修订后的条例。",
        "第一条 的修改引起了广泛关注。",
    ]
    assert enactment(page) == {}


def test_a_page_that_numbers_no_articles_is_not_read() -> None:
    page = ["某公司年会纪要", "2021年1月8日 董事会通过", "会议讨论了明年的工作安排和预算。"]
    assert enactment(page) == {}


def test_an_update_line_is_no_enactment() -> None:
    page = ["某市湖泊保护条例", "2023年3月3日 更新", "来源：某网", *_ARTS]
    assert enactment(page) == {}


def test_a_statute_text_file_gets_its_meta_and_keeps_its_lines(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from cleaner.runner import run

    text = "\n\n".join(
        [
            "# 某市湖泊保护条例",
            "2002年9月4日 某市第十二届人民代表大会常务委员会第三次会议通过",
            "2019年11月20日 某市第十五届人民代表大会常务委员会第十次会议修订）",
            "## 第一章　总则",
            *_ARTS,
        ]
    )
    src = tmp_path / "in"
    src.mkdir()
    (src / "lake.md").write_text(text, encoding="utf-8")
    run([src], tmp_path / "out")
    lines = (tmp_path / "out" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    arts = [json.loads(x) for x in lines]
    assert len(arts) == 1
    assert arts[0]["meta"].get("published") == "2019-11-20"
    assert "第三次会议通过" in arts[0]["text"]  # the enactment lines stay in the text


def _statute_file(tmp_path, name: str, head: list[str]) -> dict:  # type: ignore[no-untyped-def]
    from cleaner.runner import run

    text = "\n\n".join(["# 某市湖泊保护条例", *head, "## 第一章　总则", *_ARTS])
    src = tmp_path / "in"
    src.mkdir(parents=True)
    (src / name).write_text(text, encoding="utf-8")
    run([src], tmp_path / "out")
    lines = (tmp_path / "out" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    (art,) = [json.loads(x) for x in lines]
    return art  # type: ignore[no-any-return]


_ADOPTED = "2012年7月27日 某市第十三届人民代表大会常务委员会第三十四次会议通过"


def test_a_file_named_by_its_version_dates_a_head_not_brought_up_to_date(tmp_path) -> None:  # type: ignore[no-untyped-def]
    art = _statute_file(tmp_path, "湖泊保护条例(2017-09-22).md", [_ADOPTED])
    assert art["meta"]["published"] == "2017-09-22"
    assert _ADOPTED in art["text"]  # the head's line stays


def test_a_file_name_older_than_the_head_or_naming_another_title_is_not_read(tmp_path) -> None:  # type: ignore[no-untyped-def]
    older = _statute_file(tmp_path / "a", "湖泊保护条例(2010-01-05).md", [_ADOPTED])
    other = _statute_file(tmp_path / "b", "停车场管理办法(2017-09-22).md", [_ADOPTED])
    assert older["meta"]["published"] == other["meta"]["published"] == "2012-07-27"
