"""`terminology`: the glossary was used. For every entry whose source term occurs in the article, each
output field that renders the source term's content carries the target term.

"Renders the source term's content" is decided by alignment, not guessed: a translation's pair i
renders its own source paragraph; a summary's zh-Hans (or zh-Hant) field renders the English field of
the same name (title, one_line, summary, key_points[i]) and the other way round for zh -> en entries.
So "LLM" in summary.en.key_points[1] and 法学硕士 in summary.zh-Hans.key_points[1] fails, while a
Chinese summary that leaves the term out on both sides passes: that is the summary's call, not a
terminology error."""

from __future__ import annotations

from collections.abc import Sequence

from service.glossary import Term, for_locale, occurs
from service.schemas import CheckResult, LanguageSummary, TranslationPair
from service.text.chinese import to_simplified

NAME = "terminology"


def _fields(summary: LanguageSummary) -> list[tuple[str, str]]:
    fields = [("title", summary.title), ("one_line", summary.one_line), ("summary", summary.summary)]
    return fields + [(f"key_points[{i}]", point) for i, point in enumerate(summary.key_points)]


def _source_has(term: Term, text: str) -> bool:
    if term.source_lang == "zh":
        return occurs(to_simplified(term.source), to_simplified(text)) or occurs(term.source, text)
    return occurs(term.source, text)


def _result(problems: list[tuple[str, str]], terms: Sequence[Term]) -> CheckResult:
    if not terms:
        return CheckResult(name=NAME, passed=True, detail="skipped: no glossary entry occurs in the article")
    if not problems:
        return CheckResult(name=NAME, passed=True, detail=f"ok: {len(terms)} glossary entries applied")
    shown = "; ".join(message for _, message in problems[:6])
    more = f" (+{len(problems) - 6} more)" if len(problems) > 6 else ""
    return CheckResult(name=NAME, passed=False, detail=shown + more, field=problems[0][0])


def check_summary_terms(terms: Sequence[Term], summary: dict[str, LanguageSummary | None]) -> CheckResult:
    problems: list[tuple[str, str]] = []
    for locale, output in summary.items():
        if output is None:
            continue
        expected = for_locale(terms, locale)
        for term in expected.values():
            # the field in the source term's language: en for en -> zh entries, zh-Hans for zh -> en
            source_locale = "en" if term.source_lang == "en" else "zh-Hans"
            if locale == source_locale:
                continue
            counterpart = summary.get(source_locale)
            if counterpart is None:
                continue
            source_fields = dict(_fields(counterpart))
            for name, text in _fields(output):
                source_text = source_fields.get(name)
                if source_text is None or not _source_has(term, source_text):
                    continue
                if not occurs(term.target, text):
                    field = f"summary.{locale}.{name}"
                    problems.append((field, f"{term.source!r} must be rendered {term.target!r} in {field}"))
    return _result(problems, terms)


def check_translation_terms(
    terms: Sequence[Term], pairs: Sequence[TranslationPair], target: str
) -> CheckResult:
    problems: list[tuple[str, str]] = []
    expected = for_locale(terms, target)
    for index, pair in enumerate(pairs):
        for term in expected.values():
            if _source_has(term, pair.source) and not occurs(term.target, pair.target):
                field = f"pairs[{index}].target"
                problems.append((field, f"{term.source!r} must be rendered {term.target!r} in {field}"))
    return _result(problems, terms)
