"""The fake LLM's answer to a repair request (prompt repair@v1, service/repair.py): a request whose user
message carries a DRAFT and a CHECKS block besides the ARTICLE.

Like a real model, it fixes what the check details point at for some fault kinds and not for others:

- numbers_in_source / numbers_consistent: drops the sentences that state a number the details name
  (unless that would empty the field) - fixes `invented_numbers`.
- simplified_script: rewrites the Chinese fields in Simplified characters - fixes `traditional_in_hans`.
- output_language: translates the English filler in Chinese fields sentence by sentence through the fake's
  own index-aligned EN/ZH pools; what it cannot translate (a translated paragraph's "Names mentioned: ..."
  and "The report cites ..." lines) stays English - fixes `english_in_chinese` in summaries, only partly in
  translations.
- prompt_injection: no fix; the planted instruction is still in the article, and the fake obeys it again.

A scripted content fault on the repair call itself means the model did not fix anything (the draft comes
back unchanged); `invalid_json`, `truncated` and `empty` break the answer as they do for any call."""

from __future__ import annotations

import json
import re
from typing import Any

from service.devtools import fake_content as fc

_BLOCK = r"=====BEGIN {name} (\S+?)=====[ \t]*\r?\n(.*?)\r?\n[ \t]*=====END {name} \1====="
_DRAFT_RE = re.compile(_BLOCK.format(name="DRAFT"), re.S)
_CHECKS_RE = re.compile(_BLOCK.format(name="CHECKS"), re.S)
_CHECK_LINE_RE = re.compile(r"^- (\w+)(?: \[.*?\])?: (.*)$", re.M)
_FIELD_REF_RE = re.compile(r"\[[^\]]*\]|\([^)]*\.[^)]*\)|paragraphs\[index=\d+\]\.text")
_SENTENCE_RE = re.compile(r"[^。！？.!?]+[。！？.!?]?")
_UNFIXED_FAULTS = frozenset(
    {"english_in_chinese", "traditional_in_hans", "invented_numbers", "prompt_injection"}
)
_SKIP_KEYS = frozenset({"entities", "key_point_sources", "index"})

_EN_TO_ZH: dict[str, str] = {}
for _kind in ("TITLES", "ONE_LINES", "KEY_POINTS", "KEYWORDS", "SENTENCES"):
    _EN_TO_ZH.update(zip(getattr(fc, f"EN_{_kind}"), getattr(fc, f"ZH_{_kind}"), strict=True))


def repair_answer(body: dict[str, Any], fault: str) -> fc.Answer | None:
    """The answer to a repair request, or None when `body` is not one."""
    req = fc.parse_request(body)
    draft_match, checks_match = _DRAFT_RE.search(req.user), _CHECKS_RE.search(req.user)
    if draft_match is None or checks_match is None:
        return None
    if fault == "empty":
        return fc.Answer("")
    try:
        draft = json.loads(draft_match.group(2))
    except ValueError:
        return fc.Answer('{"error": "the draft is not JSON"}')
    checks = _CHECK_LINE_RE.findall(checks_match.group(2))
    fixed = draft if fault in _UNFIXED_FAULTS else fix_draft(draft, checks, req)
    content = json.dumps(fixed, ensure_ascii=False)
    if fault == "invalid_json":
        return fc.Answer(content[: len(content) // 3] + '"broken')
    if fault == "truncated":
        return fc.Answer(content[: len(content) // 2], "length")
    return fc.Answer(content)


def fix_draft(draft: Any, checks: list[tuple[str, str]], req: fc.ParsedRequest) -> Any:
    names = {name for name, _ in checks}
    numbers = {
        n
        for name, detail in checks
        if name in ("numbers_in_source", "numbers_consistent")
        for n in re.findall(r"\d+(?:[.,]\d+)*", _FIELD_REF_RE.sub(" ", detail))
    }
    source = req.article or ""
    invented = {n for n in numbers if not re.search(rf"(?<!\d){re.escape(n)}(?!\d)", source)}

    def fix(text: str, lang: str) -> str:
        if invented:
            text = _without_numbers(text, invented)
        if lang == "zh" and "simplified_script" in names:
            text = fc.opencc_convert("t2s", text)
        if lang == "zh" and "output_language" in names:
            text = _to_chinese(text)
        return text

    return _walk(draft, [], fix, req.target_lang)


def _walk(node: Any, path: list[str], fix: Any, default_lang: str) -> Any:
    if isinstance(node, dict):
        return {k: v if k in _SKIP_KEYS else _walk(v, [*path, k], fix, default_lang) for k, v in node.items()}
    if isinstance(node, list):
        return [_walk(v, [*path, str(i)], fix, default_lang) for i, v in enumerate(node)]
    if isinstance(node, str):
        lang = next((lang for seg in reversed(path) if (lang := fc.lang_of_segment(seg))), default_lang)
        return fix(node, lang)
    return node


def _without_numbers(text: str, numbers: set[str]) -> str:
    sentences = _SENTENCE_RE.findall(text)
    kept = [s for s in sentences if not any(re.search(rf"(?<!\d){re.escape(n)}(?!\d)", s) for n in numbers)]
    result = "".join(kept).strip()
    return result or text  # a model would not empty a field to drop a number


def _to_chinese(text: str) -> str:
    if text in _EN_TO_ZH:
        return _EN_TO_ZH[text]
    out = []
    for sentence in _SENTENCE_RE.findall(text):
        out.append(_EN_TO_ZH.get(sentence.strip(), sentence))
    return "".join(out).strip()
