"""normalize: blanks markup, keeps offsets, linear on hostile input."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from diplomacy_events.normalize import BlockKind, normalize

HTML = (
    "<html><head><title>Leaders meet</title><style>p { color: red }</style></head><body>"
    "<script>var s = 'Xi met Biden';</script><!-- Xi met Biden in Bali. -->"
    "<p>On Monday, Vladimir Putin met Recep Tayyip Erdogan in Sochi &amp; Ankara.</p></body></html>"
)


def test_html_is_blanked_in_place() -> None:
    document = normalize(HTML)
    assert len(document.text) == len(HTML)
    body = [" ".join(document.text[b.start : b.end].split()) for b in document.blocks if b.kind is BlockKind.BODY]
    assert body == ["Leaders meet On Monday, Vladimir Putin met Recep Tayyip Erdogan in Sochi Ankara."]
    assert "Biden" not in document.text and "color" not in document.text


def test_an_unclosed_script_is_left_as_text() -> None:
    text = "<script> Putin met Erdogan. <script> again"
    assert "Putin met Erdogan." in normalize(text).text


def test_control_characters_are_blanked() -> None:
    document = normalize("Putin\x00met\x1bErdogan\u200b.")
    assert document.text == "Putin met Erdogan ."


def test_empty_text_has_no_blocks() -> None:
    assert normalize("").blocks == ()
    assert normalize(" \n\n\t").blocks == ()


@given(st.text())
def test_the_masked_text_keeps_every_offset(text: str) -> None:
    document = normalize(text)
    assert len(document.text) == len(text)
    for block in document.blocks:
        assert 0 <= block.start <= block.end <= len(text)
