"""A given output checked against its source through the same `finalize` step generation uses
(`POST /v1/checks`, `bisum check`)."""

from __future__ import annotations

from service.checks.house_style import HouseStyle
from service.config import Settings
from service.finalize import finish_summary, finish_translation
from service.glossary import Glossary
from service.guidance import Guidance
from service.llm.schemas import expand_grounding
from service.pipeline_source import prepare_source
from service.schemas import CheckRequest, CheckResponse, CompactGrounding, LanguageSummary


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
