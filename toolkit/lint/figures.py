"""Find the figures in a string: every number a reader sees, in the string's language.

A *figure* is digits in any script (with the locale's separators, a sign, a
percent or per-mille sign, an ordinal ending, Korean counting units, an
abbreviated magnitude such as "5bn"), a range of such numbers, a fraction,
a date or a time, or a quantity written in words ("six", "tens of
thousands", "tripled", "des dizaines de milliers", "수만", "이틀",
"عشرات الآلاف", "عامين"). The lint reports every figure that no cited fact
produced, so the detector aims to miss nothing while knowing the words
that only look like numbers ("one of the", "une amnistie", "일부",
"كانون الثاني", "first of all", "COVID-19"): see :mod:`toolkit.lint.contexts`
and the data files of :mod:`toolkit.lint.phrasebook`. The policy it follows
is written in ``tests/lint_corpus/README.md``.

Typed fields that are not prose (phones, e-mails, references, URLs) are
hidden with :func:`mask` before detection; URLs and e-mail addresses left in
prose are skipped too.

Number words come from num2words (:mod:`toolkit.lint.vocab`): they are
generated the first time a language is used, then kept for the process
(importing num2words alone costs ~40 ms, so importing this module stays cheap).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from toolkit.lint import contexts
from toolkit.lint.duals import COUNTED_AFTER, COUNTED_BEFORE, general_duals
from toolkit.lint.phrasebook import phrasebook
from toolkit.lint.regexcache import compile_kept
from toolkit.lint.scan import Scanner
from toolkit.lint.vocab import LANGUAGES, rules
from toolkit.lint.vocab.arabic import arabic_duals
from toolkit.lint.vocab.korean import KO_RANGE_COUNTER, KO_START
from toolkit.lint.vocab.parts import (
    DASH,
    DATE,
    NOT_AN_IDENTIFIER,
    NUMBER,
    SIGN,
    START,
    TIME,
    VULGAR,
    trie,
)

__all__ = ["MASK", "Figure", "find_figures", "mask"]

MASK = "\ufffc"  # OBJECT REPLACEMENT CHARACTER: written by mask(), never part of a figure


@dataclass(frozen=True)
class Figure:
    """A figure found in a text; ``text == source[start:end]``."""

    start: int  # character offset in the text
    end: int
    text: str
    # digits, percent, ordinal, year, range, date, time, fraction, words, korean-unit
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
    return language if language in LANGUAGES else ""


# URLs and e-mail addresses are never prose, even with digits in them.
_TLD = "(?:org|com|net|int|gov|edu|info|kr|uk|fr|es)"
_SKIP = re.compile(
    r"(?:https?://|ftp://|www\.)[^\s<>\"'“”]+"
    r"|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    rf"|(?<![\w.@/-])(?:[a-z0-9-]+\.)+{_TLD}(?:/[^\s<>\"']*)?(?![\w-])",
    re.IGNORECASE,
)
_SKIP_HINT = re.compile(rf"@|://|www\.|\.{_TLD}\b", re.IGNORECASE)  # cheap test before _SKIP
_CONTEXT = 40  # characters before a number word that its checks look at
_AFTER = 80  # characters after it: "un bureau de vote accessible sur vingt"
_YEAR = re.compile(r"\d{4}(?:['’]?s)?")
_KO_UNIT_AFTER_DIGIT = re.compile(r"\d\s?여?[십백천만억조]")
_KO_YEARS_AFTER = re.compile(r"\s?(?:년|개월|주년|퍼센트)")
_AR_UNIT = (
    "(?:واحد|واحدة|اثنين|اثنتين|اثنتي|اثني|اثنا|اثنتا|ثلاث|ثلاثة|أربع|أربعة|خمس|خمسة|ست|ستة|سبع"
    "|سبعة|ثمان|ثماني|ثمانية|تسع|تسعة|عشر|عشرة|أحد|إحدى)"
)
# A unit or a teen joined by و to another: Arabic joins units only to tens ("ثلاث وعشرون").
_AR_UNITS_JOINED = re.compile(
    rf"(?P<a>{_AR_UNIT}(?:\s+عشرة?)?)\s+و\s?(?P<b>{_AR_UNIT}(?:\s+عشرة?)?)"
)
# A half joined by و to one number word that is not a scale word: the half of an hour or a
# unit after an ordinal or a count ("السادسة والنصف"); "مليون ونصف" stays one number.
_AR_HALF_AFTER = re.compile(
    r"^(?!(?:مليون|مليار|ألف|الف|مئة|مائة)\s)[^\s]+\s+و(?:ال)?(?P<half>نصف)$"
)
_OF_AFTER = re.compile(r"\s+(?:of|de|d['’]|des|del)\b", re.IGNORECASE)
_EN_HALF_THEN_COUNT = re.compile(r"half\s+(?!a\b|an\b)(?P<count>[a-z].*)", re.IGNORECASE)
_FR_ARTICLE_ORDINAL = re.compile(r"une?\s+(?P<ordinal>[^\W\d_]+i[èe]me)", re.IGNORECASE)
_FR_FRACTION_FOLLOWS = re.compile(
    r"\s*(?:[,.;:!?)»]|$)|\s+(?:de|d['’]|des|du|et|ou|en|à|au|aux|par|pour|sur|depuis|entre"
    r"|seulement|environ|a|ont|est|sont|était|étaient|avait|avaient)\b",
    re.IGNORECASE,
)
_CLOCK_BETWEEN = re.compile(r"(?-i:[ap])\.?m\b")  # "11 p.m. to 5 a.m.": a range of hours
_ES_CLOCK = re.compile(
    r"(?P<hour>una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)\s+y\s+"
    r"(?P<part>cuarto|media)",
    re.IGNORECASE,
)
_ES_CLOCK_BEFORE = re.compile(r"\blas?\s+$", re.IGNORECASE)
# "Only one of the 14 observers was allowed in" counts; "he was only one of the hundreds" is
# "one among them" (after a copula), like "one of the six camps".
_ONLY = re.compile(
    r"(?<!\bwas )(?<!\bis )(?<!\bbe )(?<!\bwere )(?<!\bare )(?<!['’]s )\b(?:only|just|exactly)\s+$",
    re.IGNORECASE,
)
# (``before`` ends where the figure's word starts, after its clitics: "الساعة ال|واحدة")
_AR_HOUR_BEFORE = re.compile(r"ساعة\s+(?:ال)?$")
_AR_ONLY_BEFORE = re.compile(r"(?<!\w)(?:سوى|إلا|الا)\s+(?:[^\W\d_]+\s+)?(?:[وبل]?ال)?$")
# "معتقلان اثنان" (two detainees): the number two after a dual is the figure, not an adjective
_AR_TWO = frozenset({"اثنان", "اثنين", "اثنتان", "اثنتين"})
_KO_RANGE_END = re.compile(
    rf"\s?(?:{KO_RANGE_COUNTER}|달|해|시간|일|주|번|차례|살)?\s?(?:까지|동안|사이|간)"
)
_KO_LAW_BEFORE = re.compile(r"(?:법|법률|조례|규칙|시행령|협약|규약|헌장)\s?$")
_KO_ARTICLE_AFTER = re.compile(r"\s?(?:위반|\d+\s?항|에\s?따라|에\s?의거|에\s?근거)")
_KO_FULL_AGE = re.compile(
    r"\s?(?:\d{1,3}\s?(?:세|살)|(?:한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|스무|서른|마흔|쉰|예순|일흔"
    r"|여든|아흔)\S*\s?살|[일이삼사오육칠팔구십]+\s?세)"
)
_KO_ONE_OF = re.compile(r"(?:중|가운데)\s*$")  # 수감자 중 한 명: "one of the prisoners"
# The (at most two) words of the group before 중, within the clause: "세 자매", "다섯 명".
_KO_GROUP = re.compile(r"(?:[^\s,.;:!?·]+\s+)?[^\s,.;:!?·]+\s*$")
_KO_THEM = frozenset({"그", "이"})  # 그중, 이 가운데: "of them", "of these"
# Arabic vowel marks (tashkeel: fatha, damma, kasra, tanwin, shadda, sukun...), the
# superscript alef and tatweel: "خُمس", "ثلاثـة" are read as "خمس", "ثلاثة".
_ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")
_ARABIC_MARKS_RUN = re.compile("[\u064b-\u065f\u0670\u0640]*")
_LETTER = re.compile(r"[^\W\d_]")
_WORD_BREAK = re.compile(r"[\s-]+")
_ROMAN = re.compile(r"[IVXLC]+(?:e|ème|ᵉ)?")
_CURRENCY = frozenset("$£€¥₩")
_WORD_CHAR = re.compile(r"[\w²³]")
_ARTICLE_BEFORE = re.compile(r"\ban?\s+$", re.IGNORECASE)  # "a 5m wall": a length
# What follows a length in metres: "5m-high", "5m high", "the 100m race".
_METRES_AFTER = re.compile(
    r"-|\s+(?:high|long|tall|wide|deep|thick|away|above|below|apart|across|square|race"
    r"|sprint|hurdles|freestyle|in\s+(?:height|length|width|diameter|depth))\b",
    re.IGNORECASE,
)
_WORD_KINDS = ("words", "ordinal", "percent")
# ar: a feminine dual (a noun in ة, its dual in تين/تان: the feminine plural ends in ات, so the
# form is always "two of them") joined by و to a counted noun is a count of its own: "سبعة
# مسؤولين وشركتين" (seven officials and two companies). Not -ستان (باكستان) nor -وتين (بوتين).
_AR_COORDINATED_DUAL = re.compile(
    r"(?:\s+[^\W\d_]+){1,2}\s+و(?P<dual>[^\W\d_]{2,}(?<![سو])ت(?:ين|ان))(?!\w)"
)


# The Arabic word before a dual, its article apart: "الطفلان" -> article "ال", word "طفلان".
_PREVIOUS_WORD = re.compile(r"(?<!\S)[وفبكل]?(?P<article>ال|لل)?(?P<word>[^\W\d_]+)\s+$")


class _Detector:
    """Finds the figures of one language."""

    def __init__(self, language: str) -> None:
        found = rules(language)
        # Korean and Arabic have no letter case: without IGNORECASE their large word
        # patterns compile in half the time.
        flags = re.NOFLAG if language in ("ko", "ar") else re.IGNORECASE
        self.language = language
        self.rules = found
        suffix = rf"(?:{found.percent}|{found.ordinal})?"
        plain = rf"{SIGN}{NUMBER}{NOT_AN_IDENTIFIER}(?:{found.after_number or '(?!)'})?{suffix}"
        # 제70 (a Korean ordinal) takes no unit: "제12조" is Article 12, not 12 trillion.
        ordinal = (
            rf"{KO_START}제\s?{NUMBER}{NOT_AN_IDENTIFIER}{suffix}|" if language == "ko" else ""
        )
        # The second number of a range follows a dash or a word: no identifier to rule out.
        second = rf"(?<![A-Za-z\u00c0-\u024f\d]){plain}"
        # a counter (Korean) or am/pm (English: "from 11 p.m. to 5 a.m.") inside a range
        counter = {"ko": rf"(?:\s?{KO_RANGE_COUNTER})?", "en": r"(?:\s?(?-i:[ap])\.?m\.?)?"}.get(
            language, ""
        )
        # A range: two numbers joined by a dash, a tilde, a word ("to", "à", "a", "إلى")
        # or, in Korean, "8만 명에서 12만 명까지".
        korean_range = r"|(?P<from>에서)" if language == "ko" else ""
        until = rf"(?(from)(?=\s?{KO_RANGE_COUNTER}?\s?까지))" if korean_range else ""
        # ("11- to 14-year-olds": a hyphen may hang before the range word)
        joint = rf"(?:{DASH}|-?\s+{found.range_words}\s+{korean_range})"
        words = "|".join(w for w in (found.letters_first, found.words) if w)
        self.scanner = Scanner(
            rf"(?:{found.digits_first}|(?P<date>{DATE})"
            rf"|(?P<time>{TIME}(?:(?:{DASH}|\s+{found.range_words}\s+){TIME})?)"  # 6:00 a 18:00
            rf"|(?P<num>{START}(?P<first>{ordinal}{plain})"
            rf"(?P<rng>{counter}{joint}\s?(?P<rng2>{second}){until})?))",
            rf"\d+\-\u2212\u00b1{VULGAR}{'제' if ordinal else ''}",
            rf"(?=(?-i:[{found.word_starts}]))(?:{words})" if words else "",
            flags,
        )
        self.percent_tail = compile_kept(rf"(?:{found.percent})$", flags)
        self.ordinal_tail = compile_kept(rf"(?:{found.ordinal})$|^제", flags)
        number_word = rf"(?:\d|{trie(found.count_words or found.cardinal_words)}\b)"
        self.exceptions = {
            word: (
                compile_kept(before.replace("NUMBER", number_word), flags),
                compile_kept(after.replace("NUMBER", number_word), flags),
            )
            for word, (before, after) in contexts.NOT_A_QUANTITY.get(language, {}).items()
        }
        self.known_duals: frozenset[str] = frozenset()
        if language == "ar":
            # A dual after a number is the noun it counts ("{n} شخصان": Arabic's plural form
            # for two); before numbers it names them ("المعسكران 14 و15"); after كلا it is
            # "both" ("كلا الرجلين", both men, as English says it). None counts.
            self.exceptions.update(dict.fromkeys(arabic_duals(), (COUNTED_BEFORE, COUNTED_AFTER)))
            self.known_duals = arabic_duals() | found.count_words
        self.only_with = {
            word: (re.compile(before), re.compile(after))
            for word, (before, after) in contexts.ONLY_WITH.get(language, {}).items()
        }
        self.listed = phrasebook(language).not_figures
        self.latin = language in ("en", "fr", "es")
        # two numbers in words joined by the range word, or in Korean by a counter and 에서:
        # "석 달에서 다섯 달" (from three to five months), as "8만 명에서 12만 명까지"
        self.word_range = compile_kept(
            rf"\s?(?:{KO_RANGE_COUNTER}|달|해|시간|일|주|번|차례|살)?\s?(?:에서|~)\s?"
            if language == "ko"
            else rf"\s+(?:{found.range_words})\s+",
            flags,
        )
        # "only one of the 14 observers", "solo una de las 47", "seul un des 11": a count
        of_the = {"en": r"of\s+(?:the\s+)?", "fr": r"(?:des|d['’]entre(?:\s+les)?)\s+"}.get(
            language, r"de\s+(?:(?:entre\s+)?(?:los|las)\s+)?"
        )
        self.of_a_number = compile_kept(rf"^\s+{of_the}{number_word}", flags)

    def find(self, text: str) -> list[Figure]:
        """The figures of ``text`` (see :func:`find_figures`)."""
        if self.language == "ar" and _ARABIC_MARKS.search(text):
            return self._without_marks(text)
        if _SKIP_HINT.search(text):  # hide URLs and e-mail addresses, keeping offsets
            text = mask(text, (m[0] for m in _SKIP.finditer(text)))
        figures: list[Figure] = []
        for origin, match in self.scanner.matches(text):
            branch = match.lastgroup
            if branch is None:
                continue
            start, end = match.span(branch)
            if branch == "num":
                figures.extend(self._numbers(text, match))
            elif branch == "cur":
                figures.append(Figure(start, end, text[start:end], "digits"))
            elif branch in ("date", "time"):
                figures.append(Figure(start, end, text[start:end], branch))
            elif branch in ("frac", "kfrac", "ksfrac"):
                figures.append(Figure(start, end, text[start:end], "fraction"))
            elif branch == "roman":
                figures.append(Figure(start, end, text[start:end], "ordinal"))
            elif self._is_quantity(text, origin, branch, start, end):
                figures.extend(self._words(text, start, end, branch))
        if self.language == "ar":
            figures = self._with_general_duals(text, figures)
            if figures:
                figures = self._with_coordinated_duals(text, figures)
        if len(figures) > 1:
            figures = self._with_word_ranges(text, figures)
        return self._without_names_and_idioms(text, figures) if figures else figures

    def _goes_down(self, first: str, second: str) -> bool:
        """Whether two numbers in words go down ("de quince a nueve años": a change, two
        figures); a range goes up. Unreadable words are taken as going up."""
        if self.language not in ("en", "fr", "es"):
            return False
        low, high = _words_value(second, self.language), _words_value(first, self.language)
        return low is not None and high is not None and low < high

    def _with_word_ranges(self, text: str, figures: list[Figure]) -> list[Figure]:
        """``figures`` with two numbers in words joined by the range word made one range,
        as digits are ("de cinq à dix ans", "five to ten years"; "entre cinq et dix" stays
        two)."""
        merged: list[Figure] = []
        for figure in figures:
            previous = merged[-1] if merged else None
            if (
                previous is not None
                and previous.kind == figure.kind == "words"
                and self.word_range.fullmatch(text, previous.end, figure.start)
                and not self._goes_down(previous.text, figure.text)
                # Korean "에서 … 로" is a change ("사흘에서 열흘로 늘었다"), "에서 … 까지" a range
                and (self.language != "ko" or _KO_RANGE_END.match(text, figure.end))
            ):
                merged[-1] = Figure(
                    previous.start, figure.end, text[previous.start : figure.end], "range"
                )
                continue
            merged.append(figure)
        return merged

    def _with_general_duals(self, text: str, figures: list[Figure]) -> list[Figure]:
        """``figures`` and the duals of nouns no list names, read by their shape
        ("ممرضتان", "محاميان": see :mod:`toolkit.lint.duals`), where no figure is."""
        added = [
            Figure(a, b, text[a:b], "words")
            for a, b in general_duals(text, self.known_duals)
            if not any(f.start < b and a < f.end for f in figures)
        ]
        return sorted([*figures, *added], key=lambda f: f.start) if added else figures

    @staticmethod
    def _with_coordinated_duals(text: str, figures: list[Figure]) -> list[Figure]:
        """``figures`` and the feminine duals joined to the noun one of them counts: "سبعة
        مسؤولين وشركتين" adds "شركتين" (see ``_AR_COORDINATED_DUAL``)."""
        found = set()
        for figure in figures:
            if figure.kind in ("words", "digits"):
                dual = _AR_COORDINATED_DUAL.match(text, figure.end)
                if dual is not None:
                    found.add(dual.span("dual"))
        known = {(f.start, f.end) for f in figures}
        added = [Figure(a, b, text[a:b], "words") for a, b in found - known]
        return sorted([*figures, *added], key=lambda f: f.start) if added else figures

    def _without_marks(self, text: str) -> list[Figure]:
        """The figures of an Arabic text with vowel marks or tatweel, read without them;
        offsets and texts are the original's, with the marks written on the figure's last
        letter ("خُمس" is found as "خمس", reported as "خُمس"; "ثَلاثَةُ" as "ثَلاثَةُ")."""
        kept = [at for at, char in enumerate(text) if not _ARABIC_MARKS.match(char)]
        plain = "".join(text[at] for at in kept)
        figures = []
        for figure in self.find(plain):
            start, end = kept[figure.start], kept[figure.end - 1] + 1
            marks = _ARABIC_MARKS_RUN.match(text, end)
            end = marks.end() if marks else end
            figures.append(Figure(start, end, text[start:end], figure.kind))
        return figures

    def _without_names_and_idioms(self, text: str, figures: list[Figure]) -> list[Figure]:
        """Drop the figures inside a listed idiom, title or name, an unlisted proper
        name, or an enumeration of the writer's points ("First, …")."""
        spans = contexts.listed_spans(self.listed, text)
        kept = []
        for figure in figures:
            start, end = figure.start, figure.end
            # "una doble moral", "a third party": the article before a listed phrase too
            inner = start + contexts.article_length(figure.text)
            if any(low <= at and end <= high for low, high in spans for at in (start, inner)):
                continue
            if figure.kind in _WORD_KINDS and not figure.text[:1].isdigit():
                roman = _ROMAN.fullmatch(figure.text)  # "XXe siècle" is capitalised, not a name
                if self.latin and not roman and contexts.in_a_name(text, start, end, words=True):
                    continue
                if figure.kind == "ordinal" and contexts.is_enumerator(text, start, end):
                    continue
            elif figure.text[:1].isdigit() and contexts.in_a_name(text, start, end, words=False):
                continue
            kept.append(figure)
        return kept

    # -- digits -------------------------------------------------------------

    def _numbers(self, text: str, match: re.Match[str]) -> list[Figure]:
        start, end = match.span("num")
        if match["rng"] is None:
            return [self._number(text, start, end)]
        # "in 2011 to 15 years" is a year and a count, not a range: words join
        # only numbers of the same sort (two years, or two counts).
        first_end = match.end("first")
        second_start, second_end = match.span("rng2")
        joined_by_word = _LETTER.search(text, first_end, second_start)
        # "voted 320 to 263", "41 to 14": a vote or a score goes down; a range goes up
        if joined_by_word and (
            self._is_year(match["first"]) != self._is_year(match["rng2"])
            or (
                _value(match["rng2"]) < _value(match["first"])
                and not _CLOCK_BETWEEN.search(text, first_end, second_start)
            )
        ):
            return [
                self._number(text, start, first_end),
                self._number(text, second_start, second_end),
            ]
        return [Figure(start, end, text[start:end], "range")]

    def _number(self, text: str, start: int, end: int) -> Figure:
        if self._million_letter(text, start, end):
            end += 1
        if (
            self.language == "ko"
            and text[end - 1] == "조"
            and self._article_of_a_law(text, start, end)
        ):
            end -= 1  # "헌법 21조", "7조 위반": article 21 of a law, not 21 trillion
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

    def _million_letter(self, text: str, start: int, end: int) -> bool:
        """Whether the "m" or "b" written onto the number is a magnitude: "£1.2m", "$5b",
        and in English "1.3m children"; but "a 5m wall", "5m-high", "100m race" are metres."""
        letter = text[end : end + 1]
        if self.language == "ko" or letter not in ("m", "b") or _WORD_CHAR.match(text, end + 1):
            return False
        if text[max(0, start - 1) : start] in _CURRENCY:
            return True
        return (
            letter == "m"
            and self.language == "en"
            and not _ARTICLE_BEFORE.search(text, max(0, start - 4), start)
            and not _METRES_AFTER.match(text, end + 1)
        )

    @staticmethod
    def _article_of_a_law(text: str, start: int, end: int) -> bool:
        """Whether Korean 조 after digits is an article of a law ("헌법 21조", "집시법 11조 때문에",
        "7조 위반") rather than a trillion ("12조 원")."""
        return bool(
            _KO_LAW_BEFORE.search(text, max(0, start - 12), start)
            or _KO_ARTICLE_AFTER.match(text, end)
        )

    @staticmethod
    def _is_year(figure: str) -> bool:
        """1950, ٢٠١٢, the 1950s (int() reads digits of any script)."""
        return bool(_YEAR.fullmatch(figure)) and 1000 <= int(figure[:4]) <= 2999

    # -- words --------------------------------------------------------------

    def _is_quantity(self, text: str, origin: int, branch: str, start: int, end: int) -> bool:
        """False for number words used as something else (pronoun, article, name...).

        ``origin`` is where the match began: Arabic letters written onto the
        word (clitics) lie between it and ``start``.
        """
        word = text[start:end].lower()
        before = text[max(0, start - _CONTEXT) : start]
        after = text[end : end + _AFTER]
        if self.language == "en" and word == "one":
            if contexts.is_speaker_one(before, after):
                return False  # "said one mother": "a certain", not a count
            if _ONLY.search(before) and (
                self.of_a_number.match(after) or not _OF_AFTER.match(after)
            ):
                return True  # "only one of the 14 observers", "only one witness": a count
        if word in ("un", "une", "una", "uno") and (
            contexts.is_only_one(before, after)
            or (contexts.ONLY_BEFORE.search(before) and self.of_a_number.match(after))
        ):
            return True  # "Solo un médico", "seul un bureau", "solo una de las 47": one
        if self.language == "es":
            if word in ("cuarto", "cuartos") and contexts.is_room(before, after):
                return False  # "el cuarto donde dormían", "en su cuarto": a room
            if word == "uno" and contexts.is_generic_uno(before, after):
                return False  # "el barrio en que uno nace": the pronoun "one"
            if word == "una" and contexts.is_one_oclock(before, after):
                return True  # "a la una de la madrugada": one o'clock
        if contexts.is_second_of_time(self.language, word, before, after):
            return False  # "every second counts", "par seconde": a unit of time
        if self.language == "ko":
            if word == "만" and _KO_FULL_AGE.match(after):
                return False  # "만 세 살", "만 18세": full age, not ten thousand
            if branch == "kcounted" and end - start == 1:
                # one Sino-Korean syllable counts only when spaced from its counter
                # (or followed by 여, "-odd"): "삼 년", "십여 명" are counts, "일명"
                # (alias) and "천명" (declaration) are words.
                # 이 is also "this": "이 가구" is this household, "이 년" two years.
                if word == "이" and not _KO_YEARS_AFTER.match(text, end):
                    return False
                return text[end : end + 1].isspace() or text[end : end + 1] == "여"
            if word in ("한", "하나") and (found := _KO_ONE_OF.search(before)):
                return self._counts_a_group(text, start - len(before) + found.start())
            if word == "한" and contexts.is_korean_speaker(after):
                return False  # "피해자 한 명은 '…'고 말했다": one victim said
        if self.language == "ar":
            clitics = text[origin:start]
            definite = "ال" in clitics or clitics.endswith("لل")
            # الاثنين is Monday and الواحد "the single", not counts; لست is "I am not"; الصفر
            # is a point of reference ("تحت الصفر", below zero; "من الصفر", from scratch).
            if word == "واحدة" and _AR_HOUR_BEFORE.search(before):
                return True  # "الساعة الواحدة ظهرا": one o'clock
            if word in ("واحد", "واحدة") and _AR_ONLY_BEFORE.search(before):
                return True  # "لم ينج سوى شخص واحد من الحريق": only one
            if definite and word in ("اثنين", "إثنين", "واحد", "واحدة", "صفر"):
                return False
            if word == "ست" and "ل" in clitics:
                return False
            if (
                word in self.known_duals
                and word not in _AR_TWO
                and self._agrees_with_dual(text, origin, clitics, word)
            ):
                return False  # "الطفلان الشقيقان": the two brothers, one pair of children
        required = self.only_with.get(word)
        if required is not None and not (required[0].search(before) or required[1].search(after)):
            return False
        checks = self.exceptions.get(word)
        if checks is None:
            return True
        return not (checks[0].search(before) or checks[1].search(after))

    def _agrees_with_dual(self, text: str, origin: int, clitics: str, word: str) -> bool:
        """Whether the Arabic dual ``word`` (its clitics from ``origin``) is an adjective
        agreeing with the dual noun right before it, which has its ending and its article:
        "الطفلان الشقيقان", "طفلين شقيقين" (two children, brothers). Not when joined by و
        ("رجلين وطفلين"), nor after a plural ("حكم على المتظاهرين عامين")."""
        if clitics.startswith("و"):
            return False
        previous = _PREVIOUS_WORD.search(text, max(0, origin - _CONTEXT), origin)
        if previous is None or not previous["word"].endswith(word[-2:]):
            return False
        return previous["word"] in self.known_duals and bool(previous["article"]) == (
            "ال" in clitics or clitics.endswith("لل")
        )

    def _counts_a_group(self, text: str, at: int) -> bool:
        """Whether the words right before 중 or 가운데 (at ``at``) count a group, which makes
        the 한 after it a count: "세 자매 중 한 명", "다섯 명 가운데 한 명"; not "수감자 중
        한 명" (one of the prisoners) nor "그중 한 명" (one of them), even after an
        earlier count ("수십 명이 연행됐고, 그중 한 명은")."""
        group = _KO_GROUP.search(text, max(0, at - _CONTEXT), at)
        if group is None or group[0].split()[-1] in _KO_THEM:
            return False
        return bool(self.find(group[0]))

    def _words(self, text: str, start: int, end: int, branch: str) -> list[Figure]:
        """The figure(s) of a run of number words.

        "five and six thousand" is two figures: a run joined by the connector
        ("and", "et", "y") that text2num cannot read as one number is split
        at its connectors.
        """
        figure = text[start:end]
        half_then = _EN_HALF_THEN_COUNT.fullmatch(figure) if self.language == "en" else None
        if half_then is not None:  # "nearly half four years ago": half, then a count of years
            at = start + half_then.start("count")
            return [
                Figure(start, start + 4, figure[:4], "words"),
                Figure(at, end, half_then["count"], "words"),
            ]
        ordinal = _FR_ARTICLE_ORDINAL.fullmatch(figure) if self.language == "fr" else None
        if ordinal is not None and not _FR_FRACTION_FOLLOWS.match(text, end):
            # "un troisième mandat", "Une troisième vague": an article and an ordinal; "un
            # cinquième de la population", "réduit d'un cinquième." are fractions
            at = start + ordinal.start("ordinal")
            return [Figure(at, end, ordinal["ordinal"], "ordinal")]
        clock = _ES_CLOCK.fullmatch(figure) if self.language == "es" else None
        if clock is not None and _ES_CLOCK_BEFORE.search(text, max(0, start - 6), start):
            # "a las once y cuarto", "a la una y media": the hour and its quarter or half, two
            # figures as "dos horas y media" is
            return [
                Figure(start, start + clock.end("hour"), clock["hour"], "words"),
                Figure(start + clock.start("part"), end, clock["part"], "words"),
            ]
        pair = _AR_UNITS_JOINED.fullmatch(figure) if self.language == "ar" else None
        if pair is not None:  # "بين ثلاث وخمس عشرة": two numbers, never one (units join tens)
            return [
                Figure(start + pair.start(k), start + pair.end(k), pair[k], "words") for k in "ab"
            ]
        half = _AR_HALF_AFTER.search(figure) if self.language == "ar" else None
        if half is not None:  # "السادسة والنصف": half past six, two figures as "عامين ونصف"
            head_end = start + figure.index(" ")
            return [
                *self._words(text, start, head_end, branch),
                Figure(start + half.start("half"), end, half["half"], "words"),
            ]
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


def _value(number: str) -> float:
    """The rough value of digits with any separators, to compare two numbers of a range."""
    digits = "".join(str(unicodedata.digit(c)) for c in number if c.isdigit())
    return float(digits) if digits else 0.0


def _reads_as_one_number(words: str, language: str) -> bool:
    """Whether text2num reads the words as one number ("two hundred and fifty": yes)."""
    return _words_value(words, language) is not None


def _words_value(words: str, language: str) -> int | None:
    """The number ``words`` say, read by text2num; None if they are not one number."""
    from text_to_num import text2num  # only needed for the rare runs and ranges in words

    try:
        return int(text2num(words.lower(), language))
    except ValueError:
        return None


@cache
def _detector(language: str) -> _Detector:
    """The detector of a language, built on first use and kept."""
    return _Detector(language)
