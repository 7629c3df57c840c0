"""Numbers in words in Korean: native (여섯, 스물), Sino-Korean (삼, 수만), and their uses.

Words are runs of Hangul syllables and particles attach to them, so a
number word is recognised by what follows it: a counter (세 명, 삼 년), a
particle (여섯이), or nothing. num2words writes both numeral systems, from
which the approximate pairs (한두, 두세, 이삼) are built; the data file adds
the native day counts (이틀, 사흘: those past ten, 열하루 and 스무날, are built from them),
곱절 and the irregular pairs (서너, 대여섯).
"""

from __future__ import annotations

import re
from itertools import pairwise

from toolkit.lint.phrasebook import phrasebook
from toolkit.lint.vocab.parts import NUMBER, PERCENT_SIGN, Rules, first_chars, spell, trie

__all__ = ["KO_RANGE_COUNTER", "KO_START", "day_counts", "korean"]

# A number word never starts inside a Hangul word or right after digits (14세: 세 is "years old").
# (Written with \w rather than [가-힣]: a class over the 11,172 syllables costs about half a
# millisecond to compile each time it occurs, and these occur dozens of times.)
KO_START = r"(?<!\w)"
_NOT_BEFORE_A_SYLLABLE = r"(?![^\W\d_A-Za-z])"  # not followed by a Hangul (non-Latin) letter
_KO_PARTICLE = (  # case particles and the copula that attach to a number word
    "(?:에서|에게|으로|부터|까지|보다|밖에|가량|정도|남짓|이상|이하|미만|동안|이나|이라|이었다|였다|이다"
    "|이며|마다|짜리|의|이|가|을|를|은|는|에|도|만|과|와|로|씩|쯤|뿐|간|여|다|며|인|꼴|당|째|나|내|였|께|치)"
)
_KO_WORD_END = rf"(?:{_NOT_BEFORE_A_SYLLABLE}|(?={_KO_PARTICLE}))"
# Counters after a native numeral: 여섯 곳, 세 명, 두 차례, 열 배, 네 평, 세 끼, 열 시 (attached forms are
# fewer: 세대 "generation" and 한주 are words, not counts). Not 줌, 모금: in "물 한 모금" (a sip
# of water), 한 is "a".
_KO_NATIVE_COUNTER = (
    rf"(?:\s(?:달러|명|곳|개소|개|건|차례|번|가지|사람|가구|군데|살|해|달|시간|주|척|채|권|장|마리|대|배"
    rf"|평|칸|층|벌|켤레|그루|통|병|잔|끼|쪽|자루|개비|상자|봉지|쌍|발|끼니|시|컵|포대|개국|줄)"
    rf"|(?:명|곳|개|건|차례|번|가지|군데|살|시간|달|해)){_KO_WORD_END}"
)
# Counters after a Sino-Korean numeral: 삼 년, 백 명, 십만 원; 여 ("-odd") may come between.
# and units of measure: 삼십 분, 오십 미터, 오 층, 사십 킬로그램, 삼십 평.
_KO_SINO_COUNTER = (
    rf"여?\s?(?:명|년|개월|주년|세|퍼센트|가구|원|달러|분|초|미터|킬로미터|킬로그램|킬로|그램|리터|톤"
    rf"|평|층|헥타르){_KO_WORD_END}"
)
# Native counters that Sino-Korean numbers of ten and more also take: 백 번, 천 개, 백 배, and
# after 여 ("-odd"): 백여 구 (about a hundred bodies), 천여 대, 이십여 채.
_KO_COUNTER_FOR_TENS = (
    rf"여?(?:\s?(?:번|배|개국|개|곳|건|차례|가지|마리|군데|권|장|채|척|통|편|살|시간|구|대|회|그루|벌"
    rf"|발|쌍)|\s일){_KO_WORD_END}"  # 오백 일: the days counted with a space (백일 is a feast)
)
# Counters inside a range: "8만 명~12만 명", "8만 명에서 12만 명까지".
KO_RANGE_COUNTER = "(?:명|곳|개|건|년|주년|세)"
# Units after digits: 20만, 3천, 1억 2천만, 5백.
_KO_UNIT = r"(?:[십백천]?[만억조]|[백천])"
# 반 (half) after a unit of time ("두 시간 반", "열 시 반", "3년 반") or before a comparison ("반 이상",
# over half); alone, 반 is also "class", "anti-".
_KO_HALF = (
    r"(?:(?<=시간 )|(?<=(?<!\w)시 )|(?<=\d시 )|(?<=(?<!학)년 )|(?<=개월 )|(?<=달 )|(?<=주일 )|(?<=세기 ))반"
    rf"{_KO_WORD_END}"
    rf"|반(?=\s?(?:이상|이하|가까이|가량|넘게|넘는|남짓){_KO_WORD_END})"  # 반 이상: over half
    r"|반(?=\s?토막)"  # 반 토막: halved
    rf"|(?<=의 )반(?=을|이|은|도|만|에|으로|가량|{_NOT_BEFORE_A_SYLLABLE})"  # 월급의 반: half of it
)
# 하루 is "a day" (policy), but an explicit one day after 단, 딱, 불과, 겨우, 오직 ("단 하루 만에").
_KO_ONE_DAY = rf"(?:(?<=단 )|(?<=딱 )|(?<=불과 )|(?<=겨우 )|(?<=오직 ))하루(?=만|째|{_KO_WORD_END})"
# 영 (zero) only before a counter: "영 명". Alone it is also "spirit", "English", "territory".
_KO_ZERO = rf"영(?=\s(?:명|건|곳|개|퍼센트){_KO_WORD_END})"


def day_counts(days: frozenset[str]) -> set[str]:
    """The native counts of days from the data file's (이틀, 사흘 ... 아흐레), with those past
    ten built from them: 열하루, 열이틀 ... 열아흐레, 스무날, 스무하루 ... 스무아흐레."""
    ones = {"하루", *days}  # 하루 alone is "a day" (policy), but 열하루 is eleven days
    return set(days) | {tens + day for tens in ("열", "스무") for day in ones} | {"스무날"}


def korean() -> Rules:
    """Korean: 여섯, 스물여덟, 첫 번째, 둘째, 수만, 이십만, 삼 년, 3분의 1, 이틀."""
    # Native numerals: num2words writes ordinals with them ("열두 번째").
    prenominal = {p.removesuffix(" 번째") for p in spell(range(2, 100), "ko", "ordinal")}
    prenominal |= {"한", "스무"}  # hand: num2words writes 1 as 첫 번째 and 20 as 스물 번째
    standalone = {"한": "하나", "두": "둘", "세": "셋", "네": "넷", "스무": "스물"}
    nominal = {re.sub("(한|두|세|네|스무)$", lambda m: standalone[m[1]], p) for p in prenominal}
    # Approximate pairs of neighbours: 한두, 두세, 네다섯 (the data file adds the irregular
    # 서너, 대여섯, 예닐곱); Sino-Korean ones before a counter: 이삼 년, 칠팔십 명, 십수 명.
    ones = [p.removesuffix(" 번째") for p in spell(range(2, 10), "ko", "ordinal")]
    pairs = {a + b for a, b in pairwise(["한", *ones])}
    native = trie(prenominal | nominal)
    # Before any noun, 두 세 다섯... count ("두 수용소"); 한 (also "did", "a") and
    # 네 (also "yes", "your") and 열 (also "open") count only before a counter.
    before_noun = trie(prenominal - {"한", "네", "열"})
    alone = trie((nominal - {"열"}) | {"절반"})  # 열 alone is also "heat"; hand: 절반 "half"
    # Sino-Korean numerals: digits 일..구, units 십 백 천, big units 만 억 조.
    digits = "".join(spell(range(1, 10), "ko"))
    smalls = "".join(spell((10, 100, 1000), "ko"))
    bigs = "".join(w[-1] for w in spell((10**4, 10**8, 10**12), "ko"))
    digit, small, big = f"[{digits}]", f"[{smalls}]", f"[{bigs}]"
    sino = rf"(?:(?:{digit}?{small})+{digit}?|{digit}?{big}|{digit})"
    sino_pairs = trie(a + b for a, b in pairwise(digits[1:]))  # 이삼, 삼사 ... 팔구 (일이: "work")
    sino_pairs = rf"(?:(?:{sino_pairs}|오륙)(?:{small}{big}?|{big})?|십수{big}?)"
    book = phrasebook("ko")
    extra = book.number_words("word") | pairs | day_counts(book.number_words("day-count"))
    firsts = ["첫", "수", "몇", "절", "석", "넉", "반", "영"]  # 반: a half; 영: zero
    starts = first_chars([*prenominal, *nominal, *extra, *firsts, *digits, *smalls, *bigs])
    words = (
        r"(?:"
        + (
            # ordinals: 첫 번째, 두 번째, 첫째, 둘째, and 첫 before a noun (첫 공개 처형)
            rf"(?P<kord>{KO_START}(?:(?:(?:첫|{native})\s?번째|(?:첫|{trie(nominal - {'하나'})})째)"
            rf"{_KO_WORD_END}|첫(?=\s|날|해)))"
            # native numerals before a counter (여섯 곳, 세 명) or alone (여섯이, 하나의)
            rf"|(?P<knative>{KO_START}(?:{native}(?={_KO_NATIVE_COUNTER})|{before_noun}(?=\s(?![\d_])\w)"
            rf"|[석넉](?=\s?달{_KO_WORD_END})"  # 석 달, 넉 달: three and four months
            r"|(?:(?<=중 )|(?<=가운데 ))한(?=\s\w)"  # 62명 중 한 가족: one of a counted group
            rf"|{alone}{_KO_WORD_END}"
            rf"|열(?=에\s?(?:{native}|{alone}))))"  # 열에 아홉: nine in ten (alone, 열 is "heat")
            # words that are numbers by themselves: 이틀 (two days), 열흘째, 곱절 (double);
            # a half after a unit of time (두 시간 반), zero before a counter (영 명)
            rf"|(?P<kword>{KO_START}(?:{trie(extra)}(?=째|{_KO_WORD_END})|{_KO_HALF}|{_KO_ZERO}"
            r"|억(?=대\s)"  # 억대 연봉: in the hundreds of millions
            rf"|{_KO_ONE_DAY}))"
            # vague and large Sino-Korean words: 수만, 수십만, 수천, 백만, 이십만
            rf"|(?P<ksino>{KO_START}(?:[수몇]\s?(?:{small}{big}?|{big})|(?:{digit}?{small})+{digit}?{big})"
            rf"(?=(?:{_KO_NATIVE_COUNTER}|{_KO_SINO_COUNTER}|{_KO_WORD_END})))"
            # any Sino-Korean number before a counter: 삼 년, 백 명, 이십 년, 십여 명, 백 번
            rf"|(?P<kcounted>{KO_START}(?:{sino_pairs}|{sino})(?={_KO_SINO_COUNTER})"
            rf"|{KO_START}{sino_pairs}(?={_KO_COUNTER_FOR_TENS})"  # 십수 곳, 이삼 개
            rf"|{KO_START}{sino_pairs}(?=일{_KO_WORD_END})"  # 이삼일: two or three days
            rf"|{KO_START}(?:{digit}?{small})+{digit}?(?={_KO_COUNTER_FOR_TENS}))"
        )
        + ")"
    )
    # A fraction: 3분의 1, 삼분의 일 (one figure, not two numbers).
    of = rf"\s?분의\s?(?:\d+(?![\d.,])|{sino}{_KO_WORD_END})"
    # A decimal read aloud: 영 점 오 (0.5), 삼 점 일사 (3.14), one figure like "3.14"; its
    # digits follow 점 after a space or are not 이 ("이 점이" is "this point" and a particle).
    point_digits = rf"(?:\s[영공{digits}]|[영공{digits.replace('이', '')}])(?:\s?[영공{digits}])*"
    # ... with its percent: "영 점 오 퍼센트" is one figure, as "0.5 %" is
    decimal = (
        rf"(?P<kdecimal>{KO_START}(?:영|{sino})\s?점{point_digits}"
        rf"(?:\s?(?:퍼센트|프로)(?={_KO_WORD_END}))?{_KO_WORD_END})"
    )
    return Rules(
        # 20만, 1억 2천만, and 20여만 (about 200,000: the marker sits inside the number)
        # ... and the units after the last big one: "1만 320원", "2만 500원"
        # (attached too, and before 여: "4천500여 명")
        after_number=(
            rf"여?{_KO_UNIT}(?:\s?{NUMBER}{_KO_UNIT})*"
            rf"(?:\s?(?:\d{{1,3}},\d{{3}}|\d{{1,4}})(?=여?\s?(?:원|명|달러|개|건|가구|곳|톤)))?"
        ),
        percent=rf"{PERCENT_SIGN}|\s?(?:퍼센트|프로{_NOT_BEFORE_A_SYLLABLE})",
        ordinal=r"\s?번째",
        words=words,
        word_starts=starts,
        digits_first=rf"(?P<kfrac>{KO_START}\d+{of})",
        letters_first=rf"(?P<ksfrac>{KO_START}{sino}{of})|{decimal}",
    )
