"""The number vocabulary of each language the figure detector reads in words."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import cache

from toolkit.diskcache import installed_version, remembered
from toolkit.lint.vocab.arabic import arabic
from toolkit.lint.vocab.korean import korean
from toolkit.lint.vocab.latin import english, french, spanish
from toolkit.lint.vocab.parts import FRACTION, Rules

__all__ = ["LANGUAGES", "Rules", "rules"]

_BUILDERS: dict[str, Callable[[], Rules]] = {
    "en": english,
    "fr": french,
    "es": spanish,
    "ko": korean,
    "ar": arabic,
}
LANGUAGES = tuple(_BUILDERS)


def rules(language: str) -> Rules:
    """The rules of ``language`` ("" or an unknown language: digits and fractions only),
    kept between runs (:mod:`toolkit.diskcache`): generating them takes longer than
    compiling them."""
    return remembered("vocabulary", language, _num2words(), lambda: _generate(language))


@cache
def _num2words() -> bytes:
    """What the vocabulary depends on besides the toolkit: num2words' version."""
    return f"num2words {installed_version('num2words')}".encode()


def _generate(language: str) -> Rules:
    builder = _BUILDERS.get(language)
    found = builder() if builder else Rules()
    # Every language reads 2/3 and ½ as one figure.
    first = f"(?P<frac>{FRACTION})" + (f"|{found.digits_first}" if found.digits_first else "")
    return replace(found, digits_first=first)
