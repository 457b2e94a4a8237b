"""/docs works offline (Swagger UI from the package), the OpenAPI declares the key schemes, and each route
documents the error statuses it really answers, in the error shape it really uses."""

from __future__ import annotations

import re

import pytest

ERROR_REF = "#/components/schemas/ErrorResponse"


def test_docs_load_their_assets_from_this_server(offline_app):
    page = offline_app.get("/docs")
    assert page.status_code == 200
    assets = re.findall(r"""(?:src|href)=["']?([^"' >]+)""", page.text)
    assert any(a.endswith("swagger-ui-bundle.js") for a in assets), assets
    assert all(a.startswith("/") for a in assets), assets  # nothing from a CDN
    for asset in assets:
        answer = offline_app.get(asset)
        assert answer.status_code == 200 and len(answer.content) > 1000, asset
    assert offline_app.get("/redoc").status_code == 200


def test_security_schemes_bearer_and_x_api_key(offline_app):
    schema = offline_app.get("/openapi.json").json()
    schemes = schema["components"]["securitySchemes"]
    assert schemes["bearer"] == {
        "type": "http",
        "scheme": "bearer",
        "description": schemes["bearer"]["description"],
    }
    assert schemes["apiKeyHeader"] == {"type": "apiKey", "in": "header", "name": "X-API-Key"}
    summaries = schema["paths"]["/v1/summaries"]["post"]
    assert {"bearer": []} in summaries["security"] and {"apiKeyHeader": []} in summaries["security"]


@pytest.mark.parametrize(
    ("method", "path", "statuses"),
    [
        ("post", "/v1/summaries", {"401", "413", "422", "502", "503", "504"}),
        ("post", "/v1/translations", {"401", "413", "422", "502", "503", "504"}),
        ("post", "/v1/detect", {"401", "413", "422"}),
        ("get", "/v1/drafts/{draft_id}", {"401", "404", "422"}),
        ("patch", "/v1/drafts/{draft_id}", {"401", "403", "404", "409", "413", "422"}),
        ("post", "/v1/drafts/{draft_id}/approve", {"401", "403", "404", "409", "413", "422"}),
        ("get", "/v1/feedback.jsonl", {"401", "403"}),
        ("post", "/v1/jobs", {"401", "413", "422", "503"}),
        ("get", "/v1/jobs/{job_id}", {"401", "404", "422"}),
    ],
)
def test_routes_document_their_error_statuses(offline_app, method, path, statuses):
    responses = offline_app.get("/openapi.json").json()["paths"][path][method]["responses"]
    errors = {status for status in responses if status[0] in "45"}
    assert errors == statuses
    for status in errors:  # our envelope, not FastAPI's default HTTPValidationError
        assert responses[status]["content"]["application/json"]["schema"]["$ref"] == ERROR_REF


def test_open_routes_document_no_auth_errors(offline_app):
    paths = offline_app.get("/openapi.json").json()["paths"]
    for path in ("/v1/languages", "/v1/prompts", "/healthz", "/languages", "/frontend/settings"):
        operation = paths[path]["get"]
        assert "security" not in operation and "401" not in operation["responses"], path


def test_documented_statuses_are_the_real_ones(offline_app):
    """Spot checks that the documented statuses are answered, in the documented shape."""
    missing = offline_app.get("/v1/drafts/nope")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"
    bad = offline_app.post("/v1/detect", json={"text": ""})
    assert bad.status_code == 422 and "error" in bad.json()
