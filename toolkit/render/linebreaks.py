"""Where lines may break in HTML prose, beyond what WeasyPrint does by itself.

Two rules a print designer asks for:

- a figure stays on one line with what is typed against it (the Korean
  counter in ``{x}명``, the Arabic article in ``الـ{x}``, an apostrophe);
- Korean breaks between words, never inside one (CSS ``word-break:
  keep-all``, which WeasyPrint 70 does not implement), so each Hangul
  word is kept whole;
- punctuation set off by a space (French ``« titre »``, ``Attention :``,
  ``vraiment ?``) never starts a line, and an opening guillemet never ends
  one, whether the translator typed a no-break space or an ordinary one
  (:func:`glue_punctuation`, used by the plain-text wrapper too).
"""

from __future__ import annotations

import re

from markupsafe import Markup, escape

_HANGUL = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")
_SPACE = re.compile(r"([ \t\n]+)")
# Ordinary spaces that must not break: after a guillemet that opens (one standing alone:
# German's closing guillemet is set against its word, "»Zitat« und"), and before one that
# closes or before ; : ! ? (standing alone or before more punctuation: not "? foo", "?x").
_GLUED_SPACES = re.compile(r"(?<![\w\u00ad])([«‹]) +(?=\S)|(?<=\S) +(?=[»›;:!?](?!\w))")


def glue_punctuation(text: str) -> str:
    """``text`` with each ordinary space that sets off French punctuation (after ``«``,
    before ``»`` ``;`` ``:`` ``!`` ``?``) made a no-break space (U+00A0), so no line starts
    with the closing mark or ends with the opening one."""
    if " " not in text:
        return text
    return _GLUED_SPACES.sub(lambda m: (m[1] or "") + "\u00a0", text)


def join_prose(segments: list[str], keep_hangul: bool) -> Markup:
    """HTML for prose made of literal text (``str``) and rendered facts (``Markup``).

    Literal text is escaped. A fact stays on one line with the characters
    typed against it and with the word after it ("200,000 people", "6
    معسكرات"), and each Hangul word is kept whole when ``keep_hangul`` is set.
    """
    html: list[str] = []
    word: list[str] = []  # the current word's pieces, escaped (a fact is already HTML)
    facts = 0  # how many of them are facts
    after_fact = False  # the last piece of the word is a fact
    after_text = False  # the segment before ends with a visible character
    for index, segment in enumerate(segments):
        if isinstance(segment, Markup):
            word.append(str(segment))
            facts += 1
            after_fact = True
            after_text = True
            continue
        # Spaces at the segment's ends are next to the facts around it: stand-ins show them.
        before = "x" if after_text else ""
        following = segments[index + 1] if index + 1 < len(segments) else None
        after = "x" if isinstance(following, Markup) else ""
        glued = glue_punctuation(before + segment + after)
        glued = glued[len(before) : len(glued) - len(after)]
        after_text = bool(segment) and not segment[-1].isspace()
        for token in _SPACE.split(glued):
            if not token:
                continue
            if token == " " and after_fact:
                word.append(token)  # the next word joins the fact's no-break group
                after_fact = False
            elif token.isspace():
                after_fact = False
                _close_word(html, word, facts, keep_hangul)
                html.append(token)
                word, facts = [], 0
            else:
                word.append(str(escape(token)))
                after_fact = False
    _close_word(html, word, facts, keep_hangul)
    return Markup("".join(html))


def _close_word(html: list[str], word: list[str], facts: int, keep_hangul: bool) -> None:
    """Add ``word`` to ``html``, in a no-break span when it must stay whole."""
    text = "".join(word)
    glued = facts > 0 and len(word) > 1
    if glued or (keep_hangul and len(text) > 1 and _HANGUL.search(text)):
        html.append(f'<span class="nobr">{text}</span>')
    else:
        html.append(text)
