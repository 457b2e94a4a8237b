"""Prompt injection. The article is untrusted data: it may carry text addressed to an AI model, and a
model may obey it instead of summarising. No pattern list can prove either way, so this check only
raises a flag for the editor: text in the source that talks to a model, or output that reads like a
model obeying or talking about itself. It never lets such a draft pass as clean."""

from __future__ import annotations

import re
from collections.abc import Iterable

from service.checks.fields import Problem, make_result
from service.schemas import CheckResult

# Text addressed to a model (English and Chinese, either script).
_ADDRESSED_TO_MODEL = re.compile(
    r"ignore\s+(?:all\s+|any\s+)?(?:the\s+)?(?:previous|prior|above|earlier|preceding)\s+"
    r"(?:instructions?|prompts?|rules|directions)"
    r"|disregard\s+(?:all\s+|any\s+)?(?:the\s+)?(?:previous|prior|above|earlier)\s+\w+"
    r"|(?:system|developer)\s+prompt"
    r"|you\s+are\s+now\s+(?:a|an|the|in)\b"
    r"|new\s+instructions?\s*:"
    r"|(?:as|to)\s+(?:an?\s+)?(?:ai|llm|language\s+model|assistant|chatbot)\s*[,:]\s*(?:you|please|ignore)"
    r"|忽略(?:之前|以上|上述|前面|先前|所有)[的]?(?:所有)?(?:指令|指示|提示|要求)"
    r"|[系係]統提示|系统提示"
    r"|你[现現]在是",
    re.IGNORECASE,
)
# Output that obeys or talks about itself rather than about the article.
_MODEL_SPEAKING = re.compile(
    r"\bpwned\b"
    r"|\bas\s+an?\s+(?:ai|language\s+model|large\s+language\s+model|assistant)\b"
    r"|\bI\s+(?:cannot|can't|am\s+unable\s+to|won't)\s+(?:help|assist|comply|summari[sz]e)"
    r"|\bmy\s+(?:instructions|system\s+prompt)\b"
    r"|已被攻破|被攻破了"
    r"|作为(?:一个)?(?:AI|人工智能)(?:语言模型|助手|模型)"
    r"|我(?:无法|不能)(?:协助|帮助|提供|总结)",
    re.IGNORECASE,
)


def check_injection(source: str, outputs: Iterable[tuple[str, str]]) -> CheckResult:
    """`outputs` are (field path, text) pairs of everything the model wrote."""
    problems: list[Problem] = []
    if found := _ADDRESSED_TO_MODEL.search(source):
        problems.append(
            Problem(
                "source",
                f"the article contains text addressed to an AI model ({_snippet(source, found)!r}); "
                "check that the output reports it as content and does not follow it",
            )
        )
    for field, text in outputs:
        if found := _MODEL_SPEAKING.search(text):
            problems.append(
                Problem(
                    field, f"{field} reads like a model obeying or talking about itself: {found.group(0)!r}"
                )
            )
    return make_result("prompt_injection", problems)


def _snippet(text: str, match: re.Match[str], context: int = 30) -> str:
    start, end = max(match.start() - context, 0), min(match.end() + context, len(text))
    return text[start:end].replace("\n", " ")
