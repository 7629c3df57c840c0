"""The advisory as an e-mail: the parts of its headers made from the fact sheet."""

from __future__ import annotations

import pytest

from toolkit.render.mail import message_id


@pytest.mark.parametrize(
    ("reference", "language", "address", "expected"),
    [
        (
            "ASA 24/001/2012",
            "en-GB",
            "press@amnesty.org",
            "<ASA-24/001/2012.en-GB.abc@amnesty.org>",
        ),
        ("ASA 24/001/2012", "ar", "Press@Amnesty.org.", "<ASA-24/001/2012.ar.abc@Amnesty.org>"),
        ("«  R:1 »", "ko", "presse@exemple.fr", "<R-1.ko.abc@exemple.fr>"),
        ("보고서", "ko", "press@한국.kr", "<ko.abc@xn--3e0b707e.kr>"),
        ("A..B", "fr", "not an address", "<A-B.fr.abc@campaign-toolkit>"),
        ("A", "fr", "x@bad domain", "<A.fr.abc@campaign-toolkit>"),
    ],
)
def test_a_message_id_is_well_formed_whatever_the_reference_and_address(
    reference: str, language: str, address: str, expected: str
) -> None:
    assert message_id(reference, language, address, "abc") == expected
