"""Arabic numbers in words: "ستة", "مئتي ألف", "ثلاثة آلاف وخمسمائة", "السبعين".

The vocabulary is num2words' (units, tens, hundreds, ordinals), with the
forms it does not write (feminine, oblique, construct, duals) added by
hand; words are compared without hamza variants, final ة/ى or short vowels.
"""

from __future__ import annotations

import re
from functools import cache

__all__ = ["ARABIC_SCALES", "arabic_value"]

# Scale words, after digits or words: "200 ألف", "ثلاثة آلاف".
ARABIC_SCALES: dict[str, float] = {
    "ألف": 10**3,
    "الف": 10**3,
    "آلاف": 10**3,
    "الاف": 10**3,
    "ألفا": 10**3,
    "مليون": 10**6,
    "ملايين": 10**6,
    "مليونا": 10**6,
    "مليار": 10**9,
    "مليارات": 10**9,
}
_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")
_HAMZA = re.compile("[أإآ]")


def _ar_key(word: str) -> str:
    """An Arabic word without hamza variants, final ة/ى and short vowels, for look-ups."""
    word = _MARKS.sub("", word)
    word = _HAMZA.sub("ا", word).replace("ى", "ي").replace("ة", "ه")
    return word


@cache
def _arabic_words() -> tuple[dict[str, int], dict[str, float], dict[str, int]]:
    """(numbers, scales, duals) of Arabic: واحد..تسعمائة, ألف/مليون, ألفين/مليونين."""
    from num2words import num2words

    numbers: dict[str, int] = {}
    for n in (*range(1, 11), *range(20, 100, 10), *range(100, 1000, 100)):
        for word in str(num2words(n, lang="ar")).split():
            numbers.setdefault(_ar_key(word), n)
        ordinal = str(num2words(n, lang="ar", to="ordinal"))
        if " " not in ordinal:
            numbers.setdefault(_ar_key(ordinal), n)
            numbers.setdefault(_ar_key(ordinal + "ة"), n)
    hand = {  # forms num2words does not write: feminine, oblique, construct, split
        "واحدة": 1, "إحدى": 1, "أحد": 1, "حادي": 1, "أول": 1, "أولى": 1,
        "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "اثنا": 2, "اثنتا": 2, "اثني": 2, "اثنتي": 2,
        "ثلاث": 3, "أربع": 4, "خمس": 5, "ست": 6, "سبع": 7, "ثماني": 8, "ثمان": 8, "تسع": 9,
        "عشر": 10, "عشرة": 10,
        "مئة": 100, "مائة": 100, "مئتان": 200, "مئتا": 200, "مئتي": 200, "مئتين": 200,
        "مائتان": 200, "مائتا": 200, "مائتي": 200, "مائتين": 200,
    }  # fmt: skip
    numbers |= {_ar_key(w): n for w, n in hand.items()}
    numbers |= {_ar_key(w[:-2] + "ين"): n for w, n in list(numbers.items()) if w.endswith("ون")}
    for unit in range(3, 10):
        numbers[_ar_key(str(num2words(unit, lang="ar")).removesuffix("ة") + "مئة")] = unit * 100
    scales = {_ar_key(w): v for w, v in ARABIC_SCALES.items()}
    duals = {
        _ar_key(w): v
        for w, v in {
            "ألفان": 2000, "ألفين": 2000, "مليونان": 2 * 10**6, "مليونين": 2 * 10**6,
            "ملياران": 2 * 10**9, "مليارين": 2 * 10**9,
        }.items()
    }  # fmt: skip
    return numbers, scales, duals


def arabic_value(words: str) -> float | None:
    """An Arabic number in words: "ستة", "مئتي ألف", "ثلاثة آلاف وخمسمائة", "السبعين"."""
    numbers, scales, duals = _arabic_words()
    total, group, seen = 0.0, 0.0, False
    for raw in words.split():
        word = _ar_key(raw)
        if word not in numbers and word not in scales and word not in duals:
            for prefix in ("و", "ال", "وال"):  # "and", "the": وخمسمائة, السبعين
                if word.startswith(prefix) and (
                    (rest := word.removeprefix(prefix)) in numbers or rest in scales
                ):
                    word = rest
                    break
        if word in duals and not group:
            total += duals[word]
        elif word in scales or word in duals:
            total += (group or 1) * scales.get(word, duals.get(word, 0) / 2)
            group = 0
        elif word in numbers:
            value = numbers[word]
            group = group * value if value == 100 and 0 < group < 10 else group + value
        else:
            continue
        seen = True
    return total + group if seen else None
