"""Health, readiness, languages, prompts, detect, OpenAPI and the error envelope."""

from __future__ import annotations

from tests.conftest import seed


def test_health_and_readiness(offline_app):
    assert offline_app.get("/healthz").json() == {"status": "ok"}
    ready = offline_app.get("/readyz").json()
    assert ready["status"] == "ready" and ready["engine"] == "extractive"
    assert "summarize@v1" in ready["prompts"]


def test_request_id_is_echoed(offline_app):
    response = offline_app.get("/healthz", headers={"X-Request-ID": "abc123"})
    assert response.headers["x-request-id"] == "abc123"
    assert len(offline_app.get("/healthz").headers["x-request-id"]) == 32


def test_languages_and_prompts(offline_app):
    languages = offline_app.get("/v1/languages").json()
    assert {"en", "zh-Hans", "zh-Hant", "zh-Hant-TW", "zh-Hant-HK"} == set(languages["targets"])
    assert languages["engine"] == "extractive"
    prompts = offline_app.get("/v1/prompts").json()
    refs = {p["ref"] for p in prompts}
    assert {"summarize@v1", "translate@v1", "summarize_chunk@v1"} <= refs
    assert all(p["sha256"].startswith("sha256:") for p in prompts)


def test_detect_traditional_seed_is_zh_hant(offline_app):
    body = offline_app.post("/v1/detect", json={"text": seed("004")}).json()
    assert body["detection"]["language"] == "zh"
    assert body["detection"]["script"] == "Hant"
    assert "(dāng)" not in body["text"]
    assert "观察者网" in body["simplified"]


def test_openapi_lists_the_routes(offline_app):
    paths = offline_app.get("/openapi.json").json()["paths"]
    assert {
        "/v1/summaries",
        "/v1/translations",
        "/v1/detect",
        "/v1/languages",
        "/v1/prompts",
        "/healthz",
        "/readyz",
    } <= set(paths)
    assert offline_app.get("/docs").status_code == 200


def test_unknown_route_uses_the_error_envelope(offline_app):
    response = offline_app.get("/v1/nope")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"
