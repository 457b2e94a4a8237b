"""The one place that finishes an output - for generation, for an editor's edit and for `POST /v1/checks`
alike: derive the zh-Hant variants from zh-Hans with OpenCC, attach the disclaimer, run the checks with
their severities, decide the status. Pure functions of their inputs: no ids, no storage, no model."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from service.checks import check_summary, check_translation
from service.checks.severity import review_status, with_severity
from service.checks.source_quality import check_source
from service.disclaimer import disclaimer
from service.memo import memo_scope
from service.schemas import (
    DERIVED_LOCALES,
    CheckResult,
    Grounding,
    LanguageSummary,
    MojibakeSpan,
    TranslationPair,
)
from service.text.chinese import convert


@dataclass(frozen=True)
class Finished:
    checks: list[CheckResult]
    status: str
    # The notice the checks saw: the service's own (en, zh-Hans, each zh-Hant target) or the one given.
    disclaimer: dict[str, str]


@dataclass(frozen=True)
class FinishedSummary(Finished):
    # en and zh-Hans (None where not produced) plus every derived or given zh-Hant variant.
    summary: dict[str, LanguageSummary | None]


def source_paragraphs(text: str) -> list[str]:
    """The normalised text's paragraphs (normalise joins them with one blank line): the [n] of a grounded
    prompt and of `grounding.key_point_sources` count these, from 1."""
    return text.split("\n\n") if text else []


def derive_variants(
    summary: dict[str, LanguageSummary | None], locales: Iterable[str]
) -> dict[str, LanguageSummary | None]:
    """zh-Hant, zh-Hant-TW and zh-Hant-HK (those asked for) converted from zh-Hans: zero tokens."""
    derived = dict(summary)
    for locale in locales:
        if locale in DERIVED_LOCALES:
            derived[locale] = convert_summary(summary.get("zh-Hans"), DERIVED_LOCALES[locale])
    return derived


def finish_summary(
    *,
    source: str,
    mojibake: list[MojibakeSpan],
    summary: dict[str, LanguageSummary | None],
    keywords: dict[str, list[str]],
    targets: Iterable[str],
    derive: Iterable[str],
    notice_kind: str,
    length: str,
    warning_checks: Iterable[str],
    grounding: Grounding | None = None,
    given_disclaimer: dict[str, str] | None = None,
) -> FinishedSummary:
    """`derive`: the zh-Hant locales to (re)convert from zh-Hans; the others keep what `summary` holds."""
    full = derive_variants(summary, derive)
    full.setdefault("en", None)
    full.setdefault("zh-Hans", None)
    notice = given_disclaimer if given_disclaimer is not None else disclaimer(notice_kind, list(targets))
    with memo_scope():  # the checks share their scans of each text (service/memo.py)
        checks = check_source(mojibake) + check_summary(
            source=source,
            summary=full,
            keywords=keywords,
            disclaimer=notice,
            length=length,
            grounding=grounding,
            paragraphs=source_paragraphs(source),
        )
    checks = with_severity(checks, warning_checks)
    return FinishedSummary(checks=checks, status=review_status(checks), disclaimer=notice, summary=full)


def finish_translation(
    *,
    source: str,
    mojibake: list[MojibakeSpan],
    pairs: list[TranslationPair],
    target: str,
    notice_kind: str,
    warning_checks: Iterable[str],
    given_disclaimer: dict[str, str] | None = None,
) -> Finished:
    notice = given_disclaimer if given_disclaimer is not None else disclaimer(notice_kind, [target])
    with memo_scope():
        checks = check_source(mojibake) + check_translation(
            source=source, pairs=pairs, target=target, disclaimer=notice
        )
    checks = with_severity(checks, warning_checks)
    return Finished(checks=checks, status=review_status(checks), disclaimer=notice)


def convert_summary(summary: LanguageSummary | None, config: str) -> LanguageSummary | None:
    if summary is None:
        return None
    return LanguageSummary(
        title=convert(summary.title, config),
        one_line=convert(summary.one_line, config),
        summary=convert(summary.summary, config),
        key_points=[convert(point, config) for point in summary.key_points],
    )


def aligned_key_points(summary: dict[str, LanguageSummary | None]) -> list[dict[str, str | None]]:
    longest = max((len(s.key_points) for s in summary.values() if s is not None), default=0)
    return [
        {
            locale: (s.key_points[i] if s is not None and i < len(s.key_points) else None)
            for locale, s in summary.items()
        }
        for i in range(longest)
    ]


def interleave(pairs: list[TranslationPair], notice: dict[str, str], target: str) -> str:
    """Source paragraph, then its translation, like the bilingual pages newsrooms publish (seed 000)."""
    blocks = [
        pair.source if pair.source == pair.target else f"{pair.source}\n{pair.target}" for pair in pairs
    ]
    zh_notice = notice.get(target, notice["zh-Hans"]) if target != "en" else notice["zh-Hans"]
    blocks.append(f"{notice['en']}\n{zh_notice}")
    return "\n\n".join(blocks)
