"""Regressions of mend23b mended (review23g N1-N4), each failure's general class as small
invented cases with look-alikes:

* N1 a sign-off's companion line set in cells over the signer row (a closing formula whose
  first cell is a closing verb, a document's field without its colon, the signing body's
  name split into cells) is no list's row: the signer under it is the author, while a
  list's or a menu's last row still names none
  (:func:`cleaner.stages.signed_desks.signed_author`);
Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.stages.signed_desks import signed_author

# --- N1 ------------------------------------------------------------------------------

BODY = "下周二上午在三楼会议室召开季度总结会，请各科室负责人准时参加。"


@pytest.mark.parametrize(
    ("tail", "name"),
    [
        ("特此　函告\n主任　罗某某\n2031年6月2日", "罗某某"),
        ("顺祝　冬安\n校长　邓某某", "邓某某"),
        ("谨致　谢忱\n会长　白某某\n2031年6月2日", "白某某"),
        ("谢谢　各位\n县长　包某某", "包某某"),
        ("咨询电话　87654321\n站长　韩某某", "韩某某"),
        ("附件　参会名单\n局长　葛某某\n2031年6月2日", "葛某某"),
        ("抄报　某某委\n主任　秦某某", "秦某某"),
        ("某某公司　办公室\n总经理　蒋某某", "蒋某某"),
        ("通讯地址　某路9号\n经理　苗某某", "苗某某"),
        ("聯絡人　黃小姐\n校長　萬某某", "萬某某"),
    ],
)
def test_a_signer_under_a_sign_off_companion_in_cells_is_read(tail: str, name: str) -> None:
    assert signed_author(f"{BODY}\n{tail}") == name


@pytest.mark.parametrize(
    "tail",
    [
        "优秀集体　财务科\n优秀组长　卢某某",
        "周四　炒青菜\n厨师长　俞某某",
        "3月8日　值守人员\n值班主任　叶某某",
        "先进科室　维修组\n优秀班长　孔某某",
        "星期五　体育　美术\n班主任　杭某某",
    ],
)
def test_a_lists_last_row_still_names_no_signer(tail: str) -> None:
    assert signed_author(f"{BODY}\n{tail}") is None
