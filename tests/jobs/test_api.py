"""Jobs API, embedded mode (SQLite, items run on the server's event loop), against the FakeLLM."""

from __future__ import annotations

import json
from typing import Any

import pytest
from fastapi.testclient import TestClient

from service.api.app import create_app
from service.devtools.fake_llm import FakeLLM
from service.jobs.callbacks import SIGNATURE_HEADER, TIMESTAMP_HEADER, verify
from service.wiring import build_job_store
from tests.jobs.conftest import (
    CALLBACK_SECRET,
    CLIENT,
    EDITOR,
    KEYS,
    OTHER,
    CallbackReceiver,
    article,
    fake_settings,
    wait_until,
)


def finished(api: TestClient, job_id: str, headers: dict[str, str] | None = None) -> dict[str, Any]:
    def check() -> dict[str, Any] | None:
        job = api.get(f"/v1/jobs/{job_id}", headers=headers).json()
        return (
            job if job["status"] in ("done", "failed", "cancelled") and not job["counts"]["running"] else None
        )

    return wait_until(check)


def results(api: TestClient, job_id: str, headers: dict[str, str] | None = None) -> list[dict[str, Any]]:
    response = api.get(f"/v1/jobs/{job_id}/results", headers=headers)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/x-ndjson")
    return [json.loads(line) for line in response.text.splitlines()]


@pytest.fixture
def api(fake: FakeLLM):
    with TestClient(create_app(fake_settings(fake))) as client:
        yield client


def test_job_of_ten_articles_runs_to_done_and_streams_ten_results(api, fake):
    response = api.post("/v1/jobs", json={"articles": [article(i) for i in range(10)], "length": "short"})
    assert response.status_code == 202
    body = response.json()
    assert body["total"] == 10 and body["status"] == "queued"
    assert response.headers["location"] == f"/v1/jobs/{body['job_id']}"

    job = finished(api, body["job_id"])
    assert job["status"] == "done"
    assert job["counts"] == {"total": 10, "queued": 0, "running": 0, "done": 10, "failed": 0, "cancelled": 0}
    assert job["created_at"] <= job["started_at"] <= job["finished_at"]
    assert job["options"]["length"] == "short"

    lines = results(api, body["job_id"])
    assert [line["article_id"] for line in lines] == [f"cms-{i:03d}" for i in range(10)]
    for line in lines:
        assert line["status"] == "done"
        assert line["response"]["id"] == line["draft_id"]
        assert line["response"]["summary"]["en"]["title"]
        assert line["response"]["provenance"]["engine"] == "llm"
        # the draft is a real draft: the review API serves it
        assert api.get(f"/v1/drafts/{line['draft_id']}").json()["id"] == line["draft_id"]
    assert len({line["draft_id"] for line in lines}) == 10
    assert fake.stats["calls"] == 10


def test_articles_already_summarised_cost_no_llm_call_in_a_later_job(api, fake):
    first = api.post("/v1/jobs", json={"articles": [article(i) for i in range(3)]}).json()["job_id"]
    finished(api, first)
    again = [{**article(i), "id": f"again-{i}"} for i in range(3)]  # same texts, other CMS ids
    second = api.post("/v1/jobs", json={"articles": again}).json()["job_id"]
    assert finished(api, second)["counts"]["done"] == 3
    assert fake.stats["calls"] == 3  # the content key found the stored drafts
    assert [line["draft_id"] for line in results(api, first)] == [
        line["draft_id"] for line in results(api, second)
    ]


def test_jsonl_upload_with_the_options_in_the_query(api):
    body = "".join(json.dumps(article(i)) + "\n" for i in range(3)) + "\n"
    response = api.post(
        "/v1/jobs?length=short&targets=en&targets=zh-Hant-TW",
        content=body.encode(),
        headers={"content-type": "application/x-ndjson"},
    )
    assert response.status_code == 202, response.text
    job = finished(api, response.json()["job_id"])
    assert job["counts"]["done"] == 3
    assert job["options"] == {
        "length": "short",
        "targets": ["en", "zh-Hant-TW"],
        "prompt_version": None,
    }
    first = results(api, job["id"])[0]["response"]
    assert set(first["summary"]) == {"en", "zh-Hant-TW"}


def test_a_bad_article_fails_alone_and_says_why(api):
    articles = [article(0), {"id": "empty", "text": "   \n  "}, article(1)]
    job = finished(api, api.post("/v1/jobs", json={"articles": articles}).json()["job_id"])
    assert job["status"] == "done"
    assert (job["counts"]["done"], job["counts"]["failed"]) == (2, 1)
    failed = [line for line in results(api, job["id"]) if line["status"] == "failed"]
    assert [line["article_id"] for line in failed] == ["empty"]
    assert failed[0]["error"]["code"] == "empty_input" and "response" not in failed[0]


def test_a_job_where_every_article_fails_is_failed(api):
    job_id = api.post("/v1/jobs", json={"articles": [{"id": "x", "text": " "}]}).json()["job_id"]
    assert finished(api, job_id)["status"] == "failed"


@pytest.mark.parametrize(
    ("body", "where"),
    [
        ({"articles": []}, "articles"),
        ({"articles": [{"id": "a", "text": "x"}, {"id": "a", "text": "y"}]}, "articles"),
        ({"articles": [{"id": "a"}]}, "articles"),
        ({"articles": [{"id": "a", "text": "x"}], "length": "huge"}, "length"),
        ({"articles": [{"id": "a", "text": "x"}], "targets": ["fr"]}, "targets"),
        ({"articles": [{"id": "a", "text": "x"}], "callback_url": "ftp://example.com/x"}, "callback_url"),
    ],
)
def test_invalid_jobs_are_422_before_anything_is_queued(api, body, where):
    response = api.post("/v1/jobs", json=body)
    assert response.status_code == 422
    assert where in json.dumps(response.json()["error"])


def test_unknown_prompt_version_is_422(api):
    response = api.post("/v1/jobs", json={"articles": [article(0)], "prompt_version": "v999"})
    assert response.status_code == 422 and "v999" in response.json()["error"]["message"]


def test_too_many_articles_is_422_with_the_limit(fake):
    with TestClient(create_app(fake_settings(fake, job_max_articles=5))) as api:
        response = api.post("/v1/jobs", json={"articles": [article(i) for i in range(6)]})
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "too_many_articles"
    assert response.json()["error"]["detail"] == {"max_articles": 5}


def test_bad_jsonl_line_is_422_with_its_number(api):
    response = api.post(
        "/v1/jobs",
        content=b'{"id": "a", "text": "x"}\n{oops\n',
        headers={"content-type": "application/x-ndjson"},
    )
    assert response.status_code == 422 and response.json()["error"]["detail"] == {"line": 2}


def test_unknown_job_is_404(api):
    assert api.get("/v1/jobs/job_nope").status_code == 404
    assert api.get("/v1/jobs/job_nope/results").status_code == 404
    assert api.post("/v1/jobs/job_nope/cancel").status_code == 404


def test_cancel_stops_queued_articles_and_keeps_finished_ones(fake):
    fake.configure(latency_ms=1000)  # the first article holds the only slot while we cancel
    settings = fake_settings(fake, job_concurrency=1)
    with TestClient(create_app(settings)) as api:
        job_id = api.post("/v1/jobs", json={"articles": [article(i) for i in range(6)]}).json()["job_id"]
        wait_until(lambda: api.get(f"/v1/jobs/{job_id}").json()["counts"]["running"] == 1)
        cancelled = api.post(f"/v1/jobs/{job_id}/cancel")
        assert cancelled.status_code == 200
        assert cancelled.json()["status"] == "cancelled" and cancelled.json()["finished_at"]
        job = finished(api, job_id)
        assert api.post(f"/v1/jobs/{job_id}/cancel").status_code == 200  # again: a no-op
    counts = job["counts"]
    assert job["status"] == "cancelled"
    assert counts["queued"] == counts["running"] == 0
    assert counts["cancelled"] >= 4 and counts["done"] + counts["cancelled"] == 6
    assert fake.stats["calls"] == counts["done"]  # no cancelled article reached the model


def test_a_finished_job_cannot_be_cancelled(api):
    job_id = api.post("/v1/jobs", json={"articles": [article(0)]}).json()["job_id"]
    finished(api, job_id)
    response = api.post(f"/v1/jobs/{job_id}/cancel")
    assert response.status_code == 409 and response.json()["error"]["code"] == "conflict"


def test_callback_is_signed_and_retried_until_delivered(fake):
    settings = fake_settings(fake, callback_secret=CALLBACK_SECRET)
    with CallbackReceiver(statuses=[500, 503]) as receiver, TestClient(create_app(settings)) as api:
        job_id = api.post(
            "/v1/jobs", json={"articles": [article(i) for i in range(3)], "callback_url": receiver.url}
        ).json()["job_id"]
        job = wait_until(
            lambda: (j := api.get(f"/v1/jobs/{job_id}").json())["callback"]["status"] == "delivered" and j
        )
    assert job["callback"] == {"url": receiver.url, "status": "delivered", "attempts": 3, "error": None}
    assert len(receiver.received) == 3
    for delivery, body in zip(receiver.received, receiver.bodies(), strict=True):
        headers = {k.lower(): v for k, v in delivery["headers"].items()}
        assert verify(CALLBACK_SECRET, delivery["body"], headers[SIGNATURE_HEADER.lower()])
        assert not verify("another-secret", delivery["body"], headers[SIGNATURE_HEADER.lower()])
        assert headers[TIMESTAMP_HEADER.lower()] == str(body["sent_at"])  # the signed body covers it
        assert body["event"] == "job.done" and body["job"]["id"] == job_id
        assert body["job"]["counts"]["done"] == 3
        assert body["results_url"] == f"/v1/jobs/{job_id}/results"
    assert [d["headers"]["X-Bisum-Attempt"] for d in receiver.received] == ["1", "2", "3"]


def test_callback_gives_up_after_the_configured_attempts(fake):
    settings = fake_settings(fake, callback_secret=CALLBACK_SECRET, callback_max_attempts=2)
    with CallbackReceiver(statuses=[500, 500, 500]) as receiver, TestClient(create_app(settings)) as api:
        job_id = api.post("/v1/jobs", json={"articles": [article(0)], "callback_url": receiver.url}).json()[
            "job_id"
        ]
        job = wait_until(
            lambda: (j := api.get(f"/v1/jobs/{job_id}").json())["callback"]["status"] == "failed" and j
        )
    assert job["callback"]["attempts"] == 2 and len(receiver.received) == 2


def test_callback_needs_a_secret_and_an_allowed_host(fake):
    with TestClient(create_app(fake_settings(fake))) as api:
        response = api.post("/v1/jobs", json={"articles": [article(0)], "callback_url": "http://cms.test/x"})
        assert response.status_code == 422 and "BISUM_CALLBACK_SECRET" in response.json()["error"]["message"]
    settings = fake_settings(fake, callback_secret=CALLBACK_SECRET, callback_hosts=["cms.example"])
    with TestClient(create_app(settings)) as api:
        response = api.post("/v1/jobs", json={"articles": [article(0)], "callback_url": "http://10.0.0.1/x"})
        assert response.status_code == 422 and "BISUM_CALLBACK_HOSTS" in response.json()["error"]["message"]


def test_keys_are_required_and_clients_see_only_their_jobs(fake):
    with TestClient(create_app(fake_settings(fake, api_keys=KEYS))) as api:
        assert api.post("/v1/jobs", json={"articles": [article(0)]}).status_code == 401
        job_id = api.post("/v1/jobs", json={"articles": [article(0)]}, headers=CLIENT).json()["job_id"]
        assert api.get(f"/v1/jobs/{job_id}").status_code == 401
        assert api.get(f"/v1/jobs/{job_id}/results").status_code == 401
        assert api.post(f"/v1/jobs/{job_id}/cancel").status_code == 401
        job = finished(api, job_id, CLIENT)
        assert job["created_by"] == "cms"
        assert api.get(f"/v1/jobs/{job_id}", headers=OTHER).status_code == 404
        assert api.get(f"/v1/jobs/{job_id}/results", headers=OTHER).status_code == 404
        assert api.post(f"/v1/jobs/{job_id}/cancel", headers=OTHER).status_code == 404
        assert api.get(f"/v1/jobs/{job_id}", headers=EDITOR).status_code == 200
        assert len(results(api, job_id, CLIENT)) == 1


def test_jobs_are_in_the_openapi_document(api):
    paths = api.get("/openapi.json").json()["paths"]
    assert {"/v1/jobs", "/v1/jobs/{job_id}", "/v1/jobs/{job_id}/results", "/v1/jobs/{job_id}/cancel"} <= set(
        paths
    )
    assert set(paths["/v1/jobs"]["post"]["requestBody"]["content"]) == {
        "application/json",
        "application/x-ndjson",
    }


def test_a_server_stopped_mid_job_hands_items_back_and_finishes_after_a_restart(fake):
    fake.configure(latency_ms=1000)
    settings = fake_settings(fake, job_concurrency=2)
    with TestClient(create_app(settings)) as api:
        job_id = api.post("/v1/jobs", json={"articles": [article(i) for i in range(4)]}).json()["job_id"]
        wait_until(lambda: api.get(f"/v1/jobs/{job_id}").json()["counts"]["running"] == 2)
    stopped = build_job_store(settings).get(job_id)
    assert stopped.status == "running" and "running" not in stopped.counts  # nothing left held
    fake.configure(latency_ms=0)
    with TestClient(create_app(settings)) as api:
        job = finished(api, job_id)
    assert job["status"] == "done" and job["counts"]["done"] == 4


def test_cancelling_a_job_sends_its_callback(fake):
    fake.configure(latency_ms=1000)
    settings = fake_settings(fake, callback_secret=CALLBACK_SECRET, job_concurrency=1)
    with CallbackReceiver() as receiver, TestClient(create_app(settings)) as api:
        body = {"articles": [article(i) for i in range(3)], "callback_url": receiver.url}
        job_id = api.post("/v1/jobs", json=body).json()["job_id"]
        api.post(f"/v1/jobs/{job_id}/cancel")
        wait_until(lambda: api.get(f"/v1/jobs/{job_id}").json()["callback"]["status"] == "delivered")
    (sent,) = receiver.bodies()
    assert sent["event"] == "job.cancelled" and sent["job"]["status"] == "cancelled"
