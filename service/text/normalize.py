"""Input validation and article normalisation: bytes/HTML/markdown in, clean paragraphs out.

`normalize()` runs small steps in a fixed order; each step is its own function with the reason it exists:

1. HTML -> article text (trafilatura; lxml fallback), title from og:title / <h1> / <title>.
2. ftfy repairs mojibake it can prove (UTF-8 read as Latin-1/cp1252...), configured so it never touches
   full-width CJK punctuation or curly quotes.
3. Ruby pinyin glosses such as ``當(dāng)地`` are removed.
4. Markdown / Obsidian markup is reduced to its text.
5. Whitespace and full-width letters/digits are normalised.
6. Page chrome lines (share widgets, ads, breadcrumbs, headline lists, AI disclaimers...) are dropped.
7. Chinese punctuation is tidied (ASCII ,:;?!() next to Han become full width; spaces inside Chinese
   go away).
8. Mojibake that could not be repaired is *flagged* with its span, never silently passed on.
9. OpenCC t2s gives the Simplified working copy; `text` keeps the original script.

Paragraphs are lines: the cleaned article has one paragraph per line (as news pages do), joined by a
blank line in `text`.

The stages live in their own modules: decode.py (decoding and validation), html_extract.py (1),
mojibake.py (2 and 8), cleanup.py (3, 4, 5 and 7), chrome.py (6); this module runs them in order (9 here).
"""

from __future__ import annotations

import pydantic

from service.errors import EmptyInputError
from service.schemas import MojibakeSpan
from service.text.chinese import converter
from service.text.chrome import drop_page_chrome
from service.text.cleanup import clean_title, normalize_whitespace, remove_ruby, strip_markup, tidy_chinese
from service.text.decode import decode_bytes, validate_text
from service.text.html_extract import extract_html, extract_title, looks_like_html
from service.text.mojibake import find_mojibake, repair_mojibake, unify_newlines

__all__ = [
    "NormalizedText",
    "clean_title",
    "decode_bytes",
    "drop_page_chrome",
    "extract_html",
    "extract_title",
    "find_mojibake",
    "looks_like_html",
    "normalize",
    "normalize_whitespace",
    "remove_ruby",
    "repair_mojibake",
    "strip_markup",
    "tidy_chinese",
    "to_simplified",
    "unify_newlines",
    "validate_text",
]

# Built once per process: loading OpenCC dictionaries costs milliseconds per converter.
_T2S = converter("t2s")


class NormalizedText(pydantic.BaseModel):
    original: str
    text: str
    paragraphs: list[str]
    simplified: str
    simplified_paragraphs: list[str]
    title: str | None = None
    mojibake: list[MojibakeSpan] = pydantic.Field(default_factory=list)
    repaired: bool = False
    removed_lines: int = 0


# --- 9. Simplified working copy ----------------------------------------------------------------------


def to_simplified(paragraphs: list[str]) -> list[str]:
    """OpenCC t2s, one call for the whole article."""
    converted = _T2S.convert("\n".join(paragraphs)).split("\n")
    if len(converted) != len(paragraphs):  # pragma: no cover - defensive
        converted = [_T2S.convert(paragraph) for paragraph in paragraphs]
    return converted


# --- pipeline ----------------------------------------------------------------------------------------


def normalize(raw: str, *, html: bool | None = None, max_chars: int = 200_000) -> NormalizedText:
    validate_text(raw, max_chars=max_chars)
    if html is None:
        html = looks_like_html(raw)
    title = None
    body = raw
    if html:
        body, title = extract_html(raw)
    body, repaired = repair_mojibake(unify_newlines(body))
    source_lines = [line for line in body.split("\n") if line.strip()]
    lines = [normalize_whitespace(remove_ruby(strip_markup(line))) for line in source_lines]
    lines = drop_page_chrome(lines)
    paragraphs = [tidy_chinese(line) for line in lines if line]
    paragraphs = [paragraph for paragraph in paragraphs if paragraph]
    if not paragraphs:
        raise EmptyInputError("no article text found: nothing is left after removing markup and page chrome")
    simplified_paragraphs = to_simplified(paragraphs)
    return NormalizedText(
        original=raw,
        text="\n\n".join(paragraphs),
        paragraphs=paragraphs,
        simplified="\n\n".join(simplified_paragraphs),
        simplified_paragraphs=simplified_paragraphs,
        title=normalize_whitespace(repair_mojibake(title)[0]) if title else None,
        mojibake=find_mojibake(paragraphs),
        repaired=repaired,
        removed_lines=len(source_lines) - len(paragraphs),
    )
