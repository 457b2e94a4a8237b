"""LibreTranslate-compatible routes against a real server: uvicorn on a free loopback port, the project's
fake LLM behind it, called with the libretranslatepy client (urllib, form-urlencoded) and with JSON."""

from __future__ import annotations

import json
import urllib.error
from collections.abc import Iterator

import httpx
import pytest
from libretranslatepy import LibreTranslateAPI

from service.api.app import create_app
from service.devtools.fake_llm import FakeLLM
from tests.proof.conftest import LiveServer, fake_settings

EN = "Logan Kilpatrick left OpenAI on March 1, after more than a year at the company."
ZH_HANT = "洛根·基爾帕特里克在3月1日宣佈離開OpenAI，他在該公司工作了一年多。"
CLIENT_KEY, EDITOR_KEY = "lt-client-key-0a1b2c", "lt-editor-key-3d4e5f"
KEYS = [
    {"name": "cms", "role": "client", "key": CLIENT_KEY},
    {"name": "mei", "role": "editor", "key": EDITOR_KEY},
]


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeLLM]:
    with FakeLLM(seed=11) as server:
        yield server


@pytest.fixture(scope="module")
def open_server(fake: FakeLLM) -> Iterator[LiveServer]:
    with LiveServer(create_app(fake_settings(fake))) as server:
        yield server


@pytest.fixture(scope="module")
def keyed_server(fake: FakeLLM) -> Iterator[LiveServer]:
    with LiveServer(create_app(fake_settings(fake, api_keys=KEYS))) as server:
        yield server


def lt_error(exc: urllib.error.HTTPError) -> tuple[int, str]:
    return exc.code, json.loads(exc.read())["error"]


def test_libretranslatepy_translate_detect_languages_unchanged(open_server: LiveServer) -> None:
    lt = LibreTranslateAPI(open_server.url)
    translated = lt.translate(EN, source="en", target="zh")
    assert translated and any("\u4e00" <= ch <= "\u9fff" for ch in translated)
    assert lt.translate(EN, source="EN", target="zt") != translated  # Traditional differs from Simplified
    assert lt.detect(EN)[0]["language"] == "en"
    assert lt.detect(ZH_HANT)[0]["language"] == "zh-Hant"
    assert 0 < lt.detect(EN)[0]["confidence"] <= 100
    codes = {language["code"]: language["targets"] for language in lt.languages()}
    assert codes == {"en": ["zh-Hans", "zh-Hant"], "zh-Hans": ["en", "zh-Hant"], "zh-Hant": ["en", "zh-Hans"]}


def test_translation_is_a_stored_draft_like_v1_translations(open_server: LiveServer) -> None:
    with httpx.Client(base_url=open_server.url, timeout=30) as client:
        answer = client.post("/translate", json={"q": EN, "source": "en", "target": "zh-Hans"})
        assert answer.status_code == 200, answer.text
        draft_id = answer.headers["x-bisum-draft-id"]
        assert answer.headers["x-bisum-status"] in ("draft", "needs_review")
        stored = client.get(f"/v1/drafts/{draft_id}").json()
        assert stored["output"]["pairs"][0]["target"] == answer.json()["translatedText"]
        # the same request through /v1/translations is answered from that draft: one pipeline, one store
        v1 = client.post("/v1/translations", json={"text": EN, "target": "zh-Hans", "source_language": "en"})
        assert v1.json()["id"] == draft_id and v1.json()["cached"] is True


def test_json_list_auto_detect_alternatives_and_unknown_fields(open_server: LiveServer) -> None:
    body = {"q": [EN, ZH_HANT], "source": "auto", "target": "en", "alternatives": 3, "glossary": "ignored"}
    answer = httpx.post(f"{open_server.url}/translate", json=body, timeout=30)
    assert answer.status_code == 200, answer.text
    result = answer.json()
    assert len(result["translatedText"]) == 2
    assert result["translatedText"][0] == EN  # English to English is passed through, no model
    assert [d["language"] for d in result["detectedLanguage"]] == ["en", "zh-Hant"]
    assert all(0 < d["confidence"] <= 100 for d in result["detectedLanguage"])
    assert result["alternatives"] == [[], []]
    passed_through, translated = answer.headers["x-bisum-draft-id"].split(",")
    assert passed_through == "-" and translated.startswith("drf_")  # nothing stored for en -> en


def test_single_auto_text_has_one_detected_language_and_html_paragraphs(open_server: LiveServer) -> None:
    second = EN.replace("March", "April")
    page = f"<html><body><article><p>{EN}</p><p>{second}</p></article></body></html>"
    answer = httpx.post(
        f"{open_server.url}/translate",
        data={"q": page, "source": "auto", "target": "zh-Hant", "format": "html"},
        timeout=30,
    ).json()
    assert answer["detectedLanguage"]["language"] == "en"
    assert answer["translatedText"].startswith("<p>") and answer["translatedText"].endswith("</p>")


def test_multipart_body_is_accepted(open_server: LiveServer) -> None:
    answer = httpx.post(f"{open_server.url}/detect", files={"q": (None, ZH_HANT)}, timeout=30)
    assert answer.status_code == 200, answer.text
    assert answer.json()[0]["language"] == "zh-Hant"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"source": "en", "target": "zh"}, "Invalid request: missing q parameter"),
        ({"q": "Hello", "source": "en"}, "Invalid request: missing target parameter"),
        ({"q": "Hello", "target": "zh"}, "Invalid request: missing source parameter"),
        ({"q": "Hello", "source": "en", "target": "fr"}, "fr is not supported"),
        ({"q": "Hello", "source": "de", "target": "en"}, "de is not supported"),
        ({"q": "Hello", "source": "en", "target": "zh", "format": "pdf"}, "pdf format is not supported"),
        ({"q": [1, 2], "source": "en", "target": "zh"}, "Invalid request: q must be a string or a list"),
        # found by the schema fuzzer: a `context` that is no string was a 500
        ({"q": "Hello", "source": "en", "target": "zh", "context": [[1], {}]}, "Invalid request: context"),
    ],
)
def test_bad_requests_are_400_with_libretranslates_error_shape(
    open_server: LiveServer, body: dict, message: str
) -> None:
    answer = httpx.post(f"{open_server.url}/translate", json=body, timeout=30)
    assert answer.status_code == 400
    assert answer.json()["error"].startswith(message)


def test_invalid_json_is_400(open_server: LiveServer) -> None:
    answer = httpx.post(
        f"{open_server.url}/translate", content=b"[1, 2", headers={"content-type": "application/json"}
    )
    assert answer.status_code == 400 and answer.json() == {"error": "Invalid JSON format"}


def test_api_keys_in_the_body_or_headers(keyed_server: LiveServer) -> None:
    with pytest.raises(urllib.error.HTTPError) as missing:
        LibreTranslateAPI(keyed_server.url).translate(EN, "en", "zh")
    status, message = lt_error(missing.value)
    assert status == 400 and "API key" in message
    with pytest.raises(urllib.error.HTTPError) as invalid:
        LibreTranslateAPI(keyed_server.url, api_key="wrong").detect(EN)
    assert lt_error(invalid.value) == (403, "Invalid API key")

    lt = LibreTranslateAPI(keyed_server.url, api_key=CLIENT_KEY)
    assert lt.translate(EN, "en", "zh-Hans")
    assert lt.detect(EN)[0]["language"] == "en"
    assert lt.languages()  # like LibreTranslate, languages need no key
    by_header = httpx.post(
        f"{keyed_server.url}/translate",
        json={"q": EN, "source": "en", "target": "zh"},
        headers={"X-API-Key": EDITOR_KEY},
        timeout=30,
    )
    assert by_header.status_code == 200, by_header.text
    bearer = httpx.post(
        f"{keyed_server.url}/detect", json={"q": EN}, headers={"Authorization": "Bearer wrong"}, timeout=30
    )
    assert bearer.status_code == 403
    settings = httpx.get(f"{keyed_server.url}/frontend/settings").json()
    assert settings["keyRequired"] is True and settings["apiKeys"] is True


def test_frontend_settings_open(open_server: LiveServer) -> None:
    settings = httpx.get(f"{open_server.url}/frontend/settings").json()
    assert settings["keyRequired"] is False
    assert settings["charLimit"] > 0
    assert settings["language"]["source"]["code"] == "auto"


def test_upstream_failures_map_to_429_and_500(open_server: LiveServer, fake: FakeLLM) -> None:
    fake.reset()
    fake.script("rate_limit", "rate_limit", "rate_limit")
    limited = httpx.post(
        f"{open_server.url}/translate",
        json={"q": EN + " Rate limited.", "source": "en", "target": "zh"},
        timeout=30,
    )
    assert limited.status_code == 429, limited.text
    assert limited.json()["error"].startswith("Slowdown:") and "retry-after" in limited.headers
    fake.reset()
    fake.script("server_error", "server_error", "server_error")
    broken = httpx.post(
        f"{open_server.url}/translate",
        json={"q": EN + " Server error.", "source": "en", "target": "zh"},
        timeout=30,
    )
    assert broken.status_code == 500, broken.text
    assert broken.json()["error"].startswith("Cannot translate text:")
    fake.reset()


def test_detect_lists_both_languages_of_a_mixed_text(open_server: LiveServer) -> None:
    found = httpx.post(f"{open_server.url}/detect", json={"q": f"{EN}\n\n{ZH_HANT}"}, timeout=30).json()
    assert {d["language"] for d in found} == {"en", "zh-Hant"}
    assert found[0]["confidence"] >= found[1]["confidence"]


def test_malformed_multipart_is_400_in_libretranslates_shape(open_server: LiveServer) -> None:
    """Found by the schema fuzzer: Starlette's own 400 used to come back in bisum's envelope."""
    boundary = "0159978e6eb48e9bbdf531a6895bb6c1"
    answer = httpx.post(
        f"{open_server.url}/detect",
        content=f"--{boundary}\r\n\u00a6F7\u0089\u00ce--{boundary}--\r\n".encode(),
        headers={"content-type": f"multipart/form-data; boundary={boundary}"},
        timeout=30,
    )
    assert answer.status_code == 400
    assert answer.json() == {"error": "Invalid request: Invalid multipart data."}
