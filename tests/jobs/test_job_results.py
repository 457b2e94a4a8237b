"""Job results tell the whole story (issue 10): cancelled articles are listed, drafts are authored by the
client that sent the job, and a failed item's attempts agree with its message."""

from __future__ import annotations

from fastapi.testclient import TestClient

from service.api.app import create_app
from tests.jobs.conftest import CLIENT, EDITOR, KEYS, article, fake_settings, wait_until
from tests.jobs.test_api import finished, results


def test_results_of_a_cancelled_job_list_the_cancelled_articles(fake):
    fake.configure(latency_ms=1000)  # the first article holds the only slot while we cancel
    with TestClient(create_app(fake_settings(fake, job_concurrency=1))) as api:
        job_id = api.post("/v1/jobs", json={"articles": [article(i) for i in range(4)]}).json()["job_id"]
        wait_until(lambda: api.get(f"/v1/jobs/{job_id}").json()["counts"]["running"] == 1)
        api.post(f"/v1/jobs/{job_id}/cancel")
        job = finished(api, job_id)
        lines = results(api, job_id)
    assert [line["position"] for line in lines] == [0, 1, 2, 3]
    cancelled = [line for line in lines if line["status"] == "cancelled"]
    assert len(cancelled) == job["counts"]["cancelled"] >= 2
    assert all(line["error"]["code"] == "cancelled" and line["draft_id"] is None for line in cancelled)
    assert [line["article_id"] for line in lines] == [f"cms-{i:03d}" for i in range(4)]


def test_drafts_made_by_a_job_are_authored_by_its_client(fake):
    with TestClient(create_app(fake_settings(fake, api_keys=KEYS))) as api:
        job_id = api.post("/v1/jobs", json={"articles": [article(0)]}, headers=CLIENT).json()["job_id"]
        finished(api, job_id, CLIENT)
        draft_id = results(api, job_id, CLIENT)[0]["draft_id"]
        history = api.get(f"/v1/drafts/{draft_id}/revisions", headers=EDITOR).json()
    assert history[0]["kind"] == "machine" and history[0]["author"] == "cms"


def test_a_failed_item_counts_the_attempts_its_message_names(fake):
    fake.configure(faults={"server_error": 1.0})
    with TestClient(create_app(fake_settings(fake))) as api:
        job_id = api.post("/v1/jobs", json={"articles": [article(0)]}).json()["job_id"]
        assert finished(api, job_id)["status"] == "failed"
        (line,) = results(api, job_id)
    assert line["status"] == "failed" and line["claims"] == 1
    assert f"after {line['attempts']} attempts" in line["error"]["message"], line
    assert line["attempts"] > 1


def test_a_job_item_makes_exactly_its_budget_of_calls_against_a_failing_endpoint(fake):
    """One budget per article (BISUM_ARTICLE_MAX_ATTEMPTS) across the client's retries and the item's:
    503 forever costs exactly that many HTTP calls (it was 6 item attempts x the client's attempts), and
    the per-call max_attempts does not multiply it."""
    fake.configure(faults={"unavailable": 1.0})
    settings = fake_settings(fake, max_attempts=5, article_max_attempts=3)
    with TestClient(create_app(settings)) as api:
        job_id = api.post("/v1/jobs", json={"articles": [article(0)]}).json()["job_id"]
        assert finished(api, job_id)["status"] == "failed"
        (line,) = results(api, job_id)
    assert fake.stats["calls"] == 3
    assert line["attempts"] == 3 and line["error"]["code"] == "upstream_unavailable"
