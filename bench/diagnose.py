"""List a gold set's errors pair by pair, with the evidence on both sides.

The scorer (``../shared/eval/score.py``) gives totals; this gives the lines
behind them, in four kinds, each leader pair matched the way the scorer
matches it:

- ``MISS``: a named gold pair no prediction matches, even without dates;
- ``EXTRA``: a predicted pair that matches no gold pair;
- ``DATE``: the leaders match but the date intervals do not overlap;
- ``STATUS``: a dated match whose status (occurred or planned) differs.

::

    python bench/diagnose.py ../shared/eval/dev2
    python bench/diagnose.py bench/heldout/j --only MISS,EXTRA
    python bench/diagnose.py DIR --counts      # one line a folder

The parser runs once, as ``diplomacy-events batch -`` (or ``--cmd``).
"""

from __future__ import annotations

import argparse
import importlib.util
import pathlib
import sys
from collections import Counter
from types import ModuleType
from typing import Any

_DEFAULT_SCORER = pathlib.Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"
_KINDS = ("MISS", "EXTRA", "DATE", "STATUS")

Pair = dict[str, Any]


def load_scorer(path: pathlib.Path) -> ModuleType:
    """Import ``score.py`` from ``path`` as a module."""
    spec = importlib.util.spec_from_file_location("score", path)
    if spec is None or spec.loader is None:
        sys.exit(f"no scorer at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def expand(score: ModuleType, meetings: list[dict[str, Any]] | None) -> list[Pair]:
    """The scorer's pairs of each meeting, each with its meeting kept beside it."""
    out = []
    for meeting in meetings or []:
        for pair in score.pairs([meeting]):
            pair["meeting"] = meeting
            out.append(pair)
    return out


def named(pair: Pair) -> bool:
    """Whether both sides of a gold pair carry a name."""
    return bool(pair["a"].get("name") and pair["b"].get("name"))


def describe(pair: Pair) -> str:
    """One line for a pair: the two leaders, status, kind and dates."""
    meeting = pair["meeting"]
    dates = pair["date"]
    when = "undated" if dates is None else f"{dates[0]}..{dates[1]}" if dates[0] != dates[1] else str(dates[0])
    sides = " + ".join(f"{p.get('name')} ({p.get('country')})" for p in (pair["a"], pair["b"]))
    return f"{sides}  {meeting.get('status')} {meeting.get('kind')} {when}"


def diagnose(score: ModuleType, gold: dict[str, Any], pred: dict[str, Any]) -> list[tuple[str, str]]:
    """The error lines of one document, as (kind, text) tuples."""
    every = expand(score, gold.get("meetings"))
    gold_pairs = [p for p in every if named(p)]
    optional = [p for p in every if not named(p)]
    pred_pairs = expand(score, pred.get("meetings"))
    lines: list[tuple[str, str]] = []
    dated = score.match(gold_pairs, pred_pairs, lambda g, p: score.pair_match(g, p, "dated"), prefer=score.likeness)
    for i, j in dated:
        if gold_pairs[i]["status"] != pred_pairs[j]["status"]:
            lines.append(("STATUS", _both(gold_pairs[i], pred_pairs[j])))
    gold_left = [g for i, g in enumerate(gold_pairs) if i not in {i for i, _ in dated}]
    pred_left = [p for j, p in enumerate(pred_pairs) if j not in {j for _, j in dated}]
    undated = score.match(gold_left, pred_left, lambda g, p: score.pair_match(g, p, "leader"))
    for i, j in undated:
        lines.append(("DATE", _both(gold_left[i], pred_left[j])))
    taken_gold, taken_pred = {i for i, _ in undated}, {j for _, j in undated}
    pred_rest = [p for j, p in enumerate(pred_left) if j not in taken_pred]
    excused = {j for _, j in score.match(optional, pred_rest, lambda g, p: score.pair_match(g, p, "country"))}
    lines.extend(("MISS", _one(g)) for i, g in enumerate(gold_left) if i not in taken_gold)
    lines.extend(("EXTRA", _one(p)) for j, p in enumerate(pred_rest) if j not in excused)
    return lines


def _one(pair: Pair) -> str:
    evidence = pair["meeting"].get("evidence")
    if isinstance(evidence, dict):  # the parser's interchange gives the sentence with its offsets
        evidence = evidence.get("text")
    return f"{describe(pair)}\n      | {evidence}"


def _both(gold: Pair, pred: Pair) -> str:
    return f"gold {_one(gold)}\n    pred {_one(pred)}"


def main(argv: list[str] | None = None) -> int:
    """Run the parser over the gold folders and print their error lines."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="+", type=pathlib.Path, help="folders of STEM.txt + STEM.json")
    ap.add_argument("--scorer", type=pathlib.Path, default=_DEFAULT_SCORER, help="path of score.py")
    ap.add_argument("--cmd", default="diplomacy-events batch -", help="extractor command")
    ap.add_argument("--only", default=",".join(_KINDS), help="kinds to print, comma-separated")
    ap.add_argument("--counts", action="store_true", help="print only the counts of each folder")
    args = ap.parse_args(argv)
    score = load_scorer(args.scorer)
    wanted = set(args.only.split(","))
    for folder in args.gold:
        docs = score.load_gold([folder])
        preds, _ = score.run_extractor(args.cmd, docs)
        counts: Counter[str] = Counter()
        for doc in docs:
            lines = diagnose(score, doc, preds.get(doc["id"], {}))
            counts.update(kind for kind, _ in lines)
            shown = [(kind, text) for kind, text in lines if kind in wanted]
            if shown and not args.counts:
                print(f"== {doc['id']} (published {doc['source'].get('published')})")
                for kind, text in shown:
                    print(f"  {kind:<6} {text}")
        print(f"{folder}: " + " ".join(f"{kind.lower()} {counts[kind]}" for kind in _KINDS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
