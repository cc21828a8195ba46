"""Stage 5: trigger rules that turn a sentence's mentions into meeting and summit candidates.

A trigger ("met", "hosted", "visited", "spoke by phone", "mini-summit",
"invited ... to visit") is looked up in the lexicon; its subject is the
nearest group of leader mentions before it in its clause, its objects the
group after it. Cues before the trigger decide the status: a plan ("will",
"intends to", "is expected to"), a negation ("did not") or a hypothetical
("would meet if") -- the last two drop the candidate. Which people the
mentions mean, and on what date, is settled in :mod:`~diplomacy_events.assemble`.

Every decision is a named rule (:mod:`diplomacy_events.rules`), read phase by
phase by :func:`find_events`; ``docs/rules.md`` lists them all.

>>> from diplomacy_events import default_knowledge
>>> from diplomacy_events.lexicon import default_lexicon
>>> from diplomacy_events.mentions import Gazetteer
>>> from diplomacy_events.segment import tokenize
>>> words = default_lexicon()
>>> tokens = tokenize("Putin met Erdogan in Sochi.")
>>> mentions = Gazetteer.for_knowledge(default_knowledge()).mentions(tokens)
>>> [candidate] = find_events(tokens, mentions, [], [], trigger_matcher(words), words)
>>> [m.text for m in candidate.participants], candidate.rules[-1]
(['Putin', 'Erdogan'], 'build.meeting')
"""

from ..lexicon import TriggerType
from . import builders, named_next, participants, summits, vetoes  # noqa: F401  (the rules register on import, in this order)
from .candidates import EventCandidate, SummitMention
from .finder import find_events, trigger_matcher
from .lists import ListReader, roll_intro
from .summits import (
    called_off,
    find_summits,
    names_earlier_conference,
    same_format,
    sentence_status,
    setting_status,
)

__all__ = [
    "EventCandidate",
    "ListReader",
    "SummitMention",
    "TriggerType",
    "called_off",
    "find_events",
    "find_summits",
    "names_earlier_conference",
    "roll_intro",
    "same_format",
    "sentence_status",
    "setting_status",
    "trigger_matcher",
]
