"""What the model must return. These pydantic models are both the `response_format` JSON schema sent
to the endpoint and the validator applied to whatever comes back."""

from __future__ import annotations

from functools import cache
from typing import Any

from openai.lib._pydantic import to_strict_json_schema  # the SDK's own strict-schema conversion
from pydantic import BaseModel, ConfigDict, Field

from service.schemas import GroundedEntity, LanguageSummary


class SummaryOutput(BaseModel):
    """One call, both languages: EN and zh-Hans written together so they stay aligned."""

    model_config = ConfigDict(extra="forbid")

    en: LanguageSummary = Field(description="English summary")
    zh_hans: LanguageSummary = Field(description="Simplified Chinese summary, aligned with 'en'")
    keywords_en: list[str] = Field(description="English keywords")
    keywords_zh_hans: list[str] = Field(description="Simplified Chinese keywords")


class GroundedLanguageSummary(LanguageSummary):
    key_point_sources: list[list[int]] = Field(
        description="For each key point, in order: the [n] numbers of the article paragraphs it rests on"
    )


class GroundedSummaryOutput(BaseModel):
    """summarize@v2: the v1 answer plus its grounding, in the same call. The entity table pairs every
    name with its form in the article, so a name swapped on one side or invented on both shows."""

    model_config = ConfigDict(extra="forbid")

    en: GroundedLanguageSummary = Field(description="English summary")
    zh_hans: GroundedLanguageSummary = Field(description="Simplified Chinese summary, aligned with 'en'")
    keywords_en: list[str] = Field(description="English keywords")
    keywords_zh_hans: list[str] = Field(description="Simplified Chinese keywords")
    entities: list[GroundedEntity] = Field(
        description="Every person, organization, product and place named in either summary"
    )

    def language(self, side: GroundedLanguageSummary) -> LanguageSummary:
        return LanguageSummary.model_validate(side.model_dump(exclude={"key_point_sources"}))


class ChunkNotes(BaseModel):
    model_config = ConfigDict(extra="forbid")

    notes: list[str] = Field(description="Condensed notes of this part, in the part's language")


class TranslatedParagraph(BaseModel):
    model_config = ConfigDict(extra="forbid")

    index: int = Field(description="The [n] number of the source paragraph")
    text: str = Field(description="The translated paragraph")


class TranslationOutput(BaseModel):
    model_config = ConfigDict(extra="forbid")

    paragraphs: list[TranslatedParagraph]


OUTPUT_SCHEMAS: dict[str, type[BaseModel]] = {
    "SummaryOutput": SummaryOutput,
    "GroundedSummaryOutput": GroundedSummaryOutput,
    "ChunkNotes": ChunkNotes,
    "TranslationOutput": TranslationOutput,
}


@cache
def response_schema(model: type[BaseModel]) -> dict[str, Any]:
    """The strict JSON schema sent to the endpoint, without pydantic's generated `title`s: they repeat the
    property names and cost ~85 prompt tokens a call (field descriptions stay: they instruct the model)."""
    return _without_titles(to_strict_json_schema(model))


def _without_titles(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _without_titles(v) for k, v in node.items() if not (k == "title" and isinstance(v, str))}
    if isinstance(node, list):
        return [_without_titles(v) for v in node]
    return node
