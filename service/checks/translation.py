"""`check_translation`: the deterministic checks run on every paragraph-aligned translation.

Returns, in order: output_language, simplified_script (target zh-Hans only) or traditional_script (target
zh-Hant* only), numbers_consistent, polarity_consistent, counts_consistent, regions_consistent,
names_in_source, paragraphs_aligned, the injection checks, disclaimer_present. One result per name;
per-pair problems are folded into its detail with the field "pairs[i].target" (0-based).
"""

from __future__ import annotations

from collections.abc import Callable

from service.checks.counted import counts_in_pairs
from service.checks.fields import Problem, is_chinese_locale, make_result
from service.checks.injection import addresses_model, check_injection
from service.checks.language import language_problem
from service.checks.names import extract_names, missing_names, names_result, source_parts
from service.checks.numbers import describe, find_numbers, unmatched
from service.checks.polarity import polarity_pairs
from service.checks.regions import regions_in_pairs
from service.checks.script import english_share, han_equivalent_size, simplified_chars, traditional_chars
from service.checks.structure import disclaimer_problems
from service.checks.summary import STRICT_NAMES_MIN_ENGLISH_SHARE
from service.checks.units import currency_context
from service.memo import per_finalize
from service.schemas import CheckResult, TranslationPair

# Several checks of one finalize ask for the numbers of the same texts: each text is scanned once.
find_numbers = per_finalize(find_numbers)

# Target size / source size per pair, in Han-equivalent characters (see script.han_equivalent_size); pairs
# whose source is shorter than _MIN_RATIO_SIZE (a heading, a date line) are not judged.
PARAGRAPH_RATIO = (0.4, 2.5)
_MIN_RATIO_SIZE = 15


def check_translation(
    *, source: str, pairs: list[TranslationPair], target: str, disclaimer: dict[str, str]
) -> list[CheckResult]:
    results = [output_language(pairs, target)]
    if target == "zh-Hans":
        results.append(_script_check("simplified_script", "Traditional", traditional_chars, pairs))
    elif target.startswith("zh-Hant"):
        results.append(_script_check("traditional_script", "Simplified", simplified_chars, pairs))
    results += [
        numbers_consistent(pairs, currencies := currency_context(source)),
        polarity_pairs(pairs, target),
        counts_in_pairs(pairs, target, currencies),
        regions_in_pairs(source, pairs, target),
        names_in_source(source, pairs, target),
        paragraphs_aligned(pairs),
        # A faithful translation of a planted paragraph translates the planted text too: not obeying it.
        *check_injection(
            source,
            [(f"pairs[{i}].target", p.target) for i, p in enumerate(pairs) if not addresses_model(p.source)],
        ),
        make_result(
            "disclaimer_present",
            disclaimer_problems(
                disclaimer or {}, ["en", "zh-Hans", *([target] if target.startswith("zh-Hant") else [])]
            ),
        ),
    ]
    return results


def output_language(pairs: list[TranslationPair], target: str) -> CheckResult:
    problems = []
    for i, pair in enumerate(pairs):
        if message := language_problem(pair.target, target):
            problems.append(Problem(f"pairs[{i}].target", f"pairs[{i}].target is {message}"))
    return make_result("output_language", problems)


def _script_check(
    name: str, wrong: str, finder: Callable[[str], list[str]], pairs: list[TranslationPair]
) -> CheckResult:
    problems = [
        Problem(f"pairs[{i}].target", f"{wrong} characters in pairs[{i}].target: {', '.join(chars)}")
        for i, pair in enumerate(pairs)
        if (chars := finder(pair.target))
    ]
    return make_result(name, problems)


def numbers_consistent(pairs: list[TranslationPair], currencies: frozenset[str] = frozenset()) -> CheckResult:
    problems = []
    # A translator may spell out a date the paragraph leaves implicit ("3日" -> "September 3"): a month
    # or day the article states elsewhere is no addition.
    article_dates = [m for pair in pairs for m in find_numbers(pair.source, currencies) if m.date]
    for i, pair in enumerate(pairs):
        source_numbers = find_numbers(pair.source, currencies)
        target_numbers = find_numbers(pair.target, currencies)
        lost = unmatched(source_numbers, target_numbers)
        added = [
            m
            for m in unmatched(target_numbers, source_numbers)
            if not (m.date and unmatched([m], article_dates) == [])
        ]
        if lost or added:
            parts = []
            if lost:
                parts.append(f"source has {describe(lost)} missing from the target")
            if added:
                parts.append(f"target has {describe(added)} not in the source paragraph")
            problems.append(Problem(f"pairs[{i}].target", f"pairs[{i}]: {', '.join(parts)}"))
    return make_result("numbers_consistent", problems)


def names_in_source(source: str, pairs: list[TranslationPair], target: str) -> CheckResult:
    """Latin names in the targets appear in the source. Into English from a Chinese-dominant source, names
    the source gives only in Chinese cannot be checked: they are listed, not failed (as in check_summary)."""
    full_source = "\n".join([source, *(pair.source for pair in pairs)])
    index = source_parts(full_source)
    chinese = is_chinese_locale(target)
    strict = chinese or english_share(full_source) >= STRICT_NAMES_MIN_ENGLISH_SHARE
    problems: list[Problem] = []
    unverifiable: list[str] = []
    for i, pair in enumerate(pairs):
        missing = missing_names(extract_names(pair.target, chinese=chinese), index)
        if not missing:
            continue
        if strict:
            names = ", ".join(n.text for n in missing)
            field = f"pairs[{i}].target"
            problems.append(Problem(field, f"names not in the source: {names} ({field})"))
        else:
            unverifiable.extend(n.text for n in missing if n.text not in unverifiable)
    return names_result(problems, unverifiable)


def paragraphs_aligned(pairs: list[TranslationPair]) -> CheckResult:
    if not pairs:
        return make_result("paragraphs_aligned", [Problem("pairs", "no paragraph pairs")])
    problems = []
    low, high = PARAGRAPH_RATIO
    for i, pair in enumerate(pairs):
        if not pair.target.strip():
            problems.append(Problem(f"pairs[{i}].target", f"pairs[{i}].target is empty"))
            continue
        if not pair.source.strip():
            problems.append(Problem(f"pairs[{i}].source", f"pairs[{i}].source is empty"))
            continue
        source_size, target_size = han_equivalent_size(pair.source), han_equivalent_size(pair.target)
        if source_size >= _MIN_RATIO_SIZE:
            ratio = target_size / source_size
            if not low <= ratio <= high:
                problems.append(
                    Problem(
                        f"pairs[{i}].target",
                        f"pairs[{i}].target is {ratio:.2f}x the source paragraph's length "
                        f"(expected {low}-{high})",
                    )
                )
    return make_result("paragraphs_aligned", problems)
