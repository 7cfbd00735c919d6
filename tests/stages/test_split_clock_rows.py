"""Compilations whose pieces a recurring row marks (issue 12, splitclock): the row's shape
recurs down the page over (or beside) each title, in any wording; the title is the line
the row attaches to.

* signed values (``+0.43``, ``-0.49``, ``−3``) are one number token in a row's shape
  (:func:`split_piece_find.row_key`, :func:`split_shape_lines.shape`), and a strip of
  cells may be longer than a bare row: a gauge's daily strips of five cells split;
* the generic finder's opening rows outrank the site's memory
  (:mod:`cleaner.stages.finder_rows`): a time-window row whose words are the site's
  commonest is learned as chrome on its own, and the run it belongs to stays whole;
* a posting row over each question, with a sign-off closing each answer: the question
  is the title however long it is (:func:`split_shape_closing._titles_under_rows`);
* a serial line over each title over a row of fields: the title is the line under the
  serial (:func:`split_shape_run._under_serials`).

Look-alikes that must not fire: one notice listing several timed events, one article
with a table of signed readings, a player's widget under every piece (still the
site's), an article's chapter headings over a subtitle (the serial reader leaves
them), a serial printed again, a kicker without a number.  Every word is invented.
"""

from __future__ import annotations

from cleaner.edits import Editor
from cleaner.stages.finder_rows import finder_rows
from cleaner.stages.split import SplitStage
from cleaner.stages.split_piece_find import row_key
from cleaner.stages.split_shape_lines import shape
from tests.stages.stage_runs import boil, site_stage


def _split(lines: list[str]) -> list:
    return SplitStage()(Editor("p", "\n".join(lines) + "\n"))


def _titles(lines: list[str]) -> list[str]:
    return [a.title for a in _split(lines)]


# ---- signed numbers ------------------------------------------------------------------


def test_a_signed_value_is_one_number_in_a_rows_shape() -> None:
    rise = "▍2021.04.02 08:00 ┃ 某站 ┃ 水位 31.20 m ┃ 日变幅 +0.43 m"
    fall = "▍2021.04.03 08:00 ┃ 某站 ┃ 水位 30.71 m ┃ 日变幅 -0.49 m"
    assert row_key(rise) == row_key(fall)
    assert shape(rise) == shape(fall)
    assert shape("气温 −3 ℃") == shape("气温 12 ℃")
    # a dash between figures or after a letter stays a symbol
    assert row_key("2021-04-02") == "N-N-N" and row_key("A-1") == "L-N"
    assert shape("07-11 06:30") == "N-NN:N"


GAUGE_TITLES = ["北渡站水位回落，仍超警戒0.20米", "北渡站水位继续上涨", "北渡站水位再度上涨"]


def _gauge(signs: list[str]) -> list[str]:
    page = ["某县水文信息网", "北渡站水位公报汇总", ""]
    for k, (sign, title) in enumerate(zip(signs, GAUGE_TITLES, strict=True)):
        page += [
            f"▍2021.04.0{k + 2} 08:00 ┃ 北渡站 ┃ 水位 3{k}.20 m ┃ 日变幅 {sign}0.4{k} m"
            " ┃ 警戒 30.00 m",
            title,
            f"四月{k + 1}日八时至{k + 2}日八时，流域普降小到中雨，面平均雨量十一毫米，"
            "上游来水有所变化。",
            f"本站{k + 2}日八时实测水位较前日同时变化零点四米，相应流量每秒一千二百立方米左右。",
            "据分析，预计未来二十四小时本站水位仍将小幅波动，请沿河单位加强巡查，及时上报险情。",
            "",
        ]
    return [*page, "版权所有　某县水文站"]


def test_long_strips_with_rising_and_falling_values_split() -> None:
    assert _titles(_gauge(["-", "+", "+"])) == GAUGE_TITLES
    assert _titles(_gauge(["+", "-", "+"])) == GAUGE_TITLES


def test_a_table_of_signed_readings_in_one_article_stays_whole() -> None:
    page = [
        "北渡站四月上旬水情综述",
        "四月上旬流域普降小到中雨，面平均雨量比常年同期偏多三成，北渡站水位先涨后落。",
        "▍04.02 ┃ 北渡站 ┃ 水位 31.20 m ┃ 日变幅 +0.43 m ┃ 警戒 30.00 m",
        "▍04.03 ┃ 北渡站 ┃ 水位 30.71 m ┃ 日变幅 -0.49 m ┃ 警戒 30.00 m",
        "▍04.04 ┃ 北渡站 ┃ 水位 30.95 m ┃ 日变幅 +0.24 m ┃ 警戒 30.00 m",
        "中旬以后降雨减少，预计水位将逐步回落到警戒水位以下，请沿河单位继续加强巡查。",
    ]
    assert len(_split(page)) == 1


# ---- time-window rows the site's memory took -------------------------------------------

KINDS = ["例行检修", "例行检修", "线路迁改"]
LINES_ = ["甲", "乙", "丙", "丁", "戊", "己"]


def _outages(n: int, kinds: list[str]) -> list[str]:
    page = ["某县供电公司　｜　停电信息", f"停电公告（第{n + 1}期）", ""]
    for k, kind in enumerate(kinds):
        name = LINES_[(n + k) % len(LINES_)]
        page += [
            f"◷ 0{k + 3}-{10 + n} 0{6 + k}:30 至 0{k + 3}-{10 + n} 1{2 + k}:00　｜　{kind}",
            f"10千伏{name}线{name}村支线计划停电",
            f"停电范围：{name}村支线所带沿线零散用户和{name}村小学，涉及公用变压器{3 + k}台。",
            f"工作内容：更换{name}村支线老化导线和破损绝缘子，本次工作结束后供电可靠性将进一步提高。",
            "温馨提示：请沿线客户提前做好生产生活安排，给您带来的不便敬请谅解。",
            "",
        ]
    return [*page, "供电服务热线：95598", "版权所有　某县供电公司"]


def test_a_window_row_the_site_learned_stays_with_its_run() -> None:
    pages = [_outages(n, KINDS) for n in range(6)]
    stage = site_stage(pages)
    kept = boil(pages[0], stage, site="s")
    rows = [s for s in kept.splitlines() if s.startswith("◷")]
    assert len(rows) == 3
    titles = _titles(kept.splitlines())
    assert titles == [
        "10千伏甲线甲村支线计划停电",
        "10千伏乙线乙村支线计划停电",
        "10千伏丙线丙村支线计划停电",
    ]


def test_finder_rows_keeps_the_opening_rows_and_titles_only() -> None:
    page = _outages(0, KINDS)
    got = finder_rows(page, {3})
    assert {page[i] for i in got} == {
        *(s for s in page if s.startswith("◷")),
        *(s for s in page if s.endswith("计划停电")),
    }
    assert finder_rows(page, {len(page) - 1}) == set()  # the footer: no row of the run


def test_one_notice_listing_timed_events_keeps_nothing() -> None:
    notice = [
        "某县供电公司　｜　停电信息",
        "关于春季检修期间分时段停电的通知",
        "因春季检修需要，城关镇部分线路将分时段停电，具体安排如下。",
        "◷ 03-10 06:30 至 03-10 12:00　｜　例行检修",
        "城东片区。",
        "◷ 03-11 06:30 至 03-11 12:00　｜　例行检修",
        "城西片区。",
        "◷ 03-12 06:30 至 03-12 12:00　｜　线路迁改",
        "城北片区。",
        "停电期间请将线路设备视为带电设备，严禁攀爬电杆，给您带来的不便敬请谅解。",
        "版权所有　某县供电公司",
    ]
    assert finder_rows(notice, {3}) == set()
    assert len(_split(notice)) == 1


def test_a_widget_under_every_piece_stays_the_sites() -> None:
    # the split cuts these pages without the widget row: the row is no cut point
    def page(n: int) -> list[str]:
        out = ["某电台　｜　节目回听", ""]
        for k in range(3):
            out += [
                f"第{n * 3 + k + 1}期　把旧厂房改成社区书店{k}",
                "这一期我们请来了一位在旧厂房里开书店的年轻人，聊聊她这几年的经历和变化。",
                "她说书店最难的不是卖书，而是让周围的邻居愿意走进来坐一坐、翻一翻。",
                "节目最后，她给想开小店的听众提了三条建议，都是她自己踩过的坑。",
                f"▶ 播放本期　　⬇ 下载音频　　💬 {10 + n + k} 条留言",
                "",
            ]
        return [*out, "版权所有　某电台"]

    pages = [page(n) for n in range(6)]
    first = pages[0]
    widgets = {i for i, s in enumerate(first) if s.startswith("▶")}
    assert finder_rows(first, widgets) == set()


# ---- a posting row over a long question, a sign-off under each answer ------------------

QUESTIONS = [
    "加装电梯的费用能否用本人和配偶的住房公积金一起支付？",
    "偿还商业贷款能否按月提取住房公积金？",
    "为父母购房可以提取本人名下的住房公积金吗？",
]


def _faq(rows: list[str]) -> list[str]:
    page = ["某市公积金中心　｜　知识库", "提取类常见问题（本页共3问）", ""]
    for k, (row, q) in enumerate(zip(rows, QUESTIONS, strict=True)):
        page += [
            row,
            q,
            "答：依据中心现行的管理办法，按实际分摊金额提取，具体以系统审核结果为准。",
            "需要注意的是，业务办理时如职工还存在未结清的贷款，应先与贷款经办网点核对。",
            f"（答复：政策法规科　2019-02-2{k + 1}）",
            "",
        ]
    return [*page, "其他分类：贷款类　缴存类"]


def test_the_question_under_a_posting_row_is_the_title() -> None:
    rows = [f"【Q1{k}】　标签：提取 / 材料{k}　　{90 + k}人觉得有用" for k in range(3)]
    assert _titles(_faq(rows)) == QUESTIONS
    other = [f"【问{300 + k}】　栏目：贷款　阅读 {300 + k}" for k in range(3)]  # another site
    assert _titles(_faq(other)) == QUESTIONS
    brackets = [f"［Q{k + 1}］ 标签：提取　{300 + k}人觉得有用" for k in range(3)]
    assert _titles(_faq(brackets)) == QUESTIONS


# ---- a serial line over each title -----------------------------------------------------

IDIOMS = [
    ("〖0201〗 shǒu zhū dài tù", "守株待兔"),
    ("〖0202〗 huà shé tiān zú", "画蛇添足"),
    ("〖0203〗 kè zhōu qiú jiàn", "刻舟求剑"),
]


STORIES = [
    (
        "比喻死守狭隘的经验，不知道变通。",
        "宋国有个农夫，见一只兔子撞死在树桩上，从此天天守在树旁等兔子。",
    ),
    (
        "比喻做了多余的事，反而不恰当。",
        "几个人比赛画蛇，先画好的人又给蛇添上了脚，结果输掉了一壶酒。",
    ),
    (
        "比喻拘泥成例，不知道变通。",
        "楚国人过江时剑掉进水里，他在船边刻下记号，船停后照着记号下水找剑。",
    ),
]


def _cards(heads: list[tuple[str, str]]) -> list[str]:
    page = ["某成语网　｜　成语故事", "成语故事　本栏编辑：某甲　更新于 2018年10月7日", ""]
    for k, ((serial, title), (gloss, story)) in enumerate(zip(heads, STORIES, strict=True)):
        page += [
            serial,
            title,
            f"感情色彩：贬义　｜　简拼：{'SHK'[k]}ZDT　｜　字数：4",
            f"释义：{gloss}",
            f"典故：{story}后人用这个故事说明一个道理。",
            f"例句：老师在课堂上讲了“{title}”的故事，同学们听完都说从中明白了一个道理。",
            "",
        ]
    return [*page, "版权所有　某成语网"]


def test_the_line_under_a_serial_is_the_title() -> None:
    got = _titles(_cards(IDIOMS))
    assert got == [t for _, t in IDIOMS]


def test_under_serials_moves_titles_off_serial_lines_only() -> None:
    from cleaner.stages.split_shape_lines import ShapeMemo
    from cleaner.stages.split_shape_run import _under_serials

    row = "感情色彩：贬义　｜　字数：4"
    page = [
        "〖0201〗 shǒu zhū",
        "守株待兔",
        row,
        "〖0202〗 huà shé",
        "画蛇添足",
        row,
        "〖0203〗 kè zhōu",
        "刻舟求剑",
        row,
    ]
    filled = list(range(len(page)))
    pos = {i: i for i in filled}
    rows = [2, 5, 8]
    # the finder's titles: on the serial (tones read as words) or on the idiom
    assert _under_serials(page, filled, pos, rows, [0, 4, 6], ShapeMemo(None)) == [1, 4, 7]
    # the same serial printed again: no serial of each piece's own
    same = [s if not s.startswith("〖") else "〖0201〗 shǒu zhū" for s in page]
    assert _under_serials(same, filled, pos, rows, [0, 3, 6], ShapeMemo(None)) == [0, 3, 6]
    # an enumerated heading over a subtitle: the heading is the title
    chap = [
        "第十一章　船票",
        "那一年冬天的事",
        row,
        "第十二章　冬至",
        "雪夜里的来客",
        row,
        "第十三章　钟声",
        "老街的早晨",
        row,
    ]
    assert _under_serials(chap, filled, pos, rows, [0, 3, 6], ShapeMemo(None)) == [0, 3, 6]
    # a line without a number over each title: no serial
    kick = [
        s.replace("〖0201〗", "〖甲〗").replace("〖0202〗", "〖乙〗").replace("〖0203〗", "〖丙〗")
        for s in page
    ]
    assert _under_serials(kick, filled, pos, rows, [0, 3, 6], ShapeMemo(None)) == [0, 3, 6]
