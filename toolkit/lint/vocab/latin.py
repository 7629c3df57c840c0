"""Numbers in words in English, French and Spanish.

The vocabulary is num2words' (cardinals and ordinals, generated once per
process); the language's data file adds what num2words does not write
(multiplicatives, collective nouns), and the hand lists below hold only
grammatical forms (plurals, feminines, short forms).
"""

from __future__ import annotations

from collections.abc import Iterable

from toolkit.lint.phrasebook import phrasebook
from toolkit.lint.vocab.parts import (
    CARDINALS,
    MAGNITUDE,
    ORDINALS,
    PERCENT_SIGN,
    Rules,
    first_chars,
    spell,
    trie,
    without_accents,
    words_of,
)

__all__ = ["english", "french", "spanish"]


def _latin_words(
    cardinals: set[str],
    ordinals: set[str],
    phrases: set[str],
    connector: str,
    half: str,
    percent: str,
    collectives: Iterable[str] = (),
    fractions: Iterable[str] = (),
    extra: str = "(?!)",
) -> tuple[str, str]:
    """Numbers in words for en, fr and es: "six", "two hundred and fifty", "vingt et unième".

    Cardinal words join with spaces, hyphens or the connector ("and", "et",
    "y"); an ordinal ends a number only after a hyphen or the connector
    ("twenty-first", "vingt et unième"), so "les deux premiers" stays two
    figures; Spanish compound ordinals are two ordinal words ("vigésimo
    primero"). Fractions only continue a number ("two-thirds", "deux tiers":
    "pays tiers" is no figure). A percent in words ends the figure
    ("eighty-five per cent"). ``extra`` is one more regex for a first word.
    Returns the regex and the characters it can start with.
    """
    # Collective nouns ("une centaine de", "des dizaines de") count only before "de".
    collectives = list(collectives)
    approximate = rf"{trie(collectives)}(?=\s+d(?:e\b|['’]))" if collectives else "(?!)"
    token = rf"(?:{extra}|{trie(phrases | cardinals)}|{approximate})"
    more = rf"(?:{trie(phrases | cardinals | set(fractions))}|{approximate})"
    ordinal = trie(ordinals)
    joint = rf"(?:\s+{connector}\s+|[\s-]+)"
    starts = first_chars([*cardinals, *ordinals, *phrases, *collectives])
    return (
        rf"(?P<words>\b(?:{token}(?:{joint}{more})*(?:(?:-|\s+{connector}\s+){ordinal})?"
        rf"|{ordinal}(?:\s+{ordinal})*)(?:\s+{connector}\s+{half})?(?:{percent})?\b)",
        starts,
    )


def english() -> Rules:
    """English: "six", "tens of thousands", "twenty-first", "a third", "the sixties"."""
    book = phrasebook("en")
    percent = r"\s+(?:per\s?cent|percent)\b"
    scales = {"hundred", "thousand", "million", "billion", "trillion"}
    cardinals = words_of(spell(CARDINALS, "en")) - {"and"}
    cardinals |= {s + "s" for s in scales} | {"dozen", "dozens", "half"}  # hand: plurals
    cardinals |= {t[:-1] + "ies" for t in spell(range(20, 100, 10), "en")}  # the sixties
    cardinals |= book.number_words("word")
    ordinals = {p.split()[-1].split("-")[-1] for p in spell(ORDINALS, "en", "ordinal")}
    phrases = {
        f"{few} of {many}"
        for few in ("tens", "hundreds", "dozens")
        for many in ("thousands", "millions")
    }
    phrases |= {
        f"a {n}" for n in ("hundred", "thousand", "million", "billion", "dozen", "half", "quarter")
    }
    parts = ordinals - {"first", "second"}
    fractions = {o + "s" for o in parts} | {"quarters", "halves"}
    fractions |= book.number_words("continuation")
    # "a third of them", "by a fifth": an article before a fraction (not "a third wave").
    a_fraction = rf"a\s+{trie(parts)}(?=\s+of\b|\s*[,.;:)!?]|\s*$)"
    words, starts = _latin_words(
        cardinals,
        ordinals,
        phrases,
        "and",
        "a\\s+half",
        percent,
        fractions=fractions,
        extra=a_fraction,
    )
    return Rules(
        after_number=rf"\s(?:hundred|thousand|million|billion|trillion)(?![a-z])|{MAGNITUDE}",
        percent=rf"{PERCENT_SIGN}|{percent}",
        ordinal=r"(?:st|nd|rd|th)(?![a-z])|(?<=0)['’]?s(?![a-z])",  # 70th, 1st; the 1950s
        range_words=r"to",
        words=words,
        word_starts=starts,
        cardinal_words=frozenset(cardinals),
        ordinal_words=frozenset(ordinals),
        connector="and",
    )


# French and Spanish amounts abbreviated before a currency sign: "1,2 M€", "3 Md$".
_ROMANCE_MAGNITUDE = rf"{MAGNITUDE}|(?-i:\s?(?:Mds?|M|k))(?=\s?[€$£])"


def french() -> Rules:
    """French: "six", "des dizaines de milliers", "vingt et unième", "XXe siècle"."""
    book = phrasebook("fr")
    percent = r"\s+pour\s?cent\b"
    cardinals = words_of(spell(CARDINALS, "fr")) - {"et"}
    cardinals |= {"une", "millier", "milliers", "moitié"}  # hand: feminine, collectives
    cardinals |= book.number_words("word")
    ordinals = {p.split()[-1].split("-")[-1] for p in spell(ORDINALS, "fr", "ordinal")}
    ordinals = {"vingtième" if o == "vingtsième" else o for o in ordinals}  # num2words typo
    ordinals |= {o + "s" for o in ordinals if o.endswith("ième")}
    ordinals |= {"première", "premiers", "premières", "second", "seconde", "seconds", "secondes"}
    phrases = {
        f"{few} de {many}" for few in ("dizaines", "centaines") for many in ("milliers", "millions")
    } | {"demi-douzaine", "demi-million"}
    collectives = ["centaine", "centaines"] + [  # hand: approximate counts ("une vingtaine")
        f"{stem}aine{plural}"
        for stem in ("diz", "douz", "quinz", "vingt", "trent", "quarant", "cinquant", "soixant")
        for plural in ("", "s")
    ]
    # Fractions continue a number: "deux tiers", "trois quarts", "un cinquième".
    fractions = {o for o in ordinals if "ième" in o} | book.number_words("continuation")
    words, starts = _latin_words(
        without_accents(cardinals),
        without_accents(ordinals),
        phrases,
        "et",
        "demie?",
        percent,
        collectives,
        fractions=without_accents(fractions),
    )
    return Rules(
        after_number=rf"\s(?:millions?|milliards?|mille|milliers?)(?![a-zà-ÿ])|{_ROMANCE_MAGNITUDE}",
        percent=rf"{PERCENT_SIGN}|{percent}",
        ordinal=r"(?:ère|ème|eme|er|re|nde?|e|ᵉʳ|ʳᵉ|ᵉ)(?![a-zà-ÿ])",  # 70e, 1er, 1re, 2nde
        range_words="à",
        words=words,
        word_starts=starts + "IVXL",
        # A century in Roman numerals: "XXe siècle", "XIXe et XXe siècles".
        letters_first=(
            r"(?P<roman>(?<!\w)(?-i:[IVXL]{1,7})(?:e|ème|ᵉ)"
            r"(?=\s+(?:siècle|millénaire)|\s+(?:et|ou|au)\s+(?:au\s+)?(?-i:[IVXL]+)(?:e|ème|ᵉ)\s+siècle))"
        ),
        cardinal_words=frozenset(without_accents(cardinals)),
        ordinal_words=frozenset(without_accents(ordinals)),
        connector="et",
    )


def spanish() -> Rules:
    """Spanish: "seis", "decenas de miles", "vigésimo primero", "tres cuartas partes"."""
    book = phrasebook("es")
    percent = r"\s+por\s?ciento\b"
    cardinals = words_of(spell([*CARDINALS, 2 * 10**12], "es")) - {"y"}
    cardinals |= {c.replace("ientos", "ientas") for c in cardinals}  # doscientas
    cardinals |= {"una", "veintiuna", "veintiún"}  # hand: feminine and short forms
    cardinals |= {"miles", "cientos", "centenares", "millares", "centenar", "millar", "mitad"}
    cardinals |= {"decena", "decenas", "docena", "docenas"}  # hand: collective nouns
    cardinals |= book.number_words("word")
    ordinals = words_of(spell(ORDINALS, "es", "ordinal"))
    ordinals |= {"undécimo", "duodécimo", "decimoprimero", "decimosegundo", "cuadragésimo"}
    ordinals |= {o[:-1] + "a" for o in ordinals if o.endswith("o")}  # primera, vigésima
    ordinals |= {"primer", "tercer", "primeros", "primeras"}  # hand: short forms, plurals
    phrases = {
        f"{few} de {many}"
        for few in ("decenas", "cientos", "centenares")
        for many in ("miles", "millones")
    } | {"miles de millones", "medio centenar", "medio millón", "media docena"}
    # Fractions continue a number: "dos tercios", "tres cuartas partes", "una décima parte".
    parts = [o[:-1] for o in spell(range(3, 11), "es", "ordinal")]  # tercer, cuart, quint...
    fractions = {f"{p}os" for p in parts if p != "tercer"} | {f"{p}a parte" for p in parts}
    fractions |= {f"{p}as partes" for p in parts} | {"tercio", "tercios", "tercera parte"}
    fractions |= book.number_words("continuation")
    words, starts = _latin_words(
        without_accents(cardinals),
        without_accents(ordinals),
        phrases,
        "y",
        "medi[oa]",
        percent,
        ["veintena", "veintenas", "treintena", "treintenas"],  # hand: "una treintena de"
        fractions=without_accents(fractions),
    )
    return Rules(
        after_number=(
            r"\s(?:mil(?:\s+millones)?|mill[oó]n|millones|bill[oó]n|billones)(?![a-z])"
            rf"|{_ROMANCE_MAGNITUDE}"
        ),
        percent=rf"{PERCENT_SIGN}|{percent}",
        ordinal=r"\.?[ºª°]|\.?er(?![a-z])",  # 70.º, 70º, 70ª, 1.er
        range_words="a",
        words=words,
        word_starts=starts + "IVXL",
        # A century in Roman numerals: "siglo XX", "siglos XIX y XX", "s. XXI".
        letters_first=(
            r"(?P<roman>(?:(?<=siglo[ \u00a0])|(?<=siglos[ \u00a0])|(?<=\bs\.[ \u00a0])"
            r"|(?<=(?-i:[IVXL]) y ))(?-i:[IVXL]{1,7})\b)"
        ),
        cardinal_words=frozenset(without_accents(cardinals)),
        ordinal_words=frozenset(without_accents(ordinals)),
        connector="y",
    )
