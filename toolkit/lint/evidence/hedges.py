"""The hedges a source puts on a figure, per language: "as many as", "jusqu'à", "최대", "ما يصل إلى".

A hedge names the qualifiers a fact may carry when its quote says it. "as
many as" and "up to" both bound an estimate from above, so either qualifier
agrees with either phrase; "près de" is "almost" or "about". A hedge comes
*before* the figure ("up to 50,000", "최대 5만 명") or *after* it ("5만 명 이상",
"200 ألف على الأقل", "200,000 or more"), with at most one word between
(the counted noun: "5만 명 이상").

The phrases are data: a language is added by adding its lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

__all__ = ["Hedge", "hedge_around", "knows_hedges"]

UPPER = "as_many_as up_to"  # an estimate bounded from above, in either wording

# language -> phrase -> the qualifiers it allows ("a b" = either), phrase BEFORE the figure.
BEFORE: dict[str, dict[str, str]] = {
    "en": {
        "as many as": UPPER,
        "as much as": UPPER,
        "up to": UPPER,
        "at most": UPPER,
        "no more than": UPPER,
        "not more than": UPPER,
        "a maximum of": UPPER,
        "about": "about",
        "around": "about",
        "approximately": "about",
        "approx.": "about",
        "roughly": "about",
        "some": "about",
        "circa": "about",
        "c.": "about",
        "an estimated": "about",
        "nearly": "almost",
        "almost": "almost",
        "close to": "almost about",
        "just under": "almost",
        "at least": "at_least",
        "no fewer than": "at_least",
        "no less than": "at_least",
        "not less than": "at_least",
        "a minimum of": "at_least",
        "more than": "more_than",
        "over": "more_than",
        "in excess of": "more_than",
        "upwards of": "more_than",
        "above": "more_than",
        "fewer than": "fewer_than",
        "less than": "fewer_than",
        "under": "fewer_than",
        "below": "fewer_than",
    },
    "fr": {
        "jusqu'à": UPPER,
        "au plus": UPPER,
        "au maximum": UPPER,
        "pas plus de": UPPER,
        "environ": "about",
        "quelque": "about",
        "autour de": "about",
        "à peu près": "about",
        "approximativement": "about",
        "près de": "almost about",
        "presque": "almost",
        "quasiment": "almost",
        "pratiquement": "almost",
        "au moins": "at_least",
        "pas moins de": "at_least",
        "au minimum": "at_least",
        "plus de": "more_than",
        "moins de": "fewer_than",
    },
    "es": {
        "hasta": UPPER,
        "nada menos que": "as_many_as",
        "como máximo": UPPER,
        "a lo sumo": UPPER,
        "no más de": UPPER,
        "unos": "about",
        "unas": "about",
        "alrededor de": "about",
        "aproximadamente": "about",
        "en torno a": "about",
        "cerca de": "almost about",
        "casi": "almost",
        "al menos": "at_least",
        "por lo menos": "at_least",
        "como mínimo": "at_least",
        "no menos de": "at_least",
        "más de": "more_than",
        "menos de": "fewer_than",
    },
    "ko": {
        "최대": UPPER,
        "많게는": UPPER,
        "무려": "as_many_as",
        "약": "about",
        "대략": "about",
        "어림잡아": "about",
        "거의": "almost",
        "최소": "at_least",
        "최소한": "at_least",
        "적어도": "at_least",
    },
    "ar": {
        "ما يصل إلى": UPPER,
        "ما يصل الى": UPPER,
        "يصل إلى": UPPER,
        "حتى": UPPER,
        "ما لا يزيد على": UPPER,
        "ما لا يزيد عن": UPPER,
        "حوالي": "about",
        "حوالى": "about",
        "نحو": "about",
        "زهاء": "about",
        "ما يقارب": "about almost",
        "ما يناهز": "about almost",
        "تقريبا": "about",
        "تقريباً": "about",
        "قرابة": "almost about",
        "ما يقرب من": "almost about",
        "على الأقل": "at_least",
        "ما لا يقل عن": "at_least",
        "لا يقل عن": "at_least",
        "أكثر من": "more_than",
        "اكثر من": "more_than",
        "ما يزيد على": "more_than",
        "ما يزيد عن": "more_than",
        "أزيد من": "more_than",
        "أقل من": "fewer_than",
        "اقل من": "fewer_than",
    },
}

# The same, AFTER the figure (and its noun).
AFTER: dict[str, dict[str, str]] = {
    "en": {"or more": "at_least", "or so": "about", "or fewer": UPPER, "or less": UPPER},
    "fr": {"environ": "about", "au moins": "at_least", "ou plus": "at_least"},
    "es": {"aproximadamente": "about", "o más": "at_least", "como mínimo": "at_least"},
    "ko": {
        "이상": "at_least more_than",
        "넘게": "more_than",
        "넘는": "more_than",
        "초과": "more_than",
        "미만": "fewer_than",
        "이하": UPPER,
        "까지": UPPER,
        "에 달하는": UPPER,
        "에 이르는": UPPER,
        "가량": "about",
        "정도": "about",
        "쯤": "about",
        "남짓": "more_than about",
        "안팎": "about",
        "내외": "about",
        "가까이": "almost",
        "가까운": "almost",
        "에 육박하는": "almost",
    },
    "ar": {
        "على الأقل": "at_least",
        "أو أكثر": "at_least",
        "او اكثر": "at_least",
        "تقريبا": "about",
        "تقريباً": "about",
        "ونيف": "more_than",
        "ونيّف": "more_than",
    },
}

# Hedges written right onto the figure, with nothing between ("20만여 명").
ATTACHED: dict[str, dict[str, str]] = {"ko": {"여": "more_than about"}}  # 20여: twenty-odd

# Words that may stand between a hedge and its figure ("up to an estimated 50,000").
FILLERS: dict[str, tuple[str, ...]] = {
    "en": ("an estimated", "a total of", "a reported"),
    "fr": ("un total de", "quelque", "environ"),
    "es": ("un total de", "unos", "unas"),
}


@dataclass(frozen=True)
class Hedge:
    """A hedge found next to a figure: its words as written and the qualifiers it allows."""

    text: str
    qualifiers: frozenset[str]


def knows_hedges(language: str) -> bool:
    """Whether the hedges of ``language`` are known (en, fr, es, ko, ar): else none is judged."""
    return _rules(language) is not None


def hedge_around(text: str, start: int, end: int, language: str) -> Hedge | None:
    """The hedge on the figure at ``text[start:end]``, before or after it, if any."""
    rules = _rules(language)
    if rules is None:
        return None
    before, after, table = rules
    found = before.search(text, max(0, start - 60), start)
    if found is None:
        found = after.match(text, end, min(len(text), end + 40))
    if found is None:
        return None
    phrase = found["hedge"] or found.groupdict().get("tight") or ""
    return Hedge(phrase, table[_key(phrase)])


def _key(phrase: str) -> str:
    return re.sub(r"\s+", " ", phrase.lower().replace("’", "'").replace("ʼ", "'"))


def _alternatives(phrases: dict[str, str]) -> str:
    ordered = sorted(phrases, key=len, reverse=True)  # "pas moins de" before "moins de"
    return "|".join(
        r"\s+".join(re.escape(w) for w in p.split()).replace("'", "['’ʼ]") for p in ordered if p
    )


@cache
def _rules(
    language: str,
) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, frozenset[str]]] | None:
    language = re.split(r"[-_]", language, maxsplit=1)[0].lower()
    if language not in BEFORE:
        return None
    table = {
        _key(phrase): frozenset(qualifiers.split())
        for phrases in (BEFORE[language], AFTER.get(language, {}), ATTACHED.get(language, {}))
        for phrase, qualifiers in phrases.items()
    }
    fillers = "|".join(
        r"\s+".join(re.escape(w) for w in f.split()) for f in FILLERS.get(language, ())
    )
    filler = rf"(?:(?:{fillers})\s+)?" if fillers else ""
    # Arabic writes "and", "in", "with" onto the next word (وحوالي, بنحو).
    clitic = "[وفب]?" if language == "ar" else ""
    # Korean writes hedges onto the number or its counter (최대20만, 6년이상, 20만여).
    korean = language == "ko"
    space = r"\s*" if korean else r"\s+"
    before = re.compile(
        rf"(?<!\w){clitic}(?P<hedge>{_alternatives(BEFORE[language])}){space}{filler}$",
        re.IGNORECASE,
    )
    noun = r"\s*[^\W\d_]{1,4}" if korean else r"\s+[^\W\d_]+"
    attached = ATTACHED.get(language)
    after = re.compile(
        (f"(?P<tight>{_alternatives(attached)})|" if attached else "")
        + rf"(?:{noun})??{space}(?P<hedge>{_alternatives(AFTER.get(language, {}))})"
        + ("" if korean else r"(?!\w)"),
        re.IGNORECASE,
    )
    return before, after, table
