"""The fake LLM's repair behaviour (service/devtools/fake_repair.py) through the real app: it fixes what
the check details point at for some content faults (invented numbers, Traditional characters) and not for
others (an obeyed planted instruction); a content fault scripted on the repair call means no fix."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from service.api.app import create_app
from service.devtools.fake_llm import FakeLLM
from tests.conftest import llm_settings, seed

EN_TEXT = "The city council approved a new park on Monday.\n\nMayor Lin Wei said 120 trees would be planted."


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeLLM]:
    with FakeLLM(seed=3) as server:
        yield server


@pytest.fixture
def app(fake: FakeLLM) -> Iterator[TestClient]:
    fake.reset()
    with TestClient(create_app(llm_settings(openai_base_url=fake.base_url, repair=True))) as client:
        yield client


def summary(app: TestClient) -> dict:
    return app.post("/v1/summaries", json={"text": seed("001")}).json()


@pytest.mark.parametrize(
    ("fault", "check"),
    [("invented_numbers", "numbers_in_source"), ("traditional_in_hans", "simplified_script")],
)
def test_the_fake_fixes_what_the_details_point_at(app, fake, fault, check):
    fake.script(fault)
    body = summary(app)
    repair = body["provenance"]["repair"]
    assert check in repair["failed_before"]
    assert repair["outcome"] == "fixed" and body["status"] == "draft"
    assert fake.stats["calls"] == 2
    assert (
        "37%" not in body["summary"]["en"]["summary"]
        and "當地時間" not in body["summary"]["zh-Hans"]["summary"]
    )


def test_the_fake_obeys_a_planted_instruction_again(app, fake):
    fake.script("prompt_injection")
    body = summary(app)
    assert body["provenance"]["repair"]["outcome"] == "not_fixed"
    assert body["status"] == "needs_review" and fake.stats["calls"] == 2


def test_a_translation_repair_rewrites_traditional_characters(app, fake):
    fake.script("traditional_in_hans")
    body = app.post("/v1/translations", json={"text": EN_TEXT, "target": "zh-Hans"}).json()
    assert "simplified_script" in body["provenance"]["repair"]["failed_before"]
    assert "simplified_script" not in body["provenance"]["repair"]["failed_after"]
    assert all("當地時間" not in pair["target"] for pair in body["pairs"])


def test_a_content_fault_on_the_repair_call_fixes_nothing(app, fake):
    fake.script("invented_numbers", "invented_numbers")
    body = summary(app)
    assert body["provenance"]["repair"]["outcome"] == "not_fixed"
    assert "37%" in body["summary"]["en"]["summary"]
