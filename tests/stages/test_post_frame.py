"""A board post's frame and a microblog's stream of posts (fixzp1: sealed_zp_bbs,
sealed_zp_weibo), each in wordings of its own, with look-alikes that stay:

* a header box of ``label value`` rows at a post's top gives its title (the ``[tag]``
  dropped) and its author, in either script and with a colon or a wide gap;
* the reaction rows closing a post are its comment thread, the block under ``--`` its
  signature; a dialogue, a chat log and a poem with a ``--`` line stay;
* posts each under an account's name and a stamp row with its client are a compilation,
  one article per post with its author and date; a lone post and rows without a client
  stay one page.

Every word is invented.
"""

from __future__ import annotations

import json
from pathlib import Path

from cleaner.stages.post_frame import post_box, reaction_rows, signature_block
from cleaner.stages.post_stream import post_heads, post_run
from tests.stages.family_figures import assert_floors

PROSE = "早上五点出发，山路上一个人也没有，走到半山腰的时候太阳才出来，云海就在脚下慢慢翻滚。"
PROSE2 = "中午在山顶的小庙里吃了一碗素面，老师傅说这几天天气好，来看云的人比平时多了不少。"
PROSE3 = "下山的时候腿已经软了，不过拍到了很多照片，回头整理好再发上来给大家看看。"


def _run(tmp_path: Path, pages: dict[str, str]) -> tuple[list[dict], list[dict]]:
    from cleaner.runner import run

    src = tmp_path / "in"
    src.mkdir()
    for name, text in pages.items():
        (src / name).write_text(text, encoding="utf-8")
    run([src], tmp_path / "out")

    def read(f: str) -> list[dict]:
        return [json.loads(x) for x in (tmp_path / "out" / f).read_text("utf-8").splitlines()]

    return read("articles.jsonl"), read("changes.jsonl")


# ---- the header box


def test_a_header_box_gives_the_title_and_author(tmp_path: Path) -> None:
    page = "\n".join(
        [
            "作者：lakeview (湖景)",
            "标题：[游记] 周末去山里看云",
            "日期：2024/03/02 10:11",
            "",
            PROSE,
            PROSE2,
            PROSE3,
        ]
    )
    arts, changes = _run(tmp_path, {"post.txt": page})
    assert len(arts) == 1
    assert arts[0]["title"] == "周末去山里看云"
    assert arts[0]["meta"]["author"] == "lakeview"
    assert arts[0]["text"].split("\n") == [PROSE, PROSE2, PROSE3]
    rows = [c["before"] for c in changes if c["rule"] == "split.meta_header"]
    assert any("标题" in r for r in rows) and any("作者" in r for r in rows)


def test_a_traditional_box_with_wide_gaps_is_read_as_a_simplified_one() -> None:
    top = [
        "〈某校站〉　閒聊區",
        " 作者  pebble42 (小石)",
        " 標題  Re: [閒聊] 宿舍的貓回來了",
        " 時間  Mon",
    ]
    box = post_box(top)
    assert box is not None
    assert box.rows == (1, 2, 3) and box.title == "宿舍的貓回來了" and box.author() == "pebble42"


def test_labelled_rows_without_a_title_row_or_deep_in_the_text_are_no_box() -> None:
    assert post_box(["作者：某某", "日期：2024-03-02", PROSE]) is None  # no title row
    assert post_box([PROSE, PROSE2, PROSE3, "标题：某事", "作者：某某"]) is None  # not at the top
    assert post_box(["标题：某事", PROSE, "作者：某某"]) is None  # one row only, then prose


# ---- the thread and the signature


def _post_foot() -> list[str]:
    return [
        PROSE,
        PROSE2,
        "",
        "--",
        "慢慢走，欣赏啊。",
        "※ 来源: 湖畔小站 bbs.lakeside.example.org [FROM: 10.2.3.4]",
        "推 pinecone: 照片快发　　03/02 11:20",
        "→ mossy: 好羡慕，下次约　　03/02 11:45",
    ]


def test_reaction_rows_and_the_signature_close_a_post() -> None:
    page = _post_foot()
    thread = reaction_rows(page, set())
    assert thread == [6, 7]
    assert signature_block(page, set(), thread) == [3, 4, 5]


def test_a_dialogue_with_colons_stays() -> None:
    page = [PROSE, "老周：明天还去不去山里？", "小林：去，看天气再说。", "老周：那我早点叫你。"]
    assert reaction_rows(page, set()) == []


def test_labelled_date_rows_closing_a_document_stay() -> None:
    page = [PROSE, PROSE2, "发布日期： 2024-03-05", "更新日期： 2024-03-06"]
    assert reaction_rows(page, set()) == []


def test_a_chat_log_of_stamped_rows_stays() -> None:
    chat = [
        "阿青: 到了吗　　03/02 11:20",
        "小满: 马上到　　03/02 11:21",
        "阿青: 好的　　03/02 11:25",
    ]
    assert reaction_rows(chat, set()) == []  # no text above the rows


def test_a_poem_with_a_dash_line_stays(tmp_path: Path) -> None:
    poem = [
        "《远山》",
        "",
        "远山在雾里慢慢醒来，溪水绕过石头，一路唱着没有名字的歌。",
        "松针落在肩上，风从谷底吹上来，带着去年秋天的味道。",
        "--",
        "我把脚步放得很轻，",
        "怕惊动一只正在梳理羽毛的鸟。",
    ]
    assert signature_block(poem, set(), []) == []
    arts, _ = _run(tmp_path, {"poem.txt": "\n".join(poem)})
    text = "\n".join(a["text"] for a in arts)
    assert "怕惊动一只正在梳理羽毛的鸟。" in text and "我把脚步放得很轻，" in text


# ---- a microblog's stream of posts


def _stream(via: bool = True) -> str:
    rows = []
    posts = [
        ("青石镇消防", "2022-7-9 08:15", "安卓客户端", "【暴雨中转移被困群众】" + PROSE),
        ("青石镇消防", "2022-7-4 19:02", "网页版", "#安全课堂# 【高温天气用电提示】" + PROSE2),
        ("青石镇应急", "2022-7-1 11:30", "平板客户端", "【应急物资清点完毕】" + PROSE3),
    ]
    for name, stamp, client, first in posts:
        rows += ["", name, f"{stamp}　来自 {client}" if via else stamp, first, PROSE2]
        rows.append("转发 12　｜　评论 3　｜　赞 40")
    return "\n".join(["某某备份工具导出", "┄" * 20, *rows])


def test_posts_under_their_account_and_stamp_rows_split(tmp_path: Path) -> None:
    arts, _ = _run(tmp_path, {"wb.txt": _stream()})
    assert [a["title"] for a in arts] == [
        "暴雨中转移被困群众",
        "高温天气用电提示",
        "应急物资清点完毕",
    ]
    assert [a["meta"].get("author") for a in arts] == ["青石镇消防", "青石镇消防", "青石镇应急"]
    assert [a["meta"].get("published") for a in arts] == ["2022-07-09", "2022-07-04", "2022-07-01"]
    assert all(a["text"].split("\n")[1] == PROSE2 for a in arts)  # the text stays whole


def test_stamp_rows_without_a_client_or_a_lone_post_are_no_stream() -> None:
    lines = _stream(via=False).split("\n")
    assert post_heads(lines) == []
    one = ["青石镇消防", "2022-7-9 08:15　来自 安卓客户端", PROSE, PROSE2]
    assert post_run(one) == ([], {})


# ---- the families


def test_the_families_meet_their_floors() -> None:
    assert_floors(
        "sealed_zp_bbs",
        {"content_f1": 0.97, "titles": 1.0, "counts": 1.0, "metadata": 1.0},
        residue=0.05,
    )
    assert_floors(
        "sealed_zp_weibo",
        {"content_f1": 0.99, "titles": 1.0, "counts": 1.0, "metadata": 1.0},
        residue=0.01,
    )
