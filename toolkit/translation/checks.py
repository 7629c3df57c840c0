"""What a PO file must pass before anyone uses it, each failure at its line.

Babel's parser silently drops an entry whose string is not closed, and
it cannot tell a msgstr that lacks plural forms from an untranslated one,
so three checks run before it:

- every line is a comment, a blank line, or a keyword with a well-formed
  quoted string (what ``msgfmt`` calls a syntax error);
- the ``Plural-Forms`` header parses and agrees with Babel's rules for
  the locale (the same number of forms, the same form for every count);
- every plural entry has exactly that many ``msgstr[i]``, and no other
  entry has any (Babel would take ``msgstr[5]`` as a translation);
- no string is longer than :data:`~toolkit.inputs.MAX_STRING_CHARS`.

The PO file itself is parsed by polib (structure) and Babel (the catalog).
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Callable
from dataclasses import dataclass

import polib
from babel import Locale, UnknownLocaleError
from babel.messages.plurals import get_plural

from toolkit.inputs import MAX_STRING_CHARS
from toolkit.problems import Problem

CODE = "invalid-catalog"

_KEYWORD = r"(?:msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)"
_LINE = re.compile(rf'^\s*(?:{_KEYWORD}\s*)?"(?P<body>.*)$')
_WELL_FORMED = re.compile(rf'(?:{_KEYWORD}\s*)?"(?:[^"\\]|\\[\\"ntrabfv?\'0-7x])*"')
_ENTRY_KEYWORD = re.compile(
    r"\s*(?:#~\s*)?(msgctxt|msgid_plural|msgid|msgstr\[\d+\]|msgstr)(?=[\s\"])"
)
_ESCAPES = frozenset("\\\"ntrabfv?'01234567x")
# Counts that exercise every plural rule Babel knows (they repeat every 100).
_SAMPLE = (*range(0, 300), 1000, 1001, 1002, 1011, 100000, 1000000)
SAMPLE_COUNTS = _SAMPLE  # the counts two plural rules are compared on
UPDATE_COMMAND = "toolkit i18n update"


@dataclass(frozen=True)
class PluralRule:
    """A parsed ``Plural-Forms`` header: how many forms, and which one a count takes."""

    count: int
    expression: str
    choose: Callable[[int], int]


def problem(shown: str, line: int, message: str, locale: str | None = None) -> Problem:
    """An ``invalid-catalog`` problem at ``line`` of ``shown``."""
    return Problem(shown, line, 1, CODE, message, locale=locale)


def syntax_problems(text: str, shown: str) -> list[Problem]:
    """Lines that are neither comments nor keywords with a properly quoted string."""
    problems: list[Problem] = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if line.startswith("#~"):
            line = line[2:].strip()
        elif line.startswith("#"):
            continue
        if not line or _WELL_FORMED.fullmatch(line):
            continue
        message = _line_error(line)
        if message:
            problems.append(problem(shown, number, f"PO syntax error: {message}"))
    return problems


def _line_error(line: str) -> str | None:
    match = _LINE.match(line)
    if match is None:
        shown = line if len(line) <= 40 else line[:37] + "..."
        return f"expected msgid, msgstr or a quoted string, found {shown!r}"
    body = match.group("body")
    closing, bad_escape = _scan_string(body)
    if bad_escape is not None:
        return f'unknown escape "{bad_escape}"; write \\\\ for a backslash'
    if closing is None:
        return 'the string is not closed (a " is missing at the end of the line)'
    if body[closing + 1 :].strip():
        return 'text after the closing "; write \\" for a quote inside a string'
    return None


def _scan_string(body: str) -> tuple[int | None, str | None]:
    """The index of the ``"`` closing a string (its opening quote cut off), and a bad escape."""
    escaped = False
    for index, char in enumerate(body):
        if escaped:
            if char not in _ESCAPES:
                return None, "\\" + char
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == '"':
            return index, None
    return None, None


def plural_keyword_problems(text: str, shown: str, locale: str | None = None) -> list[Problem]:
    """``msgstr[N]`` lines in entries that have no ``msgid_plural``.

    polib and Babel accept them and Babel then uses the string as the
    entry's translation; gettext tools call it an error.
    """
    problems: list[Problem] = []
    plural = False
    for number, line in enumerate(text.splitlines(), 1):
        match = _ENTRY_KEYWORD.match(line)
        if match is None:
            continue
        keyword = match.group(1)
        if keyword in ("msgctxt", "msgid"):
            plural = False
        elif keyword == "msgid_plural":
            plural = True
        elif keyword.startswith("msgstr[") and not plural:
            message = (
                f"{keyword} in an entry without msgid_plural: an entry that is not plural "
                'has one msgstr "…"'
            )
            problems.append(problem(shown, number, message, locale))
    return problems


def long_string_problems(
    po: polib.POFile, text: str, shown: str, locale: str | None = None
) -> list[Problem]:
    """Strings longer than :data:`~toolkit.inputs.MAX_STRING_CHARS`, at their entry."""
    lines = text.splitlines()
    problems: list[Problem] = []
    for entry in po:
        strings = {
            "msgid": entry.msgid,
            "msgid_plural": entry.msgid_plural or "",
            "msgstr": entry.msgstr or "",
            **{f"msgstr[{i}]": form or "" for i, form in entry.msgstr_plural.items()},
        }
        for keyword, value in strings.items():
            if len(value) > MAX_STRING_CHARS:
                line = _first_line_from(lines, entry.linenum or 1, keyword.split("[")[0])
                message = (
                    f"{keyword} is {len(value):,} characters long, more than the limit of "
                    f"{MAX_STRING_CHARS:,}"
                )
                problems.append(problem(shown, line, message, locale))
    return problems


def parse_plural_forms(value: str) -> PluralRule:
    """Parse ``nplurals=N; plural=EXPR;``; ``ValueError`` says what is wrong."""
    match = re.fullmatch(r"\s*nplurals\s*=\s*(\d+)\s*;\s*plural\s*=\s*(.+?)\s*;?\s*", value)
    if match is None:
        raise ValueError("it must read 'nplurals=N; plural=EXPRESSION;'")
    count = int(match.group(1))
    expression = match.group(2)
    if count < 1:
        raise ValueError("nplurals must be at least 1")
    try:
        choose = gettext.c2py(expression)
        forms = {choose(n) for n in _SAMPLE}
    except (ValueError, SyntaxError, RecursionError, ZeroDivisionError, TypeError):
        raise ValueError(f"the plural expression {expression!r} is not valid") from None
    if not forms <= set(range(count)):
        raise ValueError(f"the plural expression chooses forms beyond nplurals={count}")
    return PluralRule(count, expression, choose)


def expected_plural_rule(locale: str) -> PluralRule | None:
    """Babel's plural rule for ``locale`` (CLDR), or None for a locale Babel does not know."""
    try:
        plural = get_plural(Locale.parse(locale))
    except (UnknownLocaleError, ValueError):
        return None
    return parse_plural_forms(str(plural))


def plural_header_problems(
    po: polib.POFile, text: str, shown: str, locale: str | None
) -> tuple[PluralRule | None, list[Problem]]:
    """Check the ``Plural-Forms`` header against Babel's rule for ``locale``.

    Returns the rule the file declares (None when it declares none) and the
    problems found. A file without the header is only wrong when it has
    plural entries.
    """
    locale = locale or po.metadata.get("Language") or None
    expected = expected_plural_rule(locale) if locale else None
    value = po.metadata.get("Plural-Forms")
    line = _header_line(text, "Plural-Forms")
    if value is None:
        if expected is not None and any(e.msgid_plural for e in po):
            message = f"no Plural-Forms header; {_name(locale)} needs {_forms(expected)}"
            return None, [problem(shown, line, message, locale)]
        return None, []
    try:
        declared = parse_plural_forms(value)
    except ValueError as err:
        hint = f" ({_name(locale)} needs {_forms(expected)})" if expected and locale else ""
        return None, [problem(shown, line, f"Plural-Forms cannot be read: {err}{hint}", locale)]
    if expected is not None and not _same_rule(declared, expected):
        message = (
            f"Plural-Forms {_forms(declared)} does not match {_name(locale)}: "
            f"Babel's rule (CLDR) is {_forms(expected)}; run `{UPDATE_COMMAND}`, which "
            "rewrites the header and adds the new forms (fuzzy, copied from the nearest form)"
        )
        return declared, [problem(shown, line, message, locale)]
    return declared, []


def plural_count_problems(
    po: polib.POFile, text: str, shown: str, rule: PluralRule, locale: str | None
) -> list[Problem]:
    """Plural entries whose ``msgstr[i]`` are not exactly ``msgstr[0]`` … ``msgstr[N-1]``."""
    lines = text.splitlines()
    problems: list[Problem] = []
    wanted = list(range(rule.count))
    for entry in po:
        if not entry.msgid_plural or sorted(entry.msgstr_plural) == wanted:
            continue
        found = len(entry.msgstr_plural)
        line = _first_line_from(lines, entry.linenum or 1, "msgstr")
        message = (
            f"wrong number of plural forms: {found} msgstr[…] where the Plural-Forms header "
            f"asks for {rule.count} (msgstr[0] to msgstr[{rule.count - 1}])"
        )
        problems.append(problem(shown, line, message, locale))
    return problems


def _same_rule(declared: PluralRule, expected: PluralRule) -> bool:
    """Whether both rules sort every count into the same classes, in any order of forms.

    Tools number the forms differently (Weblate's Arabic header puts 11–99
    before 100–102, Babel's the other way round); either is right, because
    translators fill the forms in the order their file's header gives and
    the build chooses them with that same header.
    """
    if declared.count != expected.count:
        return False
    pairs = {(declared.choose(n), expected.choose(n)) for n in _SAMPLE}
    return len(pairs) == len({d for d, _ in pairs}) == len({e for _, e in pairs})


def _forms(rule: PluralRule | None) -> str:
    return f'"nplurals={rule.count}; plural={rule.expression};"' if rule else "?"


def _name(locale: str | None) -> str:
    try:
        return f"{Locale.parse(locale).english_name} ({locale})" if locale else "this locale"
    except (UnknownLocaleError, ValueError):
        return repr(locale)


def _header_line(text: str, field: str) -> int:
    for number, line in enumerate(text.splitlines(), 1):
        if line.lstrip().startswith(f'"{field}:'):
            return number
    return 1


def _first_line_from(lines: list[str], start: int, keyword: str) -> int:
    for number in range(max(start, 1), len(lines) + 1):
        if lines[number - 1].lstrip().startswith(keyword):
            return number
    return start
