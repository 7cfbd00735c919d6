"""Texts of our own in many languages, and the codecs each is written in: the encoding
test set of ``tests/test_encodings.py`` and ``benchmarks/encoding_bench.py``.

Every text was written for this test set (no page or corpus text).  :func:`cases` yields
one case per (text, codec, declared or not, short or long): the bytes a page in that
codec would hold, with or without an HTML ``<meta charset>``.  :func:`same_text` is the
comparison: exact, except for the documented codec-table variants (a Shift_JIS wave dash
read by CP932 as a full-width tilde, GB2312 punctuation read by GB18030 …).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

TEXTS: dict[str, str] = {
    "english": (
        "The committee met on Tuesday to review the budget for next year.\n"
        "Several members asked why the library would close earlier in winter, and the chair "
        "promised a written answer before the end of the month.\n"
        "Minutes of the meeting will be posted on the notice board and sent to everyone who "
        "signed the petition."
    ),
    "french": (
        "Le conseil municipal s'est réuni mercredi soir à la mairie.\n"
        "Les élus ont débattu pendant près de trois heures du projet de rénovation de l'école "
        "élémentaire, dont le coût dépasse déjà les prévisions.\n"
        "« Nous devons être honnêtes avec les familles », a déclaré la maire, qui a promis une "
        "réunion publique à la rentrée. Les travaux commenceront après l'été."
    ),
    "german": (
        "Die Gemeinde plant für das nächste Jahr eine größere Sanierung der Straßenbeleuchtung.\n"
        "Bürgerinnen und Bürger können ihre Vorschläge bis Ende März schriftlich einreichen; "
        "über die Reihenfolge der Arbeiten entscheidet der Ausschuss im Frühjahr.\n"
        "Außerdem wird geprüft, ob die Schulwege zusätzlich gesichert werden müssen."
    ),
    "spanish": (
        "El ayuntamiento aprobó ayer la ampliación del horario de la biblioteca municipal.\n"
        "Según la concejala de cultura, la decisión responde a la petición de más de "
        "mil vecinos que firmaron durante el otoño.\n"
        "¿Habrá también actividades para niños? Sí: talleres de lectura los sábados por la "
        "mañana, con inscripción gratuita."
    ),
    "portuguese": (
        "A câmara municipal anunciou a construção de uma nova ponte sobre o rio.\n"
        "As obras começarão no próximo verão e deverão durar cerca de dois anos, segundo a "
        "informação divulgada pela autarquia.\n"
        "Os moradores pediram que a circulação de peões não seja interrompida durante a "
        "construção e que a iluminação pública seja reforçada."
    ),
    "italian": (
        "Il consiglio comunale ha approvato la nuova pista ciclabile lungo il fiume.\n"
        "Secondo l'assessore, i lavori inizieranno a settembre e la città avrà così un "
        "collegamento più sicuro tra la stazione e l'università.\n"
        "Perché non prima? Perché i fondi regionali arriveranno solo dopo l'estate."
    ),
    "polish": (
        "Rada miasta zdecydowała wczoraj o remoncie głównej ulicy w przyszłym roku.\n"
        "Mieszkańcy będą mogli zgłaszać uwagi do projektu przez cały miesiąc, a spotkanie "
        "z projektantami odbędzie się w szkole podstawowej.\n"
        "Źródła finansowania nie są jeszcze pewne, ale burmistrz zapewnia, że prace ruszą "
        "wiosną i zakończą się przed zimą."
    ),
    "czech": (
        "Městská rada včera schválila opravu náměstí a přilehlých ulic.\n"
        "Práce začnou na jaře a potrvají přibližně šest měsíců; řidiči musí počítat s "
        "objížďkami a s omezeným parkováním v centru.\n"
        "Obyvatelé se mohou k projektu vyjádřit na úřadě nebo písemně do konce února."
    ),
    "hungarian": (
        "A városi közgyűlés tegnap elfogadta a jövő évi költségvetést.\n"
        "A legnagyobb tétel az iskolák felújítása, amelyre több mint kétszáz millió forintot "
        "különítettek el; a munkák nyáron kezdődnek.\n"
        "A polgármester szerint a lakossági fórumon elhangzott javaslatokat is figyelembe "
        "vették, különösen a közlekedésről szólókat."
    ),
    "romanian": (
        "Consiliul local a aprobat ieri bugetul pentru anul următor.\n"
        "Cele mai mari sume vor merge către reparaţia şcolilor şi modernizarea străzilor din "
        "cartierele noi, a declarat primarul după şedinţă.\n"
        "Locuitorii pot trimite propuneri până la sfârşitul lunii, prin poştă sau la ghişeu."
    ),
    "turkish": (
        "Belediye meclisi dün akşam yeni kütüphane projesini onayladı.\n"
        "Başkan, inşaatın ilkbaharda başlayacağını ve iki yıl içinde tamamlanacağını "
        "söyledi; çocuklar için ayrı bir okuma salonu da yapılacak.\n"
        "Mahalle sakinleri, otopark sorununun da çözülmesini istediklerini belirttiler. "
        "Görüşmeler önümüzdeki hafta sürecek."
    ),
    "russian": (
        "Городской совет вчера утвердил план ремонта центральной площади.\n"
        "Работы начнутся весной и продлятся около полугода; водителям придётся объезжать "
        "центр по соседним улицам.\n"
        "Жители могут направить свои предложения в администрацию до конца февраля, а "
        "обсуждение проекта пройдёт в библиотеке."
    ),
    "ukrainian": (
        "Міська рада вчора затвердила програму ремонту шкіл на наступний рік.\n"
        "Найбільше коштів отримають два ліцеї, де потрібно замінити вікна та опалення; "
        "роботи почнуться влітку.\n"
        "Батьки можуть поставити запитання на зустрічі, яка відбудеться у четвер ввечері."
    ),
    "bulgarian": (
        "Общинският съвет одобри вчера проекта за обновяване на градския парк.\n"
        "Според кмета работите ще започнат през пролетта и ще приключат до края на годината, "
        "като алеите ще бъдат осветени.\n"
        "Жителите могат да изпращат предложения по пощата или на място в общината."
    ),
    "greek": (
        "Το δημοτικό συμβούλιο ενέκρινε χθες το σχέδιο για την ανακαίνιση της πλατείας.\n"
        "Οι εργασίες θα ξεκινήσουν την άνοιξη και θα διαρκέσουν περίπου έξι μήνες, σύμφωνα "
        "με τον δήμαρχο.\n"
        "Οι κάτοικοι μπορούν να υποβάλουν προτάσεις μέχρι το τέλος του μήνα στο δημαρχείο."
    ),
    "hebrew": (
        "מועצת העיר אישרה אתמול את תוכנית השיפוץ של הספרייה העירונית.\n"
        "העבודות יתחילו באביב ויימשכו כחצי שנה, כך לפי ראש העיר.\n"
        "התושבים מוזמנים לשלוח הצעות עד סוף החודש באמצעות הדואר או באתר העירייה."
    ),
    "arabic": (
        "وافق المجلس البلدي أمس على خطة تجديد الحديقة العامة في وسط المدينة.\n"
        "وقال رئيس البلدية إن الأعمال ستبدأ في الربيع وتستمر نحو ستة أشهر.\n"
        "ويمكن للسكان تقديم اقتراحاتهم حتى نهاية الشهر في مكتب البلدية."
    ),
    "thai": (
        "สภาเมืองอนุมัติแผนปรับปรุงสวนสาธารณะกลางเมืองเมื่อวานนี้\n"
        "นายกเทศมนตรีกล่าวว่างานจะเริ่มในฤดูใบไม้ผลิและใช้เวลาประมาณหกเดือน\n"
        "ประชาชนสามารถส่งข้อเสนอแนะได้ที่สำนักงานเทศบาลจนถึงสิ้นเดือนนี้"
    ),
    "chinese_simplified": (
        "市政府昨天召开会议，讨论明年的城市道路改造计划。\n"
        "会上，有关部门介绍了工程的进度安排和资金来源，并表示将尽量减少施工对居民出行的影响。\n"
        "市民可以在本月底之前通过电话或网站提出意见和建议。"
    ),
    "chinese_traditional": (
        "市政府昨天召開會議，討論明年的城市道路改造計劃。\n"
        "會上，有關部門介紹了工程的進度安排和資金來源，並表示將盡量減少施工對居民出行的影響。\n"
        "市民可以在本月底之前透過電話或網站提出意見與建議。"
    ),
    "japanese": (
        "市議会は昨日、来年度の道路整備計画について話し合いました。\n"
        "担当者によると、工事は春に始まり、約半年で終わる予定です。住民の皆さんには"
        "ご迷惑をおかけしますが、ご理解とご協力をお願いします。\n"
        "ご意見は今月末まで、市役所の窓口またはホームページで受け付けています。"
    ),
    "japanese_ext": (
        "ハードなソフトの話①：会議資料の見直しについて\n"
        "第Ⅰ章では、∵の記号を使った論理の説明があります。㈱や№などの記号も使われます。\n"
        "②次回の会議は来週の水曜日に行います。"
    ),
    "korean": (
        "시의회는 어제 내년도 도로 정비 계획에 대해 논의했습니다.\n"
        "담당자에 따르면 공사는 봄에 시작되어 약 반년 정도 걸릴 예정입니다. 주민 여러분의 "
        "양해와 협조를 부탁드립니다.\n"
        "의견은 이번 달 말까지 시청 창구나 홈페이지에서 받고 있습니다."
    ),
}

#: codec → the texts written in it (each case also says which group it is in).
CODECS: dict[str, tuple[str, tuple[str, ...]]] = {
    "utf-8": ("unicode", ("english", "russian", "chinese_simplified", "korean", "arabic")),
    "utf-8-sig": ("unicode", ("french", "japanese")),
    "utf-16": ("unicode", ("german", "chinese_simplified")),
    "utf-16-le": ("unicode", ("english", "russian", "japanese")),
    "utf-16-be": ("unicode", ("french", "korean", "greek", "chinese_simplified")),
    "utf-32": ("unicode", ("spanish", "chinese_traditional")),
    "utf-32-le": ("unicode", ("english", "chinese_simplified")),
    "utf-32-be": ("unicode", ("german", "korean")),
    "gb18030": ("chinese", ("chinese_simplified",)),
    "gbk": ("chinese", ("chinese_simplified",)),
    "gb2312": ("chinese", ("chinese_simplified",)),
    "hz": ("chinese", ("chinese_simplified",)),
    "big5": ("chinese", ("chinese_traditional",)),
    "big5hkscs": ("chinese", ("chinese_traditional",)),
    "shift_jis": ("japanese", ("japanese",)),
    "cp932": ("japanese", ("japanese", "japanese_ext")),
    "euc_jp": ("japanese", ("japanese",)),
    "iso2022_jp": ("japanese", ("japanese",)),
    "euc_kr": ("korean", ("korean",)),
    "cp949": ("korean", ("korean",)),
    "johab": ("korean", ("korean",)),
    "iso2022_kr": ("korean", ("korean",)),
    "koi8-r": ("cyrillic", ("russian",)),
    "koi8-u": ("cyrillic", ("ukrainian",)),
    "cp1251": ("cyrillic", ("russian", "ukrainian", "bulgarian")),
    "iso8859-5": ("cyrillic", ("russian", "bulgarian")),
    "cp866": ("cyrillic", ("russian",)),
    "cp855": ("cyrillic", ("russian", "bulgarian")),
    "mac-cyrillic": ("cyrillic", ("russian",)),
    "cp1252": ("western", ("english", "french", "german", "spanish", "portuguese", "italian")),
    "iso8859-1": ("western", ("french", "german", "spanish", "portuguese")),
    "iso8859-15": ("western", ("french",)),
    "mac-roman": ("western", ("german", "french")),
    "cp850": ("western", ("french", "spanish")),
    "iso8859-2": ("central", ("polish", "czech", "hungarian", "romanian")),
    "cp1250": ("central", ("polish", "czech", "hungarian", "romanian")),
    "cp852": ("central", ("czech", "polish")),
    "iso8859-9": ("turkish", ("turkish",)),
    "cp1254": ("turkish", ("turkish",)),
    "iso8859-7": ("greek", ("greek",)),
    "cp1253": ("greek", ("greek",)),
    "cp1255": ("hebrew", ("hebrew",)),
    "iso8859-8": ("hebrew", ("hebrew",)),
    "cp1256": ("arabic", ("arabic",)),
    "iso8859-6": ("arabic", ("arabic",)),
    "tis-620": ("thai", ("thai",)),
    "cp874": ("thai", ("thai",)),
}

#: Codecs whose name a page cannot declare in itself in a way our reader sees (the
#: declaration would be in another encoding's bytes): tested undeclared only.
NO_DECLARATION = frozenset(
    {"utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "utf-8-sig"}
)

#: Names a page uses in ``<meta charset>`` for a codec (the WHATWG / IANA label).
LABELS = {
    "iso8859-1": "iso-8859-1",
    "iso8859-2": "iso-8859-2",
    "iso8859-5": "iso-8859-5",
    "iso8859-6": "iso-8859-6",
    "iso8859-7": "iso-8859-7",
    "iso8859-8": "iso-8859-8",
    "iso8859-9": "iso-8859-9",
    "iso8859-15": "iso-8859-15",
    "cp1250": "windows-1250",
    "cp1251": "windows-1251",
    "cp1252": "windows-1252",
    "cp1253": "windows-1253",
    "cp1254": "windows-1254",
    "cp1255": "windows-1255",
    "cp1256": "windows-1256",
    "cp874": "windows-874",
    "cp932": "x-sjis",
    "cp949": "ks_c_5601-1987",
    "euc_kr": "euc-kr",
    "euc_jp": "euc-jp",
    "shift_jis": "shift_jis",
    "iso2022_jp": "iso-2022-jp",
    "iso2022_kr": "iso-2022-kr",
}


@dataclass(frozen=True, slots=True)
class Case:
    """One test page: its bytes, and the text a correct reading gives."""

    id: str
    codec: str
    group: str
    language: str
    declared: bool
    length: str  # "short" (the first line) | "long"
    data: bytes
    text: str


def _page(text: str, label: str | None) -> str:
    head = f'<meta charset="{label}">\n' if label else ""
    return f"<html><head>{head}<title>t</title></head><body>\n{text}\n</body></html>\n"


def cases() -> Iterator[Case]:
    """Every case of the set: codec x text x declared/undeclared x short/long."""
    for codec, (group, langs) in CODECS.items():
        for lang in langs:
            for length in ("long", "short"):
                body = TEXTS[lang] if length == "long" else TEXTS[lang].split("\n")[0]
                for declared in (False, True):
                    if declared and codec in NO_DECLARATION:
                        continue
                    if declared:
                        text = _page(body, LABELS.get(codec, codec.replace("_", "-")))
                    else:
                        text = body
                    data = text.encode(codec)
                    cid = f"{codec}-{lang}-{length}-{'decl' if declared else 'bare'}"
                    yield Case(cid, codec, group, lang, declared, length, data, text)


# Codec-table variants: one character, two Unicode readings (JIS vs Microsoft tables,
# GB2312 vs GB18030 punctuation).  A reading that differs only in these is correct.
_VARIANTS = str.maketrans(
    {
        "\uff5e": "\u301c",  # FULLWIDTH TILDE / WAVE DASH
        "\u2225": "\u2016",  # PARALLEL TO / DOUBLE VERTICAL LINE
        "\uff0d": "\u2212",  # FULLWIDTH HYPHEN-MINUS / MINUS SIGN
        "\uffe0": "\u00a2",
        "\uffe1": "\u00a3",
        "\uffe2": "\u00ac",
        "\u223c": "\u301c",  # TILDE OPERATOR (Big5-HKSCS) / WAVE DASH
        "\u2015": "\u2014",  # HORIZONTAL BAR / EM DASH
        "\u00b7": "\u30fb",  # MIDDLE DOT / KATAKANA MIDDLE DOT
        "\u2027": "\u30fb",
        "\u2022": "\u30fb",
    }
)


def same_text(got: str, want: str) -> bool:
    """``got`` reads as ``want`` (NFC, and codec-table variants folded)."""
    if got == want:
        return True
    norm = unicodedata.normalize
    return norm("NFC", got).translate(_VARIANTS) == norm("NFC", want).translate(_VARIANTS)
