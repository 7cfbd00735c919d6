"""Spaces missed by class (repair4): an aside glued into a clause beside a stray space,
and a list of things read as padded names.

* **An aside glued into a clause** (:func:`~cleaner.stages.cjk_space_judges.inline_aside`):
  ``村（居）委会要 如实``, ``局 今（23）日表示``: the round brackets are inside the
  clause, not a phrase's bound, so the stray space beside them goes.  A byline's aside that
  spaces its own words, quotes and book titles still bound their phrase.
* **A list of things** (``_wordy_list``): ``炒货食品及坚果制品、饮 料、乳制品``: an item longer
  than a name says the list is of things; a space splitting a two-letter item goes.  A
  list of names padded to a width keeps its spaces.

Every page is invented.
"""

from __future__ import annotations

import pytest

from tests.test_repair_context import repaired


# -- an aside glued into a clause -------------------------------------------------------
@pytest.mark.parametrize(
    ("damaged", "fixed"),
    [
        (
            "各村（居）委会要 如实填报用餐记录，本季度共完成三百次，发现问题当日整改。",
            "各村（居）委会要如实填报用餐记录，本季度共完成三百次，发现问题当日整改。",
        ),
        (
            "各街道（镇）办事处 按时上报统计数据，逾期未报的，将予以通报。",
            "各街道（镇）办事处按时上报统计数据，逾期未报的，将予以通报。",
        ),
        (
            "某市教育局 昨（12）日发布通知，全市中小学将于下周起恢复课后服务。",
            "某市教育局昨（12）日发布通知，全市中小学将于下周起恢复课后服务。",
        ),
        (
            "台北市环保局 今(8)日表示，资源回收站将延长开放时间，方便民众投递。",
            "台北市环保局今(8)日表示，资源回收站将延长开放时间，方便民众投递。",
        ),
    ],
)
def test_a_stray_space_beside_a_glued_aside_goes(damaged: str, fixed: str) -> None:
    ed = repaired(damaged + "\n")
    assert ed.text == fixed


@pytest.mark.parametrize(
    "line",
    [
        # a byline's aside spaces its own words
        "本报讯（记者 王某某）近日，某区图书馆完成改造，市民可以免费借阅图书。",
        # a quoted word after the gap bounds its phrase
        "本周多家机构调整评级，某证券 维持「持有」评级，目标价上调至十二元。",
        # a bracket apart from the words by the gap itself
        "本次活动由市文化馆主办，区图书馆 （协办）负责场地，欢迎市民参加。",
    ],
)
def test_spaces_beside_other_brackets_stay(line: str) -> None:
    ed = repaired(line + "\n")
    assert ed.text == line


# -- a list of things is no list of padded names ------------------------------------------
@pytest.mark.parametrize(
    ("damaged", "fixed"),
    [
        (
            "近期抽检了蛋制品、炒货食品及坚果制品、饮 料、乳制品等食品，均为合格。",
            "近期抽检了蛋制品、炒货食品及坚果制品、饮料、乳制品等食品，均为合格。",
        ),
        (
            "本次检查了家用电器、儿童玩具及文具用品、服 装、鞋帽等商品，未发现问题。",
            "本次检查了家用电器、儿童玩具及文具用品、服装、鞋帽等商品，未发现问题。",
        ),
        (
            "市场上的蔬菜、水 果、食用农产品、水产品价格总体平稳。",
            "市场上的蔬菜、水果、食用农产品、水产品价格总体平稳。",
        ),
    ],
)
def test_a_split_item_of_a_list_of_things_is_joined(damaged: str, fixed: str) -> None:
    ed = repaired(damaged + "\n")
    assert ed.text == fixed


@pytest.mark.parametrize(
    "line",
    [
        "出席：王 明、李 华、欧阳明华、赵 亮",
        "参加会议的有王 明、李 华、张小红、刘 强等同志。",
        "主持人：王 明",
    ],
)
def test_a_list_of_padded_names_keeps_its_spaces(line: str) -> None:
    ed = repaired(line + "\n")
    assert ed.text == line
