"""Slot rows (cleaner/stages/repeat_slots.py): a response's stamp that a site prints over
every answer or reply, the same but for a name and figures, is learned with its name as a
slot (``⟨W⟩　答复于 ⟨N⟩-⟨N⟩-⟨N⟩``), so every answerer's row goes, not only the rows of a
name that answers on most pages; the count of the answers (``2 条回答``) goes too, in
the body and as a heading.

Look-alikes that stay: the row over the page's own question (its author and date, no verb
of replying), a line of a biography that names a person in the same place on every page
(its frame holds words of its own), a comment's sentence after a name and a colon (prose
is never a slot filler), a long name, a heading counting other things.  Every word is invented.
"""

from __future__ import annotations

from cleaner.edits import Editor
from cleaner.model import RawInput
from cleaner.rules import load_packs
from cleaner.stages.boilerplate import BoilerplateStage
from cleaner.stages.profile_counter import build_profiles
from cleaner.stages.repeat_slots import reply_frame, reply_stamp, slot_shape, slot_split
from cleaner.stages.site_counts import shape_of
from tests.stages.family_figures import family_figures

TOPICS = [
    "构建脚本在容器里",
    "测试套件在夜间任务里",
    "同步程序在跳板机上",
    "打包命令在旧系统上",
    "迁移脚本在预发环境",
    "日志采集在边缘节点",
    "前端热更新在虚拟机里",
    "定时备份在共享盘上",
]
NAMES = ["石榴籽", "moss_fern", "云边小卖部", "橘猫警长", "K_walker", "松果", "晚风徐徐", "rain42x"]


def _answerers(i: int) -> list[str]:
    """Two or three answerers per page, each of them on two or three pages only."""
    return [NAMES[(i * 3 + k) % len(NAMES)] for k in range(2 + i % 2)]


def qa_page(i: int) -> str:
    """An invented question page: header, question, answers under stamps, footer."""
    asker = NAMES[(i + 5) % len(NAMES)]
    lines = [
        "青梧技术问答　首页　话题　达人",
        f"{TOPICS[i % len(TOPICS)]}卡住的问题怎么排查",
        f"{asker} 提问于 2022-0{1 + i % 9}-1{i % 10}",
        f"镜像拉下来以后执行第{i}版构建脚本，进度停在依赖安装那一步，一等{i + 20}分钟没有输出。",
        f"换过{i + 2}个国内的软件源也清过缓存，情况完全一样，想请教大家一般从哪里下手排查。",
        f"{2 + i % 2} 条答复",
    ]
    for k, name in enumerate(_answerers(i)):
        lines += [
            f"{name}　答复于 2022-0{1 + i % 9}-2{k}",
            f"先把构建日志的级别调到最详细，第{k + 1}次我就是这样看到卡在第{i}个证书校验上的。",
            f"另外检查一下容器里的时区是否正确，时间差了{i * 3 + k}小时也会让下载一直重试下去。",
        ]
    lines += [
        f"{NAMES[(i + 1) % len(NAMES)]}：我也遇到过一样的情况，后来换了网络就好了。",
        "想回答这个问题？登录后参与讨论",
        "青梧技术问答　关于本站　联系我们",
    ]
    return "\n".join(lines) + "\n"


def _stage(pages: list[str]) -> BoilerplateStage:
    raws = [RawInput(f"s/{i}.txt", t.encode(), site="s") for i, t in enumerate(pages)]
    return BoilerplateStage(load_packs(), profiles=build_profiles(raws))


def _clean(stage: BoilerplateStage, text: str) -> Editor:
    ed = Editor("p", text)
    stage(ed, site="s")
    return ed


def test_slot_split_finds_a_name_beside_a_stamp() -> None:
    assert slot_split("石榴籽　答复于 2022-03-21") == (
        "石榴籽",
        "\u3000",
        "答复于 2022-03-21",
        True,
    )
    assert slot_split("2022-03-21 14:02 · 回复 · moss_fern") == (
        "moss_fern",
        " · ",
        "2022-03-21 14:02 · 回复",
        False,
    )
    # a figure alone is no name, nor a sentence with its marks, nor a label with its colon
    assert slot_split("12 条回复") is None
    assert slot_split("松果 2022-03-21") is None  # a byline: a name and a date
    assert slot_split("橘猫警长：我也遇到过，换了网络就好了 2022-03-21") is None
    assert slot_split("联系人：松果 2022-03-21") is None
    # a long name, and a line with no figure, are no slot rows
    assert slot_split("一位从来不愿意透露姓名的热心读者 回复于 2022-03-21") is None
    assert slot_split("松果 回复于 昨天下午") is None


def test_reply_frame_wants_a_verb_of_replying_and_nothing_else() -> None:
    assert reply_frame(slot_shape("石榴籽　答复于 2022-03-21", shape_of) or "") is False
    assert reply_frame(slot_shape("石榴籽　回答于 2022-03-21", shape_of) or "")
    assert reply_frame(slot_shape("2022-03-21 回复 moss_fern", shape_of) or "")
    assert reply_frame(slot_shape("松果 · 3 天前回复 · 赞 12", shape_of) or "")
    assert reply_frame(slot_shape("K_walker replied on 2022-03-21", shape_of) or "")
    # the row over the page's own piece: its author and date (metadata), no reply verb
    assert not reply_frame(slot_shape("松果 提问于 2022-03-21", shape_of) or "")
    assert not reply_frame(slot_shape("松果 发表于 2022-03-21 10:20", shape_of) or "")
    # a sentence around a name keeps words of its own
    assert not reply_frame(slot_shape("松果 2021年3月回复读者来信", shape_of) or "")
    assert not reply_frame(slot_shape("松果 于2019年加入本会", shape_of) or "")


def test_reply_stamp_counts_responses_and_nothing_else() -> None:
    assert reply_stamp(shape_of("3 个回答", ""))
    assert reply_stamp(shape_of("共 12 条评论", ""))
    assert reply_stamp(shape_of("7 replies", ""))
    # a count of other things, a heading of the text with a figure, a bare verb
    assert not reply_stamp(shape_of("3 个问题", ""))
    assert not reply_stamp(shape_of("第3章 回复读者的来信", ""))
    assert not reply_stamp("回复")


def test_the_count_of_answers_goes_even_as_a_heading_in_the_body() -> None:
    pages = [qa_page(i).replace("答复", "回答") for i in range(8)]
    stage = _stage(pages)
    i = 4
    count = f"{2 + i % 2} 条回答"
    title = f"{TOPICS[i]}卡住的问题怎么排查"
    ed = Editor("p", pages[i])
    stage(ed, site="s", kind="html", headings=(title, count))
    assert f"\n{count}\n" not in ed.text
    assert title in ed.text
    # gone as the site's repeat or as the generic answer-count chrome it also is
    assert any(c.rule.startswith("boilerplate.") and c.before == count + "\n" for c in ed.changes)


def test_a_heading_with_a_figure_that_counts_no_responses_stays() -> None:
    pages = [qa_page(i).replace("答复", "回答").replace("条回答", "个步骤") for i in range(8)]
    stage = _stage(pages)
    i = 4
    count = f"{2 + i % 2} 个步骤"
    ed = Editor("p", pages[i])
    stage(ed, site="s", kind="html", headings=(count,))
    assert f"\n{count}\n" in ed.text


def test_every_answerers_stamp_goes_and_is_recorded() -> None:
    pages = [qa_page(i).replace("答复", "回答") for i in range(8)]
    stage = _stage(pages)
    for i in (2, 5):
        ed = _clean(stage, pages[i])
        for name in _answerers(i):
            assert f"{name}　回答于" not in ed.text, (i, name)
            assert any(
                c.rule == "boilerplate.site_repeat" and c.before.startswith(f"{name}　回答于")
                for c in ed.changes
            ), (i, name)
        # the answers' sentences, the question and its own row stay
        assert f"先把构建日志的级别调到最详细，第1次我就是这样看到卡在第{i}个" in ed.text
        assert f"{NAMES[(i + 5) % len(NAMES)]} 提问于" in ed.text
        assert "国内的软件源也清过缓存" in ed.text
        # a comment's sentence after a name and a colon is prose: never a slot's filler
        assert "我也遇到过一样的情况，后来换了网络就好了。" in ed.text


def test_a_stamp_with_a_word_not_of_replying_stays() -> None:
    # '答复于' is no verb of the table: the frame is no response's stamp, rows stay
    pages = [qa_page(i) for i in range(8)]
    stage = _stage(pages)
    ed = _clean(stage, pages[3])
    for name in _answerers(3):
        assert f"{name}　答复于" in ed.text, name


def bio_page(i: int) -> str:
    """A member page: a name in one place on every page, its frame a sentence's words."""
    name = NAMES[i % len(NAMES)]
    return (
        "青梧书画研究会　会员风采\n"
        f"{name} 2021年3月回复读者来信\n"
        f"{name}　于201{i % 10}年入会\n"
        f"擅长山水和花鸟，作品第{i + 2}次入选地区联展，平日里也在第{i}社区义务教授书法课程。\n"
        "青梧书画研究会　联系我们\n"
    )


def test_a_name_in_a_sentences_frame_stays() -> None:
    pages = [bio_page(i) for i in range(8)]
    stage = _stage(pages)
    ed = _clean(stage, pages[4])
    name = NAMES[4]
    assert f"{name} 2021年3月回复读者来信" in ed.text
    assert f"{name}　于2014年入会" in ed.text


def test_developer_qa_family_floor() -> None:
    # the answerers' stamps and the answer counts of set ze's Q&A pages: residue .213 before
    fig = family_figures("sealed_ze_kaifa")
    assert fig["residue"] <= 0.07
    assert fig["content_f1"] >= 0.965
