"""The review pages' side of issue 10's workflow items, over HTTP: the confirm step for failing checks,
rejections in History, the CMS title in the list and heading, mojibake highlighted with paragraph numbers
from 1, and zh-Hant-TW disclaimers outlined where they are."""

from __future__ import annotations

from collections.abc import Iterator

import lxml.html
import pytest
from fastapi.testclient import TestClient

from service.api.app import create_app
from tests.conftest import llm_settings, reply, seed
from tests.fixtures import good_summary
from tests.review.helpers import EDITOR_KEY, KEYS, create_summary, edit_via_api
from tests.review.test_review_pages import csrf_of, page, post_form, sign_in, status_of


@pytest.fixture
def app(llm_mock) -> Iterator[TestClient]:
    llm_mock.post("/chat/completions").mock(return_value=reply(good_summary()))
    with TestClient(create_app(llm_settings(api_keys=KEYS))) as client:
        sign_in(client, EDITOR_KEY)
        yield client


def test_failing_checks_turn_approve_into_a_confirm_step_that_is_recorded(app):
    draft = create_summary(app)
    edit_via_api(
        app, draft["id"], {"summary.zh-Hans.title": "開發者關係負責人離職"}
    )  # simplified_script fails
    html, doc = page(app, draft["id"])
    button = doc.get_element_by_id("approve-btn")
    assert button.get("type") == "button" and button.get("data-editor") == "approve-form"
    confirm = doc.get_element_by_id("approve-form")
    assert confirm.get("hidden") is not None and "simplified_script" in confirm.text_content()
    assert confirm.xpath(".//input[@name='acknowledge_failed_checks'][@required]")

    approve = f"/review/drafts/{draft['id']}/approve"
    unconfirmed = post_form(app, approve, {"csrf": csrf_of(html), "revision": "2"})
    assert unconfirmed.status_code == 422 and "acknowledge" in unconfirmed.text
    assert status_of(app, draft["id"])["status"] == "needs_review"
    confirmed = {"csrf": csrf_of(html), "revision": "2", "acknowledge_failed_checks": "yes"}
    assert post_form(app, approve, confirmed).status_code == 303
    _, doc = page(app, draft["id"])
    ack = doc.get_element_by_id("rev-3").xpath(".//p[@class='revision__ack']")[0].text_content()
    assert "simplified_script" in ack


def test_a_passing_draft_keeps_its_one_click_approve(app):
    draft = create_summary(app)
    _, doc = page(app, draft["id"])
    assert doc.get_element_by_id("approve-btn").get("type") == "submit"
    with pytest.raises(KeyError):
        doc.get_element_by_id("approve-form")


def test_a_rejection_shows_in_history_after_the_draft_moves_on(app):
    draft = create_summary(app)
    html, _ = page(app, draft["id"])
    reject = {"csrf": csrf_of(html), "revision": "1", "reason": "names the wrong person"}
    assert post_form(app, f"/review/drafts/{draft['id']}/reject", reject).status_code == 303
    edit_via_api(app, draft["id"], {"summary.en.title": "Fixed title"})
    _, doc = page(app, draft["id"])
    rejection = doc.get_element_by_id("rev-2").text_content()
    assert "rejection" in rejection and "mei" in rejection and "names the wrong person" in rejection


def test_list_and_heading_show_the_cms_title(app):
    draft = create_summary(app, title="CMS：洛根·基尔帕特里克离职")
    doc = lxml.html.fromstring(app.get("/review").text)
    assert doc.xpath("//td[contains(@class,'drafts__title')]/a")[0].text == "CMS：洛根·基尔帕特里克离职"
    _, doc = page(app, draft["id"])
    assert doc.xpath("//h1[@class='draft-title']")[0].text == "CMS：洛根·基尔帕特里克离职"


def test_mojibake_is_highlighted_in_the_source_column_with_paragraphs_counted_from_1(app):
    draft = create_summary(app, text=seed("004"))
    spans = draft["source"]["mojibake"]
    assert spans and spans[0]["paragraph"] == 3  # stored 0-based, as the API always had it
    check = next(c for c in draft["checks"] if c["name"] == "source_mojibake")
    first = spans[0]
    assert (
        f"paragraph {first['paragraph'] + 1}, characters {first['start'] + 1}–{first['end']}"
        in check["detail"]
    )
    _, doc = page(app, draft["id"])
    paragraph = doc.get_element_by_id(f"src-p{first['paragraph'] + 1}")
    assert paragraph.xpath("./span[@class='para-num']")[0].text == f"¶{first['paragraph'] + 1}"
    marks = [m.text for m in doc.xpath("//div[contains(@class,'source-text')]//mark[@class='mojibake']")]
    assert marks == [span["text"] for span in spans]
    assert paragraph.xpath("./mark")[0].text == first["text"]


def test_a_missing_zh_hant_tw_disclaimer_is_outlined_at_its_field(app):
    draft = create_summary(app, targets=["en", "zh-Hans", "zh-Hant-TW"])
    edit_via_api(app, draft["id"], {"summary.zh-Hant-TW.title": "編輯過的標題"})
    # Force the notice away in the stored output to see where the page puts the failure.
    drafts = app.app.state.drafts
    record = drafts.store.get(draft["id"])
    output = {
        **record.output,
        "disclaimer": {k: v for k, v in record.output["disclaimer"].items() if k != "zh-Hant-TW"},
    }
    output["checks"] = [
        *[c for c in output["checks"] if c["name"] != "disclaimer_present"],
        {
            "name": "disclaimer_present",
            "passed": False,
            "severity": "error",
            "detail": "no zh-Hant-TW disclaimer",
            "field": "disclaimer.zh-Hant-TW",
        },
    ]
    drafts.store.add_revision(
        draft["id"],
        expected_revision=2,
        kind="edit",
        author="test",
        status="needs_review",
        output=output,
        diff=[],
    )
    _, doc = page(app, draft["id"])
    variant = doc.get_element_by_id("variant-zh-Hant-TW")
    assert variant.get("open") is not None
    field = doc.get_element_by_id("f-disclaimer-zh-Hant-TW")
    assert "field--failing" in field.get("class") and "no zh-Hant-TW disclaimer" in field.text_content()
