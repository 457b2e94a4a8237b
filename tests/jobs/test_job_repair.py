"""The repair pass through jobs (issue 11 §4): `repair` is a job option; each article costs at most one
extra call, even when the repair call fails and the job layer could retry (the first draft is stored
before the repair, so a retried article is served from the store)."""

from __future__ import annotations

from fastapi.testclient import TestClient

from service.api.app import create_app
from tests.jobs.conftest import article, fake_settings
from tests.jobs.test_api import finished, results


def test_a_job_repairs_each_failing_article_once(fake):
    fake.reset()
    # Article 0: invented numbers, then a repair that fixes them. Article 1: invented numbers, then the
    # repair call fails on every attempt the client would make: never retried, the first draft is kept.
    fake.script("invented_numbers", "ok", "invented_numbers", "server_error", "server_error", "server_error")
    with TestClient(create_app(fake_settings(fake, job_concurrency=1))) as api:
        body = {"articles": [article(0), article(1)], "repair": True}
        job_id = api.post("/v1/jobs", json=body).json()["job_id"]
        assert finished(api, job_id)["status"] == "done"
        assert api.get(f"/v1/jobs/{job_id}").json()["options"]["repair"] is True
        lines = {line["article_id"]: line for line in results(api, job_id)}
        drafts = {i: api.get(f"/v1/drafts/{lines[i]['draft_id']}").json() for i in ("cms-000", "cms-001")}
        kinds = {
            i: [r["kind"] for r in api.get(f"/v1/drafts/{lines[i]['draft_id']}/revisions").json()]
            for i in lines
        }
    assert fake.stats["calls"] == 4  # two articles, one generation and one repair call each
    assert fake.stats["script_remaining"] == ["server_error", "server_error"]
    fixed, kept = drafts["cms-000"], drafts["cms-001"]
    assert fixed["status"] == "draft" and fixed["output"]["provenance"]["repair"]["outcome"] == "fixed"
    assert kept["status"] == "needs_review" and kept["output"]["provenance"]["repair"]["outcome"] == "failed"
    assert kinds == {"cms-000": ["machine", "repair"], "cms-001": ["machine", "repair"]}


def test_jobs_do_not_repair_unless_asked(fake):
    fake.reset()
    fake.script("invented_numbers")
    with TestClient(create_app(fake_settings(fake))) as api:
        job_id = api.post("/v1/jobs", json={"articles": [article(2)]}).json()["job_id"]
        finished(api, job_id)
        (line,) = results(api, job_id)
        draft = api.get(f"/v1/drafts/{line['draft_id']}").json()
    assert fake.stats["calls"] == 1
    assert draft["status"] == "needs_review" and draft["output"]["provenance"]["repair"] is None
