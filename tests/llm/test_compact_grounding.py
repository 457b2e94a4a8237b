"""summarize@v3's compact grounding: entity rows "English|Chinese|type[|article form]" and per-side `kp_src`
lists, parsed into the same `Grounding` v2's entity table gives, and both shapes accepted by /v1/checks."""

from __future__ import annotations

import re

import pytest
from pydantic import ValidationError

from service.checks.grounding import entities_grounded
from service.llm.schemas import (
    CompactGroundedOutput,
    GroundedSummaryOutput,
    compact_grounding,
    expand_grounding,
    response_schema,
)
from service.schemas import CheckRequest, CompactGrounding, GroundedEntity, Grounding
from tests.conftest import seed
from tests.fixtures import good_summary, good_summary_v2

ARTICLE_001 = seed("001")  # Chinese; names Logan Kilpatrick in Latin script, 马斯克, 微软, 旧金山


def _entity(row: str, source: str = ARTICLE_001) -> GroundedEntity:
    return expand_grounding(CompactGrounding(ents=[row]), source).entities[0]


def test_v3_answer_expands_to_exactly_the_grounding_of_the_same_v2_answer():
    v3 = CompactGroundedOutput.model_validate(good_summary())
    v2 = GroundedSummaryOutput.model_validate(good_summary_v2())
    assert expand_grounding(v3.compact_grounding(), ARTICLE_001) == Grounding(
        entities=v2.entities,
        key_point_sources={"en": v2.en.key_point_sources, "zh-Hans": v2.zh_hans.key_point_sources},
    )
    assert v3.language(v3.en) == v2.language(v2.en) and v3.language(v3.zh_hans) == v2.language(v2.zh_hans)
    # Map-reduce notes are not the article's paragraphs: no citations kept, the table is.
    uncited = v3.compact_grounding(cited=False)
    assert uncited.kp_src == {} and uncited.ents == v3.ents


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        # The article has the English form: it is the source form.
        ("Logan Kilpatrick|洛根·基尔帕特里克|person", ("Logan Kilpatrick", "person")),
        # Only the Chinese form is in the (Chinese) article.
        ("Elon Musk|马斯克|person", ("马斯克", "person")),
        ("Microsoft|微软|org", ("微软", "organization")),
        ("San Francisco|旧金山|place", ("旧金山", "place")),
        # A 4th field is the article's form, taken as given (the check then looks it up).
        ("Logan|洛根·K|person|洛根", ("洛根", "person")),
        # Invented: neither form is in the article and no 4th field - the English form stands, and fails.
        ("Google Cloud|谷歌云|organization", ("Google Cloud", "organization")),
    ],
)
def test_rows_resolve_their_article_form(row, expected):
    entity = _entity(row)
    assert (entity.source, entity.type) == expected
    assert (entity.en, entity.zh) == tuple(row.split("|")[:2])


def test_a_traditional_article_form_is_found_through_the_fold():
    source = "臺灣電力公司今天宣布，夏季電價不變。"
    assert _entity("Taipower|台湾电力公司|org", source).source == "台湾电力公司"
    assert _entity("Taipower|台电|org|台電", source).source == "台電"


@pytest.mark.parametrize(
    "row",
    ["OpenAI|org", "OpenAI", "OpenAI|OpenAI|company", "|OpenAI|org", "OpenAI||org", "OpenAI|OpenAI|org|"],
)
def test_a_malformed_row_fails_validation(row):
    answer = good_summary()
    answer["ents"].append(row)
    with pytest.raises(ValidationError, match=re.escape("is not 'English|Chinese|type'")):
        CompactGroundedOutput.model_validate(answer)


def test_v2_table_written_as_rows_round_trips():
    table = Grounding(
        entities=[
            GroundedEntity(en="Elon Musk", zh="马斯克", source="马斯克", type="person"),
            GroundedEntity(en="OpenAI", zh="OpenAI", source="OpenAI", type="organization"),
            # Neither side's form is in the article: the row needs its 4th field.
            GroundedEntity(en="Mr Kilpatrick", zh="基尔帕特里克先生", source="基尔帕特里克", type="person"),
        ],
        key_point_sources={"en": [[1], [2, 3]], "zh-Hans": [[1], [2, 3]]},
    )
    compact = compact_grounding(table, ARTICLE_001)
    assert compact.ents == [
        "Elon Musk|马斯克|person",
        "OpenAI|OpenAI|org",
        "Mr Kilpatrick|基尔帕特里克先生|person|基尔帕特里克",
    ]
    assert expand_grounding(compact, ARTICLE_001) == table


def test_invented_entity_rows_fail_the_check_whichever_way_they_are_written():
    en = CompactGroundedOutput.model_validate(good_summary())
    summary_en, summary_zh = en.language(en.en), en.language(en.zh_hans)
    for row in ("Google Cloud|谷歌云|org", "Google Cloud|谷歌云|org|Google Cloud Platform"):
        grounding = expand_grounding(CompactGrounding(ents=[*en.ents, row]), ARTICLE_001)
        result = entities_grounded(ARTICLE_001, summary_en, summary_zh, grounding)
        assert not result.passed and "is not in the article" in result.detail


def test_the_v3_schema_states_the_side_shape_once():
    schema = response_schema(CompactGroundedOutput)
    assert schema["properties"]["en"] == schema["properties"]["zh_hans"] == {"$ref": "#/$defs/CitedSummary"}
    assert "kp_src" in schema["$defs"]["CitedSummary"]["required"]
    assert schema["properties"]["ents"]["items"] == {"type": "string"}


def test_check_requests_take_either_shape():
    side = {k: v for k, v in good_summary()["en"].items() if k != "kp_src"}
    base = {"text": ARTICLE_001, "summary": {"en": side}}
    v2 = CheckRequest.model_validate(base | {"grounding": {"entities": [], "key_point_sources": {}}})
    assert isinstance(v2.grounding, Grounding)
    v3 = CheckRequest.model_validate(base | {"grounding": {"ents": ["X|X|product"], "kp_src": {"en": [[1]]}}})
    assert isinstance(v3.grounding, CompactGrounding) and v3.grounding.kp_src == {"en": [[1]]}
    for bad in ({"ents": ["X|product"]}, {"ents": [], "entities": []}, {"rows": []}):
        with pytest.raises(ValidationError):
            CheckRequest.model_validate(base | {"grounding": bad})
