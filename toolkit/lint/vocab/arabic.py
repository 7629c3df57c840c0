"""Numbers in words in Arabic: cardinals, ordinals, fractions, duals and decades.

num2words writes the cardinals and ordinals; the hand lists hold the
grammatical forms it does not (feminine, oblique case, duals of the scale
words); the decades (الستينيات) and ages (خمسيني) are built from the tens;
the data file lists the nouns whose dual means "two of them" (عامين,
مرتين, صحفيان) and the multiplicatives (ضعفين, تضاعف).
"""

from __future__ import annotations

from functools import cache

from toolkit.lint.phrasebook import phrasebook
from toolkit.lint.vocab.parts import PERCENT_SIGN, Rules, first_chars, spell, trie, words_of

__all__ = ["FIRST", "arabic", "arabic_duals", "dual_constructs", "dual_forms"]

# أول and its forms: an ordinal that never continues a number ("الأشهر الثمانية عشر الأولى").
FIRST = frozenset({"أول", "أولى", "اول", "اولى"})
# Fractions that take a pronoun suffix, left out of the figure: "نصفهم" (half of them) is
# "نصف", "ثلثاهم" is "ثلثا" (ثمن is left out: "ثمنه" is its price).
_FRACTIONS = frozenset({"نصف", "ثلث", "ثلثا", "ثلثي", "ربع", "خمس", "سدس", "عشر"})
_PRONOUN_SUFFIX = "(?:هما|هم|هن|ها|ه|كما|كم|كن|نا)(?!\\w)"
# Cardinals before a pronoun suffix, their ة written ت: "ثلاثتهم" (the three of them) is
# "ثلاثت", the pronoun left out as after a fraction.
_CARDINALS_OF = frozenset(
    {"ثلاثت", "أربعت", "اربعت", "خمست", "ستت", "سبعت", "ثمانيت", "تسعت", "عشرت"}
)
# Zero: صفر is also the month Safar and "from scratch" (من الصفر); it is read only before a
# percentage (a run: "صفر في المائة") or where the context rules allow it.
ZERO = "صفر"


def dual_forms(nouns: frozenset[str]) -> set[str]:
    """The dual of each noun, in both cases: عام -> عامين, عامان; مرة -> مرتين, مرتان."""
    return {_dual_stem(noun) + ending for noun in nouns for ending in ("ين", "ان")}


def _dual_stem(noun: str) -> str:
    """The stem a dual ending is written onto: ة is written ت, ى is written ي (مرة -> مرت,
    مستشفى -> مستشفي)."""
    if noun.endswith("ة"):
        return noun[:-1] + "ت"
    return noun[:-1] + "ي" if noun.endswith("ى") else noun


@cache
def arabic_duals() -> frozenset[str]:
    """The dual forms of the data file's nouns, with and without hamza; for the nouns whose
    sound plural is spelled like their oblique dual (صحفيين), the nominative only (صحفيان);
    never the listed words that are not duals ("طالبان", the Taliban, not two students)."""
    book = phrasebook("ar")
    forms = dual_forms(book.number_words("dual-noun"))
    forms |= {f for f in dual_forms(book.number_words("dual-noun-nominative")) if f[-2:] == "ان"}
    return frozenset(_with_variants(forms) - _with_variants(set(book.number_words("not-dual"))))


@cache
def dual_constructs() -> frozenset[str]:
    """The listed nouns' duals in a construct before a pronoun, the pronoun left out:
    "ابنيه" (his two sons) is "ابني", "ابنتاه" (his two daughters) "ابنتا", "شهادتيهما"
    "شهادتي" (the singular with a pronoun, "ابنه", has no ي or ا before it)."""
    book = phrasebook("ar")
    nouns = book.number_words("dual-noun")  # not the nisba nouns: "محاميه" is his lawyer
    forms = {_dual_stem(noun) + ending for noun in nouns for ending in ("ي", "ا")}
    return frozenset(_with_variants(forms))


def _with_variants(words: set[str]) -> set[str]:
    """Each word with مئة for مائة, and without hamza on alif, as people type."""
    words = words | {w.replace("مائة", "مئة") for w in words}
    return words | {w.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا") for w in words}


def _cardinals() -> set[str]:
    """Cardinal words: units with their feminine and case forms, tens, hundreds, scales."""
    units = spell(range(1, 11), "ar")  # واحد اثنان ثلاثة ... عشرة
    words = set(units) | {u[:-1] for u in units[2:] if u.endswith("ة")}  # ثلاث, ست: feminine
    words |= {"واحدة", "واحدا", "اثنين", "اثنتان", "اثنتين", "ثماني", "ثمان"}  # hand: ar forms
    # hand: the accusative of the feminine units, written with alif ("ثلاثاً وعشرين")
    words |= {"ثلاثا", "أربعا", "خمسا", "ستا", "سبعا", "ثمانيا", "تسعا", "عشرا"}
    tens = spell(range(20, 100, 10), "ar")  # عشرون ... تسعون
    words |= set(tens) | {t[:-2] + "ين" for t in tens}  # عشرين: the oblique case
    large = words_of(
        spell((*range(100, 1000, 100), 1000, 2000, 3000, 10**6, 2 * 10**6, 3 * 10**6, 10**9), "ar")
    ) - {"و", *units}
    words |= large | {"مئة", "مليارات"}
    return words | _scale_duals()


def _scales() -> set[str]:
    """The scale words that follow a number without و: مائة, ألف, آلاف, مليون, ملايين,
    مليار, مليارات, and the hundreds written in one word (ثلاثمائة: "ثلاثمائة ألف")."""
    units = spell(range(1, 11), "ar")
    scales = words_of(spell((*range(100, 1000, 100), 1000, 10**6, 10**9), "ar"))
    return (
        (scales - {"و", *units})
        | {"مئة", "مئات", "ملايين", "مليارات", "ألفا", "آلاف"}
        | _scale_duals()
    )


def _scale_duals() -> set[str]:
    """The duals of the scale words in their four forms (nominative, oblique, and both in a
    construct): مئتان, مئتين, مئتا, مئتي; ألفان ... مليونان ... ملياري (two billion)."""
    stems = ("مئت", "مائت", "ألف", "مليون", "مليار")
    return {stem + ending for stem in stems for ending in ("ان", "ين", "ا", "ي")}


def _ordinals(known: set[str]) -> tuple[set[str], set[str]]:
    """Ordinals 1-99 (ثالث, حادي عشر, خامس والعشرون) with their feminine (ثالثة, حادية) where
    it is not a ``known`` word, but not أول; and those of the units, which start a compound
    ("الخامسة عشرة", "الحادي والعشرين") and never continue one: in "ثلاثين ثانية" (thirty
    seconds), ثانية is the counted noun."""
    ordinals = words_of(spell(range(1, 100), "ar", "ordinal")) - {"و", "إحدى", *FIRST}
    units = {o for o in words_of(spell(range(2, 11), "ar", "ordinal")) if o in ordinals}
    units |= {"حادي"}
    feminine = {o + "ة" for o in ordinals if o[-1] not in "ةى" and o not in known}
    return ordinals | feminine, units | {o + "ة" for o in units}


def arabic() -> Rules:
    """Arabic: ستة, خمسة وعشرون, عشرات الآلاف, الحادي عشر, ثلاثة أرباع, عامين, الستينيات."""
    book = phrasebook("ar")
    cardinals = _cardinals()
    # Figures that join no other number word, kept out of the runs: a decade (الستينيات;
    # "الخمسينيات والستينيات" are two), an age by its decade ("رجل خمسيني", a man in his
    # fifties), the duals of nouns (عامين: "عامين ونصف" is two figures, as "dos años y medio"),
    # and zero.
    tens = spell(range(20, 100, 10), "ar")
    alone = {t[:-2] + "ين" + suffix for t in tens for suffix in ("يات", "ات", "ي", "ية")}
    # أول joins no number either: "أول مئة يوم" is "the first", then "a hundred".
    alone = _with_variants(alone | arabic_duals() | {ZERO} | FIRST)
    # hand: collectives and fractions ("نصفا", the accusative: "عامين ونصفًا")
    collectives = {"عشرات", "مئات", "نصف", "نصفا", "ثلث", "ثلثا", "ثلثي", "ربع", "سدس"}
    ordinals, unit_ordinals = _ordinals(cardinals | collectives)
    words = cardinals | collectives | ordinals | {"أوائل"}
    words = _with_variants(words | book.number_words("word"))
    continuation = _with_variants(set(book.number_words("continuation")))  # "ثلاثة أرباع"
    teens = set(spell(range(11, 20), "ar"))  # whole phrases: أحد alone is "someone"
    teens |= {"إحدى عشرة", "اثنتا عشرة", "اثني عشر", "اثنتي عشرة"}  # hand: feminine, oblique
    phrases = {f"{few} {many}" for few in ("عشرات", "مئات") for many in ("الآلاف", "الملايين")}
    # "ثلاثة ملايين ونصف المليون" (3.5 million); "بضعة عشر" (ten-odd, 13 to 19)
    phrases |= {f"نصف {scale}" for scale in ("المليون", "المليار", "الألف")}
    phrases |= {"بضعة عشر", "بضع عشرة"}
    token = trie(phrases | teens | words)
    more = trie(phrases | teens | (words - FIRST - _with_variants(unit_ordinals)) | continuation)
    # Without و, only a scale word, the عشر of a teen or a fraction or multiple continues a
    # number ("ثلاثة آلاف", "الخامس عشر", "ثلاثة أرباع"); any other number word after a space
    # starts a figure of its own ("تجاوزوا الستين ثلاثة أضعاف": sixty, then three times).
    multiples = {"ضعف", "ضعفا"}  # "اثني عشر ضعف": a multiple after a number
    bare = trie(_with_variants(_scales() | multiples | {"عشر", "عشرة"}) | continuation)
    # per cent, and per mille ("٣٢ في الألف", infant mortality)
    percent = r"\s+(?:في\s+الما?ئة|في\s+المئة|بالما?ئة|بالمئة|في\s+الألف|بالألف)(?!\w)"
    # "ثلاثة أرباعهم" (three quarters of them) is "ثلاثة أرباع", its pronoun left out as after
    # a single fraction (نصفهم); the plural fractions all have five letters.
    plural_fraction_before_suffix = (
        rf"(?<={'|'.join(sorted(continuation))})(?={_PRONOUN_SUFFIX})" if continuation else "(?!)"
    )
    # Clitics written onto the word (و "and", ف, ب "with", ك, ل "for", ال "the") are not
    # part of the figure: "وستة" -> "ستة", "بعشرات الآلاف" -> "عشرات الآلاف".
    clitics = "(?:[وف]?(?:[بكل]?ال|لل|[بكل])?)"
    return Rules(
        # the plurals آلاف and ملايين follow only 3 to 10: "سبتمبر ٢٠٢٣ آلاف القتلى" is a year
        # and "thousands"
        after_number=(
            r"\s(?:ألفا|ألف|الف|مليونا|مليون|مليارات|مليار)(?!\w)"
            r"|(?:(?<=(?<!\d)[3-9٣-٩])|(?<=(?<!\d)(?:10|١٠)))\s(?:آلاف|الاف|ملايين)(?!\w)"
        ),
        percent=rf"{PERCENT_SIGN}|{percent}",
        range_words="(?:إلى|الى|حتى)",
        word_starts=first_chars([*phrases, *teens, *words, *alone, *"وفبكلا"]),
        # واحد continues a number only after و ("مئة وواحد"): "ثانية واحدة" is one second.
        words=(
            rf"(?<!\w){clitics}(?:(?P<arword>{trie(alone)}(?:{percent})?(?!\w)|{token}"
            rf"(?:\s+(?!واحد)(?:و\s?(?:ال)?{more}|{bare}))*(?:{percent})?)"
            rf"(?:(?!\w)|{plural_fraction_before_suffix})"
            rf"|(?P<arpart>{trie(_FRACTIONS | _CARDINALS_OF | dual_constructs())})(?={_PRONOUN_SUFFIX}))"
        ),
        count_words=frozenset(_with_variants(cardinals)),
    )
