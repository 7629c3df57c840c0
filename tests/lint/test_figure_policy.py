"""The ambiguity policy of tests/lint_corpus/README.md, rule by rule, in every language."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
import yaml

from toolkit.lint import phrasebook as book
from toolkit.lint.figures import MASK, find_figures
from toolkit.lint.phrasebook import KINDS, SECTIONS, PhrasebookError, parse, phrase_pattern

ROOT = Path(__file__).resolve().parent.parent.parent


def texts(text: str, locale: str) -> list[str]:
    return [figure.text for figure in find_figures(text, locale)]


def kinds(text: str, locale: str) -> list[tuple[str, str]]:
    return [(figure.text, figure.kind) for figure in find_figures(text, locale)]


# -- figures the detector used to miss ------------------------------------------


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("the budget tripled", "en", ["tripled"]),
        ("a threefold rise, twice as many", "en", ["threefold", "twice"]),
        ("le budget a doublé, puis triplé", "fr", ["doublé", "triplé"]),
        ("el doble de presos; se cuadruplicó", "es", ["doble", "cuadruplicó"]),
        ("se triplicaron las detenciones", "es", ["triplicaron"]),
        ("예산이 곱절로 늘었다", "ko", ["곱절"]),
        ("열 배로 늘었다", "ko", ["열"]),
        ("ارتفع إلى ثلاثة أضعاف", "ar", ["ثلاثة أضعاف"]),
        ("أكثر من ضعف عدد السجناء", "ar", ["ضعف"]),
        ("تضاعف عدد السجناء", "ar", ["تضاعف"]),
    ],
)
def test_multiplicatives_are_figures(text: str, locale: str, expected: list[str]) -> None:
    assert texts(text, locale) == expected


def test_double_and_weakness_in_fixed_phrases_are_not() -> None:
    assert texts("a double standard, double-checked", "en") == []
    assert texts("la double peine", "fr") == []
    assert texts("una doble moral", "es") == []
    assert texts("ضعف النظام", "ar") == []  # weakness of the regime


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("2/3 of them and ½ of the rest", "en", ["2/3", "½"]),
        ("3분의 1이 숨졌다", "ko", ["3분의 1"]),
        ("삼분의 일이 숨졌다", "ko", ["삼분의 일"]),
        ("10분의 9가 몰수됐다", "ko", ["10분의 9"]),
        ("by a fifth, a third of them", "en", ["a fifth", "a third"]),
        ("a third wave", "en", ["third"]),
        ("un cinquième des détenus", "fr", ["un cinquième"]),
        ("tres cuartas partes de los presos", "es", ["tres cuartas partes"]),
        ("ثلاثة أرباع السجناء", "ar", ["ثلاثة أرباع"]),
    ],
)
def test_fractions_are_one_figure(text: str, locale: str, expected: list[str]) -> None:
    assert texts(text, locale) == expected


def test_a_date_with_slashes_is_not_a_fraction() -> None:
    assert kinds("on 31/01/2012", "en") == [("31/01/2012", "date")]
    assert kinds("2/3 of them", "en") == [("2/3", "fraction")]


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("au XXe siècle", "fr", ["XXe"]),
        ("aux XIXe et XXe siècles", "fr", ["XIXe", "XXe"]),
        ("en el siglo XXI", "es", ["XXI"]),
        ("en los siglos XIX y XX", "es", ["XIX", "XX"]),
        ("Louis XIV et la Ve République", "fr", []),
        ("Juan Pablo II y Felipe VI", "es", []),
    ],
)
def test_roman_numerals_count_only_as_centuries(
    text: str, locale: str, expected: list[str]
) -> None:
    assert texts(text, locale) == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("spent $2.5bn and 3k hours", "en", ["2.5bn", "3k"]),
        ("10M supporters", "en", ["10M"]),
        ("raised £1.2m", "en", ["1.2m"]),
        ("a 5m wall, 12km long", "en", ["5", "12"]),
        ("1,2 M€ pour les victimes", "fr", ["1,2 M"]),
    ],
)
def test_abbreviated_magnitudes_are_one_figure(text: str, locale: str, expected: list[str]) -> None:
    assert texts(text, locale) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قضى عامين في السجن", ["عامين"]),
        ("نقل مرتين", ["مرتين"]),
        ("لمدة أسبوعين", ["أسبوعين"]),
        (f"يحتجز {MASK} شخصان", []),  # the noun a placeholder counts: Arabic's form for two
        ("المعسكران 14 و15", ["14", "15"]),  # a dual naming two numbers
        ("في الستينيات", ["ستينيات"]),
        ("في الخمسينيات والستينيات", ["خمسينيات", "ستينيات"]),
        ("في القرن الحادي والعشرين", ["حادي والعشرين"]),
        ("في يومه الحادي عشر", ["حادي عشر"]),
    ],
)
def test_arabic_duals_decades_and_compound_ordinals(text: str, expected: list[str]) -> None:
    assert texts(text, "ar") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("이틀 동안", ["이틀"]),
        ("열흘째 농성", ["열흘"]),
        ("보름 넘게", ["보름"]),
        ("하루 12시간", ["12"]),  # 하루 is "a day"
        ("14세 아동", ["14"]),  # 세 after digits is "years old", not "three"
        ("십여 명이 연행됐다", ["십"]),
        ("백여 명", ["백"]),
        ("수감자 중 한 명", []),  # one of the prisoners
        ("다섯 명 중 한 명", ["다섯", "한"]),  # one in five
        ("한 번 방문했다", []),  # once
        ("두 번 방문했다", ["두"]),
    ],
)
def test_korean_day_counts_approximations_and_pronouns(text: str, expected: list[str]) -> None:
    assert texts(text, "ko") == expected


# -- what is not a figure, the same way in every language ----------------------


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("For the first time, the court ruled.", "en"),
        ("Pour la première fois, le tribunal a statué.", "fr"),
        ("Por primera vez, el tribunal falló.", "es"),
        ("처음으로 법원이 판결했다.", "ko"),
        ("لأول مرة، أصدرت المحكمة حكمها.", "ar"),
        ("For decades, families waited.", "en"),
        ("Depuis des dizaines d'années, les familles attendent.", "fr"),
        ("Durante decenas de años, las familias esperaron.", "es"),
        ("수십 년 동안 가족들은 기다렸다.", "ko"),
        ("انتظرت العائلات عشرات السنين.", "ar"),
        ("He visited once.", "en"),
        ("Il est venu une fois.", "fr"),
        ("Vino una vez.", "es"),
        ("그는 한 번 왔다.", "ko"),
        ("زارها مرة واحدة.", "ar"),
        ("The Prime Minister met the First Lady.", "en"),
        ("Le Premier ministre a reçu la première dame.", "fr"),
        ("El primer ministro recibió a la primera dama.", "es"),
        ("제1비서가 담화를 발표했다.", "ko"),
        ("استقبل رئيس الوزراء السيدة الأولى.", "ar"),
        ("During the Second World War, COVID-19 did not exist.", "en"),
        ("Pendant la Seconde Guerre mondiale, le Covid-19 n'existait pas.", "fr"),
        ("Durante la Segunda Guerra Mundial, la covid-19 no existía.", "es"),
        ("제2차 세계대전 때 코로나19는 없었다.", "ko"),
        ("خلال الحرب العالمية الثانية لم يكن كوفيد-19 موجودا.", "ar"),
    ],
)
def test_the_same_idea_gets_the_same_label_in_every_language(text: str, locale: str) -> None:
    assert texts(text, locale) == []


def test_first_time_is_an_idiom_but_other_occurrences_count() -> None:
    assert texts("adjourned for the third time", "en") == ["third"]
    assert texts("reportée pour la troisième fois", "fr") == ["troisième"]


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Residents of Five Points gathered with people from Seven Sisters.", "en", []),
        ("à Sept-Îles et à Trois-Rivières", "fr", []),
        ("en Dos Hermanas", "es", []),
        ("Six camps remain.", "en", ["Six"]),  # a sentence starts with a capital
        ("Note: Six camps remain.", "en", ["Six"]),
        ("North Korea: Six Camps Expanded Since 2011", "en", ["Six", "2011"]),  # title case
    ],
)
def test_capitalised_number_words_inside_names(text: str, locale: str, expected: list[str]) -> None:
    assert texts(text, locale) == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("the Hwasong-17 and F-16 jets", "en", []),
        ("la Covid-19", "fr", []),
        ("كوفيد-19 وهواسونغ-17", "ar", []),
        ("by mid-2011 and Mid-2012", "en", ["2011", "2012"]),
        ("Boeing 737 flights, 737 people", "en", ["737"]),
    ],
)
def test_digits_inside_product_and_disease_names(
    text: str, locale: str, expected: list[str]
) -> None:
    assert texts(text, locale) == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("First, free them; second, close the camps.", "en", []),
        ("Primero, liberarlos.", "es", []),
        ("첫째, 석방하라.", "ko", []),
        ("The first camp, the second report.", "en", ["first", "second"]),
        ("He came first, then left.", "en", ["first"]),
    ],
)
def test_enumerators_of_the_writers_points_are_not_figures(
    text: str, locale: str, expected: list[str]
) -> None:
    assert texts(text, locale) == expected


def test_one_of_a_counted_group_is_a_figure() -> None:
    assert texts("one of an estimated 3,000 people", "en") == ["one", "3,000"]
    assert texts("one of the people", "en") == []
    assert texts("un seul détenu, un détenu", "fr") == ["un"]
    assert texts("un solo preso, un preso", "es") == ["un"]


# -- the data files --------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "fr", "es", "ko", "ar"])
def test_every_data_entry_is_valid_and_says_why(language: str) -> None:
    path = book.DATA / f"{language}.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    entries = [e for key in ("number_words", *SECTIONS) for e in data.get(key) or []]
    assert entries
    for entry in entries:
        reason = str(entry["reason"])
        assert reason.strip() and "\n" not in reason, entry
    found = parse(data, language)
    assert found.not_figures is not None
    assert set(found.words) <= set(KINDS)


@pytest.mark.parametrize(
    "data",
    [
        [],
        {"idioms": [{"pattern": "x"}]},  # no reason
        {"idioms": [{"pattern": "x", "reason": " "}]},
        {"idioms": [{"pattern": "(", "reason": "broken"}]},
        {"number_words": [{"words": ["x"], "kind": "nonsense", "reason": "r"}]},
        {"number_words": [{"words": [], "kind": "word", "reason": "r"}]},
        {"idioms": "not a list"},
        {"phrases": []},
    ],
)
def test_a_malformed_data_file_is_refused(data: object) -> None:
    with pytest.raises(PhrasebookError):
        parse(data, "xx")


def test_a_language_without_a_data_file_has_an_empty_phrasebook() -> None:
    empty = book.phrasebook("de")
    assert empty.not_figures is None and empty.number_words("word") == frozenset()


def test_a_space_in_a_pattern_matches_any_white_space() -> None:
    assert phrase_pattern("first of all") == r"first\s+of\s+all"
    assert phrase_pattern("코로나 ?19") == r"코로나\s?19"
    assert phrase_pattern(r"a\ b") == r"a\ b"


def test_the_data_files_ship_with_the_package() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    globs = pyproject["tool"]["setuptools"]["package-data"]["toolkit"]
    shipped = {p for g in globs for p in (ROOT / "toolkit").glob(g)}
    assert set(book.DATA.glob("*.yaml")) <= shipped
    assert {p.stem for p in book.DATA.glob("*.yaml")} == {"en", "fr", "es", "ko", "ar"}


def test_the_patterns_split_at_their_top_level_bars_only() -> None:
    split = book._top_level_alternatives
    assert split(r"\ba|(b|c)|[|]d|\|e") == [r"\ba", "(b|c)", "[|]d", r"\|e"]
    assert split("no bar") == ["no bar"]


def test_the_word_boundary_leaves_a_case_sensitive_group_only_when_every_branch_has_it() -> None:
    first = book._boundary_first
    assert first(r"(?-i:\bA|\bB)x") == r"\b(?-i:A|\bB)x"
    assert first(r"(?-i:\bA|B)") == r"(?-i:\bA|B)"  # B may start inside a word
    assert first(r"\bA") == r"\bA"


CORPORA = Path(__file__).resolve().parents[1] / "lint_corpus"


@pytest.mark.parametrize("language", ["en", "fr", "es", "ko", "ar"])
def test_sharing_the_word_boundary_changes_no_match(language: str) -> None:
    """The combined regex, whose alternatives share one \\b, finds the same spans in every
    corpus string as the plain alternation of the written patterns."""
    patterns = book.phrasebook(language).patterns
    combined = book.phrasebook(language).not_figures
    assert combined is not None
    flags = re.IGNORECASE if language not in ("ko", "ar") else re.NOFLAG
    plain = re.compile("|".join(f"(?:{p})" for p in patterns), flags)
    texts = [
        entry["text"]
        for path in (CORPORA / f"{language}.yaml", CORPORA / "unseen" / f"{language}.yaml")
        for entry in yaml.safe_load(path.read_text(encoding="utf-8"))
    ]
    found = 0
    for text in texts:
        spans = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in combined.finditer(text)] == spans, text
        found += len(spans)
    assert found > 20  # the corpora do exercise the patterns
