"""One bilingual Markdown file per article, laid out like the newsroom's bilingual pages (seed 000):
each block in English first, then the same block in Chinese (zh-Hans, then any zh-Hant variant)."""

from __future__ import annotations

from typing import Any

from service.batch.core import Article
from service.schemas import INDEPENDENT_KEY_POINTS, SummaryResponse

LABELS = {
    "summary": ("Summary", "摘要"),
    "key_points": ("Key points", "要点"),
    "keywords": ("Keywords", "关键词"),
}


def render_markdown(article: Article, response: SummaryResponse) -> str:
    locales = [locale for locale, summary in response.summary.items() if summary is not None]
    # English first, then Chinese: the reading order of seed 000.
    locales.sort(key=lambda locale: (locale != "en", locale))
    summaries = {locale: response.summary[locale] for locale in locales}
    lines: list[str] = []

    titles = [s.title for s in summaries.values() if s is not None]
    lines += [f"# {titles[0] if titles else article.title or article.id}", *titles[1:], ""]
    for summary in summaries.values():
        assert summary is not None
        lines.append(f"*{summary.one_line}*  ")
    lines.append("")
    if article.url:
        lines += [f"Source 来源: <{article.url}>", ""]

    lines += [_heading("summary"), ""]
    for summary in summaries.values():
        assert summary is not None
        lines += [summary.summary, ""]

    if response.key_points and response.key_points_alignment == "independent":
        lines += [_heading("key_points"), "", f"*{INDEPENDENT_KEY_POINTS}*", ""]
        for summary in summaries.values():
            assert summary is not None
            lines += [f"{number}. {point}" for number, point in enumerate(summary.key_points, start=1)]
            lines.append("")
    elif response.key_points:
        lines += [_heading("key_points"), ""]
        for number, point in enumerate(response.key_points, start=1):
            texts = [point[locale] for locale in locales if point.get(locale)]
            if texts:
                lines.append(f"{number}. {texts[0]}")
                lines += [f"   {text}" for text in texts[1:]]
                lines.append("")

    keywords = [(locale, words) for locale, words in response.keywords.items() if words]
    if keywords:
        lines += [_heading("keywords"), ""]
        lines += [f"- {locale}: {', '.join(words)}" for locale, words in keywords]
        lines.append("")

    lines += ["---", ""]
    notice = [response.disclaimer[locale] for locale in _notice_locales(response.disclaimer)]
    lines += [f"> {text}  " for text in notice]
    lines += ["", _provenance(article, response), ""]
    return "\n".join(lines)


def _heading(name: str) -> str:
    english, chinese = LABELS[name]
    return f"## {english} {chinese}"


def _notice_locales(notices: dict[str, str]) -> list[str]:
    return sorted(notices, key=lambda locale: (locale != "en", locale))


def _provenance(article: Article, response: SummaryResponse) -> str:
    p = response.provenance
    parts: list[Any] = [
        f"article `{article.id}`",
        f"draft `{response.id}` r{response.revision}",
        f"status **{response.status}**",
        f"engine {p.engine}",
    ]
    if p.model:
        parts.append(f"model {p.model}")
    if p.prompt:
        parts.append(f"prompt {p.prompt}")
    failed = [c.name for c in response.checks if not c.passed and c.severity == "error"]
    warned = [c.name for c in response.checks if not c.passed and c.severity == "warning"]
    if failed:
        parts.append(f"checks failed: {', '.join(failed)}")
    if warned:
        parts.append(f"warnings: {', '.join(warned)}")
    return "<sub>" + " · ".join(parts) + "</sub>"
