"""Where a line may break, as GNU gettext decides it (libunistring's UAX #14 pair table).

``msgcat`` and ``msgmerge`` wrap a PO string at the last *line-break
opportunity* that fits; opportunities follow the Unicode line breaking
algorithm (UAX #14) in its pair-table form: after a space, after a hyphen
before a letter, after ``/`` before a letter, between two Hangul
syllables or two ideographs, never before ``,`` ``.`` ``)`` or after ``(``.
:func:`break_opportunities` gives them for a string; :func:`column_width`
how many columns a character takes (2 for wide East Asian characters,
0 for combining marks), as libunistring counts them.

The classes are assigned from Unicode general categories and a table of
the characters whose class the category does not tell; the pair table is
made from UAX #14's rules (LB8-LB31). The result is checked against
``msgcat`` by the tests.
"""

from __future__ import annotations

import unicodedata
from functools import cache

# Line-break classes (UAX #14) the pair table knows; SP is handled apart.
CLASSES = [
    "OP",
    "CL",
    "CP",
    "QU",
    "GL",
    "NS",
    "EX",
    "SY",
    "IS",
    "PR",
    "PO",
    "NU",
    "AL",
    "ID",
    "IN",
    "HY",
    "BA",
    "BB",
    "B2",
    "ZW",
    "CM",
    "WJ",
    "H2",
    "H3",
    "JL",
    "JV",
    "JT",
]
_KOREAN = ("JL", "JV", "JT", "H2", "H3")


def _action(before: str, after: str) -> str:
    """What UAX #14's rules say about a break between ``before`` and ``after`` (spaces
    between them or not): ``^`` never, ``%`` only after spaces, ``_`` always, ``#`` a
    combining mark (only after spaces), ``@`` a combining mark after ``(`` (never)."""
    if after == "CM":
        return "@" if before == "OP" else "#"
    if before == "ZW":
        return "^" if after == "ZW" else "_"  # LB8
    if after in ("WJ", "CL", "CP", "EX", "IS", "SY") or before == "OP":  # LB11, LB13, LB14
        return "^"
    if (before, after) in {("QU", "OP"), ("CL", "NS"), ("CP", "NS"), ("B2", "B2")}:
        return "^"  # LB15-17
    if before in ("WJ", "GL", "QU", "BB") or after in ("QU", "BA", "HY", "NS", "IN"):
        return "%"  # LB11, LB12, LB19, LB21, LB22
    if after == "GL":
        return "_" if before in ("BA", "HY") else "%"  # LB12a
    tight = {
        ("AL", "NU"), ("NU", "AL"), ("PR", "ID"), ("ID", "PO"),  # LB23, LB23a
        ("PR", "AL"), ("PO", "AL"), ("AL", "PR"), ("AL", "PO"),  # LB24
        ("CL", "PO"), ("CP", "PO"), ("CL", "PR"), ("CP", "PR"), ("NU", "PO"),  # LB25
        ("NU", "PR"), ("PO", "OP"), ("PO", "NU"), ("PR", "OP"), ("PR", "NU"),
        ("HY", "NU"), ("IS", "NU"), ("NU", "NU"), ("SY", "NU"),
        ("JL", "JL"), ("JL", "JV"), ("JL", "H2"), ("JL", "H3"),  # LB26
        ("JV", "JV"), ("JV", "JT"), ("H2", "JV"), ("H2", "JT"), ("JT", "JT"), ("H3", "JT"),
        ("AL", "AL"),  # LB28 (libunistring has no LB29: "e.g." may break after ".")
        ("AL", "OP"), ("NU", "OP"), ("CP", "AL"), ("CP", "NU"),  # LB30
    }  # fmt: skip
    if (before, after) in tight:
        return "%"
    if (before in _KOREAN and after == "PO") or (before == "PR" and after in _KOREAN):
        return "%"  # LB27
    return "_"  # LB31


def _pairs() -> dict[tuple[str, str], str]:
    return {(before, after): _action(before, after) for before in CLASSES for after in CLASSES}


PAIRS = _pairs()

# Characters whose class their general category does not tell.
_EXPLICIT = {
    " ": "SP", "\t": "BA", "!": "EX", '"': "QU", "#": "AL", "$": "PR", "%": "PO", "&": "AL",
    "'": "QU", "(": "OP", ")": "CP", "*": "AL", "+": "PR", ",": "IS", "-": "HY", ".": "IS",
    "/": "SY", ":": "IS", ";": "IS", "<": "AL", "=": "AL", ">": "AL", "?": "EX", "@": "AL",
    "[": "OP", "\\": "PR", "]": "CP", "^": "AL", "_": "AL", "`": "AL", "{": "OP", "|": "BA",
    "}": "CL", "~": "AL",
    "\u00a0": "GL", "\u00a1": "OP", "\u00a2": "PO", "\u00a3": "PR", "\u00a4": "PR",
    "\u00a5": "PR", "\u00ab": "QU", "\u00ad": "BA", "\u00b0": "PO", "\u00b1": "PR",
    "\u00b4": "BB", "\u00bb": "QU", "\u00bf": "OP",
    "\u200b": "ZW", "\u2007": "GL", "\u2011": "GL", "\u202f": "GL", "\u2060": "WJ",
    "\ufeff": "WJ", "\u2010": "BA", "\u2012": "BA", "\u2013": "BA", "\u2014": "B2",
    "\u2018": "QU", "\u2019": "QU", "\u201a": "OP", "\u201b": "QU", "\u201c": "QU",
    "\u201d": "QU", "\u201e": "OP", "\u201f": "QU", "\u2024": "IN", "\u2025": "IN",
    "\u2026": "IN", "\u2030": "PO", "\u2031": "PO", "\u2032": "PO", "\u2033": "PO",
    "\u2039": "QU", "\u203a": "QU", "\u203c": "NS", "\u2044": "IS", "\u20ac": "PR",
    "\u3000": "BA", "\u3001": "CL", "\u3002": "CL",
    "\u060c": "IS", "\u061b": "EX", "\u061f": "EX", "\u066a": "PO", "\u066b": "NU",
    "\u066c": "NU", "\u06d4": "EX",
}  # fmt: skip


@cache
def line_break_class(char: str) -> str:
    """The UAX #14 class of ``char`` as the pair table uses it (AI, XX, SA resolve to AL)."""
    if char in _EXPLICIT:
        return _EXPLICIT[char]
    code = ord(char)
    if 0xAC00 <= code <= 0xD7A3:
        return "H2" if (code - 0xAC00) % 28 == 0 else "H3"
    if 0x1100 <= code <= 0x115F or 0xA960 <= code <= 0xA97C:
        return "JL"
    if 0x1160 <= code <= 0x11A7 or 0xD7B0 <= code <= 0xD7C6:
        return "JV"
    if 0x11A8 <= code <= 0x11FF or 0xD7CB <= code <= 0xD7FB:
        return "JT"
    category = unicodedata.category(char)
    if category in ("Mn", "Mc", "Me"):
        return "CM"
    if category == "Nd":
        return "NU"
    if category == "Ps":
        return "OP"
    if category == "Pe":
        return "CL"
    if category in ("Pi", "Pf"):
        return "QU"
    if category == "Zs":
        return "BA"
    if category == "Sc":
        return "PR"
    if category == "Cf":
        return "CM"
    if unicodedata.east_asian_width(char) in ("W", "F") and category.startswith(("L", "S")):
        return "ID"
    return "AL"


def column_width(char: str) -> int:
    """Columns ``char`` takes in a terminal (libunistring's ``uc_width``)."""
    category = unicodedata.category(char)
    if category in ("Mn", "Me", "Cf") or 0x1160 <= ord(char) <= 0x11FF or char == "\u200b":
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def break_opportunities(text: str) -> list[bool]:
    """For each index ``i`` of ``text``, whether a line may break just before ``text[i]``."""
    breaks = [False] * len(text)
    if not text:
        return breaks
    classes = [line_break_class(ch) for ch in text]
    before = classes[0]
    if before == "SP":
        before = "WJ"
    elif before == "CM":
        before = "AL"
    for index in range(1, len(text)):
        after = classes[index]
        if after == "SP":
            continue
        spaced = classes[index - 1] == "SP"
        action = PAIRS[before, after]
        if action == "_":
            breaks[index] = True
        elif action == "%":
            breaks[index] = spaced
        elif action == "#":
            breaks[index] = spaced
            if not spaced:
                continue  # a combining mark takes the class of what it combines with
            after = "AL"
        elif action == "@":
            if not spaced:
                continue
            after = "AL"
        before = after
    return breaks
