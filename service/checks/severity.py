"""Severity: an `error` sets `needs_review`; a `warning` is shown to the editor and leaves the status alone.

Which checks are warnings is a setting (`BISUM_WARNING_CHECKS`); by default the shape checks (lengths and
keyword shape), since a summary a little long is not unfaithful, and an article that addresses a model
(the output may well ignore it: `prompt_injection` says when it does not), and garbled text in the
source (the output cannot be at fault for it; the editor is shown where it is). Everything else - numbers,
dates, names, script, output language, alignment, obeyed instructions, links, disclaimer, relevance, and
the two sides saying opposite things (`polarity_consistent`) or counting a number as different things
(`counts_consistent`) - is an error."""

from __future__ import annotations

from collections.abc import Iterable

from service.schemas import CheckResult

DEFAULT_WARNING_CHECKS: tuple[str, ...] = (
    "length_bounds",
    "keywords",
    "source_addresses_model",
    "source_mojibake",
)


# House style (service/checks/house_style.py) is never more than a warning: style is not a fact.
STYLE_CHECKS: tuple[str, ...] = ("style_punctuation", "style_spacing", "style_dates", "style_large_numbers")


def with_severity(results: Iterable[CheckResult], warnings: Iterable[str]) -> list[CheckResult]:
    warning_names = set(warnings) | set(STYLE_CHECKS)
    return [
        result.model_copy(update={"severity": "warning" if result.name in warning_names else "error"})
        for result in results
    ]


def review_status(results: Iterable[CheckResult]) -> str:
    failed = any(not result.passed and result.severity == "error" for result in results)
    return "needs_review" if failed else "draft"
