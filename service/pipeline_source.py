"""The prepared article every path starts from: validated, normalised, its languages detected
(`prepare_source`), and the small helpers the summary and translation paths share."""

from __future__ import annotations

from dataclasses import dataclass

from service.config import Settings
from service.errors import UnsupportedOptionError
from service.hashing import sha256_text
from service.schemas import DERIVED_LOCALES, ArticleIn, Detection, SourceInfo, Usage
from service.text.chinese import convert
from service.text.detect import detect
from service.text.normalize import NormalizedText, clean_title, normalize


@dataclass(frozen=True)
class Source:
    normalized: NormalizedText
    detection: Detection
    info: SourceInfo


def prepare_source(article: ArticleIn, settings: Settings) -> Source:
    """Validate, clean and label the article. Raises InputError subclasses on bad input."""
    is_html = article.html is not None
    raw = article.html if is_html else article.text
    normalized = normalize(raw or "", html=is_html, max_chars=settings.max_input_chars)
    detection = detect(normalized.paragraphs)
    if article.source_language != "auto":
        detection = _declared_language(detection, article.source_language)
    info = SourceInfo(
        language=detection.language,
        script=detection.script,
        mixed=detection.mixed,
        sha256=sha256_text(normalized.text),
        chars=len(normalized.text),
        paragraphs=len(normalized.paragraphs),
        title=clean_title(article.title or "") or normalized.title,
        mojibake=normalized.mojibake,
    )
    return Source(normalized, detection, info)


def _declared_language(detection: Detection, tag: str) -> Detection:
    """A caller-declared source language wins over detection (e.g. `zh-Hant`, `en`)."""
    language, _, script = tag.partition("-")
    if not language.isalpha() or len(language) not in (2, 3):
        raise UnsupportedOptionError(f"source_language must be 'auto' or a BCP-47 tag, got {tag!r}")
    return detection.model_copy(
        update={"language": language.lower(), "script": script or detection.script, "confidence": 1.0}
    )


def _to_locale(simplified: str, locale: str) -> str:
    return convert(simplified, DERIVED_LOCALES[locale]) if locale in DERIVED_LOCALES else simplified


def _language_label(detection: Detection) -> str:
    label = detection.language + (f"-{detection.script}" if detection.script else "")
    if detection.mixed:
        others = [lang for lang in detection.languages if lang != detection.language]
        label += f" (mixed with {', '.join(others)})"
    return label


def _add_usage(total: Usage, part: Usage) -> None:
    total.prompt_tokens += part.prompt_tokens
    total.completion_tokens += part.completion_tokens
    total.total_tokens += part.total_tokens
    total.llm_calls += part.llm_calls
