"""The rule vocabularies read in either script (cleaner/rules/han_forms.py).

Rule tables are written in simplified characters; a page in traditional characters must
meet the same words.  The generated map (scripts/gen_han_forms.py, from OpenCC) must cover
every character the tables use; word lists and patterns are widened at load, labels are
folded before lookup; and an invented traditional page reads as its simplified twin.
All page text here is invented.
"""

from __future__ import annotations

import re
import tomllib

import pytest

from cleaner.rules import RULES_DIR, load_table
from cleaner.rules.han_forms import forms, simplify_map, widen, widen_table, widen_words
from cleaner.stages.split_dates import simplified_label
from tests.stages.stage_runs import split

_HAN = re.compile(r"[\u4e00-\u9fff]")
_TABLE = RULES_DIR / "han_forms.toml"


def _looked_up() -> set[str]:
    data = tomllib.loads(_TABLE.read_text("utf-8"))
    rows = data["same"]["chars"] + data["traditional_only"]["chars"]
    return set(data["traditional"]) | set("".join(rows))


@pytest.mark.parametrize("path", sorted(p.name for p in RULES_DIR.glob("*.toml")))
def test_every_rule_character_was_looked_up(path: str) -> None:
    # a new rule word with a character the map never saw: rerun scripts/gen_han_forms.py
    if path == _TABLE.name:
        return
    chars = set(_HAN.findall((RULES_DIR / path).read_text("utf-8")))
    missing = sorted(chars - _looked_up())
    assert not missing, f"{path}: rerun scripts/gen_han_forms.py for {''.join(missing)}"


def test_the_map_holds_single_characters_and_one_to_many_forms() -> None:
    t = forms()
    assert all(v and all(_HAN.match(c) for c in v) for v in t.values())
    assert set("發髮") <= set(t["发"]) and "幹" in t["干"]
    assert "後" in t["后"] and "后" in t["后"]  # a form written alike stays


def test_a_pattern_widens_to_classes_never_a_rewrite() -> None:
    rx = re.compile(widen("头发|干部"))
    assert rx.search("頭髮") and rx.search("頭發") and rx.search("幹部") and rx.search("干部")
    assert not rx.search("头皮")


def test_word_lists_of_every_table_gain_their_traditional_spellings() -> None:
    g = load_table("headers")["generic_header"]
    assert "主題" in g["subject_labels"] and "標題" in g["title_labels"]
    # the simplified words keep their order, each spelling right after its word
    assert widen_words(["标题", "主题"]) == ["标题", "標題", "主题", "主題"]
    # a map of its own (simplified, then its forms) is not a word list
    assert load_table("headers")["meta"]["traditional"][0] == "债債"


def test_a_table_pattern_is_widened() -> None:
    rows = widen_table({"x": [{"regex": "第\\d+号$", "comment": "号"}]}, {"号": "號"})
    assert rows == {"x": [{"regex": "第\\d+[号號]$", "comment": "号"}]}


def test_labels_fold_to_their_simplified_words() -> None:
    for trad, simp in [("審定編號", "审定编号"), ("申請單位", "申请单位"), ("目錄", "目录")]:
        assert simplified_label(trad) == simp


def test_a_simplified_label_never_folds_into_another_word() -> None:
    # '著' and '干' are simplified characters in their own right: left as written
    for label in ("著者", "干事", "后记", "发布日期"):
        assert label.translate(simplify_map()) == label


# a 'traditional' form that simplified text writes as a character of its own (OpenCC's
# traditional → simplified map leaves it as it is, or does not list it)
_OWN = ["复覆", "干乾", "于於", "征徵", "借藉", "了瞭", "伙夥", "仿彷", "克剋", "台枱", "夫伕"]
_OWN += ["它牠", "抵牴", "昵暱", "背揹", "只衹", "只祇", "卫衞"]


@pytest.mark.parametrize("pair", _OWN)
def test_a_form_simplified_text_also_writes_is_not_in_the_map(pair: str) -> None:
    key, form = pair
    assert form not in forms().get(key, "")
    assert form not in "".join(forms().values())


def test_a_simplified_word_of_such_a_form_neither_folds_nor_matches() -> None:
    for label in ("覆核日期", "乾燥日期", "徵集", "答覆", "於是"):
        assert label.translate(simplify_map()) == label
    assert "複核日期".translate(simplify_map()) == "复核日期"  # a true form still folds
    # widened words meet their traditional twins, not the other simplified word
    rx = re.compile(widen("复核|干燥|征集"))
    assert rx.search("複核") and rx.search("干燥") and rx.search("征集")
    assert not rx.search("覆核") and not rx.search("乾燥") and not rx.search("徵集")


# ---- invented pages and their traditional twins: the same reading in either script


def _read(text: str) -> list[tuple[str | None, dict[str, str]]]:
    return [(a.title, dict(a.meta)) for a in split(text.strip().splitlines())]


# a compilation whose pieces open with a labelled header block (title, date, author labels)
BLOCK_S = """本期汇编
标题：老街排水改造说明会
发布时间：2022-04-11
作者：林晓雯
本周六上午将在社区活动中心举行说明会，欢迎关心排水工程的居民到场提问。
工程预计分三期进行，第一期在雨季前完成主干管更换，届时部分路段将临时封闭。

标题：图书角募集儿童绘本
发布时间：2022-04-15
作者：陈立群
社区图书角现向居民募集适合三到八岁儿童阅读的绘本，九成新以上即可。
捐赠者可在周一至周五下午到服务站登记，我们会为每本书贴上捐赠者的名字。
"""
BLOCK_T = """本期彙編
標題：老街排水改造說明會
發布時間：2022-04-11
作者：林曉雯
本週六上午將在社區活動中心舉行說明會，歡迎關心排水工程的居民到場提問。
工程預計分三期進行，第一期在雨季前完成主幹管更換，屆時部分路段將臨時封閉。

標題：圖書角募集兒童繪本
發布時間：2022-04-15
作者：陳立群
社區圖書角現向居民募集適合三到八歲兒童閱讀的繪本，九成新以上即可。
捐贈者可在週一至週五下午到服務站登記，我們會為每本書貼上捐贈者的名字。
"""
# a register of items, each a name with a labelled number cell, then labelled cells
CELLS_S = """一、蔬菜（2个）

青川早熟1号　　登记编号：川登菜2021003
申请单位：青川县蔬菜研究所　　选育单位：青川县蔬菜研究所
品种来源：早熟A×青川白
特征特性：早熟白菜品种，生育期六十天左右，叶色浅绿，包心紧实，抗病毒病能力较强。

溪岭红2号　　登记编号：川登菜2021004
申请单位：溪岭种苗有限公司　　选育单位：溪岭种苗有限公司
品种来源：红叶B×溪岭二号
特征特性：中熟萝卜品种，生育期八十天左右，根皮鲜红，肉质脆嫩，耐储藏，适宜秋季种植。
"""
CELLS_T = """一、蔬菜（2個）

青川早熟1號　　登記編號：川登菜2021003
申請單位：青川縣蔬菜研究所　　選育單位：青川縣蔬菜研究所
品種來源：早熟A×青川白
特徵特性：早熟白菜品種，生育期六十天左右，葉色淺綠，包心緊實，抗病毒病能力較強。

溪嶺紅2號　　登記編號：川登菜2021004
申請單位：溪嶺種苗有限公司　　選育單位：溪嶺種苗有限公司
品種來源：紅葉B×溪嶺二號
特徵特性：中熟蘿蔔品種，生育期八十天左右，根皮鮮紅，肉質脆嫩，耐儲藏，適宜秋季種植。
"""
# a digest of book cards: a numbered title, a row of '｜'-separated labelled cells, a
# summary, and the recommender who wrote it
CARDS_S = """馆藏新到图书推介（第7期）
本期介绍新书2种　发布日期：2021-05-06
№1　山谷里的气象站
编著者：邱雨桐　｜　出版社：河湾科技出版社　｜　索书号：P41/77
书中记录了一座高山气象站四季的观测日常，文字平实，图片丰富，适合中学生课外阅读。
推荐人：温若水（阅览部）
№2　桥的故事
编著者：顾行舟　｜　出版社：河湾人民出版社　｜　索书号：U44/12
作者从家乡的一座石拱桥讲起，介绍了古今中外桥梁建造的技术演变和背后的人物故事。
推荐人：冯小满（典藏部）
"""
CARDS_T = """館藏新到圖書推介（第7期）
本期介紹新書2種　發布日期：2021-05-06
№1　山谷裡的氣象站
編著者：邱雨桐　｜　出版社：河灣科技出版社　｜　索書號：P41/77
書中記錄了一座高山氣象站四季的觀測日常，文字平實，圖片豐富，適合中學生課外閱讀。
推薦人：溫若水（閱覽部）
№2　橋的故事
編著者：顧行舟　｜　出版社：河灣人民出版社　｜　索書號：U44/12
作者從家鄉的一座石拱橋講起，介紹了古今中外橋樑建造的技術演變和背後的人物故事。
推薦人：馮小滿（典藏部）
"""


@pytest.mark.parametrize(
    ("simp", "trad"), [(BLOCK_S, BLOCK_T), (CELLS_S, CELLS_T), (CARDS_S, CARDS_T)]
)
def test_a_traditional_page_reads_as_its_simplified_twin(simp: str, trad: str) -> None:
    s, t = _read(simp), _read(trad)
    assert len(s) == len(t) >= 2
    for (st, sm), (tt, tm) in zip(s, t, strict=True):
        assert st is not None and tt is not None and len(st) == len(tt)
        assert sorted(sm) == sorted(tm) and len(sm) >= 1
        assert [len(v) for _, v in sorted(sm.items())] == [len(v) for _, v in sorted(tm.items())]


def test_the_card_writer_is_read_in_traditional_too() -> None:
    arts = _read(CARDS_T)
    assert [m.get("author") for _, m in arts] == ["溫若水", "馮小滿"]


def test_a_labelled_word_inside_prose_stays_one_piece() -> None:
    # a look-alike: label words in running sentences, no header block
    text = """社區消息
本次會議的主題是老街排水改造，標題暫定為「老街新生」，由林曉雯負責撰寫說明。
會議發布時間另行通知，申請單位請於本週內向服務站登記，逾期不再受理。
"""
    arts = _read(text)
    assert len(arts) == 1
    body = "\n".join(a.text for a in split(text.strip().splitlines()))
    assert "主題是老街排水改造" in body and "申請單位請於本週內" in body


def test_a_list_of_patterns_widens_as_patterns_and_word_lists_hold_no_duplicates() -> None:
    tails = load_table("post_tails")["post_tail"]["labelled"]
    assert len(tails) == 3  # one widened pattern per pattern, no mixed spellings
    assert any(re.search(p, "發自 iPhone 客戶端") for p in tails)
    assert any(re.search(p, "发自 iPhone 客户端") for p in tails)
    for path in RULES_DIR.glob("*.toml"):
        if path.stem != "han_forms" and not path.stem.startswith("boilerplate_"):
            _no_duplicate_lists(load_table(path.stem))


def _no_duplicate_lists(data: object) -> None:
    if isinstance(data, dict):
        for v in data.values():
            _no_duplicate_lists(v)
    elif isinstance(data, list):
        if all(isinstance(e, str) for e in data):
            assert len(data) == len(set(data)), data
        else:
            for e in data:
                _no_duplicate_lists(e)
