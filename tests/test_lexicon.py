"""Tests of :mod:`diplomacy_events.lexicon`: the bundled vocabularies, their validation, and cue look-ups."""

from __future__ import annotations

import json
import warnings
from importlib import resources
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplomacy_events import Country, LexiconError, LexiconWarning, Role, default_knowledge, lexicon
from diplomacy_events.lexicon import TRIGGER_PROPERTIES, Cues, Lexicon, TriggerType, default_lexicon
from diplomacy_events.normalize import fold
from diplomacy_events.segment import tokenize

BUNDLED = resources.files("diplomacy_events") / "data" / "lexicon.json"


def _doc() -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(BUNDLED.read_text(encoding="utf-8"))
    return doc


def _write(tmp_path: Path, doc: dict[str, Any]) -> Path:
    path = tmp_path / "words.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


# -- the bundled data --------------------------------------------------------------------------------------------


def test_every_title_maps_to_a_role() -> None:
    titles = default_lexicon().titles
    assert titles
    for title in titles:
        assert fold(title) == title.casefold(), title
    assert set(titles.values()) >= {Role.PRESIDENT, Role.PRIME_MINISTER}


def test_titles_of_one_country_are_titles_with_a_valid_country() -> None:
    words = default_lexicon()
    assert words.title_countries
    for title, code in words.title_countries.items():
        assert title in words.titles, title
        assert Country(code=code).code == code


def test_region_groups_name_known_organizations_in_lower_case() -> None:
    regions = default_lexicon().region_groups
    assert regions["baltic"] == "BALTIC_STATES"
    for phrase, organization in regions.items():
        assert phrase == phrase.lower(), phrase
        assert default_knowledge().get_organization(organization) is not None, organization


def test_trips_are_visit_triggers() -> None:
    trips = [t for t in default_lexicon().triggers.values() if t.trip]
    assert trips
    assert {t.type for t in trips} == {TriggerType.VISIT}


def test_trigger_properties_are_read_from_the_data() -> None:
    triggers = default_lexicon().triggers
    assert triggers["meets"].present and not triggers["met"].present
    assert triggers["visiting"].participle
    assert triggers["spoke with"].may_be_call and triggers["spoke with"].nominal
    assert triggers["talks between"].between
    assert triggers["joined"].joins_all
    assert triggers["called"].may_name and not triggers["phoned"].may_name
    assert triggers["host"].agent_noun and not triggers["hosted"].agent_noun
    assert triggers["flew to"].trip and not triggers["visited"].trip
    assert triggers["met with"].gapped == "with" and triggers["met"].gapped is None
    assert (triggers["spent ... with"].head, triggers["spent ... with"].tail) == ("spent", ("with",))
    assert (triggers["met"].head, triggers["met"].tail) == ("met", ())
    assert triggers["bilateral talks"].with_host and not triggers["held talks"].with_host
    assert triggers["discussed"].joint and not triggers["discussed ... with"].joint


def test_every_listed_property_is_documented() -> None:
    for group in _doc()["triggers"]:
        assert set(group) - {"type", "phrases"} <= set(TRIGGER_PROPERTIES), group["type"]


def test_phrases_and_cue_lists_are_folded() -> None:
    doc = _doc()
    for name, value in doc.items():
        phrases = [p for g in value for p in g["phrases"]] if name == "triggers" else value
        if name in ("about", "titles", "title_countries", "pronouns", "outlets"):
            continue
        for phrase in phrases:
            assert phrase == phrase.lower(), (name, phrase)
            if name != "triggers":  # triggers are matched through their folded keys; cues are compared to keys
                assert fold(phrase) == " ".join(phrase.replace("-", " ").split()), (name, phrase)


# -- validation -----------------------------------------------------------------------------------------------------


def test_the_bundled_file_loads_through_the_validating_reader() -> None:
    assert Lexicon.from_file(BUNDLED).triggers.keys() == default_lexicon().triggers.keys()


@pytest.mark.parametrize(
    ("change", "entry", "reason"),
    [
        (lambda d: d.update(greetings=["hello"]), "greetings", "is no list"),
        (lambda d: d["titles"].update(shah="shahanshah"), "titles: 'shah'", "names no role"),
        (lambda d: d["triggers"][0].update(type="wave"), "triggers[0]", "no valid type"),
        (
            lambda d: d["triggers"][0].update(joins_all=["waved at"]),
            "triggers[0].joins_all: 'waved at'",
            "not a phrase",
        ),
        (lambda d: d["triggers"][1]["phrases"].append("met"), "triggers[1]: 'met'", "already a trigger"),
        (lambda d: d["triggers"][0]["phrases"].append("chatted ..."), "triggers[0]: 'chatted ...'", "one ' ... ' gap"),
        (
            lambda d: d["triggers"][0]["phrases"].append("sat ... down ... with"),
            "triggers[0]: 'sat ... down ... with'",
            "one ' ... ' gap",
        ),
        (lambda d: d["triggers"][0].update(sparkly=[]), "triggers[0]: sparkly", "no trigger property"),
        (lambda d: d.update(negation_cues=["not", 7]), "negation_cues: 7", "not a phrase"),
        (lambda d: d.update(habitual_cues="often"), "habitual_cues", "list of phrases"),
    ],
)
def test_a_bad_entry_is_named_with_its_file(tmp_path: Path, change: Any, entry: str, reason: str) -> None:
    doc = _doc()
    change(doc)
    path = _write(tmp_path, doc)
    with pytest.raises(LexiconError) as caught:
        Lexicon.from_file(path)
    assert caught.value.file == str(path)
    assert caught.value.entry == entry
    assert reason in caught.value.reason
    assert str(path) in str(caught.value)


def test_a_file_of_an_earlier_version_takes_the_lists_it_lacks_from_the_bundled_one(tmp_path: Path) -> None:
    doc = _doc()
    del doc["planned_cues"], doc["host_nouns"]
    doc["negation_cues"] = ["never ever"]
    path = _write(tmp_path, doc)
    with pytest.warns(LexiconWarning) as caught:
        words = Lexicon.from_file(path)
    [warning] = caught
    assert isinstance(warning.message, LexiconWarning)
    assert warning.message.file == str(path)
    assert warning.message.entries == ("planned_cues", "host_nouns")  # in the order of the lexicon's fields
    assert warning.filename == __file__  # the warning points at the caller, not the library
    assert words.planned_cues.phrases == default_lexicon().planned_cues.phrases
    assert words.host_nouns == default_lexicon().host_nouns
    assert words.negation_cues.phrases == ("never ever",)  # the lists it has are its own


def test_a_complete_file_loads_without_a_warning(tmp_path: Path) -> None:
    path = _write(tmp_path, _doc())
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        Lexicon.from_file(path)


def test_a_list_missing_from_the_bundled_file_too_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = _doc()
    del doc["planned_cues"]
    monkeypatch.setattr(lexicon, "_bundled_entries", lambda: doc)
    with pytest.raises(LexiconError) as caught:
        Lexicon.from_file(_write(tmp_path, doc))
    assert (caught.value.entry, caught.value.reason) == ("planned_cues", "is missing")


def test_a_file_that_is_no_json_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "words.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(LexiconError, match="cannot be read as JSON"):
        Lexicon.from_file(path)


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="cannot be read"):
        Lexicon.from_file(tmp_path / "nowhere.json")


def test_a_parser_reads_a_changed_lexicon(tmp_path: Path) -> None:
    from diplomacy_events import Parser

    doc = _doc()
    next(g for g in doc["triggers"] if g["type"] == "meet")["phrases"].append("swapped stories with")
    parser = Parser(words=Lexicon.from_file(_write(tmp_path, doc)))
    result = parser.parse("Lula swapped stories with Petro in Bogota on Monday.", "2024-06-14")
    assert [[p.name for p in m.participants] for m in result.meetings] == [
        ["Luiz Inácio Lula da Silva", "Gustavo Petro"]
    ]


# -- cue look-ups ---------------------------------------------------------------------------------------------------

_KEYS = st.lists(st.sampled_from(["will", "plans", "to", "meet", "not", "didn't", "x", ""]), max_size=12)


@given(_KEYS, st.integers(0, 12), st.integers(0, 12))
def test_found_equals_a_brute_force_search(keys: list[str], start: int, end: int) -> None:
    """("n't" counts only for cue lists that hold it: see the next test.)"""
    cues = Cues.of(["will", "plans to", "not"])
    window = range(max(0, start), min(end, len(keys)))
    expected = any(
        keys[i : i + len(parts)] == parts and i + len(parts) <= end
        for i in window
        for parts in (["will"], ["plans", "to"], ["not"])
    )
    assert cues.found(keys, start, end) is expected


def test_a_contraction_is_a_negation_where_the_cues_hold_one() -> None:
    assert Cues.of(["not", "n't"]).found(["he", "didn't", "meet"], 0, 3)
    assert not Cues.of(["will"]).found(["he", "didn't", "meet"], 0, 3)


@given(_KEYS)
def test_last_gives_the_last_cue_of_each_kind(keys: list[str]) -> None:
    cues = Cues.by_kind({"planned": ["will", "plans to"], "negation": ["not"]})
    last = cues.last(keys, 0, len(keys))
    planned = [i for i in range(len(keys)) if keys[i] == "will" or keys[i : i + 2] == ["plans", "to"]]
    negated = [i for i in range(len(keys)) if keys[i] == "not" or keys[i].endswith("n't")]
    assert last.get("planned") == (planned[-1] if planned else None)
    assert last.get("negation") == (negated[-1] if negated else None)


def test_every_cue_phrase_is_keyed_as_the_text_it_must_match() -> None:
    """A cue with a hyphen ("in the run-up to") is looked up by the keys the tokenizer makes of the text ("run", "up"),
    so that it can match at all."""
    words = default_lexicon()
    for field in attrs.fields(type(words)):
        cues = getattr(words, field.name)
        if not isinstance(cues, Cues):
            continue
        for phrase in cues:
            keys = [t.key for t in tokenize(phrase.replace("...", " "))]
            assert cues.found(keys, 0, len(keys)), (field.name, phrase)
