"""Gist, summary and key points of one language, from one MMR order, saying nothing twice.

- The gist (`one_line`) compresses the best stand-alone sentence: a leading time or attribution clause
  ("近日，", "According to the report,"), parentheticals and trailing clauses are dropped until it fits.
  When nothing can be dropped, the sentence is the gist alone and is kept out of summary and key points.
- The summary takes sentences in MMR order under a sentence count and a size bound, printed in document
  order. Selections are nested (short within medium within long).
- Key points are the next sentences in MMR order (whole, or their leading clauses when too long), never
  a summary sentence. Only an article too short to say anything twice repeats itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from service.engines.extractive._text import (
    CLAUSE_BOUNDARY,
    MIN_SENTENCE,
    TRAILING_PUNCT,
    normalised,
    size,
    terminate,
)
from service.engines.extractive.rank import Ranking, near_duplicate
from service.engines.extractive.sentences import Sentence


@dataclass(frozen=True)
class Budget:
    max_sentences: int
    zh_chars: int  # visible (non-space) characters
    en_words: int
    key_points: int


BUDGETS: dict[str, Budget] = {
    "short": Budget(max_sentences=2, zh_chars=120, en_words=60, key_points=3),
    "medium": Budget(max_sentences=4, zh_chars=250, en_words=120, key_points=4),
    "long": Budget(max_sentences=7, zh_chars=450, en_words=220, key_points=6),
}
LENGTH_ORDER = ("short", "medium", "long")

# Size limits, in the language's unit (zh: visible chars, en: words).
KEY_POINT_LIMIT = {"zh": 80, "en": 40}
ONE_LINE_LIMIT = {"zh": 60, "en": 30}

# Openings that lean on the previous sentence; such a sentence makes a poor stand-alone gist.
_ANAPHORA = {
    "zh": re.compile(r"^(?:这|那|他|她|它|其|此|但|而|然而|因此|所以|不过|此外|同时|后者|前者)"),
    "en": re.compile(
        r"^(?:this|these|that|those|it|its|it's|it’s|he|she|they|his|her|their|but|however|so|and|also|"
        r"yet|still|instead)\b",
        re.IGNORECASE,
    ),
}
# A leading clause that only sets the scene: time, attribution, or a connective.
_SCENE_SETTER = {
    "zh": re.compile(
        r"^(?:近日|日前|目前|当前|今年|去年|昨日|今天|昨天|当地时间|据.{0,20}|.{0,12}(?:表示|透露|指出|认为|称|说)"
        r"|\d{1,4}\s*年.{0,8}|\d{1,2}\s*月\s*\d{1,2}\s*日.{0,6}|与此同时|此外|然而|不过|同时|最终|另一边|另一方面"
        r"|值得注意的是|值得一提的是|需要指出的是)$"
    ),
    "en": re.compile(
        r"^(?:according to .{1,40}|on \w+day|last \w+|this \w+|in \d{4}|in the end|ultimately|still|instead|"
        r"however|meanwhile|so|yet|indeed|in short|in other words)$",
        re.IGNORECASE,
    ),
}
# The connectives among those: a key point stands alone, so it drops them; attribution and time stay
# (a list item should still say who said it and when).
_CONNECTIVE = {
    "zh": re.compile(
        r"^(?:与此同时|此外|然而|不过|同时|另一边|另一方面|值得注意的是|值得一提的是|需要指出的是)$"
    ),
    "en": re.compile(
        r"^(?:still|instead|however|meanwhile|so|yet|indeed|in short|in other words)$", re.IGNORECASE
    ),
}
_LEAD_BOUNDARY = {"zh": re.compile(r"[，,]"), "en": re.compile(r",\s")}
_PARENTHETICAL = re.compile(r"\s?[(（][^()（）]{1,40}[)）]")
# A clause that opens with a coverb or a list word carries the predicate of what comes before it
# ("专家坚持的……等实践，与……形成鲜明对照"): cutting in front of it leaves a bare subject, not a statement.
_PREDICATE_FOLLOWS = {
    "zh": re.compile(r"^\s*(?:与|和|同|跟|以及|及|比|对于|等)"),
    "en": re.compile(r"^\s*(?:and|or|as well as|along with|together with)\b", re.IGNORECASE),
}
# (Not ‘’: ’ is also the English apostrophe.)
_PAIRS = ("“”", "《》", "（）", "()", "「」", "『』", "【】")
# A clause ending in "；" is complete inside its sentence; standing alone (a key point, the summary's
# last sentence) it ends with a full stop instead.
_CLAUSE_END = re.compile(r"[；;]\s*$")


@dataclass(frozen=True)
class Composition:
    one_line: str
    summary: str
    key_points: list[str]


def _drop_scene_setter(text: str, lang: str, setter: dict[str, re.Pattern[str]] = _SCENE_SETTER) -> str:
    match = _LEAD_BOUNDARY[lang].search(text)
    if match and setter[lang].match(text[: match.start()].strip()):
        rest = text[match.end() :].strip()
        if size(rest, lang) >= MIN_SENTENCE[lang]:
            return rest[0].upper() + rest[1:] if lang == "en" else rest
    return text


def leading_clauses(text: str, lang: str, limit: int, boundary: re.Pattern[str] | None = None) -> str | None:
    """Longest prefix of `text` that ends at a clause boundary and fits `limit`; None if there is none
    of a useful size."""
    best: str | None = None
    for match in (boundary or CLAUSE_BOUNDARY[lang]).finditer(text):
        prefix = text[: match.start()].rstrip(TRAILING_PUNCT)
        if size(prefix, lang) > limit:
            break
        if (
            size(prefix, lang) >= MIN_SENTENCE[lang]
            and balanced(prefix)
            and not _PREDICATE_FOLLOWS[lang].match(text[match.end() :])
        ):
            best = prefix
    return best


def balanced(text: str) -> bool:
    """No quotation mark or bracket left open (a cut inside a quotation reads as a broken phrase)."""
    return all(text.count(opening) <= text.count(closing) for opening, closing in _PAIRS)


def standalone(text: str, lang: str) -> str:
    """`text` as an item of its own: a trailing "；" becomes a full stop, an unterminated line gets one."""
    return terminate(_CLAUSE_END.sub("", text), lang)


def compress(text: str, lang: str) -> str:
    """The sentence's main statement within the one-line limit (see the module docstring)."""
    limit = ONE_LINE_LIMIT[lang]
    core = _PARENTHETICAL.sub("", _drop_scene_setter(text, lang)).strip()
    if size(core, lang) > limit:
        by_comma = leading_clauses(core, lang, limit, _LEAD_BOUNDARY[lang])
        core = leading_clauses(core, lang, limit) or by_comma or core
    return terminate(core.rstrip(TRAILING_PUNCT), lang)


def _gist_source(order: list[Sentence], lang: str) -> Sentence:
    top = order[:3]
    standalone = [s for s in top if not _ANAPHORA[lang].match(s.text)]
    return (standalone or top)[0]


def _select_summary(order: list[Sentence], lang: str, length: str) -> list[Sentence]:
    """Greedy in MMR order, nested across lengths. A sentence that would push the summary past the size
    bound is skipped (never cut); the first pick is always kept."""
    selected: list[Sentence] = []
    for name in LENGTH_ORDER:
        budget = BUDGETS[name]
        bound = budget.zh_chars if lang == "zh" else budget.en_words
        used = sum(s.size for s in selected)
        for sentence in order[: max(2 * budget.max_sentences, 6)]:
            if len(selected) >= budget.max_sentences:
                break
            if sentence in selected or (selected and used + sentence.size > bound):
                continue
            selected.append(sentence)
            used += sentence.size
        if not selected and order:
            selected.append(order[0])
        if name == length:
            break
    return sorted(selected, key=lambda s: s.index)


def _as_key_point(sentence: Sentence, lang: str) -> str | None:
    """The sentence as a list item: without a connective that leans on its neighbour ("另一边，",
    "Still,"), cut to its leading clauses when too long, ending with a full stop."""
    text = _drop_scene_setter(sentence.text, lang, _CONNECTIVE)
    limit = KEY_POINT_LIMIT[lang]
    if size(standalone(text, lang), lang) <= limit:
        return standalone(text, lang)
    # Room for the full stop that ends the shortened point (a character in Chinese, none in English).
    shorter = leading_clauses(text, lang, limit - 1 if lang == "zh" else limit)
    return standalone(shorter, lang) if shorter else None


def compose(ranking: Ranking, lang: str, length: str, key_points: list[str] | None = None) -> Composition:
    """`key_points` given (aligned bilingual pairs): they are used as they are."""
    order = ranking.mmr_order(lang)
    gist_source = _gist_source(order, lang)
    gist = compress(gist_source.text, lang)
    summary_pool = order
    if normalised(gist) == normalised(gist_source.text) and len(order) > 1:
        summary_pool = [s for s in order if s is not gist_source]  # the gist says it; nobody else does
    chosen = _select_summary(summary_pool, lang, length)
    if key_points is None:
        used = {id(s) for s in chosen} | {id(gist_source)}
        key_points = []
        for sentence in (s for s in order if id(s) not in used):
            if len(key_points) >= BUDGETS[length].key_points:
                break
            point = _as_key_point(sentence, lang)
            if point and not any(near_duplicate(point, other, lang) for other in key_points):
                key_points.append(point)
        if not key_points:  # too short an article to say anything only once
            key_points = [_as_key_point(order[0], lang) or order[0].text]
    # A clause that ended in "；" keeps it only when the clause after it follows in the summary too.
    pieces = [
        terminate(s.text, lang) if nxt is not None and nxt.index == s.index + 1 else standalone(s.text, lang)
        for s, nxt in zip(chosen, [*chosen[1:], None], strict=True)
    ]
    summary = ("" if lang == "zh" else " ").join(pieces)
    return Composition(one_line=gist, summary=summary, key_points=key_points)
