"""Tests of the rule registry (:mod:`diplomacy_events.rules`): the parser's table of contents.

Every rule is addressed by its id: it fires on its own example sentence, its
description reads as a sentence, and the generated rules page is current.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import diplomacy_events.assemble  # noqa: F401  (registers every rule)
from diplomacy_events import Parser
from diplomacy_events import rules as rules_module
from diplomacy_events.rules import RULES, Phase, Rule, markdown, rule, run

RULES_PAGE = Path(__file__).parent.parent / "docs" / "rules.md"
PARSER = Parser()


def fired(text: str, published: str, outlet: str | None = None) -> set[str]:
    """The ids of the rules that fire anywhere in ``text`` (published by ``outlet``)."""
    trace: list[tuple[int, str]] = []
    PARSER.parse(text, published, outlet=outlet, trace=trace)
    return {rule_id for _, rule_id in trace}


@pytest.mark.parametrize("rule_id", list(RULES))
def test_every_rule_fires_on_its_own_example(rule_id: str) -> None:
    found = RULES[rule_id]
    assert rule_id in fired(found.example, found.published, found.outlet)


@pytest.mark.parametrize("rule_id", list(RULES))
def test_every_rule_is_described(rule_id: str) -> None:
    found = RULES[rule_id]
    assert re.fullmatch(r"[a-z]+\.[a-z]+(-[a-z]+)*", rule_id)
    assert found.description[:1].isupper() or found.description[:1] in "'\""
    assert found.description.endswith((".", ".'"))
    assert found.example.strip()


def test_the_rules_page_is_current() -> None:
    assert RULES_PAGE.read_text(encoding="utf-8") == markdown() + "\n", (
        "docs/rules.md is stale: python -m diplomacy_events.rules > docs/rules.md"
    )


def test_the_page_lists_every_rule_once() -> None:
    page = markdown()
    for rule_id in RULES:
        assert page.count(f"| `{rule_id}` |") == 1


def test_a_rule_id_is_registered_once() -> None:
    with pytest.raises(ValueError, match="twice"):
        rule("veto.negated", Phase.CLAUSE, "Again.", "Again.")(lambda context, reading: False)


def test_rules_run_in_order_vetoes_stop_at_the_first_and_only_limits_the_types(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class Traced:
        def __init__(self, kind: str) -> None:
            self.fired: list[str] = []
            self.running = ""
            self.type = kind

    calls: list[tuple[str, str]] = []

    def make(name: str, answer: bool, only: frozenset[str] | None = None) -> Rule:
        def function(context: object, reading: Traced) -> bool:
            calls.append((name, reading.running))
            return answer

        return Rule(id=name, phase=Phase.TRIGGER, description="x.", example="x", function=function, only=only)

    table = [
        make("a.one", False),
        make("a.meet-only", True, frozenset({"meet"})),
        make("a.two", True),
        make("a.three", True),
    ]
    monkeypatch.setattr(rules_module, "_BY_PHASE", {Phase.TRIGGER: table})
    monkeypatch.setattr(rules_module, "_TABLES", {})
    reading = Traced("visit")
    assert run(Phase.TRIGGER, None, reading)
    assert calls == [("a.one", "a.one"), ("a.two", "a.two")]
    assert reading.fired == ["a.two"]
    calls.clear()
    assert run(Phase.TRIGGER, None, Traced("meet"))
    assert calls == [("a.one", "a.one"), ("a.meet-only", "a.meet-only")]


def test_a_veto_leaves_no_candidate_but_is_traced() -> None:
    text = "Biden did not meet Xi during the trip."
    trace: list[tuple[int, str]] = []
    result = PARSER.parse(text, "2023-11-20", trace=trace)
    assert not result.meetings
    [(offset, rule_id)] = [(o, r) for o, r in trace if r.startswith("veto.")]
    assert rule_id == "veto.negated"
    assert text[offset:].startswith("meet")


def test_candidates_list_the_rules_that_made_them() -> None:
    trace: list[tuple[int, str]] = []
    result = PARSER.parse("Lula spoke with Petro by phone on Tuesday.", "2024-06-14", trace=trace)
    [meeting] = result.meetings
    assert meeting.kind.value == "call"
    assert {"kind.call", "build.meeting", "time.own-clause"} <= {rule_id for _, rule_id in trace}
