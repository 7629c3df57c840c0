"""Sources in other languages: quotes read in the source's `language`, in French and Korean."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.evidence.helpers import BOGOSEO, RAPPORT, evidence_problems, sheet_with, tree, where

FRENCH = """\
rapport-2011:
  publisher: Organisation test
  title: Rapport sur les camps
  published: 2011-05-03
  language: fr
  archive: sources/rapport.txt
"""
FRENCH_FACTS = """\
prisoners_total:
  value: 200000
  qualifier: up_to
  cite: [rapport-2011]
  quote: "Jusqu'à 200 000 personnes sont détenues dans six camps"
  key: true
  label: people held in the camps
camps_known:
  value: 6
  cite: [rapport-2011]
  quote: "Jusqu'à 200 000 personnes sont détenues dans six camps"
amnesty_start:
  date: 2012-02-01
  cite: [rapport-2011]
  quote: "L'amnistie commencera le 1er février 2012"
released:
  value: 1000
  qualifier: almost
  cite: [rapport-2011]
  quote: "près de 1 000 prisonniers seront libérés"
"""
KOREAN = FRENCH.replace("rapport", "bogoseo").replace("language: fr", "language: ko")
KOREAN_FACTS = """\
prisoners_total:
  value: 200000
  qualifier: as_many_as
  cite: [bogoseo-2011]
  quote: "최대 20만 명이 여섯 곳의 수용소에 수감돼 있다"
  key: true
  label: people held in the camps
camps_known:
  value: 6
  cite: [bogoseo-2011]
  quote: "최대 20만 명이 여섯 곳의 수용소에 수감돼 있다"
amnesty_start:
  date: 2012-02-01
  cite: [bogoseo-2011]
  quote: "사면은 2012년 2월 1일에 시작된다"
"""
CASES = {
    "fr": (FRENCH, FRENCH_FACTS, {"rapport.txt": RAPPORT}),
    "ko": (KOREAN, KOREAN_FACTS, {"bogoseo.txt": BOGOSEO}),
}


@pytest.mark.parametrize("language", sorted(CASES))
def test_the_honest_tree_in_the_sources_language_has_no_evidence_problem(
    tmp_path: Path, language: str
) -> None:
    sources, facts, archives = CASES[language]
    status, problems = evidence_problems(tree(tmp_path, sheet_with(sources, facts), archives))
    assert problems == []
    assert status == 0


@pytest.mark.parametrize("language", sorted(CASES))
def test_a_retyped_value_in_another_language_is_a_quote_mismatch(
    tmp_path: Path, language: str
) -> None:
    sources, facts, archives = CASES[language]
    root = tree(tmp_path, sheet_with(sources, facts.replace("value: 6", "value: 7")), archives)
    [problem] = evidence_problems(root)[1]
    assert (problem["code"], problem["line"]) == ("quote-mismatch", where(root, "value: 7"))


@pytest.mark.parametrize("language", sorted(CASES))
def test_the_hedge_is_read_in_the_sources_language(tmp_path: Path, language: str) -> None:
    sources, facts, archives = CASES[language]
    exact = facts.replace("  qualifier: up_to\n", "").replace("  qualifier: as_many_as\n", "")
    root = tree(tmp_path, sheet_with(sources, exact), archives)
    [problem] = evidence_problems(root)[1]
    assert (problem["code"], problem["line"]) == (
        "qualifier-mismatch",
        where(root, "  prisoners_total:"),
    )
    hedge = "Jusqu'à" if language == "fr" else "최대"
    assert hedge in str(problem["message"])


@pytest.mark.parametrize("language", sorted(CASES))
def test_a_quote_typed_wrong_in_another_language_is_not_in_the_source(
    tmp_path: Path, language: str
) -> None:
    sources, facts, archives = CASES[language]
    typo = facts.replace("détenues", "detenues").replace("수감돼", "수감되어")
    root = tree(tmp_path, sheet_with(sources, typo), archives)
    problems = evidence_problems(root)[1]
    assert {p["code"] for p in problems} == {"quote-not-in-source"}
    assert [p["line"] for p in problems] == [
        where(root, "detenues" if language == "fr" else "수감되어", n) for n in (1, 2)
    ]


def test_the_same_quote_read_in_english_would_not_state_the_french_number(
    tmp_path: Path,
) -> None:
    english = FRENCH.replace("  language: fr\n", "")  # the campaign's source_locale: en
    archives = {"rapport.txt": RAPPORT}
    root = tree(tmp_path, sheet_with(english, FRENCH_FACTS), archives)
    codes = {p["code"] for p in evidence_problems(root)[1]}
    assert "quote-mismatch" in codes  # "1er février" is no English date
