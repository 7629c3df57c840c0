"""Korean numbers: Sino-Korean with units ("20만", "1억 2천만", "이십만"), native ("여섯", "세 번째").

Native numerals come from num2words (its ordinals "열두 번째" give the
forms used before a noun); the standalone forms (하나, 둘, 셋, 넷, 스물) are
derived from them. Contracted pairs ("한두 달": one or two months) are data.
"""

from __future__ import annotations

import re
from functools import cache

from toolkit.lint.evidence.digits import DIGITS, digit_values

__all__ = ["KOREAN_PAIRS", "KOREAN_UNITS", "korean_value", "korean_words_value"]

KOREAN_UNITS = {"십": 10, "백": 100, "천": 1000, "만": 10**4, "억": 10**8, "조": 10**12}
SINO_DIGITS = {"일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9}
_TOKEN = re.compile(rf"{DIGITS}|[{''.join(SINO_DIGITS)}{''.join(KOREAN_UNITS)}]")
_SINO = re.compile(f"[{''.join(SINO_DIGITS)}{''.join(KOREAN_UNITS)}\\s]+")
_ORDINAL_END = re.compile(r"\s?번째$|째$")


def korean_value(number: str) -> float | None:
    """A Sino-Korean number, in digits, syllables or both: "20만", "1억 2천만", "이십만"."""
    total = 0.0
    section = 0.0  # below 10,000
    current: float | None = None
    for token in _TOKEN.findall(number):
        if token in SINO_DIGITS:
            current = float(SINO_DIGITS[token])
        elif token in KOREAN_UNITS:
            unit = KOREAN_UNITS[token]
            if unit < 10**4:
                section += (current if current is not None else 1) * unit
            else:
                section += current or 0
                total += (section or 1) * unit
                section = 0
            current = None
        else:
            current = digit_values(token, "ko")[0]
    value = total + section + (current or 0)
    return value if value or "0" in number else None


@cache
def _korean_native() -> dict[str, int]:
    """Native Korean numerals 1-99 in both forms: 하나/한, 둘/두, 열둘/열두, 스물/스무."""
    from num2words import num2words

    forms: dict[str, int] = {"첫": 1, "첫째": 1, "한": 1, "하나": 1, "스무": 20, "스물": 20}
    standalone = {"한": "하나", "두": "둘", "세": "셋", "네": "넷", "스무": "스물"}
    for n in range(2, 100):
        prenominal = str(num2words(n, lang="ko", to="ordinal")).removesuffix(" 번째")
        forms[prenominal] = n
        forms[re.sub("(한|두|세|네|스무)$", lambda m: standalone[m[1]], prenominal)] = n
    forms |= {"둘째": 2, "셋째": 3, "넷째": 4}
    return forms


def korean_words_value(words: str) -> float | None:
    """A Korean number in words: native ("여섯", "세 번째") or Sino-Korean ("이십만", "삼")."""
    words = _ORDINAL_END.sub("", words.strip()).strip() or words
    native = _korean_native().get(words.replace(" ", ""))
    if native is not None:
        return float(native)
    if _SINO.fullmatch(words):
        return korean_value(words)
    return None


# Contracted native ranges: 한두 달 "one or two months", 서너 명 "three or four people".
KOREAN_PAIRS = {
    "한두": (1, 2),
    "두세": (2, 3),
    "두어": (2, 3),
    "서너": (3, 4),
    "네댓": (4, 5),
    "너덧": (4, 5),
    "대여섯": (5, 6),
    "예닐곱": (6, 7),
    "일여덟": (7, 8),
    "엳아홉": (8, 9),
}
