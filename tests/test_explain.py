"""The explanation renderers: marks, the terminal text and the HTML page (every span shown once, with its text)."""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import diplomacy_events as de
from diplomacy_events import (
    Country,
    Evidence,
    Explanation,
    Identification,
    Identified,
    Meeting,
    MeetingKind,
    ParseResult,
    Participant,
    Source,
    Status,
    Summit,
)
from diplomacy_events.bench import news_corpus
from diplomacy_events.explain import Label, Mark, MarkKind, explain_html, explain_text, marks
from diplomacy_events.rules import RULES

ANSI = re.compile(r"\x1b\[[0-9;]*m")
PRONOUN_TEXT = "Kishida landed in Manila on Friday. He met Marcos the next day."


def _quote(text: str, words: str, after: int = 0) -> Evidence:
    """The evidence of ``words``, first found in ``text`` at or after ``after``."""
    start = text.index(words, after)
    return Evidence(text=words, start=start, end=start + len(words))


def _meeting(text: str, sentence: str, why: Explanation | None, confidence: float = 1.0) -> Meeting:
    """A meeting of two invented leaders, reported by ``sentence`` of ``text``, explained by ``why``."""
    return Meeting(
        participants=(Participant(name="Ana Ruiz", country=Country(code="ESP")), Participant(name="Bo Lind")),
        kind=MeetingKind.MEETING,
        status=Status.OCCURRED,
        evidence=_quote(text, sentence),
        confidence=confidence,
        explanation=why,
    )


def _result(text: str, *records: Meeting | Summit, title: str | None = None) -> ParseResult:
    meetings = tuple(r for r in records if isinstance(r, Meeting))
    summits = tuple(r for r in records if isinstance(r, Summit))
    return ParseResult(source=Source(title=title), text=text, meetings=meetings, summits=summits)


class _Marks(HTMLParser):
    """The ``<mark>`` elements of a page (attributes, and text content with nested marks' text), and its text.

    ``text`` is what the ``<div class="text">`` shows, without the links to the records.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[dict[str, str | None], list[str]]] = []
        self.open: list[list[str]] = []
        self.text_parts: list[str] = []
        self.in_text = self.in_refs = False

    @property
    def text(self) -> str:
        return "".join(self.text_parts)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.in_text |= tag == "div" and attributes.get("class") == "text"
        self.in_refs |= tag == "sup" and attributes.get("class") == "refs"
        if tag == "mark":
            parts: list[str] = []
            self.found.append((attributes, parts))
            self.open.append(parts)

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self.open.pop()
        self.in_refs &= tag != "sup"
        self.in_text &= tag != "div"

    def handle_data(self, data: str) -> None:
        for parts in self.open:
            parts.append(data)
        if self.in_text and not self.in_refs:
            self.text_parts.append(data)


def read_page(page: str) -> _Marks:
    reader = _Marks()
    reader.feed(page)
    reader.close()
    return reader


def card_spans(page: str) -> dict[tuple[int, int, int], list[str]]:
    """(record number, start, end) -> the text of each ``<mark>`` with those attributes on the records' cards."""
    found: dict[tuple[int, int, int], list[str]] = {}
    for attributes, parts in read_page(page).found:
        if attributes.get("data-record"):
            key = (
                int(attributes["data-record"] or 0),
                int(attributes["data-start"] or 0),
                int(attributes["data-end"] or 0),
            )
            found.setdefault(key, []).append("".join(parts))
    return found


def assert_every_span_once(result: ParseResult, page: str) -> None:
    """Every span of every record's explanation is one ``<mark>`` of its card, whose text is exactly the span's."""
    records: list[Meeting | Summit] = [*result.meetings, *result.summits]
    expected = {
        (number, mark.start, mark.end): [result.text[mark.start : mark.end]]
        for number, record in enumerate(records, 1)
        for mark in marks(record)
    }
    assert card_spans(page) == expected


# -- marks ------------------------------------------------------------------------------------------------------


def test_marks_list_each_span_once_in_text_order_with_its_roles() -> None:
    text = "Ruiz and Lind met on Monday. The two leaders talked."
    why = Explanation(
        trigger=_quote(text, "talked"),
        time=_quote(text, "Monday"),
        participants=(
            Identified(
                how=Identification.PRONOUN, mention=_quote(text, "The two leaders"), antecedent=_quote(text, "Ruiz")
            ),
            Identified(
                how=Identification.PRONOUN, mention=_quote(text, "The two leaders"), antecedent=_quote(text, "Lind")
            ),
        ),
    )
    found = marks(_meeting(text, "The two leaders talked.", why))
    assert [(m.text, m.label) for m in found] == [
        ("Ruiz", "A1"),
        ("Lind", "A2"),
        ("Monday", "time"),
        ("The two leaders", "P1,P2"),
        ("talked", "trigger"),
    ]
    assert found[3].labels == (Label(kind=MarkKind.PARTICIPANT, number=1), Label(kind=MarkKind.PARTICIPANT, number=2))
    assert found[3].kind is MarkKind.PARTICIPANT


def test_a_record_without_explanation_has_no_marks_and_says_so() -> None:
    text = "Ruiz met Lind."
    result = _result(text, _meeting(text, text, None))
    assert marks(result.meetings[0]) == ()
    assert "  no explanation recorded" in explain_text(result).splitlines()
    assert "no explanation recorded" in explain_html(result)


# -- text ---------------------------------------------------------------------------------------------------------


def test_the_text_marks_the_evidence_and_shows_an_antecedent_elsewhere() -> None:
    lines = explain_text(de.parse(PRONOUN_TEXT, "2024-06-15")).splitlines()
    assert "    [He|P1] [met|trigger] [Marcos|P2] [the next day|time]." in lines
    assert "    elsewhere: [Kishida|A1] landed in Manila on Friday." in lines
    assert (
        "    P1  Fumio Kishida (JPN prime minister): through a pronoun, 'He' at 36-38, standing for 'Kishida' at 0-7"
    ) in lines
    assert "  date: 2024-06-15, by date.own-time, from 'the next day' at 50-62, anchor 2024-06-15" in lines
    assert "  confidence: 0.9 = 1.0 - 0.1 (a participant known only through a pronoun: P1)" in lines


def test_the_text_lists_each_rule_with_its_description_from_the_registry() -> None:
    result = de.parse("Scholz received Macron at the chancellery on Tuesday.", "2024-06-14")
    lines = explain_text(result).splitlines()
    why = result.meetings[0].explanation
    assert why is not None
    rules = why.rules
    start = lines.index("  rules:") + 1
    shown = [line.split(None, 1) for line in lines[start : start + len(rules)]]
    assert [(rule_id, description) for rule_id, description in shown] == [(r, RULES[r].description) for r in rules]


def test_an_unknown_rule_id_is_said() -> None:
    text = "Ruiz met Lind."
    result = _result(text, _meeting(text, text, Explanation(rules=("veto.from-the-future",))))
    assert "    veto.from-the-future  (no rule of this id in this version)" in explain_text(result).splitlines()


def test_an_unnamed_host_is_explained_with_its_confidence() -> None:
    lines = explain_text(de.parse("The Kenyan president paid a state visit to Ghana on Monday.", "2024-06-14"))
    assert "[The Kenyan president|P1] paid a [state visit|trigger] to [Ghana|P2] on [Monday|time]." in lines
    assert "confidence: 0.85 = 1.0 - 0.15 (an unnamed host: P2)" in lines
    assert "as the unnamed host: the leader of the country visited, on the date, 'Ghana' at 43-48" in lines


def test_a_confidence_the_formula_cannot_give_shows_the_formula() -> None:
    text = "Ruiz met Lind."
    result = _result(text, _meeting(text, text, Explanation(), confidence=0.6))
    expected = (
        "  confidence: 0.6 (the formula: 1.0, less 0.15 for an unnamed host and 0.1 for a participant known only "
    )
    assert expected + "through a pronoun)" in explain_text(result).splitlines()


def test_a_summit_shows_its_name_series_rules_and_dates() -> None:
    text = "Lula flew to Johannesburg for the G20 summit."
    lines = explain_text(de.parse(text, "2025-11-20", title="Trip")).splitlines()
    assert lines[0] == "Trip (published 2025-11-20): 0 meetings, 1 summit"
    # a journey for a summit places its traveller there (fold.roster's attendance)
    summit = lines.index("#1 summit 'G20 summit', planned, 2025-11-22..2025-11-23: Luiz Inácio Lula da Silva")
    assert lines[summit + 1] == "    Lula flew to Johannesburg for the [G20 summit|trigger]."
    assert {"  series: G20", "  place: Johannesburg, ZAF"} <= set(lines)
    assert "  date: 2025-11-22..2025-11-23, by summit.record, anchor 2025-11-20" in lines
    assert not any(line.startswith("  confidence") for line in lines)  # a summit has none


def test_colour_is_the_plain_text_with_ansi_codes_and_nests() -> None:
    text = "Ruiz met Lind in Madrid on Monday."
    outer = _quote(text, "met Lind")
    why = Explanation(
        trigger=outer,
        time=_quote(text, "Monday"),
        participants=(Identified(how=Identification.NAME, mention=_quote(text, "Lind")),),
    )
    result = _result(text, _meeting(text, text, why))
    plain, colour = explain_text(result), explain_text(result, color=True)
    assert "\x1b" not in plain and "\x1b[1;36mLind" in colour
    assert ANSI.sub("", colour) == plain
    assert "    Ruiz [met [Lind|P1]|trigger] in Madrid on [Monday|time]." in plain.splitlines()
    # after the inner mark closes, the outer mark's colour comes back
    assert "\x1b[2m|P1]\x1b[0m\x1b[1;33m" in colour


def test_the_input_cannot_drive_the_terminal() -> None:
    text = "Ruiz met\x1b[2J Lind\non Monday.\x07"
    why = Explanation(trigger=_quote(text, "met\x1b[2J"))
    out = explain_text(_result(text, _meeting(text, text, why), title="\x1b]0;owned\x07"), color=True)
    assert "\x07" not in out and "[2J" in out  # the escape character itself is gone
    assert all(code.startswith("\x1b[") for code in re.findall(r"\x1b.", out))
    plain = explain_text(_result(text, _meeting(text, text, why)))
    assert (
        "    Ruiz [met\ufffd[2J|trigger] Lind on Monday.\ufffd" in plain.splitlines()
    )  # a line break shows as a space


def test_crossing_spans_are_each_shown_whole_once() -> None:
    text = "Ruiz met Lind on Monday."
    why = Explanation(trigger=_quote(text, "met Lind"), time=_quote(text, "Lind on"))  # they cross
    lines = explain_text(_result(text, _meeting(text, text, why))).splitlines()
    assert lines[4:6] == ["    Ruiz [met Lind|trigger] on Monday.", "    elsewhere: Ruiz met [Lind on|time] Monday."]


def test_nothing_found_is_said() -> None:
    assert explain_text(de.parse("The weather was fine.", "2024-06-14")).endswith("(no meetings or summits found)")


# -- HTML ---------------------------------------------------------------------------------------------------------


def test_the_page_is_self_contained_and_escaped() -> None:
    text = 'Ruiz met Lind <script>alert("x")</script> & left.\r\nThey spoke again.'
    why = Explanation(
        trigger=_quote(text, "met"),
        participants=(Identified(how=Identification.NAME, mention=_quote(text, "<script>")),),
    )
    result = _result(text, _meeting(text, "Ruiz met Lind", why), title='A <b>"title"</b>')
    page = explain_html(result)
    assert "<script" not in page and '<b>"title"' not in page and "A &lt;b&gt;&quot;title&quot;&lt;/b&gt;" in page
    assert "alert(&quot;x&quot;)&lt;/script&gt; &amp; left.&#13;\n" in page
    assert not re.search(r"\b(src|href)=\"(?!#)", page) and "@import" not in page and "url(" not in page
    reader = read_page(page)
    assert reader.text == text  # the whole text, line breaks and all, around the highlights
    assert_every_span_once(result, page)


def test_every_link_of_the_page_leads_somewhere() -> None:
    page = explain_html(de.parse(PRONOUN_TEXT + " Lula flew to Johannesburg for the G20 summit.", "2024-06-14"))
    targets = set(re.findall(r'href="#([^"]+)"', page))
    assert targets and targets <= set(re.findall(r'id="([^"]+)"', page))


def test_the_page_labels_spans_and_names_their_records() -> None:
    page = explain_html(de.parse(PRONOUN_TEXT, "2024-06-14"))
    assert (
        '<mark class="participant" data-record="1" data-start="36" data-end="38" data-label="participant 1">He</mark>'
    ) in page
    assert 'data-label="antecedent of participant 1">Kishida</mark>' in page
    assert 'title="#1 antecedent of participant 1: Fumio Kishida"' in page
    assert '<p class="apart">elsewhere: <mark' in page


def test_the_demo_article_page_marks_every_span() -> None:
    from importlib import resources

    text = (resources.files("diplomacy_events") / "data" / "demo_article.txt").read_text("utf-8")
    result = de.parse(text, "2023-04-17")
    assert result.meetings
    assert_every_span_once(result, explain_html(result))


def _explained_results() -> st.SearchStrategy[ParseResult]:
    """A meeting over a random text whose spans are anywhere: nested, crossing, repeated, outside the evidence."""

    def build(text: str, cuts: list[tuple[int, int]], sentence: tuple[int, int]) -> ParseResult:
        def span(cut: tuple[int, int]) -> Evidence:
            start, end = sorted(cut)
            return Evidence(text=text[start:end], start=start, end=end)

        spans = [span(cut) for cut in cuts]
        why = Explanation(
            trigger=spans[0] if spans else None,
            time=spans[1] if len(spans) > 1 else None,
            participants=tuple(
                Identified(how=Identification.PRONOUN, mention=mention, antecedent=antecedent)
                for mention, antecedent in zip(spans[2::2], spans[3::2], strict=False)
            ),
        )
        evidence = span(sentence)
        meeting = Meeting(
            participants=(Participant(name="Ana Ruiz"), Participant(name="Bo Lind")),
            kind=MeetingKind.CALL,
            status=Status.OCCURRED,
            evidence=evidence,
            explanation=why,
        )
        return ParseResult(source=Source(), text=text, meetings=(meeting,))

    texts = st.text(st.sampled_from("ab <>&\"'\r\n\x00\x1b\u00e9\U0001f600."), min_size=1, max_size=40)
    return texts.flatmap(
        lambda text: st.builds(
            build,
            st.just(text),
            st.lists(st.tuples(st.integers(0, len(text)), st.integers(0, len(text))), max_size=8),
            st.tuples(st.integers(0, len(text)), st.integers(0, len(text))),
        )
    )


@given(_explained_results())
@example(
    _result(
        "ab ab",
        _meeting(
            "ab ab",
            "ab ab",
            Explanation(trigger=Evidence(text="ab", start=0, end=2), time=Evidence(text="b a", start=1, end=4)),
        ),
    )
)
def test_any_spans_are_each_one_mark_with_exactly_their_text(result: ParseResult) -> None:
    page = explain_html(result)
    assert_every_span_once(result, page)
    assert read_page(page).text == result.text
    records = explain_text(result).split("\n", 2)[2]  # after the heading and the legend
    labels = [label.split(",") for label in re.findall(r"\|([\w,]+)\]", records)]
    why = result.meetings[0].explanation
    assert why is not None
    assert sum(label.count("trigger") for label in labels) == (why.trigger is not None)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 10_000))
def test_generated_news_every_span_once_per_record_with_its_text(seed: int) -> None:
    for document in news_corpus(3_000, seed=seed):
        result = de.parse(document["text"], document["published"], title=document["title"])
        assert_every_span_once(result, explain_html(result))


@pytest.mark.parametrize("how", list(Identification))
def test_every_way_of_identifying_is_worded(how: Identification) -> None:
    text = "Ruiz met Lind."
    why = Explanation(participants=(Identified(how=how), Identified(how=Identification.NAME)))
    assert "not explained" not in explain_text(_result(text, _meeting(text, text, why)))


def test_a_summit_without_evidence_shows_its_spans_apart() -> None:
    text = "The G20 summit opened in Rio on Monday."
    why = Explanation(trigger=_quote(text, "G20 summit"), time=_quote(text, "Monday"), anchor=dt.date(2024, 11, 20))
    summit = Summit(name="G20 summit", status=Status.OCCURRED, organization="G20", explanation=why)
    result = _result(text, summit)
    lines = explain_text(result).splitlines()
    assert "    elsewhere: The [G20 summit|trigger] opened in Rio on Monday." in lines
    assert_every_span_once(result, explain_html(result))
    assert Mark(start=4, end=14, text="G20 summit", labels=(Label(kind=MarkKind.TRIGGER),)) in marks(summit)
