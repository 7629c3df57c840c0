"""Placeholder signatures, rule by rule: each test fails if its rule's line is changed."""

from __future__ import annotations

from collections import Counter

from toolkit.translation.placeholders import BRACE, PERCENT, describe, fits, signature


def test_an_escaped_percent_before_a_placeholder_does_not_hide_it() -> None:
    # "%%" is skipped, and reading goes on: the placeholder after it still counts.
    found = signature("100%% of %(total)s", PERCENT)
    assert found.names == Counter({"%(total)s": 1})
    assert found.errors == ()
    # "%%(x)s" is a percent sign followed by "(x)s": no placeholder, no error.
    assert signature("%%(x)s", PERCENT) == signature("no placeholder", PERCENT)
    # "%%%(x)s" is a percent sign, then the placeholder.
    assert signature("%%%(x)s", PERCENT).names == Counter({"%(x)s": 1})


def test_a_repeated_placeholder_is_counted_twice() -> None:
    assert signature("%(x)s and %(x)s", PERCENT).names == Counter({"%(x)s": 2})
    assert signature("{x} and {x}", BRACE).names == Counter({"{x}": 2})
    assert not fits(["%(x)s"], "%(x)s %(x)s", PERCENT)
    expected, found = Counter({"%(x)s": 1}), signature("%(x)s %(x)s", PERCENT).names
    assert describe(expected, found) == ("repeats %(x)s", "%(x)s")


def test_a_brace_placeholder_in_a_template_message_is_counted_without_a_syntax_rule() -> None:
    found = signature("{x} and %(a)s", PERCENT)
    assert found.names == Counter({"{x}": 1, "%(a)s": 1})
    assert found.errors == ()  # a lone brace is harmless in %-formatting
    assert signature("a { b", PERCENT).errors == ()
    assert not fits(["Hello %(name)s"], "Hello {name}", PERCENT)
    assert fits(["Hello {name} %(a)s"], "%(a)s {name} hello", PERCENT)


def test_an_unnamed_conversion_is_a_lone_percent_in_a_template_message() -> None:
    found = signature("%s items", PERCENT)
    assert found.names == Counter()
    assert found.errors == ("a lone % (write %% for a percent sign)",)
    assert signature("%s items", BRACE).errors == ()  # copy is not %-formatted
