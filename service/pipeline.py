"""One article from request to checked result: normalise → detect → (LLM | extractive) → derive
zh-Hant with OpenCC → disclaimer → checks → status. Returns a plain result (no draft id, no storage):
the draft service (service/drafts.py) stores it and owns the draft."""

from __future__ import annotations

import asyncio
import secrets
from datetime import UTC, datetime

from service import metrics
from service.checks.house_style import HouseStyle
from service.config import Settings
from service.cpu import CpuPool
from service.engines.extractive import summarize_article
from service.errors import UnsupportedOptionError
from service.finalize import aligned_key_points, finish_analysis, finish_summary
from service.glossary import Glossary
from service.guidance import Guidance, checked_context, guidance_for
from service.llm.client import LLMClient
from service.llm.fragments import analysis_of, with_fragment
from service.llm.prompts import PromptRegistry
from service.llm.schemas import (
    ChunkNotes,
    CompactGroundedOutput,
    GroundedSummaryOutput,
    SummaryOutput,
    expand_grounding,
)
from service.pipeline_given import check_given
from service.pipeline_source import Source, _add_usage, _language_label, prepare_source
from service.pipeline_translate import TranslationPath
from service.schemas import (
    Analysis,
    ArticleIn,
    Grounding,
    KeyPointsAlignment,
    LanguageSummary,
    MojibakeSpan,
    Provenance,
    SummaryRequest,
    SummaryResult,
    TranslationRequest,
    Usage,
)
from service.text.segment import chunk_paragraphs, count_tokens, split_sentences

__all__ = [
    "KEYWORD_COUNT",
    "LENGTH_RULES",
    "MIN_LANGUAGE_SHARE",
    "NO_ANALYSIS",
    "Pipeline",
    "Source",
    "check_given",
    "prepare_source",
    "without_garbled_sentences",
]


LENGTH_RULES = {
    "short": "summary of 40-70 English words and 80-140 Chinese characters; 2-3 key points; "
    "one_line under 25 words / 45 characters.",
    "medium": "summary of 80-150 English words and 150-280 Chinese characters; 3-5 key points; "
    "one_line under 30 words / 55 characters.",
    "long": "summary of 150-260 English words and 280-480 Chinese characters; 4-8 key points; "
    "one_line under 35 words / 65 characters.",
}
KEYWORD_COUNT = "5-8"
NO_ANALYSIS = (
    "article scores and analysis need an LLM endpoint: the extractive engine does not score articles "
    "(configure OPENAI_BASE_URL)"
)
# Share of an article a language must hold before the extractive engine summarises that side.
MIN_LANGUAGE_SHARE = 0.2


class Pipeline(TranslationPath):
    def __init__(
        self,
        settings: Settings,
        prompts: PromptRegistry,
        llm: LLMClient | None,
        cpu: CpuPool | None = None,
    ) -> None:
        self.settings = settings
        self.prompts = prompts
        self.llm = llm
        # Where normalise/detect and finalize run: worker processes for the server, inline otherwise.
        self.cpu = cpu or CpuPool(0)

    async def prepare(self, article: ArticleIn) -> Source:
        """`prepare_source` off the event loop (in the CPU pool). Raises InputError subclasses."""
        return await self.cpu.run(prepare_source, article, self.settings)

    # --- summaries ----------------------------------------------------------------------------

    async def guidance(
        self, request: SummaryRequest | TranslationRequest, source: Source, glossary: Glossary | None
    ) -> Guidance:
        context = checked_context(request.context, self.settings)
        if glossary is None:
            return Guidance(context=context)
        normalized = source.normalized
        # Matching thousands of entries is CPU work (~0.1-0.25 s for 5,000): off the event loop.
        return await self.cpu.run(guidance_for, glossary, normalized.text, normalized.simplified, context)

    async def summarize(
        self,
        request: SummaryRequest,
        *,
        request_id: str | None = None,
        source: Source | None = None,
        glossary: Glossary | None = None,
    ) -> SummaryResult:
        source = source or await self.prepare(request)
        guide = await self.guidance(request, source, glossary)
        targets = list(request.targets or self.settings.default_targets)
        grounding: Grounding | None = None
        analysis: Analysis | None = None
        alignment: KeyPointsAlignment = "aligned"  # one LLM call writes both languages' key points as pairs
        if self.llm is not None:
            summary, keywords, grounding, provenance, analysis = await self._summarize_llm(
                source, request, request_id, guide
            )
        else:
            if "analysis" in request.include:
                analysis = Analysis(available=False, note=NO_ANALYSIS)  # never invented scores
            if request.prompt_version is not None:
                self.prompts.get("summarize", request.prompt_version)  # an unknown version is still a 422
            summary, keywords, provenance, alignment = self._summarize_extractive(source, request)
        finished = await self.cpu.run(
            finish_summary,
            source=source.normalized.text,
            mojibake=source.normalized.mojibake,
            summary=summary,
            keywords=keywords,
            targets=targets,
            derive=targets,
            notice_kind=provenance.engine,
            length=request.length,
            warning_checks=self.settings.warning_checks,
            grounding=grounding,
            terms=guide.terms,
            house_style=HouseStyle.from_settings(self.settings),
        )
        metrics.record_checks(finished.checks)
        if analysis is not None:
            analysis = finish_analysis(analysis, targets, HouseStyle.from_settings(self.settings))
        shown = {locale: finished.summary.get(locale) for locale in targets}
        return SummaryResult(
            source=source.info,
            summary=shown,
            key_points=aligned_key_points(shown),
            key_points_alignment=alignment,
            keywords=keywords,
            disclaimer={
                locale: text
                for locale, text in finished.disclaimer.items()
                if locale in (*targets, "en", "zh-Hans")
            },
            provenance=provenance,
            checks=finished.checks,
            status=finished.status,
            grounding=grounding,
            analysis=analysis,
        )

    async def _summarize_llm(
        self, source: Source, request: SummaryRequest, request_id: str | None, guide: Guidance
    ) -> tuple[
        dict[str, LanguageSummary | None], dict[str, list[str]], Grounding | None, Provenance, Analysis | None
    ]:
        assert self.llm is not None
        prompt = self.prompts.get("summarize", request.prompt_version)
        # include: ["analysis"] -> the analysis fragment rides in the same call (its own version).
        fragment = self.prompts.get("analysis") if "analysis" in request.include else None
        if fragment is not None:
            prompt = with_fragment(prompt, fragment)
        grounded = issubclass(prompt.output_schema, (GroundedSummaryOutput, CompactGroundedOutput))
        usage = Usage()
        started = datetime.now(UTC)
        # The model reads the Simplified working copy: fewer Traditional characters leak into zh-Hans.
        paragraphs = source.normalized.simplified_paragraphs
        map_prompt, parts, refs = None, 0, []
        if count_tokens(source.normalized.simplified) > self.settings.chunk_token_budget:
            map_prompt, paragraphs, parts, refs = await self._map_notes(
                source, paragraphs, usage, request_id, guide
            )
        if grounded:
            # Numbered so key points can cite them; the numbers are the normalised paragraphs' (from 1).
            paragraphs = [f"[{number}] {text}" for number, text in enumerate(paragraphs, start=1)]
        article = "\n\n".join(paragraphs)
        if source.info.title:
            article = f"Title: {source.info.title}\n\n{article}"
        nonce = secrets.token_hex(8)
        extra, own_refs = guide.values(self.prompts, nonce, ["en", "zh-Hans"])
        completion = await self.llm.complete(
            prompt,
            {
                **extra,
                "nonce": nonce,
                "length_rule": LENGTH_RULES[request.length],
                "keyword_count": KEYWORD_COUNT,
                "source_language": _language_label(source.detection),
                "article": article,
            },
            request_id=request_id,
        )
        _add_usage(usage, completion.usage)
        output: SummaryOutput | GroundedSummaryOutput | CompactGroundedOutput = completion.value
        grounding = None
        if isinstance(output, CompactGroundedOutput):
            summary = {"en": output.language(output.en), "zh-Hans": output.language(output.zh_hans)}
            # As for v2 below: notes' numbers are not the article's paragraphs.
            grounding = expand_grounding(output.compact_grounding(cited=not parts), source.normalized.text)
        elif isinstance(output, GroundedSummaryOutput):
            summary = {"en": output.language(output.en), "zh-Hans": output.language(output.zh_hans)}
            # Map-reduce notes are numbered, not the article's paragraphs: their citations prove nothing.
            sources = (
                {}
                if parts
                else {"en": output.en.key_point_sources, "zh-Hans": output.zh_hans.key_point_sources}
            )
            grounding = Grounding(entities=output.entities, key_point_sources=sources)
        else:
            summary = {"en": output.en, "zh-Hans": output.zh_hans}
        keywords = {"en": output.keywords_en, "zh-Hans": output.keywords_zh_hans}
        provenance = Provenance(
            engine="llm",
            model=completion.model,
            endpoint_host=self.llm.endpoint_host,
            response_format=completion.response_format,
            prompt=prompt.ref,
            prompt_sha256=prompt.sha256,
            created_at=started,
            latency_ms=round((datetime.now(UTC) - started).total_seconds() * 1000, 1),
            usage=usage,
            request_id=request_id,
            map_prompt=map_prompt,
            map_parts=parts,
            **guide.provenance([*refs, *own_refs]),
            analysis_prompt=fragment.ref if fragment is not None else None,
            analysis_prompt_sha256=fragment.sha256 if fragment is not None else None,
        )
        analysis = analysis_of(output.analysis) if fragment is not None else None  # type: ignore[attr-defined]
        return summary, keywords, grounding, provenance, analysis

    async def _map_notes(
        self, source: Source, paragraphs: list[str], usage: Usage, request_id: str | None, guide: Guidance
    ) -> tuple[str, list[str], int, list[str]]:
        """Map step for articles over the token budget: condense each part, then summarise the notes."""
        assert self.llm is not None
        prompt = self.prompts.get("summarize_chunk")
        chunks = chunk_paragraphs(paragraphs, self.settings.chunk_token_budget)
        nonces = [secrets.token_hex(8) for _ in chunks]
        extras = [
            guide.values(self.prompts, nonce, ["en", "zh-Hans"], part="\n\n".join(chunk))
            for nonce, chunk in zip(nonces, chunks, strict=True)
        ]
        completions = await asyncio.gather(
            *(
                self.llm.complete(
                    prompt,
                    {
                        **extras[number - 1][0],
                        "nonce": nonces[number - 1],
                        "part": str(number),
                        "parts": str(len(chunks)),
                        "source_language": _language_label(source.detection),
                        "article": "\n\n".join(chunk),
                    },
                    request_id=request_id,
                )
                for number, chunk in enumerate(chunks, start=1)
            )
        )
        notes: list[str] = []
        for completion in completions:
            _add_usage(usage, completion.usage)
            value: ChunkNotes = completion.value
            notes.append("\n".join(value.notes))
        return prompt.ref, notes, len(chunks), [ref for _, refs in extras for ref in refs]

    def _summarize_extractive(
        self, source: Source, request: SummaryRequest
    ) -> tuple[dict[str, LanguageSummary | None], dict[str, list[str]], Provenance, KeyPointsAlignment]:
        started = datetime.now(UTC)
        shares = source.detection.languages
        present = [lang for lang in ("en", "zh") if shares.get(lang, 0.0) >= MIN_LANGUAGE_SHARE]
        if not present and source.detection.language in ("en", "zh"):
            present = [source.detection.language]
        if not present:
            raise UnsupportedOptionError(
                f"the embedded extractive engine summarises English and Chinese only; this article is "
                f"'{source.detection.language}'. Configure an LLM endpoint (OPENAI_BASE_URL) for other "
                "languages."
            )
        by_language: dict[str, list[str]] = {}
        for language in present:
            # Chinese is summarised from the Simplified working copy; zh-Hant is derived afterwards.
            paragraphs = (
                source.normalized.simplified_paragraphs if language == "zh" else source.normalized.paragraphs
            )
            mojibake = source.normalized.mojibake
            by_language[language] = without_garbled_sentences(paragraphs, mojibake, language)
        result = summarize_article(by_language, title=source.info.title, length=request.length)
        provenance = Provenance(
            engine="extractive",
            model="textrank",
            created_at=started,
            latency_ms=round((datetime.now(UTC) - started).total_seconds() * 1000, 1),
        )
        return result.summary, result.keywords, provenance, result.key_points_alignment


def without_garbled_sentences(
    paragraphs: list[str], mojibake: list[MojibakeSpan], language: str
) -> list[str]:
    """The extractive engine quotes sentences verbatim: never let it quote one that overlaps unrepaired
    mojibake. Span offsets are in the original-script paragraph; OpenCC t2s keeps lengths, so they hold
    in the Simplified working copy too."""
    garbled: dict[int, list[MojibakeSpan]] = {}
    for span in mojibake:
        garbled.setdefault(span.paragraph, []).append(span)
    joiner = "" if language == "zh" else " "
    kept_paragraphs = []
    for index, paragraph in enumerate(paragraphs):
        if index in garbled:
            kept, cursor = [], 0
            for sentence in split_sentences(paragraph):
                start = paragraph.find(sentence, cursor)
                end = start + len(sentence)
                cursor = end if start >= 0 else cursor
                if start < 0 or not any(s.start < end and start < s.end for s in garbled[index]):
                    kept.append(sentence)
            paragraph = joiner.join(kept)
        if paragraph:
            kept_paragraphs.append(paragraph)
    return kept_paragraphs
