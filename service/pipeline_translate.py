"""The translation path of the Pipeline (service/pipeline.py): paragraph by paragraph, Chinese to
Chinese by OpenCC, the rest by the LLM in whole-paragraph chunks, then finalize."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime
from typing import Any

from service import metrics
from service.config import Settings
from service.cpu import CpuPool
from service.errors import InputError, LLMNotConfiguredError
from service.finalize import finish_translation, interleave
from service.glossary import Glossary, apply_overrides
from service.guidance import Guidance
from service.llm.client import LLMClient, one_text_per_paragraph
from service.llm.prompts import PromptRegistry
from service.llm.schemas import TranslationOutput
from service.pipeline_source import Source, _add_usage, _to_locale
from service.schemas import Provenance, TranslationPair, TranslationRequest, TranslationResult, Usage
from service.text.normalize import NormalizedText
from service.text.segment import count_tokens, pack


class TranslationPath:
    """`Pipeline.translate`; `prepare` and `guidance` are the Pipeline's own."""

    settings: Settings
    prompts: PromptRegistry
    llm: LLMClient | None
    cpu: CpuPool

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
        one_per_paragraph = one_text_per_paragraph([i + 1 for i in indices])

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
