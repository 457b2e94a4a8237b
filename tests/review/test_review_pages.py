"""The /review pages over HTTP (no browser): headers, sign-in, roles, CSRF and origin checks, escaping,
check markers, the edit / approve / reject forms and the list filters."""

from __future__ import annotations

import re
from collections.abc import Iterator

import lxml.html
import pytest
from fastapi.testclient import TestClient

from service.api import review
from service.api.app import create_app
from tests.conftest import llm_settings, offline_settings, reply
from tests.fixtures import good_summary
from tests.review.helpers import (
    ARTICLE,
    CLIENT_KEY,
    EDITOR_KEY,
    HOSTILE_ARTICLE,
    IMG_TAG,
    KEYS,
    SCRIPT_TAG,
    create_summary,
)

ORIGIN = {"Origin": "http://testserver"}


@pytest.fixture
def app(llm_mock) -> Iterator[TestClient]:
    llm_mock.post("/chat/completions").mock(return_value=reply(good_summary()))
    with TestClient(create_app(llm_settings(api_keys=KEYS))) as client:
        yield client


def sign_in(client: TestClient, key: str) -> None:
    response = client.post("/review/login", data={"key": key, "next": "/review"}, headers=ORIGIN)
    assert response.status_code == 200 and response.url.path == "/review", response.text


def csrf_of(html: str) -> str:
    match = re.search(r'name="csrf" value="([0-9a-f]{64})"', html)
    assert match, "no CSRF token on the page"
    return match.group(1)


def page(client: TestClient, draft_id: str) -> tuple[str, lxml.html.HtmlElement]:
    response = client.get(f"/review/drafts/{draft_id}")
    assert response.status_code == 200, response.text
    return response.text, lxml.html.fromstring(response.text)


def post_form(client: TestClient, path: str, data: dict, headers: dict | None = None):
    return client.post(
        path, data=data, headers=ORIGIN if headers is None else headers, follow_redirects=False
    )


def status_of(client: TestClient, draft_id: str) -> dict:
    return client.get(f"/v1/drafts/{draft_id}", headers={"X-API-Key": CLIENT_KEY}).json()


def test_every_review_response_carries_the_security_headers(app):
    draft = create_summary(app)
    responses = [
        app.get("/review", follow_redirects=False),  # redirect to sign-in
        app.get("/review/login"),
        app.post("/review/login", data={"key": "nope"}, headers=ORIGIN),  # 401 page
        app.get("/review/static/review.css"),
        app.get("/review/static/review.js"),
    ]
    sign_in(app, EDITOR_KEY)
    responses += [
        app.get("/review"),
        app.get(f"/review/drafts/{draft['id']}"),
        app.get("/review/drafts/nope"),
    ]
    for response in responses:
        assert response.headers["content-security-policy"] == review.CSP, response.url
        assert "'unsafe-inline'" not in response.headers["content-security-policy"]
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["referrer-policy"] == "no-referrer"
    assert [r.status_code for r in responses] == [303, 200, 401, 200, 200, 200, 200, 404]
    assert "content-security-policy" not in app.get("/healthz").headers  # scoped to /review


def test_sign_in_sets_a_strict_cookie_that_the_json_api_ignores(app):
    response = app.post(
        "/review/login",
        data={"key": EDITOR_KEY, "next": "/review?status=draft"},
        headers=ORIGIN,
        follow_redirects=False,
    )
    assert response.status_code == 303 and response.headers["location"] == "/review?status=draft"
    cookie = response.headers["set-cookie"]
    assert cookie.startswith("bisum_session=") and EDITOR_KEY not in cookie  # a session id, never the key
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/review" in cookie
    assert "Secure" not in cookie  # plain http here; https requests get Secure
    # The cookie only works for /review: the JSON API takes header keys only (no CSRF there).
    session_id = cookie.split(";", 1)[0].split("=", 1)[1]
    assert app.get("/v1/drafts", headers={"Cookie": f"bisum_session={session_id}"}).status_code == 401
    # An off-site "next" is ignored.
    elsewhere = app.post(
        "/review/login",
        data={"key": EDITOR_KEY, "next": "https://evil.example/"},
        headers=ORIGIN,
        follow_redirects=False,
    )
    assert elsewhere.headers["location"] == "/review"


def test_a_bad_key_is_a_401_page_with_the_reason(app):
    response = app.post("/review/login", data={"key": "not-a-key", "next": "/review"}, headers=ORIGIN)
    assert response.status_code == 401 and response.headers["content-type"].startswith("text/html")
    assert "invalid API key" in response.text and "set-cookie" not in response.headers
    assert app.get("/review", follow_redirects=False).status_code == 303  # still signed out


def test_pages_redirect_to_sign_in_and_back(app):
    draft = create_summary(app)
    response = app.get(f"/review/drafts/{draft['id']}", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == f"/review/login?next=%2Freview%2Fdrafts%2F{draft['id']}"
    login = app.get(response.headers["location"])
    landed = app.post(
        "/review/login", data={"key": EDITOR_KEY, "next": f"/review/drafts/{draft['id']}"}, headers=ORIGIN
    )
    assert 'name="next"' in login.text and landed.url.path == f"/review/drafts/{draft['id']}"


def test_logout_clears_the_cookie(app):
    sign_in(app, EDITOR_KEY)
    token = csrf_of(app.get("/review").text)
    response = post_form(app, "/review/logout", {"csrf": token})
    assert response.status_code == 303 and response.headers["location"] == "/review/login"
    assert (
        'bisum_session=""' in response.headers["set-cookie"]
        and "Path=/review" in response.headers["set-cookie"]
    )


def test_a_client_key_can_read_but_not_approve(app):
    draft = create_summary(app)
    sign_in(app, CLIENT_KEY)
    html, doc = page(app, draft["id"])
    assert "Read-only" in html and not doc.get_element_by_id("approve-btn", None)
    assert not doc.xpath("//button[contains(@class, 'edit-toggle')]")
    response = post_form(
        app, f"/review/drafts/{draft['id']}/approve", {"csrf": csrf_of(html), "revision": "1"}
    )
    assert response.status_code == 403 and "needs the &#39;editor&#39; role" in response.text
    assert status_of(app, draft["id"])["status"] == "draft"


def test_a_post_without_the_csrf_token_is_refused(app):
    draft = create_summary(app)
    sign_in(app, EDITOR_KEY)
    for data in ({"revision": "1"}, {"revision": "1", "csrf": "0" * 64}):
        response = post_form(app, f"/review/drafts/{draft['id']}/approve", data)
        assert response.status_code == 403 and "security token" in response.text
    assert status_of(app, draft["id"])["status"] == "draft"


def test_a_cross_origin_post_is_refused(app):
    draft = create_summary(app)
    sign_in(app, EDITOR_KEY)
    token = csrf_of(page(app, draft["id"])[0])
    approve = f"/review/drafts/{draft['id']}/approve"
    refused = [
        {"Origin": "https://evil.example"},
        {"Origin": "https://evil.example", "Sec-Fetch-Site": "same-origin"},
        {"Sec-Fetch-Site": "cross-site"},
        {"Sec-Fetch-Site": "same-site", "Origin": "null"},  # a sibling subdomain
        {"Origin": "null"},
        {},
    ]
    for headers in refused:
        response = post_form(app, approve, {"csrf": token, "revision": "1"}, headers)
        assert response.status_code == 403 and "not submitted from this site" in response.text
    assert status_of(app, draft["id"])["status"] == "draft"
    # What Chromium sends under `Referrer-Policy: no-referrer`: Origin null, Sec-Fetch-Site same-origin.
    chromium = {"Origin": "null", "Sec-Fetch-Site": "same-origin"}
    assert post_form(app, approve, {"csrf": token, "revision": "1"}, chromium).status_code == 303
    assert status_of(app, draft["id"])["status"] == "approved"


def test_article_and_model_text_are_escaped(app, llm_mock):
    hostile = good_summary()
    hostile["en"]["title"] = IMG_TAG
    hostile["zh_hans"]["key_points"][0] = SCRIPT_TAG
    llm_mock.post("/chat/completions").mock(return_value=reply(hostile))
    draft = create_summary(app, text=HOSTILE_ARTICLE)
    sign_in(app, EDITOR_KEY)
    html, doc = page(app, draft["id"])
    assert SCRIPT_TAG not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=&#34;window.__pwned=1&#34;&gt;" in html
    # The only script is our own file; no element carries an event handler.
    assert [s.get("src") for s in doc.iter("script")] == ["/review/static/review.js"]
    assert not [el for el in doc.iter() if any(name.startswith("on") for name in el.attrib)]
    assert doc.get_element_by_id("f-summary-en-title").text_content().count(IMG_TAG) == 2  # text + textarea


def test_a_failing_check_is_marked_at_its_field(app):
    draft = create_summary(app)
    sign_in(app, EDITOR_KEY)
    token = csrf_of(page(app, draft["id"])[0])
    response = post_form(
        app,
        f"/review/drafts/{draft['id']}/edit",
        {"csrf": token, "revision": "1", "field": "summary.zh-Hans.title", "value": "開發者關係負責人離職"},
    )
    assert response.status_code == 303
    _, doc = page(app, draft["id"])
    field = doc.get_element_by_id("f-summary-zh-Hans-title")
    assert "field--failing" in field.get("class")
    assert "simplified_script" in field.text_content() and "Traditional characters" in field.text_content()
    assert "field--failing" not in doc.get_element_by_id("f-summary-en-title").get("class")
    failing = doc.xpath("//li[contains(@class, 'check--fail')]")
    assert [a.get("href") for a in failing[0].xpath(".//a")] == ["#f-summary-zh-Hans-title"]
    assert doc.get_element_by_id("draft-status").text_content().strip() == "Needs review"


def test_edit_approve_and_reject_through_the_forms(app):
    draft = create_summary(app)
    other = create_summary(app, length="short")
    sign_in(app, EDITOR_KEY)
    token = csrf_of(page(app, draft["id"])[0])
    edit = f"/review/drafts/{draft['id']}/edit"
    new_text = draft["summary"]["zh-Hans"]["summary"] + "编辑已核实。"
    saved = post_form(
        app,
        edit,
        {
            "csrf": token,
            "revision": "1",
            "field": "summary.zh-Hans.summary",
            "value": new_text,
            "note": "checked the date",
        },
    )
    assert saved.status_code == 303 and saved.headers["location"].endswith("?done=edited")
    html, doc = page(app, draft["id"])
    assert doc.get_element_by_id("draft-revision").text == "2"
    assert new_text in doc.get_element_by_id("f-summary-zh-Hans-summary").text_content()
    history = doc.get_element_by_id("rev-2").text_content()
    assert "by mei" in history and "checked the date" in history and "summary.zh-Hans.summary" in history

    # A stale page: 409 on the page itself, the editor's text kept in the open editor.
    stale = post_form(
        app, edit, {"csrf": token, "revision": "1", "field": "summary.en.title", "value": "Mine"}
    )
    assert stale.status_code == 409 and "now at revision 2" in stale.text
    stale_doc = lxml.html.fromstring(stale.text)
    editor = stale_doc.get_element_by_id("f-summary-en-title-edit")
    assert editor.get("hidden") is None and editor.xpath(".//textarea")[0].text == "Mine"

    bad = post_form(app, edit, {"csrf": token, "revision": "2", "field": "summary.en.title", "value": " "})
    assert bad.status_code == 422 and "expected non-empty text" in bad.text
    keywords = post_form(
        app,
        edit,
        {"csrf": token, "revision": "2", "field": "keywords.en", "value": "OpenAI\nLogan Kilpatrick\n"},
    )
    assert keywords.status_code == 303 and status_of(app, draft["id"])["output"]["keywords"]["en"] == [
        "OpenAI",
        "Logan Kilpatrick",
    ]

    approve = f"/review/drafts/{draft['id']}/approve"
    assert post_form(app, approve, {"csrf": token, "revision": "2"}).status_code == 409  # stale again
    assert post_form(app, approve, {"csrf": token, "revision": "3"}).status_code == 303
    html, doc = page(app, draft["id"])
    assert doc.get_element_by_id("draft-status").text_content().strip() == "Approved"
    assert "以上内容由 AI 生成，经编辑审阅修改。" in html and "reviewed and edited by an editor" in html
    assert not doc.get_element_by_id("approve-btn", None)
    assert "mei" in doc.get_element_by_id("approved-by").text_content()

    reject = f"/review/drafts/{other['id']}/reject"
    missing = post_form(app, reject, {"csrf": token, "revision": "1", "reason": "  "})
    assert missing.status_code == 422 and "a reason is required" in missing.text
    assert (
        post_form(app, reject, {"csrf": token, "revision": "1", "reason": "wrong person"}).status_code == 303
    )
    rejected = status_of(app, other["id"])
    assert rejected["status"] == "rejected" and rejected["reject_reason"] == "wrong person"
    assert post_form(app, "/review/drafts/nope/approve", {"csrf": token, "revision": "1"}).status_code == 404


def test_the_list_filters_searches_and_pages(app, monkeypatch):
    first = create_summary(app)
    second = create_summary(app, length="short")
    app.post(
        f"/v1/drafts/{second['id']}/reject",
        json={"reason": "duplicate"},
        headers={"Authorization": f"Bearer {EDITOR_KEY}"},
    )
    sign_in(app, EDITOR_KEY)

    def ids(response) -> list[str]:
        doc = lxml.html.fromstring(response.text)
        return [
            a.get("href").rsplit("/", 1)[1] for a in doc.xpath("//td[contains(@class, 'drafts__title')]/a")
        ]

    assert set(ids(app.get("/review"))) == {first["id"], second["id"]}
    assert ids(app.get("/review", params={"status": "rejected"})) == [second["id"]]
    assert ids(app.get("/review", params={"status": "approved"})) == []
    assert (
        ids(app.get("/review", params={"q": "洛根"})) and ids(app.get("/review", params={"q": "zzzz"})) == []
    )
    assert ids(app.get("/review", params={"status": "bogus", "page": "x"}))  # lenient: treated as all, page 1
    monkeypatch.setattr(review, "PAGE_SIZE", 1)
    page_one, page_two = app.get("/review"), app.get("/review", params={"page": 2})
    assert len(ids(page_one)) == 1 and ids(page_one) != ids(page_two)
    assert 'href="/review?page=2"' in page_one.text and "Page 2 of 2" in page_two.text


def test_open_mode_needs_no_sign_in_but_still_checks_csrf():
    with TestClient(create_app(offline_settings())) as app:
        draft = create_summary(app, text=ARTICLE)
        assert app.get("/review/login", follow_redirects=False).headers["location"] == "/review"
        html, _ = page(app, draft["id"])
        assert "Open mode" in html
        approve = f"/review/drafts/{draft['id']}/approve"
        assert post_form(app, approve, {"revision": "1"}).status_code == 403
        # The extractive draft fails translation_available: approving it takes the confirm step.
        assert post_form(app, approve, {"csrf": csrf_of(html), "revision": "1"}).status_code == 422
        confirmed = {"csrf": csrf_of(html), "revision": "1", "acknowledge_failed_checks": "yes"}
        assert post_form(app, approve, confirmed).status_code == 303
        assert app.get(f"/v1/drafts/{draft['id']}").json()["status"] == "approved"


def test_a_translation_is_reviewed_paragraph_by_paragraph(app):
    body = app.post(
        "/v1/translations",
        json={"text": "观察者网报道。\n\n第二段内容。", "target": "zh-Hant"},
        headers={"X-API-Key": CLIENT_KEY},
    ).json()
    sign_in(app, EDITOR_KEY)
    html, doc = page(app, body["id"])
    assert "觀察者網報道。" in doc.get_element_by_id("f-pairs-0-target").text_content()
    assert "观察者网报道。" in doc.get_element_by_id("f-pairs-0-source").text_content()
    # An older browser sends no Sec-Fetch-Site and no Origin, but a same-site Referer: accepted.
    saved = post_form(
        app,
        f"/review/drafts/{body['id']}/edit",
        {"csrf": csrf_of(html), "revision": "1", "field": "pairs[1].target", "value": "第二段內容，已校對。"},
        {"Referer": f"http://testserver/review/drafts/{body['id']}"},
    )
    assert saved.status_code == 303
    _, doc = page(app, body["id"])
    assert doc.get_element_by_id("f-pairs-1-target").xpath(".//div[@class='field__text']")[0].text == (
        "第二段內容，已校對。"
    )
    assert status_of(app, body["id"])["output"]["pairs"][1]["target"] == "第二段內容，已校對。"


def test_an_edit_landing_while_the_form_is_saved_is_a_conflict_not_built_upon(app, monkeypatch):
    """The page's revision goes to the store's conditional update: another editor's edit landing between
    this request's read of the draft and its write makes it a 409 page; nothing of ours is saved."""
    from service.store.repository import DraftStore

    draft = create_summary(app)
    sign_in(app, EDITOR_KEY)
    token = csrf_of(page(app, draft["id"])[0])
    read, landed = DraftStore.get, []

    def get_then_a_rival_edit_lands(store, draft_id):
        record = read(store, draft_id)
        if record is not None and not landed:
            landed.append(store.add_revision(
                draft_id, expected_revision=record.current_revision, kind="edit", author="rival",
                status=record.status, output=record.output, diff=[],
            ))  # fmt: skip
        return record

    monkeypatch.setattr(DraftStore, "get", get_then_a_rival_edit_lands)
    saved = post_form(
        app,
        f"/review/drafts/{draft['id']}/edit",
        {"csrf": token, "revision": "1", "field": "summary.en.title", "value": "Mine"},
    )
    monkeypatch.undo()
    assert landed and saved.status_code == 409, saved.text
    _, doc = page(app, draft["id"])
    assert doc.get_element_by_id("draft-revision").text == "2"
    assert "Mine" not in doc.get_element_by_id("f-summary-en-title").text_content()
