"""Latin-script names and acronyms in generated text, and whether the source states them.

What counts as a name (a heuristic; precision over recall):
- In Chinese text every Latin token is one ("OpenAI", "Logan Kilpatrick", "GPT-4"): Chinese prose has no
  other reason to switch script.
- In English text: tokens with an upper-case letter after the first ("OpenAI", "OLMo", "MSL", "iPhone"),
  letters mixed with digits ("GPT-4", "o1", "K2"), and capitalised words that do not start a sentence.
  A capitalised sentence-initial word joins only a multi-word name that continues ("Nathan Lambert said"),
  and not when it is a common sentence opener ("After", "The"...). So a lone sentence-initial name
  ("Altman said...") is missed: the price of not flagging every "However". In a Title Case headline
  (`headline=True`) only mixed-case and digit tokens count.
- Never names: month and weekday names, "I", demonyms and other capitalised common words, and generic
  acronyms (AI, CEO, LLM, US...), see the stoplists.
Adjacent name tokens (one space or "·" apart) form one phrase, reported as a whole ("Sam Altman").

Lookup: a phrase is found when each of its parts (lower-cased runs of letters/digits with at least one
letter and two characters; possessive "'s" and a plural "s" after an acronym stripped) is a part of some
Latin token of the source. Parts, not whole tokens, so "GPT-4" matches the source's "GPT- 4" and
"OpenAI's" matches "OpenAI".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from service.checks.fields import Problem, make_result
from service.checks.numbers import LETTER_CURRENCIES, MONTHS
from service.memo import per_finalize
from service.schemas import CheckResult

_TOKEN = re.compile(r"[A-Za-z0-9\u00c0-\u024f]+(?:[-'’.&][A-Za-z0-9\u00c0-\u024f]+)*")
_PART = re.compile(r"[a-z0-9\u00e0-\u024f]+")
_POSSESSIVE = re.compile(r"['’]s$|['’]$")
# Sentence boundary: a token is sentence-initial when the text before it (trimmed) ends with one of these.
_SENTENCE_END = set('.!?:;"“”「」『』(（[—–•*-\n')


def _words(text: str) -> list[str]:
    return text.split()


_NOT_NAMES = frozenset(
    w.lower()
    for w in [
        *MONTHS, "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "I",
        # demonyms and languages: a translation of 中国的 / 法国 is "Chinese" / "French", a name of nobody
        "American", "Americans", "Chinese", "European", "Europeans", "French", "British", "English", "German",
        "Japanese", "Korean", "Indian", "Russian", "Canadian", "Israeli", "Taiwanese", "Western", "Asian",
        "Internet", "Mr", "Mrs", "Ms", "Dr", "Prof",
    ]
)  # fmt: skip
# Generic acronyms: part of the vocabulary, not claims about a named entity.
_GENERIC_ACRONYMS = frozenset(
    _words(
        "ai agi llm llms ceo cto cfo coo ceos us usa uk eu un api apis gpu gpus cpu phd ipo ml nlp ok tv pc "
        "kwh mwh gwh twh kw mw gw tw km kg mph gdp cpi pmi co2 ppm ev evs"
        # Latin words of ordinary Chinese prose (KPI考核, 下载app, 每百万token): vocabulary, not names.
        " kpi kpis app apps token tokens vip ppt pdf wifi gps usb sim id qr esg etf etfs vc pe saas b2b b2c "
        "iot ui ux vr ar nft nfts ota diy dna rna mri icu pcr hiv suv suvs led oled lcd"
    )
)
_COMMON_OPENERS = frozenset(
    _words(
        """the a an after before in on at for from by with but and or as this that these those his her
        its their it he she they we you while when where since despite although though meanwhile
        according under over during if following unlike like both several many some most other others
        one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
        seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundreds dozens
        new former last next first then now today yesterday still also however
        instead even only all each every no not there here what why how who which"""
    )
)


@dataclass(frozen=True)
class Name:
    text: str
    parts: tuple[str, ...]


def _strip_token(token: str) -> str:
    return _POSSESSIVE.sub("", token)


_NUMBER_PLURAL = re.compile(r"\d+s")


@lru_cache(maxsize=16384)  # a pure function of one word; every check asks it of every source token
def name_parts(token: str) -> tuple[str, ...]:
    parts = []
    for part in _PART.findall(_strip_token(token).lower()):
        # A number's plural ("A350-1000s", "1990s") is no name part: the source writes it as a number.
        if len(part) >= 2 and any(ch.isalpha() for ch in part) and not _NUMBER_PLURAL.fullmatch(part):
            parts.append(part)
    return tuple(parts)


def _is_sentence_initial(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t")
    return not before or before[-1] in _SENTENCE_END


def _name_like(token: str) -> bool:
    """Mixed case (OpenAI, OLMo, MSL, GPT-4) or letters glued to digits (o1, K2, H100); not "28-year-old"."""
    letters = [ch for ch in token if ch.isalpha()]
    if any(ch.isupper() for ch in letters[1:]):
        return True
    pieces = re.split(r"[-'’.&]", token)
    return any(any(ch.isalpha() for ch in p) and any(ch.isdigit() for ch in p) for p in pieces)


def _excluded(token: str) -> bool:
    bare = _strip_token(token).lower()
    if "-" in bare and all(piece in _NOT_NAMES for piece in bare.split("-")):
        return True  # January-November, Monday-Friday
    if _CURRENCY_AMOUNT.fullmatch(token):
        return True  # RM50, Rs500: an amount of ringgit or rupees
    return bare in _NOT_NAMES or bare in _GENERIC_ACRONYMS or not name_parts(bare)


_CURRENCY_AMOUNT = re.compile(
    rf"(?:{'|'.join(LETTER_CURRENCIES)})\d[\d,.]*(?:[-–]\d[\d,.]*)?(?:bn|mn|tn|[kmb])?"
    r"|R\d[\d,]*(?:\.\d+)?(?:bn|mn|tn|[kmb])|R\d{1,3}(?:,\d{3})+"  # R1.9bn, R9,800 (rand)
)


def _gap(text: str, left: re.Match[str], right: re.Match[str]) -> str:
    return text[left.end() : right.start()]


def _is_title_case(tokens: list[str]) -> bool:
    """A headline in Title Case ("Why Nathan Lambert Builds Open Models"): capitals say nothing there."""
    long_words = [t for t in tokens if len(t) >= 4 and t.isalpha()]
    return len(long_words) >= 3 and sum(t[0].isupper() for t in long_words) / len(long_words) >= 0.7


# A figure with a unit or scale letter is a measure, not a name: 44C, 38.5°F, 61.8bn, 3B, 12km, 5kWh.
_MEASURE = re.compile(
    r"\d+(?:[.,]\d+)*(?:°?[CFK]|bn|mn|tn|[kmbMBT]|km|kg|cm|mm|ml|kWh|MWh|GWh|MW|GW|kW|nm|GB|TB|s|h)"
)


@per_finalize
def extract_names(text: str, *, chinese: bool, headline: bool = False) -> list[Name]:
    """Latin names/acronyms in `text`, grouped into phrases, in order of appearance (duplicates kept once).
    `chinese` selects the rules for Chinese prose (every Latin token) or English prose (heuristics);
    `headline` marks a title, where Title Case capitals are ignored."""
    tokens = list(_TOKEN.finditer(text))
    title_case = headline and not chinese and _is_title_case([m.group(0) for m in tokens])
    flags: list[bool] = []
    for i, m in enumerate(tokens):
        token = _strip_token(m.group(0))
        if _excluded(token) or not any(ch.isalpha() for ch in token) or _MEASURE.fullmatch(token):
            flags.append(False)
        elif chinese or _name_like(token):
            flags.append(True)
        elif token[0].isupper() and not title_case:
            if not _is_sentence_initial(text, m.start()):
                flags.append(True)
            else:
                # Sentence-initial: only as the first word of a multi-word name ("Nathan Lambert left").
                nxt = tokens[i + 1] if i + 1 < len(tokens) else None
                continues = (
                    nxt is not None
                    and _gap(text, m, nxt) == " "
                    and nxt.group(0)[0].isupper()
                    and not _excluded(nxt.group(0))
                )
                flags.append(continues and token.lower() not in _COMMON_OPENERS)
        else:
            flags.append(False)

    names: dict[str, Name] = {}
    i = 0
    while i < len(tokens):
        if not flags[i]:
            i += 1
            continue
        j = i
        while (
            j + 1 < len(tokens)
            and flags[j + 1]
            and _gap(text, tokens[j], tokens[j + 1]) in (" ", "·")
            and not _POSSESSIVE.search(tokens[j].group(0))  # "Commerce Department's Bureau": two names
        ):
            j += 1
        phrase = _strip_token(text[tokens[i].start() : tokens[j].end()])
        parts = tuple(p for k in range(i, j + 1) for p in name_parts(tokens[k].group(0)))
        if parts and phrase not in names:
            names[phrase] = Name(phrase, parts)
        i = j + 1
    return list(names.values())


@lru_cache(maxsize=64)
def source_parts(source: str) -> frozenset[str]:
    """Every lookup part of every Latin token in the source (cached: several checks ask per output)."""
    parts = {p for m in _TOKEN.finditer(source) for p in name_parts(m.group(0))}
    return frozenset(parts | _initialisms(source))


# "United Arab Emirates", "Kenya Flower Council": a run of capitalised words ("of"/"and"/"the" inside it
# are skipped) states its initials too, so a summary's UAE or KFC is in the source.
_CAPITALISED_RUN = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:(?:of|and|the|for)\s+)?[A-Z][a-z]+)+")


def _initialisms(source: str) -> set[str]:
    found = set()
    for m in _CAPITALISED_RUN.finditer(source):
        # the whole run and each of its parts between connectors ("United Arab Emirates and Saudi Arabia")
        segments = [m.group(0), *re.split(r"\s+(?:of|and|the|for)\s+", m.group(0))]
        for segment in segments:
            words = [w for w in segment.split() if w[0].isupper()]
            if 2 <= len(words) <= 6:
                found.add("".join(w[0] for w in words).lower())
    # "chronic obstructive pulmonary disease" is COPD: a run of four to six lowercase words (from four, a
    # made-up initialism rarely spells one by chance).
    for run in _LOWER_RUN.finditer(source):
        initials = "".join(word[0] for word in run.group(0).split())
        found.update(initials[i : i + size] for size in range(4, 7) for i in range(len(initials) - size + 1))
    return found


# Four or more lowercase words of three letters or more in a row (a comma or a short word ends the run).
_LOWER_RUN = re.compile(r"(?<![\w-])[a-z]{3,}(?:\s+[a-z]{3,}){3,}(?![\w-])")


def _part_found(part: str, index: frozenset[str]) -> bool:
    if part in index:
        return True
    # Plurals and possessives the tokeniser kept: "LLMs" / "OLMos" against "LLM" / "OLMo"; and a singular
    # against the source's plural ("Agent" / "Agents", "Rally" / "Rallies").
    if part.endswith("s") and (part[:-1] in index or (part.endswith("ies") and part[:-3] + "y" in index)):
        return True
    return f"{part}s" in index or f"{part}es" in index or (part.endswith("y") and f"{part[:-1]}ies" in index)


# A capitalised role word opening a sentence joins the name after it ("Owner Kestrel Partners said"):
# the name is found when the rest of it is.
ROLE_WORDS = frozenset(
    _words(
        """owner owners chairman chairwoman chair chief president minister spokesman spokeswoman spokesperson
        director founder cofounder analyst analysts judge coach manager premier governor mayor secretary
        lawmaker lawmakers legislator councillor councilor spokesman superintendent inspector
        professor senator representative lawyer attorney economist chancellor defender striker midfielder
        goalkeeper captain commissioner regulator regulators rival rivals partner partners parent
        east west north south eastern western northern southern central"""
    )
)  # ... and a compass word before a place ("East Malaysia", "Southern Peru"), a part of what it names


def missing_names(names: list[Name], index: frozenset[str]) -> list[Name]:
    missing = []
    for name in names:
        if all(_part_found(p, index) for p in name.parts):
            continue
        rest = name.parts[1:]
        if name.parts[0] in ROLE_WORDS and rest and all(_part_found(p, index) for p in rest):
            continue
        missing.append(name)
    return missing


def names_result(problems: list[Problem], unverifiable: list[str]) -> CheckResult:
    """The `names_in_source` result; names that a Chinese-only source cannot confirm are noted, not failed."""
    result = make_result("names_in_source", problems)
    if unverifiable:
        note = f"not verifiable against a Chinese source (no Latin form in it): {', '.join(unverifiable)}"
        result.detail = f"{result.detail}; {note}"
    return result


def without_role(name: str) -> str:
    """A role word opening a name is no part of it: "Director Lam Wing-yee" -> "Lam Wing-yee"."""
    first, _, rest = name.partition(" ")
    return rest if rest and first.lower() in ROLE_WORDS else name
