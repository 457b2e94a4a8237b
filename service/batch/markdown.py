"""One bilingual Markdown file per article, laid out like the newsroom's bilingual pages (seed 000):
each block in English first, then the same block in Chinese (zh-Hans, then any zh-Hant variant).

Article and model text are untrusted and the file is meant to be rendered, so it is written inert: text
has `< > &` as entities and Markdown's link/emphasis/code punctuation backslash-escaped (no raw HTML, no
links, no images), ids go in code spans fenced longer than any backtick run they contain, and only an
http(s) source URL becomes a link."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from service.batch.core import Article
from service.schemas import INDEPENDENT_KEY_POINTS, SummaryResponse

LABELS = {
    "summary": ("Summary", "摘要"),
    "key_points": ("Key points", "要点"),
    "keywords": ("Keywords", "关键词"),
}


_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
# Backslash-escaped everywhere: code, emphasis, links and images, tables, strikethrough.
_ESCAPED = set("\\`*_[]|~")
# At the start of a line these would open a heading, list, quote or thematic break.
_LINE_START = re.compile(r"^(\s*)(\d*)([#+=.)-])")
_URL_UNSAFE = re.compile(r"[\s<>\"'`\\]")


def inline(text: str) -> str:
    """Untrusted text as inert Markdown on one line (newlines become spaces)."""
    return _escape_line(" ".join(str(text).split()))


def block(text: str) -> str:
    """Untrusted multi-paragraph text as inert Markdown; line breaks are kept as paragraph breaks."""
    lines = [_escape_line(" ".join(line.split())) for line in str(text).splitlines()]
    return "\n".join(lines).strip("\n")


def code(text: str) -> str:
    """A code span the content cannot close: fenced by more backticks than its longest run."""
    flat = " ".join(str(text).split()) or " "
    longest = max((len(run) for run in re.findall(r"`+", flat)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if flat.startswith("`") or flat.endswith("`") else ""
    return f"{fence}{pad}{flat}{pad}{fence}"


def link(url: str) -> str:
    """An autolink for a plain http(s) URL; anything else (javascript:, data:, odd characters) as code."""
    parts = urlsplit(url)
    if parts.scheme.lower() in ("http", "https") and parts.netloc and not _URL_UNSAFE.search(url):
        return f"<{url}>"
    return code(url)


def _escape_line(line: str) -> str:
    escaped = "".join(_ENTITIES.get(ch) or (f"\\{ch}" if ch in _ESCAPED else ch) for ch in line)
    return _LINE_START.sub(r"\1\2\\\3", escaped)


def render_markdown(article: Article, response: SummaryResponse) -> str:
    locales = [locale for locale, summary in response.summary.items() if summary is not None]
    # English first, then Chinese: the reading order of seed 000.
    locales.sort(key=lambda locale: (locale != "en", locale))
    summaries = {locale: response.summary[locale] for locale in locales}
    lines: list[str] = []

    titles = [inline(s.title) for s in summaries.values() if s is not None]
    lines += [f"# {titles[0] if titles else inline(article.title or article.id)}", *titles[1:], ""]
    for summary in summaries.values():
        assert summary is not None
        lines.append(f"*{inline(summary.one_line)}*  ")
    lines.append("")
    if article.url:
        lines += [f"Source 来源: {link(article.url)}", ""]

    lines += [_heading("summary"), ""]
    for summary in summaries.values():
        assert summary is not None
        lines += [block(summary.summary), ""]

    if response.key_points and response.key_points_alignment == "independent":
        lines += [_heading("key_points"), "", f"*{INDEPENDENT_KEY_POINTS}*", ""]
        for summary in summaries.values():
            assert summary is not None
            lines += [f"{number}. {point}" for number, point in enumerate(summary.key_points, start=1)]
            lines.append("")
    elif response.key_points:
        lines += [_heading("key_points"), ""]
        for number, point in enumerate(response.key_points, start=1):
            texts = [inline(point[locale]) for locale in locales if point.get(locale)]
            if texts:
                lines.append(f"{number}. {texts[0]}")
                lines += [f"   {text}" for text in texts[1:]]
                lines.append("")

    keywords = [(locale, words) for locale, words in response.keywords.items() if words]
    if keywords:
        lines += [_heading("keywords"), ""]
        lines += [f"- {inline(locale)}: {', '.join(inline(w) for w in words)}" for locale, words in keywords]
        lines.append("")

    lines += _analysis(response)
    lines += ["---", ""]
    notice = [response.disclaimer[locale] for locale in _notice_locales(response.disclaimer)]
    lines += [f"> {inline(text)}  " for text in notice]
    lines += ["", _provenance(article, response), ""]
    return "\n".join(lines)


SCORES = (("hot", "Hot 热度"), ("quality", "Quality 质量"), ("impact", "Impact 影响力"))


def _analysis(response: SummaryResponse) -> list[str]:
    """Seed 000's layout: each score over its label (the one-line reasons under it), then "Analysis
    深度分析" in English, then in Chinese."""
    analysis = response.analysis
    if analysis is None:
        return []
    if not analysis.available:
        return [f"*Analysis not available 无深度分析: {inline(analysis.note or '')}*", ""]
    lines: list[str] = []
    for key, label in SCORES:
        score = getattr(analysis, key)
        if score is not None:
            lines.append(f"**{score.score}**  ")
            lines.append(f"{label}  " if score.reason else label)
            reasons = [inline(text) for _, text in sorted(score.reason.items(), key=lambda i: i[0] != "en")]
            lines += [f"{text}  " for text in reasons[:-1]] + reasons[-1:]
            lines.append("")
    lines += ["## Analysis 深度分析", ""]
    for _, text in sorted(analysis.text.items(), key=lambda item: (item[0] != "en", item[0])):
        lines += [block(text), ""]
    return lines


def _heading(name: str) -> str:
    english, chinese = LABELS[name]
    return f"## {english} {chinese}"


def _notice_locales(notices: dict[str, str]) -> list[str]:
    return sorted(notices, key=lambda locale: (locale != "en", locale))


def _provenance(article: Article, response: SummaryResponse) -> str:
    p = response.provenance
    parts: list[Any] = [
        f"article {code(article.id)}",
        f"draft {code(response.id)} r{response.revision}",
        f"status **{response.status}**",
        f"engine {p.engine}",
    ]
    if p.model:
        parts.append(f"model {inline(p.model)}")
    if p.prompt:
        parts.append(f"prompt {inline(p.prompt)}")
    failed = [c.name for c in response.checks if not c.passed and c.severity == "error"]
    warned = [c.name for c in response.checks if not c.passed and c.severity == "warning"]
    if failed:
        parts.append(f"checks failed: {', '.join(failed)}")  # our own check names (snake_case), kept as is
    if warned:
        parts.append(f"warnings: {', '.join(warned)}")
    return "<sub>" + " · ".join(parts) + "</sub>"
