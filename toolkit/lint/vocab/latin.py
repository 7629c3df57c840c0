"""Numbers in words in English, French and Spanish.

The vocabulary is num2words' (cardinals and ordinals, generated once per
process); the language's data file adds what num2words does not write
(multiplicatives, whose verbs are conjugated here from their stems; words
that contain a number, such as "fortnight" or "sexagénaire"; collectives
that count only before "of"/"de"), and the hand lists below hold only
grammatical forms (plurals, feminines, short forms).
"""

from __future__ import annotations

from collections.abc import Iterable

from toolkit.lint.phrasebook import phrasebook
from toolkit.lint.vocab.parts import (
    CARDINALS,
    ES_MONTHS,
    FR_MONTHS,
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
    ordinal_tail: str = "",
    alone: Iterable[str] = (),
    leading: Iterable[str] = (),
) -> tuple[str, str]:
    """Numbers in words for en, fr and es: "six", "two hundred and fifty", "vingt et unième".

    Cardinal words join with spaces, hyphens or the connector ("and", "et",
    "y"); an ordinal ends a number only after a hyphen or the connector
    ("twenty-first", "vingt et unième"), so "les deux premiers" stays two
    figures; Spanish compound ordinals are two ordinal words ("vigésimo
    primero"). Fractions only continue a number ("two-thirds", "deux tiers":
    "pays tiers" is no figure). A percent in words ends the figure
    ("eighty-five per cent"). ``collectives`` count only before "of" or
    "de" ("scores of", "une quarantaine de": alone, a quarantine).
    ``extra`` is one more regex for a first word; ``ordinal_tail`` may follow
    an ordinal ("cuarta parte"); the words ``alone`` are figures that join
    no other ("tripled", "fortnight": kept out of the runs, the regex stays
    small); the words ``leading`` start a run but never continue one ("thousands",
    "miles": "in the eighties thousands fled", "los años ochenta miles de personas" are two
    figures, since no number is written so). Returns the regex and the characters it can
    start with.
    """
    alone = set(alone)
    collectives = list(collectives)
    bound = (
        rf"{trie(collectives)}(?=\s+(?:of\b|d(?:e\b|['’])))(?!\s+de\s+(?:\d|{_SMALL_WORDS}\b))"
        if collectives
        else "(?!)"
    )
    token = rf"(?:{extra}|{trie(phrases | cardinals)}|{bound})"
    more = rf"(?:{trie((phrases | cardinals | set(fractions)) - set(leading))}|{bound})"
    ordinal = trie(ordinals) + ordinal_tail
    joint = rf"(?:\s+{connector}\s+|[\s-]+)"
    starts = first_chars([*cardinals, *ordinals, *phrases, *collectives, *alone])
    return (
        rf"(?P<words>\b(?:{trie(alone)}\b|(?:{token}(?:{joint}{more})*"
        rf"(?:(?:-|\s+{connector}\s+){ordinal})?|{ordinal}(?:\s+{ordinal})*)"
        rf"(?:(?:\s+|-){connector}(?:\s+|-){half})?(?:{percent})?\b))",
        starts,
    )


# Small numbers in words after "de": "une quarantaine de quatorze jours" is a quarantine.
_SMALL_WORDS = (
    "(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize"
    "|vingt|trente|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce"
    "|quince|veinte|treinta)"
)


# The endings of regular verbs that state a multiplication ("doubled", "a triplé",
# "se cuadruplicaron"): every form says how many times.
_VERB_ENDINGS = {
    "en": ("e", "ed", "es", "ing"),
    "fr": (
        "er",
        "é",
        "ée",
        "és",
        "ées",
        "e",
        "ent",
        "ait",
        "aient",
        "era",
        "eront",
        "a",
        "ant",
        "ons",
        "ez",
        "erons",
        "erez",
        "erait",
        "eraient",
    ),
    "es": (
        "ar",
        "a",
        "an",
        "ó",
        "aron",
        "aba",
        "aban",
        "ará",
        "arán",
        "ado",
        "ada",
        "ados",
        "adas",
        "ando",
        "amos",
        "aremos",
        "aría",
        "arían",
    ),
}


def verb_forms(stems: Iterable[str], language: str) -> set[str]:
    """The forms of regular verbs from their stems: "doubl" -> doubled, doubling; "duplic"
    -> duplicó, dupliquen (in Spanish, c before e is written qu)."""
    forms = set()
    for stem in stems:
        forms |= {stem + ending for ending in _VERB_ENDINGS[language]}
        if language == "es":
            soft = stem[:-1] + "qu" if stem.endswith("c") else stem
            forms |= {soft + "e", soft + "en", soft + "é"}
    return forms


# The words that may follow a fraction but never an ordinal's noun ("a third in 2023", "a
# quarter since May", "a fifth were women"): prepositions, conjunctions, auxiliaries, verbs
# of reporting and adverbs of time or degree. Any other word is the noun an ordinal orders.
_EN_NOT_A_NOUN = (
    "of|in|on|at|by|since|from|to|over|under|between|during|within|after|before|across"
    "|among|against|compared|and|or|but|than|while|when|as|whereas|last|this|next|each"
    "|every|per|are|were|is|was|have|has|had|will|would|could|can|may|might|must|should"
    "|do|did|say|said|says|reported|told|also|only|still|now|already|again|more|less"
    "|fewer|overall|nationwide|worldwide|globally|ago|alone|year-on-year|below|above|lower"
    "|higher|short"
)


# Words that bound an amount; "a third" after them is a fraction, never the ordinal.
_EN_AMOUNT_BOUNDS = (
    "than", "nearly", "almost", "about", "around", "roughly", "only", "just", "barely",
    "fully", "some", "over", "under", "up to",
)  # fmt: skip


# An amount after a currency's letters written onto it, which a number never follows in a
# name: "N500,000" (naira), "R2,000" (rand), "K200" (kwacha), "Q100" (quetzal), "Rs5,000",
# "KSh50,000", "N10 million". Only amounts that look like money: grouped, three digits or more, or a scale.
_GLUED_CURRENCY = (
    r"(?P<cur>(?:(?<=(?<![A-Za-z])Rs)|(?<=(?<![A-Za-z])Rs\.)|(?<=(?<![A-Za-z])KSh)"
    r"|(?<=(?<![A-Za-z])Ksh)|(?<=(?<![A-Za-z])[NRKQ])|(?<=(?<![A-Za-z])Tk))"
    r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?(?:\s(?:million|billion|lakh|crore)s?|bn|m)\b"
    r"|\d{3,}(?![\d.,]*[A-Za-z])))"
)


def english() -> Rules:
    """English: "six", "tens of thousands", "twenty-first", "a third", "the sixties"."""
    book = phrasebook("en")
    percent = r"\s+(?:per\s?cent|percent)\b"
    scales = {"hundred", "thousand", "million", "billion", "trillion"}
    spelled = frozenset(words_of(spell(CARDINALS, "en")) - {"and"})
    cardinals = set(spelled)
    cardinals |= {s + "s" for s in scales} | {"dozen", "dozens", "half"}  # hand: plurals
    cardinals |= {"lakh", "lakhs", "crore", "crores"}  # hand: Indian English scales
    cardinals |= {t[:-1] + "ies" for t in spell(range(20, 100, 10), "en")}  # the sixties
    alone = book.number_words("word") | verb_forms(book.number_words("verb-stem"), "en")
    ordinals = {p.split()[-1].split("-")[-1] for p in spell(ORDINALS, "en", "ordinal")}
    phrases = {
        f"{few} of {many}"
        for few in ("tens", "hundreds", "dozens")
        for many in ("thousands", "millions")
    }
    phrases |= {
        f"a {n}"
        for n in ("hundred", "thousand", "million", "billion", "dozen", "half", "quarter", "lakh")
    } | {"a crore"}
    # "a quarter of a million", "three quarters of a billion": one figure, as "half a million"
    parts_of = (
        "a quarter",
        "a third",
        "half",
        *(f"{n}{j}{d}" for n, d in (("three", "quarters"), ("two", "thirds")) for j in " -"),
    )
    phrases |= {f"{part} of a {scale}" for part in parts_of for scale in ("million", "billion")}
    parts = ordinals - {"first", "second"}
    fractions = {o + "s" for o in parts} | {"quarters", "halves"}
    fractions |= book.number_words("continuation")
    # "a third of them", "up by a third in 2023", "a fifth were women": an article before a
    # fraction, which orders no noun; "a third wave", "a third night" are ordinals.
    a_fraction = rf"a\s+{trie(parts)}(?=\s+(?:{_EN_NOT_A_NOUN})\b|\s*[,.;:)!?\"”’—–]|\s*$)"
    # After a word that bounds an amount, it is a fraction whatever follows: "less than a tenth
    # remains", "only a third funded", "nearly a quarter said".
    hedged = "|".join(rf"(?<=\b{w} )" for w in _EN_AMOUNT_BOUNDS)
    a_fraction += rf"|(?:{hedged})a\s+{trie(parts)}\b|a\s+score(?=\s+of\b)"  # a score of: twenty
    words, starts = _latin_words(
        cardinals,
        ordinals,
        phrases,
        "and",
        "a[\\s-]+half",
        percent,
        book.number_words("before-of"),
        fractions=fractions,
        extra=a_fraction,
        alone=alone,
        leading={s + "s" for s in scales} | {"dozens"},
    )
    return Rules(
        digits_first=_GLUED_CURRENCY,
        # hand: lakh and crore (100,000 and 10 million) are the scale words of Indian English
        after_number=(
            r"\s(?:hundred|thousand|million|billion|trillion|lakhs?(?:\s+crores?)?|crores?)(?![a-z])"
            rf"|{MAGNITUDE}"
        ),
        # "60pc", "5 pct": per cent as British papers and news agencies abbreviate it
        percent=rf"{PERCENT_SIGN}|{percent}|(?-i:\s?pct?)(?![A-Za-z])",
        ordinal=r"(?:st|nd|rd|th)(?![a-z])|(?<=0)['’]?s(?![a-z])",  # 70th, 1st; the 1950s
        range_words=r"to",
        words=words,
        word_starts=starts,
        cardinal_words=frozenset(cardinals),
        count_words=spelled,
        ordinal_words=frozenset(ordinals),
        connector="and",
    )


# French and Spanish amounts abbreviated before a currency sign or "de": "1,2 M€", "3 Md$",
# "1,5 M de visitas".
_ROMANCE_MAGNITUDE = rf"{MAGNITUDE}|(?-i:\s?(?:Mds?|M|k))(?=\s?[€$£]|\s+d(?:e|es|['’])\s?\w)"


# The units French counts in halves: "deux heures et demie", "un an et demi".
_FR_HALVED_UNITS = (
    "heure", "heures", "an", "ans", "année", "années", "mois", "jour", "jours", "semaine",
    "semaines", "siècle", "siècles", "minute", "minutes", "midi", "minuit", "nuit", "nuits",
)  # fmt: skip


def french() -> Rules:
    """French: "six", "des dizaines de milliers", "vingt et unième", "XXe siècle"."""
    book = phrasebook("fr")
    percent = r"\s+pour\s?cent\b"
    spelled = frozenset(words_of(spell(CARDINALS, "fr")) - {"et"})
    cardinals = set(spelled)
    cardinals |= {"une", "millier", "milliers", "moitié"}  # hand: feminine, collectives
    cardinals |= {"septante", "huitante", "octante", "nonante"}  # hand: Belgium, Switzerland
    alone = book.number_words("word") | verb_forms(book.number_words("verb-stem"), "fr")
    ordinals = {p.split()[-1].split("-")[-1] for p in spell(ORDINALS, "fr", "ordinal")}
    ordinals = {"vingtième" if o == "vingtsième" else o for o in ordinals}  # num2words typo
    ordinals |= {o + "s" for o in ordinals if o.endswith("ième")}
    ordinals |= {"première", "premiers", "premières", "second", "seconde", "seconds", "secondes"}
    phrases = {
        f"{few} de {many}" for few in ("dizaines", "centaines") for many in ("milliers", "millions")
    } | {"demi-douzaine", "demi-million"}
    cardinals |= {  # hand: approximate counts ("une vingtaine", "une quinzaine de jours")
        f"{stem}aine{plural}"
        for stem in ("cent", "diz", "douz", "quinz", "vingt", "trent", "cinquant", "soixant")
        for plural in ("", "s")
    }
    # Fractions continue a number: "deux tiers", "trois quarts", "un cinquième".
    # (not "deuxième": a half is "demi", so "une deuxième chance" is an article and an ordinal)
    fractions = {o for o in ordinals if "ième" in o and not o.startswith("deuxième")}
    fractions |= book.number_words("continuation")
    # "le tiers des sièges", "du quart de la population": a fraction after the article.
    the_fraction = r"(?:(?<=le )|(?<=du )|(?<=au ))(?:tiers|quart)(?=\s+d(?:e|es|u)\b|\s+d['’])"
    # "deux heures et demie", "trois ans et demi": a half after a unit (Spanish "y media").
    after_unit = "|".join(f"(?<={unit} et )" for unit in _FR_HALVED_UNITS)
    the_fraction += rf"|(?:{after_unit})(?:demie?|quart)\b"  # "onze heures et quart"
    # "une demi-heure", "une demi-journée": the half of a unit ("media hora"), its article the
    # unit's ("une heure"); "demi-frère", "demi-mesure" are no fractions.
    the_fraction += r"|demi(?=-(?:heure|journée|semaine|siècle|mois|année|litre|tonne)s?\b)"
    words, starts = _latin_words(
        without_accents(cardinals),
        without_accents(ordinals),
        phrases,
        "et",
        "demie?",
        percent,
        book.number_words("before-of"),  # "une quarantaine de": alone, a quarantine
        fractions=without_accents(fractions),
        extra=the_fraction,
        alone=without_accents(alone),
    )
    return Rules(
        after_number=rf"\s(?:millions?|milliards?|mille|milliers?)(?![a-zà-ÿ])|{_ROMANCE_MAGNITUDE}",
        # "2 p. 100" is 2 per cent, as French administrations write it
        percent=rf"{PERCENT_SIGN}|{percent}|\s?p\.\s?100(?!\d|[.,]\d)",
        # 70e, 1er, 1re, 2nde, 2de, and their plurals: 1res, 1ers, 2des
        ordinal=r"(?:ères|èmes|ers|res|ndes|des|es|ère|ème|eme|er|re|nde?|de|e|ᵉʳ|ʳᵉ|ᵉ)(?![a-zà-ÿ])",
        # "du 3 au 5 octobre": a range of days
        range_words=rf"(?:à|au(?=\s+\d{{1,2}}\s+{FR_MONTHS}))",
        words=words,
        word_starts=starts + "IVXL",
        # A century in Roman numerals: "XXe siècle", "XIXe et XXe siècles".
        # And with "siècle" left out after "du", "au", "le": "les féministes du XIXe."
        letters_first=(
            r"(?P<roman>(?<!\w)(?-i:[IVXL]{1,7})(?:e|ème|ᵉ)"
            r"(?=\s+(?:siècle|millénaire)|\s+(?:et|ou|au)\s+(?:au\s+)?(?-i:[IVXL]+)(?:e|ème|ᵉ)\s+siècle)"
            r"|(?:(?<=du )|(?<=au )|(?<=le ))(?-i:[IVXL]{2,7})(?:e|ème|ᵉ)"
            r"(?=\s*[,.;:!?)»]|\s*$|\s+(?-i:[a-zà-ÿ])(?!rrondissement)))"
        ),
        cardinal_words=frozenset(without_accents(cardinals)),
        count_words=frozenset(without_accents(spelled)),
        ordinal_words=frozenset(without_accents(ordinals)),
        connector="et",
    )


# The words that may follow a fraction but not an ordinal's noun ("un quinto en 2023"), as
# in English.
_ES_NOT_A_NOUN = (
    "en|entre|desde|hasta|durante|respecto|frente|con|y|o|pero|que|cuando|mientras|este"
    "|esta|el|la|los|las|son|eran|fueron|han|habían|según|más|menos|solo|ya|también"
)


def spanish() -> Rules:
    """Spanish: "seis", "decenas de miles", "vigésimo primero", "tres cuartas partes"."""
    book = phrasebook("es")
    percent = r"\s+por\s?ciento\b|\s+por\s+(?:cien|100)\b"  # "el 100 por 100", "cien por cien"
    spelled = frozenset(words_of(spell([*CARDINALS, 2 * 10**12], "es")) - {"y"})
    cardinals = set(spelled)
    cardinals |= {c.replace("ientos", "ientas") for c in cardinals}  # doscientas
    cardinals |= {"una", "veintiuna", "veintiún"}  # hand: feminine and short forms
    cardinals |= {"miles", "cientos", "centenares", "millares", "centenar", "millar", "mitad"}
    cardinals |= {"decena", "decenas", "docena", "docenas"}  # hand: collective nouns
    cardinals |= {"veintena", "veintenas", "treintena", "treintenas", "quincena", "quincenas"}
    alone = book.number_words("word") | verb_forms(book.number_words("verb-stem"), "es")
    ordinals = words_of(spell(ORDINALS, "es", "ordinal"))
    ordinals |= {"undécimo", "duodécimo", "decimoprimero", "decimosegundo", "cuadragésimo"}
    # hand: 13th to 19th in one word, as the RAE now writes them ("decimotercera", "decimoctavo")
    ordinals |= {
        f"decimo{unit}"
        for unit in ("tercero", "cuarto", "quinto", "sexto", "séptimo", "septimo", "noveno")
    } | {"decimoctavo", "decimotercer"}
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
    # "un cuarto de siglo", "un quinto de la población": an article before a fraction.
    singular = trie(without_accents({f"{p}o" for p in parts if p != "tercer"}))
    # "aumentó un quinto en 2023": no noun after it either ("un quinto detenido" is the
    # ordinal); not "un cuarto", alone also a room ("en un cuarto.").
    not_cuarto = trie(without_accents({f"{p}o" for p in parts if p not in ("tercer", "cuart")}))
    a_fraction = (
        rf"una?\s+{singular}(?=\s+del?\b)(?!\s+de\s+(?:unos\s+)?\d)"  # "un cuarto de 9 m²": a room
        rf"|una?\s+{not_cuarto}(?=\s+(?:{_ES_NOT_A_NOUN})\b|\s*[,.;:)!?\"”»—–]|\s*$)"
    )
    # "media hora", "medio siglo": half of a unit (alone, medio is also "means", "middle").
    half = (
        r"medi[oa](?=\s+(?:hora|día|dia|jornada|siglo|año|mes|semana|país|pais|población)\b)"
        r"|(?:(?<=horas y )|(?<=hora y )|(?<=años y )|(?<=año y )|(?<=meses y )|(?<=mes y )"
        r"|(?<=días y )|(?<=siglos y )|(?<=siglo y )|(?<=semanas y )|(?<=semana y )"
        r"|(?<=las \d y )|(?<=las \d\d y )|(?<=la 1 y )"  # "a las 3 y media": half past three
        r"|(?<=minutos y )|(?<=décadas y )|(?<=kilos y ))medi[oa]\b"  # "dos horas y media"
    )
    words, starts = _latin_words(
        without_accents(cardinals),
        without_accents(ordinals),
        phrases,
        "y",
        "medi[oa]",
        percent,
        book.number_words("before-of"),  # "una cuarentena de": alone, a quarantine
        fractions=without_accents(fractions),
        extra=f"{a_fraction}|{half}",
        ordinal_tail=r"(?:\s+partes?\b)?",  # "la cuarta parte": a fraction
        alone=without_accents(alone),
        leading={"miles", "cientos"},  # "dos mil", "doscientos": the plurals start a number
    )
    return Rules(
        after_number=(
            # "5 mil 696" is 5,696, as Mexican papers write it
            r"\s(?:mil(?:\s+millones|\s\d{1,3}(?![\d.,]))?|mill[oó]n|millones|bill[oó]n|billones)(?![a-z])"
            rf"|{_ROMANCE_MAGNITUDE}"
        ),
        percent=rf"{PERCENT_SIGN}|{percent}",
        ordinal=r"\.?[ºª°]|\.?er(?![a-z])",  # 70.º, 70º, 70ª, 1.er
        # "del 3 al 5 de octubre": a range of days
        range_words=rf"(?:a|al(?=\s+\d{{1,2}}\s+de\s+{ES_MONTHS}))",
        words=words,
        word_starts=starts + "IVXL",
        # A century in Roman numerals: "siglo XX", "siglos XIX y XX", "s. XXI".
        letters_first=(
            r"(?P<roman>(?:(?<=siglo[ \u00a0])|(?<=siglos[ \u00a0])|(?<=\bs\.[ \u00a0])"
            r"|(?<=(?-i:[IVXL]) y ))(?-i:[IVXL]{1,7})\b"
            # and with "siglo" left out after "del": "las feministas del XIX."
            r"|(?<=del )(?-i:[IVXL]{2,7})(?=\s*[,.;:!?)»]|\s*$))"
        ),
        cardinal_words=frozenset(without_accents(cardinals)),
        count_words=frozenset(without_accents(spelled)),
        ordinal_words=frozenset(without_accents(ordinals)),
        connector="y",
    )
