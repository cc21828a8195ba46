"""The documentation site as a reader gets it: built with ``mkdocs build --strict``, then read as HTML.

Skipped unless the docs extra is installed (``pip install '.[docs]'``).
"""

from __future__ import annotations

import html
import os
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

pytest.importorskip("mkdocs")
pytest.importorskip("mkdocstrings_handlers.python")

ROOT = Path(__file__).resolve().parent.parent
#: Words of the project's own workshop that a reader of the site has no use for.
JARGON = ["gold format", "GOLD_FORMAT", "scorer", "issue 3", "seed article"]
ROLE = re.compile(r":(?:class|func|meth|attr|data|const|mod|exc|obj):")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("site")
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(folder)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},  # the theme's notice about MkDocs 2, not a warning of ours
    )
    assert done.returncode == 0, done.stderr
    assert not re.search(r"^WARNING\b", done.stderr, flags=re.M), done.stderr
    return folder


def pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def text_of(page: Path) -> str:
    """What a reader sees of a page: its text without tags, scripts and the search index."""
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", page.read_text("utf-8"), flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", body))


def test_no_raw_cross_reference_roles(site: Path) -> None:
    assert [page.name for page in pages(site) if ROLE.search(text_of(page))] == []


def test_no_workshop_jargon(site: Path) -> None:
    found = {
        (str(page.relative_to(site)), word)
        for page in pages(site)
        if "changelog" not in page.parts  # the history names the issues it closed
        for word in JARGON
        if word.lower() in text_of(page).lower()
    }
    assert found == set()


def test_no_tool_or_test_helper_is_published(site: Path) -> None:
    assert sorted(str(p.relative_to(site)) for p in site.rglob("*.py")) == []
    reference = text_of(site / "api" / "index.html")
    for name in ("trust_country_codes", "griffe", "FenceDoctests", "conftest", "strategies"):
        assert name not in reference


def test_every_internal_link_and_anchor_resolves(site: Path) -> None:
    ids = {page: set(re.findall(r'\bid="([^"]+)"', page.read_text("utf-8"))) for page in pages(site)}
    dead = []
    for page in pages(site):
        for href in re.findall(r'\bhref="([^"]+)"', page.read_text("utf-8")):
            parts = urlsplit(html.unescape(href))
            if parts.scheme or parts.netloc or href.startswith(("mailto:", "javascript:")):
                continue
            base = site if parts.path.startswith("/") else page.parent  # 404.html links from the site's root
            target = (base / unquote(parts.path).lstrip("/")).resolve() if parts.path else page
            if target.is_dir():
                target = target / "index.html"
            missing = not target.exists() or (target.suffix == ".html" and bool(parts.fragment))
            if missing and not (target.exists() and unquote(parts.fragment) in ids[target]):
                dead.append((str(page.relative_to(site)), href))
    assert dead == []


def test_the_reference_lists_fields_with_types_and_enum_members(site: Path) -> None:
    reference = (site / "api" / "index.html").read_text("utf-8")
    meeting = reference[reference.index('id="diplomacy_events.model.Meeting"') :]
    meeting = meeting[: meeting.index('id="diplomacy_events.model.Summit"')]
    for field in ("participants", "kind", "status", "evidence", "host", "also_reported"):
        assert f'title="diplomacy_events.model.Meeting.{field}"' in meeting
    assert 'href="#diplomacy_events.model.MeetingKind"' in meeting  # the type links to its class
    kinds = reference[reference.index('id="diplomacy_events.model.MeetingKind"') :]
    for member in ("MEETING", "VISIT", "CALL", "SUMMIT"):
        assert f'title="diplomacy_events.model.MeetingKind.{member}"' in kinds[:5000]


def test_classes_without_a_field_list_get_one_from_their_code(site: Path) -> None:
    """Attrs classes and enums whose docstrings list no fields (``lexicon``, ``rules``) get them listed."""
    reference = (site / "api" / "index.html").read_text("utf-8")
    for cls, field in [("rules.Phase", "TRIGGER"), ("rules.Rule", "example"), ("lexicon.Lexicon", "triggers")]:
        part = reference[reference.index(f'id="diplomacy_events.{cls}"') :][:20000]
        assert f'title="diplomacy_events.{cls}.{field}"' in part


def test_cross_references_are_links_and_signatures_wrap(site: Path) -> None:
    reference = (site / "api" / "index.html").read_text("utf-8")
    parse = reference[reference.index('id="diplomacy_events.parser.Parser.parse"') :][:6000]
    assert 'href="#diplomacy_events.dates.read_date"' in parse  # was :func:`~diplomacy_events.dates.read_date`
    signature = text_of_fragment(parse[parse.index("doc-signature") : parse.index("</code></pre>")])
    lines = signature.splitlines()
    assert len(lines) > 3 and max(map(len, lines)) <= 80


def text_of_fragment(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", fragment.split(">", 1)[1]))


def test_the_readme_names_the_docs_extra() -> None:
    assert "pip install '.[docs]'" in (ROOT / "README.md").read_text("utf-8")
