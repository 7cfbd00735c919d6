"""Four more invented families for a thirty-second blind test of the generic layer: a user
group's mailing-list digest (plain text, UTF-8, LF; every page a compilation whose messages
open with a ``消息：3`` row over ``日期：`` / ``发件人：`` / ``主题：`` / ``邮件编号：`` header
rows), a county government's standing-meeting minutes as text taken from the PDF on its
portal (plain text, GB18030, CRLF; the PDF's ``－ 2 －`` folios cut sentences), a bilingual
podcast's episode pages (HTML, UTF-8 with BOM, LF; the title in an ``<h1>`` under a
``Vol.42`` line or in a ``<div>`` after the player bar, prefixed ``Vol.42｜``) and a community
college's course catalogue (plain text, UTF-16 with BOM, CRLF; traditional letters; the title
as the value of a ``課程名稱：`` row, as a plain line, or under a ``No.1　課程代碼 X`` row).

Written blind: without reading the code under test (``cleaner/``, its rules, the benchmarks,
the docs or any test but the generator files of the earlier sets) and without running the
pipeline, any test or any benchmark on them; they differ from every family already here in
site kind, header shapes, title placement, metadata layout and labels, chrome wording, page
marks and encoding.  On the HTML pages the truth's lines are the page's VISIBLE text lines
(:func:`tests.families.blind_write.visible_lines`).

* ``sealed_zh_youjian`` ('蓼汀开源用户组' mailing list ``liaoting-users``, plain text, UTF-8,
  LF; every page a compilation of 3, 4, 2, 3, 5, 2, 4, 3 messages): the digest head
  ``liaoting-users 邮件列表摘要，第 12 卷，第 7 期``, the submission address and the listinfo
  address (``header``), a reply-etiquette line (``notice``), ``本期主题：`` and one line per
  message ``　1. 主题 (发件人)`` (``header``: the digest's table of contents), a long dashed
  rule (``bar``).  Per message: ``消息：1`` (``header``), then ``日期：2021-03-09 21:14:05
  +0800``, ``发件人：X <x@…>``, ``主题：[liaoting-users] X`` (``Re: `` after the tag on
  replies) and ``邮件编号：<…>`` (metadata rows, neither), the greeting, one or two paragraphs,
  sometimes an English line, ``谢谢！`` / ``仅供参考。`` and the sender's name: one article,
  titled by the bare subject (no list tag, no ``Re: ``), which stands only in the
  ``主题：`` row (so the title is no content line of its own).  A short dashed rule (``bar``) after
  each message; the digest footer (``主题：摘要页脚``, an underscore rule, the list's name,
  address and archive, ``… 到此结束`` and a star rule) is ``footer``.  Damage: one kind
  (``cjk_space`` / ``comma`` / ``stray_q``) in one message per page, a second kind in
  another message on pages 2 and 5; no page breaks.  Meta per message: published (the
  date row), author (the sender's name, without the address).
* ``sealed_zh_jiyao`` ('蓼汀县人民政府' portal showing minutes taken from their PDF, plain
  text, GB18030, CRLF): the page title line ``县政府第十二次常务会议纪要-蓼汀县人民政府`` and
  a ``　>　`` trail (``header``), ``【字号：大 中 小】　【打印本页】　【关闭窗口】`` (bar).
  Even pages: a card ``索引号：…　主题分类：综合政务`` / ``发布机构：X　生成日期：2021-03-10``
  / ``文　　号：蓼政纪〔2021〕12号``, then the PDF's masthead ``蓼汀县人民政府常务会议纪要`` /
  ``第12期`` / ``蓼汀县人民政府办公室　　2021年3月10日`` / a ``━`` rule (all metadata rows,
  neither), then the title.  Odd pages: the title first, then ONE row ``发文机关：X　｜　文号：
  …　｜　发布日期：2021-03-10`` (neither).  The opening paragraph (the meeting day, the chair),
  three ``一、研究X工作`` heads each with a ``会议听取了……会议指出……`` and a ``会议要求……``
  paragraph, the rows ``出席：`` / ``列席：`` / ``请假：`` / ``记录：``, the ``抄送：`` line and
  the ``X　　　2021年3月10日印发`` line are ONE article (a formal document's parts, as a
  notice's sign-off).  Page breaks: the PDF folio ``－ 2 －`` (then ``－ 3 －``;
  ``page_number``) stands alone between blank lines and cuts a sentence between two CJK
  letters (one break on pages 0, 2, 4, 6; two on 3 and 7; none on 1 and 5).  Damage: one
  kind per page (two on pages 1 and 5).  Chrome at the end: ``前一篇：X`` / ``后一篇：Y``
  (``related``), a repost ``notice``, two footer lines with an ICP number.  Meta: published
  (the issue date, the day after the meeting), issuer (the office), doc_number (文号).
* ``sealed_zh_shouting`` ('回声小馆 Echo Nook' podcast, HTML, UTF-8 with BOM, LF): logo and
  ``首页 · 全部节目 · 主播们 · 关于 · 商务合作`` (``header``).  Even pages: ``Vol.42``
  (neither) over the ``<h1>`` title over ``2021-03-09　·　时长 58:12　·　主播：X``
  (neither), then the player ``▶ 播放　00:00 / 58:12　倍速 1.0×`` (bar).  Odd pages: ``X 主持
  ｜　2021年3月9日更新`` (neither), the player (bar), then ``<div class="ep-title">Vol.42｜
  标题</div>`` (the title is the part after ``｜``; a header row, so on odd pages the title
  is no content line).  ``在这些平台收听：声屿FM | 橙盒播客 | RSS``
  (bar) and ``本期 Show Notes`` (``header``) precede the notes: two Chinese paragraphs, the
  English summary line, ``本期嘉宾：X``, ``时间轴 Timeline`` with four ``12:05　…`` rows,
  ``本期提到：《X》、《Y》`` and the theme-music credit: ONE article.  Chrome after: a tip bar
  ``喜欢这期节目？给我们充个电 ⚡ 赞赏``, ``听友留言（N）`` and comment rows (``notice``, as set
  o's comment thread) on pages 0, 2, 3, 5, 6, ``往期节目推荐`` and three titles (``related``),
  two footer lines.  Damage: one kind per page in a Chinese paragraph.  Meta: published,
  author (the host).
* ``sealed_zh_kecheng`` ('瀾港社區大學' course catalogue, plain text, UTF-16 with BOM, CRLF;
  traditional letters): ``瀾港社區大學　｜　113學年度第1學期 課程查詢`` and ``首頁 > 課程查詢
  > X學程 > 課程介紹`` (``header``), ``列印本頁　｜　加入選課清單　｜　分享給朋友`` (bar).
  Pages 0, 2, 4, 6: a label card ``課程名稱：X`` (the title is its value: no content line) /
  ``課程代碼：`` / ``授課講師：`` / ``上課時間：`` / ``上課地點：`` / ``學分／學費：`` / ``公告日期：2021/3/9``
  (all neither).  Pages 3 and 7: the title as a plain line over ONE row ``講師：X　｜　每週三
  晚間　｜　2學分　｜　公告 2021/3/9`` (neither).  The body ``【課程簡介】`` with paragraphs,
  ``【課程大綱】`` with three ``第1週　…`` rows, ``【講師介紹】``, ``【注意事項】`` with ``1. …``
  items: ONE article.  Compilations (pages 1: three, 5: two courses of one 學程): ``X學程
  本學期開課一覽（共3門）`` (``header``), per course ``No.1　課程代碼 L2107`` (``header``, the
  per-piece tag row) over the title over ``講師：X　｜　週三晚間　｜　公告日期：2021/3/9``
  (neither) and a ``【課程簡介】`` with one paragraph.  Chrome at the end: a ``※`` notice, two
  footer lines.  Damage: one kind on single pages, one in one course on page 5.  Meta:
  published (公告日期), author (the teacher).

Truth as :mod:`tests.families.blind_families_zf`: header and metadata rows are neither
content nor chrome; titles are bare; dates YYYY-MM-DD; a compilation's header lines are
chrome of kind ``header``, its per-piece rows are metadata.  Arguable and fixed here: a
digest's table of contents and each ``消息：N`` row are ``header`` while a message's own
header rows are metadata; a reply's title drops ``Re: ``; a title that stands only inside a
row (``主题：``, ``Vol.42｜``, ``課程名稱：``) is not a content line, as set g's bracketed
headers; the sender's name closing a message
is content; the minutes' masthead is metadata and its attendance and distribution lines are
content; a podcast's timeline rows, guest line and music credit are content while its player
and platform rows are bars; a course's label card is metadata (the course code, time, place
and fee have no key).  Compiled pages: every ``youjian`` page and ``kecheng`` pages 1 and 5;
``jiyao`` and ``shouting`` are single documents.  ``python -m
tests.families.blind_families_zh`` (seed base 3400) rewrites them and checks the truth
against the pages.

Measured blind, once, at main ``04e2eb2`` (code of ``3f6cec0``, after this session's second
round; ``chrome_bench.py --sealed --per-family --repeat 1``; F1 / residue / titles / counts /
repairs / metadata; all pages in one folder and one folder per family gave the same rows):
jiyao .936/.056/.500/1.0/1.0/.833; kecheng .913/.164/.455/1.0/1.0/.227; shouting
.805/.070/.500/1.0/1.0/.500; youjian .582/.780/0.0/0.0/1.0/0.0.  Means
.809/.267/.364/.750/1.0/.390.
"""  # noqa: E501

from __future__ import annotations

from html import escape
from pathlib import Path

from tests.families.blind_c_text import Art, Chrome, Made, cn_small, counter, damage, iso
from tests.families.blind_o_text import Html, put, ymd
from tests.families.blind_write import BlindFamily, main
from tests.families.blind_zh_text import (
    COLLEGE,
    COUNTY,
    COURSES,
    EPISODES,
    LIST,
    LISTENERS,
    MAILERS,
    OFFICE,
    PLACES_K,
    SAYS,
    SHOW,
    SUBJECTS,
    TRACKS,
    WEEK,
    GenZH,
)

HERE = Path(__file__).resolve().parent
ODD = ["cjk_space", "comma", "stray_q"]


# -- 1. the mailing-list digest ------------------------------------------------------------

MSGS = [3, 4, 2, 3, 5, 2, 4, 3]
HOST = "lists.liaoting.example"


def fam_youjian(g: GenZH, i: int) -> Made:
    """'liaoting-users' mailing-list digests, UTF-8 text; every page a compilation."""
    r = g.r
    k = MSGS[i]
    g.month(k, newest_first=False)
    subj = r.sample(range(len(SUBJECTS)), k)
    whos = [r.choice(MAILERS) for _ in range(k)]
    replies = [n > 0 and r.random() < 0.4 for n in range(k)]
    arts = [g.message(j, w, reply=rp) for j, w, rp in zip(subj, whos, replies, strict=True)]
    hurt = r.sample(range(k), 2)
    damage(g, arts[hurt[0]], [ODD[i % 3]])
    if i in (2, 5):
        damage(g, arts[hurt[1]], [ODD[(i + 1) % 3]])
    vol, issue = 9 + i // 3, 2 + 5 * i % 23
    head = f"{LIST} 邮件列表摘要，第 {vol} 卷，第 {issue} 期"
    lines: list[str] = []
    chrome: Chrome = []
    put(lines, chrome, [("header", head)])
    put(lines, chrome, [("header", f"投稿请发送至：{LIST}@{HOST}")])
    info = f"订阅、退订或修改设置：https://{HOST}/mailman/listinfo/{LIST}"
    put(lines, chrome, [("header", info)])
    put(
        lines,
        chrome,
        [("notice", "回复摘要里的某封邮件时，请把主题改成具体内容，不要直接沿用摘要的主题。")],
    )
    lines.append("")
    put(lines, chrome, [("header", "本期主题：")])
    toc = [
        f"　{n}. {'Re: ' if rp else ''}{a.title} ({a.meta['author']})"
        for n, (a, rp) in enumerate(zip(arts, replies, strict=True), 1)
    ]
    put(lines, chrome, [("header", x) for x in toc])
    lines.append("")
    put(lines, chrome, [("bar", "-" * 70)])
    for n, (a, rp) in enumerate(zip(arts, replies, strict=True), 1):
        y, m, d = ymd(a)
        who = a.meta["author"]
        mail = "".join(c for c in who.lower() if c.isascii() and c.isalpha()) or f"u{n}{i}"
        mid = "".join(r.choice("0123456789abcdef") for _ in range(12))
        lines.append("")
        put(lines, chrome, [("header", f"消息：{n}")])
        lines += [
            f"日期：{iso(y, m, d)} {g.clock()}:{r.randint(10, 59)} +0800",
            f"发件人：{who} <{mail}@mail{r.randint(1, 9)}.example>",
            f"主题：[{LIST}] {'Re: ' if rp else ''}{a.title}",
            f"邮件编号：<{mid}.{n}@{HOST}>",
            "",
        ]
        lines += [*a.page, ""]  # the title is in the 主题 row only: not a content line
        chrome += a.chrome
        put(lines, chrome, [("bar", "-" * 30)])
    lines.append("")
    tail: Chrome = [
        ("footer", "主题：摘要页脚"),
        ("footer", "_" * 47),
        ("footer", f"{LIST} 邮件列表"),
        ("footer", f"{LIST}@{HOST}"),
        ("footer", f"往期存档：https://{HOST}/pipermail/{LIST}/"),
    ]
    put(lines, chrome, tail)
    lines.append("")
    put(lines, chrome, [("footer", f"{head} 到此结束"), ("footer", "*" * 42)])
    return lines, arts, chrome, True


# -- 2. the meeting minutes ----------------------------------------------------------------


def in_order(a: Art) -> None:
    """Number the folios ``－ @N －`` that :func:`damage` placed (in its own order) by their
    place on the page: ``－ 2 －`` first, then ``－ 3 －``."""
    seen: dict[str, str] = {}
    for ln in a.page:
        for part in ln.split("\n"):
            if "@" in part:
                seen.setdefault(part, f"－ {len(seen) + 2} －")

    def fix(s: str) -> str:
        for old, new in seen.items():
            s = s.replace(old, new)
        return s

    a.page = [fix(x) for x in a.page]
    a.chrome = [(k, fix(x)) for k, x in a.chrome]
    a.repairs = [{k: fix(v) for k, v in rp.items()} for rp in a.repairs]


BREAKS = {0: 1, 2: 1, 3: 2, 4: 1, 6: 1, 7: 2}


def fam_jiyao(g: GenZH, i: int) -> Made:
    """'蓼汀县人民政府' standing-meeting minutes from the PDF, GB18030 text."""
    r = g.r
    no = 3 + i * 2 + r.randint(0, 1)
    a = g.minutes(no)
    y, m, d = ymd(a)
    d2 = min(d + 1, 28)
    a.meta["published"] = iso(y, m, d2)
    doc = f"蓼政纪〔{y}〕{no}号"
    a.meta["doc_number"] = doc
    folio = counter(2, 4, lambda p, _t: f"－ @{p} －")
    kinds = [ODD[i % 3]] + ([ODD[(i + 2) % 3]] if i in (1, 5) else [])
    kinds += ["page_break"] * BREAKS.get(i, 0)
    damage(g, a, kinds, lambda: [("page_number", folio())])
    in_order(a)
    a.lines = [a.title, *a.lines]
    lines: list[str] = []
    chrome: Chrome = []
    put(lines, chrome, [("header", f"{a.title}-{COUNTY}人民政府")])
    trail = f"{COUNTY}人民政府　>　政府信息公开　>　法定主动公开内容　>　会议纪要"
    put(lines, chrome, [("header", trail)])
    put(lines, chrome, [("bar", "【字号：大 中 小】　【打印本页】　【关闭窗口】")])
    lines.append("")
    if i % 2 == 0:
        lines += [
            f"索引号：0123456789/{y}-{r.randint(100, 999):05d}　　　　主题分类：综合政务",
            f"发布机构：{OFFICE}　　生成日期：{iso(y, m, d2)}",
            f"文　　号：{doc}",
            "",
            f"{COUNTY}人民政府常务会议纪要",
            f"第{no}期",
            f"{OFFICE}　　{y}年{m}月{d2}日",
            "━" * 24,
            "",
            a.title,
        ]
    else:
        lines += [a.title, f"发文机关：{OFFICE}　｜　文号：{doc}　｜　发布日期：{iso(y, m, d2)}"]
    lines += ["", *a.page, ""]
    chrome += a.chrome
    prev = f"县政府第{cn_small(no - 1)}次常务会议纪要"
    nxt = f"县政府第{cn_small(no + 1)}次常务会议纪要"
    tail: Chrome = [
        ("related", f"前一篇：{prev}"),
        ("related", f"后一篇：{nxt}"),
        ("notice", "本页内容由县政府办公室依法主动公开，转载请注明来源并保持内容完整。"),
        ("footer", f"主办：{OFFICE}　　蓼ICP备05012345号-1　　公网安备63012302000123号"),
        ("footer", "网站标识码：6301230001　　建议使用1280×800以上分辨率浏览本站"),
    ]
    put(lines, chrome, tail)
    return lines, [a], chrome, False


# -- 3. the podcast episodes ---------------------------------------------------------------

TALK = {0, 2, 3, 5, 6}


def fam_shouting(g: GenZH, i: int) -> Made:
    """'回声小馆 Echo Nook' podcast episode pages, UTF-8-BOM HTML."""
    r = g.r
    a, dur = g.episode(i)
    y, m, d = ymd(a)
    damage(g, a, [ODD[(i + 1) % 3]])
    if i % 2 == 0:  # a bare <h1>; the ep-title row 'Vol.42｜X' is no content line
        a.lines = [a.title, *a.lines]
    vol = 30 + i * 3 + r.randint(0, 2)
    host = a.meta["author"]
    h = Html()
    h.raw("<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">')
    h.raw(f"<title>{escape(a.title, quote=False)} - {SHOW} Echo Nook 播客</title>")
    h.raw(f'<meta property="og:audio" content="https://cdn.echonook.example/ep{vol}.mp3">')
    h.raw('<link rel="stylesheet" href="/assets/site.css">', "</head>", "<body>")
    h.el("div", f"{SHOW} Echo Nook", "logo", "header")
    h.links("header", ["首页", "全部节目", "主播们", "关于", "商务合作"], " · ", "nav")
    player = f"▶ 播放　00:00 / {dur}　倍速 1.0×"
    if i % 2 == 0:
        h.el("div", f"Vol.{vol}", "ep-no")
        h.el("h1", a.title)
        h.el("div", f"{iso(y, m, d)}　·　时长 {dur}　·　主播：{host}", "ep-meta")
        h.el("div", player, "player", "bar")
    else:
        h.el("div", f"{host} 主持　｜　{y}年{m}月{d}日更新", "ep-meta")
        h.el("div", player, "player", "bar")
        h.el("div", f"Vol.{vol}｜{a.title}", "ep-title")
    h.el("div", "在这些平台收听：声屿FM | 橙盒播客 | RSS", "subs", "bar")
    h.el("h2", "本期 Show Notes", "", "header")
    h.body(a)
    h.el("div", "喜欢这期节目？给我们充个电 ⚡ 赞赏", "tip", "bar")
    if i in TALK:
        c = r.randint(2, 3)
        h.el("h3", f"听友留言（{c}）", "", "notice")
        for who, said in zip(r.sample(LISTENERS, c), r.sample(SAYS, c), strict=True):
            h.el("div", f"{who}：{said}", "cmt", "notice")
    h.el("h3", "往期节目推荐", "", "related")
    others = [e for e in EPISODES if e != a.title]
    h.items("related", r.sample(others, 3), "more")
    h.el("p", f"© {y} {SHOW} Echo Nook　|　音频版权归主创团队所有，未经许可请勿搬运", "", "footer")
    h.el("p", "合作邮箱：hello@echonook.example　浙ICP备2021031234号-2", "", "footer")
    h.raw("</body>", "</html>")
    return h.src, [a], h.chrome, False


# -- 4. the course catalogue ---------------------------------------------------------------

COMPILED = {1: 3, 5: 2}


def course_code(j: int, track: int) -> str:
    return f"{'LYSN'[track]}{2101 + j * 7}"


def fam_kecheng(g: GenZH, i: int) -> Made:
    """'瀾港社區大學' course pages and catalogue lists, UTF-16 text, traditional letters."""
    r = g.r
    k = COMPILED.get(i, 1)
    lines: list[str] = []
    chrome: Chrome = []
    if k == 1:
        j = [0, 2, 4, 6, 8, 9, 3, 7][i]
        track = COURSES[j][1]
        arts = [g.course(j, long=True)]
        picks = [j]
    else:
        track = [1, 3][i // 4]
        picks = [x for x, (_, t) in enumerate(COURSES) if t == track][:k]
        g.month(k, newest_first=False)
        arts = [g.course(j, long=False) for j in picks]
    y0 = int(arts[0].meta["published"][:4])
    put(lines, chrome, [("header", f"{COLLEGE}　｜　{y0 - 1911}學年度第1學期 課程查詢")])
    put(lines, chrome, [("header", f"首頁 > 課程查詢 > {TRACKS[track]} > 課程介紹")])
    put(lines, chrome, [("bar", "列印本頁　｜　加入選課清單　｜　分享給朋友")])
    lines.append("")
    if k == 1:
        a = arts[0]
        y, m, d = ymd(a)
        damage(g, a, [ODD[i % 3]])
        wk = WEEK[i % 6]
        if i in (3, 7):
            a.lines = [a.title, *a.lines]  # a bare title line (not the 課程名稱 row)
            row = f"講師：{a.meta['author']}　｜　每週{wk}晚間　｜　2學分　｜　公告 {y}/{m}/{d}"
            lines += [a.title, row]
        else:
            lines += [
                f"課程名稱：{a.title}",
                f"課程代碼：{course_code(picks[0], track)}",
                f"授課講師：{a.meta['author']}",
                f"上課時間：每週{wk} 19:00－21:30（共18週）",
                f"上課地點：{PLACES_K[i % 4]}",
                f"學分／學費：2學分　新台幣{r.randint(20, 36) * 100}元",
                f"公告日期：{y}/{m}/{d}",
            ]
        lines += ["", *a.page, ""]
        chrome += a.chrome
    else:
        put(lines, chrome, [("header", f"{TRACKS[track]}　本學期開課一覽（共{k}門）")])
        lines.append("")
        hurt = r.randrange(k) if i == 5 else -1
        for n, (a, j) in enumerate(zip(arts, picks, strict=True)):
            y, m, d = ymd(a)
            if n == hurt:
                damage(g, a, ["cjk_space"])
            a.lines = [a.title, *a.lines]
            put(lines, chrome, [("header", f"No.{n + 1}　課程代碼 {course_code(j, track)}")])
            row = f"講師：{a.meta['author']}　｜　週{WEEK[(n + i) % 6]}晚間　｜　公告日期：{y}/{m}/{d}"  # noqa: E501
            lines += [a.title, row, *a.page, ""]
            chrome += a.chrome
    tail: Chrome = [
        ("notice", "※ 本校保留課程異動之權利，實際開課情形以當期簡章公告為準。"),
        ("footer", "報名專線：(07)555-1234　服務時間：週一至週五 13:30－21:00"),
        ("footer", f"{COLLEGE}　版權所有　lanport-cc.example"),
    ]
    put(lines, chrome, tail)
    return lines, arts, chrome, k > 1


FAMILIES = [
    BlindFamily("sealed_zh_youjian", "sealed", "utf-8", "\n", 8, fam_youjian),
    BlindFamily("sealed_zh_jiyao", "sealed", "gb18030", "\r\n", 8, fam_jiyao),
    BlindFamily("sealed_zh_shouting", "sealed", "utf-8-sig", "\n", 8, fam_shouting, "html"),
    BlindFamily("sealed_zh_kecheng", "sealed", "utf-16", "\r\n", 8, fam_kecheng),
]

assert len(EPISODES) == len(SUBJECTS) - 2 == 8


if __name__ == "__main__":
    main(FAMILIES, HERE, seed_base=3400, gen=GenZH)
