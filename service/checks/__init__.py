"""Deterministic checks run on every generated output (summaries and translations).

Public interface:
    check_summary(*, source, summary, keywords, disclaimer, length="medium") -> list[CheckResult]
    check_translation(*, source, pairs, target, disclaimer) -> list[CheckResult]
    terminology.check_summary_terms / check_translation_terms(terms, ...) -> CheckResult
        (run by service/finalize.py when the output was made or is checked with a glossary)
    extract_numbers(text) -> set[float]       (find_numbers for mentions with surface forms and flags)
    extract_names(text, chinese=...) -> list[Name]

Each check returns exactly one CheckResult per name (problems aggregated into `detail`, `field` = the first
offending field); passing checks are returned too, with detail "ok" or "skipped: <why>".
"""

from service.checks.names import Name, extract_names
from service.checks.numbers import NumberMention, extract_numbers, find_numbers
from service.checks.script import to_simplified
from service.checks.structure import FIELD_BOUNDS, KEY_POINT_COUNT, LENGTH_BOUNDS
from service.checks.summary import check_summary
from service.checks.translation import check_translation

__all__ = [
    "FIELD_BOUNDS",
    "KEY_POINT_COUNT",
    "LENGTH_BOUNDS",
    "Name",
    "NumberMention",
    "check_summary",
    "check_translation",
    "extract_names",
    "extract_numbers",
    "find_numbers",
    "to_simplified",
]
