"""`check_summary`: the deterministic checks run on every generated summary.

Always returns one CheckResult per check name, in this order: output_language, simplified_script,
traditional_script (only when a zh-Hant* locale was produced), numbers_consistent, numbers_in_source,
names_in_source, key_points_aligned, length_bounds, disclaimer_present, translation_available, keywords.
A check that cannot apply (e.g. numbers_consistent without a zh-Hans side) passes with "skipped: ..." -
the missing language is reported once, by translation_available.
Only en and zh-Hans are checked for facts (numbers, names, lengths): the zh-Hant* locales are OpenCC
conversions of zh-Hans and only get the language and script checks.
"""

from __future__ import annotations

from service.checks.counted import counts_consistent
from service.checks.dates import dates_consistent
from service.checks.fields import (
    Problem,
    field_pairs,
    is_chinese_locale,
    make_result,
    skipped,
    summary_fields,
)
from service.checks.gazetteer import known_entities, label
from service.checks.grounding import (
    entities_grounded,
    grounded_name,
    grounded_rows,
    key_points_grounded,
)
from service.checks.injection import check_injection
from service.checks.language import english_problem, language_problem
from service.checks.names import extract_names, missing_names, names_result, source_parts
from service.checks.numbers import (
    comparable_conflict,
    conflicting,
    describe,
    find_numbers,
    money_conflicts,
    surplus_comparable,
    surplus_durations,
    unmatched,
)
from service.checks.polarity import polarity_consistent
from service.checks.regions import place_in_source, regions_consistent
from service.checks.script import english_share, is_han, simplified_chars, traditional_chars
from service.checks.structure import (
    FIELD_BOUNDS,
    KEY_POINT_COUNT,
    LENGTH_BOUNDS,
    bounds_problem,
    disclaimer_problems,
    en_words,
    is_short_source,
    keyword_problems,
    ratio_problem,
    summary_bounds,
    zh_chars,
)
from service.checks.units import currency_context
from service.checks.zh_names import chinese_names, missing_chinese_names
from service.memo import per_finalize
from service.schemas import CheckResult, Grounding, LanguageSummary

# Several checks of one finalize ask for the numbers of the same texts: each text is scanned once.
find_numbers = per_finalize(find_numbers)

# A Chinese-dominant source gives most foreign names only in Chinese (山姆·奥特曼, 微软); an English output
# naming "Sam Altman" or "Microsoft" cannot be checked against it. Below this share of English prose in the
# source, such names are listed as unverifiable instead of failing.
STRICT_NAMES_MIN_ENGLISH_SHARE = 0.4
# zh characters per English word for a key-point pair (zh_chars / en_words), checked when en has >= 5 words.
KEY_POINT_RATIO = (0.5, 5.0)
_KEY_POINT_RATIO_MIN_WORDS = 5

_NO_TRANSLATION = (
    "no {lang} output: an LLM endpoint is needed to translate (set OPENAI_BASE_URL / OPENAI_API_KEY); "
    "the embedded extractive engine never invents a translation"
)


def _coerce(value: LanguageSummary | dict | None) -> LanguageSummary | None:
    if value is None or isinstance(value, LanguageSummary):
        return value
    return LanguageSummary.model_validate(value)


def check_summary(
    *,
    source: str,
    summary: dict[str, LanguageSummary | None],
    keywords: dict[str, list[str]],
    disclaimer: dict[str, str],
    length: str = "medium",
    grounding: Grounding | None = None,
    paragraphs: list[str] | None = None,
) -> list[CheckResult]:
    outputs = {locale: _coerce(value) for locale, value in summary.items()}
    present = {locale: value for locale, value in outputs.items() if value is not None}
    en, zh = present.get("en"), present.get("zh-Hans")
    derived = {locale: value for locale, value in present.items() if locale.startswith("zh-Hant")}
    keywords = keywords or {}
    currencies = currency_context(source)

    results = [
        output_language(present, keywords),
        simplified_script(zh, keywords.get("zh-Hans") or []),
    ]
    if derived:
        results.append(traditional_script(derived))
    results += [
        numbers_consistent(en, zh, currencies),
        numbers_in_source(source, en, zh),
        names_in_source(source, en, zh, grounding),
        names_consistent(en, zh),
        regions_consistent(source, en, zh),
        dates_consistent(en, zh),
        polarity_consistent(en, zh),
        counts_consistent(en, zh, currencies),
        key_points_aligned(en, zh, currencies),
        length_bounds(source, en, zh, length),
        # Each derived variant asked for needs its own notice: zh-Hant-TW alone has no plain zh-Hant one.
        disclaimer_present(disclaimer or {}, ["en", "zh-Hans", *sorted(derived)]),
        translation_available(en, zh),
        keywords_check(source, en, zh, keywords),
        *check_injection(source, _model_fields(en, zh)),
        entities_grounded(source, en, zh, grounding),
        key_points_grounded(
            paragraphs if paragraphs is not None else source.split("\n\n"), en, zh, grounding
        ),
    ]
    return results


def _model_fields(en: LanguageSummary | None, zh: LanguageSummary | None) -> list[tuple[str, str]]:
    """Every text field the model wrote (derived zh-Hant fields are OpenCC copies of zh-Hans)."""
    written = (("en", en), ("zh-Hans", zh))
    return [
        field for locale, value in written if value is not None for field in summary_fields(locale, value)
    ]


# --- 1. language and script -----------------------------------------------------------------------


def output_language(present: dict[str, LanguageSummary], keywords: dict[str, list[str]]) -> CheckResult:
    """Chinese fields mostly Han, English fields Latin. Keyword lists: en keywords must be English; the
    zh-Hans list fails when most of its keywords have no Han (a few Latin names like "OpenAI" are fine)."""
    problems = []
    for locale, value in present.items():
        for field, text in summary_fields(locale, value):
            if message := language_problem(text, locale):
                problems.append(Problem(field, f"{field} is {message}"))
    en_keywords = [k for k in keywords.get("en") or [] if k]
    if en_keywords and (message := english_problem(" ; ".join(en_keywords))):
        problems.append(Problem("keywords.en", f"keywords.en is {message}"))
    zh_keywords = [k for k in keywords.get("zh-Hans") or [] if k.strip()]
    latin_only = [k for k in zh_keywords if not any(is_han(ch) for ch in k)]
    zh = present.get("zh-Hans")
    if zh_keywords and len(latin_only) * 2 > len(zh_keywords):
        problems.append(
            Problem("keywords.zh-Hans", f"keywords.zh-Hans are mostly not Chinese: {', '.join(latin_only)}")
        )
    elif latin_only and zh is not None:
        # A Latin phrase is the Chinese side's term only when its text writes it so too (Leerink Partners):
        # "Ponzi scheme", "Aino Lehtonen" beside 庞氏骗局 / 莱赫托宁: an English keyword left untranslated.
        # (One word may stand: an acronym or a name kept in Latin, RLHF, Carris.)
        written = " ".join(text for _, text in summary_fields("zh-Hans", zh)).casefold()
        untranslated = [k for k in latin_only if " " in k.strip() and k.strip().casefold() not in written]
        if untranslated:
            problems.append(
                Problem(
                    "keywords.zh-Hans",
                    f"keywords.zh-Hans not in Chinese, nor in the Chinese text: {', '.join(untranslated)}",
                )
            )
    return make_result("output_language", problems)


def simplified_script(zh: LanguageSummary | None, zh_keywords: list[str]) -> CheckResult:
    if zh is None and not zh_keywords:
        return skipped("simplified_script", "no zh-Hans output")
    fields = summary_fields("zh-Hans", zh) if zh else []
    fields += [(f"keywords.zh-Hans[{i}]", k) for i, k in enumerate(zh_keywords)]
    problems = [
        Problem(field, f"Traditional characters in {field}: {', '.join(chars)}")
        for field, text in fields
        if (chars := traditional_chars(text))
    ]
    return make_result("simplified_script", problems)


def traditional_script(derived: dict[str, LanguageSummary]) -> CheckResult:
    problems = [
        Problem(field, f"Simplified characters in {field}: {', '.join(chars)}")
        for locale, value in derived.items()
        for field, text in summary_fields(locale, value)
        if (chars := simplified_chars(text))
    ]
    return make_result("traditional_script", problems)


# --- 2. facts: numbers and names -------------------------------------------------------------------


def numbers_consistent(
    en: LanguageSummary | None, zh: LanguageSummary | None, currencies: frozenset[str] = frozenset()
) -> CheckResult:
    """An en field and its zh-Hans twin do not state different numbers: each states one the other lacks
    (soft word numerals may go unmatched).
    A title is a paraphrase: the numbers of a title or one_line may stand in either of the other side's
    two ("takes effect next month" beside 11月1日起施行, with November 1 in the one_line)."""
    if en is None or zh is None:
        return skipped("numbers_consistent", "needs both en and zh-Hans")
    problems = []
    for suffix, en_text, zh_text in field_pairs(en, zh, joined_unequal=True):
        en_numbers, zh_numbers = find_numbers(en_text, currencies), find_numbers(zh_text, currencies)
        if suffix in ("title", "one_line"):
            en_pool = find_numbers(f"{en.title}\n{en.one_line}", currencies)
            zh_pool = find_numbers(f"{zh.title}\n{zh.one_line}", currencies)
        else:
            en_pool, zh_pool = en_numbers, zh_numbers
        # One side stating a number the other leaves out is an omission, not a contradiction (and a
        # number the source never states is numbers_in_source's): only a conflict counts here.
        en_hard, zh_hard = unmatched(en_numbers, zh_pool), unmatched(zh_numbers, en_pool)
        en_any = [
            m for m in unmatched(en_numbers, zh_pool, include_soft=True) if not (m.soft and m.value <= 2)
        ]
        zh_any = [
            m for m in unmatched(zh_numbers, en_pool, include_soft=True) if not (m.soft and m.value <= 2)
        ]
        # The same amount in two currencies (HK$62.3 billion / 623亿元人民币) contradicts on its own.
        en_money, zh_money = money_conflicts(en_hard, zh_pool), money_conflicts(zh_hard, en_pool)
        # A duration changed into one the field states elsewhere: "four years" twice beside 四年 and 三年
        # matches value by value, yet one side says "four years" once more than the other.
        if zh_hard and not en_any:
            en_any = surplus_durations(zh_hard, en_numbers, zh_numbers)
        if en_hard and not zh_any:
            zh_any = surplus_durations(en_hard, zh_numbers, en_numbers)
        # In a long field each side may leave out a figure the other gives: that is a conflict only where
        # the two could state one fact (compare.comparable). A title or one-liner states few: any counts.
        if suffix == "summary":
            en_any, zh_any = comparable_conflict(en_hard, en_any, zh_hard, zh_any)
            # ... or a figure said once more than the other side says it, beside the other side's one
            # unmatched figure (a changed number leaves one; a sentence the other side left out, several)
            if len(en_hard) == 1 and not zh_any:
                zh_any = surplus_comparable(en_hard, zh_numbers, en_numbers)
            if len(zh_hard) == 1 and not en_any:
                en_any = surplus_comparable(zh_hard, en_numbers, zh_numbers)
        if not ((en_hard and zh_any) or (zh_hard and en_any) or en_money or zh_money):
            continue
        en_only, zh_only = (
            (en_any, zh_any) if (en_any and zh_any) else (en_money or en_any, zh_money or zh_any)
        )
        parts = []
        if en_only:
            parts.append(f"en has {describe(en_only)} missing from zh-Hans")
        if zh_only:
            parts.append(f"zh-Hans has {describe(zh_only)} missing from en")
        field = f"summary.{'zh-Hans' if zh_only else 'en'}.{suffix}"
        problems.append(Problem(field, f"{suffix}: {', '.join(parts)}"))
    return make_result("numbers_consistent", problems)


def numbers_in_source(source: str, en: LanguageSummary | None, zh: LanguageSummary | None) -> CheckResult:
    """Every hard number of en and zh-Hans is stated in the source (Traditional/Chinese numerals included).
    Soft word numerals (one..ten, 一..十, ordinal words) are not checked: "a"/"one"/一 are everywhere."""
    currencies = currency_context(source)
    source_numbers = find_numbers(source, currencies)
    problems = []
    for locale, value in (("en", en), ("zh-Hans", zh)):
        if value is None:
            continue
        for field, text in summary_fields(locale, value):
            # An ordinal word ("the second-largest") restates rather than quotes: not looked up.
            stated = [m for m in find_numbers(text, currencies) if m.kind != "ordinal"]
            invented = unmatched(stated, source_numbers)
            if invented:
                problems.append(Problem(field, f"numbers not in the source: {describe(invented)} ({field})"))
    return make_result("numbers_in_source", problems)


def names_in_source(
    source: str, en: LanguageSummary | None, zh: LanguageSummary | None, grounding: Grounding | None = None
) -> CheckResult:
    index = source_parts(source)
    grounded = grounded_rows(source, grounding)
    strict_english = english_share(source) >= STRICT_NAMES_MIN_ENGLISH_SHARE
    problems: list[Problem] = []
    unverifiable: list[str] = []
    for locale, value in (("en", en), ("zh-Hans", zh)):
        if value is None:
            continue
        chinese = is_chinese_locale(locale)
        for field, text in summary_fields(locale, value):
            headline = field.endswith(".title")
            missing = [
                n.text
                for n in missing_names(extract_names(text, chinese=chinese, headline=headline), index)
                if not grounded_name(n.text, grounded, "en")
            ]
            if chinese and not strict_english:
                # A Chinese source states its names in Chinese: 微软 in the summary must be in it too.
                missing += [
                    n
                    for n in missing_chinese_names(chinese_names(text), source)
                    if not place_in_source(n, source)  # 中国 where the article says "Chinese"
                    and not grounded_name(n, grounded, "zh")
                ]
            if not missing:
                continue
            if chinese or strict_english:
                problems.append(Problem(field, f"names not in the source: {', '.join(missing)} ({field})"))
            else:
                unverifiable.extend(n for n in missing if n not in unverifiable)
    return names_result(problems, unverifiable)


def names_consistent(en: LanguageSummary | None, zh: LanguageSummary | None) -> CheckResult:
    """A Latin-script name kept in a Chinese field (Allie K. Miller, OpenAI) is named by its English twin
    too: the English side may not have swapped it for someone else. Pairs: title, one_line, summary and
    the key points pairwise."""
    if en is None or zh is None:
        return skipped("names_consistent", "needs both en and zh-Hans")
    problems: list[Problem] = []
    for suffix, en_text, zh_text in field_pairs(en, zh, joined_unequal=True):
        if suffix != "title":  # a headline names less
            index = source_parts(en_text)
            missing = missing_names(extract_names(zh_text, chinese=True), index)
            if missing:
                names = ", ".join(n.text for n in missing)
                problems.append(
                    Problem(f"summary.en.{suffix}", f"{suffix}: zh-Hans names {names}, en does not")
                )
        # Well-known names (gazetteer): one side names X where the other names Y instead.
        en_known, zh_known = known_entities(en_text, False), known_entities(zh_text, True)
        if (en_known - zh_known) and (zh_known - en_known):
            en_extra = ", ".join(label(i) for i in sorted(en_known - zh_known))
            zh_extra = ", ".join(label(i) for i in sorted(zh_known - en_known))
            problems.append(
                Problem(
                    f"summary.zh-Hans.{suffix}",
                    f"{suffix}: en names {en_extra} where zh-Hans names {zh_extra}",
                )
            )
    return make_result("names_consistent", problems)


# --- 3. structure ------------------------------------------------------------------------------------


def key_points_aligned(
    en: LanguageSummary | None, zh: LanguageSummary | None, currencies: frozenset[str] = frozenset()
) -> CheckResult:
    if en is None or zh is None:
        return skipped("key_points_aligned", "needs both en and zh-Hans")
    problems = []
    for locale, value in (("en", en), ("zh-Hans", zh)):
        if not value.key_points:
            problems.append(Problem(f"summary.{locale}.key_points", f"{locale} has no key points"))
        for i, point in enumerate(value.key_points):
            if not point.strip():
                field = f"summary.{locale}.key_points[{i}]"
                problems.append(Problem(field, f"{field} is empty"))
    if len(en.key_points) != len(zh.key_points):
        problems.append(
            Problem(
                "summary.zh-Hans.key_points",
                f"en has {len(en.key_points)} key points, zh-Hans has {len(zh.key_points)}",
            )
        )
    for i, (en_point, zh_point) in enumerate(zip(en.key_points, zh.key_points, strict=False)):
        if not (en_point.strip() and zh_point.strip()):
            continue
        field = f"summary.zh-Hans.key_points[{i}]"
        en_numbers, zh_numbers = find_numbers(en_point, currencies), find_numbers(zh_point, currencies)
        en_only, zh_only = conflicting(en_numbers, zh_numbers)
        if en_only or zh_only:
            problems.append(
                Problem(
                    field,
                    f"key_points[{i}] does not pair up: numbers {describe(en_only) or '-'} (en) "
                    f"vs {describe(zh_only) or '-'} (zh-Hans)",
                )
            )
        words = en_words(en_point)
        if words >= _KEY_POINT_RATIO_MIN_WORDS:
            ratio = zh_chars(zh_point) / words
            low, high = KEY_POINT_RATIO
            if not low <= ratio <= high:
                problems.append(
                    Problem(
                        field,
                        f"key_points[{i}] does not pair up: {zh_chars(zh_point)} zh characters for "
                        f"{words} en words (ratio {ratio:.2f} outside {low}-{high})",
                    )
                )
    return make_result("key_points_aligned", problems)


def length_bounds(
    source: str, en: LanguageSummary | None, zh: LanguageSummary | None, length: str
) -> CheckResult:
    problems: list[Problem] = []
    if length not in LENGTH_BOUNDS:
        problems.append(Problem(None, f"unknown length {length!r}, checked as 'medium'"))
        length = "medium"
    low_points, high_points = KEY_POINT_COUNT[length]
    if is_short_source(source):
        low_points = 1
    for locale, value in (("en", en), ("zh-Hans", zh)):
        if value is None:
            continue
        lang = "zh" if is_chinese_locale(locale) else "en"
        base = f"summary.{locale}"
        checks = [
            bounds_problem(f"{base}.title", value.title, locale, FIELD_BOUNDS["title"][lang]),
            bounds_problem(f"{base}.one_line", value.one_line, locale, FIELD_BOUNDS["one_line"][lang]),
            bounds_problem(f"{base}.summary", value.summary, locale, summary_bounds(length, lang, source)),
            ratio_problem(f"{base}.summary", value.summary, source),
        ]
        count = len(value.key_points)
        if not low_points <= count <= high_points:
            checks.append(
                Problem(
                    f"{base}.key_points",
                    f"{locale} has {count} key points, expected {low_points}-{high_points} for {length}",
                )
            )
        checks += [
            bounds_problem(f"{base}.key_points[{i}]", point, locale, FIELD_BOUNDS["key_point"][lang])
            for i, point in enumerate(value.key_points)
        ]
        problems.extend(p for p in checks if p is not None)
    return make_result("length_bounds", problems)


def disclaimer_present(disclaimer: dict[str, str], required: list[str]) -> CheckResult:
    return make_result("disclaimer_present", disclaimer_problems(disclaimer, required))


def translation_available(en: LanguageSummary | None, zh: LanguageSummary | None) -> CheckResult:
    problems = [
        Problem(f"summary.{lang}", _NO_TRANSLATION.format(lang=lang))
        for lang, value in (("en", en), ("zh-Hans", zh))
        if value is None
    ]
    return make_result("translation_available", problems)


def keywords_check(
    source: str, en: LanguageSummary | None, zh: LanguageSummary | None, keywords: dict[str, list[str]]
) -> CheckResult:
    problems = []
    for lang, value in (("en", en), ("zh-Hans", zh)):
        words = keywords.get(lang) or []
        if value is None and not words:
            continue  # that language was not produced; translation_available says so
        summary_text = "\n".join(text for _, text in summary_fields(lang, value)) if value else ""
        problems += keyword_problems(lang, words, source, summary_text, f"keywords.{lang}")
    return make_result("keywords", problems)
