"""``python -m diplomacy_events``: the command-line interface."""

from .cli import main

raise SystemExit(main())
