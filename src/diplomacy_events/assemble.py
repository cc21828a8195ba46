"""Stage 6: resolve candidates to people and dates, fold duplicates, link summits, build the result.

Each :class:`~diplomacy_events.events.EventCandidate` gets its date (the time
expression read in the direction of its status, else its summit's dates),
then its people on that date through the knowledge base. Reports of one
meeting within an article are folded into one, keeping the most precise date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

import attrs

from .dating import Calendar
from .events import EventCandidate, SummitMention, TriggerType
from .knowledge import KnowledgeBase, SummitRecord
from .mentions import Gazetteer, Mention, MentionKind
from .model import (
    Country,
    DateSpan,
    Evidence,
    Leader,
    Meeting,
    MeetingKind,
    Office,
    Participant,
    Place,
    Precision,
    Role,
    Source,
    Status,
    Summit,
)
from .normalize import fold

__all__ = ["Assembler", "fold_meetings", "fold_summits", "with_participants"]

_PRECISION_RANK = {
    Precision.DAY: 0,
    Precision.WEEK: 1,
    Precision.MONTH: 2,
    Precision.SEASON: 3,
    Precision.YEAR: 4,
    Precision.UNKNOWN: 5,
}


@attrs.define
class Assembler:
    """Turns the candidates of one document into meetings and summits."""

    gazetteer: Gazetteer
    calendar: Calendar  # the document's anchor and dated context: every date decision
    source: Source
    introduced: frozenset[str] = frozenset()
    attended: list[tuple[Summit, tuple[Participant, ...]]] = attrs.Factory(list)  # who is said to attend which
    trace: list[tuple[int, str]] | None = None  # every date rule that fires, at its sentence's offset
    _last_summit: Summit | None = None
    _summits: list[Summit] = attrs.Factory(list)
    _journey: tuple[frozenset[str], Place] | None = None  # the paragraph's last trip: travellers' ids, destination

    @property
    def anchor(self) -> dt.date | None:
        """The date relative dates are read from: the publication date or the dateline's."""
        return self.calendar.anchor

    @property
    def warnings(self) -> list[str]:
        """What the document's reading warns of."""
        return self.calendar.warnings

    def new_paragraph(self) -> None:
        """Forget the paragraph's context: a date and a destination carry over only within a paragraph."""
        self.calendar.new_paragraph()
        self._journey = None

    def _summit_in(self, country: Country, candidate: EventCandidate) -> bool:
        """Whether a trip to ``country`` goes to a summit: its own, or the one the text named before, held there."""
        last = self._last_summit
        return candidate.summit is not None or (
            last is not None and last.place is not None and last.place.country == country
        )

    @property
    def knowledge(self) -> KnowledgeBase:
        """The knowledge base people and summits are resolved in."""
        return self.gazetteer.knowledge

    # -- summits ---------------------------------------------------------------

    def summit(self, mention: SummitMention, status: Status | None, evidence: Evidence) -> Summit | None:
        """The summit a mention names, dated from the text or the knowledge base.

        With no tense cue (``status`` ``None``), "in October" means the nearest October.
        """
        if mention.anaphoric:
            return self._last_summit
        span = self.calendar.resolve(mention.time, status)
        stated = status
        status = status or Status.OCCURRED
        earlier = next(
            (s for s in reversed(self._summits) if s.name.split()[0] == mention.name.split()[0] and s.date), None
        )
        if span is None and mention.organization is None and earlier is not None:
            span = earlier.date  # "the mini-summit on Syria" after "Yesterday, he held a mini-summit"
        record = self._summit_record(mention, span, stated)
        place = _within(_place(mention.place), record.place if record else None)
        date = span or (record.date if record else None)
        if date is not None and self.anchor is not None:
            status = Status.PLANNED if date.start > self.anchor else Status.OCCURRED
        name = mention.name if mention.organization is None else f"{mention.organization} summit"
        summit = Summit(
            name=name,
            status=status,
            organization=mention.organization,
            place=place,
            date=date,
            evidence=evidence,
            source=self.source,
        )
        self._last_summit = summit
        self.calendar.summit(summit)
        self._summits.append(summit)
        return summit

    def _summit_record(
        self, mention: SummitMention, span: DateSpan | None, status: Status | None
    ) -> SummitRecord | None:
        if mention.organization is None:
            return None
        records = self.knowledge.summits(organization=mention.organization)
        if span is not None:
            near = [
                r
                for r in records
                if r.date.overlaps(
                    DateSpan(start=span.start - dt.timedelta(days=3), end=span.end + dt.timedelta(days=3))
                )
            ]
            return near[0] if near else None
        if mention.place is not None:
            city = fold(mention.place.city) if mention.place.city else None
            located = [
                r
                for r in records
                if r.place
                and (
                    r.place.country.code == mention.place.country
                    or (city and r.place.city and fold(r.place.city) == city)
                )
            ]
            records = located or records
        if self.anchor is None or not records:
            return None
        anchor = self.anchor
        if status is None and mention.place is None:  # "ahead of the NATO summit": the edition nearest in time
            return min(records, key=lambda r: abs((r.date.start - anchor).days))
        if status is Status.PLANNED:
            ahead = [r for r in records if r.date.end >= anchor]
            return ahead[0] if ahead else None
        behind = [r for r in records if r.date.start <= anchor + dt.timedelta(days=1)]
        if mention.place is not None and behind:
            return behind[-1]
        recent = [r for r in behind if (anchor - r.date.end).days <= 400]
        return recent[-1] if recent else None

    # -- people ----------------------------------------------------------------

    def participants(self, mentions: Sequence[Mention], day: dt.date | None) -> list[Participant]:
        """The distinct people the mentions stand for on ``day`` (pronouns through their antecedents)."""
        people: list[Participant] = []
        for mention in mentions:
            for target in mention.antecedents if mention.kind is MentionKind.PRONOUN else (mention,):
                person = self.person(target, day, mention.text)
                if person is not None and person.key not in {p.key for p in people}:
                    people.append(person)
        return people

    def person(self, mention: Mention, day: dt.date | None, written: str | None = None) -> Participant | None:
        """The participant a person, office or metonym mention means on ``day``.

        With no day at all (no date and no publication date) a name means its
        first candidate and an office stays a country and role, unnamed.
        """
        if day is None:
            return self._undated_person(mention, written)
        found = self._holder(mention, day)
        if found is None:
            return None
        leader, office = found
        if office is None:
            offices = leader.offices_on(day)
            office = min(offices, key=lambda o: (not o.leads, o.acting)) if offices else None
        return Participant(
            name=leader.name,
            country=office.country if office else (Country(code=mention.country) if mention.country else None),
            role=office.role if office else mention.role,
            leader_id=leader.id,
            mention=written or mention.text,
        )

    def leader_id(self, mention: Mention, day: dt.date) -> str | None:
        """The id of the leader a mention means on ``day`` (as :meth:`person` resolves it), if any."""
        found = self._holder(mention, day)
        return found[0].id if found is not None else None

    def _holder(self, mention: Mention, day: dt.date) -> tuple[Leader, Office | None] | None:
        found = self.gazetteer.holders(mention, day)
        if mention.kind is MentionKind.PERSON and not mention.explicit:
            found = [(leader, office) for leader, office in found if leader.id in self.introduced]
        return found[0] if found else None

    def _undated_person(self, mention: Mention, written: str | None) -> Participant | None:
        if (
            mention.kind is MentionKind.PERSON
            and mention.leaders
            and (mention.explicit or mention.leaders[0] in self.introduced)
        ):
            leader = self.knowledge.leader(mention.leaders[0])
            office = max(leader.offices, key=lambda o: (o.leads, o.start), default=None)
            return Participant(
                name=leader.name,
                country=office.country if office else None,
                role=office.role if office else None,
                leader_id=leader.id,
                mention=written or mention.text,
            )
        if mention.kind in (MentionKind.OFFICE, MentionKind.GOVERNMENT) and mention.country:
            return Participant(
                country=Country(code=mention.country), role=mention.role, mention=written or mention.text
            )
        return None

    def note_unplaced(self, mentions: Iterable[Mention]) -> None:
        """Warn of each titled name the knowledge base does not list, saying why no leader was found for it.

        "Prime Minister Jan Doe" names someone, but no leader the knowledge
        base holds: the words are left out (and no other leader stands in for
        them). "Polish Prime Minister Jan Doe" is read as the office, so
        whoever held it stands in. Either way the warning names the words and
        what the knowledge base holds for that title, country and
        publication date.
        """
        for mention in mentions:
            unlisted = mention.unlisted
            if unlisted is not None:
                what = "left out" if mention.kind is MentionKind.OTHER else "read as the office"
                reason = self._unplaced(unlisted.role, unlisted.country)
                self.warnings.append(f"{unlisted.text!r} {what}: {reason}")

    def _unplaced(self, role: Role, country: str | None) -> str:
        """What the knowledge base holds for a title (of ``country``, if known) on the publication date."""
        day = self.anchor
        if country is None or day is None:
            return f"no {role.value} of that name in the knowledge base"
        kb = self.knowledge
        place = kb.country_name(country)
        holders = kb.office_holders(country, role, on=day)
        if holders:
            held = f"{holders[0][0].name} was {role.value} of {place} on {day}"
            return f"no {role.value} of that name in the knowledge base ({held})"
        if kb.office_holders(country, on=day):
            return f"no {role.value} of {place} in the knowledge base on {day}"
        return f"no entry for {place} in the knowledge base on {day}"

    # -- meetings ----------------------------------------------------------------

    def meeting(self, candidate: EventCandidate, evidence: Evidence) -> Meeting | None:
        """The meeting a candidate reports, or ``None`` when it has fewer than two leaders."""
        summit = self.summit(candidate.summit, candidate.status, evidence) if candidate.summit else None
        dated = self.calendar.date(candidate, summit)
        if self.trace is not None:
            self.trace += [(evidence.start, rule_id) for rule_id in dated.fired]
        date, status, summit = dated.date, dated.status, dated.summit
        if candidate.trip:  # no meeting, but the traveller's next ones share its date and destination
            day = date.start if date else self.anchor
            travellers = tuple(self.participants(candidate.participants, day))
            self.calendar.trip(travellers, date, status)
            destination = _place(candidate.place)
            if destination is not None and not self._summit_in(destination.country, candidate):
                self._journey = (frozenset(p.leader_id for p in travellers if p.leader_id), destination)
            return None
        day = date.start if date else self.anchor
        people = self.participants(candidate.participants, day)
        if candidate.trigger_type is TriggerType.ATTEND and summit is not None:
            self.attended.append((summit, tuple(people)))
        if candidate.attendance:
            return None
        host = None
        if candidate.kind is MeetingKind.VISIT and candidate.host is not None:
            host = self._host_country(candidate.host, day)
            if candidate.implicit_host and host is not None and day is not None:
                leading = self.knowledge.leading(host.code, day)
                if leading:
                    people += [
                        p
                        for p in self.participants([_office_of(host.code, candidate.host)], day)
                        if p.key not in {q.key for q in people}
                    ]
        if len(people) < 2 or len({p.country.code for p in people if p.country}) < 2 or not any(p.name for p in people):
            return None
        kind = candidate.kind
        if (
            candidate.trigger_type is TriggerType.ATTEND
            and len(people) >= 3
            and summit is not None
            and summit.place is not None
            and day
        ):
            # the host of a summit is at its gathering; two guests who attend it need not have met anyone
            host_leader = self.participants([_office_of(summit.place.country.code, candidate.participants[0])], day)
            people += [p for p in host_leader if p.key not in {q.key for q in people}]
        if candidate.trigger_type is TriggerType.ATTEND and len(people) < 3:
            return None  # two people at one summit need not have met
        if kind in (MeetingKind.MEETING, MeetingKind.SUMMIT):
            kind = MeetingKind.SUMMIT if len(people) >= 3 else MeetingKind.MEETING
        place = _within(_place(candidate.place), summit.place if summit else None)
        if place is None and summit is None and kind is MeetingKind.MEETING and self._journey is not None:
            # "X arrived in Beijing on Monday. He met Y on Tuesday.": the traveller meets at the destination
            traveller_ids, destination = self._journey
            if any(p.leader_id in traveller_ids for p in people):
                place = destination
        if kind is MeetingKind.MEETING and summit is None and place is not None and len(people) == 2:
            at_home = [p for p in people if p.country == place.country]
            if len(at_home) == 1:  # talks in one side's country: the other side visits
                kind, host = MeetingKind.VISIT, place.country
        if kind is not MeetingKind.VISIT:
            host = None
        if kind is MeetingKind.CALL:
            place = None
        elif kind is MeetingKind.VISIT and host is not None and (place is None or place.country != host):
            place = Place(country=host)
        confidence = (
            1.0
            - 0.15 * candidate.implicit_host
            - 0.1 * any(m.kind is MentionKind.PRONOUN for m in candidate.participants)
        )
        meeting, fired = self.calendar.in_context(
            Meeting(
                participants=people,
                kind=kind,
                status=status,
                evidence=evidence,
                host=host,
                date=date,
                place=place,
                summit=summit.name if summit else None,
                source=self.source,
                confidence=round(confidence, 2),
            )
        )
        if self.trace is not None:
            self.trace += [(evidence.start, rule_id) for rule_id in fired]
        return meeting

    def _host_country(self, mention: Mention, day: dt.date | None) -> Country | None:
        if mention.kind in (MentionKind.PLACE, MentionKind.COUNTRY, MentionKind.GOVERNMENT) and mention.country:
            return Country(code=mention.country)
        if mention.kind is MentionKind.PRONOUN:  # "he hosted X", "the king welcomed X": whoever it stands for
            mention = mention.antecedents[0] if mention.antecedents else mention
        person = self.person(mention, day)
        return person.country if person else None


def _office_of(code: str, mention: Mention) -> Mention:
    return Mention(kind=MentionKind.GOVERNMENT, start=mention.start, end=mention.end, text=mention.text, country=code)


def _within(stated: Place | None, venue: Place | None) -> Place | None:
    """The place the text states, made exact by a known venue in the same country ("in Turkey": Antalya)."""
    if stated is None:
        return venue
    if stated.city is None and venue is not None and venue.country == stated.country:
        return venue
    return stated


def _place(mention: Mention | None) -> Place | None:
    if mention is None or mention.country is None:
        return None
    return Place(country=Country(code=mention.country), city=mention.city)


def fold_meetings(meetings: Sequence[Meeting]) -> list[Meeting]:
    """Fold reports of one meeting within a document: same people, status, compatible dates and places.

    The first report's evidence is kept; the most precise date wins.
    """
    folded: list[Meeting] = []
    by_people: dict[tuple[frozenset[tuple[str, ...]], Status], list[int]] = {}  # indexes into folded
    for meeting in meetings:
        same_people = by_people.setdefault((frozenset(p.key for p in meeting.participants), meeting.status), [])
        for i in same_people:
            earlier = folded[i]
            if earlier.date and meeting.date and not earlier.date.overlaps(meeting.date):
                continue
            if earlier.place and meeting.place and earlier.place.country != meeting.place.country:
                continue  # "visit Seoul in May" and "host him at the G7 in Hiroshima later that month"
            if MeetingKind.CALL in (earlier.kind, meeting.kind) and earlier.kind is not meeting.kind:
                # a call is no meeting; but "Call with X" (a heading, undated) and "spoke today with X" (no
                # place) are one call
                vague = earlier.date is None or meeting.date is None
                spoken = {earlier.kind, meeting.kind} == {MeetingKind.CALL, MeetingKind.MEETING}
                if not (vague and spoken and earlier.place is None and meeting.place is None):
                    continue
            folded[i] = _combine(earlier, meeting)
            break
        else:
            same_people.append(len(folded))
            folded.append(meeting)
    return folded


def _combine(first: Meeting, second: Meeting) -> Meeting:
    date = first.date
    if second.date is not None and (
        date is None or _PRECISION_RANK[second.date.precision] < _PRECISION_RANK[date.precision]
    ):
        date = second.date
    kind = first.kind if first.kind is not MeetingKind.MEETING else second.kind  # a call or visit says more
    host = first.host or second.host if kind is MeetingKind.VISIT else None
    return attrs.evolve(
        first,
        date=date,
        kind=kind,
        host=host,
        place=first.place or second.place,
        summit=first.summit or second.summit,
    )


def fold_summits(summits: Sequence[Summit]) -> list[Summit]:
    """One summit per series (or ad hoc name stem) and date; an undated mention joins a dated one."""
    folded: list[Summit] = []
    by_key: dict[str, list[int]] = {}  # indexes into folded
    for summit in summits:
        same_series = by_key.setdefault(_summit_key(summit), [])
        for i in same_series:
            existing = folded[i]
            if existing.date is None or summit.date is None or existing.date.overlaps(summit.date):
                folded[i] = attrs.evolve(
                    existing,
                    name=max(existing.name, summit.name, key=len),
                    date=existing.date or summit.date,
                    place=existing.place or summit.place,
                    evidence=existing.evidence or summit.evidence,
                )
                break
        else:
            same_series.append(len(folded))
            folded.append(summit)
    return folded


def with_participants(
    summits: Sequence[Summit], meetings: Sequence[Meeting], attended: Sequence[tuple[Summit, Sequence[Participant]]]
) -> list[Summit]:
    """Each summit with the leaders the text places at it: at its meetings and among those attending it."""
    found = []
    for summit in summits:
        people = {p.key: p for p in summit.participants}
        at: list[Sequence[Participant]] = [
            m.participants for m in meetings if m.summit == summit.name and _same_time(m.date, summit.date)
        ]
        at += [who for held, who in attended if held.name == summit.name and _same_time(held.date, summit.date)]
        for group in at:
            people.update((p.key, p) for p in group if p.key not in people)
        found.append(attrs.evolve(summit, participants=tuple(people.values())) if people else summit)
    return found


_SUMMIT_SLACK = dt.timedelta(days=7)  # a meeting "on the sidelines" may come a few days before or after


def _same_time(one: DateSpan | None, other: DateSpan | None) -> bool:
    if one is None or other is None:
        return True
    return one.start - _SUMMIT_SLACK <= other.end and other.start - _SUMMIT_SLACK <= one.end


def _summit_key(summit: Summit) -> str:
    return summit.organization or fold(summit.name).split()[0]
