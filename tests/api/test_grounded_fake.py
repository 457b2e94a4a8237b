"""summarize@v3 (grounded, compact, the default), v2 (grounded) and v1 (pinned) against the project's fake
LLM over real HTTP: each gives a clean draft, v3 and v2 with their grounding stored, v1 without."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from service.api.app import create_app
from service.devtools.fake_llm import FakeLLM
from tests.conftest import llm_settings, seed


@pytest.mark.parametrize(("version", "grounded"), [(None, True), ("v2", True), ("v1", False)])
def test_both_prompt_versions_against_the_fake(version, grounded):
    with FakeLLM(latency_ms=0, seed=3, keep_requests=5) as fake:
        settings = llm_settings(openai_base_url=fake.base_url, model="fake")
        with TestClient(create_app(settings)) as client:
            body = {"text": seed("003")} | ({"prompt_version": version} if version else {})
            response = client.post("/v1/summaries", json=body)
            assert response.status_code == 200, response.text
            draft = response.json()
            assert draft["provenance"]["prompt"] == f"summarize@{version or 'v3'}"
            failed = {
                c["name"]: c["detail"]
                for c in draft["checks"]
                if not c["passed"] and c["severity"] == "error"
            }
            assert draft["status"] == "draft" and failed == {}, failed
            names = {c["name"] for c in draft["checks"]}
            assert {"entities_grounded", "key_points_grounded"} <= names
            schema = json.dumps(fake.last_request["response_format"])
            if grounded:
                sources = draft["grounding"]["key_point_sources"]
                assert len(sources["en"]) == len(draft["summary"]["en"]["key_points"])
                assert sources["en"] == sources["zh-Hans"]
                assert "[1] " in fake.last_request["messages"][1]["content"]
                assert ('"ents"' in schema, '"entities"' in schema) == (version is None, version == "v2")
                assert {c["name"]: c["passed"] for c in draft["checks"]}["key_points_grounded"] is True
            else:
                assert draft["grounding"] is None
                assert "[1] " not in fake.last_request["messages"][1]["content"]
