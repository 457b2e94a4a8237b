"""The pipeline's results and the API's responses describe the same body: a response is the stored
result plus what belongs to the draft (id, revision, cached). Declared twice (the responses keep their
field order, `id` first, for clients and the OpenAPI); this keeps the two declarations in step."""

from __future__ import annotations

import pytest

from service.schemas import SummaryResponse, SummaryResult, TranslationResponse, TranslationResult

DRAFT_FIELDS = {"id", "revision", "cached"}


@pytest.mark.parametrize(
    ("result", "response"), [(SummaryResult, SummaryResponse), (TranslationResult, TranslationResponse)]
)
def test_a_response_is_the_result_plus_the_draft_fields(result, response):
    results, responses = result.model_fields, response.model_fields
    assert set(responses) - set(results) == DRAFT_FIELDS
    assert set(results) <= set(responses)
    for name, field in results.items():
        assert field.annotation == responses[name].annotation, name
        assert field.is_required() == responses[name].is_required(), name
        if not field.is_required():
            assert field.default == responses[name].default, name
    # the stored body keeps the order it always had (the response's, without the draft fields)
    assert list(results) == [name for name in responses if name not in DRAFT_FIELDS]
