"""Glossaries shaped like DeepL's v3 API: a named set of dictionaries, one per language pair, each a list
of (source term, target term) entries. Pure functions: parsing and validating TSV/CSV entries, the
content hash that enters the content key, which entries an article needs, and the rendering each output
locale must use (`zh` covers zh-Hans and the OpenCC-derived zh-Hant variants; an explicit `zh-Hant`
dictionary overrides for Traditional outputs). The store (service/store/glossaries.py) and the API
(service/api/glossaries.py) build on this; nothing here does I/O except `load_file` for the CLI."""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from service.errors import InputError
from service.hashing import sha256_json
from service.schemas import DERIVED_LOCALES, GlossaryUse
from service.schemas import GlossaryTerm as Term
from service.text.chinese import convert, to_simplified
from service.text.scripts import HAN, HAN_RE

SOURCE_LANGS = ("en", "zh")
TARGET_LANGS = ("en", "zh", "zh-Hans", "zh-Hant")
MAX_TERM_CHARS = 200
_HAN = HAN_RE
_WORD = "A-Za-z0-9\u00c0-\u024f"
_WORDS = re.compile(rf"[{_WORD}]+")
_HAN_RUNS = re.compile(f"[{HAN}]{{2,}}")


class GlossaryError(InputError):
    code = "invalid_glossary"


@dataclass(frozen=True)
class Dictionary:
    source_lang: str
    target_lang: str
    entries: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Glossary:
    id: str | None
    name: str
    dictionaries: tuple[Dictionary, ...]

    @property
    def sha256(self) -> str:
        """Content hash (entries only, not the name): part of the content key and of provenance."""
        return sha256_json(
            sorted(
                [d.source_lang, d.target_lang, sorted([list(e) for e in d.entries])]
                for d in self.dictionaries
            )
        )

    @property
    def entry_count(self) -> int:
        return sum(len(d.entries) for d in self.dictionaries)

    def use(self, terms: list[Term]) -> GlossaryUse:
        """What provenance records: the glossary, its hash and the entries that applied (so an edit
        re-runs the terminology check with the glossary as it was at generation)."""
        return GlossaryUse(glossary_id=self.id, name=self.name, sha256=self.sha256, entries=terms)


# --- language codes ---------------------------------------------------------------------------


def source_lang(code: str) -> str:
    value = (code or "").strip().lower()
    value = "zh" if value.startswith("zh") else value
    if value not in SOURCE_LANGS:
        raise GlossaryError(f"source_lang must be one of {', '.join(SOURCE_LANGS)}, got {code!r}")
    return value


def target_lang(code: str) -> str:
    lookup = {t.lower(): t for t in TARGET_LANGS}
    value = lookup.get((code or "").strip().lower())
    if value is None:
        raise GlossaryError(f"target_lang must be one of {', '.join(TARGET_LANGS)}, got {code!r}")
    return value


def same_language(source: str, target: str) -> bool:
    return target.split("-")[0] == source


# --- parsing and validation -------------------------------------------------------------------


def parse_entries(text: str, entries_format: str, *, where: str = "entries") -> list[tuple[str, str]]:
    """TSV (`source<TAB>target` per line) or CSV (`source,target`, optionally `,source_lang,target_lang`
    as in DeepL's CSV). Blank lines are skipped; anything else malformed is a GlossaryError with its line."""
    if entries_format == "tsv":
        rows = [line.split("\t") for line in text.splitlines()]
    elif entries_format == "csv":
        rows = list(csv.reader(io.StringIO(text)))
    else:
        raise GlossaryError(f"{where}: entries_format must be 'tsv' or 'csv', got {entries_format!r}")
    entries: list[tuple[str, str]] = []
    for number, row in enumerate(rows, start=1):
        if not row or all(not cell.strip() for cell in row):
            continue
        if len(row) not in (2, 4):
            raise GlossaryError(
                f"{where} line {number}: expected 2 columns (source, target), got {len(row)}",
                detail={"line": number},
            )
        entries.append((row[0].strip(), row[1].strip()))
    return entries


def _term_problem(term: str) -> str | None:
    if not term:
        return "is empty"
    if len(term) > MAX_TERM_CHARS:
        return f"is longer than {MAX_TERM_CHARS} characters"
    for char in term:
        if unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp") and char != "\u200d":
            return f"contains a control character (U+{ord(char):04X})"
    return None


def validate_dictionary(
    source: str, target: str, entries: Sequence[tuple[str, str]], *, where: str
) -> Dictionary:
    """DeepL's client rules: no empty terms, no control characters, no duplicate source terms (case-
    insensitively, since matching is), and a language pair that is a real direction."""
    s, t = source_lang(source), target_lang(target)
    if same_language(s, t):
        raise GlossaryError(f"{where}: source_lang and target_lang must differ, got {s} -> {t}")
    seen: dict[str, int] = {}
    for number, (src, dst) in enumerate(entries, start=1):
        for side, term in (("source", src), ("target", dst)):
            if (problem := _term_problem(term)) is not None:
                raise GlossaryError(
                    f"{where} entry {number}: {side} term {term[:40]!r} {problem}",
                    detail={"entry": number, "side": side},
                )
        key = src.casefold()
        if key in seen:
            raise GlossaryError(
                f"{where} entry {number}: duplicate source term {src!r} (also entry {seen[key]})",
                detail={"entry": number, "duplicate_of": seen[key]},
            )
        seen[key] = number
    if not entries:
        raise GlossaryError(f"{where}: a dictionary needs at least one entry")
    return Dictionary(s, t, tuple(entries))


def build_glossary(
    name: str, dictionaries: Iterable[Dictionary], *, max_entries: int, glossary_id: str | None = None
) -> Glossary:
    name = (name or "").strip()
    if not name or _term_problem(name) is not None:
        raise GlossaryError("name: a glossary needs a name without control characters")
    result = tuple(dictionaries)
    if not result:
        raise GlossaryError("dictionaries: a glossary needs at least one dictionary")
    pairs = [(d.source_lang, d.target_lang) for d in result]
    if len(set(pairs)) != len(pairs):
        raise GlossaryError("dictionaries: one dictionary per language pair")
    glossary = Glossary(glossary_id, name, result)
    if glossary.entry_count > max_entries:
        raise GlossaryError(
            f"the glossary has {glossary.entry_count} entries; the limit is {max_entries} "
            "(BISUM_GLOSSARY_MAX_ENTRIES)",
            detail={"entries": glossary.entry_count, "limit": max_entries},
        )
    return glossary


def merge(
    glossary: Glossary, updates: Iterable[Dictionary], *, max_entries: int, name: str | None
) -> Glossary:
    """PATCH: entries of an updated language pair replace same-source entries and add new ones."""
    by_pair = {(d.source_lang, d.target_lang): dict(d.entries) for d in glossary.dictionaries}
    for update in updates:
        current = by_pair.setdefault((update.source_lang, update.target_lang), {})
        folded = {k.casefold(): k for k in current}
        for src, dst in update.entries:
            if (old := folded.get(src.casefold())) is not None:
                del current[old]
            current[src] = dst
    merged = [Dictionary(s, t, tuple(entries.items())) for (s, t), entries in by_pair.items()]
    return build_glossary(name or glossary.name, merged, max_entries=max_entries, glossary_id=glossary.id)


def to_tsv(entries: Iterable[tuple[str, str]]) -> str:
    return "".join(f"{src}\t{dst}\n" for src, dst in entries)


def load_file(path: Path, *, max_entries: int) -> Glossary:
    """`bisum ... --glossary FILE.csv|.tsv`: DeepL's CSV (source,target,source_lang,target_lang) or
    two columns, whose direction is read from the terms (Han source terms: zh -> en, else en -> zh)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise GlossaryError(f"{path}: cannot read the glossary ({exc})") from None
    entries_format = "tsv" if path.suffix.lower() in (".tsv", ".tab", ".txt") else "csv"
    rows = list(csv.reader(io.StringIO(text), delimiter="\t" if entries_format == "tsv" else ","))
    grouped: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for number, row in enumerate(rows, start=1):
        if not row or all(not cell.strip() for cell in row):
            continue
        if len(row) == 4:
            pair = (row[2].strip(), row[3].strip())
        elif len(row) == 2:
            pair = ("zh", "en") if _HAN.search(row[0]) else ("en", "zh")
        else:
            raise GlossaryError(f"{path} line {number}: expected 2 or 4 columns, got {len(row)}")
        grouped.setdefault(pair, []).append((row[0].strip(), row[1].strip()))
    dictionaries = [validate_dictionary(s, t, e, where=str(path)) for (s, t), e in grouped.items()]
    return build_glossary(path.stem, dictionaries, max_entries=max_entries)


# --- matching and rendering -------------------------------------------------------------------


def occurs(term: str, text: str, folded: str | None = None) -> bool:
    """Case-insensitive; a term without Han characters must stand as a word (`AI` is not in `SAID`)."""
    folded = text.casefold() if folded is None else folded
    needle = term.casefold()
    if needle not in folded:
        return False
    if _HAN.search(term):
        return True
    pattern = rf"(?<![{_WORD}]){re.escape(needle)}(?![{_WORD}])"
    return re.search(pattern, folded) is not None


class _Index:
    """An article's words and character bigrams (built on first need), so each of thousands of entries
    is ruled out in O(1) instead of a scan of the article."""

    def __init__(self, text: str) -> None:
        self.folded = text.casefold()

    @cached_property
    def words(self) -> set[str]:
        return set(_WORDS.findall(self.folded))

    @cached_property
    def bigrams(self) -> set[str]:
        return _han_bigrams(self.folded)

    @cached_property
    def han(self) -> set[str]:
        return {char for char in set(self.folded) if _HAN.match(char)}

    def has(self, term: str) -> bool:
        needle = term.casefold()
        if _HAN.search(needle):
            if not (set(_HAN.findall(needle)) <= self.han and _han_bigrams(needle) <= self.bigrams):
                return False
        else:
            words = _WORDS.findall(needle)
            if words and not all(word in self.words for word in words):
                return False
        return occurs(term, "", self.folded)


def _han_bigrams(text: str) -> set[str]:
    return {run[i : i + 2] for run in _HAN_RUNS.findall(text) for i in range(len(run) - 1)}


def applicable_terms(
    glossary: Glossary | None, text: str, simplified: str | None = None
) -> list[Term] | None:
    """The entries whose source term occurs in the article (None: no glossary). Chinese source terms
    are matched in Simplified form against the Simplified working copy too, so a Traditional article and
    a Simplified glossary meet."""
    if glossary is None:
        return None
    index = _Index(text)
    simplified = simplified if simplified is not None else to_simplified(text)
    simplified_index = index if simplified == text else _Index(simplified)
    terms: list[Term] = []
    for dictionary in glossary.dictionaries:
        sources = [src for src, _ in dictionary.entries]
        if dictionary.source_lang == "zh":
            # one OpenCC call for the whole dictionary, not one per entry (terms hold no newline)
            converted = to_simplified("\n".join(sources)).split("\n")
        else:
            converted = sources
        for (src, dst), simple in zip(dictionary.entries, converted, strict=True):
            if dictionary.source_lang == "zh":
                found = simplified_index.has(simple) or (simple != src and index.has(src))
            else:
                found = index.has(src)
            if found:
                terms.append(
                    Term(
                        source_lang=dictionary.source_lang,
                        target_lang=dictionary.target_lang,
                        source=src,
                        target=dst,
                    )
                )
    return terms


def for_locale(terms: Iterable[Term], locale: str) -> dict[str, Term]:
    """The rendering an output locale must use, per source term (casefolded key). zh-Hans: a `zh-Hans`
    dictionary, else `zh` (a term only in `zh-Hant` is converted t2s). zh-Hant variants: the zh-Hans
    rendering converted with the locale's OpenCC config, overridden by an explicit `zh-Hant` entry."""
    terms = list(terms)
    if locale == "en":
        return {t.source.casefold(): t for t in terms if t.target_lang == "en"}
    ranked = {"zh-Hant": 0, "zh": 1, "zh-Hans": 2}
    hans: dict[str, Term] = {}
    for term in sorted((t for t in terms if t.target_lang in ranked), key=lambda t: ranked[t.target_lang]):
        target = to_simplified(term.target) if term.target_lang == "zh-Hant" else term.target
        hans[term.source.casefold()] = term.model_copy(update={"target": target, "target_lang": "zh-Hans"})
    if locale == "zh-Hans" or locale not in DERIVED_LOCALES:
        return hans
    config = DERIVED_LOCALES[locale]
    result = {
        key: term.model_copy(update={"target": convert(term.target, config), "target_lang": locale})
        for key, term in hans.items()
    }
    for term in terms:
        if term.target_lang == "zh-Hant":
            result[term.source.casefold()] = term.model_copy(update={"target_lang": locale})
    return result


def apply_overrides(text: str, terms: Iterable[Term] | None, locale: str) -> str:
    """After OpenCC derived `locale` from zh-Hans: put each explicit zh-Hant rendering where OpenCC's
    conversion of the zh-Hans rendering landed (s2twp turns 软件 into 軟體; a zh-Hant dictionary may say
    軟件)."""
    if not terms or locale not in DERIVED_LOCALES:
        return text
    terms = list(terms)
    if not any(t.target_lang == "zh-Hant" for t in terms):
        return text
    hans, derived = for_locale(terms, "zh-Hans"), for_locale(terms, locale)
    config = DERIVED_LOCALES[locale]
    for key, term in derived.items():
        if key in hans:
            converted = convert(hans[key].target, config)
            if converted != term.target:
                text = text.replace(converted, term.target)
    return text


def render_entries(terms: Sequence[Term], locales: Sequence[str]) -> str:
    """The fenced block of a prompt: per output locale the model writes, `source<TAB>target` lines."""
    blocks = []
    for locale in locales:
        chosen = list(for_locale(terms, locale).values())
        if chosen:
            lines = "\n".join(f"{t.source}\t{t.target}" for t in chosen)
            blocks.append(f"# {chosen[0].source_lang} -> {locale}\n{lines}")
    return "\n\n".join(blocks)
