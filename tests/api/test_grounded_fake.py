"""summarize@v2 (grounded, the default) and summarize@v1 (pinned) against the project's fake LLM over real
HTTP: both give a clean draft, v2 with its grounding stored, v1 without."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from service.api.app import create_app
from service.devtools.fake_llm import FakeLLM
from tests.conftest import llm_settings, seed


@pytest.mark.parametrize(("version", "grounded"), [(None, True), ("v1", False)])
def test_both_prompt_versions_against_the_fake(version, grounded):
    with FakeLLM(latency_ms=0, seed=3, keep_requests=5) as fake:
        settings = llm_settings(openai_base_url=fake.base_url, model="fake")
        with TestClient(create_app(settings)) as client:
            body = {"text": seed("003")} | ({"prompt_version": version} if version else {})
            response = client.post("/v1/summaries", json=body)
            assert response.status_code == 200, response.text
            draft = response.json()
            assert draft["provenance"]["prompt"] == f"summarize@{version or 'v2'}"
            failed = {
                c["name"]: c["detail"]
                for c in draft["checks"]
                if not c["passed"] and c["severity"] == "error"
            }
            assert draft["status"] == "draft" and failed == {}, failed
            names = {c["name"] for c in draft["checks"]}
            assert {"entities_grounded", "key_points_grounded"} <= names
            if grounded:
                sources = draft["grounding"]["key_point_sources"]
                assert len(sources["en"]) == len(draft["summary"]["en"]["key_points"])
                assert "[1] " in fake.last_request["messages"][1]["content"]
            else:
                assert draft["grounding"] is None
                assert "[1] " not in fake.last_request["messages"][1]["content"]
