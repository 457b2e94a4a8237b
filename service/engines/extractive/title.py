"""The title of one language's summary: the source's own title whenever it has one.

In order: a title the caller gave (a bilingual "Farewell Ai2 告别Ai2" is split into its halves); the
first line that reads as a headline among the opening lines (page chrome such as "AI News AI资讯 1d ago"
is stepped over, a breadcrumb "首页 产业新闻 <title>" resolves to the title on the next line); the slug of
a URL the article opens with ("…/p/why-i-build-open-language-models" -> "Why I build open language
models"). Without any of these: the gist when it is short enough, else its leading clauses, else the top
keywords - never a sentence cut off mid-phrase.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlparse

from service.engines.extractive._text import (
    CLOSERS,
    HAN_RE,
    TRAILING_PUNCT,
    URL_RE,
    WIKI_LINK_RE,
    clean,
    han_count,
    in_language,
    latin_words,
    size,
)
from service.engines.extractive.compose import leading_clauses

TITLE_LIMIT = {"zh": 40, "en": 15}
TITLE_MIN = {"zh": 4, "en": 2}
_OPENING_LINES = 6
_TITLE_BOUNDARY = {"zh": re.compile(r"[，,；;：:]"), "en": re.compile(r"[;:,]\s|\s[—–]\s|—")}
# "English half 中文半" or "中文半 English half" on one line.
_EN_THEN_ZH = re.compile(r"^(?P<en>[^\u3400-\u9fff]+?)\s*(?P<zh>[\u3400-\u9fff].*)$")
_ZH_THEN_EN = re.compile(
    r"^(?P<zh>[^A-Za-z]*[\u3400-\u9fff][^A-Za-z]*?)\s+(?P<en>[A-Za-z][^\u3400-\u9fff]*)$"
)
_SLUG_WORD = re.compile(r"^[a-z0-9]+$")


def strip_title(text: str) -> str:
    text = text.strip().rstrip(TRAILING_PUNCT).strip()
    for opener, closer in (("“", "”"), ("「", "」"), ("『", "』"), ("‘", "’")):
        if text.startswith(opener) and closer not in text:
            text = text[1:]
        if text.endswith(closer) and opener not in text:
            text = text[:-1]
    if text.count('"') % 2 == 1:
        text = text.strip('"')
    return text.strip().rstrip(TRAILING_PUNCT).strip()


def looks_like_headline(text: str, lang: str) -> bool:
    if not (TITLE_MIN[lang] <= size(text, lang) <= TITLE_LIMIT[lang]):
        return False
    if text.rstrip(CLOSERS).endswith(("。", ".", ":", "：")) or URL_RE.search(text):
        return False
    if "[[" in text or "|" in text or not in_language(text, lang):
        return False
    if lang == "zh":
        # Stricter than for sentences: page chrome like "AI News AI资讯 1d ago 更新于 20小时前" is half Han.
        return han_count(text) >= 2 * latin_words(text)
    return not re.search(r"\d+[hdm]\b|\bago\b", text)  # "1d ago", "20h ago": a timestamp, not a title


def bilingual_halves(line: str) -> dict[str, str] | None:
    """{"en": ..., "zh": ...} when `line` is one title in both languages, side by side."""
    for pattern in (_EN_THEN_ZH, _ZH_THEN_EN):
        match = pattern.match(line.strip())
        if not match:
            continue
        en, zh = match.group("en").strip(), match.group("zh").strip()
        if len(en.split()) >= 2 and looks_like_headline(en, "en") and looks_like_headline(zh, "zh"):
            return {"en": strip_title(en), "zh": strip_title(zh)}
    return None


def slug_title(url: str) -> str | None:
    """A readable title from a URL's last path segment, when it is a hyphenated phrase of >= 3 words."""
    path = unquote(urlparse(url.strip()).path).rstrip("/")
    slug = re.sub(r"\.\w{2,5}$", "", path.rsplit("/", 1)[-1])
    words = [w for w in re.split(r"[-_]+", slug.lower()) if w]
    if len(words) < 3 or not all(_SLUG_WORD.match(w) for w in words) or all(w.isdigit() for w in words):
        return None
    words = ["I" if w == "i" else w for w in words]
    text = " ".join(words)
    return text[0].upper() + text[1:]


def _is_prose(line: str, lang: str) -> bool:
    """A body line: reading stops here, a title never comes after the article has begun."""
    own = "zh" if HAN_RE.search(line) and in_language(line, "zh") else "en"
    return size(line, own) > 2 * TITLE_LIMIT[own]


def source_title(lines: list[str], lang: str, given: str | None) -> str | None:
    if given and given.strip():
        halves = bilingual_halves(given)
        return halves[lang] if halves else given.strip()
    slug: str | None = None
    opening = [line.strip() for line in lines[:_OPENING_LINES] if line.strip()]
    for number, raw in enumerate(opening):
        if URL_RE.fullmatch(raw):
            slug = slug or slug_title(raw)
            continue
        line = clean(raw, lang)
        if not line or not WIKI_LINK_RE.sub("", line).strip(" -|") or not any(ch.isalpha() for ch in line):
            continue
        if looks_like_headline(line, lang):
            following = clean(opening[number + 1], lang) if number + 1 < len(opening) else ""
            if following and following != line and line.endswith(following):
                line = following  # a breadcrumb ending in the headline, which follows on its own
            return strip_title(line) or None
        halves = bilingual_halves(line)
        if halves:
            return halves[lang]
        if _is_prose(line, lang):
            break
    return slug if lang == "en" else None


def fallback_title(gist: str, keywords: list[str], lang: str) -> str:
    limit = TITLE_LIMIT[lang]
    text = strip_title(gist)
    if size(text, lang) <= limit:
        return text
    clause = leading_clauses(text, lang, limit, _TITLE_BOUNDARY[lang])
    if clause:
        return strip_title(clause)
    phrases = keywords[:3]
    if not phrases:
        return strip_title(_TITLE_BOUNDARY[lang].split(text, maxsplit=1)[0])
    joined = "、".join(phrases) if lang == "zh" else ", ".join(phrases)
    return joined[0].upper() + joined[1:] if lang == "en" else joined
