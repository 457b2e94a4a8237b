"""What the model must return. These pydantic models are both the `response_format` JSON schema sent
to the endpoint and the validator applied to whatever comes back."""

from __future__ import annotations

import inspect
import json
import re
from functools import cache
from typing import Any

from openai.lib._pydantic import to_strict_json_schema  # the SDK's own strict-schema conversion
from pydantic import BaseModel, ConfigDict, Field, create_model

from service.schemas import (
    CompactGrounding,
    EntityRow,
    GroundedEntity,
    Grounding,
    LanguageSummary,
    split_entity_row,
)
from service.text.chinese import to_simplified


class SummaryOutput(BaseModel):
    """One call, both languages: EN and zh-Hans written together so they stay aligned."""

    model_config = ConfigDict(extra="forbid")

    en: LanguageSummary = Field(description="English summary")
    zh_hans: LanguageSummary = Field(description="Simplified Chinese summary, aligned with 'en'")
    keywords_en: list[str] = Field(description="English keywords")
    keywords_zh_hans: list[str] = Field(description="Simplified Chinese keywords")


class GroundedLanguageSummary(LanguageSummary):
    key_point_sources: list[list[int]] = Field(description="Per key point: the [n] of its paragraphs")


class GroundedSummaryOutput(BaseModel):
    """summarize@v2: the v1 answer plus its grounding, in the same call. The entity table pairs every
    name with its form in the article, so a name swapped on one side or invented on both shows."""

    model_config = ConfigDict(extra="forbid")

    en: GroundedLanguageSummary = Field(description="English summary")
    zh_hans: GroundedLanguageSummary = Field(description="Simplified Chinese summary, aligned with 'en'")
    keywords_en: list[str] = Field(description="English keywords")
    keywords_zh_hans: list[str] = Field(description="Simplified Chinese keywords")
    entities: list[GroundedEntity] = Field(description="Every name in either summary, once")

    def language(self, side: GroundedLanguageSummary) -> LanguageSummary:
        return LanguageSummary.model_validate(side.model_dump(exclude={"key_point_sources"}))


class CitedSummary(LanguageSummary):
    kp_src: list[list[int]] = Field(description="Per key point: its paragraphs' [n]")


class CompactGroundedOutput(BaseModel):
    """summarize@v3: v2's grounding in a compact shape - one "English|Chinese|type" string per name (the
    article form is whichever of the two the article has, a 4th field only when it has neither), bare
    paragraph-number lists, short keys. `en` and `zh_hans` carry no description so the schema states
    the side's shape once ($ref) instead of twice: the prompt's rules already say how they align."""

    model_config = ConfigDict(extra="forbid")

    en: CitedSummary
    zh_hans: CitedSummary
    keywords_en: list[str]
    keywords_zh_hans: list[str]
    ents: list[EntityRow] = Field(
        description="Each person, organisation, product and place named in either summary, once: "
        '"English|Chinese|type" (type: person, org, product, place or other), plus "|article form" if '
        "neither is in the article verbatim"
    )

    def language(self, side: CitedSummary) -> LanguageSummary:
        return LanguageSummary.model_validate(side.model_dump(exclude={"kp_src"}))

    def compact_grounding(self, *, cited: bool = True) -> CompactGrounding:
        sources = {"en": self.en.kp_src, "zh-Hans": self.zh_hans.kp_src} if cited else {}
        return CompactGrounding(ents=self.ents, kp_src=sources)


def fold_form(text: str) -> str:
    """A name folded for lookup: case, script and spacing ('OpenAI' ~ 'openai', 臺灣 ~ 台湾,
    'Sam  Altman' ~ 'sam altman', 萨姆·奥特曼 ~ 萨姆 奥特曼). The grounding checks fold the same way."""
    return re.sub(r"\s+", " ", to_simplified(text)).lower().replace("·", " ").replace("・", " ")


def expand_grounding(compact: CompactGrounding, source: str) -> Grounding:
    """v3's compact grounding as the `Grounding` v2 gives: each row's article form resolved against the
    source - the English form if the article has it, else the Chinese one, else the row's 4th field. A
    row whose names are in neither (an invented entity) keeps its English form, which the
    entities_grounded check then reports as not in the article."""
    folded = fold_form(source)
    entities = []
    for row in compact.ents:
        en, zh, kind, form = split_entity_row(row)
        if form is None:
            form = next((name for name in (en, zh) if fold_form(name).strip() in folded), en)
        entities.append(GroundedEntity(en=en, zh=zh, source=form, type=kind))
    return Grounding(entities=entities, key_point_sources=dict(compact.kp_src))


def compact_grounding(grounding: Grounding, source: str) -> CompactGrounding:
    """The inverse of `expand_grounding`: a v2-shaped grounding written as v3 rows (a 4th field only for
    a row whose English and Chinese forms are both absent from the article). For benchmarks and tests."""
    folded = fold_form(source)
    rows = []
    for e in grounding.entities:
        kind = "org" if e.type == "organization" else e.type
        present = any(fold_form(name).strip() in folded for name in (e.en, e.zh) if name.strip())
        rows.append(f"{e.en}|{e.zh}|{kind}" + ("" if present else f"|{e.source}"))
    return CompactGrounding(ents=rows, kp_src=dict(grounding.key_point_sources))


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


class ArticleScore(BaseModel):
    model_config = ConfigDict(extra="forbid")

    # Out of range fails validation: the answer is unusable and takes the client's one repair call.
    score: int = Field(ge=0, le=100, description="0-100")
    reason_en: str = Field(description="One line in English: why this score")
    reason_zh_hans: str = Field(description="The same reason in one line of Simplified Chinese")


class AnalysisOutput(BaseModel):
    """analysis@v1, asked for in the summarize call itself (`include: ["analysis"]`)."""

    model_config = ConfigDict(extra="forbid")

    hot: ArticleScore = Field(description="Hot 热度")
    quality: ArticleScore = Field(description="Quality 质量")
    impact: ArticleScore = Field(description="Impact 影响力")
    analysis_en: str = Field(description="Analysis section in English, paragraphs separated by blank lines")
    analysis_zh_hans: str = Field(description="The same analysis in Simplified Chinese")


@cache
def with_analysis(model: type[BaseModel]) -> type[BaseModel]:
    """A summarize output schema plus `analysis`: one class per base, so response_schema's cache holds."""
    return create_model(
        f"{model.__name__}WithAnalysis",
        __base__=model,
        analysis=(AnalysisOutput, Field(description="Article scores and analysis")),
    )


OUTPUT_SCHEMAS: dict[str, type[BaseModel]] = {
    "AnalysisOutput": AnalysisOutput,
    "SummaryOutput": SummaryOutput,
    "GroundedSummaryOutput": GroundedSummaryOutput,
    "CompactGroundedOutput": CompactGroundedOutput,
    "ChunkNotes": ChunkNotes,
    "TranslationOutput": TranslationOutput,
}


@cache
def response_schema(model: type[BaseModel]) -> dict[str, Any]:
    """The strict JSON schema sent to the endpoint, trimmed of what only costs tokens: pydantic's generated
    `title`s (they repeat the property names, ~85 tokens), class docstrings (written for developers), and
    `$defs` nothing refers to any more (the SDK inlines a model that a field describes). Field
    descriptions stay: they instruct the model. Measured on summarize@v2: 732 -> ~480 tokens."""
    docstrings = {inspect.cleandoc(cls.__doc__) for cls in _models(model) if cls.__doc__}
    schema = _trimmed(to_strict_json_schema(model), docstrings)
    defs = schema.get("$defs")
    if isinstance(defs, dict):
        text = json.dumps({k: v for k, v in schema.items() if k != "$defs"})
        used = {name for name in defs if f"#/$defs/{name}" in text or f"#/$defs/{name}" in json.dumps(defs)}
        schema["$defs"] = {name: value for name, value in defs.items() if name in used}
        if not schema["$defs"]:
            del schema["$defs"]
    return schema


def _models(model: type[BaseModel]) -> set[type[BaseModel]]:
    found = {model}
    for info in model.model_fields.values():
        for candidate in (info.annotation, *getattr(info.annotation, "__args__", ())):
            if isinstance(candidate, type) and issubclass(candidate, BaseModel) and candidate not in found:
                found |= _models(candidate)
    return found


def _trimmed(node: Any, docstrings: set[str]) -> Any:
    if isinstance(node, dict):
        return {
            k: _trimmed(v, docstrings)
            for k, v in node.items()
            if not (k == "title" and isinstance(v, str))
            and not (k == "description" and isinstance(v, str) and inspect.cleandoc(v) in docstrings)
        }
    if isinstance(node, list):
        return [_trimmed(v, docstrings) for v in node]
    return node
