"""The pipeline: :class:`Parser` wires the stages; :func:`parse` and :func:`parse_many` use it.

normalize -> segment -> mentions -> timex -> events -> assemble. Each stage
is a module of its own; see ``docs/pipeline.md``.

>>> import datetime
>>> result = parse("Yesterday, Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi.",
...                published=datetime.date(2017, 11, 23))
>>> meeting = result.meetings[0]
>>> [p.name for p in meeting.participants], str(meeting.date), meeting.place.city
(['Vladimir Putin', 'Recep Tayyip Erdogan'], '2017-11-22', 'Sochi')
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from functools import cached_property
from itertools import chain, islice
from typing import Any, Union

import attrs

from .assemble import (
    BRACKETED,
    LISTED_NAMES,
    NAME_PART,
    OFFICIAL_NAME,
    SPELLED,
    Assembler,
    Spans,
    at_dated_summits,
    during_visits,
    fold_arrivals,
    fold_carried_out,
    fold_joined,
    fold_meetings,
    fold_one_gathering,
    fold_separate,
    fold_summits,
    into_gatherings,
    into_rosters,
    listed_summits,
    news_of_the_day,
    with_participants,
)
from .copies import copier, record
from .dates import read_date
from .dating import (
    DID_SO_REACH,
    PRO_VERBS,
    Calendar,
    Dated,
    Section,
    awaited_date,
    dateline,
    did_so,
    entry_head,
    filed_day,
    lead_day,
    named_again,
    news_day,
    noun_again,
    paragraph_times,
    paragraph_year,
    plan_day,
    section_at,
    sections,
    speaks_of_earlier,
    tells_programme,
    time_fragment,
)
from .errors import BadInputError, InvalidDateError
from .events import (
    EventCandidate,
    ListReader,
    SummitMention,
    called_off,
    find_events,
    find_summits,
    names_earlier_conference,
    roll_intro,
    same_format,
    sentence_status,
    setting_status,
    trigger_matcher,
)
from .events.members import OCCURRED, OFFICE, PERSON, PRONOUN
from .events.named_next import CountedGroup, members, named_group, substituted
from .first_pass import FirstPass, Plan, citations
from .knowledge import KnowledgeBase, default_knowledge
from .lexicon import AHEAD_HEADINGS, SECOND_PERSON, SENTENCE_ENDS, Lexicon, default_lexicon
from .mentions import (
    Discourse,
    Gazetteer,
    Mention,
    MentionKind,
    Quotes,
    Tally,
    first_person,
    link_pronouns,
    quoted_speech,
)
from .model import (
    DateSpan,
    Evidence,
    Meeting,
    ParseResult,
    Precision,
    Source,
    SourceKind,
    Status,
    Summit,
)
from .normalize import BlockKind, fold, normalize
from .normalize import Document as Page
from .phrases import PhraseMatcher
from .pool import ordered_map
from .segment import Paragraph, Sentence, Token, segment, sentences, token_keys, tokenize
from .timex import Direction, TimeExpression

__all__ = ["Document", "Parser", "parse", "parse_many"]

#: One item of :func:`parse_many`: a text, or a mapping with ``text`` and optional
#: ``id``, ``url``, ``published``, ``outlet``, ``title``.
Document = Union[str, Mapping[str, Any]]  # noqa: UP007 (a runtime alias: "|" needs 3.10 at import)

EARLIEST, LATEST = dt.date(1900, 1, 1), dt.date(2100, 12, 31)


def _evidence(text: str, sentence: Sentence) -> Evidence:
    return Evidence(text=text[sentence.start : sentence.end], start=sentence.start, end=sentence.end)


def _heading(sentence: Sentence) -> bool:
    """Whether a sentence is a headline or caption: a line with no closing stop ("Putin to Meet Xi in Moscow")."""
    last = sentence.tokens[-1].key if sentence.tokens else ""
    return last not in SENTENCE_ENDS and last != "'"


def _continues(keys: Sequence[str], sequences: frozenset[tuple[str, ...]]) -> bool:
    """Whether a paragraph's first sentence (its token ``keys``) goes on from the one before: "Afterwards, the
    Prime Minister ...".

    ``sequences`` are the lexicon's sequence words, as token keys.

    >>> _continues(("after", "that", ",", "they"), frozenset({("after", "that")}))
    True
    >>> _continues(("they", "met"), frozenset())
    False
    """
    opening = tuple(keys[:4])
    return not sequences.isdisjoint(map(opening.__getitem__, _OPENINGS))  # its first 0 to 4 keys, looked up in C


_OPENINGS = tuple(slice(length) for length in range(5))  # the slices of a sentence's opening _continues looks up


def _countries(mentions: Iterable[Mention]) -> dict[str, int]:
    """How often a text names each country: by name, place, seat of government or office (not through a person)."""
    counts: dict[str, int] = {}
    for mention in mentions:
        if mention.country is not None and mention.kind in _COUNTRY_KINDS:
            counts[mention.country] = counts.get(mention.country, 0) + 1
    return counts


class _Counts(Mapping[str, int]):
    """How often a text names each country, counted when first asked.

    >>> counts = _Counts(lambda: {"FRA": 2})
    >>> counts["FRA"], dict(counts)
    (2, {'FRA': 2})
    """

    def __init__(self, count: Callable[[], dict[str, int]]) -> None:
        self._count = count

    @cached_property
    def _counts(self) -> dict[str, int]:
        return self._count()

    def __getitem__(self, code: str) -> int:
        return self._counts[code]

    def __iter__(self) -> Iterator[str]:
        return iter(self._counts)

    def __len__(self) -> int:
        return len(self._counts)


#: How many body sentences from the top the lead may be (see :func:`~diplomacy_events.dating.lead_day`).
LEAD_SENTENCES = 5
_LEAD_KINDS = frozenset({MentionKind.PERSON, MentionKind.OFFICE})
_QUOTE_MARKS = frozenset({'"', "“", "”"})
_copy_source = copier(Source)  # attrs.evolve without its field look-ups, once per document
_LETTERHEAD_CHARACTERS = 40  # a letterhead is a short line: "THE WHITE HOUSE", "10 DOWNING STREET"
_LETTERHEAD_WORDS = 4  # "Prime Minister's Office of Japan" is a title; "The Kremlin", "10 Downing Street" a letterhead
_OFFICIAL_KINDS = frozenset({MentionKind.GOVERNMENT, MentionKind.OFFICE})  # "The White House", "President of Russia"
_DATELINE_LINES = 8  # the lines of a page its story's dateline may open (after a notice or two and the headline)
_DATELINE_CHARACTERS = 120  # of a line: its dateline, if any, with a note in brackets before it
_ADDRESSES = frozenset({"mr", "mister", "madam", "madame"})  # "Mr. President": the courtesy that speaks to an office
_COUNTRY_KINDS = frozenset({MentionKind.COUNTRY, MentionKind.PLACE, MentionKind.GOVERNMENT, MentionKind.OFFICE})


def _anchor(document: Page, anchor: dt.date | None) -> tuple[dt.date | None, list[str]]:
    """The date relative dates are read from (the publication date, else the dateline's) and warnings about it."""
    warnings: list[str] = []
    if anchor is None:
        anchor = dateline(document)
        if anchor is not None:
            warnings.append(f"publication date {anchor} read from the text's dateline")
    if anchor is not None and anchor > dt.date.today():
        warnings.append(f"publication date {anchor} is in the future")
    return anchor, warnings


@record(kw_only=True)
class SentenceReading:
    """One sentence as stages 2-4 read it: its paragraph, mentions (pronouns linked) and time expressions."""

    sentence: Sentence
    paragraph: Paragraph
    mentions: list[Mention]
    times: list[TimeExpression]
    section: DateSpan | None = None  # the date of the time heading it stands under, if any
    schedule: bool = False  # that heading is a schedule's day, with times of day under it
    called: bool = False  # that heading names a call: a readout's "PM call with President X: 6 September 2022"
    ahead: bool = False  # under a heading that says what follows lies ahead: a digest's "COMING UP"
    echo: tuple[TimeExpression, ...] = ()  # the times the next sentence gives its verb: "She did so on Monday"
    echoed_by: str = "date.did-so"  # the rule that gave them: date.did-so or date.named-again


@attrs.define(kw_only=True)
class _EventReader:
    """Stages 5 and 6 sentence by sentence, with what carries from one sentence to the next.

    That is the salience of the leaders named so far (the protagonist), an
    open readout list, and the leaders the sentence before named.
    """

    parser: Parser
    assembler: Assembler
    text: str
    trace: list[tuple[int, str]] | None
    meetings: list[Meeting] = attrs.Factory(list)
    headings: list[int] = attrs.Factory(list)  # indexes of the meetings a headline or caption reports
    summits: list[Summit] = attrs.Factory(list)
    salience: Tally = attrs.Factory(Tally)
    lists: ListReader | None = None
    named: list[Mention] = attrs.Factory(list)  # the leaders the last body sentence named
    chair: Mention | None = None  # the one leader the last body sentence named with a summit, in no meeting
    format: tuple[str, ...] = ()  # the countries of the summit named by them last ("the Tripartite Summit (A, B, C)")
    body: int = 0  # the body sentences read so far (the lead is among the first few)
    news: dict[int, dt.date] = attrs.Factory(dict)  # the day of each sentence the page leads with, by its offset
    opening: bool = True  # no body sentence so far named a leader or a time: the next may be the story's news
    planning: bool = True  # no body sentence so far named a leader: the next may lead with a plan of one day
    deferred: tuple[SentenceReading, CountedGroup] | None = None  # a sentence whose counted group the next may name
    programme: bool = False  # a programme and its dated entries were told ("the programme is: May 4: ..."), and go on
    fresh: bool = False  # the sentence read opens a paragraph
    words: Lexicon = attrs.field(init=False)  # the parser's lexicon
    sequences: frozenset[tuple[str, ...]] = attrs.field(init=False)  # its sequence words, as a set

    @words.default
    def _lexicon(self) -> Lexicon:
        return self.parser.gazetteer.words

    @sequences.default
    def _sequences(self) -> frozenset[tuple[str, ...]]:
        return frozenset(self.words.sequence_words)

    def read(self, read: SentenceReading) -> None:
        """Take in the next sentence of the document."""
        sentence, paragraph, words = read.sentence, read.paragraph, self.words
        lists = self.lists = self.lists or ListReader(words)
        if sentence is paragraph.sentences[0] and not (
            _continues(sentence.keys, self.sequences) or paragraph.speaker  # a transcript's turns go on
        ):
            self.assembler.new_paragraph()
            self.fresh = True
        if paragraph.bullet and lists.is_entry(sentence.tokens):  # an entry of a list of counterparts
            entries = lists.entry(sentence.tokens, read.mentions, self.salience.protagonist())
            self._trace([(sentence.start, rule_id) for entry in entries for rule_id in entry.rules])
            self._assemble(entries, sentence)
        elif not paragraph.item or read.section is not None:
            # a bullet that is no sentence, outside a list, is read like a heading; under a time heading it is a
            # programme's entry ("- Lunch with the Prime Minister" under "Saturday, 8 April")
            self.roll_call(lists.opened(), lists.read(sentence, read.mentions, read.times))
            self.assembler.calendar.section, self.assembler.calendar.schedule = read.section, read.schedule
            self.assembler.calendar.untimed = not read.times
            self._events(read)

    def roll_call(self, opened: Sentence | None, gatherings: list[EventCandidate]) -> None:
        """Assemble the gathering of a roll of attendees that ended (rule ``sentence.roll-call``), its opening
        sentence ``opened`` as evidence: before the sentence that ended it is read, so that it is told first."""
        if opened is None or not gatherings:
            return
        evidence = _evidence(self.text, opened)
        self._trace([(opened.start, rule_id) for gathering in gatherings for rule_id in gathering.rules])
        self.meetings += [m for m in (self.assembler.meeting(g, evidence, opened.tokens) for g in gatherings) if m]

    def _events(self, read: SentenceReading) -> None:
        sentence, words = read.sentence, self.words
        mentions = self.assembler.offices_in_text(read.mentions, read.times)
        persons = [m for m in mentions if m.kind is PERSON and m.explicit]
        if self.trace is not None and "(" in sentence.keys:  # "the Prime Minister (Mr Nehru)"
            tokens = sentence.tokens
            bracketed = [m for m in persons if tokens[m.end - 1].key == ")"]
            self._trace([(sentence.start, BRACKETED) for m in bracketed])
            self._trace([(sentence.start, LISTED_NAMES) for m in bracketed if m.plural])  # "the presidents of A (X)"
        if self.trace is not None:
            self._trace([(sentence.start, SPELLED) for m in persons if m.spelled])
        for mention in persons:
            if mention.leaders:
                self.salience.add(mention.leaders[0], mention)
        found = find_summits(sentence.tokens, mentions, read.times, words, keys=sentence.keys)
        summits, self.format = same_format(found, self.format)
        fired: list[tuple[int, str]] | None = [] if self.trace is not None else None
        if self.fresh and self.programme:  # the programme's entries go on in the lines that open with their dates
            self.programme = any(t.start <= 1 and entry_head(sentence.keys, t) for t in read.times)
        self.fresh = False
        self.programme = self.programme or tells_programme(sentence.keys, read.times, words)
        candidates = find_events(
            sentence.tokens,
            mentions,
            read.times,
            summits,
            self.parser.triggers,
            words,
            self.salience.protagonist(),
            self.named,
            fired,
            scheduled=read.section is not None,
            called=read.called,
            ahead=read.ahead,
            programme=self.programme,
            chair=self.chair,
            keys=sentence.keys,
        )
        if fired:
            self._trace([(sentence.tokens[position].start, rule_id) for position, rule_id in fired])
        if read.echo:
            candidates = self._did_so(candidates, read)
        deferred, self.deferred = self.deferred, None
        if not candidates:
            if deferred is not None:
                self._named_next(deferred, sentence.tokens, mentions)
            group = named_group(sentence.tokens, mentions, keys=sentence.keys)
            self.deferred = (read, group) if group is not None else None
        self.named = persons
        evidence = _evidence(self.text, sentence) if summits or candidates else None
        for named in summits:
            if (
                evidence is not None
                and not named.anaphoric
                and not called_off(sentence.tokens, words, named, keys=sentence.keys)
            ):
                status = sentence_status(sentence.tokens, words, named.start, keys=sentence.keys) or next(
                    (
                        c.status
                        for c in candidates
                        if c.summit is named and c.end <= named.start and c.status is Status.PLANNED
                    ),
                    None,
                )  # "goes to Tehran on Monday for a summit": the plan of the trip made for it (not "flew to")
                if status is None and (status := setting_status(named, candidates)) is not None:
                    self._trace([(evidence.start, "status.summit-setting")])
                summit = self.assembler.summit(named, status, evidence, sentence.tokens)
                if summit is not None:
                    self.summits.append(summit)
            elif named.anaphoric:
                self._unnamed_summit(named, read)
        heading = _heading(sentence)
        self.assembler.filed = self.parser.gazetteer.filed_in(sentence.tokens) if candidates else None
        self._assemble(candidates, sentence, evidence)
        self._chaired(read, summits, candidates)
        if not (candidates or summits) and read.times and not words.summit_words.isdisjoint(sentence.keys):
            self._gathering(read)  # "The conference closed here today"
        if read.section is None and (heading or self.opening):
            self._news(sentence, read.times)
        if not heading and read.section is None:
            self._lead(sentence, mentions, read.times)

    def _unnamed_summit(self, named: SummitMention, read: SentenceReading) -> None:
        """Note the time of "the summit" told with no summit named before: its own, else its sentence's one time
        ("the summit, which was put off twice, will be held on June 3-4"), in the tense of that time's clause."""
        plain = [t for t in read.times if t.relation is None and not t.cited]
        time = named.time or (plain[0] if len(plain) == 1 else None)
        if time is None:
            return
        sentence = read.sentence
        status = sentence_status(sentence.tokens, self.words, time.start, keys=sentence.keys) or OCCURRED
        self.assembler.unnamed_summit(time, status)

    def _chaired(
        self, read: SentenceReading, summits: Sequence[SummitMention], candidates: Sequence[EventCandidate]
    ) -> None:
        """Note the one leader a sentence names with a summit and in no meeting, and the summit's day, for the
        leaders who attend it in the next sentence (the rule ``build.chair-attended``)."""
        tokens, words = read.sentence.tokens, self.words
        chair = _chair(self.named, candidates) if self.named else None
        if chair is not None and not summits and not words.gathering_words.found(read.sentence.keys, 0, len(tokens)):
            chair = None  # no summit named, no gathering word
        self.chair = chair
        time = read.times[0] if chair is not None and read.times else None
        status = sentence_status(tokens, words, time.start, keys=read.sentence.keys) if time is not None else None
        self.assembler.chaired(time, status or OCCURRED)

    def _did_so(self, candidates: list[EventCandidate], read: SentenceReading) -> list[EventCandidate]:
        """The candidates of a sentence whose next one says when its subject "did so" (rule ``date.did-so``): each
        undated one at that time, and again at a second time coordinated with it."""
        if all(c.time is not None for c in candidates):
            return candidates
        found = []
        for candidate in candidates:
            if candidate.time is not None:
                found.append(candidate)
                continue
            rules = (*candidate.rules, read.echoed_by)
            found += [candidate.changed(time=time, rules=rules) for time in read.echo]
        self._trace([(read.sentence.start, read.echoed_by)])
        return found

    def _gathering(self, read: SentenceReading) -> None:
        """Note the date of a gathering a sentence tells with a time and no summit of its own ("The Asian-African
        Conference closed here today"): the paragraph's undated meetings after it may share it (the rule
        ``date.gathering-context``)."""
        keys, words = read.sentence.keys, self.words
        if words.summit_holding_verbs.isdisjoint(keys):
            return  # no verb that holds a gathering (settled in C)
        held = next(
            (
                i
                for i in range(len(keys) - 1)
                if keys[i] in words.summit_words and keys[i + 1] in words.summit_holding_verbs
            ),
            None,
        )
        time = next((t for t in read.times if t.relation is None and not t.cited), None)
        if held is None or time is None:
            return
        status = sentence_status(read.sentence.tokens, words, held, keys=keys) or OCCURRED
        calendar = self.assembler.calendar
        date = calendar.resolve(time, status)
        if date is not None:
            calendar.gathering = Dated(participants=(), date=date, status=status)

    def _named_next(
        self, deferred: tuple[SentenceReading, CountedGroup], tokens: Sequence[Token], mentions: Sequence[Mention]
    ) -> None:
        """Read the sentence before again with the leaders this one lists in its counted group's place (rule
        ``sentence.named-next``)."""
        read, group = deferred
        listed = members(tokens, mentions, group.size)
        if not listed:
            return
        words = self.words
        before = self.assembler.offices_in_text(read.mentions, read.times)
        joined, people, times = substituted(read.sentence.tokens, before, read.times, group, (tokens, listed, mentions))
        candidates = find_events(
            joined,
            people,
            times,
            find_summits(joined, people, times, words),
            self.parser.triggers,
            words,
            self.salience.protagonist(),
        )
        candidates = [attrs.evolve(c, rules=(*c.rules, "sentence.named-next")) for c in candidates]
        self._trace([(read.sentence.start, "sentence.named-next")] if candidates else [])
        self._assemble(candidates, attrs.evolve(read.sentence, tokens=tuple(joined)))

    def _news(self, sentence: Sentence, times: Sequence[TimeExpression]) -> None:
        """Note a sentence the page leads with (a headline, a caption, the lead) that names no time: its news is
        of the day the story was filed (its dateline's, else the publication date)."""
        if any(time.relation is None for time in times):
            return  # a sentence that names a time ties its events to it
        anchor = self.assembler.anchor
        filed = next((t.resolve(anchor) for t in times), None)
        if filed is not None and filed.precision is Precision.DAY and filed.days == 1:
            anchor = filed.start
        if anchor is not None:
            self.news[sentence.start] = anchor

    def _lead(self, sentence: Sentence, mentions: Sequence[Mention], times: Sequence[TimeExpression]) -> None:
        """Note the story's lead: its first sentence, among the first few, that names a leader and a day; or, failing
        that, its news: its first sentence that names a leader, when none before it named a time and it names none
        (of the day the story was filed)."""
        self.body += 1
        calendar, tokens = self.assembler.calendar, sentence.tokens
        if self.planning:
            self._plan_lead(sentence, mentions, times)
        if calendar.lead is not None or self.body > LEAD_SENTENCES:
            self.opening = False
            return
        words = self.words
        day = lead_day(calendar, times, sentence.keys if times else (), words.reporting_verbs)
        filed = self.news.get(sentence.start) if self.opening else None
        named = [m for m in mentions if m.kind in _LEAD_KINDS]
        if day is None and filed is None:
            self.opening = self.opening and not times and not any(m.leaders for m in named)
            return
        people = tuple(self.assembler.participants(named, day.start if day is not None else filed))
        if not any(p.leader_id for p in people):
            self.opening = self.opening and not times
        elif day is not None:
            calendar.lead = Dated(participants=people, date=day, status=Status.OCCURRED)
        elif (
            filed is not None
            and self.opening
            and sentence_status(tokens, words, keys=sentence.keys) is not Status.PLANNED
        ):
            calendar.news_lead = Dated(participants=people, date=news_day(filed), status=Status.OCCURRED)
        self.opening = self.opening and not people and not times

    def _plan_lead(self, sentence: Sentence, mentions: Sequence[Mention], times: Sequence[TimeExpression]) -> None:
        """Note the story's lead plan: its first sentence that names a leader, a plan of one day of the week ahead
        ("X will attend the summit on Thursday") and no statement, when nothing was dated before it (rule
        ``date.programme-day``)."""
        named = [m for m in mentions if m.kind in _LEAD_KINDS and m.leaders]
        if not named:
            return
        self.planning = False
        calendar, words = self.assembler.calendar, self.words
        day = plan_day(calendar, times)
        if day is None or calendar.context is not None or calendar.told is not None:
            return
        if not words.reporting_verbs.isdisjoint(sentence.keys):
            return  # "a spokesman said on Thursday", "X on Monday said he would meet Y": a day of saying
        if sentence_status(sentence.tokens, words, keys=sentence.keys) is not Status.PLANNED:
            return
        people = tuple(self.assembler.participants(named, day.start))
        calendar.programme = Dated(participants=people, date=day, status=Status.PLANNED)

    def _assemble(
        self,
        candidates: list[EventCandidate],
        sentence: Sentence,
        evidence: Evidence | None = None,
    ) -> None:
        """The meetings of a sentence's candidates, with the sentence (``evidence``, if made already) as evidence."""
        if candidates:
            evidence = evidence or _evidence(self.text, sentence)
            found = [m for m in (self.assembler.meeting(c, evidence, sentence.tokens) for c in candidates) if m]
            if found and _heading(sentence):
                self.headings += range(len(self.meetings), len(self.meetings) + len(found))
            self.meetings += found

    def _trace(self, fired: list[tuple[int, str]]) -> None:
        if self.trace is not None:
            self.trace += fired


def _ahead_sections(document: Page) -> list[tuple[int, int]]:
    """The stretches of a page under a heading line that says what follows lies ahead ("COMING UP", "THE WEEK
    AHEAD"), each up to the next heading line.

    >>> page = normalize("THE WEEK THAT WAS\\n\\nXi met Abe.\\n\\nCOMING UP\\n\\nXi visits Canberra.\\n\\nMORE\\nBye.")
    >>> [page.text[start:end].strip() for start, end in _ahead_sections(page)]
    ['Xi visits Canberra.']
    """
    found: list[tuple[int, int]] = []
    opened: int | None = None
    for block in document.blocks:
        if block.kind not in _HEADING_KINDS or block.speaker or block.end - block.start > _HEADING_CHARS:
            continue
        line = document.text[block.start : block.end]
        if len(line.split()) > _HEADING_WORDS:
            continue
        if opened is not None:
            found.append((opened, block.start))
        key = fold(line).strip(" :*-–—")
        opened = block.end if key.removeprefix("the ") in AHEAD_HEADINGS else None
    if opened is not None:
        found.append((opened, len(document.text)))
    return found


_HEADING_KINDS = frozenset({BlockKind.HEADING, BlockKind.CHROME})
_HEADING_WORDS = 6  # a section's heading: "COMING UP", "THE WEEK THAT WAS" (not a menu or a caption)
_HEADING_CHARS = 60  # longer lines are no such heading: the words need not be counted


def _call_headings(text: str, headed: Sequence[Section], call_words: frozenset[str]) -> frozenset[int]:
    """The starts of the sections whose heading line names a call: a readout's "PM call with President X: 6 September
    2022" (the rule ``kind.call-heading`` reads the talks under it as that call).

    >>> from diplomacy_events.dating import Section
    >>> from diplomacy_events.model import DateSpan
    >>> text = "PM call with President Lula: 3 March 2023\\nThe Prime Minister spoke to him."
    >>> day = DateSpan.from_date(dt.date(2023, 3, 3))
    >>> sorted(_call_headings(text, [Section(start=0, end=len(text), span=day)], frozenset({"call"})))
    [0]
    """
    found = set()
    for section in headed:
        end = text.find("\n", section.start, section.end)
        line = tokenize(text, section.start, section.end if end < 0 else end)
        if not call_words.isdisjoint(t.key for t in line):
            found.add(section.start)
    return frozenset(found)


def _call_headline(headlines: Sequence[Sentence], call_words: frozenset[str]) -> bool:
    """Whether a heading above the body names a call with someone: a readout's "Readout of the President's Call with
    Chancellor Scholz" (not "Biden calls for a ceasefire").

    >>> from diplomacy_events.normalize import normalize
    >>> page = normalize("Readout of the President's Call with Chancellor Scholz\\n\\nThe President spoke with him.")
    >>> _call_headline(_headlines(page), frozenset({"call"}))
    True
    """
    return any(_names_call(headline.keys, call_words) for headline in headlines)


def _names_call(keys: Sequence[str], call_words: frozenset[str]) -> bool:
    """Whether a heading's keys name a call with someone ("Call with X", "PM call with leaders of A and B")."""
    if call_words.isdisjoint(keys):
        return False  # most headlines (settled in C)
    return any(key in call_words and _WITH.intersection(keys[i + 1 : i + 3]) for i, key in enumerate(keys))


_WITH = frozenset({"with", "between"})  # "Call with X", "phone call with X", "Call between A and B"
_PAGE = -1  # the page's whole body, as a section start: its headline names a call


def _heading_after(
    tokens: Sequence[Token], times: Sequence[TimeExpression], words: Lexicon, anchor: dt.date | None
) -> DateSpan | None:
    """The date a sentence gives what its paragraph tells next, if any: that of a time fragment ("Last November in
    Bali."), or of an event someone is there for ("Maduro is staying on for Tuesday's gathering.")."""
    fragment = time_fragment(tokens, times, words.event_nouns)
    if fragment is not None:
        return fragment.resolve(anchor, Direction.PAST)
    return awaited_date(tokens, times, words, anchor)


def _chair(named: Sequence[Mention], candidates: Sequence[EventCandidate]) -> Mention | None:
    """The one leader a sentence names and in no meeting ("X chaired the Y summit on May 19"), whom the leaders who
    attend in the next sentence join if the sentence names a summit (see the rule ``build.chair-attended``)."""
    leaders = {m.leaders[0] for m in named if m.is_leader and m.leaders}
    if len(leaders) != 1 or any(len(c.participants) >= 2 for c in candidates):
        return None
    return next(m for m in named if m.is_leader)


def _without(meetings: list[Meeting], replaced: list[Meeting]) -> list[Meeting]:
    """The meetings but those that others took the place of (leaders told later to attend them joined them)."""
    gone = {id(meeting) for meeting in replaced}
    return [meeting for meeting in meetings if id(meeting) not in gone] if gone else meetings


def _interviewed(speakers: Iterable[Mention | None]) -> Mention | None:
    """The one leader a transcript's labels name, if only one: whom the other speakers' "you" addresses."""
    leaders = {(m.leaders, m.country, m.role): m for m in speakers if m is not None}
    return next(iter(leaders.values())) if len(leaders) == 1 else None


def _pair(speakers: Iterable[Mention | None]) -> tuple[Mention, ...]:
    """The two leaders who speak in a transcript, if two and only two do (a joint press statement)."""
    leaders = {(m.leaders, m.country, m.role): m for m in speakers if m is not None}
    return tuple(leaders.values()) if len(leaders) == 2 else ()


_LABEL_COURTESIES = frozenset({"the", "mr", "madam", "mrs", "ms"})  # "MR. PRESIDENT:": a title, with its courtesy


def _entries_read(document: Page, headed: Sequence[Section]) -> Page:
    """A page whose heading lines under a time heading are read: a listing's "Meeting with X", a schedule's line."""
    if not headed:
        return document
    starts = {s.start for s in headed}
    blocks = tuple(
        attrs.evolve(b, kind=BlockKind.BODY)
        if b.kind is BlockKind.HEADING and b.start not in starts and section_at(headed, b.start) is not None
        else b
        for b in document.blocks
    )
    return attrs.evolve(document, blocks=blocks)


#: A sentence that announces a list of counterparts: "Prime Minister X held the following meetings."
_FOLLOWING = re.compile(r"\bthe following (?:\w+ ){0,2}(?:meetings|leaders|engagements|calls)\b", re.IGNORECASE)
_LINE_WORDS = 12  # a counterpart's line: "Prime Minister Mia Amor Mottley of Barbados"


def _counterpart_lines(document: Page, words: Lexicon) -> tuple[Page, bool]:
    """A page whose heading lines after "... held the following meetings." are entries of that list: a readout
    that gives each counterpart a line of its own, then a paragraph ("President X of Y" / "The leaders discussed
    ..."), up to the page's next chrome (see the rule ``sentence.list-entry``); and whether it has such a list.
    So are the lines of a roll of attendees (see :func:`_roll_lines`)."""
    document = _roll_lines(document, words)
    text = document.text
    if "following" not in text:  # the common case, settled in C
        return document, False
    blocks = list(document.blocks)
    opened = next(
        (n for n, b in enumerate(blocks) if b.kind is BlockKind.BODY and _FOLLOWING.search(text, b.start, b.end)),
        None,
    )
    if opened is None:
        return document, False
    for n in range(opened + 1, len(blocks)):
        block = blocks[n]
        if block.kind is BlockKind.CHROME:
            break
        line = text[block.start : block.end]
        if block.kind is BlockKind.HEADING and len(line.split()) <= _LINE_WORDS and line[-1:] not in ".!?:":
            blocks[n] = attrs.evolve(block, kind=BlockKind.ITEM, bullet=True)
    return attrs.evolve(document, blocks=tuple(blocks)), True


def _roll_lines(document: Page, words: Lexicon) -> Page:
    """A page whose lines after a paragraph that ends by opening a roll of attendees ("The following leaders have
    confirmed their attendance:", see :func:`~diplomacy_events.events.lists.roll_intro`) are entries of that roll:
    its short lines of no sentence ("Japan – Prime Minister X", "Joko Widodo"), a name's suffix or country included
    ("President Y Jr.", "Emmanuel Macron (France)"), and its sub-headings ("Dialogue partners") between them, up to
    the next paragraph (see the rule ``sentence.roll-call``).

    >>> page = normalize("They will attend:\\n\\nJapan – Prime Minister X\\n\\nIt rained.")
    >>> page = _roll_lines(page, default_lexicon())
    >>> [block.kind.value for block in page.blocks]
    ['body', 'item', 'body']
    """
    text = document.text
    if ":" not in text:  # the common case, settled in C
        return document
    blocks = list(document.blocks)
    for opened, block in enumerate(document.blocks):
        if block.kind is not BlockKind.BODY or text[block.start : block.end].rstrip()[-1:] != ":":
            continue
        if roll_intro(sentences(text, block.start, block.end)[-1].keys, words) is None:
            continue
        lines = []  # the roll's lines to read as entries, sub-headings (chrome) too
        for n in range(opened + 1, len(blocks)):
            line, kind = text[blocks[n].start : blocks[n].end].rstrip(), blocks[n].kind
            if blocks[n].bullet or kind is BlockKind.ITEM:
                continue  # a bulleted line is an entry already
            suffixed = _SUFFIXED.search(line) is not None
            if kind not in _ROLL_LINES or blocks[n].speaker or len(line.split()) > _LINE_WORDS:
                break  # a paragraph, a speaker's turn: the roll is over
            if (kind is BlockKind.BODY or line[-1:] in ".!?:") and not suffixed:
                break
            lines.append(n)
        for n in lines:
            blocks[n] = attrs.evolve(blocks[n], kind=BlockKind.ITEM, bullet=True)
    return attrs.evolve(document, blocks=tuple(blocks))


_ROLL_LINES = frozenset({BlockKind.HEADING, BlockKind.CHROME, BlockKind.BODY})  # BODY: "President Y Jr."
#: A roll's line that ends as a name does, not as a sentence: "President Y Jr.", "Emmanuel Macron (France)"
_SUFFIXED = re.compile(r"(?:\b(?:Jr|Sr)\.|\([^()]*\))$")


def _headlines(document: Page) -> list[Sentence]:
    """The headings above the body (headline, deck), as sentences: the leaders they name are the story's."""
    found = []
    for block in document.blocks:
        if block.kind in (BlockKind.BODY, BlockKind.ITEM):
            break
        if block.kind is BlockKind.HEADING:
            found += sentences(document.text, block.start, block.end)
    return found


def _published(value: dt.date | str | None) -> dt.date | None:
    """A publication date from a date or a string (see :func:`~diplomacy_events.dates.read_date`); typed errors."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, str):
        value = _iso_day(value) or read_date(value, "published")
    if not isinstance(value, dt.date):
        raise InvalidDateError("published", value, "must be a date or a date string")
    if not EARLIEST <= value <= LATEST:
        raise InvalidDateError("published", value, "outside 1900-2100")
    return value


_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _iso_day(value: str) -> dt.date | None:
    """The day a plain "YYYY-MM-DD" names, read directly (as :func:`~diplomacy_events.dates.read_date` reads it);
    ``None`` for any other string, or no such day (left to ``read_date`` and its error).

    >>> _iso_day("2017-11-23"), _iso_day("2017-02-30"), _iso_day("23 November 2017")
    (datetime.date(2017, 11, 23), None, None)
    """
    if _ISO_DAY.fullmatch(value) is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _document_id(value: str | int | None) -> str | None:
    """A document id as text: a string, or an integer (corpora often number their documents)."""
    if value is None or isinstance(value, str):
        return value or None
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise BadInputError(f"a document id must be a string or an integer, not {type(value).__name__}", value)


class Parser:
    """A configured pipeline: a knowledge base and a lexicon.

    Build your own to use other data (``Parser(knowledge=KnowledgeBase.load([...]))``);
    :func:`parse` uses a shared default one.
    """

    def __init__(
        self, knowledge: KnowledgeBase | None = None, words: Lexicon | None = None, *, first_pass: bool = True
    ) -> None:
        self._knowledge = knowledge
        self._words = words
        self._gazetteer: Gazetteer | None = None
        self._triggers: PhraseMatcher[str] | None = None
        self._first_pass: FirstPass | None = None
        self.first_pass = first_pass

    def __getstate__(self) -> dict[str, Any]:
        # the phrase tables and the first pass are rebuilt on demand in a worker process, not pickled
        return {
            "_knowledge": self._knowledge,
            "_words": self._words,
            "_gazetteer": None,
            "_triggers": None,
            "_first_pass": None,
            "first_pass": self.first_pass,
        }

    @property
    def knowledge(self) -> KnowledgeBase:
        """The knowledge base (the bundled one unless given)."""
        if self._knowledge is None:
            self._knowledge = default_knowledge()
        return self._knowledge

    @property
    def gazetteer(self) -> Gazetteer:
        """The phrase matcher over the knowledge base, built on first use."""
        if self._gazetteer is None:
            words = self._words or default_lexicon()
            self._gazetteer = (
                Gazetteer(self.knowledge, words) if self._words else Gazetteer.for_knowledge(self.knowledge)
            )
        return self._gazetteer

    @property
    def triggers(self) -> PhraseMatcher[str]:
        """The phrase matcher of the lexicon's trigger words, built on first use."""
        if self._triggers is None:
            self._triggers = trigger_matcher(self.gazetteer.words)
        return self._triggers

    def prepare(self) -> Parser:
        """Build the phrase tables now rather than on the first parse; returns the parser.

        >>> Parser().prepare().gazetteer is not None
        True
        """
        if self.first_pass:
            self._first()
        _ = self.triggers
        return self

    def _first(self) -> FirstPass:
        if self._first_pass is None:
            self._first_pass = FirstPass(self.gazetteer, self.triggers)
        return self._first_pass

    def _acting_end(self, document: Page, plan: Plan, anchor: dt.date | None) -> int:
        """Where the blocks the first pass reads in full end (those up to the last that can act), with or without
        it: a word of a name alone (``people.name-part``) names its leader only there, as the first pass cannot
        tell such a word from any other."""
        full = plan.full if self.first_pass else self._first().plan(document, anchor).full
        return full[-1].end if full else 0

    def _plan(self, document: Page, anchor: dt.date | None = None) -> Plan:
        """Which blocks to read in full and which for names only (all in full without the first pass).

        The first pass knows the names the text's reading does: a text dated
        before 2000 names the leaders of its time.
        """
        return self._first().plan(document, anchor) if self.first_pass else Plan.whole(document)

    def parse(
        self,
        text: str,
        published: dt.date | str | None = None,
        source: Source | None = None,
        *,
        outlet: str | None = None,
        title: str | None = None,
        trace: list[tuple[int, str]] | None = None,
        id: str | int | None = None,
        url: str | None = None,
    ) -> ParseResult:
        """Find the meetings, visits, calls and summits ``text`` reports.

        ``published`` anchors relative dates ("on Monday", "last week"):
        a date, or a string :func:`~diplomacy_events.dates.read_date` reads
        ("2017-11-23", "23 November 2017"; never "03/04/2017", whose day
        and month could be either way round). Without it they stay
        unresolved and a warning says so. With ``trace``, every rule that
        fires is appended to it as (offset of the trigger in ``text``, rule
        id), including the vetoes that drop a trigger: the way to see why
        something was not found. ``id`` and ``url`` (the document's, in
        your corpus; an integer id becomes its decimal string) go into the
        result's :class:`~diplomacy_events.model.Source` and so into every
        record and export: they join rows back to the corpus. Raises
        :class:`~diplomacy_events.errors.BadInputError` for a non-string text
        or an id that is neither a string nor an integer, and
        :class:`~diplomacy_events.errors.InvalidDateError` for a bad date.
        """
        if not isinstance(text, str):
            raise BadInputError(f"text must be a str, not {type(text).__name__}", text)
        document_id = _document_id(id)
        anchor = _published(published if published is not None else (source.published if source else None))
        document = normalize(text)
        anchor, warnings = _anchor(document, anchor)
        headed = sections(document, anchor)
        document, announced = _counterpart_lines(_entries_read(document, headed), self.gazetteer.words)
        plan = self._plan(document, anchor)
        letterhead = self._letterhead(document, anchor)
        named = outlet or (source.outlet if source else None)
        publisher = self._publisher(named, anchor) or letterhead
        headlines = _headlines(document)
        leads = self._principals(publisher, anchor) + self._headline_leaders(headlines, anchor)
        call_words = self.gazetteer.words.call_words
        called = _call_headings(document.text, headed, call_words)
        given = title or (source.title if source else None)
        if _call_headline(headlines, call_words) or (given and _names_call(token_keys(given), call_words)):
            called |= {_PAGE}  # the page's headline, in the text or given as its title
        labels = [b.speaker for b in document.blocks if b.speaker]  # every turn's, read in full or not
        reads, cited, spans = self._read(
            segment(document, plan.full),
            anchor,
            headed,
            leads,
            publisher,
            called,
            _ahead_sections(document),
            labels=labels,
            text=document.text,
            trace=trace,
            acting=self._acting_end(document, plan, anchor),
            own=self._own_office(named, letterhead, anchor) if labels else None,
        )
        # after the last acting block, names only
        named_later, cited_later = plan.read_names(document, self.gazetteer, anchor, headed)
        cited += cited_later
        everyone = [m for read in reads for m in read.mentions] + [m for found in named_later for m in found]
        source = self._source(
            source,
            anchor,
            outlet,
            title or document.title,
            document.authors,
            document.transcript,
            cited,
            id=document_id,
            url=url,
        )
        filed = None if headed else filed_day(document, anchor)  # a listing's date lines head its sections
        calendar = Calendar(anchor=filed or anchor, warnings=warnings)
        assembler = Assembler(
            gazetteer=self.gazetteer, calendar=calendar, source=source, text=text, spans=spans, trace=trace
        )
        assembler.introduced = self._introduced(assembler, everyone, anchor)
        assembler.former = _called_former(reads)
        assembler.named_alone = frozenset(
            m.leaders[0] for m in everyone if m.kind is PERSON and m.explicit and len(m.leaders) == 1
        )
        assembler.countries = _Counts(  # the places after the full blocks are read only if an office needs them
            lambda: _countries(
                [m for read in reads for m in read.mentions]
                + [m for found in plan.read_rest(document, self.gazetteer, anchor, headed) for m in found]
            )
        )
        # the source's outlet is most often the one named: its country read once
        assembler.publisher = (
            publisher if source.outlet == named else self._publisher(source.outlet, anchor) or letterhead
        )
        if assembler.publisher is not None and not self._official(source.outlet, letterhead, anchor):
            assembler.dateline = self._dateline(document)  # a paper's: its bare titles are not always its own
            assembler.own_titles = False
        assembler.note_unplaced(everyone)
        events = _EventReader(parser=self, assembler=assembler, text=text, trace=trace)
        events.lists = ListReader(self.gazetteer.words, announced=announced)
        for leader_id, mention, _ in leads:  # the page's principal and headline's leaders: a listing's protagonist
            events.salience.add(leader_id, mention)
        for read in reads:
            events.read(read)
        events.roll_call(events.lists.opened(), events.lists.close())  # a roll of attendees that ends the page
        events.meetings += assembler.rosters(events.meetings)
        summits = fold_summits(events.summits)
        told = _without(events.meetings, assembler.replaced)  # those that leaders told later to attend joined
        meetings = at_dated_summits(
            fold_meetings(during_visits(told, trace), events.headings, trace, events.news), summits, trace
        )
        meetings = fold_arrivals(
            fold_separate(fold_joined(meetings, trace), trace), self.gazetteer.words.journey_starts, trace
        )
        meetings = fold_carried_out(meetings, trace)
        meetings = news_of_the_day(
            fold_one_gathering(into_gatherings(into_rosters(meetings, assembler.attended, trace), trace), trace),
            events.news,
            trace,
        )
        return ParseResult(
            source=source,
            text=text,
            leaders=assembler.leaders(everyone, anchor or dt.date.today()),
            meetings=meetings,
            summits=with_participants(listed_summits(summits), meetings, assembler.attended),
            warnings=tuple(dict.fromkeys(assembler.warnings)),
        )

    def _read(
        self,
        paragraphs: Sequence[Paragraph],
        anchor: dt.date | None,
        headed: Sequence[Section] = (),
        leads: Sequence[tuple[str, Mention, tuple[int, int] | None]] = (),
        publisher: str | None = None,
        called: Collection[int] = (),
        ahead: Sequence[tuple[int, int]] = (),
        labels: Sequence[str] = (),
        text: str = "",
        trace: list[tuple[int, str]] | None = None,
        acting: int = 0,
        own: str | None = None,
    ) -> tuple[list[SentenceReading], list[str], Spans]:
        """Stages 3 and 4 over the document: each sentence's mentions (pronouns linked) and times.

        Also the outlets the text cites and where each mention and time
        stands in the text (by object id), for the explanations. ``headed``
        are the page's sections under time headings (:func:`~diplomacy_events.dating.sections`);
        the page's principal and the leaders its headlines name (``leads``: leader id, mention and where it
        stands, if in the text) count as named first (the
        protagonist, for a pronoun with no antecedent nearer); ``publisher`` is the country a government
        outlet names, whose office a transcript label with a bare title is ("THE PRESIDENT:"); ``called`` are the
        starts of the sections whose heading names a call (``_PAGE`` for a page whose headline does); ``ahead`` the
        stretches under a heading that says what follows lies ahead (:func:`_ahead_sections`); ``labels`` the speaker
        labels of every turn of a transcript, those the first pass skips included (who speaks in it); ``text`` the
        document's text (where a sentence's words are searched for a summit word); ``own`` the country whose
        leader's own office publishes the page (the host of a guest who speaks alone on it: :meth:`_host`).
        """
        reads: list[SentenceReading] = []
        cited: list[str] = []
        spans = Spans()
        discourse = Discourse(female=self.gazetteer.female)
        quotes = Quotes()
        for leader_id, mention, where in leads:
            discourse.named.add(leader_id, mention)
            discourse.woman = mention if leader_id in discourse.female else discourse.woman
            if where is not None:
                spans.put(mention, where)
        speakers = {label: self._speaker(label, anchor, publisher) for label in dict.fromkeys(labels)}
        interviewed, pair = _interviewed(speakers.values()), _pair(speakers.values())
        addressee: Mention | None = None
        if interviewed is not None and not pair and own is not None:
            host, addressed = self._host(interviewed, own, anchor, text)
            pair, addressee = ((interviewed, host), host if addressed else None) if host is not None else ((), None)
        gazetteer, knowledge = self.gazetteer, self.knowledge
        words = gazetteer.words
        summit_words = _summit_words(text)
        parts: dict[str, str | None] = {}  # the words of the names of the people named so far (see name_parts)
        spoken: int | None = None  # the year the paragraph before spoke of last: "the same year" is that one
        for paragraph in paragraphs:
            section = section_at(headed, paragraph.sentences[0].start) if headed else None
            timed = paragraph_times(paragraph.sentences, section, spoken)
            spoken = next(
                (y for times in reversed(timed) if times and (y := paragraph_year(times, None)) is not None), None
            )
            found, earlier = [], False
            for sentence, times in zip(paragraph.sentences, timed, strict=True):
                earlier = speaks_of_earlier(times, section, earlier, anchor) or (
                    _holds_summit_word(summit_words, sentence)
                    and names_earlier_conference(sentence.keys, knowledge, anchor)
                )
                mentions = gazetteer.mentions(sentence.tokens, anchor, earlier=earlier, keys=sentence.keys)
                if parts and sentence.start < acting and not parts.keys().isdisjoint(sentence.keys):  # "Suluhu"
                    found_before = mentions
                    mentions = gazetteer.officials_named(sentence.tokens, mentions, parts)
                    if trace is not None and mentions is not found_before:
                        trace.append((sentence.start, OFFICIAL_NAME))
                    named = len(mentions)
                    mentions = gazetteer.name_parts(sentence.tokens, mentions, parts, anchor)
                    if trace is not None and len(mentions) > named:
                        trace.append((sentence.start, NAME_PART))
                gazetteer.note_name_parts(sentence.tokens, mentions, parts)
                found.append(mentions)
            if paragraph.speaker:
                found = self._turn(paragraph, found, speakers[paragraph.speaker], interviewed, pair, addressee)
            elif not all(_QUOTE_MARKS.isdisjoint(s.keys) for s in paragraph.sentences):
                pairs = [(s.tokens, f) for s, f in zip(paragraph.sentences, found, strict=True)]
                found = quoted_speech(pairs, discourse, quotes, words)
            else:
                quotes.open = False
            if discourse.visited is None:  # "NAIROBI (Wire) - ... his host": the dateline's country
                discourse.visited = gazetteer.filed_in(paragraph.sentences[0].tokens)
            heading = section.span if section is not None else None
            in_call = (section.start if section is not None else _PAGE) in called
            in_ahead = any(start <= paragraph.sentences[0].start < end for start, end in ahead)
            for sentence, mentions, times in zip(
                paragraph.sentences, link_pronouns(found, discourse), timed, strict=True
            ):
                cited += citations(times, mentions)
                tokens = sentence.tokens
                spans.add(chain(mentions, times), tokens)
                echo = (  # "She did so on Monday", "The chancellor had done so on Monday"
                    did_so(sentence.keys, times)
                    if times and not PRO_VERBS.isdisjoint(sentence.keys[1:DID_SO_REACH])
                    else ()
                )
                if echo and reads and reads[-1].paragraph is paragraph:
                    reads[-1] = attrs.evolve(reads[-1], echo=echo)  # "She telephoned X. She did so on Monday."
                elif (
                    times
                    and times[0].start <= 1  # (named_again reads only an opening time)
                    and reads
                    and (again := named_again(sentence.keys, times, words.event_nouns))
                ):
                    reads[-1] = attrs.evolve(reads[-1], echo=again, echoed_by="date.named-again")
                elif (
                    times
                    and sentence.keys[0] == "the"
                    and reads
                    and reads[-1].paragraph is paragraph
                    and not any(m.is_leader and m.kind is not PRONOUN for m in mentions)  # "his office"
                    and (again := noun_again(sentence.keys, times, words.event_nouns))
                ):
                    reads[-1] = attrs.evolve(reads[-1], echo=again, echoed_by="date.noun-again")
                reads.append(
                    SentenceReading(
                        sentence=sentence,
                        paragraph=paragraph,
                        mentions=mentions,
                        times=times,
                        section=heading,
                        schedule=section is not None and (section.clocked or section.preview),
                        called=in_call,
                        ahead=in_ahead,
                    )
                )
                if times:
                    heading = _heading_after(tokens, times, words, anchor) or heading
        return reads, cited, spans

    def _turn(
        self,
        paragraph: Paragraph,
        found: list[list[Mention]],
        speaker: Mention | None,
        interviewed: Mention | None,
        pair: tuple[Mention, ...] = (),
        addressee: Mention | None = None,
    ) -> list[list[Mention]]:
        """A transcript turn's mentions with its speaker's "I" and "we" ("we" of two leaders who speak in turn:
        both of them), or the interviewed leader's "you"; the speaker's "you" is the ``addressee``, the host a
        guest speaks to ("Mr. President, I welcome you")."""
        words = self.gazetteer.words
        if speaker is not None:
            partner = next((m for m in pair if m is not speaker), None) if speaker in pair else None
            found = [
                first_person(s.tokens, f, speaker, words, partner=partner)
                for s, f in zip(paragraph.sentences, found, strict=True)
            ]
            if addressee is None:
                return found
            return [
                first_person(s.tokens, f, addressee, words, SECOND_PERSON)
                for s, f in zip(paragraph.sentences, found, strict=True)
            ]
        if interviewed is not None:  # "Q: Did you meet Xi?": the leader interviewed
            return [
                first_person(s.tokens, f, interviewed, words, SECOND_PERSON)
                for s, f in zip(paragraph.sentences, found, strict=True)
            ]
        return found

    def _host(self, speaker: Mention, own: str, anchor: dt.date | None, text: str) -> tuple[Mention | None, bool]:
        """The leader whose own office publishes the remarks a guest leader alone speaks in (``speaker``, of
        another country than ``own``), if the text names that leader or speaks to the office ("Mr. President, I
        want to thank you"): the other party of the guest's "we" and "our talks"; and whether it speaks to the
        office (then the guest's "you" is that leader too).

        >>> parser, day = Parser(), dt.date(1998, 12, 13)
        >>> guest = parser._speaker("PRIME MINISTER NETANYAHU", day)
        >>> host, addressed = parser._host(guest, "USA", day, "Mr. President, our talks today were good.")
        >>> host.role.value, addressed
        ('president', True)
        >>> parser._host(guest, "USA", day, "Our talks today were good.")
        (None, False)
        """
        if anchor is None or speaker.country in (None, own):
            return None, False
        principal = Mention(kind=MentionKind.GOVERNMENT, start=0, end=0, text=own, country=own)
        held = self.gazetteer.holders(principal, anchor)
        offices = [o for o in held[0][0].offices_on(anchor) if o.country.code == own] if held else []
        if not offices:
            return None, False
        leader, role = held[0][0], offices[0].role
        keys = [k for k in token_keys(text) if k != "."]  # "Mr. President"
        titles = self.gazetteer.words.titles
        addressed = any(
            key in _ADDRESSES and (titles.get(" ".join(keys[i + 1 : i + 3])) or titles.get(keys[i + 1])) is role
            for i, key in enumerate(keys[:-1])
        )
        if not addressed and token_keys(leader.family)[-1] not in keys:
            return None, False
        host = Mention(kind=MentionKind.OFFICE, start=0, end=0, text=role.value.title(), country=own, role=role)
        return host, addressed

    def _own_office(self, outlet: str | None, letterhead: str | None, anchor: dt.date | None) -> str | None:
        """The country whose leader's own office publishes the page: its seat ("The White House", a letterhead) or
        its leader's title ("Prime Minister of Australia", "Department of the Prime Minister"); not a ministry's
        ("U.S. Department of State").

        >>> parser, day = Parser(), dt.date(2023, 1, 12)
        >>> parser._own_office("Prime Minister of Australia", None, day), parser._own_office(
        ...     "U.S. Department of State", None, day
        ... )
        ('AUS', None)
        """
        if letterhead is not None or not outlet:
            return letterhead
        found = self.gazetteer.mentions(tokenize(outlet), anchor)
        if not any(m.kind in _OFFICIAL_KINDS or m.role is not None for m in found):
            return None
        return self._publisher(outlet, anchor)

    def _publisher(self, outlet: str | None, anchor: dt.date | None) -> str | None:
        """The country an outlet's name names, if any: "The White House", "Prime Minister's Office of Japan"."""
        if not outlet:
            return None
        found = self.gazetteer.mentions(tokenize(outlet), anchor)
        return next((m.country for m in found if m.kind in _COUNTRY_KINDS and m.country), None)

    def _official(self, outlet: str | None, letterhead: str | None, anchor: dt.date | None) -> bool:
        """Whether a page is a government's own (its letterhead, or an outlet that names a seat or office of
        government, a ministry or an office: "The White House", "President of Russia", "Ministry of Foreign
        Affairs of Japan"), whose bare "the President" is its own leader whoever the text names.

        >>> parser = Parser()
        >>> parser._official("The Daily Courier (Nairobi)", None, None), parser._official("The White House", None, None)
        (False, True)
        """
        if letterhead is not None:
            return True
        if not outlet:
            return False
        tokens = tokenize(outlet)
        if not self.gazetteer.words.official_outlets.isdisjoint(t.key for t in tokens):
            return True
        return any(m.kind in _OFFICIAL_KINDS for m in self.gazetteer.mentions(tokens, anchor))

    def _dateline(self, document: Page) -> str | None:
        """The country of the dateline that opens the story, on the first lines of the page that are not its chrome
        ("(Wire) LIMA, March 3. ...", a line "ROME, May 4"): where the story was filed, home or abroad.

        >>> from diplomacy_events.normalize import normalize
        >>> Parser()._dateline(normalize("Talks in Lima\\n\\nLIMA, March 3. The President met ..."))
        'PER'
        """
        lines = (b for b in document.blocks if b.kind is not BlockKind.CHROME)
        for block in islice(lines, _DATELINE_LINES):
            opening = document.text[block.start : min(block.end, block.start + _DATELINE_CHARACTERS)]
            place = opening.partition(")")[2].lstrip() if opening.startswith("(") else opening
            if not place[:3].isupper():
                continue  # the common case: no capitals open the line
            filed = self.gazetteer.story_filed_in(tokenize(opening))
            if filed is not None:
                return filed
        return None

    def _letterhead(self, document: Page, anchor: dt.date | None) -> str | None:
        """The country whose seat of government the page's first line names and nothing else, its letterhead ("THE
        WHITE HOUSE", "10 Downing Street"): the publisher of a release that comes with no outlet.

        >>> from diplomacy_events.normalize import normalize
        >>> page = normalize("THE WHITE HOUSE\\n\\nThe President met Prime Minister Modi today.")
        >>> Parser()._letterhead(page, dt.date(2023, 6, 22))
        'USA'
        """
        if not document.blocks:
            return None
        first = document.blocks[0]
        line = document.text[first.start : first.end]
        if len(line) > _LETTERHEAD_CHARACTERS or len(line.split()) > _LETTERHEAD_WORDS:
            return None  # a headline, not a letterhead
        tokens = tokenize(line.title())
        seat = next((m for m in self.gazetteer.mentions(tokens, anchor) if m.kind is MentionKind.GOVERNMENT), None)
        if seat is None or not all(
            t.key == "the" or t.key.isdecimal() for t in (*tokens[: seat.start], *tokens[seat.end :])
        ):
            return None
        return seat.country

    def _headline_leaders(
        self, headlines: Sequence[Sentence], anchor: dt.date | None
    ) -> list[tuple[str, Mention, tuple[int, int] | None]]:
        """The leaders the headings above the body (``headlines``) name, by name or by office ("President of
        Russia" over a listing), each with its mention and where it stands in the text."""
        found: list[tuple[str, Mention, tuple[int, int] | None]] = []
        for headline in headlines:
            tokens = headline.tokens
            for mention in self.gazetteer.mentions(tokens, anchor, keys=headline.keys):
                leader_id = self._lead(mention, anchor)
                if leader_id is not None:
                    found.append((leader_id, mention, (tokens[mention.start].start, tokens[mention.end - 1].end)))
        return found

    def _lead(self, mention: Mention, anchor: dt.date | None) -> str | None:
        """The leader a headline's mention names: a person by full name, or an office of one country that day."""
        if mention.kind is MentionKind.PERSON and mention.explicit and mention.leaders:
            return mention.leaders[0]
        if mention.kind is not MentionKind.OFFICE or mention.plural or mention.country is None or anchor is None:
            return None
        held = self.gazetteer.holders(mention, anchor)
        return held[0][0].id if held else None

    def _principals(
        self, publisher: str | None, anchor: dt.date | None
    ) -> list[tuple[str, Mention, tuple[int, int] | None]]:
        """The leader of the government whose outlet the page is ("President of Russia (kremlin.ru)", "The White
        House"): its principal, named first; a mention of that government that stands nowhere in the text."""
        if publisher is None or anchor is None:
            return []
        principal = Mention(kind=MentionKind.GOVERNMENT, start=0, end=0, text=publisher, country=publisher)
        held = self.gazetteer.holders(principal, anchor)
        return [(held[0][0].id, principal, None)] if held else []

    def _speaker(self, label: str, anchor: dt.date | None, publisher: str | None = None) -> Mention | None:
        """The leader a transcript turn's label names ("PRESIDENT BIDEN"), if it names one.

        The label is the name and nothing else: "NEHA MODI" is a reporter, not Narendra Modi. A bare title
        ("THE PRESIDENT", "MR. PRESIDENT") is the ``publisher``'s office (a country a government outlet names).
        """
        tokens = tokenize(label.title())
        named = next(
            (
                m
                for m in self.gazetteer.mentions(tokens, anchor)
                if m.kind in (MentionKind.PERSON, MentionKind.OFFICE)
                and m.explicit
                and not m.plural
                and (m.start, m.end) == (0, len(tokens))
            ),
            None,
        )
        if named is not None or publisher is None or anchor is None:
            return named
        title = " ".join(w for w in label.lower().replace(".", " ").split() if w not in _LABEL_COURTESIES)
        role = self.gazetteer.words.titles.get(title)
        if role is None or not self.knowledge.office_holders(publisher, role, on=anchor):
            return None
        return Mention(
            kind=MentionKind.OFFICE, start=0, end=len(tokens), text=label.title(), country=publisher, role=role
        )

    @staticmethod
    def _source(
        given: Source | None,
        anchor: dt.date | None,
        outlet: str | None,
        title: str | None,
        authors: tuple[str, ...],
        transcript: bool,
        cited: list[str],
        *,
        id: str | None = None,
        url: str | None = None,
    ) -> Source:
        source = given or Source()
        # a text in speaker turns is a transcript, unless the caller named a genre other than the default
        kind = SourceKind.TRANSCRIPT if transcript and source.kind is SourceKind.ARTICLE else source.kind
        return _copy_source(
            source,
            id=source.id or id,
            url=source.url or url or None,
            outlet=source.outlet or outlet or None,
            title=source.title or title or None,
            published=anchor,
            authors=source.authors or authors,
            kind=kind,
            cited=tuple(dict.fromkeys((*source.cited, *cited))),
        )

    @staticmethod
    def _introduced(assembler: Assembler, mentions: list[Mention], anchor: dt.date | None) -> frozenset[str]:
        """Leaders the text names unambiguously somewhere: a bare family name may then refer to them."""
        if anchor is None:
            return frozenset(
                m.leaders[0] for m in mentions if m.kind is MentionKind.PERSON and m.explicit and m.leaders
            )
        ids = set()
        for mention in mentions:
            if mention.kind in (PERSON, OFFICE) and (mention.explicit or mention.kind is OFFICE):
                leader_id = assembler.leader_id(mention, anchor)
                if leader_id is None and mention.kind is PERSON and len(mention.leaders) == 1:
                    leader_id = mention.leaders[0]  # a full name of one leader, in office or not that day
                if leader_id is not None:
                    ids.add(leader_id)
        return frozenset(ids)


_FORMER_WORDS = frozenset({"former", "ex"})  # "the former premier X", "ex-president X"
_FORMER_REACH = 4  # words of a title and a country between "former" and the name: "former Cambodian premier"


def _called_former(reads: Sequence[SentenceReading]) -> frozenset[str]:
    """The leaders a name of the text stands right after "former" or "ex" for, with only title words between
    ("Cambodia's former premier X", "the ex-president X"); see ``identify.former``."""
    found: set[str] = set()
    for read in reads:
        keys = read.sentence.keys
        if _FORMER_WORDS.isdisjoint(keys):
            continue  # the common case, settled in C
        for mention in read.mentions:
            if mention.kind is not PERSON or not mention.leaders:
                continue
            before = keys[max(0, mention.start - _FORMER_REACH) : mention.start]
            cue = max((i for i, key in enumerate(before) if key in _FORMER_WORDS), default=None)
            if cue is not None and not {",", "and", "or", "with", "by"} & set(before[cue:]):
                found.update(mention.leaders)
    return frozenset(found)


_default_parser = Parser()


def parse(
    text: str,
    published: dt.date | str | None = None,
    source: Source | None = None,
    *,
    outlet: str | None = None,
    title: str | None = None,
    id: str | int | None = None,
    url: str | None = None,
) -> ParseResult:
    """Parse one text with the default :class:`Parser` (see :meth:`Parser.parse`).

    >>> parse("", id="wire-0042", url="https://example.org/0042").source.id
    'wire-0042'
    """
    return _default_parser.parse(text, published, source, outlet=outlet, title=title, id=id, url=url)


def _summit_words(text: str) -> list[int]:
    """Where a document's summit words stand ("summit", "Summits", "SUMMIT"): the starts of their "ummit", found
    once per document (by ``str.find``, which skips through the text in C), so that a sentence is searched by its
    bounds rather than by its keys.

    >>> _summit_words("At the Reykjavik summit. No SUMMIT yet.")
    [18, 29]
    """
    found = []
    for word in _SUMMIT_WORDS:
        at = text.find(word)
        while at >= 0:
            found.append(at)
            at = text.find(word, at + _SUMMIT_WORD_LENGTH)
    return sorted(found)


def _holds_summit_word(summit_words: Sequence[int], sentence: Sentence) -> bool:
    """Whether a sentence holds one of a document's summit words (their starts, see :func:`_summit_words`): the
    first at or after the sentence's start ends within it."""
    at = bisect_left(summit_words, sentence.start)
    return at < len(summit_words) and summit_words[at] + _SUMMIT_WORD_LENGTH <= sentence.end


_SUMMIT_WORDS = ("ummit", "UMMIT")
_SUMMIT_WORD_LENGTH = len("ummit")


def _parse_document(parser: Parser, document: Document) -> ParseResult:
    if isinstance(document, str):
        return parser.parse(document)
    if not isinstance(document, Mapping):
        raise BadInputError(f"a document is a str or a mapping, not {type(document).__name__}", document)
    return parser.parse(
        document.get("text"),  # type: ignore[arg-type]
        document.get("published"),
        outlet=document.get("outlet"),
        title=document.get("title"),
        id=document.get("id"),
        url=document.get("url"),
    )


def parse_many(
    documents: Iterable[Document], *, workers: int = 1, parser: Parser | None = None, chunksize: int = 8
) -> Iterator[ParseResult]:
    """Parse many documents, in input order, on ``workers`` processes (0: every core).

    A document is a text or a mapping with ``text`` and optional ``id``,
    ``url``, ``published``, ``outlet`` and ``title`` (the ``id`` and ``url``
    end up in each result's source). The results equal those of a
    serial loop over :func:`parse`.
    """
    return ordered_map(_parse_document, documents, parser or _default_parser, workers=workers, chunksize=chunksize)
