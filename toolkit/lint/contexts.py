"""When a number is not a figure: rules that look at the words around it.

The figure detector finds every number; these rules then drop the ones
that only look like figures, the same way in every language (the policy
is written in ``tests/lint_corpus/README.md``):

- a number word used as an article or pronoun ("one of the", "un
  rapport", "수감자 중 한 명") — :data:`NOT_A_QUANTITY`;
- a number inside an idiom, a title or a name listed in the language's
  data file ("first of all", "Prime Minister", "COVID-19") —
  :func:`listed_spans`;
- a capitalised number word inside a proper name ("Five Points",
  "Sept-Îles", "Dos Hermanas"), digits after a capitalised word and a
  hyphen ("Hwasong-17", "Covid-19", "F-16") — :func:`in_a_name`;
- an ordinal that numbers the writer's own points ("First, …", "첫째,")
  — :func:`is_enumerator`.
"""

from __future__ import annotations

import re

__all__ = [
    "NOT_A_QUANTITY",
    "ONLY_WITH",
    "article_length",
    "in_a_name",
    "is_clause_start",
    "is_enumerator",
    "listed_spans",
]

_FR_ARTICLE = r"^(?!(?:\s+[^\W\d_]+)?\s+sur\s+NUMBER|\s+seule?s?\b|\s+(?:ou|à)\s+NUMBER)"

# Words that are numbers only in some contexts, per language: (before, after)
# regexes; the word is NOT a figure when either matches right before or
# right after it. NUMBER stands for digits or a cardinal word of the language.
NOT_A_QUANTITY: dict[str, dict[str, tuple[str, str]]] = {
    # en: no one, one of the (but: one of two), one another, one's own, one must (a pronoun)
    "en": {
        "one": (
            r"\b(?:no|any|every)\s+$",
            r"^(?:\s+of\s+(?!(?:an?\s+)?(?:(?:estimated|some|about|around|nearly|almost"
            r"|more\s+than|over|at\s+least|up\s+to)\s+)?NUMBER)|\s+another\b|['’]s\b"
            r"|\s+(?:must|should|can|cannot|could|may|might|would|has\s+to|needs\s+to)\b)",
        ),
        "half": ("(?!)", r"^-(?:brother|sister)"),
    },
    # fr: un/une is an article unless the count is explicit ("un détenu sur cinq", "un seul",
    # "un ou deux", "un à trois ans"); le second du commandant is his deputy (a noun)
    "fr": {
        "un": ("(?!)", _FR_ARTICLE),
        "une": ("(?!)", _FR_ARTICLE),
        "second": ("(?!)", r"^\s+(?:du|de\s+la|de\s+l['’])\s*(?!NUMBER)"),
    },
    # es: un/una is an article unless the count is explicit ("uno de cada cinco", "un solo");
    # uno de los, uno debe (a pronoun)
    "es": {
        "un": ("(?!)", r"^(?!(?:\s+[^\W\d_]+)?\s+de\s+cada\b|\s+(?:sol[oa]|únic[oa])\b)"),
        "una": ("(?!)", r"^(?!(?:\s+[^\W\d_]+)?\s+de\s+cada\b|\s+(?:sol[oa]|únic[oa])\b)"),
        "uno": ("(?!)", r"^\s+(?:de\s+(?!cada\b)|(?:debe|puede|podría|tiene\s+que)\b)"),
    },
    # ar: واحد من: one of (but واحد من كل خمسة: one in five); في آن واحد: at the same time
    "ar": {
        word: (r"(?:آن|وقت)\s+$", r"^\s+من\s+(?!كل(?!\w))") for word in ("واحد", "واحدة", "واحدا")
    },
}

# Words that are figures only in some contexts: (before, after) regexes, one of which
# must match. ar: ضعف is "double" in "ضعف عدد", "أكثر من ضعف", "إلى الضعف", else "weakness".
ONLY_WITH: dict[str, dict[str, tuple[str, str]]] = {
    "ar": {
        "ضعف": (
            r"(?:(?:أكثر|أقل)\s+من|إلى|نحو|حوالي|قرابة|بنحو)\s+(?:ال)?$",
            r"^\s+(?:عدد|ما|ذلك|هذا|المبلغ|العدد|الرقم|حجم|نظير\w*|مثيل\w*)(?!\w)",
        ),
        # a centenary after "ذكرى" or "احتفال"; "درجة مئوية" is Celsius, "نسبة مئوية" a percentage
        "مئوية": (r"(?:ذكرى|ذكراه|ذكراها|احتفال\w*|عيد\w*)\s+(?:ال)?$", "(?!)"),
    },
}

_CLAUSE_OPENERS = frozenset(".!?:;«“\"'‘([{—–•*¿¡…\n-")
_LATIN_END = "\u0250"  # letters before this code point are Latin
# Words that put a year in a period, not in a name: mid-2011, pre-1950, mi-2011.
_PERIOD_PREFIXES = frozenset(
    {"mid", "pre", "post", "early", "late", "circa", "ca", "c", "mi", "fin", "début", "debut"}
)
_WORD_BEFORE_HYPHEN = re.compile(r"([^\W\d_]+)-$")
_LONG_WORDS = re.compile(r"[^\W\d_]{4,}")
_YEAR_OR_DECADE = re.compile(r"\d{4}|\d0['’]?s")


_ARTICLES = re.compile(r"(?:an?|une?|una|el|la|le)\s+", re.IGNORECASE)


def article_length(figure: str) -> int:
    """How many characters of ``figure`` are a leading article ("a third", "una doble")."""
    found = _ARTICLES.match(figure)
    return found.end() if found and found.end() < len(figure) else 0


def listed_spans(pattern: re.Pattern[str] | None, text: str) -> list[tuple[int, int]]:
    """Where the idioms, titles and names of a data file occur in ``text``."""
    if pattern is None:
        return []
    return [m.span() for m in pattern.finditer(text) if m.end() > m.start()]


def is_clause_start(text: str, start: int) -> bool:
    """Whether ``start`` begins the text, a sentence, a clause after a colon, or a quote."""
    at = start
    while at > 0 and text[at - 1] in " \t\u00a0\u202f":
        at -= 1
    return at == 0 or text[at - 1] in _CLAUSE_OPENERS


def is_enumerator(text: str, start: int, end: int) -> bool:
    """An ordinal opening a clause and followed by a comma: "First, …", "Primero, …", "첫째, …"."""
    return text[end : end + 1] == "," and is_clause_start(text, start)


def in_a_name(text: str, start: int, end: int, words: bool) -> bool:
    """Whether the figure at ``start:end`` is part of a proper name.

    A number word (``words``) is, when it is capitalised inside a sentence
    ("Five Points", "Sept-Îles", "the Big Three", "la Seconde Guerre
    mondiale"): prose writes counts in lower case. Not when the whole text
    is in title case ("Six Camps Expanded"). Digits are, after a capitalised
    or non-Latin word and a hyphen ("Hwasong-17", "Mi-8", "كوفيد-19"),
    unless that word places a year ("mid-2011", "Mid-1990s").
    """
    if words:
        return text[start].isupper() and not is_clause_start(text, start) and not _title_case(text)
    found = _WORD_BEFORE_HYPHEN.search(text, max(0, start - 40), start)
    if found is None:
        return False
    word = found[1]
    if all(c < _LATIN_END for c in word):
        placed = word.lower() in _PERIOD_PREFIXES and _YEAR_OR_DECADE.match(text, start, end)
        return word[0].isupper() and not placed
    return True


def _title_case(text: str) -> bool:
    """Whether nearly every word of four letters or more after the first is capitalised (a
    headline in title case); a sentence has lower-case verbs and nouns around its names."""
    words = _LONG_WORDS.findall(text)[1:]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.85 * len(words)
