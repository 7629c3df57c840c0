"""Random YAML documents in the styles people type."""

from __future__ import annotations

from hypothesis import strategies as st

PLAIN_WORDS = [
    "a",
    "value",
    "200000",
    "-3",
    "1.5",
    "1e3",
    "0x1F",
    "012",
    "1_000",
    ".inf",
    "-.nan",
    "true",
    "False",
    "null",
    "~",
    "yes",
    "2012-01-31",
    "2015-02-30",
    "2011-05",
    "2011",
    "12:30",
    "http://example.org/a?b=c",
    "a,b",
    "a [b]",
    "it's",
    'say "hi"',
    "x#y",
    "Kim Il-sung",
    "북한",
    "الـ",
    "a\u00a0b",
    "-x",
    "?x",
    ":x",
    "a:b",
    "% a",
    "@x",
]
KEYS = ["campaign", "facts", "value", "cite", "x_1", "2012-01-31", "1", "true", "a b", "k-k", "<<"]


def scalars() -> st.SearchStrategy[str]:
    """A scalar as typed: plain, single-quoted or double-quoted, sometimes with escapes."""
    word = st.one_of(
        st.sampled_from(PLAIN_WORDS), st.text(st.sampled_from("ab :#-'\"\\,[]{}é"), max_size=8)
    )
    return st.one_of(
        word,
        st.sampled_from(PLAIN_WORDS),
        word.map(lambda w: "'" + w.replace("'", "''") + "'"),
        word.map(lambda w: '"' + w.replace("\\", "\\\\").replace('"', '\\"') + '"'),
        st.sampled_from(['"\\u00a0"', '"\\x41\\t"', '"\\U0001F600"', '"\\_"']),
    )


def flows(depth: int = 0) -> st.SearchStrategy[str]:
    """A one-line flow list or mapping."""
    inner = scalars() if depth >= 2 else st.one_of(scalars(), st.deferred(lambda: flows(depth + 1)))
    lists = st.lists(inner, max_size=4).map(lambda xs: "[" + ", ".join(xs) + "]")
    maps = st.lists(st.tuples(st.sampled_from(KEYS), inner), max_size=3).map(
        lambda kvs: "{" + ", ".join(f"{k}: {v}" for k, v in kvs) + "}"
    )
    return st.one_of(lists, maps)


@st.composite
def blocks(draw: st.DrawFn, indent: int = 0, depth: int = 0) -> list[str]:
    """Lines of a block mapping or sequence at ``indent``."""
    step = draw(st.sampled_from([2, 4, 1]))
    lines: list[str] = []
    sequence = draw(st.booleans()) if depth else False
    keys = draw(st.lists(st.sampled_from(KEYS), min_size=1, max_size=4, unique=True))
    for key in keys:
        pad = " " * indent
        head = pad + ("- " if sequence else key + ": ")
        kind = draw(
            st.sampled_from(["scalar", "flow", "block", "compact", "comment", "indentless"])
        )
        if kind == "scalar" or depth > 3:
            lines.append(head + draw(scalars()) + draw(st.sampled_from(["", "", " # note", "  "])))
        elif kind == "flow":
            lines.append(head + draw(flows()))
        elif kind == "comment":
            lines.append(pad + draw(st.sampled_from(["# a comment", "", "   ", "#"])))
            lines.append(head + draw(scalars()))
        elif kind == "compact" and sequence:
            inner = draw(blocks(indent + 2, depth + 1))
            first = inner[0].lstrip(" ")
            lines.append(head + first)
            lines.extend(inner[1:])
        elif kind == "indentless" and not sequence:
            lines.append(head.rstrip())
            lines.extend(f"{pad}- {draw(scalars())}" for _ in range(draw(st.integers(1, 2))))
        else:
            lines.append(head.rstrip() + draw(st.sampled_from(["", " # below"])))
            lines.extend(draw(blocks(indent + step, depth + 1)))
    return lines


def documents() -> st.SearchStrategy[str]:
    """Whole documents, some of them broken on purpose."""
    return st.builds(
        lambda lines, end: "\n".join(lines) + end, blocks(), st.sampled_from(["\n", ""])
    )
