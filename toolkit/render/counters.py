"""Counter words: the word a language writes right after a figure to say what it counts.

Korean, Japanese and Chinese count with a classifier typed against the
number: ``200,000명`` (people), ``6곳`` (places), ``3개월`` (months). A
figure's citation belongs after that word, not between the number and the
word it belongs to ("200,000명[1, 2]이", never "200,000[1, 2]명이"). A
particle after the counter (이, 을, 에…) is not part of it and stays after
the note. The lists are bound nouns of measure, longest first, so ``주년``
(anniversary) wins over ``주`` (week).
"""

from __future__ import annotations


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


COUNTERS: dict[str, tuple[str, ...]] = {
    "ko": _words(
        "명 개 곳 년 개월 달 세 살 분 초 시간 일 주 주년 번 차례 회 건 권 대 마리 배 채 척 장 편 "
        "가지 군데 층 세기 개국 가구 퍼센트 킬로미터 미터 달러 원 톤"
    ),
    "ja": _words("人 名 件 年 年間 か月 ヶ月 カ月 日 週間 歳 回 個 箇所 か所 カ所 分 時間 倍 世紀"),
    "zh": _words(
        "人 名 个 個 年 个月 個月 天 日 岁 歲 次 座 所 处 處 分钟 分鐘 小时 小時 倍 世纪 世紀 "
        "周年 週年"
    ),
}
_LONGEST_FIRST = {
    language: tuple(sorted(words, key=len, reverse=True)) for language, words in COUNTERS.items()
}


def joined_with_counter(locale: str, words: str, counter: str) -> str:
    """A figure in words and the counter typed after it, as the language spaces them.

    Korean writes a counter against digits (``200,000명``) but after a space
    once the approximating suffix 여 ends the figure (``6여 년``, ``10여 명``):
    여 ends the numeral, and the counter is a noun of its own.
    """
    if counter and locale.split("_")[0] == "ko" and words.endswith("여"):
        return f"{words} {counter}"
    return words + counter


def counter_after(locale: str, text: str) -> str:
    """The counter word ``text`` starts with in ``locale``'s language, or ``""``."""
    for word in _LONGEST_FIRST.get(locale.split("_")[0], ()):
        if text.startswith(word):
            return word
    return ""
