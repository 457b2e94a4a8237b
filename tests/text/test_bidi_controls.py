"""Bidirectional embedding / override / isolate characters (U+202A-202E, U+2066-2069) are removed by
normalisation: in the stored normalised source, in HTML titles, in a caller's title, and so on the
review page and in the prompt. An override reorders what an editor sees against what is stored."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from service.api.app import create_app
from service.text.normalize import clean_title, normalize
from tests.conftest import offline_settings

BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]
PARAGRAPH = "The council approved the budget of 120 million dollars on Monday after a long debate."


@pytest.mark.parametrize("control", BIDI)
def test_normalize_removes_each_bidi_control(control: str) -> None:
    text = PARAGRAPH.replace("120 million", f"{control}120 million{control}") + "\n\n市议会周一批准了预算。"
    normalized = normalize(text, max_chars=10_000)
    assert control not in normalized.text and control not in normalized.simplified
    assert "120 million dollars" in normalized.text


def test_a_trojan_source_line_reads_as_stored() -> None:
    # Displayed as "... 120 million ..." by a bidi-aware renderer, stored in another order.
    hostile = "Budget: \u202e001 noillim\u202c approved.\n\n" + PARAGRAPH
    normalized = normalize(hostile, max_chars=10_000)
    assert not any(control in normalized.text for control in BIDI)


def test_html_titles_and_caller_titles_lose_them_too() -> None:
    html = (
        f"<html><head><title>Vote \u202eon\u202c budget</title></head><body><p>{PARAGRAPH}</p></body></html>"
    )
    assert normalize(html, html=True, max_chars=10_000).title == "Vote on budget"
    assert clean_title("  Vote \u2067on\u2069 budget ") == "Vote on budget"


def test_the_stored_draft_and_its_title_carry_none():
    with TestClient(create_app(offline_settings())) as api:
        body = {
            "text": f"{PARAGRAPH}\n\nThe mayor \u202esaid\u202c the plan funds new schools.",
            "title": "A\u202eB",
        }
        draft = api.post("/v1/summaries", json=body).json()
        view = api.get(f"/v1/drafts/{draft['id']}").json()
    assert not any(control in view["source_text"] for control in BIDI)
    assert view["title"] == "AB" and draft["source"]["title"] == "AB"
