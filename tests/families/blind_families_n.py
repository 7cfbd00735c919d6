"""Four more invented families for a twelfth blind test of the generic layer (issue 12):
a listed-company announcement site, a university news portal, a health question-and-answer
site and a yearbook archive that transcribes scanned books.

Written blind: without reading the code under test (``cleaner/``, its rules, the benchmarks,
the docs or any test but the generator files of the earlier sets) and without running the
pipeline, any test or any benchmark on them.  The four site kinds each have an earlier
cousin (``sealed_f_gonggao``, ``sealed_f_xueyuan``, ``sealed_f_wenda``,
``sealed_h_fangzhi``); these differ from them, and from every other family here, in header
shapes, metadata layout and place (rows AFTER the body, credential rows inside the body),
chrome wording and page marks:

* ``sealed_n_zhengquan`` (a stock-market portal's announcement pages, GBK, CRLF): ONE code
  row ``证券代码：600317　证券简称：澄湾新材　公告编号：临2018-066`` (single full-width
  spaces, a ``临`` number) ABOVE the full title (``澄湾新材料股份有限公司关于……的公告``); the
  board's guarantee ``本公司董事会及全体董事保证……承担相应的法律责任。``, the ``一、事项概述`` /
  ``二、主要内容`` / ``三、对公司的影响及风险提示`` sections, ``特此公告。``, the sign-off
  ``X股份有限公司董事会`` and an arabic ``2018年11月18日`` date are ONE article and must NOT
  split; compilations (``公告速递（2020年10月3日）``, every item filed that day, each item a
  full text with its own guarantee and sign-off) with ``▍600582 岚峰科技：关于……的公告``
  headers followed by ``（公告编号：临2020-068）``, or ``〔2〕X股份有限公司关于……的公告``
  headers followed by the code row.  Chrome: ``澄湾新材(600317)公告正文_个股公告_岚财网`` (or
  the digest's title), a ``行情 | 资讯 | 股吧 | 数据中心 | 新股`` bar, an index ticker ``上证指数
  3571.55 -0.83%　深证成指 …　创业板指 …``, the digest's blurb ``本页汇总当日……为准。``,
  ``┈┈┈┈┈┈┈┈┈┈┈┈`` between items, an app prompt ``打开岚财APP，……推送 >``, a risk disclaimer
  ``风险提示：股市有风险，投资需谨慎。……``, ``该股其他公告`` / ``近期公告`` items ``※ 简称：关于
  ……的公告　12-05``, footer; page breaks ``‖ 2 ‖``.  Meta: issuer (the sign-off as printed,
  ``X股份有限公司董事会``, as in ``sealed_f_gonggao``), doc_number (公告编号, ``临`` kept),
  published (the sign-off date; the digest's day).
* ``sealed_n_xiaoyuan`` (a university news portal, UTF-8, LF): the bare title (``机电工程学院
  举办春季学术交流月开幕式``) is followed EITHER by ONE credit row ``作者：X　摄影：Y　审核：Z
  点击：[2124]　日期：2023年1月24日`` (pages 0, 4, 7: no unit is named, so no issuer) OR by a
  date row ``2018-03-16　　点击：[1358]`` with the supplying unit in a bracket AFTER the body,
  ``（供稿：经济管理学院　编辑：Y）`` (pages 2, 6); the news paragraphs are ONE article;
  weekly digests (``本周校园要闻（第12期）``) with ``NEWS 01 ｜ 标题`` headers whose item ends
  with ``——外国语学院供稿　2016.6.19``, or ``一周动态之二：标题`` headers (Chinese numerals)
  whose item ends with ``（供稿：学生工作处　编辑：Y　2020年9月23日）``; a digest's items fall
  on consecutive days.  Chrome: the portal banner ``澄江大学新闻网``, a nav bar ``首页　学校要闻
  综合新闻　…``, a ``首页 > 学院新闻 > 正文`` trail (``首页 > 校园周报 > 正文``), the digest's
  name row, ``【关闭】【打印】``, ``« 上一篇：标题`` / ``下一篇 »：标题``, a ``版权所有©2021 ……
  地址：…　邮编：…`` footer and an ``示ICP备……　示公网安备……`` line; no rule between digest
  items; page breaks ``〔分页 2/3〕``.  Meta: issuer (供稿, the unit that supplied the item;
  only where a 供稿 bracket or line names it), published (日期 / the date row / the item's
  closing line); author, photographer, reviewer and editor are left out (persons).
* ``sealed_n_wenyi`` (a health question-and-answer site, UTF-16, CRLF): the question is the
  bare title (``孩子晚上睡觉总出汗是怎么回事？``), followed by ONE asker row ``提问者：老周的闺女
  ｜科室：儿科｜2016-09-02``; the ``病情描述：……`` paragraph, then per doctor a ``医生回答：``
  label, a credential row ``陈若溪　主任医师 · 鹭湾区妇幼保健院　儿科`` and the answer's
  paragraphs are ONE article (two answers on single pages) and must NOT split at the second
  ``医生回答：``; after each question a bar ``👍 有用 44　💬 追问　⚑ 举报``; topic pages
  (``专题｜换季健康提醒（共3问）``) with ``问题2/3：问题？`` headers or ``Q2. 问题？`` headers,
  each followed by the asker row and one answer.  Chrome: ``问题_科室_康问健康网`` (or the topic
  title), a ``康问 › 儿科 › 问答详情`` trail, the 有用 bar, the disclaimer ``以上回答仅供参考，
  不能作为诊断及医疗的依据，……``, ``免费问医生 >　……`` and ``打开康问APP，……`` prompts, ``相关
  问题`` items ``· 问题？（28个回答）``, footer with a licence line; the break mark is a fold
  ``▼ 展开剩余70%`` that cuts an answer mid-sentence (chrome kind ``page_number``).  Meta:
  published (the asker row's date); the asker, the department and the doctors are left out.
* ``sealed_n_nianjian`` (an archive site transcribing yearbooks, GB18030, LF): single pages
  are one 专记 (``2017年城区道路改造专记``): the bare title, an opening paragraph, the
  ``一、基本情况`` / ``二、主要做法`` / ``三、存在的不足`` sections, the compiler's sign-off
  ``栖川市地方志编纂委员会办公室`` and a Chinese-numeral date (ONE article), then the credit
  row ``（撰稿：X　审稿：Y）`` at the FOOT; compilation pages (``栖川年鉴（2022）·条目选录（4
  条）``, four entries on pages 1 and 3, three on page 5, all on one year) with unnumbered
  headers: ``【条目】粮食生产`` followed by the paragraphs and the foot row ``（撰稿：X　审稿：
  Y）``, or ``◎粮食生产`` followed by the paragraphs and the foot row ``资料来源：岑江市档案馆，
  2022年9月`` (a month, no day).  Chrome: ``标题 - 栖川年鉴（2018） - 岑江档案信息网``, a
  ``年鉴库 ▹ 栖川年鉴（2018） ▹ 城乡建设`` trail, ``【原版图像】【文字校对】【引用本条】``, an
  OCR notice ``本库文字由原书扫描识别生成，……``, ``本卷其他条目`` items ``▪ 名称（第295页）``,
  footer; no rule between entries; the scanned book's page marks cut a paragraph
  mid-sentence: ``— 71 —`` on single pages, and on compilations the second entry is cut by
  ``·72·`` followed by the book's running head ``栖川年鉴（2022）`` (kinds ``page_number`` and
  ``header``).  Meta: issuer and published from the 专记's sign-off; on ``◎`` entries issuer
  = the archive of ``资料来源`` (the month gives no published); ``【条目】`` entries carry no
  meta (撰稿 / 审稿 are persons).

Artifacts (exact repairs, :func:`tests.families.blind_c_text.damage`): stray ``?``, a space
inside a CJK word, half-width ``,``, ``○`` for ``〇`` in the 专记's sign-off date, a paragraph
broken mid-sentence by a page mark, a fold or a scanned page mark with running head (single
pages, and one entry of each yearbook compilation).  Truth as
:mod:`tests.families.blind_families_l`: header and metadata rows (the code rows, the
``（公告编号：…）`` rows, the credit and date rows, the ``供稿`` brackets and closing lines,
the asker rows, the doctors' credential rows, the ``撰稿`` and ``资料来源`` foot rows) are
neither content nor chrome; titles lose their numbering and labels (``▍600582 岚峰科技：``,
``〔2〕``, ``NEWS 01 ｜``, ``一周动态之二：``, ``问题2/3：``, ``Q2.``, ``【条目】``, ``◎``);
dates YYYY-MM-DD.  Arguable and fixed here: the board's guarantee sentence is content (part
of the filed text, on every announcement); in a ``▍`` digest item the title is what follows
the colon (``关于……的公告``: the code and short name label the item, the company is named
again in the sign-off); the issuer of an announcement is the board's sign-off, not the bare
company name; metadata printed AFTER the body (``（供稿：…）``, ``——X供稿　2016.6.19``,
``（撰稿：…）``, ``资料来源：…``) is still metadata, neither content nor chrome, and belongs to
the article above it; the ``医生回答：`` labels and ``病情描述：`` are content, the credential
rows are not (a credit, like a byline), and the second answer never starts a new article;
the 有用 bar, the fold, the disclaimer and the app prompts are chrome; the book's running
head after a scanned page mark is chrome; the 专记's compiler and Chinese-numeral date are
content (its sign-off) and give its meta; ``二`` in ``一周动态之二`` and the ``〔2〕`` / ``Q2.``
/ ``NEWS 02`` numbers run down the page, ``2/3`` in ``问题2/3`` counts the questions on the
page; the section labels (``一、事项概述``, ``特此公告。``, ``医生回答：``, ``一、基本情况``)
recur on every page of their family and are still content.  Pages 1, 3 and 5 are
compilations (three documents on 1 and 3 and two on 5; four, four and three entries in
the yearbook), the other five single documents.  ``python -m
tests.families.blind_families_n`` rewrites them and checks the truth against the pages
(:func:`tests.families.blind_write.check_truth`).

Measured blind, once, at ``726ac8c`` (``chrome_bench.py --sealed --per-family --repeat 1``;
one folder and per family gave the same; F1 / residue / titles / counts / repairs /
metadata): nianjian .942 / .072 / .313 / .625 / .862 / .714; wenyi .884 / .082 / .769 / 1.0 /
.889 / 1.0; xiaoyuan .820 / .111 / .385 / .625 / .722 / .130; zhengquan .938 / .108 / .231 /
1.0 / .944 / .744.  Means .896 / .093 / .424 / .813 / .854 / .647: metadata after the body,
code rows above titles and unnumbered entry markers were all unseen.
"""

from __future__ import annotations

from pathlib import Path

from tests.families.blind_c_text import Art, Chrome, Made, cn_small, counter, damage, iso
from tests.families.blind_families_k import _join, _ymd
from tests.families.blind_n_text import (
    AFFAIRS,
    ARCHIVES,
    ASKERS,
    BOARD,
    BOOKS,
    DEPTS,
    DOCTORS,
    EDITORS,
    ENTRIES,
    EVENTS,
    FIRMS,
    HOSPITALS,
    QUESTIONS,
    RANKS,
    SCHOOL_UNITS,
    TOPICS,
    WRITERS,
    GenN,
)
from tests.families.blind_write import BlindFamily, main

HERE = Path(__file__).resolve().parent
ODD = ["cjk_space", "stray_q", "comma"]


def _one(g: GenN, a: Art, i: int, mark: Chrome, zero: bool) -> None:
    """Damage a single document (a page break, maybe ``○``, one odd artifact) and put its
    bare title first in its lines."""
    marks = iter(mark)
    damage(g, a, ["page_break", *(["zero"] if zero else []), ODD[i % 3]], lambda: [next(marks)])
    a.lines = [a.title, *a.lines]


def _shape(i: int, a: str, b: str, big: int = 3) -> tuple[str, int]:
    """Pages 1, 3 and 5 are compilations (``big`` documents on 1 and 3, one fewer on 5)."""
    form = ["single", a, "single", b, "single", a, "single", "single"][i]
    return form, 1 if form == "single" else (big - 1 if i == 5 else big)


def fam_zhengquan(g: GenN, i: int) -> Made:
    """'岚财网': single announcements and 公告速递 digests, a code row above the title."""
    r = g.r
    form, k = _shape(i, "bar", "paren")
    picks = [i % len(FIRMS)] if k == 1 else r.sample(range(len(FIRMS)), k)
    day = None if k == 1 else g.date()
    arts = [
        g.announcement(f, AFFAIRS[(i + 3 * n) % len(AFFAIRS)], day) for n, f in enumerate(picks)
    ]
    if k == 1:
        code, short, _ = FIRMS[picks[0]]
        head: Chrome = [("header", f"{short}({code})公告正文_个股公告_岚财网")]
    else:
        y, m, d = day or g.date()
        head = [("header", f"公告速递（{y}年{m}月{d}日）_岚财网")]
    sh, sz, cy = r.uniform(2900, 3700), r.uniform(9000, 14000), r.uniform(1800, 3100)
    moves = [f"{r.choice('+-')}{r.randint(1, 250) / 100:.2f}%" for _ in range(3)]
    ticker = (
        f"上证指数 {sh:.2f} {moves[0]}　深证成指 {sz:.2f} {moves[1]}　创业板指 {cy:.2f} {moves[2]}"
    )
    head += [("bar", "行情 | 资讯 | 股吧 | 数据中心 | 新股"), ("bar", ticker)]
    if k > 1:
        head.append(("notice", "本页汇总当日部分上市公司公告全文，内容以交易所指定披露媒体为准。"))
    pages = r.randint(2, 6)
    page_no = counter(2, pages, lambda p, t: f"‖ {p} ‖")
    lines: list[str] = []
    chrome: Chrome = []
    _join(lines, chrome, head)
    lines.append("")
    for n, a in enumerate(arts, 1):
        code, short, full = FIRMS[picks[n - 1]]
        no = a.meta["doc_number"]
        if k == 1:
            _one(g, a, i, [("page_number", page_no())], zero=False)
            a.lines.insert(1, BOARD)
            a.page.insert(0, BOARD)
            lines += [
                f"证券代码：{code}　证券简称：{short}　公告编号：{no}",
                a.title,
                "",
                *a.page,
                "",
            ]
        else:
            damage(g, a, [ODD[n % 3]])
            a.lines.insert(0, BOARD)
            a.page.insert(0, BOARD)
            if form == "bar":
                a.title = a.title[len(full) :]  # the header names the company, not the title
                lines += [f"▍{code} {short}：{a.title}", f"（公告编号：{no}）", "", *a.page, ""]
            else:
                row = f"证券代码：{code}　证券简称：{short}　公告编号：{no}"
                lines += [f"〔{n}〕{a.title}", row, "", *a.page, ""]
        chrome += a.chrome
        if n < k:
            _join(lines, chrome, [("bar", "┈┈┈┈┈┈┈┈┈┈┈┈")])
            lines.append("")
    others = r.sample([x for x in AFFAIRS if not any(x in a.title for a in arts)], 3)
    short = FIRMS[picks[0]][1]
    foot: Chrome = [
        ("notice", "打开岚财APP，自选股公告第一时间推送 >"),
        (
            "notice",
            "风险提示：股市有风险，投资需谨慎。本页内容由系统自动转载，不构成任何投资建议。",
        ),
        ("related", "该股其他公告" if k == 1 else "近期公告"),
        *[
            ("related", f"※ {short}：关于{x}的公告　{g.date()[1]:02d}-{r.randint(1, 28):02d}")
            for x in others
        ],
        ("footer", "岚财网　客服热线 400-000-0000　示ICP备00000623号"),
    ]
    _join(lines, chrome, foot)
    return lines, arts, chrome, k > 1


def fam_xiaoyuan(g: GenN, i: int) -> Made:
    """'澄江大学新闻网': single news items and 本周校园要闻 digests, credits after the body."""
    r = g.r
    form, k = _shape(i, "news", "zhi")
    picks = [i] if k == 1 else r.sample(range(len(EVENTS)), k)
    units = [SCHOOL_UNITS[(j + 2) % len(SCHOOL_UNITS)] for j in picks]
    paras = 4 if k == 1 else 2
    arts = [g.news(u, EVENTS[j], paras=paras) for u, j in zip(units, picks, strict=True)]
    if k > 1:  # one week's digest: its items fall on consecutive days
        y, m, d = g.date()
        for n, a in enumerate(arts):
            a.meta["published"] = iso(y, m, min(d, 22) + n)
    head: Chrome = [
        ("header", "澄江大学新闻网"),
        ("bar", "首页　学校要闻　综合新闻　学院动态　媒体澄大　图片新闻"),
    ]
    if k == 1:
        head.append(("header", "首页 > 学院新闻 > 正文"))
    else:
        head += [
            ("header", "首页 > 校园周报 > 正文"),
            ("header", f"本周校园要闻（第{r.randint(3, 18)}期）"),
        ]
    pages = r.randint(2, 4)
    page_no = counter(2, pages, lambda p, t: f"〔分页 {p}/{t}〕")
    lines: list[str] = []
    chrome: Chrome = []
    _join(lines, chrome, head)
    lines.append("")
    for n, a in enumerate(arts, 1):
        y, m, d = _ymd(a)
        unit, ed = units[n - 1], r.choice(EDITORS)
        seen = r.randint(80, 4000)
        if k == 1:
            _one(g, a, i, [("page_number", page_no())], zero=False)
            if i in (0, 4, 7):  # one credit row above the body, no unit named
                who, pic, chk = r.sample(EDITORS, 3)
                row = (
                    f"作者：{who}　摄影：{pic}　审核：{chk}　点击：[{seen}]　日期：{y}年{m}月{d}日"
                )
                lines += [a.title, row, "", *a.page, ""]
            else:  # the date above, the supplying unit in a bracket after the body
                a.meta["issuer"] = unit
                lines += [a.title, f"{iso(y, m, d)}　　点击：[{seen}]", "", *a.page]
                lines += [f"（供稿：{unit}　编辑：{ed}）", ""]
        else:
            damage(g, a, [ODD[n % 3]])
            a.meta["issuer"] = unit
            if form == "news":
                lines += [
                    f"NEWS {n:02d} ｜ {a.title}",
                    "",
                    *a.page,
                    f"——{unit}供稿　{y}.{m}.{d}",
                    "",
                ]
            else:
                tail = f"（供稿：{unit}　编辑：{ed}　{y}年{m}月{d}日）"
                lines += [f"一周动态之{cn_small(n)}：{a.title}", "", *a.page, tail, ""]
        chrome += a.chrome
    others = [f"{SCHOOL_UNITS[j % 8]}{EVENTS[j]}" for j in range(8) if j not in picks][:2]
    foot: Chrome = [
        ("bar", "【关闭】【打印】"),
        ("related", f"« 上一篇：{others[0]}"),
        ("related", f"下一篇 »：{others[1]}"),
        ("footer", "版权所有©2021 澄江大学党委宣传部　地址：栖川市学府路88号　邮编：000000"),
        ("footer", "示ICP备00000742号-1　示公网安备00000000000742号"),
    ]
    _join(lines, chrome, foot)
    return lines, arts, chrome, k > 1


def fam_wenyi(g: GenN, i: int) -> Made:
    """'康问健康网': single questions with doctors' answers and 专题 pages of several."""
    r = g.r
    form, k = _shape(i, "frac", "q")
    picks = [i] if k == 1 else r.sample(range(len(QUESTIONS)), k)
    arts = [g.question(q, answers=2 if k == 1 else 1) for q in picks]
    topic = TOPICS[i % len(TOPICS)]
    if k == 1:
        head: Chrome = [
            ("header", f"{arts[0].title}_{DEPTS[i]}_康问健康网"),
            ("header", f"康问 › {DEPTS[i]} › 问答详情"),
        ]
    else:
        head = [
            ("header", f"专题｜{topic}（共{k}问）_康问健康网"),
            ("header", "康问 › 健康专题 › 问答合集"),
        ]
    page_no = counter(1, 4, lambda p, t: f"▼ 展开剩余{90 - 20 * p}%")
    lines: list[str] = []
    chrome: Chrome = []
    _join(lines, chrome, head)
    lines.append("")
    for n, a in enumerate(arts, 1):
        dept = DEPTS[picks[n - 1]]
        docs = iter(r.sample(DOCTORS, 2))
        row = f"提问者：{r.choice(ASKERS)}｜科室：{dept}｜{a.meta['published']}"
        if k == 1:
            _one(g, a, i, [("page_number", page_no())], zero=False)
            lines += [a.title, row, ""]
        else:
            damage(g, a, [ODD[n % 3]])
            hdr = f"问题{n}/{k}：{a.title}" if form == "frac" else f"Q{n}. {a.title}"
            lines += [hdr, row, ""]
        for x in a.page:
            lines.append(x)
            if x == "医生回答：":  # the answering doctor's credential row (neither)
                doc, rank, hosp = next(docs), r.choice(RANKS), r.choice(HOSPITALS)
                lines.append(f"{doc}　{rank} · {hosp}　{dept}")
        chrome += a.chrome
        _join(lines, chrome, [("bar", f"👍 有用 {r.randint(2, 400)}　💬 追问　⚑ 举报")])
        lines.append("")
    others = [q for j, q in enumerate(QUESTIONS) if j not in picks][:3]
    foot: Chrome = [
        ("notice", "以上回答仅供参考，不能作为诊断及医疗的依据，身体不适请及时线下就医。"),
        ("notice", "免费问医生 >　三甲医院医生在线解答"),
        ("notice", "打开康问APP，随时随地问医生"),
        ("related", "相关问题"),
        *[("related", f"· {q}（{r.randint(2, 30)}个回答）") for q in others],
        ("footer", "康问健康网　互联网药品信息服务资格证书（示）-非经营性-0000-0000"),
    ]
    _join(lines, chrome, foot)
    return lines, arts, chrome, k > 1


def fam_nianjian(g: GenN, i: int) -> Made:
    """'岑江档案信息网': single 专记 and yearbook entry selections with credits at the foot."""
    r = g.r
    form, k = _shape(i, "tiao", "ring", big=4)
    year = r.randint(2012, 2022)
    book = f"栖川年鉴（{year + 1}）"
    picks = [i] if k == 1 else r.sample(range(len(ENTRIES)), k)
    arts = [g.entry(j, year, long=k == 1) for j in picks]
    sect = BOOKS[picks[0]]
    if k == 1:
        head: Chrome = [
            ("header", f"{arts[0].title} - {book} - 岑江档案信息网"),
            ("header", f"年鉴库 ▹ {book} ▹ {sect}"),
        ]
    else:
        head = [
            ("header", f"{book}·条目选录（{k}条） - 岑江档案信息网"),
            ("header", f"年鉴库 ▹ {book} ▹ 条目选录"),
        ]
    head += [
        ("bar", "【原版图像】【文字校对】【引用本条】"),
        ("notice", "本库文字由原书扫描识别生成，难免错漏，引用时请以纸本为准。"),
    ]
    first = r.randint(40, 300)
    lines: list[str] = []
    chrome: Chrome = []
    _join(lines, chrome, head)
    lines.append("")
    for n, a in enumerate(arts, 1):
        pen, check = r.sample(WRITERS, 2)
        credit = f"（撰稿：{pen}　审稿：{check}）"
        if k == 1:
            _one(g, a, i, [("page_number", f"— {first} —")], zero=True)
            lines += [a.title, "", *a.page, credit, ""]
        else:
            marks: Chrome = [("page_number", f"·{first + n}·"), ("header", book)]
            kinds = ["page_break", ODD[n % 3]] if n == 2 else [ODD[n % 3]]
            damage(g, a, kinds, lambda marks=marks: marks)
            if form == "tiao":
                lines += [f"【条目】{a.title}", *a.page, credit, ""]
            else:
                archive = r.choice(ARCHIVES)
                a.meta["issuer"] = archive
                src = f"资料来源：{archive}，{year + 1}年{r.randint(3, 11)}月"
                lines += [f"◎{a.title}", *a.page, src, ""]
        chrome += a.chrome
    others = [e for j, e in enumerate(ENTRIES) if j not in picks][:3]
    foot: Chrome = [
        ("related", "本卷其他条目"),
        *[("related", f"▪ {e}（第{r.randint(20, 400)}页）") for e in others],
        ("footer", "岑江市档案馆主办　地址：岑江市文昌路6号　示ICP备00000915号"),
    ]
    _join(lines, chrome, foot)
    return lines, arts, chrome, k > 1


FAMILIES = [
    BlindFamily("sealed_n_zhengquan", "sealed", "gbk", "\r\n", 8, fam_zhengquan),
    BlindFamily("sealed_n_xiaoyuan", "sealed", "utf-8", "\n", 8, fam_xiaoyuan),
    BlindFamily("sealed_n_wenyi", "sealed", "utf-16", "\r\n", 8, fam_wenyi),
    BlindFamily("sealed_n_nianjian", "sealed", "gb18030", "\n", 8, fam_nianjian),
]


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=1400, gen=GenN)
