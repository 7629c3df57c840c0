"""When a number is not a figure: rules that look at the words around it.

The figure detector finds every number; these rules then drop the ones
that only look like figures, the same way in every language (the policy
is written in ``tests/lint_corpus/README.md``):

- a number word used as an article or pronoun ("one of the", "un
  rapport", "수감자 중 한 명") — :data:`NOT_A_QUANTITY`; English "one" as the
  determiner "a certain" before the source of a quote ("said one mother")
  — :func:`is_speaker_one`;
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
from functools import cache

from toolkit.lint.vocab.parts import ES_MONTHS

__all__ = [
    "NOT_A_QUANTITY",
    "ONLY_BEFORE",
    "ONLY_WITH",
    "article_length",
    "in_a_name",
    "is_clause_start",
    "is_enumerator",
    "is_generic_uno",
    "is_korean_speaker",
    "is_one_oclock",
    "is_only_one",
    "is_room",
    "is_second_of_time",
    "is_speaker_one",
    "listed_spans",
]

# The words a proportion's noun phrase takes before "sur"/"de cada": "un détenu sur
# cinq", "un bureau de vote sur vingt", "un colegio electoral de cada veinte".
# Words of the clause, up to eight, numbers included: "un enfant de moins de cinq ans sur dix".
_NOUN_PHRASE = r"(?:\s+[^\s,.;:!?()«»\"“”]+){0,8}"
# French function words ending in s or x, which may follow "sur N" in a proportion ("un
# enfant sur cinq dans le monde"); any other such word is the plural noun that N counts:
# "un rapport sur cinq pays" is a report on five countries, its "un" an article.
_FR_FUNCTION_S = (
    "dans|sous|sans|après|depuis|puis|mais|plus|moins|très|tous|toutes|nous|vous|les|des|ses"
    "|ces|mes|leurs|sont|avons|avez|étaient|avaient|seraient|auraient|pas|jamais|alors|lors"
    # a past participle agreeing with the subject: "une mère sur deux interrogées"
    r"|[^\W\d_]+(?:és|ées|ies|ises|ues|aites|ites|ts)"
)
_FR_PROPORTION = (
    rf"{_NOUN_PHRASE}\s+sur\s+(?!une?\b)NUMBER"
    rf"(?![\d.,\u00a0\u202f]*\s+(?!(?:{_FR_FUNCTION_S})\b)[^\W\d_]+[sx]\b)"
)
# One o'clock: "à une heure du matin" (and Spanish "a la una": is_one_oclock).
_FR_CLOCK = r"\s+heure\s+(?:du\s+(?:matin|soir)|de\s+l['’]après-midi|de\s+la\s+nuit|et\s+(?:demie|quart)|moins)\b"
# An amount of money is a figure: "un dollar par jour", "un dólar al día".
_CURRENCY_NOUN = (
    r"\s+(?:dollars?|euros?|dólar|dólares|pesos?|francs?|centimes?|céntimos?|dinars?|livres?)\b"
)
_FR_ARTICLE = (
    rf"^(?!{_FR_PROPORTION}|\s+seule?s?\b|\s+(?:ou|à)\s+NUMBER|{_CURRENCY_NOUN}|{_FR_CLOCK})"
)
_ES_ARTICLE = rf"^(?!{_NOUN_PHRASE}\s+de\s+cada\b|\s+(?:sol[oa]|únic[oa])\b|{_CURRENCY_NOUN})"

# ar: ثانية is a second of time (not the ordinal "second") after a number ("30 ثانية",
# "ثلاثين ثانية"), after a preposition or a word of quantity without the article ("في
# ثانية", "كل ثانية", "خلال ثانية"), in "a fraction of a second" ("جزء من الثانية"), and
# before "واحدة" ("ثانية واحدة", one second: واحدة is the figure). With a noun before it, it
# is the ordinal: "موجة ثانية", "للمرة الثانية".
# It is also the adverb "again" ("عاد ثانية إلى السجن", he went back to prison again): after a
# word that is not a feminine noun (none ending in ة or ات, nor حرب, أرض...) and not the
# genitive of one ("حملة قمع ثانية", a second crackdown), since the ordinal agrees with its
# noun; "مرة ثانية" (a second time) stays the ordinal, as "للمرة الثانية" does. After a
# definite word it is "again" too ("عادت القوات ثانية"): the ordinal of a definite noun
# takes the article ("الموجة الثانية").
_AR_FEMININE = "(?:ال)?(?:حرب|أرض|دار|نفس|يد|عين|بنت|أخت|أم|شمس|ريح|روح|نار|سوق|حال)"
_AR_NOT_FEMININE = r"[^\Wة\d](?<!ات)\s+"
_AR_AGAIN = (
    rf"(?:^|[^\w\s]\s*|{_AR_NOT_FEMININE})(?!{_AR_FEMININE}\s)\w*{_AR_NOT_FEMININE}$"
    r"|(?<!\w)[وفبكل]?(?:ال|لل)\w+\s+$"
)
_AR_SECOND_OF_TIME = (
    rf"{_AR_AGAIN}|(?:\d|(?<!\w)NUMBER)\s+$"
    r"|(?<!\w)(?:في|خلال|غضون|كل|لمدة|بعد|قبل|سوى|مجرد|نحو|حوالي|أقل\s+من|أكثر\s+من)\s+$"
    r"|(?<!\w)(?:جزء|أجزاء|أعشار|عشر)\s+(?:من\s+)?(?:ال)?$",
    r"^\s+(?:واحدة|فقط)(?!\w)",
)

# Words that are numbers only in some contexts, per language: (before, after)
# regexes; the word is NOT a figure when either matches right before or
# right after it. NUMBER stands for digits or a cardinal word of the language.
NOT_A_QUANTITY: dict[str, dict[str, tuple[str, str]]] = {
    # en: no one, one of the (but: one of two), one another, one's own, one must (a pronoun)
    "en": {
        # "one of every five garments" counts (a proportion), "one of the six camps" does not;
        # "one aged twelve and the other thirteen": "one" paired with "the other" is a pronoun
        "one": (
            # ... and after an adjective: "each additional one", "the other one", "a new one"
            r"\b(?:no|any|every|each|additional|other|new|older|younger|eldest|youngest|last|next"
            r"|same|right|wrong)\s+$",
            r"^(?:\s+of\s+(?!(?:an?\s+|every\s+)?"
            r"(?:(?:estimated|some|about|around|nearly|almost|more\s+than|over|at\s+least"
            r"|up\s+to)\s+)?NUMBER)|\s+another\b|['’]s\b"
            r"|\s+(?:must|should|can|cannot|could|may|might|would|has\s+to|needs\s+to)\b"
            r"|[^.;:!?]{0,60}?(?:\band|\bwhile|\bbut|,)\s+the\s+others?\b)",
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
        "un": ("(?!)", _ES_ARTICLE),
        "una": ("(?!)", _ES_ARTICLE),
        # ... but "el uno de enero" is a date
        "uno": (
            "(?!)",
            rf"^\s+(?:de\s+(?!cada\b|{ES_MONTHS}\b)|(?:debe|puede|podría|tiene\s+que)\b)",
        ),
    },
    # ko: 세 after a number and a space is the counter of years of age ("구십 세 할머니", "백
    # 세 시대"), not the native three
    "ko": {
        "세": (r"(?:\d|(?<!\w)(?:[이삼사오육칠팔구]?[십백천])+[일이삼사오육칠팔구]?)\s+$", "(?!)"),
    },
    # ar: واحد من: one of, as "l'une des trois" (but واحد من كل خمسة: one in five, and "شاحنة
    # واحدة من أصل ٤٠": one truck out of 40, a proportion); في آن واحد: at the same time
    "ar": {
        **{
            # "كل واحد منهم": each one of them, a pronoun
            word: (
                r"(?:آن|وقت|(?<!\w)[وبل]?كل)\s+$",
                r"^\s+(?:من\s+(?!(?:كل|أصل|اصل)(?!\w))|من(?:هم|هن|هما|ها|ه|نا|كم)(?!\w))",
            )
            for word in ("واحد", "واحدة", "واحدا")
        },
        "ثانية": _AR_SECOND_OF_TIME,
        "صفر": (r"(?:شهر|\d)\s*$", "(?!)"),  # the month Safar: "شهر صفر", "١٠ صفر ١٤٤٥"
    },
}

# ar: ضعف before a noun is "twice" when the noun is an amount ("ضعف المدة", twice the time;
# "ضعف عددهم", twice their number; "ضعف طاقته الاستيعابية", twice its capacity) or "ما"
# (twice what), and "weakness" before any other noun ("ضعف النظام الصحي", "ضعف البصر"). Only
# amounts that are measured, in the singular: "ضعف الأجور", "ضعف معدلات التطعيم" (low
# wages, low vaccination rates) and "ضعف القدرة", "ضعف مستوى" are weaknesses.
_AR_AMOUNTS = (
    "عدد", "مبلغ", "رقم", "حجم", "مدة", "فترة", "وقت", "كمية", "سعر", "ثمن", "تكلفة",
    "أجر", "راتب", "حد", "معدل", "متوسط", "نسبة", "قيمة", "مساحة", "مسافة", "طاقة", "ميزانية",
)  # fmt: skip
# The amount, with or without the article, or with a pronoun (ة is written ت before it).
_AR_AMOUNT = (
    rf"(?:ال)?(?:{'|'.join(_AR_AMOUNTS)})"
    rf"|(?:{'|'.join(a.removesuffix('ة') + 'ت' if a.endswith('ة') else a for a in _AR_AMOUNTS)})"
    r"(?:هما|هم|هن|ها|ه|كم|نا)"
)

# es: "uno" as the impersonal pronoun "one" after a conjunction, before its verb: "el barrio
# en que uno nace", "cuando uno pierde a un hijo". Not before a word that makes it a count
# ("que uno de cada cinco", "si uno o dos", "que uno solo").
_ES_GENERIC_BEFORE = re.compile(
    r"(?:\b(?:que|cuando|si|donde|como|porque|mientras|aunque|hasta\s+que|aquí|allí|ahí|allá"
    r"|así|entonces|a\s+veces)|[«\"“])\s*$",
    re.IGNORECASE,
)
_ES_GENERIC_AFTER = re.compile(
    r"^\s+(?!(?:de|del|o|u|y|e|a|al|más|menos|solo|sólo|sobre|por|con|entre|tras|en)\b)"
    r"(?-i:[a-záéíóúñ])[a-záéíóúñ]+\b"
)


# ... and anywhere before "nunca", "siempre", "jamás", "ya" or a reflexive "se" ("«Uno nunca
# olvida el olor de la celda»"), unless a word makes it a count ("solo uno se salvó").
_ES_GENERIC_ADVERB = re.compile(r"^\s+(?:nunca|jamás|siempre|ya|se)\b", re.IGNORECASE)
_ES_CLAUSE_START = re.compile(r"(?:^|[.;:!?¿¡«\"“]\s*)$")
_ES_GENERIC_NEGATION = re.compile(r"^\s+no\s+[a-záéíóúñ]+[ea]\b")
_ES_COUNTED_BEFORE = re.compile(
    r"\b(?:solo|sólo|solamente|únicamente|ni|de|al\s+menos|más\s+de|menos\s+de)\s+$", re.IGNORECASE
)


_ES_CLOCK_BEFORE = re.compile(r"\bla\s+$", re.IGNORECASE)
_ES_CLOCK_AFTER = re.compile(
    r"^(?:\s*(?:[,.;:!?)]|$)|\s+(?:y|menos|en\s+punto|de\s+la\s+(?:mañana|tarde|noche"
    r"|madrugada))\b)",
    re.IGNORECASE,
)


def is_one_oclock(before: str, after: str) -> bool:
    """Whether Spanish "una" is one o'clock: "a la una de la madrugada", "a la una y media"."""
    return bool(_ES_CLOCK_BEFORE.search(before)) and bool(_ES_CLOCK_AFTER.match(after))


def is_generic_uno(before: str, after: str) -> bool:
    """Whether Spanish "uno" is the impersonal pronoun "one" ("en que uno nace", "Uno nunca
    olvida")."""
    if _ES_COUNTED_BEFORE.search(before):
        return False
    if _ES_GENERIC_ADVERB.match(after):
        return True
    if _ES_CLAUSE_START.search(before) and _ES_GENERIC_NEGATION.match(after):
        return True  # "Uno no elige el país donde nace" (but "uno no regresó" may count)
    return bool(_ES_GENERIC_BEFORE.search(before)) and bool(_ES_GENERIC_AFTER.match(after))


# ko: "피해자 한 명은 \"…\"고 말했다" (one victim said): 한 명 as the speaker of a quote, "a
# certain one", as English "said one mother"; "피해자 한 명이 숨졌다" counts.
_KO_SPEAKER = re.compile(
    r"^\s?(?:명|사람)(?:은|이)\s[^.!?。]{0,70}?(?:말했다|밝혔다|증언했다|전했다|회고했다"
    r"|털어놓았다|주장했다|설명했다|토로했다|호소했다|말한다|밝힌다)"
)


def is_korean_speaker(after: str) -> bool:
    """Whether Korean 한 (before ``after``) introduces the speaker of a quote: "피해자 한 명은
    '…'고 말했다"."""
    return bool(_KO_SPEAKER.match(after))


# fr, es: an explicit one after "only": "Solo un médico atiende…", "seul un bureau sur vingt".
# Not before "of" (a pronoun: "solo una de las reclusas") nor a word of vague quantity ("seule
# une poignée", "solo un poco").
_AT_LEAST = r"al\s+menos|por\s+lo\s+menos|au\s+moins"
ONLY_BEFORE = re.compile(
    rf"\b(?:solo|sólo|solamente|únicamente|seul|seule|seulement|uniquement|{_AT_LEAST})\s+$"
    # "ne prend plus qu'un repas": ne … que is "only" (not "ce n'est qu'un début", a copula)
    r"|(?:\bne\b|\bn['’])(?!\s*(?:est|était|sera|serait|fut|sont|étaient)\b)[^.;:!?]{0,40}\bqu['’]\s*$",
    re.IGNORECASE,
)
_NOT_ONE_AFTER = re.compile(
    r"^\s+(?:de|del|des|d['’]|poignée|puñado|peu|poco|petit|pequeño|tant|tanto)\b",
    re.IGNORECASE,
)


# "au moins une fois par semaine" (at least once a week) is a frequency, "once" (rule 7); "solo
# una vez", "qu'une fois" (only once) make the one explicit, as مرة واحدة فقط and 단 한 번 do.
_AT_LEAST_BEFORE = re.compile(rf"\b(?:{_AT_LEAST})\s+$", re.IGNORECASE)
_ONCE_AFTER = re.compile(r"^\s+(?:fois|vez)\b", re.IGNORECASE)
_ONLY_IN_CLAUSE = re.compile(
    r"\b(?:solo|sólo|solamente|únicamente|seulement)\b[^,.;:!?«»\"“”]{0,30}$", re.IGNORECASE
)


def is_only_one(before: str, after: str) -> bool:
    """Whether French or Spanish "un(e)" after "only" is the explicit count one: "Solo un
    médico atiende…", "seulement un avocat", "ne prend qu'un repas", "solo una vez"; not
    "solo una de las", "seule une poignée", "ce n'est qu'un début", "au moins une fois"."""
    if _AT_LEAST_BEFORE.search(before) and _ONCE_AFTER.match(after):
        return False
    if _ONCE_AFTER.match(after) and _ONLY_IN_CLAUSE.search(before):
        return True  # "Solo la he podido ver una vez": only once, a verb between
    return bool(ONLY_BEFORE.search(before)) and not _NOT_ONE_AFTER.match(after)


# Words that are figures only in some contexts: (before, after) regexes, one of which
# must match. ar: ضعف is "double" in "ضعف عدد", "أكثر من ضعف", "إلى الضعف", else "weakness".
ONLY_WITH: dict[str, dict[str, tuple[str, str]]] = {
    "ar": {
        "ضعف": (
            # "إلى الضعف" (to double); "أشار إلى ضعف الأجور" is "pointed to low wages"
            r"(?:(?:أكثر|أقل)\s+من|نحو|حوالي|قرابة|بنحو)\s+(?:ال)?$|إلى\s+ال$",
            rf"^\s+(?:{_AR_AMOUNT}|ما|ذلك|هذا|نظير\w*|مثيل\w*)(?!\w)",
        ),
        # a centenary after "ذكرى" or "احتفال"; "درجة مئوية" is Celsius, "نسبة مئوية" a percentage
        "مئوية": (r"(?:ذكرى|ذكراه|ذكراها|احتفال\w*|عيد\w*)\s+(?:ال)?$", "(?!)"),
        # zero before the noun it counts, without the article ("صفر حالة", "صفر إجابات"; "صفر في
        # المائة" is read with its percent); alone it is also the month Safar (after شهر or a
        # day: see NOT_A_QUANTITY), and "من الصفر" is "from scratch"
        "صفر": (
            "(?!)",
            r"^\s*[%\u066a]"
            r"|^\s+(?!(?:من|في|إلى|الى|على|عن|عام|سنة|هـ|سنوات|و|أو|ثم|حتى|مع|بعد|قبل)(?!\w))"
            r"(?!ال)[^\W\d_]{2,}",
        ),
        # "من أوائل الدول": among the first (a rank); "في أوائل التسعينيات" is "early in"
        "أوائل": (r"(?<!\w)و?من\s+(?:ال)?$", "(?!)"),
    },
}

# "one" as the determiner "a certain" before the source of a quote: "said one mother",
# "according to one estimate", "one detainee told us". Next to a verb of saying, "one
# mother" introduces a speaker, it counts no mothers (French and Spanish write the article:
# "a déclaré une mère", "dijo una madre"; Korean 한 and Arabic إحدى are articles there too).
_SAYING = (
    "said|says|added|adds|recalled|recalls|explained|explains|wrote|writes|asked|asks|noted"
    "|recounted|testified|insisted|complained|admitted|warned|remembered|stated|claimed"
    "|whispered|replied|confirmed"
)
# The words that make "one" a count again: "only one", "at least one", "more than one".
_ONE_COUNTED = re.compile(
    r"\b(?:only|just|single|least|most|than|exactly|even|of|in)\s+$", re.IGNORECASE
)
_NOT_A_NOUN = r"(?!(?:in|of|out|or|and|to|more|than|another|by|after)\b)"
_SPEAKER_WORDS = rf"\s+{_NOT_A_NOUN}[^\W\d_][\w'’-]*(?:\s+{_NOT_A_NOUN}[^\W\d_][\w'’-]*)?"
# A phrase that describes the speaker without a verb of its own: a participle or a place
# ("one man diagnosed in 2009", "one woman living in the camp", "one protester outside the
# court", "one mother of three"). It must hold no auxiliary or other finite verb: in
# "officials said one man detained in 2009 had died", the man is counted, not quoted.
_FINITE = (
    r"\b(?:is|was|were|are|am|be|been|had|has|have|would|will|could|can|may|might|must"
    r"|should|shall|did|does|do|died|dies|remains|remained|disappeared|fled)\b"
)
_DESCRIBED = (
    r"\s+(?:[^\W\d_]+(?:ed|ing)|born|held|kept|taken|seen|known|given|driven|caught|sent"
    r"|brought|beaten|hidden|shot|hit|hurt|left|lost|sold|stuck|thrown|torn|made|paid"
    r"|from|in|at|outside|inside|near|with|of|on|among|behind|under)\b"
    rf"(?:(?!{_FINITE})[^,.;:!?\"”’]){{0,60}}?"
)
# "said one mother.", "according to one estimate, ...": the noun ends the clause ("told one
# journalist" is the listener, not the speaker).
_AFTER_SAYING = re.compile(rf"\b(?:{_SAYING}|according\s+to)\s+$", re.IGNORECASE)
# "said one young woman who was born in the camp": a relative clause may follow the noun, and
# so may a phrase that describes the speaker ("said one man diagnosed in 2009.").
_SPEAKER_ENDS = re.compile(
    rf"^{_SPEAKER_WORDS}(?:(?:{_DESCRIBED})?\s*(?:[,.;:!?)\"”’]|$)|\s+(?:who|whose|whom)\b)",
    re.IGNORECASE,
)
# "one detainee said", "One official told Reuters", and with a clause or a description
# between them: "One official, who asked not to be named, said", "One woman held in the camp
# said": the noun is the verb's subject.
_SPEAKER_SAYS = re.compile(
    rf"^{_SPEAKER_WORDS}(?:\s*,[^,.;:!?]{{1,60}},|{_DESCRIBED})?\s+(?:{_SAYING}|told|tells)\b",
    re.IGNORECASE,
)
# "'It is over,' said one.": "one" is then the pronoun "someone".
_ALONE = re.compile(r"^\s*(?:[,.;:!?)\"”’]|$)")


def is_speaker_one(before: str, after: str) -> bool:
    """Whether English "one" is the determiner "a certain" before the source of a quote
    (``before`` and ``after`` are the text around it): "said one mother", "one official
    told us", "One official, who asked not to be named, said", and the pronoun: "said one."
    Not after "only", "at least", "than": "only one witness said" counts."""
    if _ONE_COUNTED.search(before):
        return False
    if _AFTER_SAYING.search(before) and (_SPEAKER_ENDS.match(after) or _ALONE.match(after)):
        return True
    return bool(_SPEAKER_SAYS.match(after))


# es: "cuarto" is a room (rule 11) before a relative of place ("el cuarto donde dormían", "el
# cuarto en el que"), and after a possessive or a preposition of place with its determiner
# ("en su cuarto", "entraron al cuarto") when no noun follows for it to order: "en su cuarto
# informe" is the ordinal, and so is "el cuarto en morir" (en + infinitive). The rooms that
# an adjective names ("un cuarto sin ventanas") are in the data file.
_ROOM_RELATIVE = re.compile(
    r"^\s+(?:donde|adonde|en\s+(?:el|la)\s+(?:que|cual)|en\s+que)\b", re.IGNORECASE
)
_ROOM_OWNER = re.compile(
    r"(?:\b(?:mi|tu|su|mis|tus|sus|nuestro|vuestro)"
    r"|\b(?:en|a|de|desde|hacia|hasta|por|para|dentro\s+de|fuera\s+de|junto\s+a)"
    r"\s+(?:el|un|este|ese|aquel)|\b(?:al|del)|\b(?:un|el|su|mi)\s+(?:solo|único|mismo|pequeño|viejo))\s+$",
    re.IGNORECASE,
)
_ROOM_END = re.compile(
    r"^(?:\s*(?:[,.;:!?)»\"”]|$)|\s+(?:a|al|ante|bajo|con|contra|desde|durante|entre|hacia|hasta"
    r"|para|por|según|sin|sobre|tras|y|e|o|u|ni|pero|cuando|mientras|porque|que|donde|se|le|lo"
    r"|la|les|los|las|me|te|nos|en(?!\s+[^\W\d_]+(?:ar|er|ir|ír)\b))\b)",
    re.IGNORECASE,
)


# After a definite determiner, "cuarto de/del" is a room when its complement places it (a
# place adverb, a part of a building or the building itself) or names who sleeps there: "el
# cuarto del fondo", "el cuarto de al lado", "el cuarto de los niños", "al cuarto de la
# comisaría". The ordinal's complement is the set or ranking it orders ("el cuarto del
# ranking", "el cuarto de los cinco acusados"), and "un cuarto de" is a fraction ("un cuarto
# del edificio", "un cuarto de los niños"): neither is one of these words.
_ROOM_DEFINITE = re.compile(r"\b(?:el|este|ese|aquel|al|del)\s+$", re.IGNORECASE)
_ROOM_PLACED = re.compile(
    r"^\s+(?:de\s+(?:al\s+lado|atrás|arriba|abajo|enfrente|detrás|delante|adelante|dentro|fuera)"
    r"|(?:del|de\s+(?:la|una?))\s+(?:\w+\s+)?(?:fondo|pasillo|sótano|ático|patio|piso|planta"
    r"|azotea|casa|vivienda|edificio|comisaría|cuartel|cárcel|prisión|penal|hotel|hostal"
    r"|pensión|hospital|albergue|centro|escuela|granja|finca|barracón|local)"
    r"|de\s+(?:los|las)\s+(?:niños|niñas|chicos|chicas|invitados|huéspedes|visitas|criad[oa]s)"
    # who sleeps there: "el cuarto de una vecina", "el cuarto de su hermana", "de María"
    r"|de\s+(?:(?:una?|la|el|mi|tu|su|sus|mis)\s+)(?:vecin[oa]s?|herman[oa]s?|hij[oa]s?|madre"
    r"|padre|abuel[oa]s?|tí[oa]s?|amig[oa]s?|prim[oa]s?|señora|señor|inquilin[oa]s?)"
    r"|de\s+(?-i:[A-ZÁÉÍÓÚÑ])[a-záéíóúñ]+)\b",
    re.IGNORECASE,
)


# After an indefinite article, "cuarto" before an adjective of a room is the room: "un
# cuarto húmedo", "un cuarto oscuro" (the ordinal orders a noun: "un cuarto mandato").
_ROOM_INDEFINITE = re.compile(r"\bun\s+$", re.IGNORECASE)
_ROOM_ADJECTIVE = re.compile(
    r"^\s+(?:húmedo|oscuro|pequeño|estrecho|sucio|frío|vacío|cerrado|minúsculo|diminuto"
    r"|helado|aislado|contiguo|trasero|improvisado|insalubre|angosto|abarrotado|alquilado"
    r"|compartido|amueblado|prestado|individual|propio|interior|exterior)\b",
    re.IGNORECASE,
)


# After any determiner, "cuarto" placed beside something is a room: "en un cuarto junto al
# invernadero", "el cuarto al lado de la cocina" (an ordinal orders a noun, it is not placed).
_ROOM_DETERMINER = re.compile(
    r"\b(?:un|el|este|ese|aquel|al|del|mi|tu|su|nuestro|otro)\s+$", re.IGNORECASE
)
_ROOM_BESIDE = re.compile(
    r"^\s+(?:(?:junto|frente|contiguo|pegado)\s+al?|(?:al\s+lado|cerca|lejos|detrás|delante"
    r"|enfrente|encima|debajo|al\s+fondo)\s+del?)\b",
    re.IGNORECASE,
)


# "un cuarto de 9 metros cuadrados": a room by its size ("un cuarto de siglo" is a fraction).
_ROOM_MEASURED = re.compile(r"^\s+de\s+(?:unos\s+|apenas\s+)?\d")


def is_room(before: str, after: str) -> bool:
    """Whether Spanish "cuarto" is a room (``before`` and ``after`` are the text around it):
    "el cuarto donde dormían", "en su cuarto", "entraron al cuarto a las tres", "el cuarto
    del fondo", "el cuarto de al lado", "un cuarto junto al patio"."""
    if _ROOM_RELATIVE.match(after):
        return True
    if _ROOM_DEFINITE.search(before) and _ROOM_PLACED.match(after):
        return True
    if _ROOM_INDEFINITE.search(before) and _ROOM_ADJECTIVE.match(after):
        return True
    if _ROOM_DETERMINER.search(before) and _ROOM_BESIDE.match(after):
        return True
    if _ROOM_INDEFINITE.search(before) and _ROOM_MEASURED.match(after):
        return True
    return bool(_ROOM_OWNER.search(before)) and bool(_ROOM_END.match(after))


# "second" as a unit of time (rule 11), not the ordinal: "per second", "par seconde", and
# after a word that says "a", "each" or "that" when no noun follows for an ordinal to order:
# "every second counts", "in less than a second.", "une seconde de silence", "cada segundo
# cuenta", "litros por segundo". "Every second child", "une seconde vague", "por segundo año
# consecutivo" are ordinals. French "chaque seconde" and "par seconde" are always time.
_PUNCTUATION_AFTER = r"\s*(?:[,.;:!?)»\"”’—–]|$)"
_SECOND_OF_TIME: dict[str, tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]] = {
    "en": (
        re.compile(r"\bper\s+$", re.IGNORECASE),
        re.compile(
            r"\b(?:an?|one|every|each|that|this|same|split|half\s+a|fraction\s+of\s+a)\s+$",
            re.IGNORECASE,
        ),
        re.compile(
            rf"^(?:{_PUNCTUATION_AFTER}|\s+(?:later|earlier|before|after|ago|longer|more|less"
            r"|too|of|to|in|at|on|the|he|she|they|we|it|i|you|his|her|their|our|counts?"
            r"|matters?|passed|passes|went|goes|that|when|while|for|without|with|as|until)\b)",
            re.IGNORECASE,
        ),
    ),
    "fr": (
        re.compile(r"\b(?:par|chaque)\s+$", re.IGNORECASE),
        re.compile(
            r"(?:\b(?:une|cette|même|moindre|fraction\s+d['’]une)\s+|\bdemi-)$", re.IGNORECASE
        ),
        re.compile(
            rf"^(?:{_PUNCTUATION_AFTER}|\s+(?:plus|après|avant|près|de|d['’]|à|pour|sans|puis"
            r"|trop|le|la|les|il|elle|ils|elles|on|nous|vous|que|quand|pendant|seulement"
            r"|compte|suffit)\b)",
            re.IGNORECASE,
        ),
    ),
    "es": (
        re.compile(r"(?!)"),
        re.compile(r"\b(?:un|por|cada|ese|este|mismo|medio|fracción\s+de\s+un)\s+$", re.IGNORECASE),
        re.compile(
            rf"^(?:{_PUNCTUATION_AFTER}|\s+(?:más|después|antes|de|del|para|sin|con|en|a|al"
            r"|que|cuando|mientras|cuenta|cuentan|importa|vale|entre|tras|se|le|lo|la|los|las"
            r"|no)\b)",
            re.IGNORECASE,
        ),
    ),
}
_SECOND_WORDS = {"en": "second", "fr": "seconde", "es": "segundo"}
_SECONDS_PLURAL = {"fr": ("secondes",), "es": ("segundos",)}
_OWNER_BEFORE = re.compile(r"\b(?:les|ses|leurs|nos|vos|los|las|sus)\s+$", re.IGNORECASE)


def is_second_of_time(language: str, word: str, before: str, after: str) -> bool:
    """Whether the ordinal ``word`` is the unit of time "second" (``before`` and ``after``
    are the text around it): "per second", "every second counts", "chaque seconde", "un
    segundo después", and the plural after a number ("47 secondes", "trois secondes");
    not "a second wave", "por segundo año"."""
    if word in _SECONDS_PLURAL.get(language, ()):
        return not _OWNER_BEFORE.search(before)  # "les secondes places" would be the ordinal
    if _SECOND_WORDS.get(language) != word:
        return False
    always, determiner, no_noun = _SECOND_OF_TIME[language]
    if always.search(before):
        return True
    return bool(determiner.search(before)) and bool(no_noun.match(after))


_TIME_BEFORE = re.compile(r"(?<![\d:.])\d{1,2}[:.]\d{2}$")
_CLAUSE_OPENERS = frozenset(".!?:;«“\"'‘([{—–•*¿¡…\n-")
_LATIN_END = "\u0250"  # letters before this code point are Latin
# Words that put a year in a period, not in a name: mid-2011, pre-1950, mi-2011.
_PERIOD_PREFIXES = frozenset(
    {"mid", "pre", "post", "early", "late", "circa", "ca", "c", "mi", "fin", "début", "debut"}
)
# ... and age groups: "Under-18s", "over-65s", "moins de 25" are counts, not names
_AGE_PREFIXES = frozenset({"under", "over", "u", "j", "d"})  # and countdowns: J-3, D-3
# A work's title in quotes after the word that names the work: "a screening of 'Ten Years of
# Silence'", "Exposition « Cent visages de l'exil »", "Charla «Cuarenta años sin respuesta»".
_TITLE_BEFORE = re.compile(
    r"\b(?:screening\s+of|film|documentary|book|exhibition|play|song|album|report|exposition"
    r"|livre|documentaire|pièce|chanson|rapport|conférence|conference|charla|película|documental"
    r"|libro|exposición|obra|canción|informe|concierto|concert|campagne|campaign|campaña)"
    r"\s*:?\s*['«\"“‘]\s*$",
    re.IGNORECASE,
)
_DECADE_WORD = re.compile(r"[^\W\d_]+ties\b", re.IGNORECASE)
_WORD_BEFORE_HYPHEN = re.compile(r"([^\W\d_]+)-$")
# A word and a number alone between quotes name a case or a group: «الإمارات 84», "Chicago 7".
# The word is capitalised, or in Arabic definite (a country, a city): «عمري 15» is an age.
_QUOTED_NAME_BEFORE = re.compile(r"[«“\"]\s?(?:(?-i:[A-Z])[^\W\d_]{3,}|ال[^\W\d_]{3,})\s$")
_QUOTE_AFTER = re.compile(r"\s?[»”\"]")
# Two to six capitals and a space before digits: "LBD 40", "FTSE 100" (a model or an index).
_ACRONYM_BEFORE = re.compile(r"(?<![\w-])((?-i:[A-Z]{2,6}))[ \u00a0]$")
# ... unless the number counts the word after it: "ONU : 75 ans", "the NGO's 30 staff".
_COUNTED_AFTER = re.compile(
    r"\s*(?:%|\s(?:ans|années|jours|mois|years|days|months|años|días|meses|people|personnes"
    r"|personas|morts|muertos|dead|killed|tués|staff|per\s?cent|pour\s?cent|por\s?ciento)\b"
    # a counter written onto it ("OECD 38개국", "KTX 3시간"), not a particle ("LBD 40을")
    r"|(?=[^\W\d_A-Za-z\u00c0-\u024f])(?!(?:을|를|이|가|은|는|의|에|로|으로|과|와|도|만)(?!\w)))",
    re.IGNORECASE,
)
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
    # a time opens a line of a timeline: "11:15 First survivors brought ashore"
    return at == 0 or text[at - 1] in _CLAUSE_OPENERS or bool(_TIME_BEFORE.search(text, 0, at))


# "셋째로," is "thirdly", like "셋째,"; "Deuxième constat :", "Second point:", "Primera
# recomendación:" number the writer's points with a noun (one or two words) and a colon.
_ENUMERATOR_END = re.compile(r"(?:로)?,|\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s*:(?!\d)")


def is_enumerator(text: str, start: int, end: int) -> bool:
    """An ordinal opening a clause and followed by a comma, or by a noun and a colon:
    "First, …", "Primero, …", "첫째, …", "셋째로, …", "Deuxième constat : …"."""
    return bool(_ENUMERATOR_END.match(text, end)) and is_clause_start(text, start)


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
        if _DECADE_WORD.search(text, start, end):
            return False  # "the Sixties", "the Nineties": decades are often capitalised
        if text[start].isupper() and _TITLE_BEFORE.search(text, max(0, start - 40), start):
            return True  # "Screening of 'Ten Years of Silence'": the title of a work
        return text[start].isupper() and not is_clause_start(text, start) and not _title_case(text)
    if _QUOTED_NAME_BEFORE.search(text, max(0, start - 30), start) and _QUOTE_AFTER.match(
        text, end
    ):
        return True  # «الإمارات 84», "Cuba 5": a case or a group named by a word and a number
    acronym = _ACRONYM_BEFORE.search(text, max(0, start - 8), start)
    if (
        acronym is not None
        and _is_model_number(acronym[1], text[start:end])
        and not _COUNTED_AFTER.match(text, end)
    ):
        return True
    found = _WORD_BEFORE_HYPHEN.search(text, max(0, start - 40), start)
    if found is None:
        return False
    word = found[1]
    if all(c < _LATIN_END for c in word):
        placed = word.lower() in _PERIOD_PREFIXES and _YEAR_OR_DECADE.match(text, start, end)
        return word[0].isupper() and not placed and word.lower() not in _AGE_PREFIXES
    return True


def _is_model_number(acronym: str, number: str) -> bool:
    """Whether ``number`` after the capitals ``acronym`` and a space names a model, an index
    or an event ("LBD 40", "CAC 40", "FTSE 100", "AK 47", "COVID 19"): not after a currency
    code ("USD 500", "EUR 20", from CLDR via Babel), not a year ("UNHCR 2023"), nor a number
    with a decimal, a group separator or a sign."""
    if not number.isdigit() or len(number) > 3:
        return False
    return acronym not in _currency_codes()


@cache
def _currency_codes() -> frozenset[str]:
    from babel.numbers import list_currencies  # CLDR's ISO 4217 codes

    return frozenset(list_currencies())


def _title_case(text: str) -> bool:
    """Whether nearly every word of four letters or more after the first is capitalised (a
    headline in title case); a sentence has lower-case verbs and nouns around its names."""
    words = _LONG_WORDS.findall(text)[1:]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.85 * len(words)
