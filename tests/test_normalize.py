"""normalize: blanks markup, keeps offsets, linear on hostile input."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import diplomacy_events as de
from diplomacy_events.normalize import BlockKind, _lines, normalize

HTML = (
    "<html><head><title>Leaders meet</title><style>p { color: red }</style></head><body>"
    "<script>var s = 'Xi met Biden';</script><!-- Xi met Biden in Bali. -->"
    "<p>On Monday, Vladimir Putin met Recep Tayyip Erdogan in Sochi &amp; Ankara.</p></body></html>"
)


def test_html_is_blanked_in_place() -> None:
    document = normalize(HTML)
    assert len(document.text) == len(HTML)
    body = [" ".join(document.text[b.start : b.end].split()) for b in document.blocks if b.kind is BlockKind.BODY]
    assert body == ["Leaders meet On Monday, Vladimir Putin met Recep Tayyip Erdogan in Sochi & Ankara."]
    assert "Biden" not in document.text and "color" not in document.text


def test_an_unclosed_script_is_left_as_text() -> None:
    text = "<script> Putin met Erdogan. <script> again"
    assert "Putin met Erdogan." in normalize(text).text


def test_control_characters_are_blanked() -> None:
    document = normalize("Putin\x00met\x1bErdogan\u200b.")
    assert document.text == "Putin met Erdogan ."


def test_a_speaker_label_on_its_own_line_opens_the_turn_below() -> None:
    text = "Evening news\nANNA BELL, HOST:\nWhere is he now?\nTOM REED:\nIn Rome.\nHe flew in today."
    document = normalize(text)
    found = [(b.kind.value, b.speaker, text[b.start : b.end]) for b in document.blocks]
    assert found[1:] == [
        ("chrome", "ANNA BELL", "ANNA BELL, HOST:"),
        ("body", "ANNA BELL", "Where is he now?"),
        ("chrome", "TOM REED", "TOM REED:"),
        ("body", "TOM REED", "In Rome."),
        ("body", "TOM REED", "He flew in today."),
    ]
    assert document.transcript
    assert normalize("SUMMARY:\nPutin met Xi.").blocks[0].kind is BlockKind.BODY  # one such line is no transcript


def test_a_label_may_give_the_speaker_s_office_after_the_name() -> None:
    text = "MARY ROE, PRIME MINISTER OF ANTIGUA AND BARBUDA: Thank you.\nAL DOE, REPORTER: Why?\nWe met Li today."
    assert [b.speaker for b in normalize(text).blocks] == ["MARY ROE", "AL DOE", "AL DOE"]
    kicker = "ROME, ITALY FIRST AND ALWAYS THE ETERNAL CITY ON THE SEVEN HILLS OF OLD: x"  # no office is so long
    assert normalize(kicker).blocks[0].speaker is None


def test_turns_run_together_in_one_paragraph_are_split_at_their_labels() -> None:
    text = "Q: Were the talks useful? THE PRESIDENT: Very. CHANCELLOR KOHL: I agree. Q: Thank you."
    found = [(b.speaker, text[b.start : b.end]) for b in normalize(text).blocks]
    assert found == [
        ("Q", "Were the talks useful?"),
        ("THE PRESIDENT", "Very."),
        ("CHANCELLOR KOHL", "I agree."),
        ("Q", "Thank you."),
    ]
    plain = "Kohl arrived in Bonn. NATO: the alliance met. Q: Why?"  # a paragraph that opens with no label
    assert [b.speaker for b in normalize(plain).blocks] == [None]


def test_links_to_other_stories_are_chrome_and_captions_are_read() -> None:
    text = (
        "RELATED: Putin and Modi held talks in Kazan last October.\n"
        "Read more: Erdogan meets Putin in Sochi\n"
        "[File photo] Xi Jinping and Vladimir Putin met in Beijing in 2023.\n"
        "He posted a photo: Modi and Putin embracing."
    )
    assert [b.kind for b in normalize(text).blocks] == [BlockKind.CHROME] * 2 + [BlockKind.BODY] * 2


def test_title_case_labels_open_turns_that_go_on() -> None:
    text = (
        "President Ann Lee: Friends,\nWe met.\nPrime Minister Bo Sun (interpreted): Thanks.\n"
        "One label: is no transcript."
    )
    assert [b.speaker for b in normalize(text).blocks] == [
        "President Ann Lee",
        "President Ann Lee",
        "Prime Minister Bo Sun",
        "Prime Minister Bo Sun",
    ]
    assert normalize("Breaking News: Putin met Xi.").blocks[0].speaker is None  # one such line is no turn


def test_a_headline_s_kicker_is_no_speaker() -> None:
    text = "LIVE: Summit day in Manila\nAbe met Li in the evening.\nBREAKING: Trump lands.\nHe met Duterte."
    assert [b.speaker for b in normalize(text).blocks] == [None, None, None, None]
    assert normalize("MAY: Yes.\nLEE: No.").blocks[0].speaker == "MAY"  # a name in capitals still speaks


def test_empty_text_has_no_blocks() -> None:
    assert normalize("").blocks == ()
    assert normalize(" \n\n\t").blocks == ()


@given(st.text())
def test_the_masked_text_keeps_every_offset(text: str) -> None:
    document = normalize(text)
    assert len(document.text) == len(text)
    for block in document.blocks:
        assert 0 <= block.start <= block.end <= len(text)


def test_a_short_bullet_that_is_no_sentence_is_an_item() -> None:
    text = "Calls on Friday:\n- President Lula of Brazil [phone]\n- Menu\n* Putin met Erdogan in Sochi on Monday.\n"
    kinds = [(b.kind, b.bullet) for b in normalize(text).blocks]
    assert kinds == [
        (BlockKind.BODY, False),
        (BlockKind.ITEM, True),
        (BlockKind.ITEM, True),
        (BlockKind.BODY, True),
    ]


def test_a_bullet_wraps_onto_the_next_line_unless_either_line_is_complete() -> None:
    wrapped = normalize("- Prime Minister Mark Rutte of the\nNetherlands [in person]\n")
    assert len(wrapped.blocks) == 1
    finished = normalize("- Prime Minister Mark Rutte [in person]\nTuesday at the Elysee:\n")
    assert len(finished.blocks) == 2
    heading = normalize("- Prime Minister Mark Rutte\nTuesday at the Elysee:\n")
    assert len(heading.blocks) == 2


def test_a_finished_item_does_not_wrap_onto_a_sentence_of_its_own() -> None:
    text = "- President Lula of Brazil\nThe Prime Minister also spoke briefly with the King of Spain.\n"
    assert len(normalize(text).blocks) == 2
    name = "- Indian Prime Minister\nNarendra Modi's visit to Moscow ended on Tuesday after two days of talks.\n"
    assert len(normalize(name).blocks) == 1  # the rest of a name, not a sentence of its own
    prose = "- He renewed his friendship with the Chinese leader and then\nThey met again in July at the summit.\n"
    assert len(normalize(prose).blocks) == 1  # the item ends open


def test_a_sentence_case_headline_is_the_title_when_none_is_in_title_case() -> None:
    text = "Menu\nGulf leaders gather in Doha as talks stall\nBy Mara Ellison\nThe summit opened on Tuesday.\n"
    assert normalize(text).title == "Gulf leaders gather in Doha as talks stall"
    titled = "Gulf leaders gather in Doha\nLeaders Gather In Doha For Summit\nThe summit opened on Tuesday.\n"
    assert normalize(titled).title == "Leaders Gather In Doha For Summit"


WRAPPED = (
    "Kenyan President William Ruto on Monday held talks with the\n"
    "presidents of Uganda and Tanzania on the sidelines of the East\n"
    "African Community summit in Arusha.\n"
    "The three leaders discussed the planned oil pipeline and the\n"
    "reopening of border crossings closed during the pandemic.\n"
    "Earlier on Monday, Ruto also met with the president of Rwanda,\n"
    "officials said.\n"
)


def test_a_hard_wrapped_text_is_read_in_paragraphs() -> None:
    doc = normalize(WRAPPED)
    assert [b.kind for b in doc.blocks] == [BlockKind.BODY] * 3
    assert doc.text[doc.blocks[2].start : doc.blocks[2].end].endswith(
        "met with the president of Rwanda,\nofficials said."
    )


def test_lines_of_many_widths_are_not_rewrapped() -> None:
    page = "Ruto meets Museveni in Kampala ahead of the regional summit\nKampala, June 3\nRuto met Museveni.\n"
    assert [b.kind for b in normalize(page).blocks] == [BlockKind.HEADING, BlockKind.HEADING, BlockKind.BODY]


def test_an_apostrophe_s_entity_keeps_its_apostrophe() -> None:
    doc = normalize("Takaichi&apos;s visit and Lula&#39;s call.")
    assert doc.text == "Takaichi     's visit and Lula    's call."


def _trimmed_lines(text: str) -> list[tuple[int, int]]:
    """The loop ``_lines`` replaced: each run of characters other than a newline, trimmed of white space."""
    spans = []
    start = 0
    for line in text.split("\n"):
        first, last = start, start + len(line)
        while first < last and text[first].isspace():
            first += 1
        while last > first and text[last - 1].isspace():
            last -= 1
        if first < last:
            spans.append((first, last))
        start += len(line) + 1
    return spans


@given(st.text(alphabet=st.sampled_from("ab .\n\t\r\x0b\x0c\x1c\x85\u2028\u3000\xa0")) | st.text())
def test_lines_are_the_trimmed_runs_between_newlines(text: str) -> None:
    assert _lines(text) == _trimmed_lines(text)


def test_a_parliamentary_record_s_speaker_lines_open_turns() -> None:
    text = (
        "Trade Statement\n\nThe Prime Minister (Theresa May)\nI spoke to the Taoiseach this morning.\n\n"
        "Jane Roe (Leeds Central) (Lab)\nWill she meet the President?\n\nThe Prime Minister\nI will, next week."
    )
    found = [(b.kind.value, b.speaker) for b in normalize(text).blocks]
    assert found == [
        ("chrome", None),
        ("chrome", "Theresa May"),
        ("body", "Theresa May"),
        ("chrome", "Jane Roe"),
        ("body", "Jane Roe"),
        ("chrome", "Theresa May"),
        ("body", "Theresa May"),
    ]
    [call] = de.parse(text, published="2018-11-14").meetings
    assert [p.name for p in call.participants] == ["Theresa May", "Leo Varadkar"]


def test_one_line_with_a_name_in_brackets_opens_no_turn() -> None:
    text = "The winner (Jane Roe)\nShe met Putin in Moscow on Monday.\n\nPutin welcomed her."
    assert {b.speaker for b in normalize(text).blocks} == {None}


def test_a_sentence_broken_off_after_a_word_no_sentence_ends_with_goes_on_in_the_next_line() -> None:
    text = "The two presidents agreed to meet again in the\nAndean capital next spring.\nTalks with\nRuto"
    blocks = [text[b.start : b.end] for b in normalize(text).blocks]
    assert blocks[0] == "The two presidents agreed to meet again in the\nAndean capital next spring."
    assert "Talks with" in blocks[1:]  # a short line is no broken sentence
