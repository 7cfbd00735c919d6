"""Spaces missed by class (repair4): a list of things read as padded names.

* **A list of things** (``_wordy_list``): ``炒货食品及坚果制品、饮 料、乳制品``: an item longer
  than a name says the list is of things; a space splitting a two-letter item goes.  A
  list of names padded to a width keeps its spaces.

Every page is invented.
"""

from __future__ import annotations

import pytest

from tests.test_repair_context import repaired


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
