"""Content keys of drafts: a request whose key is stored returns that draft with no LLM call. The key
covers the normalised text, the prompt and engine, the source language and the request's parameters."""

from __future__ import annotations

from typing import Any

from service.glossary import Glossary
from service.guidance import checked_context, key_params
from service.hashing import sha256_json
from service.pipeline import Pipeline, Source
from service.schemas import SummaryRequest


class ContentKeys:
    """The content-key methods of the DraftService (service/drafts.py)."""

    pipeline: Pipeline

    def summary_key(self, request: SummaryRequest, source: Source, glossary: Glossary | None = None) -> str:
        """`glossary`: the one the request uses (resolved from its glossary_id, or a CLI file)."""
        context = checked_context(request.context, self.pipeline.settings)
        params = {
            "targets": sorted(request.targets or self.pipeline.settings.default_targets),
            "length": request.length,
            **key_params(glossary, context),
        }
        if request.include:  # only then: the keys of requests without it stay as they were
            params["include"] = [self._prompt_ref(part, None) for part in sorted(request.include)]
        return self._content_key(
            "summary", source, self._prompt_ref("summarize", request.prompt_version), params
        )

    def _prompt_ref(self, prompt_id: str, version: str | None) -> str:
        return self.pipeline.prompts.get(prompt_id, version).ref  # unknown version -> 422 before any work

    def _content_key(self, kind: str, source: Source, prompt: str, params: dict[str, Any]) -> str:
        llm = self.pipeline.llm
        return sha256_json(
            {
                "text": source.normalized.text,
                "kind": kind,
                "prompt": prompt if llm is not None or kind == "translation" else None,
                "engine": "llm" if llm is not None else "extractive",
                "model": llm.model if llm is not None else "textrank",
                "source_language": f"{source.detection.language}-{source.detection.script}",
                "params": params,
            }
        )
