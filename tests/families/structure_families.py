"""Four more invented families for the split stage's generic structure layer (issue 12).

They differ from :mod:`tests.families.generate`'s families in what the split stage has to
find without knowing the site: numbering schemes no rule pack names, titles wrapped in
site suffixes or timestamps, metadata in label variants and tables, and document numbers
on a line of their own.  Written before the generic layer was tuned:

* ``tune_s_numbered_essays`` (tune): ``N. 标题`` essay compilations under a page title
  that says how many there are; every third page is ONE article holding a numbered list
  of steps (must not be split);
* ``tune_s_news_titles`` (tune): single news pages whose first line is the page title
  with a site suffix (``_``, `` - ``, ``|``), a ``原标题：`` wrapper or a markdown ``#``,
  and a date line below it;
* ``heldout_s_law_db`` (held out, measured after tuning): law-database pages with
  label/value metadata in label variants, spaced labels and two-row tables, and numbered
  clauses inside the one article;
* ``heldout_s_bulletin`` (held out, untouched until the end): compilations whose headers
  use a numbering scheme no rule names (``〈N〉标题``), each followed by an unlabelled
  document number line.

``python -m tests.families.structure_families`` writes them next to the others.
Every word is invented.
"""

from __future__ import annotations

from tests.families.generate import (
    ESSAY_TITLES,
    PLACES,
    TOPICS,
    Article,
    Family,
    Writer,
    cn_num,
    generate,
)

STEPS = [
    "准备好所需材料",
    "按照说明连接设备",
    "检查各项参数设置",
    "启动后观察运行情况",
    "做好记录并归档",
]
SITES = ["晨江日报", "远山新闻网", "北渚在线", "青禾时报"]


def fam_numbered_essays(w: Writer, i: int) -> tuple[list[str], list[Article], list[str], bool]:
    """'N. 标题' essay compilations; every third page one article with numbered steps."""
    if i % 3 == 2:
        title = f"{w.rng.choice(ESSAY_TITLES)}的做法"
        lines = [title, w.essay_sentence() + w.essay_sentence()]
        for n, step in enumerate(STEPS[: w.rng.randint(3, 5)], start=1):
            lines += [f"{n}. {step}", w.essay_sentence()]
        lines.append(w.essay_sentence())
        art = Article(title, lines, list(lines))
        head = ["手工小站 > 生活技巧"]
        return [*head, "", *lines, "", "返回顶部"], [art], [*head, "返回顶部"], False
    arts = [w.essay() for _ in range(w.rng.randint(2, 4))]
    for k, a in enumerate(arts):  # titles unique within a page
        a.title = f"{a.title}{'' if k == 0 else cn_num(k + 1)}"
    page_title = f"以{arts[0].title}为题的作文{len(arts)}篇"
    head = [
        "作文吧 > 初中作文 > 记叙文",
        f"发布于 2022-0{w.rng.randint(1, 9)}-2{w.rng.randint(0, 8)}",
    ]
    lines = [page_title, *head, ""]
    for n, a in enumerate(arts, start=1):
        lines += [f"{n}. {a.title}", *a.page_lines, ""]
    foot = ["上一篇：春天的故事", "下一篇：我的同桌"]
    lines += foot
    return lines, arts, [page_title, *head, *foot], True


def fam_news_titles(w: Writer, i: int) -> tuple[list[str], list[Article], list[str], bool]:
    """One news article; the first line is the page title in one of several wrappings."""
    site = SITES[i % len(SITES)]
    place = w.rng.choice(PLACES)
    title = f"{place}{w.rng.choice(TOPICS)}取得新进展"
    y, mo, d = 2020 + i % 4, 1 + i % 12, 3 + i
    wrapped = [
        f"{title}_{site}",
        f"{title} - {site}",
        f"{title}|{site}",
        f"# {title}",
        f"原标题：{title}",
        f"{title}{y}-{mo:02d}-{d:02d} 10:2{i % 10}",
    ][i % 6]
    date_line = f"{y}年{mo}月{d}日 09:1{i % 10}　来源：{site}"
    body = [w.paragraph() for _ in range(w.rng.randint(3, 5))]
    art = Article(title, body, list(body), {"published": f"{y:04d}-{mo:02d}-{d:02d}"})
    head = [f"{site}首页 | 要闻 | 社会 | 评论"]
    foot = [f"责任编辑：编辑{w.rng.randint(10, 99)}", f"版权所有 {site}"]
    lines = [*head, "", wrapped, date_line, "", *body, "", *foot]
    return lines, [art], [*head, wrapped, date_line, *foot], False


def fam_h_law_db(w: Writer, i: int) -> tuple[list[str], list[Article], list[str], bool]:
    """Held out: law-database page, label variants and tables, numbered clauses inside."""
    place = w.rng.choice(PLACES)
    issuer = f"{place}人民政府办公室"
    title = f"{place}{w.rng.choice(TOPICS)}管理办法"
    y = 2010 + i
    num = w.rng.randint(2, 40)
    doc = [f"{place[:1]}政办发〔{y}〕{num}号", f"{place[:1]}政发[{y}]{num}号", f"({y})第{num}号"][
        i % 3
    ]
    pub, eff = f"{y}-0{1 + i % 8}-1{i % 9}", f"{y}-0{2 + i % 8}-0{1 + i % 9}"
    py, pm, pd = pub.split("-")
    meta_rows = [
        [
            f"发布部门：{issuer}    发文字号：{doc}",
            "效力级别：地方规范性文件    时效性：现行有效",
            f"公布日期：{py}.{pm}.{pd}    施行日期：{eff}",
        ],
        [
            "发布部门\t发文字号\t效力级别",
            f"{issuer}\t{doc}\t地方规范性文件",
            "公布日期\t施行日期\t时效性",
            f"{pub}\t{eff}\t现行有效",
        ],
        [
            f"发 布 部 门：{issuer}",
            f"发 文 字 号：{doc}",
            f"公 布 日 期：{int(py)}年{int(pm)}月{int(pd)}日",
            f"施 行 日 期：{eff}",
        ],
    ][i % 3]
    body = [f"第一条 为了{w.rng.choice(TOPICS)}，根据有关规定，结合本地实际，制定本办法。"]
    body.append("第二条 本办法所称重点事项包括：")
    for n in range(1, 4):
        body.append(f"{n}. {w.sentence()}")
    body.append(f"第三条 {w.paragraph()}")
    body.append(f"第四条 本办法自{int(eff[:4])}年{int(eff[5:7])}月{int(eff[8:])}日起施行。")
    art = Article(
        title,
        [title, *body],
        [title, *body],
        {"issuer": issuer, "doc_number": doc, "published": pub, "effective": eff},
    )
    head = ["法规数据库 > 地方法规 > 规范性文件"]
    foot = ["【法宝联想】相关法规 0 篇", "本库数据仅供参考"]
    lines = [*head, "", title, *meta_rows, "", *body, "", *foot]
    return lines, [art], [*head, *foot], False


def fam_h_bulletin(w: Writer, i: int) -> tuple[list[str], list[Article], list[str], bool]:
    """Held out, untouched: '〈N〉标题' headers, each with a document number line below."""
    arts = [w.doc(w.rng.choice(PLACES), artifacts=False) for _ in range(w.rng.randint(2, 4))]
    page_title = f"{arts[0].title[:10]}等文件汇编（共{len(arts)}篇）"
    head = ["公文汇编网 · 文件汇编", f"整理：编辑部  {2020 + i % 3}-1{i % 3}-0{1 + i % 8}"]
    lines = [page_title, *head, ""]
    for n, a in enumerate(arts, start=1):
        lines += [f"〈{n}〉{a.title}", a.meta["doc_number"], *a.page_lines, ""]
        a.meta = {"doc_number": a.meta["doc_number"]}
    foot = ["以上文件仅供学习参考", "公文汇编网 版权所有"]
    lines += foot
    return lines, arts, [page_title, *head, *foot], True


FAMILIES = [
    Family("tune_s_numbered_essays", "tune", "utf-8", "\n", 9, fam_numbered_essays),
    Family("tune_s_news_titles", "tune", "utf-8", "\n", 12, fam_news_titles),
    Family("heldout_s_law_db", "heldout", "gb18030", "\r\n", 9, fam_h_law_db),
    Family("heldout_s_bulletin", "heldout", "utf-8", "\n", 8, fam_h_bulletin),
]

if __name__ == "__main__":
    generate(families=FAMILIES, seed_base=2000)
