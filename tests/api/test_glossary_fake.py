"""Glossaries and context against the project's fake LLM over real HTTP: the fake honours the entries it is
given, so its drafts pass the terminology check; a job carries glossary_id and context to every article."""

from __future__ import annotations

import json
import time

import pytest
from fastapi.testclient import TestClient

from service.api.app import create_app
from service.devtools.fake_llm import FakeLLM
from tests.conftest import llm_settings, seed

ARTICLE = seed("003")  # English: open-source AI, OLMo, RLHF
ENTRIES = "open-source\t开源\nRLHF\t基于人类反馈的强化学习\nblockchain\t区块链\n"


@pytest.fixture
def fake():
    with FakeLLM(latency_ms=0, seed=3, keep_requests=10) as server:
        yield server


@pytest.fixture
def app(fake):
    with TestClient(create_app(llm_settings(openai_base_url=fake.base_url, model="fake"))) as client:
        yield client


def glossary(app) -> str:
    body = {"name": "ai", "dictionaries": [{"source_lang": "en", "target_lang": "zh", "entries": ENTRIES}]}
    response = app.post("/v1/glossaries", json=body)
    assert response.status_code == 201, response.text
    return response.json()["glossary_id"]


def errors(body: dict) -> dict[str, str]:
    return {c["name"]: c["detail"] for c in body["checks"] if not c["passed"] and c["severity"] == "error"}


def test_a_fake_summary_made_with_a_glossary_passes_terminology(app, fake):
    gid = glossary(app)
    response = app.post("/v1/summaries", json={"text": ARTICLE, "glossary_id": gid, "context": "Tech desk"})
    assert response.status_code == 200, response.text
    body = response.json()
    user = fake.last_request["messages"][1]["content"]
    assert "open-source\t开源" in user and "RLHF\t基于人类反馈的强化学习" in user and "区块链" not in user
    assert "=====BEGIN CONTEXT" in user and "\nTech desk\n" in user
    assert body["provenance"]["fragments"] == ["context@v1", "glossary@v1"]
    check = next(c for c in body["checks"] if c["name"] == "terminology")
    assert check["passed"] and check["detail"] == "ok: 2 glossary entries applied", check
    assert "开源" in body["summary"]["zh-Hans"]["summary"] and "開源" in body["summary"]["zh-Hant"]["summary"]
    assert errors(body) == {} and body["status"] == "draft"


def test_a_fake_translation_made_with_a_glossary_passes_terminology(app, fake):
    gid = glossary(app)
    body = app.post(
        "/v1/translations", json={"text": ARTICLE, "target": "zh-Hant", "glossary_id": gid}
    ).json()
    check = next(c for c in body["checks"] if c["name"] == "terminology")
    assert check["passed"], check
    using = [p for p in body["pairs"] if "RLHF" in p["source"]]
    assert using and all("基於人類反饋的強化學習" in p["target"] for p in using)
    assert "terminology" not in errors(body)


def test_a_job_carries_glossary_and_context_to_each_article(app, fake):
    gid = glossary(app)
    created = app.post(
        "/v1/jobs",
        json={
            "glossary_id": gid,
            "context": "Weekly AI newsletter",
            "articles": [
                {"id": "a1", "text": ARTICLE},
                {"id": "a2", "text": ARTICLE, "context": "Front page"},
            ],
        },
    )
    assert created.status_code == 202, created.text
    job_id = created.json()["job_id"]
    deadline = time.monotonic() + 60
    while app.get(f"/v1/jobs/{job_id}").json()["status"] not in ("done", "failed"):
        assert time.monotonic() < deadline, "the job did not finish"
        time.sleep(0.1)
    lines = [json.loads(line) for line in app.get(f"/v1/jobs/{job_id}/results").text.splitlines()]
    drafts = {
        line["article_id"]: app.get(f"/v1/drafts/{line['draft_id']}").json()["output"] for line in lines
    }
    assert set(drafts) == {"a1", "a2"}
    for output in drafts.values():
        assert output["provenance"]["glossary"]["glossary_id"] == gid
        assert next(c for c in output["checks"] if c["name"] == "terminology")["passed"]
    # the context is part of the content key: the same article under two contexts is two drafts
    assert drafts["a1"]["provenance"]["context_sha256"] != drafts["a2"]["provenance"]["context_sha256"]
    assert len({line["draft_id"] for line in lines}) == 2

    unknown = app.post("/v1/jobs", json={"glossary_id": "gls_no", "articles": [{"id": "x", "text": ARTICLE}]})
    assert unknown.status_code == 404
    long_context = app.post(
        "/v1/jobs", json={"context": "x" * 2001, "articles": [{"id": "x", "text": ARTICLE}]}
    )
    assert long_context.status_code == 422 and long_context.json()["error"]["code"] == "context_too_long"
