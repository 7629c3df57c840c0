"""The PO reader on hostile catalogs: a catalog or located problems, never an exception."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import REPO
from toolkit.translation.catalogs import Translator, read_catalog

CATALOGS = sorted((REPO / "locales").glob("*/LC_MESSAGES/*.po"))
SHOWN = "locales/xx/LC_MESSAGES/campaign.po"
PIECES = [
    b"\x00",
    b"\xff\xfe",
    b"\xc3",
    b"\r",
    b"\xef\xbb\xbf",
    b'"',
    b"\\",
    b'\\"',
    b"\\x",
    b"\n",
    b'msgid ""\n',
    b'msgid "x"\nmsgstr "y"\n',
    b'msgstr[9] "z"\n',
    b"msgstr[",
    b'msgid_plural "p"\n',
    b'msgctxt "c"\n',
    b"#, fuzzy\n",
    b"#, python-format\n",
    b"#~ ",
    b"#| ",
    b'"Plural-Forms: nplurals=0; plural=n/0;\\n"\n',
    b'"Plural-Forms: nplurals=2; plural=(n==1 ?\\n"\n',
    b'"Plural-Forms: nplurals=999999999; plural=n;\\n"\n',
    b'"Content-Type: text/plain; charset=latin-1\\n"\n',
    b'"Content-Type: text/plain; charset=no-such-charset\\n"\n',
    b'"Language: zz_ZZ\\n"\n',
    b"x" * 100_000,
    b'"' + b"\\n" * 5000 + b'"\n',
]
FUZZ = settings(
    max_examples=150,
    deadline=10_000,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@st.composite
def mutated_catalogs(draw: st.DrawFn) -> tuple[bytes, str]:
    """One of the project's catalogs with pieces inserted, lines doubled or dropped, or cut."""
    path = draw(st.sampled_from(CATALOGS))
    lines = path.read_bytes().split(b"\n")
    for _ in range(draw(st.integers(1, 4))):
        index = draw(st.integers(0, max(0, len(lines) - 1)))
        action = draw(st.sampled_from(["insert", "insert", "duplicate", "drop", "truncate"]))
        if action == "insert":
            line = lines[index]
            at = draw(st.integers(0, len(line)))
            lines[index] = line[:at] + draw(st.sampled_from(PIECES)) + line[at:]
        elif action == "duplicate":
            lines[index:index] = lines[index : index + draw(st.integers(1, 4))]
        elif action == "drop":
            del lines[index : index + draw(st.integers(1, 3))]
        else:
            lines = lines[:index]
        if not lines:
            lines = [b""]
    return b"\n".join(lines), path.parent.parent.name


def check(data: bytes, locale: str | None) -> None:
    """``read_catalog`` gives a usable catalog or problems naming the file; nothing raises."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "campaign.po"
        path.write_bytes(data)
        catalog, problems = read_catalog(path, SHOWN, locale)
    if catalog is None:
        assert problems, "no catalog and no problem"
    for problem in problems:
        assert problem.path == SHOWN and problem.code == "invalid-catalog"
        assert problem.line >= 0 and problem.message
    if catalog is not None and locale is not None:
        translator = Translator(locale, {"campaign": catalog})
        for message in list(catalog)[:50]:
            if message.id and isinstance(message.id, tuple):
                for n in (0, 1, 2, 3, 11, 100, 101):
                    translator.ngettext(message.id[0], message.id[1], n, domain="campaign")
            elif isinstance(message.id, str) and message.id:
                translator.gettext(message.id, domain="campaign")


@FUZZ
@given(mutated_catalogs())
def test_mutated_catalogs(case: tuple[bytes, str]) -> None:
    data, locale = case
    check(data, locale)


@FUZZ
@given(st.binary(max_size=400), st.sampled_from([None, "fr", "ar", "ko", "zz"]))
def test_random_bytes(data: bytes, locale: str | None) -> None:
    check(data, locale)
