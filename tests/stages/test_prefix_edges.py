"""The edges of a block kept above a compilation's first header (review 19c #6, #7).

Classes, each with invented variants:

- **a kept preface signed under it** (a short name line over a date line, or a date line
  alone, between the preface and the contents/first header): the sign-off belongs to the
  preface's piece, its date the published date, a unit's name the issuer (a person's
  name stays text only); it is not deleted
  with the page head (look-alike: a short line with no date under it is no sign-off);
- **a lone site prompt above the first header** (one sentence line, no heading over it, no
  sign-off under it, holding a download / membership / points / account word): it is
  no piece of the compilation and goes with the page head on the record (look-alikes:
  the same kind of line under its own heading, and a plain lone sentence, stay pieces).

Every word is invented.
"""

from __future__ import annotations

import pytest

from tests.stages.stage_runs import split

_PIECES = [
    "第一则：河边的柳树",
    "春天一到，河边的柳树就抽出了新芽，远远望去像一层淡绿色的烟雾，十分好看。",
    "第二则：雨后的操场",
    "一场大雨过后，操场上积了好几处水洼，同学们绕着水洼小心地走进了教学楼。",
    "第三则：外婆的菜园",
    "外婆在院子后面开了一小块菜园，种着青菜、萝卜和辣椒，一年四季都有新鲜的菜吃。",
]

_CONTENTS = ["目录", "第一则", "第二则", "第三则"]


@pytest.mark.parametrize(
    ("sign", "issuer", "published"),
    [
        (["校刊编辑组", "2030年9月1日"], "校刊编辑组", "2030-09-01"),
        (["县文联编辑部", "2029-11-20"], "县文联编辑部", "2029-11-20"),
        (["二〇三一年三月八日"], None, "2031-03-08"),
        (["小编", "2028/6/15"], None, "2028-06-15"),
    ],
    ids=["unit-cn-date", "short-unit-iso", "cn-numeral-date-alone", "slash-date"],
)
def test_a_preface_keeps_its_sign_off(sign: list[str], issuer: str | None, published: str) -> None:
    page = [
        "某某少年文苑",
        "卷首语",
        "本期收录的几篇短文都出自三年级同学之手，我们只改正了错别字，其余保持原样。",
        *sign,
        *_CONTENTS,
        *_PIECES,
    ]
    arts = split(page)
    first = arts[0]
    assert first.title == "卷首语"
    for line in sign:
        assert line in first.text
    assert first.meta.get("published") == published
    if issuer is not None:
        assert first.meta.get("issuer") == issuer
    assert [a.title for a in arts[1:]] == ["河边的柳树", "雨后的操场", "外婆的菜园"]


@pytest.mark.parametrize(
    "promo",
    [
        "注册账号并登录后，即可免费阅读和下载本站全部精选范文，快来体验吧！",
        "成为本站VIP会员，海量优质资料无限制下载，每天更新，先到先得。",
        "签到即送积分，积分可兑换更多优秀作文的完整内容，欢迎大家参与。",
    ],
    ids=["login-download", "vip", "points"],
)
def test_a_lone_site_prompt_is_no_piece(promo: str) -> None:
    page = ["某某作文站", "2030-05-06", promo, *_CONTENTS, *_PIECES]
    arts = split(page)
    assert [a.title for a in arts] == ["河边的柳树", "雨后的操场", "外婆的菜园"]
    assert all(promo not in a.text for a in arts)


@pytest.mark.parametrize(
    "head",
    [
        ["本站说明", "注册账号并登录后，即可免费阅读和下载本站全部精选范文，快来体验吧！"],
        ["这几篇短文是同学们在秋游之后写下的，读来很有生活气息，值得一看。"],
    ],
    ids=["prompt-under-heading", "plain-sentence"],
)
def test_a_headed_or_plain_block_stays_a_piece(head: list[str]) -> None:
    page = ["某某作文站", "2030-05-06", *head, *_CONTENTS, *_PIECES]
    arts = split(page)
    assert len(arts) == 4
    assert head[-1] in arts[0].text
