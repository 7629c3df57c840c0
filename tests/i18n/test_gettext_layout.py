"""PO files are written as gettext writes them: a round trip through `msgcat` changes nothing.

A translator's tool, `msgmerge` or `msgcat` rewraps a PO file written with
other rules, and the first save of a file shows hundreds of lines of churn.
The toolkit lays strings out as gettext does (79 columns, gettext's
line-break opportunities), so `msgcat` gives the same bytes back, except
for the flags gettext does not know (Weblate's `max-length`), which it
drops. The tests need Debian's `gettext` (installed by `make test`).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import REPO
from toolkit.i18n.gettextstyle import gettext_layout, wrap_string

MSGCAT = shutil.which("msgcat")
needs_msgcat = pytest.mark.skipif(MSGCAT is None, reason="gettext's msgcat is not installed")
CATALOGS = sorted([*(REPO / "locales").glob("*.pot"), *(REPO / "locales").glob("*/*/*.po")])


def msgcat(text: str, folder: Path) -> str:
    assert MSGCAT is not None
    path = folder / "input.po"
    path.write_text(text, encoding="utf-8")
    done = subprocess.run([MSGCAT, str(path)], capture_output=True, text=True, check=True)
    return done.stdout


def without_unknown_flags(text: str) -> str:
    """``text`` as msgcat leaves it: flags gettext does not know dropped."""
    lines = []
    for line in text.split("\n"):
        if line.startswith("#,"):
            flags = [f.strip() for f in line[2:].split(",") if f.strip()]
            flags = [f for f in flags if not f.startswith("max-length:")]
            if not flags:
                continue
            line = "#, " + ", ".join(flags)
        lines.append(line)
    return "\n".join(lines)


@needs_msgcat
@pytest.mark.parametrize("path", CATALOGS, ids=lambda p: p.relative_to(REPO).as_posix())
def test_the_examples_catalogs_survive_msgcat(path: Path, tmp_path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert msgcat(text, tmp_path) == without_unknown_flags(text)


def test_the_examples_catalogs_are_already_laid_out() -> None:
    for path in CATALOGS:
        text = path.read_text(encoding="utf-8")
        assert gettext_layout(text) == text, path


def test_long_strings_wrap_at_79_columns_after_a_space() -> None:
    value = "Amnesty International estimates that {prisoners_total} people are held " * 2
    lines = wrap_string("msgid", value.strip(), formats={"python-brace"})
    assert lines[0] == 'msgid ""'
    assert all(len(line) <= 79 for line in lines)
    # the space stays at the end of a line, as gettext leaves it; no line starts with one
    assert lines[1] == '"Amnesty International estimates that {prisoners_total} people are held "'
    assert not any(line.startswith('" ') for line in lines)


# Text a translator might type: words of each language, placeholders, punctuation, escapes.
PIECES = st.sampled_from(
    [
        "the ", "camps ", "prisoners", " ", ", ", ". ", "; ", ": ", "! ", "? ", "(", ")", "-",
        "Kim Jong-il", "{prisoners_total}", "{amnesty_start}", "%(phone)s", "%(city)s", "'s",
        '"', "\\", "\n", "\t", "https://www.amnesty.org/en/latest/", "e.g.", "1,000", "200 000",
        "jusqu’à ", "l’amnistie ", "« ", " »", "\u00a0", "\u202f", "¿", "¡", "—", "–", "…",
        "북한 당국의 ", "공식 발표에 따르면 ", "수감자", "(KCNA)은 ", "{kji_death}에 ",
        "منظمة العفو الدولية ", "،", "؟", "٢٠٠ ", "longwordwithoutanybreakopportunityatall",
    ]
)  # fmt: skip
TEXTS = st.lists(PIECES, max_size=40).map("".join)


def po_file(entries: list[tuple[str, str, str]]) -> str:
    def quoted(text: str) -> str:
        escaped = text.replace("\\", "\\\\").replace('"', '\\"')
        return '"' + escaped.replace("\n", "\\n").replace("\t", "\\t") + '"'

    lines = ['msgid ""', 'msgstr ""', '"Content-Type: text/plain; charset=UTF-8\\n"', ""]
    for number, (msgid, msgstr, flag) in enumerate(entries):
        lines += [f"#, {flag}"] if flag else []
        lines += [f"msgid {quoted(f'{number} {msgid}')}", f"msgstr {quoted(msgstr)}", ""]
    return "\n".join(lines)


@needs_msgcat
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.tuples(TEXTS, TEXTS, st.sampled_from(["", "python-format", "python-brace-format"])),
        min_size=1,
        max_size=20,
    )
)
def test_any_catalog_survives_msgcat(tmp_path: Path, entries: list[tuple[str, str, str]]) -> None:
    ours = gettext_layout(po_file(entries))
    assert msgcat(ours, tmp_path) == ours
