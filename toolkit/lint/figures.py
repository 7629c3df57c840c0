"""Find the figures in a string: every number a reader sees, in the string's language.

A *figure* is digits in any script (with the locale's separators, a sign, a
percent or per-mille sign, an ordinal ending, Korean counting units), a range
of such numbers, a date or a time, or a quantity written in words ("six",
"tens of thousands", "des dizaines de milliers", "수만", "عشرات الآلاف").
The lint reports every figure that no cited fact produced, so the detector
aims to miss nothing while knowing the common words that only look like
numbers ("one of the", "une amnistie", "일부", "كانون الثاني").

Typed fields that are not prose (phones, e-mails, references, URLs) are
hidden with :func:`mask` before detection; URLs and e-mail addresses left in
prose are skipped too.

Number words come from num2words: they are generated the first time a
language is used, then cached (importing num2words alone costs ~40 ms, so
importing this module stays cheap). Hand lists hold only what the library
lacks (collective nouns such as "dozens", "dizaines", "수만", "عشرات").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

__all__ = ["MASK", "Figure", "find_figures", "mask"]

MASK = "\ufffc"  # OBJECT REPLACEMENT CHARACTER: written by mask(), never part of a figure


@dataclass(frozen=True)
class Figure:
    """A figure found in a text; ``text == source[start:end]``."""

    start: int  # character offset in the text
    end: int
    text: str
    # digits, percent, ordinal, year, range, date, time, words, korean-unit
    kind: str


def find_figures(text: str, locale: str) -> list[Figure]:
    """Every figure in ``text``, in reading order.

    ``locale`` is a Babel-style code ("fr", "fr_FR", "ko-KR"); only its
    language counts. Languages without word rules (anything but en, fr, es,
    ko, ar) get the digit rules only.
    """
    return _detector(_language(locale)).find(text)


def mask(text: str, spans: Iterable[str]) -> str:
    """``text`` with every occurrence of each literal in ``spans`` replaced by U+FFFC.

    Each hidden character becomes one U+FFFC, so the result has the length of
    ``text`` and offsets, lines and columns found in it are valid in ``text``.
    """
    chars: list[str] | None = None
    for literal in spans:
        if not literal:
            continue
        at = text.find(literal)
        while at != -1:
            if chars is None:
                chars = list(text)
            chars[at : at + len(literal)] = MASK * len(literal)
            at = text.find(literal, at + 1)
    return text if chars is None else "".join(chars)


@cache
def _language(locale: str) -> str:
    """The language of a locale ("fr_FR" -> "fr"), or "" when it has no word rules."""
    language = re.split(r"[-_@.]", locale.strip(), maxsplit=1)[0].lower()
    return language if language in ("en", "fr", "es", "ko", "ar") else ""


# ---------------------------------------------------------------------------
# Regex building blocks shared by every language.
#
# \d in a str pattern is any Unicode decimal digit (category Nd): ASCII,
# Arabic-Indic U+0660-0669, Eastern Arabic-Indic U+06F0-06F9, full-width
# U+FF10-FF19, Devanagari... U+FFFC (the mask) is neither a digit, a letter
# nor a space, so nothing below can match it or run through it.

# Grouping with spaces: "200 000" (fr, es; with U+00A0, U+202F or U+2009).
_SPACE_GROUP = "[ \u00a0\u202f\u2009]"
# Tight separators: 200,000 (en, ko) 200.000 (es) 1'000 ٢٠٠٬٠٠٠ ١٫٥ (ar) ，．(full-width).
_TIGHT_SEP = "[.,'’\u066b\u066c\uff0c\uff0e]"
_NUMBER = (
    "(?>"  # atomic: once read, a number is never re-split
    rf"\d{{1,3}}(?:{_SPACE_GROUP}\d{{3}}(?!\d))+(?:[.,\u066b]\d+)?"  # 200 000 / 1 234,5
    rf"|\d+(?:{_TIGHT_SEP}\d+)*"  # 1,382 / 200.000 / ٢٠٠٬٠٠٠ / 1.5
    ")"
)
# A number never starts inside a Latin identifier ("G20", "WC1X", "COVID-19").
_START = r"(?<![A-Za-z\u00c0-\u024f\d])(?<!(?-i:[A-Z][A-Z])-)"
# A sign belongs to the number only after a space or a bracket: "-3", "+5 %", "−2".
_SIGN = r"(?:(?<!\w)[-+\u2212\u00b1](?=\d))?"
# % ٪ ％ ‰ ؉, after an optional (narrow) no-break space as French writes it.
_PERCENT_SIGN = r"\s?[%\u066a\uff05\u2030\u0609]"
# Dashes and tildes between two numbers make a range: 80,000–120,000, 8만~12만.
_DASH = r"(?:-|\s?[\u2012\u2013\u2014~\u223c\u301c\uff5e]\s?)"
_DATE = (
    r"(?<!\d)(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{2,4})(?![\d/])"  # 2012-02-01, 31/01/2012
)
_TIME = r"(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])"  # 14:30
# URLs and e-mail addresses are never prose, even with digits in them.
_TLD = "(?:org|com|net|int|gov|edu|info|kr|uk|fr|es)"
_SKIP = re.compile(
    r"(?:https?://|ftp://|www\.)[^\s<>\"'“”]+"
    r"|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    rf"|(?<![\w.@/-])(?:[a-z0-9-]+\.)+{_TLD}(?:/[^\s<>\"']*)?(?![\w-])",
    re.IGNORECASE,
)
_SKIP_HINT = re.compile(rf"@|://|www\.|\.{_TLD}\b", re.IGNORECASE)  # cheap test before _SKIP


def _trie(words: Iterable[str]) -> str:
    """One regex alternative for many words, factored by common prefixes so it stays fast.

    A space inside a word ("tens of thousands") matches any run of spaces.
    """
    tree: _Node = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(tree)


_Node = dict[str, "_Node"]


def _trie_pattern(node: _Node) -> str:
    ends_here = "" in node
    branches = [
        (r"\s+" if char == " " else re.escape(char)) + _trie_pattern(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    pattern = "|".join(branches)
    if len(branches) > 1 or ends_here:
        pattern = f"(?:{pattern})"
    return pattern + "?" if ends_here else pattern


def _starting_with(words: Iterable[str]) -> str:
    """A lookahead that fails fast where none of ``words`` can start (keeps scanning fast)."""
    firsts = {w[0] for w in words if w} | {w[0].upper() for w in words if w}
    return "(?=[" + "".join(re.escape(c) for c in sorted(firsts)) + "])"


def _spell(numbers: Iterable[int], language: str, to: str = "cardinal") -> list[str]:
    """The numbers written out in words by num2words."""
    from num2words import num2words  # imported on first use: it alone costs ~40 ms

    return [str(num2words(n, lang=language, to=to)) for n in numbers]


def _words_of(phrases: Iterable[str]) -> set[str]:
    """The single words of spelled-out numbers: "twenty-one" -> {"twenty", "one"}."""
    return {word for phrase in phrases for word in re.split(r"[\s-]+", phrase.lower()) if word}


def _without_accents(words: Iterable[str]) -> set[str]:
    """Each word plus its unaccented spelling ("deuxième" -> "deuxieme"), as people type."""
    plain = {
        "".join(c for c in unicodedata.normalize("NFD", w) if not unicodedata.combining(c))
        for w in words
    }
    return set(words) | plain


_CARDINALS = (*range(102), *range(100, 1000, 100), 1000, 2000, 10**6, 2 * 10**6, 10**9, 2 * 10**9)
_ORDINALS = (*range(1, 101), 1000, 10**6)


# ---------------------------------------------------------------------------
# One language's rules.


@dataclass(frozen=True)
class _Rules:
    """What a language adds to the digit rules. Every field is a regex fragment."""

    after_number: str = ""  # scale words or units after digits: "2 million", "20만"
    percent: str = _PERCENT_SIGN  # percent after digits: "%", "per cent"
    ordinal: str = r"(?!)"  # ordinal ending after digits: "70th", "70e", "70.º"
    range_words: str = r"(?!)"  # word between the two numbers of a range: "to", "à"
    words: str = ""  # named alternatives for numbers in words (may be empty)
    cardinal_words: frozenset[str] = frozenset()  # for validation by text2num
    ordinal_words: frozenset[str] = frozenset()
    connector: str = ""  # "and" in "two hundred and fifty"


def _latin_words(
    cardinals: set[str],
    ordinals: set[str],
    phrases: set[str],
    connector: str,
    half: str,
    percent: str,
    collectives: Iterable[str] = (),
    fractions: Iterable[str] = (),
) -> str:
    """Numbers in words for en, fr and es: "six", "two hundred and fifty", "vingt et unième".

    Cardinal words join with spaces, hyphens or the connector ("and", "et",
    "y"); an ordinal ends a number only after a hyphen or the connector
    ("twenty-first", "vingt et unième"), so "les deux premiers" stays two
    figures; Spanish compound ordinals are two ordinal words ("vigésimo
    primero"). Fractions only continue a number ("two-thirds", "deux tiers":
    "pays tiers" is no figure). A percent in words ends the figure
    ("eighty-five per cent").
    """
    # Collective nouns ("une centaine de", "des dizaines de") count only before "de".
    approximate = rf"{_trie(collectives)}(?=\s+d(?:e\b|['’]))" if collectives else "(?!)"
    token = rf"(?:{_trie(phrases | cardinals)}|{approximate})"
    more = rf"(?:{_trie(phrases | cardinals | set(fractions))}|{approximate})"
    ordinal = _trie(ordinals)
    joint = rf"(?:\s+{connector}\s+|[\s-]+)"
    starts = _starting_with([*cardinals, *ordinals, *phrases, *collectives])
    return (
        rf"{starts}(?P<words>\b(?:{token}(?:{joint}{more})*(?:(?:-|\s+{connector}\s+){ordinal})?"
        rf"|{ordinal}(?:\s+{ordinal})*)(?:\s+{connector}\s+{half})?(?:{percent})?\b)"
    )


def _english() -> _Rules:
    percent = r"\s+(?:per\s?cent|percent)\b"
    scales = {"hundred", "thousand", "million", "billion", "trillion"}
    cardinals = _words_of(_spell(_CARDINALS, "en")) - {"and"}
    cardinals |= {s + "s" for s in scales} | {"dozen", "dozens", "half", "twice"}  # hand: en
    ordinals = {p.split()[-1].split("-")[-1] for p in _spell(_ORDINALS, "en", "ordinal")}
    phrases = {
        f"{few} of {many}"
        for few in ("tens", "hundreds", "dozens")
        for many in ("thousands", "millions")
    }
    phrases |= {
        f"a {n}" for n in ("hundred", "thousand", "million", "billion", "dozen", "half", "quarter")
    }
    fractions = {o + "s" for o in ordinals - {"first", "second"}} | {"quarters", "halves"}
    return _Rules(
        after_number=r"\s(?:hundred|thousand|million|billion|trillion)(?![a-z])",
        percent=rf"{_PERCENT_SIGN}|{percent}",
        ordinal=r"(?:st|nd|rd|th)(?![a-z])|(?<=0)['’]?s(?![a-z])",  # 70th, 1st; the 1950s
        range_words=r"to",
        words=_latin_words(
            cardinals, ordinals, phrases, "and", "a\\s+half", percent, fractions=fractions
        ),
        cardinal_words=frozenset(cardinals),
        ordinal_words=frozenset(ordinals),
        connector="and",
    )


def _french() -> _Rules:
    percent = r"\s+pour\s?cent\b"
    cardinals = _words_of(_spell(_CARDINALS, "fr")) - {"et"}
    cardinals |= {"une", "millier", "milliers", "moitié"}  # hand: fr
    ordinals = {p.split()[-1].split("-")[-1] for p in _spell(_ORDINALS, "fr", "ordinal")}
    ordinals = {"vingtième" if o == "vingtsième" else o for o in ordinals}  # num2words typo
    ordinals |= {o + "s" for o in ordinals if o.endswith("ième")}
    ordinals |= {"première", "premiers", "premières", "second", "seconde", "seconds", "secondes"}
    phrases = {
        f"{few} de {many}" for few in ("dizaines", "centaines") for many in ("milliers", "millions")
    } | {"demi-douzaine", "demi-million"}
    collectives = ["centaine", "centaines"] + [  # hand: fr approximate counts ("une vingtaine")
        f"{stem}aine{plural}"
        for stem in ("diz", "douz", "quinz", "vingt", "trent", "quarant", "cinquant", "soixant")
        for plural in ("", "s")
    ]
    return _Rules(
        after_number=r"\s(?:millions?|milliards?|mille|milliers?)(?![a-zà-ÿ])",
        percent=rf"{_PERCENT_SIGN}|{percent}",
        ordinal=r"(?:ère|ème|eme|er|re|nde?|e|ᵉʳ|ʳᵉ|ᵉ)(?![a-zà-ÿ])",  # 70e, 1er, 1re, 2nde
        range_words="à",
        words=_latin_words(
            _without_accents(cardinals),
            _without_accents(ordinals),
            phrases,
            "et",
            "demie?",
            percent,
            collectives,
            fractions={"tiers", "quart", "quarts"},  # hand: fr
        ),
        cardinal_words=frozenset(_without_accents(cardinals)),
        ordinal_words=frozenset(_without_accents(ordinals)),
        connector="et",
    )


def _spanish() -> _Rules:
    percent = r"\s+por\s?ciento\b"
    cardinals = _words_of(_spell([*_CARDINALS, 2 * 10**12], "es")) - {"y"}
    cardinals |= {c.replace("ientos", "ientas") for c in cardinals}  # doscientas
    cardinals |= {"una", "veintiuna", "veintiún"}  # hand: es feminine and short forms
    cardinals |= {"miles", "cientos", "centenares", "millares", "centenar", "millar", "mitad"}
    cardinals |= {"decena", "decenas", "docena", "docenas"}  # hand: es collective nouns
    ordinals = _words_of(_spell(_ORDINALS, "es", "ordinal"))
    ordinals |= {"undécimo", "duodécimo", "decimoprimero", "decimosegundo", "cuadragésimo"}
    ordinals |= {o[:-1] + "a" for o in ordinals if o.endswith("o")}  # primera, vigésima
    ordinals |= {"primer", "tercer", "primeros", "primeras"}  # hand: es short forms, plurals
    phrases = {
        f"{few} de {many}"
        for few in ("decenas", "cientos", "centenares")
        for many in ("miles", "millones")
    } | {"miles de millones", "medio centenar", "medio millón", "media docena"}
    return _Rules(
        after_number=r"\s(?:mil(?:\s+millones)?|mill[oó]n|millones|bill[oó]n|billones)(?![a-z])",
        percent=rf"{_PERCENT_SIGN}|{percent}",
        ordinal=r"\.?[ºª°]|\.?er(?![a-z])",  # 70.º, 70º, 70ª, 1.er
        range_words="a",
        words=_latin_words(
            _without_accents(cardinals),
            _without_accents(ordinals),
            phrases,
            "y",
            "medi[oa]",
            percent,
            fractions={"tercio", "tercios"},  # hand: es
        ),
        cardinal_words=frozenset(_without_accents(cardinals)),
        ordinal_words=frozenset(_without_accents(ordinals)),
        connector="y",
    )


# Korean (ko). Words are runs of Hangul syllables; particles attach to them.
_KO_START = "(?<![가-힣])"
_KO_PARTICLE = (  # case particles and the copula that attach to a number word
    "(?:에서|에게|으로|부터|까지|보다|밖에|가량|정도|남짓|이상|이하|미만|동안|이나|이라|이었다|였다|이다"
    "|이며|의|이|가|을|를|은|는|에|도|만|과|와|로|씩|쯤|뿐|간|여|다|며|인)"
)
_KO_WORD_END = rf"(?=[^가-힣]|$|{_KO_PARTICLE})"
# Counters after a native numeral: 여섯 곳, 세 명, 두 차례 (attached forms are fewer:
# 세대 "generation" and 한주 are words, not counts).
_KO_NATIVE_COUNTER = (
    rf"(?:\s(?:달러|명|곳|개소|개|건|차례|번|가지|사람|가구|군데|살|해|달|시간|주|척|채|권|장|마리|대)"
    rf"|(?:명|곳|개|건|차례|번|가지|군데|살|시간|달|해)){_KO_WORD_END}"
)
# Counters after a Sino-Korean numeral: 삼 년, 백 명, 십만 원.
_KO_SINO_COUNTER = rf"\s?(?:명|년|개월|주년|세|퍼센트|가구|원|달러){_KO_WORD_END}"
# Counters inside a range: "8만 명~12만 명", "8만 명에서 12만 명까지".
_KO_RANGE_COUNTER = "(?:명|곳|개|건|년|주년|세)"
# Units after digits: 20만, 3천, 1억 2천만, 5백.
_KO_UNIT = r"(?:[십백천]?[만억조]|[백천])"


def _korean() -> _Rules:
    # Native numerals: num2words writes ordinals with them ("열두 번째").
    prenominal = {p.removesuffix(" 번째") for p in _spell(range(2, 100), "ko", "ordinal")}
    prenominal |= {"한", "스무"}  # hand: num2words writes 1 as 첫 번째 and 20 as 스물 번째
    standalone = {"한": "하나", "두": "둘", "세": "셋", "네": "넷", "스무": "스물"}
    nominal = {re.sub("(한|두|세|네|스무)$", lambda m: standalone[m[1]], p) for p in prenominal}
    native = _trie(prenominal | nominal)
    # Before any noun, 두 세 다섯... count ("두 수용소"); 한 (also "did", "a") and
    # 네 (also "yes", "your") and 열 (also "open") count only before a counter.
    before_noun = _trie(prenominal - {"한", "네", "열"})
    alone = _trie((nominal - {"열"}) | {"절반"})  # 열 alone is also "heat"; hand: 절반 "half"
    # Sino-Korean numerals: digits 일..구, units 십 백 천, big units 만 억 조.
    digits = "".join(_spell(range(1, 10), "ko"))
    smalls = "".join(_spell((10, 100, 1000), "ko"))
    bigs = "".join(w[-1] for w in _spell((10**4, 10**8, 10**12), "ko"))
    digit, small, big = f"[{digits}]", f"[{smalls}]", f"[{bigs}]"
    sino = rf"(?:(?:{digit}?{small})+{digit}?|{digit}?{big}|{digit})"
    starts = _starting_with(
        [*prenominal, *nominal, "첫", "수", "몇", "절", *digits, *smalls, *bigs]
    )
    words = (
        rf"{starts}(?:"
        + (
            # ordinals: 첫 번째, 두 번째, 첫째, 둘째, and 첫 before a noun (첫 공개 처형)
            rf"(?P<kord>{_KO_START}(?:(?:(?:첫|{native})\s?번째|(?:첫|{_trie(nominal - {'하나'})})째)"
            rf"{_KO_WORD_END}|첫(?=\s|날|해)))"
            # native numerals before a counter (여섯 곳, 세 명) or alone (여섯이, 하나의)
            rf"|(?P<knative>{_KO_START}(?:{native}(?={_KO_NATIVE_COUNTER})|{before_noun}(?=\s[가-힣])"
            rf"|{alone}{_KO_WORD_END}))"
            # vague and large Sino-Korean words: 수만, 수십만, 수천, 백만, 이십만
            rf"|(?P<ksino>{_KO_START}(?:[수몇](?:{small}{big}?|{big})|(?:{digit}?{small})+{digit}?{big})"
            rf"(?=(?:{_KO_NATIVE_COUNTER}|{_KO_SINO_COUNTER}|{_KO_WORD_END})))"
            # any Sino-Korean number before a counter: 삼 년, 백 명, 이십 년
            rf"|(?P<kcounted>{_KO_START}{sino}(?={_KO_SINO_COUNTER}))"
        )
        + ")"
    )
    return _Rules(
        after_number=rf"{_KO_UNIT}(?:\s?{_NUMBER}{_KO_UNIT})*",
        percent=rf"{_PERCENT_SIGN}|\s?(?:퍼센트|프로(?![가-힣]))",
        ordinal=r"\s?번째",
        words=words,
    )


def _arabic() -> _Rules:
    units = _spell(range(1, 11), "ar")  # واحد اثنان ثلاثة ... عشرة
    words = set(units) | {u[:-1] for u in units[2:] if u.endswith("ة")}  # ثلاث, ست: feminine
    words |= {"واحدة", "واحدا", "اثنين", "اثنتان", "اثنتين", "ثماني", "ثمان"}  # hand: ar forms
    tens = _spell(range(20, 100, 10), "ar")  # عشرون ... تسعون
    words |= set(tens) | {t[:-2] + "ين" for t in tens}  # عشرين: the oblique case
    large = _words_of(
        _spell((*range(100, 1000, 100), 1000, 2000, 3000, 10**6, 2 * 10**6, 3 * 10**6, 10**9), "ar")
    ) - {"و", *units}
    words |= large | {"مئة", "مئتي", "مئتين", "مائتا", "مائتي", "مائتين", "ألفي", "ألفين"}
    words |= {"مليوني", "مليونين", "مليارات"}  # hand: dual and plural forms
    words |= {"عشرات", "مئات", "نصف", "ثلث", "ثلثا", "ثلثي", "ربع"}  # hand: collectives, fractions
    words |= {w.replace("مائة", "مئة") for w in words}
    words |= {w.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا") for w in words}  # no hamza
    teens = set(_spell(range(11, 20), "ar"))  # whole phrases: أحد alone is "someone"
    teens |= {"إحدى عشرة", "اثنتا عشرة", "اثني عشر", "اثنتي عشرة"}  # hand: feminine, oblique
    phrases = {f"{few} {many}" for few in ("عشرات", "مئات") for many in ("الآلاف", "الملايين")}
    # Ordinals: ثالث, خامسة عشرة; أول and ثاني also name months (see _NOT_A_QUANTITY).
    ordinals = _spell(range(1, 11), "ar", "ordinal")
    first = {"أول", "أولى", "اول", "اولى"}
    words |= {*ordinals, *(o + "ة" for o in ordinals), *first}
    token = _trie(phrases | teens | words)
    more = _trie(phrases | teens | words - first)  # "الأشهر الثمانية عشر" + "الأولى": two figures
    percent = r"\s+(?:في\s+الما?ئة|في\s+المئة|بالما?ئة|بالمئة)(?!\w)"
    # Clitics written onto the word (و "and", ف, ب "with", ك, ل "for", ال "the") are not
    # part of the figure: "وستة" -> "ستة", "بعشرات الآلاف" -> "عشرات الآلاف".
    clitics = "(?:[وف]?(?:[بكل]?ال|لل|[بكل])?)"
    return _Rules(
        after_number=r"\s(?:ألفا|ألف|الف|آلاف|الاف|مليونا|مليون|ملايين|مليارات|مليار)(?!\w)",
        percent=rf"{_PERCENT_SIGN}|{percent}",
        range_words="(?:إلى|الى)",
        words=_starting_with([*phrases, *teens, *words, *"وفبكلا"])
        + rf"(?<!\w){clitics}(?P<arword>{token}(?:\s+(?:و\s?)?(?:ال)?{more})*(?:{percent})?)(?!\w)",
    )


_RULES = {"en": _english, "fr": _french, "es": _spanish, "ko": _korean, "ar": _arabic}


# ---------------------------------------------------------------------------
# The detector: one compiled regex per language, plus a few context checks.

# Words that are numbers only in some contexts, per language: (before, after)
# regexes; the word is NOT a figure when either matches right before or
# right after it. NUMBER stands for digits or a cardinal word of the language.
_NOT_A_QUANTITY: dict[str, dict[str, tuple[str, str]]] = {
    # en: no one, one of the (but: one of two), one another, one's own, one must (a pronoun),
    # at first, first-hand
    "en": {
        "one": (
            r"\b(?:no|any|every)\s+$",
            r"^(?:\s+of\s+(?!NUMBER)|\s+another\b|['’]s\b"
            r"|\s+(?:must|should|can|cannot|could|may|might|would|has\s+to|needs\s+to)\b)",
        ),
        "first": (r"\bat\s+$", r"^-hand\b"),
        "second": ("(?!)", r"^-hand\b"),
        "half": ("(?!)", r"^-(?:brother|sister)"),
    },
    "fr": {  # un/une is an article unless "un détenu sur cinq"; flambant neuf; Premier ministre
        "un": ("(?!)", r"^(?!(?:\s+[^\W\d_]+)?\s+sur\s+NUMBER)"),
        "une": ("(?!)", r"^(?!(?:\s+[^\W\d_]+)?\s+sur\s+NUMBER)"),
        "neuf": (r"\b(?:flambant|tout|à)\s+$", "(?!)"),
        "premier": ("(?!)", r"^\s+ministre"),
        "première": ("(?!)", r"^\s+ministre"),
    },
    # es: un/una is an article unless "uno de cada cinco"; uno de los, uno debe (a pronoun);
    # primer ministro
    "es": {
        "un": ("(?!)", r"^(?!(?:\s+[^\W\d_]+)?\s+de\s+cada\b)"),
        "una": ("(?!)", r"^(?!(?:\s+[^\W\d_]+)?\s+de\s+cada\b)"),
        "uno": ("(?!)", r"^\s+(?:de\s+(?!cada\b)|(?:debe|puede|podría|tiene\s+que)\b)"),
        "primer": ("(?!)", r"^\s+ministr[oa]"),
        "primera": ("(?!)", r"^\s+ministr[oa]"),
    },
    "ko": {  # 수용소 중 하나: "one of the camps"
        "하나": (r"중\s*$", "(?!)"),
    },
    # ar: واحد من: one of (but واحد من كل خمسة: one in five); في آن واحد: at the same time;
    # كانون الثاني, تشرين الأول, ربيع الأول...: months
    "ar": {
        "واحد": (r"(?:آن|وقت)\s+$", r"^\s+من\s+(?!كل(?!\w))"),
        "واحدة": (r"(?:آن|وقت)\s+$", r"^\s+من\s+(?!كل(?!\w))"),
        "واحدا": (r"(?:آن|وقت)\s+$", r"^\s+من\s+(?!كل(?!\w))"),
        **{
            word: (r"(?:كانون|تشرين|ربيع|جمادى)\s+(?:ال)?$", "(?!)")
            for word in ("أول", "أولى", "اول", "اولى", "ثاني", "ثانية")
        },
    },
}
_CONTEXT = 24  # characters of context the checks above look at
_YEAR = re.compile(r"\d{4}(?:['’]?s)?")
_KO_UNIT_AFTER_DIGIT = re.compile(r"\d\s?[십백천만억조]")
_LETTER = re.compile(r"[^\W\d_]")
_WORD_BREAK = re.compile(r"[\s-]+")


class _Detector:
    """Finds the figures of one language."""

    def __init__(self, language: str) -> None:
        rules = _RULES[language]() if language in _RULES else _Rules()
        self.language = language
        self.rules = rules
        suffix = rf"(?:{rules.percent}|{rules.ordinal})?"
        prefix = rf"(?:{_KO_START}제\s?)?" if language == "ko" else ""  # 제70 (ko ordinal)
        number = rf"{_START}{prefix}{_SIGN}{_NUMBER}(?:{rules.after_number or '(?!)'})?{suffix}"
        counter = rf"(?:\s?{_KO_RANGE_COUNTER})?" if language == "ko" else ""
        # A range: two numbers joined by a dash, a tilde, a word ("to", "à", "a", "إلى")
        # or, in Korean, "8만 명에서 12만 명까지".
        korean_range = r"|(?P<from>에서)" if language == "ko" else ""
        until = rf"(?(from)(?=\s?{_KO_RANGE_COUNTER}?\s?까지))" if korean_range else ""
        joint = rf"(?:{_DASH}|\s+{rules.range_words}\s+{korean_range})"
        words = f"|{rules.words}" if rules.words else ""
        self.pattern = re.compile(
            rf"(?=[\d+\-\u2212\u00b1{'제' if prefix else ''}])"  # fail fast where no number starts
            rf"(?:(?P<date>{_DATE})|(?P<time>{_TIME})"
            rf"|(?P<num>{number}(?P<rng>{counter}{joint}\s?(?P<rng2>{number}){until})?))"
            rf"{words}",
            re.IGNORECASE,
        )
        self.number = re.compile(number, re.IGNORECASE)
        self.percent_tail = re.compile(rf"(?:{rules.percent})$", re.IGNORECASE)
        self.ordinal_tail = re.compile(rf"(?:{rules.ordinal})$|^제", re.IGNORECASE)
        number_word = rf"(?:\d|{_trie(rules.cardinal_words)}\b)"
        self.exceptions = {
            word: (
                re.compile(before, re.IGNORECASE),
                re.compile(after.replace("NUMBER", number_word), re.IGNORECASE),
            )
            for word, (before, after) in _NOT_A_QUANTITY.get(language, {}).items()
        }

    def find(self, text: str) -> list[Figure]:
        """The figures of ``text`` (see :func:`find_figures`)."""
        if _SKIP_HINT.search(text):  # hide URLs and e-mail addresses, keeping offsets
            text = mask(text, (m[0] for m in _SKIP.finditer(text)))
        figures: list[Figure] = []
        for match in self.pattern.finditer(text):
            branch = match.lastgroup
            if branch is None:
                continue
            start, end = match.span(branch)
            if branch == "num":
                figures.extend(self._numbers(text, match))
            elif branch in ("date", "time"):
                figures.append(Figure(start, end, text[start:end], branch))
            elif self._is_quantity(text, match, start, end):
                figures.extend(self._words(text, start, end, branch))
        return figures

    # -- digits -------------------------------------------------------------

    def _numbers(self, text: str, match: re.Match[str]) -> list[Figure]:
        start, end = match.span("num")
        if match["rng"] is None:
            return [self._number(text, start, end)]
        # "in 2011 to 15 years" is a year and a count, not a range: words join
        # only numbers of the same sort (two years, or two counts).
        first = self.number.match(text, start)
        second_start, second_end = match.span("rng2")
        assert first is not None  # the range begins with a number
        joined_by_word = _LETTER.search(text, first.end(), second_start)
        if joined_by_word and self._is_year(first[0]) != self._is_year(text[second_start:end]):
            return [
                self._number(text, start, first.end()),
                self._number(text, second_start, second_end),
            ]
        return [Figure(start, end, text[start:end], "range")]

    def _number(self, text: str, start: int, end: int) -> Figure:
        figure = text[start:end]
        if self.percent_tail.search(figure):
            kind = "percent"
        elif self._is_year(figure):
            kind = "year"
        elif self.ordinal_tail.search(figure):
            kind = "ordinal"
        elif self.language == "ko" and _KO_UNIT_AFTER_DIGIT.search(figure):
            kind = "korean-unit"
        else:
            kind = "digits"
        return Figure(start, end, figure, kind)

    @staticmethod
    def _is_year(figure: str) -> bool:
        """1950, ٢٠١٢, the 1950s (int() reads digits of any script)."""
        return bool(_YEAR.fullmatch(figure)) and 1000 <= int(figure[:4]) <= 2999

    # -- words --------------------------------------------------------------

    def _is_quantity(self, text: str, match: re.Match[str], start: int, end: int) -> bool:
        """False for number words used as something else (pronoun, article, name...)."""
        word = text[start:end].lower()
        if self.language == "ko" and match.lastgroup == "kcounted" and end - start == 1:
            # one Sino-Korean syllable counts only when spaced from its counter:
            # "삼 년" is three years, "일명" (alias) and "천명" (declaration) are words.
            return text[end : end + 1].isspace()
        if self.language == "ar":
            clitics = text[match.start() : start]
            definite = "ال" in clitics or clitics.endswith("لل")
            # الاثنين is Monday and الواحد "the single", not counts; لست is "I am not".
            if definite and word in ("اثنين", "إثنين", "واحد", "واحدة"):
                return False
            if word == "ست" and "ل" in clitics:
                return False
        checks = self.exceptions.get(word)
        if checks is None:
            return True
        before, after = checks
        return not (
            before.search(text[max(0, start - _CONTEXT) : start])
            or after.search(text[end : end + _CONTEXT])
        )

    def _words(self, text: str, start: int, end: int, branch: str) -> list[Figure]:
        """The figure(s) of a run of number words.

        "five and six thousand" is two figures: a run joined by the connector
        ("and", "et", "y") that text2num cannot read as one number is split
        at its connectors.
        """
        figure = text[start:end]
        words = _WORD_BREAK.split(figure.lower())
        if self.percent_tail.search(figure):
            kind = "percent"
        elif branch == "kord" or words[-1] in self.rules.ordinal_words:
            kind = "ordinal"
        else:
            kind = "words"
        connector = self.rules.connector
        if (
            not connector
            or connector not in words
            or not all(w in self.rules.cardinal_words or w == connector for w in words)
            or _reads_as_one_number(" ".join(words), self.language)
        ):
            return [Figure(start, end, figure, kind)]
        parts: list[Figure] = []
        at = start
        for piece in re.split(rf"(\s+{connector}\s+)", figure, flags=re.IGNORECASE):
            if connector != piece.strip().lower():
                parts.append(Figure(at, at + len(piece), piece, "words"))
            at += len(piece)
        return parts


def _reads_as_one_number(words: str, language: str) -> bool:
    """Whether text2num reads the words as one number ("two hundred and fifty": yes)."""
    from text_to_num import text2num  # only needed for the rare runs with "and", "et", "y"

    try:
        text2num(words, language)
    except ValueError:
        return False
    return True


@cache
def _detector(language: str) -> _Detector:
    """The detector of a language, built on first use and kept."""
    return _Detector(language)
