"""Review sign-in (issue 10): a server-side session instead of the API key as cookie - a random id whose
sha256 alone is stored, with an expiry, revoked at sign-out and ended by a key rotation - and failed
sign-ins throttled per client address."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select, update

from service.api.app import create_app
from service.api.review_auth import LoginThrottle
from service.store.models import ReviewSession
from service.store.repository import now
from tests.conftest import llm_settings, reply
from tests.fixtures import good_summary
from tests.review.helpers import EDITOR_KEY, KEYS
from tests.review.test_review_pages import ORIGIN, csrf_of, post_form

LOGIN = "/review/login"


def app_with(**settings) -> TestClient:
    return TestClient(create_app(llm_settings(api_keys=KEYS, **settings)))


@pytest.fixture
def app(llm_mock) -> Iterator[TestClient]:
    llm_mock.post("/chat/completions").mock(return_value=reply(good_summary()))
    with app_with() as client:
        yield client


def sign_in(client: TestClient, key: str = EDITOR_KEY) -> str:
    response = client.post(
        LOGIN, data={"key": key, "next": "/review"}, headers=ORIGIN, follow_redirects=False
    )
    assert response.status_code == 303, response.text
    return client.cookies["bisum_session"]


def signed_in(client: TestClient, session_id: str) -> bool:
    client.cookies.clear()
    client.cookies.set("bisum_session", session_id, path="/review")
    return client.get("/review", follow_redirects=False).status_code == 200


def rows(client: TestClient) -> list[ReviewSession]:
    with client.app.state.review_auth.sessions._sessions() as session:
        return list(session.scalars(select(ReviewSession)).all())


def test_the_cookie_is_a_random_session_id_and_only_its_hash_is_stored(app):
    first, second = sign_in(app), sign_in(app)
    assert first != second and len(first) >= 40 and EDITOR_KEY not in first
    stored = rows(app)
    assert {row.id_sha256 for row in stored} == {
        hashlib.sha256(s.encode()).hexdigest() for s in (first, second)
    }
    assert all(row.key_name == "mei" and EDITOR_KEY not in row.key_fingerprint for row in stored)
    assert signed_in(app, first) and signed_in(app, second)
    assert not signed_in(app, EDITOR_KEY)  # the key itself is no cookie


def test_sign_out_revokes_the_session_on_the_server(app):
    session_id = sign_in(app)
    token = csrf_of(app.get("/review").text)
    assert post_form(app, "/review/logout", {"csrf": token}).status_code == 303
    assert not signed_in(app, session_id)  # a copied cookie is dead too
    assert rows(app)[0].revoked_at is not None


def test_a_session_expires(app):
    session_id = sign_in(app)
    assert signed_in(app, session_id)
    with app.app.state.review_auth.sessions._sessions() as session:
        session.execute(update(ReviewSession).values(expires_at=now() - timedelta(seconds=1)))
        session.commit()
    assert not signed_in(app, session_id)


def test_the_cookie_lifetime_follows_the_session_ttl(llm_mock):
    with app_with(review_session_ttl_s=600) as client:
        response = client.post(LOGIN, data={"key": EDITOR_KEY}, headers=ORIGIN, follow_redirects=False)
        assert "Max-Age=600" in response.headers["set-cookie"]
        row = rows(client)[0]
        assert timedelta(seconds=590) < row.expires_at - row.created_at <= timedelta(seconds=600)


def test_rotating_the_key_ends_its_sessions(llm_mock, tmp_path):
    database = f"sqlite:///{tmp_path}/rotate.sqlite3"
    with app_with(database_url=database) as client:
        session_id = sign_in(client)
    rotated = [{**k, "key": "new-editor-secret"} if k["name"] == "mei" else k for k in KEYS]
    with TestClient(create_app(llm_settings(api_keys=rotated, database_url=database))) as client:
        assert not signed_in(client, session_id)
    with app_with(database_url=database) as client:  # the old key back: the session is valid again
        assert signed_in(client, session_id)


def test_failed_sign_ins_are_throttled_with_retry_after(llm_mock):
    with app_with(review_login_max_failures=3, review_login_window_s=60) as client:
        for _ in range(3):
            assert client.post(LOGIN, data={"key": "guess"}, headers=ORIGIN).status_code == 401
        blocked = client.post(LOGIN, data={"key": EDITOR_KEY}, headers=ORIGIN, follow_redirects=False)
        assert blocked.status_code == 429 and 0 < int(blocked.headers["retry-after"]) <= 60
        assert "too many failed sign-ins" in blocked.text and "set-cookie" not in blocked.headers


def test_the_throttle_window_slides_and_a_success_clears_it():
    clock = [0.0]
    throttle = LoginThrottle(max_failures=2, window_s=10, clock=lambda: clock[0])
    throttle.failed("10.0.0.1")
    clock[0] = 4
    throttle.failed("10.0.0.1")
    assert throttle.retry_after("10.0.0.1") == 6 and throttle.retry_after("10.0.0.2") is None
    clock[0] = 10.5  # the first failure left the window
    assert throttle.retry_after("10.0.0.1") is None
    throttle.failed("10.0.0.1")
    throttle.succeeded("10.0.0.1")
    throttle.failed("10.0.0.1")
    assert throttle.retry_after("10.0.0.1") is None
