"""One article from request to checked result: normalise → detect → (LLM | extractive) → derive
zh-Hant with OpenCC → disclaimer → checks → status. Returns a plain result (no draft id, no storage):
the draft service (service/drafts.py) stores it and owns the draft."""

from __future__ import annotations

import asyncio
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from service import metrics
from service.checks.house_style import HouseStyle
from service.config import Settings
from service.cpu import CpuPool
from service.engines.extractive import summarize_article
from service.errors import InputError, LLMNotConfiguredError, UnsupportedOptionError
from service.finalize import (
    aligned_key_points,
    finish_analysis,
    finish_summary,
    finish_translation,
    interleave,
)
from service.glossary import Glossary, apply_overrides
from service.guidance import Guidance, checked_context, guidance_for
from service.hashing import sha256_text
from service.llm.client import LLMClient, UnusableOutput
from service.llm.fragments import analysis_of, with_fragment
from service.llm.prompts import PromptRegistry
from service.llm.schemas import (
    ChunkNotes,
    CompactGroundedOutput,
    GroundedSummaryOutput,
    SummaryOutput,
    TranslationOutput,
    expand_grounding,
)
from service.schemas import (
    DERIVED_LOCALES,
    Analysis,
    ArticleIn,
    CheckRequest,
    CheckResponse,
    CompactGrounding,
    Detection,
    Grounding,
    KeyPointsAlignment,
    LanguageSummary,
    MojibakeSpan,
    Provenance,
    SourceInfo,
    SummaryRequest,
    SummaryResult,
    TranslationPair,
    TranslationRequest,
    TranslationResult,
    Usage,
)
from service.text.chinese import convert
from service.text.detect import detect
from service.text.normalize import NormalizedText, clean_title, normalize
from service.text.segment import chunk_paragraphs, count_tokens, pack, split_sentences

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


@dataclass(frozen=True)
class Source:
    normalized: NormalizedText
    detection: Detection
    info: SourceInfo


def prepare_source(article: ArticleIn, settings: Settings) -> Source:
    """Validate, clean and label the article. Raises InputError subclasses on bad input."""
    is_html = article.html is not None
    raw = article.html if is_html else article.text
    normalized = normalize(raw or "", html=is_html, max_chars=settings.max_input_chars)
    detection = detect(normalized.paragraphs)
    if article.source_language != "auto":
        detection = _declared_language(detection, article.source_language)
    info = SourceInfo(
        language=detection.language,
        script=detection.script,
        mixed=detection.mixed,
        sha256=sha256_text(normalized.text),
        chars=len(normalized.text),
        paragraphs=len(normalized.paragraphs),
        title=clean_title(article.title or "") or normalized.title,
        mojibake=normalized.mojibake,
    )
    return Source(normalized, detection, info)


def _declared_language(detection: Detection, tag: str) -> Detection:
    """A caller-declared source language wins over detection (e.g. `zh-Hant`, `en`)."""
    language, _, script = tag.partition("-")
    if not language.isalpha() or len(language) not in (2, 3):
        raise UnsupportedOptionError(f"source_language must be 'auto' or a BCP-47 tag, got {tag!r}")
    return detection.model_copy(
        update={"language": language.lower(), "script": script or detection.script, "confidence": 1.0}
    )


class Pipeline:
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

    # --- translations -------------------------------------------------------------------------

    async def translate(
        self,
        request: TranslationRequest,
        *,
        request_id: str | None = None,
        source: Source | None = None,
        glossary: Glossary | None = None,
    ) -> TranslationResult:
        source = source or await self.prepare(request)
        guide = await self.guidance(request, source, glossary)
        refs: list[str] = []
        target = request.target
        target_language = "en" if target == "en" else "zh"
        normalized = source.normalized
        labels = source.detection.paragraphs
        translated: dict[int, str] = {}
        pending: list[int] = []
        for index, paragraph in enumerate(normalized.paragraphs):
            language = labels[index].language if index < len(labels) else source.detection.language
            if language == target_language == "en":
                translated[index] = paragraph
            elif language == target_language == "zh":
                # Chinese to Chinese is a script conversion, not a translation: OpenCC, no model.
                translated[index] = _to_locale(normalized.simplified_paragraphs[index], target)
            else:
                pending.append(index)
        if target_language == "en" and not pending:
            # Nothing to translate: returning the input as a "translation" would be a draft of nothing.
            raise InputError("the article is already in English; choose a Chinese target to translate it")
        usage = Usage()
        started = datetime.now(UTC)
        prompt = self.prompts.get("translate", request.prompt_version)
        engine = "opencc"
        if pending:
            if self.llm is None:
                raise LLMNotConfiguredError(
                    f"translating into {target} needs an LLM endpoint; set OPENAI_BASE_URL (and "
                    "OPENAI_API_KEY). Only Chinese script conversion works without one."
                )
            engine = "llm"
            # Whole paragraphs only: splitting one would break the alignment of pairs.
            paragraphs = normalized.simplified_paragraphs
            budget = self.settings.chunk_token_budget
            for chunk in pack(pending, lambda i: count_tokens(paragraphs[i]), budget):
                texts, chunk_refs = await self._translate_chunk(
                    prompt, chunk, normalized, target, usage, request_id, guide
                )
                refs += chunk_refs
                for index, text in texts.items():
                    translated[index] = (
                        text
                        if target_language == "en"
                        else apply_overrides(_to_locale(text, target), guide.terms, target)
                    )
        pairs = [
            TranslationPair(source=paragraph, target=translated[index])
            for index, paragraph in enumerate(normalized.paragraphs)
        ]
        finished = await self.cpu.run(
            finish_translation,
            source=normalized.text,
            mojibake=normalized.mojibake,
            pairs=pairs,
            target=target,
            notice_kind="llm",
            warning_checks=self.settings.warning_checks,
            terms=guide.terms,
        )
        notice = finished.disclaimer
        metrics.record_checks(finished.checks)
        provenance = Provenance(
            engine=engine,
            model=self.llm.model if engine == "llm" and self.llm else None,
            endpoint_host=self.llm.endpoint_host if engine == "llm" and self.llm else None,
            response_format=self.llm.format_in_use if engine == "llm" and self.llm else None,
            prompt=prompt.ref if engine == "llm" else None,
            prompt_sha256=prompt.sha256 if engine == "llm" else None,
            created_at=started,
            latency_ms=round((datetime.now(UTC) - started).total_seconds() * 1000, 1),
            usage=usage,
            request_id=request_id,
            **guide.provenance(refs),
        )
        return TranslationResult(
            source=source.info,
            target=target,
            pairs=pairs,
            bilingual=interleave(pairs, notice, target),
            disclaimer={
                locale: text for locale, text in notice.items() if locale in ("en", "zh-Hans", target)
            },
            provenance=provenance,
            checks=finished.checks,
            status=finished.status,
        )

    async def _translate_chunk(
        self,
        prompt: Any,
        indices: list[int],
        normalized: NormalizedText,
        target: str,
        usage: Usage,
        request_id: str | None,
        guide: Guidance,
    ) -> tuple[dict[int, str], list[str]]:
        assert self.llm is not None
        # The model sees Simplified Chinese; numbering is 1-based like the prompt's "[1]".
        article = "\n\n".join(f"[{i + 1}] {normalized.simplified_paragraphs[i]}" for i in indices)
        expected = [i + 1 for i in indices]

        def one_per_paragraph(output: TranslationOutput) -> None:
            got = [p.index for p in output.paragraphs]
            if got != expected:
                raise UnusableOutput(f"expected paragraphs {expected}, got {got}")
            if any(not p.text.strip() for p in output.paragraphs):
                raise UnusableOutput("a translated paragraph is empty")

        target_is_english = target == "en"
        nonce = secrets.token_hex(8)
        part = "\n\n".join(normalized.paragraphs[i] for i in indices)
        extra, refs = guide.values(self.prompts, nonce, ["en" if target_is_english else "zh-Hans"], part=part)
        completion = await self.llm.complete(
            prompt,
            {
                **extra,
                "nonce": nonce,
                "target_language": "en" if target_is_english else "zh-Hans",
                "target_name": "English" if target_is_english else "Simplified Chinese (简体中文)",
                "script_rule": "Write natural, idiomatic news English."
                if target_is_english
                else "Write Simplified Chinese (简体中文) only, never Traditional characters.",
                "article": article,
            },
            request_id=request_id,
            validate=one_per_paragraph,
        )
        _add_usage(usage, completion.usage)
        output: TranslationOutput = completion.value
        return {p.index - 1: p.text.strip() for p in output.paragraphs}, refs


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


def _to_locale(simplified: str, locale: str) -> str:
    return convert(simplified, DERIVED_LOCALES[locale]) if locale in DERIVED_LOCALES else simplified


def _language_label(detection: Detection) -> str:
    label = detection.language + (f"-{detection.script}" if detection.script else "")
    if detection.mixed:
        others = [lang for lang in detection.languages if lang != detection.language]
        label += f" (mixed with {', '.join(others)})"
    return label


def _add_usage(total: Usage, part: Usage) -> None:
    total.prompt_tokens += part.prompt_tokens
    total.completion_tokens += part.completion_tokens
    total.total_tokens += part.total_tokens
    total.llm_calls += part.llm_calls


def check_given(request: CheckRequest, settings: Settings, glossary: Glossary | None = None) -> CheckResponse:
    """`POST /v1/checks` and `bisum check`: a given output checked against its source through the same
    `finalize` step generation uses. Stores nothing and calls no model."""
    source = prepare_source(request, settings)
    text, mojibake = source.normalized.text, source.normalized.mojibake
    terms = Guidance.of(glossary, text, source.normalized.simplified, None).terms
    if request.pairs is not None:
        assert request.target is not None  # CheckRequest's validator
        finished = finish_translation(
            source=text,
            mojibake=mojibake,
            pairs=request.pairs,
            target=request.target,
            notice_kind="llm",
            warning_checks=settings.warning_checks,
            given_disclaimer=request.disclaimer,
            terms=terms,
        )
        return CheckResponse(checks=finished.checks, status=finished.status)
    given: dict[str, LanguageSummary | None] = dict(request.summary or {})
    targets = list(request.targets or given)
    derived = finish_summary(
        source=text,
        mojibake=mojibake,
        summary=given,
        keywords=dict(request.keywords or {}),
        targets=targets,
        derive=[locale for locale in targets if locale not in given],
        notice_kind="llm",
        length=request.length,
        warning_checks=settings.warning_checks,
        grounding=(
            expand_grounding(request.grounding, text)
            if isinstance(request.grounding, CompactGrounding)
            else request.grounding
        ),
        given_disclaimer=request.disclaimer,
        terms=terms,
        house_style=HouseStyle.from_settings(settings),
    )
    return CheckResponse(checks=derived.checks, status=derived.status)
