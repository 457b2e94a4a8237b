"""No LLM configured: the embedded extractive engine answers honestly, in the source's language only."""

from __future__ import annotations

import pytest

from tests.conftest import seed


@pytest.mark.parametrize("prefix", ["001", "002", "004"])
def test_chinese_seed_gets_chinese_summary_and_no_invented_english(offline_app, prefix):
    body = offline_app.post("/v1/summaries", json={"text": seed(prefix)}).json()
    assert body["provenance"]["engine"] == "extractive"
    assert body["summary"]["en"] is None
    assert body["summary"]["zh-Hans"]["summary"]
    assert body["summary"]["zh-Hant"]["summary"]
    assert body["status"] == "needs_review"
    failed = {c["name"]: c for c in body["checks"] if not c["passed"]}
    assert "LLM endpoint" in failed["translation_available"]["detail"]
    assert body["keywords"]["en"] == [] and body["keywords"]["zh-Hans"]


def test_english_seed_gets_english_only(offline_app):
    body = offline_app.post("/v1/summaries", json={"text": seed("003")}).json()
    assert body["summary"]["en"]["summary"]
    assert body["summary"]["zh-Hans"] is None and body["summary"]["zh-Hant"] is None
    assert body["key_points"] and all(point["zh-Hans"] is None for point in body["key_points"])


def test_mixed_seed_gets_both_sides_from_the_source_itself(offline_app):
    body = offline_app.post("/v1/summaries", json={"text": seed("000")}).json()
    assert body["source"]["mixed"] is True
    assert body["summary"]["en"]["summary"] and body["summary"]["zh-Hans"]["summary"]


def test_traditional_seed_flags_its_mojibake(offline_app):
    body = offline_app.post("/v1/summaries", json={"text": seed("004")}).json()
    failed = {c["name"]: c for c in body["checks"] if not c["passed"]}
    assert "source_mojibake" in failed
    assert body["source"]["mojibake"]


def test_extractive_summary_never_quotes_garbled_sentences(offline_app):
    body = offline_app.post("/v1/summaries", json={"text": seed("004")}).json()
    produced = body["summary"]["zh-Hans"]
    quoted = " ".join([produced["title"], produced["one_line"], produced["summary"], *produced["key_points"]])
    for span in body["source"]["mojibake"]:
        assert span["text"] not in quoted
    assert "shù)" not in quoted and "锟" not in quoted
