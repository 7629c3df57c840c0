"""Where lines may break in HTML prose, beyond what WeasyPrint does by itself.

Two rules a print designer asks for:

- a figure stays on one line with what is typed against it (the Korean
  counter in ``{x}명``, the Arabic article in ``الـ{x}``, an apostrophe);
- Korean breaks between words, never inside one (CSS ``word-break:
  keep-all``, which WeasyPrint 70 does not implement), so each Hangul
  word is kept whole.
"""

from __future__ import annotations

import re

from markupsafe import Markup, escape

_HANGUL = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")
_SPACE = re.compile(r"([ \t\n]+)")
NOBR = Markup('<span class="nobr">{}</span>')


def join_prose(segments: list[str], keep_hangul: bool) -> Markup:
    """HTML for prose made of literal text (``str``) and rendered facts (``Markup``).

    Literal text is escaped. A fact and the characters typed against it
    with no space between are kept on one line, and so is each Hangul word
    when ``keep_hangul`` is set.
    """
    words: list[list[str]] = [[]]
    spaces: list[str] = []
    for segment in segments:
        if isinstance(segment, Markup):
            words[-1].append(segment)
            continue
        for token in _SPACE.split(segment):
            if not token:
                continue
            if token.isspace():
                spaces.append(token)
                words.append([])
            else:
                words[-1].append(token)
    html: list[Markup] = []
    for index, word in enumerate(words):
        if index:
            html.append(escape(spaces[index - 1]))
        text = Markup("").join(escape(part) for part in word)
        has_fact = any(isinstance(part, Markup) for part in word)
        hangul = keep_hangul and len("".join(word)) > 1 and _HANGUL.search("".join(word))
        glued = has_fact and len(word) > 1
        html.append(NOBR.format(text) if glued or hangul else text)
    return Markup("").join(html)
