"""The one place that finishes an output - for generation, for an editor's edit and for `POST /v1/checks`
alike: derive the zh-Hant variants from zh-Hans with OpenCC, attach the disclaimer, run the checks with
their severities, decide the status. Pure functions of their inputs: no ids, no storage, no model."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from service.checks import check_summary, check_translation
from service.checks.house_style import OFF, FixLog, HouseStyle, check_summaries, fix_summary, fix_text
from service.checks.severity import review_status, with_severity
from service.checks.source_quality import check_source
from service.checks.terminology import check_summary_terms, check_translation_terms
from service.disclaimer import disclaimer
from service.glossary import Term, apply_overrides
from service.memo import memo_scope
from service.schemas import (
    DERIVED_LOCALES,
    Analysis,
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
    terms: list[Term] | None = None,
    house_style: HouseStyle = OFF,
) -> FinishedSummary:
    """`derive`: the zh-Hant locales to (re)convert from zh-Hans; the others keep what `summary` holds.
    `terms`: the glossary entries that apply (None: no glossary, no terminology check).
    House-style fixes come first, so the fixed zh-Hans is what is checked, stored and converted."""
    derive, own = _own_variants(summary, derive)
    # zh-Hans and every Chinese variant of its own (given or edited) are styled and checked.
    styled = (["zh-Hans"] if "zh-Hans" in summary else []) + own
    summary, fixed = _fixed(summary, styled, house_style)
    full = derive_variants(summary, derive)
    if terms:  # an explicit zh-Hant rendering replaces what OpenCC made of the zh-Hans one
        for locale in derive:
            if (derived := full.get(locale)) is not None and locale in DERIVED_LOCALES:
                full[locale] = _map_fields(
                    derived, lambda text, loc=locale: apply_overrides(text, terms, loc)
                )
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
    if terms is not None:
        checks.append(check_summary_terms(terms, full))
    checks += check_summaries(full, styled, house_style, fixed)
    checks = with_severity(checks, warning_checks)
    return FinishedSummary(checks=checks, status=review_status(checks), disclaimer=notice, summary=full)


def _own_variants(
    summary: dict[str, LanguageSummary | None], derive: Iterable[str]
) -> tuple[list[str], list[str]]:
    """(locales to derive, zh-Hant variants with text of their own). A variant that is exactly zh-Hans
    converted is derived again, so a house-style fix of zh-Hans reaches it; its findings are zh-Hans's."""
    derive, own = list(derive), []
    hans = summary.get("zh-Hans")
    for locale, config in DERIVED_LOCALES.items():
        if locale in derive or summary.get(locale) is None:
            continue
        if hans is not None and summary[locale] == convert_summary(hans, config):
            derive.append(locale)
        else:
            own.append(locale)
    return derive, own


def _fixed(
    summary: dict[str, LanguageSummary | None], locales: list[str], style: HouseStyle
) -> tuple[dict[str, LanguageSummary | None], FixLog]:
    if not style.fixes:
        return summary, {}
    out, log = dict(summary), {}
    for locale in locales:
        if (side := summary.get(locale)) is not None:
            out[locale], changed = fix_summary(locale, side, style)
            log.update(changed)
    return out, log


def finish_analysis(analysis: Analysis, targets: Iterable[str], house_style: HouseStyle = OFF) -> Analysis:
    """Like the summary: zh-Hans to house style (the `fix` rules), zh-Hant variants derived from it, and
    only the target locales shown."""
    if not analysis.available:
        return analysis
    targets = list(targets)

    def localized(by_locale: dict[str, str]) -> dict[str, str]:
        out = dict(by_locale)
        if "zh-Hans" in out:
            out["zh-Hans"] = fix_text(out["zh-Hans"], house_style).text
            for locale in targets:
                if locale in DERIVED_LOCALES:
                    out[locale] = convert(out["zh-Hans"], DERIVED_LOCALES[locale])
        return {locale: text for locale, text in out.items() if locale in targets}

    scores = {
        name: score.model_copy(update={"reason": localized(score.reason)})
        for name in ("hot", "quality", "impact")
        if (score := getattr(analysis, name)) is not None
    }
    return analysis.model_copy(update={**scores, "text": localized(analysis.text)})


def finish_translation(
    *,
    source: str,
    mojibake: list[MojibakeSpan],
    pairs: list[TranslationPair],
    target: str,
    notice_kind: str,
    warning_checks: Iterable[str],
    given_disclaimer: dict[str, str] | None = None,
    terms: list[Term] | None = None,
) -> Finished:
    notice = given_disclaimer if given_disclaimer is not None else disclaimer(notice_kind, [target])
    with memo_scope():
        checks = check_source(mojibake) + check_translation(
            source=source, pairs=pairs, target=target, disclaimer=notice
        )
    if terms is not None:
        checks.append(check_translation_terms(terms, pairs, target))
    checks = with_severity(checks, warning_checks)
    return Finished(checks=checks, status=review_status(checks), disclaimer=notice)


def convert_summary(summary: LanguageSummary | None, config: str) -> LanguageSummary | None:
    if summary is None:
        return None
    return _map_fields(summary, lambda text: convert(text, config))


def _map_fields(summary: LanguageSummary, change) -> LanguageSummary:
    return LanguageSummary(
        title=change(summary.title),
        one_line=change(summary.one_line),
        summary=change(summary.summary),
        key_points=[change(point) for point in summary.key_points],
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
