"""The bilingual notice attached to every output, modelled on the one newsroom pages already carry
("以上内容由 AI 生成，仅供参考"). English and zh-Hans are written here; the zh-Hant variants are derived
with the same OpenCC configs as the summaries, so wording never drifts between scripts."""

from __future__ import annotations

from collections.abc import Iterable

from service.schemas import DERIVED_LOCALES
from service.text.chinese import convert

# kind -> (English, Simplified Chinese)
TEMPLATES: dict[str, tuple[str, str]] = {
    "llm": (
        "The above content is AI-generated and for reference only.",
        "以上内容由 AI 生成，仅供参考。",
    ),
    "extractive": (
        "The above content is AI-generated (sentences extracted automatically from the article) "
        "and for reference only.",
        "以上内容由 AI 自动摘录生成，仅供参考。",
    ),
    # 审阅 rather than 审核: OpenCC s2twp turns 审核 into 稽核 ("auditing"); 审阅 stays 審閱 (審閲 in HK).
    "reviewed": (
        "The above content is AI-generated and was reviewed by an editor.",
        "以上内容由 AI 生成，经编辑审阅。",
    ),
    "edited": (
        "The above content is AI-generated, reviewed and edited by an editor.",
        "以上内容由 AI 生成，经编辑审阅修改。",
    ),
}


def disclaimer(kind: str, locales: Iterable[str] = ()) -> dict[str, str]:
    """English and zh-Hans always, plus each requested zh-Hant variant."""
    english, simplified = TEMPLATES[kind]
    result = {"en": english, "zh-Hans": simplified}
    for locale in locales:
        if locale in DERIVED_LOCALES:
            result[locale] = convert(simplified, DERIVED_LOCALES[locale])
    return result
