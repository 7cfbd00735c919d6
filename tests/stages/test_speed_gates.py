"""Cheap gates put in front of pure tests for speed (issue 15): each answers exactly as
the test it gates.  Every word is invented.

* ``split_reply.answering_row`` first asks whether the row holds an answer word at all
  (a label is a piece of the row: no word in the row, none in a label);
* ``boilerplate_site.site_repeat`` looks each distinct line up once in the site's
  learned chrome (``Learned.match`` is pure in the line and the page title).
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cleaner.stages import split_reply
from cleaner.stages.boilerplate_claims import Claim
from cleaner.stages.boilerplate_config import BoilerplateConfig
from cleaner.stages.boilerplate_site import site_repeat
from cleaner.stages.site_judge import Learned, LearnedLine


def _answering_row_ungated(row: str) -> bool:
    labels = split_reply._LABELS.findall(row)
    words = split_reply._answer_words()
    return len(labels) >= 2 and all(any(w in lab for w in words) for lab in labels)


_CELLS = st.sampled_from(
    ["答复单位", "回复时间", "答复时间", "来信人", "回复专家", "某局", "：", ":", "　", " ", "办理"]
)


@given(row=st.lists(_CELLS, max_size=12).map("".join))
def test_answering_row_gate_answers_as_before(row: str) -> None:
    assert split_reply.answering_row(row) == _answering_row_ungated(row)


def test_answering_row_cases() -> None:
    assert split_reply.answering_row("答复单位：甲局　答复时间：2022-05-06")
    assert not split_reply.answering_row("来信人：乙　答复时间：2022-05-06")  # one asks
    assert not split_reply.answering_row("办理单位：甲局　办理时间：2022-05-06")  # no answer word


class _Counting:
    """A ``Learned`` stand-in that counts its look-ups."""

    def __init__(self, learned: Learned) -> None:
        self.learned, self.calls = learned, 0

    def match(self, line: str, title: str) -> LearnedLine | None:
        self.calls += 1
        return self.learned.match(line, title)


class _Profiles:
    def __init__(self, learned: object) -> None:
        self._learned = learned

    def learned(self, site: str, config: BoilerplateConfig) -> object:
        return self._learned


def test_site_repeat_looks_each_line_up_once() -> None:
    chrome = LearnedLine("返回顶部", "line", "line", 9, 90.0, ("返回顶部",), signals=("menu",))
    learned = Learned("s", 10, {"返回顶部": chrome}, {})
    page = [
        "青石镇的春天",
        "返回顶部",
        "镇上的面馆五点开门，汤底要熬一整夜。",
        "小标题",
        "返回顶部",
    ]
    plain_claims: dict[int, Claim] = {}
    plain = site_repeat(
        _Profiles(learned), BoilerplateConfig(), "s", page, plain_claims, ("小标题",)
    )  # type: ignore[arg-type]
    counting = _Counting(learned)
    claims: dict[int, Claim] = {}
    got = site_repeat(_Profiles(counting), BoilerplateConfig(), "s", page, claims, ("小标题",))  # type: ignore[arg-type]
    assert got == plain and repr(claims) == repr(plain_claims)
    assert 4 in claims  # the chrome line
    assert 2 not in claims  # a line of prose the site never printed stays
    assert counting.calls == len({s for s in page if s})  # one look-up per distinct line
