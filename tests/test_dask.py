"""The docs/scaling.md recipe: parse a Dask bag on a local distributed cluster (skipped without dask)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from diplomacy_events import parse

db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("dask.distributed")


def meetings_of(record: dict[str, Any]) -> list[dict[str, Any]]:
    """One document in, its meetings out as plain dicts (what the recipe maps over the bag)."""
    from diplomacy_events import to_dict

    result = parse(record["text"], record.get("published"))
    return [{"id": record["id"], **to_dict(meeting)} for meeting in result.meetings]


def test_a_dask_bag_on_a_local_cluster() -> None:
    text = "On Monday, Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi."
    records = [{"id": i, "text": text, "published": str(dt.date(2017, 11, 20 + i % 7))} for i in range(12)]
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    with cluster, distributed.Client(cluster):
        bag = db.from_sequence(records, npartitions=4)
        rows = bag.map(meetings_of).flatten().compute()
    assert sorted(row["id"] for row in rows) == list(range(12))
    assert all(len(row["participants"]) == 2 for row in rows)
