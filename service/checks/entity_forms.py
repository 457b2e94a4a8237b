"""How a summary may write a row of the entity table, and where it does: the forms of a row (its full
name, a person's family or given name, an organisation's initialism) and their mentions in a text.
Shared by the grounding checks (service/checks/grounding.py) and the swapped-name rule
(service/checks/name_swap.py)."""

from __future__ import annotations

import re

from service.checks.regions import place_key, places
from service.llm.schemas import fold_form
from service.schemas import GroundedEntity

# Case, script and spacing folded - the same fold v3's rows are resolved with (expand_grounding).
fold = fold_form


def forms(entity: GroundedEntity, side: str) -> list[str]:
    """The forms a summary may use for a row: its full form, and for a person each part of the name
    ("Lambert" for "Nathan Lambert", 奥特曼 for 萨姆·奥特曼) - a second mention is usually that short."""
    full = entity.en if side == "en" else entity.zh
    found = [full]
    if side == "zh" and re.search(r"[\u4e00-\u9fff]", entity.source):
        found.append(entity.source)  # the article's own form: 台電 for 台湾电力公司
    if entity.type == "person":  # family name, or (洛根 for Logan Kilpatrick) the given name
        parts = re.split(r"[\s·・]+", full.strip())
        if len(parts) > 1:
            found += [part for part in parts if len(part) >= 2 and not part.endswith(".")]
    elif side == "en":  # EMA for European Medicines Agency, FDA for US Food and Drug Administration
        found += _initialisms(full)
    return [f for f in found if f.strip()]


_CONNECTORS = frozenset({"of", "and", "the", "for", "&"})


def _initialisms(name: str) -> list[str]:
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in _CONNECTORS]
    if len(words) < 2 or not all(w[0].isupper() for w in words):
        return []
    found = ["".join(w[0] for w in words)]
    if words[0].isupper() and len(words) >= 3:  # a country prefix: "US Food and Drug Administration"
        found.append("".join(w[0] for w in words[1:]))
    return [form for form in found if len(form) >= 3]  # "CH" or "PF" would be found by chance


def _spans(entity: GroundedEntity, side: str, folded: str) -> list[tuple[int, int]]:
    spans = []
    for form in forms(entity, side):
        needle = fold(form)
        if not needle:
            continue
        if side == "en":
            pattern = rf"(?<![a-z0-9]){re.escape(needle)}(?![a-z0-9])"
            spans += [(m.start(), m.end()) for m in re.finditer(pattern, folded)]
        else:
            start = folded.find(needle)
            while start >= 0:
                spans.append((start, start + len(needle)))
                start = folded.find(needle, start + 1)
    return spans


def mentions(entity: GroundedEntity, side: str, text: str) -> bool:
    if _spans(entity, side, fold(text)):
        return True
    # A listed place is also named by its other words: 在港上市 names the Hong Kong row, "US" the 美国 one.
    if entity.type == "place" and (key := place_key(entity.en) or place_key(entity.zh)):
        return key in places(text, side == "zh")
    return False


def mention_count(entity: GroundedEntity, side: str, text: str) -> int:
    """How many times `text` names the row: overlapping forms (Nathan Lambert, Lambert) count once."""
    count, end = 0, -1
    for start, stop in sorted(_spans(entity, side, fold(text))):
        if start >= end:
            count += 1
        end = max(end, stop)
    return count


def covered(name: str, entities: list[GroundedEntity]) -> bool:
    """`name` is (part of) a row's English, Chinese or source form, or a row's words reordered."""
    folded = fold(name)
    for entity in entities:
        for form in (entity.en, entity.zh, entity.source):
            candidate = fold(form)
            if candidate and (folded in candidate or candidate in folded or reordered(name, form)):
                return True
    return False


def reordered(name: str, form: str) -> bool:
    """Two words or more, all of the form's: "Commerce Department" for "US Department of Commerce"."""
    words = set(fold(name).split())
    return len(words) >= 2 and words <= set(fold(form).split())
