"""Schemathesis against the service's own OpenAPI schema, over real HTTP to the live app with the fake
LLM behind it: positive and negative cases for every operation. No response may be a 5xx, and every
response must match the schema. `test_enough_cases_ran` proves the total (>= 1,000 per full run)."""

from __future__ import annotations

import json
from collections import Counter

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from service.api.app import create_app
from service.config import Settings
from tests.proof.conftest import LiveServer

# The schema is static: build it from an app that is never started.
SCHEMA = schemathesis.openapi.from_dict(create_app(Settings(_env_file=None)).openapi())
EXAMPLES_PER_OPERATION = 65
CASES: Counter[str] = Counter()


@schemathesis.serializer("application/x-ndjson")
def _ndjson(ctx: schemathesis.SerializationContext, value: object) -> bytes:
    """Job uploads: the schema declares the body a string of JSON lines; send generated values as-is."""
    if isinstance(value, bytes):
        return value
    return (value if isinstance(value, str) else json.dumps(value)).encode("utf-8", "surrogatepass")


@SCHEMA.parametrize()
@settings(
    max_examples=EXAMPLES_PER_OPERATION,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_api_conforms_to_its_schema(case: schemathesis.Case, live: LiveServer) -> None:
    CASES[case.operation.label] += 1
    case.call_and_validate(
        base_url=live.url, checks=[not_a_server_error, response_schema_conformance], timeout=30
    )


def test_enough_cases_ran() -> None:
    if not CASES:
        pytest.skip("run together with test_api_conforms_to_its_schema")
    assert sum(CASES.values()) >= 1000, dict(CASES)
