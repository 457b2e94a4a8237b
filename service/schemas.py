"""Data shapes shared across the pipeline and the API (request and response bodies included)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, ClassVar, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from service.text.surrogates import find_lone_surrogate

# Output locales. zh-Hans comes from the model; the zh-Hant variants are derived from it with OpenCC.
Locale = Literal["en", "zh-Hans", "zh-Hant", "zh-Hant-TW", "zh-Hant-HK"]
ALL_LOCALES: tuple[str, ...] = ("en", "zh-Hans", "zh-Hant", "zh-Hant-TW", "zh-Hant-HK")
DERIVED_LOCALES: dict[str, str] = {"zh-Hant": "s2t", "zh-Hant-TW": "s2twp", "zh-Hant-HK": "s2hk"}

Status = Literal["draft", "needs_review", "approved", "rejected"]
# "opencc": a zh->zh translation done by script conversion alone, no model involved.
Engine = Literal["llm", "extractive", "opencc"]
Length = Literal["short", "medium", "long"]
# aligned: key point i says the same thing in every language (LLM output; pairs found in a parallel
# bilingual source). independent: each language's list was extracted on its own - rows are not pairs.
# single: only one language exists.
KeyPointsAlignment = Literal["aligned", "independent", "single"]
# What the CLI, the batch Markdown and the review page say when the lists are independent.
INDEPENDENT_KEY_POINTS = (
    "English and Chinese key points were extracted independently; rows are not translations of each other. "
    "中英文要点分别提取，并非逐条对应。"
)


class LanguageSummary(BaseModel):
    """One language's summary. Also the shape the model must return per language."""

    model_config = ConfigDict(extra="forbid")

    title: str = Field(description="Headline-style title, no trailing period")
    one_line: str = Field(description="One-sentence gist of the article")
    summary: str = Field(description="Summary paragraph(s)")
    key_points: list[str] = Field(description="Key points, most important first")


class CheckResult(BaseModel):
    name: str
    passed: bool
    # error: a failure sets needs_review; warning: shown to the editor, status unchanged.
    severity: Literal["error", "warning"] = "error"
    detail: str = ""
    # Which output field the check concerns, e.g. "summary.zh-Hans.summary" or "key_points[2]".
    field: str | None = None


EntityType = Literal["person", "organization", "product", "place", "other"]


class GroundedEntity(BaseModel):
    """One row of the entity table a grounded prompt asks for: how a name is written on each side."""

    model_config = ConfigDict(extra="forbid")

    en: str = Field(description="As in the English summary")
    zh: str = Field(description="As in the Chinese summary")
    source: str = Field(description="Copied exactly from the article")
    type: EntityType


class Grounding(BaseModel):
    """What a grounded output says it rests on; verified by the grounding checks."""

    # Forbidden extras keep v3's compact shape (`ents`, `kp_src`) from passing as an empty v2 table.
    model_config = ConfigDict(extra="forbid")

    entities: list[GroundedEntity] = Field(default_factory=list)
    # locale -> for each key point, the 1-based numbers of the source paragraphs it rests on.
    key_point_sources: dict[str, list[list[int]]] = Field(default_factory=dict)


# summarize@v3's compact entity row: "English|Chinese|type", plus "|article form" only when neither name
# occurs in the article verbatim. "org" is short for organization (one token, and the model's habit).
ENTITY_ROW_TYPES: dict[str, EntityType] = {
    "person": "person",
    "org": "organization",
    "organization": "organization",
    "product": "product",
    "place": "place",
    "other": "other",
}


def split_entity_row(row: str) -> tuple[str, str, EntityType, str | None]:
    """(en, zh, type, article form or None); ValueError for a row of another shape, so a malformed answer
    fails validation like any other schema violation instead of passing with a hole in the table."""
    parts = [part.strip() for part in row.split("|", 3)]
    kind = ENTITY_ROW_TYPES.get(parts[2].lower()) if len(parts) >= 3 else None
    if kind is None or not parts[0] or not parts[1] or (len(parts) == 4 and not parts[3]):
        raise ValueError(f"entity row {row!r} is not 'English|Chinese|type' or 'English|Chinese|type|form'")
    return parts[0], parts[1], kind, parts[3] if len(parts) == 4 else None


def _entity_row(row: str) -> str:
    split_entity_row(row)
    return row


EntityRow = Annotated[str, AfterValidator(_entity_row)]


class CompactGrounding(BaseModel):
    """summarize@v3's grounding as the model writes it: entity rows, and per locale each key point's
    paragraph numbers. Turned into a `Grounding` against the article (service/llm/schemas.py)."""

    model_config = ConfigDict(extra="forbid")

    ents: list[EntityRow]
    kp_src: dict[str, list[list[int]]] = Field(default_factory=dict)


class Score(BaseModel):
    score: int = Field(ge=0, le=100)
    # locale -> one line: en and zh-Hans from the model, zh-Hant variants derived.
    reason: dict[str, str] = Field(default_factory=dict)


class Analysis(BaseModel):
    """`include: ["analysis"]`: Hot / Quality / Impact scores and the "Analysis 深度分析" section, written in
    the summary's own call. `available` is false (and `note` says why) when the engine cannot score."""

    available: bool
    note: str | None = None
    hot: Score | None = None
    quality: Score | None = None
    impact: Score | None = None
    # locale -> the analysis section (paragraphs separated by a blank line)
    text: dict[str, str] = Field(default_factory=dict)


class Usage(BaseModel):
    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0
    llm_calls: int = 0


class GlossaryTerm(BaseModel):
    source_lang: str
    target_lang: str
    source: str
    target: str


class GlossaryUse(BaseModel):
    glossary_id: str | None = Field(default=None, description="None for a CLI --glossary file")
    name: str
    sha256: str
    entries: list[GlossaryTerm] = Field(
        default_factory=list, description="The entries whose source term occurs in the article"
    )


RepairOutcome = Literal["fixed", "improved", "not_fixed", "failed"]


class RepairInfo(BaseModel):
    """The one repair pass (service/repair.py): which error checks the first draft failed, which still
    fail after it, and what the extra call cost (also counted in the provenance's `usage`)."""

    prompt: str = Field(description="repair prompt id@version")
    prompt_sha256: str | None = None
    outcome: RepairOutcome = Field(
        description="fixed: no error check fails any more; improved: fewer fail; not_fixed: the same or "
        "more fail (the first draft stays in the history); failed: the call or its answer was unusable "
        "and the first draft is kept as it was"
    )
    failed_before: list[str] = Field(default_factory=list, description="error checks failing on the draft")
    failed_after: list[str] = Field(default_factory=list, description="error checks failing after repair")
    usage: Usage = Field(default_factory=Usage)
    note: str | None = None


class Provenance(BaseModel):
    engine: Engine
    model: str | None = None
    endpoint_host: str | None = None
    response_format: str | None = Field(
        default=None,
        description="how JSON was asked for: json_schema, json_object+schema, json_object or prompt",
    )
    prompt: str | None = Field(default=None, description="prompt id@version")
    prompt_sha256: str | None = None
    created_at: datetime
    latency_ms: float = 0.0
    usage: Usage = Field(default_factory=Usage)
    request_id: str | None = None
    # Long articles are summarised map-reduce: `map_prompt` condensed each of `map_parts` parts first.
    map_prompt: str | None = None
    map_parts: int = 0
    # The prompt fragment appended for `include: ["analysis"]`, id@version, and its file's sha256.
    analysis_prompt: str | None = None
    analysis_prompt_sha256: str | None = None
    # Set when an editor approves the draft.
    approved_by: str | None = None
    approved_at: datetime | None = None
    # Error-severity checks that were failing when the editor approved, with acknowledge_failed_checks.
    acknowledged_failed_checks: list[str] = Field(default_factory=list)
    # Fields an editor changed since the machine output (edits add to it; a regeneration starts afresh).
    edited_fields: list[str] = Field(default_factory=list)
    # Prompt fragments appended to the user message (glossary@v1, context@v1), the glossary used (its
    # content hash and the entries that applied: an edit re-checks against them) and the context's hash.
    fragments: list[str] = Field(default_factory=list)
    glossary: GlossaryUse | None = None
    context_sha256: str | None = None
    # Set on the `repair` revision when the one repair pass ran (request `repair` / BISUM_REPAIR).
    repair: RepairInfo | None = None


class ParagraphLabel(BaseModel):
    index: int
    language: str = Field(description="BCP-47 primary language subtag, 'und' when unknown")
    script: str | None = Field(default=None, description="ISO 15924: Hans, Hant, Latn, Jpan, Kore...")
    confidence: float
    chars: int


class Detection(BaseModel):
    language: str
    script: str | None = None
    confidence: float
    mixed: bool
    # share of the article's letters per language, e.g. {"en": 0.55, "zh": 0.45}
    languages: dict[str, float] = Field(default_factory=dict)
    paragraphs: list[ParagraphLabel] = Field(default_factory=list)


class MojibakeSpan(BaseModel):
    paragraph: int
    start: int
    end: int
    text: str


class SourceInfo(BaseModel):
    language: str
    script: str | None = None
    mixed: bool
    sha256: str
    chars: int
    paragraphs: int
    title: str | None = None
    mojibake: list[MojibakeSpan] = Field(default_factory=list)


# --- requests -------------------------------------------------------------------------------


class RequestModel(BaseModel):
    """A request body: strings with a lone surrogate (a JSON `\\ud800` escape) are a 422, not a 500 later."""

    # Fields whose text is validated later with a more precise message (decode / validate_text).
    _surrogates_checked_later: ClassVar[frozenset[str]] = frozenset()

    @model_validator(mode="before")
    @classmethod
    def _no_lone_surrogates(cls, data: Any) -> Any:
        where = find_lone_surrogate(data, skip=cls._surrogates_checked_later)
        if where is not None:
            raise ValueError(f"{where}: contains a lone surrogate (an unpaired \\uD800-\\uDFFF escape)")
        return data


class ArticleIn(RequestModel):
    model_config = ConfigDict(extra="forbid")
    _surrogates_checked_later = frozenset({"text", "html"})

    text: str | None = Field(default=None, description="Plain-text article")
    html: str | None = Field(default=None, description="HTML page; the article is extracted from it")
    title: str | None = None
    source_language: str = Field(default="auto", description="'auto' or a BCP-47 tag such as en, zh, zh-Hant")

    @model_validator(mode="after")
    def _one_body(self) -> ArticleIn:
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of 'text' or 'html'")
        return self


class SummaryRequest(ArticleIn):
    glossary_id: str | None = Field(default=None, description="A glossary of POST /v1/glossaries")
    context: str | None = Field(
        default=None,
        description="Background for the model (publication, section, audience); never summarised or "
        "translated, not instructions",
    )
    targets: list[Locale] | None = Field(default=None, description="Locales to return; default from settings")
    prompt_version: str | None = Field(default=None, description="Pin a prompt version, e.g. 'v1'")
    length: Length = "medium"
    include: list[Literal["analysis"]] = Field(
        default_factory=list, description='"analysis": Hot / Quality / Impact scores and an analysis section'
    )
    force: bool = Field(
        default=False, description="Regenerate even if this exact request was answered before"
    )
    repair: bool | None = Field(
        default=None,
        description="When error checks fail on an LLM draft, one more call corrects it (a `repair` "
        "revision); default from BISUM_REPAIR (off)",
    )


class TranslationRequest(ArticleIn):
    glossary_id: str | None = Field(default=None, description="A glossary of POST /v1/glossaries")
    context: str | None = Field(
        default=None,
        description="Background for the model (publication, section, audience); never summarised or "
        "translated, not instructions",
    )
    target: Locale
    prompt_version: str | None = None
    force: bool = Field(
        default=False, description="Regenerate even if this exact request was answered before"
    )
    repair: bool | None = Field(
        default=None,
        description="When error checks fail on an LLM draft, one more call corrects it (a `repair` "
        "revision); default from BISUM_REPAIR (off)",
    )


class DetectRequest(ArticleIn):
    pass


# --- responses ------------------------------------------------------------------------------


class SummaryResponse(BaseModel):
    id: str
    source: SourceInfo
    summary: dict[str, LanguageSummary | None]
    key_points: list[dict[str, str | None]]
    # Default "aligned" so drafts stored before this field existed still load.
    key_points_alignment: KeyPointsAlignment = Field(
        default="aligned",
        description="aligned: row i is one point in every language; independent: the languages' lists "
        "were extracted separately (rows are not pairs); single: one language only",
    )
    keywords: dict[str, list[str]]
    disclaimer: dict[str, str]
    provenance: Provenance
    checks: list[CheckResult]
    status: Status
    revision: int = 1
    cached: bool = Field(default=False, description="Served from the draft store without an LLM call")
    grounding: Grounding | None = Field(
        default=None, description="Entity table and key-point sources of a grounded prompt version"
    )
    analysis: Analysis | None = Field(default=None, description='With include: ["analysis"]')


class TranslationPair(BaseModel):
    source: str
    target: str


class TranslationResponse(BaseModel):
    id: str
    source: SourceInfo
    target: str
    pairs: list[TranslationPair]
    bilingual: str = Field(description="Source and translation interleaved paragraph by paragraph")
    disclaimer: dict[str, str]
    provenance: Provenance
    checks: list[CheckResult]
    status: Status
    revision: int = 1
    cached: bool = Field(default=False, description="Served from the draft store without an LLM call")


# --- generation results -------------------------------------------------------------------
# What the pipeline returns: the body of a draft's machine revision, before it is a draft. The draft
# service mints the id, stores this and answers with the Response models above (the same fields plus
# id, revision and cached; tests/test_schemas_results.py keeps the two in step).


class SummaryResult(BaseModel):
    source: SourceInfo
    summary: dict[str, LanguageSummary | None]
    key_points: list[dict[str, str | None]]
    key_points_alignment: KeyPointsAlignment = "aligned"
    keywords: dict[str, list[str]]
    disclaimer: dict[str, str]
    provenance: Provenance
    checks: list[CheckResult]
    status: Status
    grounding: Grounding | None = None
    analysis: Analysis | None = None


class TranslationResult(BaseModel):
    source: SourceInfo
    target: str
    pairs: list[TranslationPair]
    bilingual: str
    disclaimer: dict[str, str]
    provenance: Provenance
    checks: list[CheckResult]
    status: Status


class CheckRequest(ArticleIn):
    """A source and a given output (a model's, a translator's, a third party's), checked exactly as
    generation checks its own: nothing is stored and no model is called."""

    summary: dict[Locale, LanguageSummary] | None = Field(
        default=None, description="Summary per locale; en and zh-Hans are checked for facts"
    )
    keywords: dict[Locale, list[str]] | None = None
    pairs: list[TranslationPair] | None = Field(
        default=None, description="A paragraph-aligned translation: one pair per source paragraph"
    )
    target: Locale | None = Field(default=None, description="The translation's locale (with `pairs`)")
    length: Length = "medium"
    targets: list[Locale] | None = Field(
        default=None, description="Locales the output is for; zh-Hant variants not given are derived"
    )
    disclaimer: dict[Locale, str] | None = Field(
        default=None, description="The notice shipped with the output; default: the service's own"
    )
    # v2's shape (entities, key_point_sources) or v3's compact one (ents, kp_src): checked alike.
    grounding: CompactGrounding | Grounding | None = Field(default=None, union_mode="left_to_right")
    glossary_id: str | None = Field(default=None, description="Also run the terminology check")

    @model_validator(mode="after")
    def _one_output(self) -> CheckRequest:
        if (self.summary is None) == (self.pairs is None):
            raise ValueError("give exactly one of 'summary' or 'pairs'")
        if self.pairs is not None and self.target is None:
            raise ValueError("'pairs' needs 'target', the translation's locale")
        return self


class CheckResponse(BaseModel):
    checks: list[CheckResult]
    status: Literal["draft", "needs_review"]


class ErrorBody(BaseModel):
    code: str
    message: str
    detail: dict | None = None


class ErrorResponse(BaseModel):
    error: ErrorBody
