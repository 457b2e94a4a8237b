"""Language and script detection, script first.

Every paragraph is first described by the scripts of its letters (Han, Kana, Hangul, Latin, other).
The script decides everything it can on its own:

* Kana next to Han is Japanese (kanji + kana), never Chinese.
* Hangul is Korean.
* Han is Chinese; Simplified vs Traditional is an OpenCC round trip: a character that ``t2s`` changes
  exists only in Traditional, one that ``s2t`` changes only in Simplified. More Traditional-only
  characters than Simplified-only ones means Hant; a tie (or neither) means Hans.
* Only where the script cannot tell the language apart (Latin, Cyrillic, Arabic, Devanagari) is
  langdetect asked. Plain langdetect on CJK text is unreliable (it calls Traditional Chinese with
  mojibake "Korean"), so it never sees Han, Kana or Hangul.

Letters are *weighted* when scripts are compared: a Han character carries about as much information as
a short English word, so it counts ``HAN_WEIGHT`` Latin letters (see the constant). That weighting is
what labels a paragraph with a long English half and a long Chinese half, and it is also the unit of
the article-level ``languages`` shares.
"""

from __future__ import annotations

import re
import threading
from collections import defaultdict

from langdetect import DetectorFactory, detect_langs
from langdetect.detector_factory import init_factory
from langdetect.lang_detect_exception import LangDetectException

from service.schemas import Detection, ParagraphLabel
from service.text.chinese import converter
from service.text.scripts import (  # noqa: F401 - is_han/is_kana/is_hangul: re-exported for the checks
    HAN_WEIGHT,
    HANGUL_WEIGHT,
    KANA_WEIGHT,
    ScriptCounts,
    count_scripts,
    is_han,
    is_hangul,
    is_kana,
)

# langdetect is randomised; a fixed seed makes it return the same answer for the same text every time.
DetectorFactory.seed = 0

# A paragraph whose Han+Kana letters are at least this share Kana is Japanese. Real Japanese prose runs at
# 30-60% kana; a stray kana in a long Chinese paragraph (mojibake) stays far below this.
KANA_SHARE_JA = 0.10
# Below this many Latin letters langdetect is guessing; we answer "en" (low confidence) or "und".
MIN_LATIN_LETTERS = 20
# The second language must hold at least this share of the weighted letters for the article to be mixed.
MIXED_THRESHOLD = 0.20
# Inside a paragraph, a minority-script stretch counts towards its own language (for the article shares)
# only when it is real text: at least this many weighted letters, made of phrases (>= 4 Latin words, or
# >= 4 consecutive Han characters). Names, acronyms and ruby pinyin stay with the paragraph's language.
MIN_SPLIT_WEIGHT = 40.0

# Converters are expensive to build (dictionary loading): build once per process.
_T2S = converter("t2s")
_S2T = converter("s2t")

# Scripts that identify the language outright (ISO 15924 -> BCP-47).
_SCRIPT_LANGUAGE = {
    "Grek": "el",
    "Hebr": "he",
    "Thai": "th",
    "Geor": "ka",
    "Armn": "hy",
    "Khmr": "km",
    "Laoo": "lo",
    "Mymr": "my",
    "Ethi": "am",
    "Sinh": "si",
    "Tibt": "bo",
}
# langdetect codes that come with a region; we report the primary subtag only.
_LANGDETECT_PRIMARY = {"zh-cn": "zh", "zh-tw": "zh"}

_LATIN_WORD = r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff'’-]+"
# >= 4 Latin words in a row (spaces/light punctuation between): an English sentence, not a name or acronym.
_LATIN_PHRASE_RE = re.compile(rf"{_LATIN_WORD}(?:[\s,;:\"“”()/-]+{_LATIN_WORD}){{3,}}")
# >= 4 Han characters in a row, Chinese punctuation allowed in between.
_HAN_PHRASE_RE = re.compile(
    r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff]"
    r"(?:[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\u3000-\u303f\uff01-\uff0f\uff1a-\uff20·\s]*"
    r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff]){3,}"
)


# --- Hans / Hant ------------------------------------------------------------------------------

# char -> (traditional_only, simplified_only); filled lazily, bounded by the number of distinct Han chars.
_HAN_CLASS: dict[str, tuple[bool, bool]] = {}


def _classify_han(chars: set[str]) -> None:
    missing = [ch for ch in chars if ch not in _HAN_CLASS]
    if not missing:
        return
    # One conversion call for all new characters; newlines keep OpenCC's phrase matching per character.
    joined = "\n".join(missing)
    to_simp = _T2S.convert(joined).split("\n")
    to_trad = _S2T.convert(joined).split("\n")
    if len(to_simp) != len(missing) or len(to_trad) != len(missing):  # pragma: no cover - defensive
        to_simp = [_T2S.convert(ch) for ch in missing]
        to_trad = [_S2T.convert(ch) for ch in missing]
    for ch, simp, trad in zip(missing, to_simp, to_trad, strict=True):
        _HAN_CLASS[ch] = (simp != ch, trad != ch)


def han_script(han_chars: list[str] | str) -> str:
    """'Hant' when Traditional-only characters outnumber Simplified-only ones, else 'Hans'."""
    chars = list(han_chars)
    _classify_han(set(chars))
    traditional = simplified = 0
    for ch in chars:
        trad_only, simp_only = _HAN_CLASS[ch]
        traditional += trad_only
        simplified += simp_only
    return "Hant" if traditional > simplified else "Hans"


# --- langdetect (Latin and other ambiguous scripts only) ----------------------------------------


_LANGDETECT_INIT = threading.Lock()
_langdetect_ready = False


def _langdetect(text: str) -> tuple[str, float] | None:
    global _langdetect_ready
    if not _langdetect_ready:
        # langdetect's lazy init publishes its factory before the profiles are loaded: concurrent first
        # calls from threads (batch, workers) would read half-loaded profiles and answer wrongly for good.
        with _LANGDETECT_INIT:
            init_factory()
            _langdetect_ready = True
    try:
        candidates = detect_langs(text)
    except LangDetectException:
        return None
    if not candidates:
        return None
    best = candidates[0]
    return _LANGDETECT_PRIMARY.get(best.lang, best.lang.split("-")[0]), float(best.prob)


_NON_LATIN_RE = re.compile(r"[\u2e80-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff00-\uffef\U00020000-\U0003134f]+")


def _latin_language(text: str, counts: ScriptCounts, share: float) -> tuple[str, str | None, float]:
    letters = counts.latin
    if letters < MIN_LATIN_LETTERS:
        # Too short for statistics. Mostly-ASCII short text in this service is overwhelmingly English.
        if counts.latin_ascii >= 0.8 * letters and letters >= 2:
            return "en", "Latn", round(min(0.3, 0.05 + letters / 100), 3)
        return "und", None, 0.0
    latin_text = _NON_LATIN_RE.sub(" ", text)
    if (english := _english_by_function_words(latin_text)) is not None:
        return "en", "Latn", _clamp(english * share)
    # CJK characters only confuse langdetect; it gets the Latin part alone.
    result = _langdetect(latin_text)
    if result is None:
        return ("en", "Latn", 0.2) if counts.latin_ascii >= 0.8 * letters else ("und", None, 0.0)
    language, prob = result
    size = min(1.0, letters / 60)
    return language, "Latn", _clamp(prob * share * (0.5 + 0.5 * size))


# Function words that make up a large share of any English prose and almost none of other Latin-script
# languages. Counting them decides most English paragraphs in microseconds; langdetect (~6 ms a
# paragraph) is left for the rest.
_ENGLISH_FUNCTION_WORDS = frozenset(
    {
        "the", "and", "of", "to", "is", "that", "it", "was", "for", "with", "this", "are", "be", "have",
        "not", "but", "they", "which", "from", "by", "you", "were", "has", "had", "their", "been", "would",
        "will", "there", "what", "who", "its", "than", "more", "about", "should", "could", "into", "these",
        "those",
    }
)  # fmt: skip
_WORD_RE = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")
ENGLISH_MIN_WORDS = 12
ENGLISH_MIN_SHARE = 0.2


def _english_by_function_words(text: str) -> float | None:
    """Confidence that `text` is English when its function-word share says so clearly, else None."""
    words = [w.lower() for w in _WORD_RE.findall(text)]
    if len(words) < ENGLISH_MIN_WORDS:
        return None
    share = sum(w in _ENGLISH_FUNCTION_WORDS for w in words) / len(words)
    if share < ENGLISH_MIN_SHARE:
        return None
    return min(0.99, 0.6 + share)


def _clamp(value: float) -> float:
    return round(max(0.0, min(1.0, value)), 3)


def _label(text: str, counts: ScriptCounts) -> tuple[str, str | None, float]:
    total = counts.total_weight
    if total < 1:
        return "und", None, 0.0
    size = min(1.0, total / 12)  # a couple of characters is not much evidence
    groups = {
        "cjk": counts.cjk_weight,
        "hangul": counts.hangul * HANGUL_WEIGHT,
        "latin": float(counts.latin),
    }
    for script, n in counts.other.items():
        groups[script] = groups.get(script, 0.0) + n
    dominant = max(groups, key=lambda key: groups[key])
    share = groups[dominant] / total
    if dominant == "cjk":
        if counts.kana and counts.kana_share >= KANA_SHARE_JA:
            return "ja", "Jpan", _clamp(share * size)
        if counts.han == 0:  # kana only
            return "ja", "Jpan", _clamp(share * size)
        return "zh", han_script(counts.han_chars), _clamp(share * size)
    if dominant == "hangul":
        return "ko", "Kore", _clamp(share * size)
    if dominant == "latin":
        return _latin_language(text, counts, share)
    if dominant in _SCRIPT_LANGUAGE:
        return _SCRIPT_LANGUAGE[dominant], dominant, _clamp(share * size)
    # Cyrillic, Arabic, Devanagari...: the script is shared by several languages; ask langdetect.
    result = _langdetect(text)
    if result is None:
        return "und", dominant, 0.0
    return result[0], dominant, _clamp(result[1] * share * size)


# URLs and e-mail addresses are letters without a language; they are not counted.
_URL_RE = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+", re.IGNORECASE)


def _strip_urls(text: str) -> str:
    return _URL_RE.sub(" ", text) if ("://" in text or "www." in text or "@" in text) else text


def detect_paragraph(text: str) -> tuple[str, str | None, float]:
    """(language, script, confidence) of one paragraph, labelled by its dominant weighted script."""
    text = _strip_urls(text)
    return _label(text, count_scripts(text))


# --- article level ------------------------------------------------------------------------------


def _split_minority(text: str, language: str) -> list[tuple[str, float, list[str]]]:
    """Stretches of real text in the paragraph's minority script: [(language, weight, han_chars)].

    A Chinese paragraph quoting a whole English sentence, or an English paragraph followed by its Chinese
    translation, contributes to both languages; names, acronyms and pinyin glosses do not."""
    if language in ("zh", "ja", "ko"):
        phrases = _LATIN_PHRASE_RE.findall(text)
        letters = sum(sum(ch.isalpha() for ch in phrase) for phrase in phrases)
        if letters < MIN_SPLIT_WEIGHT:
            return []
        joined = " ".join(phrases)
        label = _latin_language(joined, count_scripts(joined), 1.0)[0]
        return [(label, float(letters), [])] if label != "und" else []
    if language != "und":
        phrases = _HAN_PHRASE_RE.findall(text)
        joined = "".join(phrases)
        counts = count_scripts(joined)
        if counts.cjk_weight < MIN_SPLIT_WEIGHT:
            return []
        label = "ja" if counts.kana_share >= KANA_SHARE_JA else "zh"
        return [(label, counts.cjk_weight, counts.han_chars)]
    return []


def detect(paragraphs: list[str]) -> Detection:
    labels: list[ParagraphLabel] = []
    weights: dict[str, float] = defaultdict(float)
    confidence_mass: dict[str, float] = defaultdict(float)
    scripts: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    zh_han: list[str] = []

    for index, original in enumerate(paragraphs):
        paragraph = _strip_urls(original)
        counts = count_scripts(paragraph)
        language, script, confidence = _label(paragraph, counts)
        labels.append(
            ParagraphLabel(
                index=index, language=language, script=script, confidence=confidence, chars=len(original)
            )
        )
        if language == "und":
            continue
        main = counts.total_weight
        for other_language, weight, han_chars in _split_minority(paragraph, language):
            weight = min(weight, main)
            main -= weight
            weights[other_language] += weight
            confidence_mass[other_language] += weight * confidence
            if other_language == "zh":
                zh_han.extend(han_chars)  # zh's script is decided on all its Han characters below
            else:
                scripts[other_language]["Jpan" if other_language == "ja" else "Latn"] += weight
        weights[language] += main
        confidence_mass[language] += main * confidence
        if language == "zh":
            zh_han.extend(counts.han_chars)
        elif script:
            scripts[language][script] += main

    total = sum(weights.values())
    if total <= 0:
        return Detection(language="und", script=None, confidence=0.0, mixed=False, paragraphs=labels)

    shares = {lang: round(weight / total, 3) for lang, weight in weights.items() if weight > 0}
    ranked = sorted(weights, key=lambda lang: weights[lang], reverse=True)
    primary = ranked[0]
    second_share = weights[ranked[1]] / total if len(ranked) > 1 else 0.0
    if primary == "zh":
        script: str | None = han_script(zh_han)
    elif scripts.get(primary):
        script = max(scripts[primary], key=lambda s: scripts[primary][s])
    else:
        script = None
    mean_confidence = confidence_mass[primary] / weights[primary] if weights[primary] else 0.0
    return Detection(
        language=primary,
        script=script,
        confidence=_clamp(weights[primary] / total * mean_confidence),
        mixed=second_share >= MIXED_THRESHOLD,
        languages=dict(sorted(shares.items(), key=lambda item: -item[1])),
        paragraphs=labels,
    )
