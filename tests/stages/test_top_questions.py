"""A FAQ page's first question, repeated on a few of the site's pages, over its answer.

A FAQ site shows each question on a few of its pages (each page a group of them), so the
site profile learns the questions as repeated lines.  Inside the body a question over the
page's own answer was kept already (``body_openers.body_opener``); the page's *first*
question stands above the first own line, where a site's head stands, and was deleted,
and with it the page's numbered title over it (the series title needs the page's own text
under it).  Both stay now (``body_openers.top_question``); a head's question over a line
that is no answer (the page's own question title, a short label) is still chrome.

Every word is invented.
"""

from __future__ import annotations

from tests.stages.stage_runs import boil, site_stage

HEAD = "绿手指园艺 | 养护 | 病虫害 | 社区"
FOOT = ["返回顶部", "绿手指园艺　版权所有"]
QA = [
    ("问：绿萝多久浇一次水？", "答：表土干了再浇，冬天少浇。"),
    ("问：多肉可以晒太阳吗？", "答：春秋可以多晒，夏天要遮阴。"),
    ("问：发财树叶子发黄怎么办？", "答：先看是不是浇水太多。"),
    ("问：吊兰可以水培吗？", "答：可以，记得常换水。"),
    ("问：君子兰什么时候换盆？", "答：开花以后换盆最好。"),
    ("问：月季要怎样修剪？", "答：剪掉枯枝和过密的枝条。"),
]


NOTES = [
    "本辑的问题都来自社区里的留言，答案由几位有多年养花经验的老会员整理。",
    "这一辑收集的是入夏以后大家问得最多的问题，天气变热，浇水要格外注意。",
    "下面几条是新手最容易踩的坑，看完以后再动手，可以少走不少的弯路。",
    "如果您的问题没有出现在这里，欢迎到社区里发帖，会有热心的花友来解答。",
    "秋天是很多花换盆和扦插的好时候，这一辑的问题大多和这件事情有关系。",
]


def _faq_site() -> list[list[str]]:
    pages = []
    for n in range(5):
        pairs = [x for k in range(3) for x in QA[(n + k) % 6]]
        pages.append([HEAD, f"养花答疑：第{n + 1}辑", *pairs, NOTES[n], *FOOT])
    return pages


def test_the_first_question_and_the_title_over_it_stay() -> None:
    pages = _faq_site()
    stage = site_stage(pages)
    for page in pages:
        out = boil(page, stage, site="s").splitlines()
        assert page[1] in out, out  # the numbered title
        assert all(x in out for x in page[2:9]), out  # every question and answer
        assert HEAD not in out and "绿手指园艺　版权所有" not in out


def _asked_site(under: list[str]) -> list[list[str]]:
    texts = [
        "换盆前一天先浇透水，这样根系和土坨更容易一起脱出来，也不容易伤根。",
        "新买的花先放在散射光的地方缓两周，等它适应了家里的环境再换盆施肥。",
        "叶片上的灰尘用湿布轻轻擦掉，既好看又能帮助叶子更好地进行光合作用。",
        "施肥要薄肥勤施，浓度太高反而会烧根，宁可少一点也不要一次放太多。",
        "剪下来的枝条插在湿润的沙土里，保持半阴，大约三周就能长出新根来。",
    ]
    return [[HEAD, "遇到养花难题了吗？", under[n], texts[n], *FOOT] for n in range(5)]


def test_a_heads_question_over_the_pages_own_question_still_goes() -> None:
    titles = [
        "怎样给绿萝换盆？",
        "新买的花怎么养？",
        "叶子落灰怎么办？",
        "多久施一次肥？",
        "怎样扦插？",
    ]
    pages = _asked_site(titles)
    stage = site_stage(pages)
    for n, page in enumerate(pages):
        out = boil(page, stage, site="s").splitlines()
        assert "遇到养花难题了吗？" not in out, out  # no answer under it: the head's
        assert titles[n] in out and page[3] in out


def test_a_heads_question_over_a_short_label_still_goes() -> None:
    pages = _asked_site(["换盆", "新花", "清洁", "施肥", "扦插"])
    stage = site_stage(pages)
    for page in pages:
        out = boil(page, stage, site="s").splitlines()
        assert "遇到养花难题了吗？" not in out, out
        assert page[3] in out


def test_a_heads_question_on_every_page_over_the_text_still_goes() -> None:
    pages = _asked_site(["", "", "", "", ""])
    stage = site_stage(pages)
    for page in pages:
        out = boil(page, stage, site="s").splitlines()
        assert "遇到养花难题了吗？" not in out, out  # a prompt on every page: the head's
        assert page[3] in out
