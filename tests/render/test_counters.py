"""Counter words after a figure: which word counts, and how the language spaces it."""

from __future__ import annotations

from toolkit.render.counters import counter_after, joined_with_counter


def test_the_longest_counter_is_the_one_typed() -> None:
    assert counter_after("ko", "주년을 맞아") == "주년"
    assert counter_after("ko", "명이 있다") == "명"
    assert counter_after("ko", "에 시작") == ""
    assert counter_after("fr", "ans") == ""


def test_a_korean_counter_is_typed_against_digits_but_after_a_space_after_yeo() -> None:
    assert joined_with_counter("ko", "200,000", "명") == "200,000명"
    assert joined_with_counter("ko", "6여", "년") == "6여 년"
    assert joined_with_counter("ko", "10여", "명") == "10여 명"
    assert joined_with_counter("ko", "6여", "") == "6여"
    assert joined_with_counter("ja", "6余", "年") == "6余年"  # only Korean spaces it
