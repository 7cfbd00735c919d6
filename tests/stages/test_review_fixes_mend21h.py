"""Losses a review found in fixya1's new rules (mend21h), each class in wordings of its
own, with the look-alike the rule is for:

* a running head with its folio stands alone and names the publication the page's own
  header prints: a table's rows (a name, a day, a figure, apart by wide gaps) under a
  caption, or one dated row of a log inside prose, are no page mark and stay whole;
* a catalogue's entries are split only when every card carries a register's number: a
  reading list, a review or an award list with a card of credits under each work is one
  article, its headline and byline kept;
* a bare ``第N号`` opens a dispatch only over a document's kind; a page that addresses
  its readers (``各…：``) is one document, its numbered items no documents;
* a signer row names a person: two menu words apart are no signer row;
* a row of cells whose last value runs on in comma clauses is a sentence cut.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.stages.folio_heads import folio_head
from cleaner.stages.keep import keep_table
from cleaner.stages.site_judge import signer_named
from cleaner.stages.split_dispatches import dispatch_number, dispatch_run
from tests.stages.stage_runs import boil, repair, site_stage, split

G = "　　　"

# ---- N1: a table's dated rows are no running head

TABLES = [
    # stations, the day, a rainfall figure; the caption a comma clause ending in Han
    (
        "湖区水文简报\n2031年7月9日\n",
        "昨夜全区普降中到大雨，各观测点雨量统计如下，单位为毫米",
        [f"北湾观测点{G}2031年7月9日{G}37", f"南湾观测点{G}2031年7月9日{G}64"],
        "请沿湖各村注意防范。",
    ),
    # traditional letters, classes and their average, spaces as the gap
    (
        "月考成績通知\n2031年4月2日\n",
        "本次月考各班平均分已經統計完成，現公布如下，供各位導師參考",
        ["高一甲班      2031年4月2日      81", "高一乙班      2031年4月2日      79"],
        "請各班導師做好分析。",
    ),
    # the day first, an item, a price; three rows
    (
        "粮价周报\n2031-10-03\n",
        "本周各类粮食收购价格平稳，主要品种价格如下，单位为元每吨",
        [f"2031-10-03{G}早籼稻{G}2620", f"2031-10-03{G}小麦{G}2830", f"2031-10-03{G}大豆{G}4910"],
        "预计下周价格保持稳定。",
    ),
]


@pytest.mark.parametrize(("top", "caption", "rows", "after"), TABLES)
def test_a_table_of_dated_rows_is_no_running_head(
    top: str, caption: str, rows: list[str], after: str
) -> None:
    text = top + "\n".join([caption, *rows, after]) + "\n"
    assert not any(folio_head(r, text) for r in rows)
    out = repair(text)
    for row in rows:
        assert row in out
    assert caption + after not in out


def test_a_lone_dated_row_inside_prose_is_no_running_head() -> None:
    # one row of a log cutting a sentence: the day printed in the head, no name repeated
    row = f"2031.08.12{G}步行里程{G}21"
    text = (
        f"骑行小记\n2031.08.12\n今天一早出发，沿着河岸走到了镇上，下午\n{row}\n公里后到了营地。\n"
    )
    assert not folio_head(row, text)
    assert row in repair(text)


def test_a_running_head_naming_the_header_publication_still_joins() -> None:
    # the rule's own case: the head repeats the publication's name from the header
    head = f"第 4 期{G}2031年9月1日{G}北岭县政务公报{G}58"
    top = "北岭县政务公报\n2031年第4期　　2031年9月1日\n"
    cut, rest = "各乡镇应当在本月底前完成自查工作，并将结果", "报送县政府办公室。"
    text = f"{top}{cut}\n{head}\n{rest}\n"
    assert folio_head(head, text)
    assert cut + rest in repair(text)


# ---- N2: a card of credits under each work is no register's entry

BODY = [
    "这本书写一个少年在海边小城长大的故事，语言朴素，情节动人，适合假期里慢慢读完。",
    "作者用细腻的笔触描写了山村四季的变化，读来仿佛身临其境，孩子们一定会喜欢。",
    "书里讲了许多动物的趣事，配有大量插图，既能增长知识，又能培养观察的习惯。",
]
ARTICLES = [
    # a reading list under a headline and a dated byline, cards parted by bars
    (
        ["寒假读书推荐：三本适合少年的书", "2031-01-10 09:00　来源：南江晚报　作者：某甲"],
        ["《海边的灯塔》", "《山村四季》", "《动物笔记》"],
        "作者：某乙　｜　出版社：南江出版社　｜　适读年龄：{n}-12岁",
    ),
    # an award list: cells apart by wide gaps, a class note after each name
    (
        ["本届广播影视奖获奖名单揭晓", "记者　某丙"],
        ["《江上人家》　（电视剧）", "《晨光》　（纪录片）", "《小城》　（动画）"],
        f"出品：某某电视台{G}奖项：{{n}}等奖{G}时长：45分钟",
    ),
    # a review of films: half-width colons, a score
    (
        ["周末观影指南", "文／某丁"],
        ["《北风》", "《归舟》", "《雾城》"],
        "导演:某戊|主演:某己|评分:7.{n}",
    ),
]


@pytest.mark.parametrize(("head", "names", "card"), ARTICLES)
def test_works_with_credit_cards_in_one_article_stay_one_article(
    head: list[str], names: list[str], card: str
) -> None:
    lines = [*head, "以下几部作品各有特色，供大家参考。", ""]
    for n, name in enumerate(names):
        lines += [name, card.format(n=n + 1), BODY[n], ""]
    lines += ["读完之后，不妨和朋友聊一聊书中的人物。"]
    arts = split(lines)
    assert len(arts) == 1
    assert head[0] in arts[0].text or arts[0].title == head[0]
    assert "适读年龄" in arts[0].text or "奖项" in arts[0].text or "评分" in arts[0].text


def test_a_register_with_numbered_cards_still_splits() -> None:
    # the look-alike: a filing register, each card numbered by a code
    lines = ["现将本季度登记情况公示如下。", ""]
    for n, name in enumerate(["《湖光》", "《山影》", "《渡口》"]):
        lines += [name, f"登记号：某备-2031-{n + 1:02d}　｜　申报单位：某某公司", BODY[n], ""]
    arts = split(lines)
    assert [a.title for a in arts][-3:] == ["湖光", "山影", "渡口"]


# ---- N3: bare numbers over no document's kind are items, not dispatches


@pytest.mark.parametrize(
    "line",
    [
        "第1号考场　高二（3）班　实验楼305",
        "第2号提案　关于增设自行车停放点的提案",
        "第12号楼　三室一厅　98平方米",
        "第7号　后卫　某某某",
    ],
)
def test_a_bare_number_over_an_item_is_no_dispatch_number(line: str) -> None:
    assert dispatch_number(line) is None


def test_a_document_addressed_to_its_readers_is_not_cut_at_its_items() -> None:
    body = "经研究决定，对该同志的工作给予肯定，希望其再接再厉，在新的岗位上取得更好成绩。"
    lines = [
        "关于人员调整的决定",
        "局属各单位、机关各科室：",
        "综合科",
        "第1号　关于某甲同志任职的决定",
        body,
        "财务科",
        "第2号　关于某乙同志任职的决定",
        body,
    ]
    assert dispatch_run(lines) == []
    # items that are no documents of their own: one notice, its head kept
    lines[3], lines[6] = "第1号　任命某甲为综合科科长", "第2号　任命某乙为财务科科长"
    arts = split(lines)
    assert len(arts) == 1 and "局属各单位、机关各科室：" in arts[0].text


def test_year_numbered_dispatches_under_offices_still_split() -> None:
    body = "某某局局長行使某法規賦予的職權，作出本批示：核准有關預算，自公佈翌日起生效。"
    lines = ["某某公報", "", "甲局局長辦公室", "第 3/2031 號甲局局長批示", body]
    lines += ["乙局局長辦公室", "第 9/2031 號乙局局長批示", body]
    assert [t for _, _, t, _ in dispatch_run(lines)] == [lines[3], lines[6]]


# ---- N4: a signer row names a person


@pytest.mark.parametrize(
    "row", ["现任院长　往届院长", "售后专员　留言反馈", "值班经理　服务承诺", "名誉主席　历届主席"]
)
def test_two_menu_words_are_no_signer_row(row: str) -> None:
    assert not signer_named(row)
    assert keep_table().reason(row) != "signer_row"


LIBRARY = [
    "本馆决定自下月起延长周末开放时间，请读者朋友相互转告，按时前来借阅。",
    "新到一批少儿读物，欢迎家长带孩子前来阅览，借阅期限为三十天。",
    "三楼自习室因设备检修暂停开放一周，给大家带来不便敬请谅解。",
    "本月读书沙龙将于周六下午举行，主题为乡土文学，欢迎报名参加。",
    "即日起开通手机预约借书服务，读者可在线选书后到馆取书。",
    "因节假日安排，本馆下周一闭馆一天，周二起恢复正常开放。",
]


def test_a_menu_row_on_every_page_is_still_learned_and_a_signer_row_kept() -> None:
    pages = [
        ["网站首页　本馆概况", "现任馆长　往届馆长", f"某某馆通知之{n}", body, "馆长　欧阳某某"]
        for n, body in enumerate(LIBRARY)
    ]
    stage = site_stage(pages)
    for page in pages:
        out = boil(page, stage, site="s")
        assert "馆长　欧阳某某" in out and "现任馆长　往届馆长" not in out


# ---- N5: a row whose last value runs on in comma clauses is a cut sentence


def test_a_cell_row_running_on_in_clauses_is_joined_across_a_page_mark() -> None:
    cut = f"买方：某某商贸有限公司{G}卖方：某某机械厂，经双方协商一致，就设备"
    text = f"购销协议\n{cut}\n— 3 —\n采购事宜达成如下条款。\n双方均应遵守。\n"
    assert cut + "采购事宜达成如下条款。" in repair(text)
