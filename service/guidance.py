"""What informs the model besides the article (issue 11): the glossary entries that apply and the
caller's `context`. Both reach the model as versioned prompt fragments appended to the user message
(service/prompts/glossary, service/prompts/context), both are part of the content key and of provenance,
and neither is ever summarised or translated."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from service.config import Settings
from service.errors import InputError
from service.glossary import Glossary, Term, applicable_terms, occurs, render_entries
from service.hashing import sha256_text
from service.llm.prompts import PromptRegistry, appendix
from service.text.chinese import to_simplified


class ContextTooLongError(InputError):
    code = "context_too_long"


def checked_context(context: str | None, settings: Settings) -> str | None:
    """The context as used (stripped; blank = none). Over BISUM_MAX_CONTEXT_CHARS is a 422."""
    if context is None or not context.strip():
        return None
    context = context.strip()
    if len(context) > settings.max_context_chars:
        raise ContextTooLongError(
            f"context has {len(context)} characters; the limit is {settings.max_context_chars} "
            "(BISUM_MAX_CONTEXT_CHARS)",
            detail={"chars": len(context), "limit": settings.max_context_chars},
        )
    return context


def key_params(glossary: Glossary | None, context: str | None) -> dict[str, Any]:
    """Content-key parameters; empty without a glossary or a context, so earlier keys stay valid."""
    params: dict[str, Any] = {}
    if glossary is not None:
        params["glossary"] = glossary.sha256
    if context is not None:
        params["context"] = sha256_text(context)
    return params


def guidance_for(glossary: Glossary | None, text: str, simplified: str, context: str | None) -> Guidance:
    """Module-level (it runs in the CPU pool's worker processes: it must pickle)."""
    return Guidance.of(glossary, text, simplified, context)


@dataclass(frozen=True)
class Guidance:
    glossary: Glossary | None = None
    terms: list[Term] | None = None  # None: no glossary; []: a glossary none of whose terms occur
    context: str | None = None

    @classmethod
    def of(cls, glossary: Glossary | None, text: str, simplified: str, context: str | None) -> Guidance:
        return cls(glossary, applicable_terms(glossary, text, simplified), context)

    def values(
        self, prompts: PromptRegistry, nonce: str, locales: Sequence[str], part: str | None = None
    ) -> tuple[dict[str, str], list[str]]:
        """`{"appendix": ...}` for one call's prompt values, and the fragment refs it used. `part`: the
        text this call sees (a chunk): only the entries occurring in it go in."""
        terms = self.terms or []
        if part is not None and terms:
            folded, simplified = part.casefold(), to_simplified(part).casefold()
            terms = [
                t
                for t in terms
                if occurs(t.source, "", folded) or occurs(to_simplified(t.source), "", simplified)
            ]
        entries = render_entries(terms, locales) if terms else None
        text, refs = appendix(prompts, nonce=nonce, glossary_entries=entries, context=self.context)
        return ({"appendix": text} if text else {}), refs

    def provenance(self, refs: Sequence[str]) -> dict[str, Any]:
        return {
            "fragments": sorted(set(refs)),
            "glossary": self.glossary.use(self.terms or []) if self.glossary is not None else None,
            "context_sha256": sha256_text(self.context) if self.context is not None else None,
        }
