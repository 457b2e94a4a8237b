"""The fake LLM honours the glossary block a prompt carries (service/prompts/glossary): where a paragraph
it translates uses a source term, its output uses the target term (its usual rendering of the term, the
carried Latin token, is replaced); a summary field mentions the terms on both sides. So a draft made with
the fake passes the terminology check, and a test that wants an output ignoring an entry scripts one."""

from __future__ import annotations

import re
from dataclasses import dataclass

_BLOCK_RE = re.compile(
    r"=====BEGIN GLOSSARY (\S+?)=====[ \t]*\r?\n(.*?)\r?\n[ \t]*=====END GLOSSARY \1=====", re.S
)
_HEADER_RE = re.compile(r"^#\s*(\S+)\s*->\s*(\S+)\s*$")


@dataclass(frozen=True)
class FakeTerm:
    source: str
    target: str
    source_lang: str  # "en" or "zh"
    target_lang: str  # "en" or "zh"


def parse_glossary(user: str) -> list[FakeTerm]:
    match = _BLOCK_RE.search(user)
    if not match:
        return []
    terms: list[FakeTerm] = []
    langs = ("en", "zh")
    for line in match.group(2).splitlines():
        if header := _HEADER_RE.match(line.strip()):
            langs = (_lang(header.group(1)), _lang(header.group(2)))
        elif "\t" in line:
            source, target = line.split("\t", 1)
            terms.append(FakeTerm(source.strip(), target.strip(), *langs))
    return terms


def _lang(tag: str) -> str:
    return "zh" if tag.lower().startswith("zh") else "en"


def honour(
    terms: list[FakeTerm], text: str, kind: str, lang: str, source: str | None, article: str | None
) -> str:
    """`source`: the paragraph being translated (None for summary fields); `article`: the whole text."""
    if not terms:
        return text
    if source is not None:
        for term in terms:
            if term.target_lang == lang and term.source.casefold() in source.casefold():
                text = re.sub(re.escape(term.source), term.target, text, flags=re.I)
                if term.target not in text:
                    text += f" ({term.target})" if lang == "en" else f"（{term.target}）"
        return text
    if kind != "summary" or not article:
        return text
    mentioned = [
        term.target if term.target_lang == lang else term.source
        for term in terms
        if term.source.casefold() in article.casefold() and lang in (term.source_lang, term.target_lang)
    ]
    if not mentioned:
        return text
    if lang == "en":
        return f"{text} Key terms: {', '.join(mentioned)}."
    return f"{text}关键术语：{'、'.join(mentioned)}。"
