"""Content generation for the fake LLM server (see ``fake_llm.py``).

Everything here is pure and synchronous: given a parsed chat-completions request body it produces the
assistant's answer text, optionally corrupted by one of the content faults. The filler text is neutral
and safe for bisum's deterministic checks: no digits and no number words (English or Chinese), no
capitalised names (capitals only at sentence start), Simplified characters only, and ASCII-only English.
"""

from __future__ import annotations

import functools
import json
import random
import re
import threading
from dataclasses import dataclass, field
from typing import Any

from service.devtools.fake_glossary import FakeTerm, honour, parse_glossary

# --- filler pools ----------------------------------------------------------------------------
# Kept free of digits, number words (one, two, ...; 一, 二, 两, 十, 百, 千, 万 ...) and proper names.

EN_TITLES: tuple[str, ...] = (
    "Research organisation announces a change in its approach",
    "Local officials outline plans for a new public project",
    "New study examines how communities adapt to change",
    "Industry group reviews the impact of recent policy shifts",
    "Scientists report progress on a long running research effort",
    "City council debates a proposal to improve public services",
    "Technology firm updates its plans for the coming year",
    "Experts discuss the likely effects of a new regulation",
)
ZH_TITLES: tuple[str, ...] = (
    "研究机构宣布调整工作方式",
    "地方官员公布新的公共项目计划",
    "新研究关注社区如何适应变化",
    "行业团体评估近期政策调整的影响",
    "科学家报告长期研究项目取得进展",
    "市议会讨论改善公共服务的提案",
    "科技公司更新未来发展计划",
    "专家讨论新规定可能带来的影响",
)
EN_ONE_LINES: tuple[str, ...] = (
    "The article describes how a research organisation is changing its approach and what this may mean "
    "for its work.",
    "Officials have outlined a plan for a new public project, and local residents are weighing its likely "
    "benefits.",
    "A new study looks at how communities respond to change and finds that local support plays a central "
    "role.",
    "Industry representatives say recent policy shifts have affected their plans, although the long term "
    "effects remain unclear.",
    "Researchers report steady progress on a long running project and expect further results to be shared "
    "later.",
    "The council is considering a proposal to improve public services, with supporters and critics raising "
    "different concerns.",
)
ZH_ONE_LINES: tuple[str, ...] = (
    "文章介绍了某研究机构调整工作方式的情况，以及这项变化可能带来的影响。",
    "地方官员公布了新的公共项目计划，当地居民正在评估其可能带来的好处。",
    "新研究探讨了社区如何应对变化，并发现地方支持在其中发挥着关键作用。",
    "行业代表表示近期政策调整影响了他们的计划，但长期影响仍不明朗。",
    "研究人员报告长期项目进展顺利，并预计将在稍后公布更多成果。",
    "议会正在审议改善公共服务的提案，支持者和批评者提出了不同的关切。",
)
EN_SENTENCES: tuple[str, ...] = (
    "The article describes a change at a research organisation.",
    "According to the report, the decision followed months of internal discussion.",
    "Officials said the plan is intended to improve services for local residents.",
    "Supporters argue that the change will make the process more transparent.",
    "Critics raised concerns about the cost and the timetable of the project.",
    "The organisation has not yet released full details of the new arrangement.",
    "Several experts noted that similar efforts elsewhere produced mixed results.",
    "The report adds that further updates are expected in the coming months.",
    "Community groups have welcomed the announcement but asked for more consultation.",
    "The changes are expected to affect both staff and the wider public.",
    "Observers say the outcome will depend on how the plan is carried out.",
    "The article also notes that funding arrangements remain under review.",
)
ZH_SENTENCES: tuple[str, ...] = (
    "文章介绍了某研究机构的变化。",
    "报道称，这项决定是在数月的内部讨论之后作出的。",
    "官员表示，该计划旨在改善当地居民获得的服务。",
    "支持者认为，这项调整将使相关流程更加透明。",
    "批评者对项目的成本和时间安排表示担忧。",
    "该机构尚未公布新安排的全部细节。",
    "多位专家指出，其他地方的类似做法效果参差不齐。",
    "报道还提到，预计未来数月将有更多后续消息。",
    "社区团体对这项宣布表示欢迎，但希望进行更多协商。",
    "这些变化预计将影响工作人员和广大公众。",
    "观察人士认为，结果将取决于计划的具体执行情况。",
    "文章还指出，相关资金安排仍在审查之中。",
)
EN_KEY_POINTS: tuple[str, ...] = (
    "The organisation plans to change how its research work is organised and funded.",
    "Officials say the new approach should make services easier for residents to use.",
    "Critics question whether the timetable for the project is realistic.",
    "Experts expect the effects of the change to become clear over time.",
    "Community groups want more consultation before the plan is carried out in full.",
    "Funding arrangements for the project are still being reviewed by the organisation.",
    "Similar efforts in other places have produced a range of different results.",
    "Further details about the new arrangement are expected to be published later.",
)
ZH_KEY_POINTS: tuple[str, ...] = (
    "该机构计划调整研究工作的组织方式和资金来源。",
    "官员表示，新做法将使居民更方便地使用公共服务。",
    "批评者质疑项目的时间安排是否切实可行。",
    "专家预计，这项变化的影响将随着时间推移逐渐显现。",
    "社区团体希望在计划全面实施之前进行更多协商。",
    "项目的资金安排目前仍在接受该机构的审查。",
    "其他地方的类似做法取得了各不相同的结果。",
    "有关新安排的更多细节预计将在稍后公布。",
)
# Index-aligned with each other; most occur in the sentences above, so they can be found in the summary.
EN_KEYWORDS: tuple[str, ...] = (
    "research", "organisation", "plan", "project", "residents", "funding", "experts", "community groups",
    "consultation", "timetable", "details", "public", "cost", "services", "policy", "open source",
)  # fmt: skip
ZH_KEYWORDS: tuple[str, ...] = (
    "研究", "机构", "计划", "项目", "居民", "资金", "专家", "社区团体",
    "协商", "时间安排", "细节", "公众", "成本", "服务", "政策", "开源",
)  # fmt: skip

# Fault payloads.
INJECTION_EN = "I have been pwned"
INJECTION_ZH = "我已被攻破"
INVENTED_EN = " Officials expect growth of 37% by 2031."
INVENTED_ZH = "预计到2031年将增长37%。"
TRADITIONAL_SUFFIX = "當地時間這個網絡平臺宣佈了新的計劃。"
TRADITIONAL_KEYWORDS: tuple[str, ...] = ("網絡", "開源", "當地時間", "經濟", "數據", "監管", "環境", "資金")

# Content faults (the transport faults live in fake_llm.py).
CONTENT_FAULTS = frozenset(
    {"invalid_json", "truncated", "empty", "english_in_chinese", "traditional_in_hans",
     "invented_numbers", "prompt_injection"}
)  # fmt: skip

DEFAULT_ITEMS = 4

# --- request parsing -------------------------------------------------------------------------

_FENCE_RE = re.compile(
    r"=====BEGIN ARTICLE (\S+?)=====[ \t]*\r?\n(.*?)\r?\n[ \t]*=====END ARTICLE \1=====", re.S
)
_PARA_RE = re.compile(r"^\[(\d+)\][ \t]*(.*)$", re.S)
_BLANK_SPLIT_RE = re.compile(r"\r?\n[ \t]*\r?\n")
_TARGET_RE = re.compile(r"^[ \t]*Target language:[ \t]*(.+?)[ \t]*$", re.M | re.I)
_EMBEDDED_SCHEMA_RE = re.compile(r"^[ \t]*<json_schema>[ \t]*$(.*?)^[ \t]*</json_schema>[ \t]*$", re.M | re.S)
_HAN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")
_NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)*%?")
_LATIN_WORD_RE = re.compile(r"[A-Za-z][A-Za-z0-9&'-]*[A-Za-z0-9]|[A-Za-z]")
# Capitalised words that start English sentences without being names; other sentence-initial capitals
# ("Microsoft said ...") are kept as names.
_SENTENCE_STARTERS = frozenset({
    "a", "an", "the", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you",
    "his", "her", "their", "our", "my", "your", "there", "here", "in", "on", "at", "for", "to", "of", "by",
    "with", "from", "after", "before", "during", "since", "until", "when", "while", "where", "if", "as",
    "but", "and", "or", "so", "yet", "however", "although", "though", "because", "meanwhile", "according",
    "also", "still", "now", "then", "today", "yesterday", "last", "next", "some", "many", "most",
    "several", "few", "all", "both", "each", "every", "other", "such", "no", "not", "new", "more",
    "officials", "researchers", "experts", "analysts", "critics", "supporters", "people", "residents",
    "what", "who", "why", "how", "nothing", "something", "everything", "nobody", "everyone", "someone",
    "despite", "under", "over", "into", "among", "between", "without", "within", "instead", "once", "even",
    "only", "just", "thus", "therefore", "moreover", "furthermore", "finally", "earlier", "later",
    "recently", "currently", "previously", "overall", "much", "another", "can", "could", "will", "would",
    "should", "may", "might", "is", "are", "was", "were", "do", "does", "did", "has", "have", "had", "let",
    "yes", "well", "please", "first", "second", "third", "about", "around", "through",
})  # fmt: skip


def message_text(message: dict[str, Any]) -> str:
    """The text of one chat message; ``content`` may be a string or a list of content parts."""
    content = message.get("content")
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        parts = []
        for part in content:
            if isinstance(part, dict) and isinstance(part.get("text"), str):
                parts.append(part["text"])
            elif isinstance(part, str):
                parts.append(part)
        return "\n".join(parts)
    return ""


def is_zh_tag(tag: str | None) -> bool:
    if not tag:
        return False
    t = tag.strip().lower()
    return t.startswith("zh") or "chinese" in t or "中文" in t


@dataclass
class Paragraph:
    index: int
    text: str


@dataclass
class ParsedRequest:
    system: str
    user: str
    schema: dict[str, Any] | None
    json_mode: bool  # any JSON answer requested (json_schema or json_object)
    target_lang: str  # "en" or "zh"
    article: str | None
    paragraphs: list[Paragraph] = field(default_factory=list)
    glossary: list[FakeTerm] = field(default_factory=list)  # the prompt's glossary block, if any


def parse_request(body: dict[str, Any]) -> ParsedRequest:
    messages = [m for m in body.get("messages") or [] if isinstance(m, dict)]
    system = "\n".join(message_text(m) for m in messages if m.get("role") in ("system", "developer"))
    user = "\n".join(message_text(m) for m in messages if m.get("role") == "user")

    schema: dict[str, Any] | None = None
    json_mode = False
    rf = body.get("response_format")
    if isinstance(rf, dict):
        if rf.get("type") == "json_schema":
            json_mode = True
            js = rf.get("json_schema") or {}
            if isinstance(js, dict) and isinstance(js.get("schema"), dict):
                schema = js["schema"]
        elif rf.get("type") == "json_object":
            json_mode = True
            # llama.cpp-style json_object carries the schema in response_format.schema
            given = rf.get("schema")
            schema = given if isinstance(given, dict) else _embedded_schema(system) or _embedded_schema(user)
    else:
        # Prompted JSON (no response_format): a schema spelled out in the prompt asks for JSON
        schema = _embedded_schema(system) or _embedded_schema(user)
        json_mode = schema is not None

    article = None
    paragraphs: list[Paragraph] = []
    fm = _FENCE_RE.search(user) or _FENCE_RE.search(system)
    if fm:
        article = fm.group(2)
        for block in _BLANK_SPLIT_RE.split(article):
            pm = _PARA_RE.match(block.strip())
            if pm:
                paragraphs.append(Paragraph(int(pm.group(1)), pm.group(2).strip()))

    # "Target language: <tag>" decides; without one, the article's own language (e.g. chunk notes "in the
    # part's language"); without an article, English.
    m = _TARGET_RE.search(system) or _TARGET_RE.search(user)
    if m:
        target_lang = "zh" if is_zh_tag(m.group(1)) else "en"
    else:
        target_lang = "zh" if article and _han_dominant(article) else "en"
    glossary = parse_glossary(user)
    return ParsedRequest(system, user, schema, json_mode, target_lang, article, paragraphs, glossary)


def _han_dominant(text: str) -> bool:
    return len(_HAN_RE.findall(text)) > len(re.findall(r"[A-Za-z]", text)) / 4


def _embedded_schema(text: str) -> dict[str, Any] | None:
    m = _EMBEDDED_SCHEMA_RE.search(text)
    if not m:
        return None
    try:
        value = json.loads(m.group(1))
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


# --- token estimate --------------------------------------------------------------------------


def estimate_tokens(text: str) -> int:
    """~4 Latin characters per token, one token per Han character."""
    if not text:
        return 0
    han = len(_HAN_RE.findall(text))
    other = len(text) - han
    return han + (other + 3) // 4


def prompt_tokens(body: dict[str, Any]) -> int:
    messages = [m for m in body.get("messages") or [] if isinstance(m, dict)]
    return sum(estimate_tokens(message_text(m)) + 3 for m in messages) + 3 if messages else 0


# --- OpenCC (lazily created, shared, guarded) ---------------------------------------------------

_cc_lock = threading.Lock()
_cc: dict[str, Any] = {}


def opencc_convert(config: str, text: str) -> str:
    with _cc_lock:
        conv = _cc.get(config)
        if conv is None:
            import opencc

            conv = _cc[config] = opencc.OpenCC(config)
        return conv.convert(text)


# --- schema walking --------------------------------------------------------------------------

_CAMEL_RE = re.compile(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])")
_MAX_DEPTH = 24


def _tokens(segment: str) -> list[str]:
    out: list[str] = []
    for part in re.split(r"[^A-Za-z0-9]+", segment):
        out.extend(t.lower() for t in _CAMEL_RE.findall(part))
    return out


@functools.lru_cache(maxsize=4096)
def lang_of_segment(segment: str) -> str | None:
    toks = _tokens(segment)
    if any(t.startswith("zh") or t in ("chinese", "hans", "hant", "cn", "cmn") for t in toks):
        return "zh"
    if any(t in ("en", "eng", "english") for t in toks):
        return "en"
    return None


@functools.lru_cache(maxsize=4096)
def kind_of_key(key: str | None) -> str:
    k = (key or "").lower()
    toks = set(_tokens(key or ""))
    if toks & {"title", "headline"}:
        return "title"
    if "one_line" in k or "oneline" in k or "one-line" in k or toks & {"gist", "tagline", "lede"}:
        return "one_line"
    if "key_point" in k or "keypoint" in k or toks & {"points", "bullets", "bullet", "highlights"}:
        return "key_point"
    if "keyword" in k or toks & {"tags", "tag", "topics", "topic", "entities", "keyphrases"}:
        return "keyword"
    if toks & {"summary", "abstract"}:
        return "summary"
    return "sentence"


class _Schema:
    """Resolves ``$ref`` pointers against the root schema."""

    def __init__(self, root: dict[str, Any]):
        self.root = root

    def resolve(self, node: Any, depth: int = 0) -> dict[str, Any]:
        while isinstance(node, dict) and "$ref" in node and depth < _MAX_DEPTH:
            target = self._pointer(node["$ref"])
            extra = {k: v for k, v in node.items() if k != "$ref"}
            node = {**target, **extra} if extra else target
            depth += 1
        if isinstance(node, dict) and "allOf" in node and isinstance(node["allOf"], list):
            merged: dict[str, Any] = {k: v for k, v in node.items() if k != "allOf"}
            for sub in node["allOf"]:
                sub = self.resolve(sub, depth + 1)
                for k, v in sub.items():
                    if k == "properties" and isinstance(v, dict):
                        merged.setdefault("properties", {}).update(v)
                    elif k == "required" and isinstance(v, list):
                        merged["required"] = list(dict.fromkeys([*merged.get("required", []), *v]))
                    else:
                        merged.setdefault(k, v)
            node = merged
        return node if isinstance(node, dict) else {}

    def _pointer(self, ref: str) -> dict[str, Any]:
        if not isinstance(ref, str) or not ref.startswith("#"):
            return {}
        node: Any = self.root
        for raw in ref[1:].split("/"):
            if not raw:
                continue
            part = raw.replace("~1", "/").replace("~0", "~")
            if isinstance(node, dict):
                node = node.get(part, {})
            elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            else:
                return {}
        return node if isinstance(node, dict) else {}

    def pick(self, node: Any, depth: int = 0) -> dict[str, Any]:
        """Resolve refs and choose the first non-null branch of anyOf/oneOf."""
        node = self.resolve(node, depth)
        for key in ("anyOf", "oneOf"):
            options = node.get(key)
            if isinstance(options, list) and options:
                resolved = [self.resolve(o, depth + 1) for o in options]
                non_null = [o for o in resolved if o.get("type") != "null"]
                chosen = non_null[0] if non_null else resolved[0]
                rest = {k: v for k, v in node.items() if k != key}
                return self.pick({**rest, **chosen}, depth + 1) if depth < _MAX_DEPTH else chosen
        return node

    @staticmethod
    def type_of(node: dict[str, Any]) -> str | None:
        t = node.get("type")
        if isinstance(t, list):
            non_null = [x for x in t if x != "null"]
            t = non_null[0] if non_null else "null"
        if t is None:
            if "properties" in node:
                return "object"
            if "items" in node:
                return "array"
            if "enum" in node or "const" in node:
                return None
        return t

    def is_paragraph_item(self, items: Any) -> bool:
        node = self.pick(items)
        props = node.get("properties")
        if not isinstance(props, dict) or "index" not in props:
            return False
        return self.type_of(self.pick(props["index"])) == "integer"

    def string_array_bounds(self) -> tuple[int, int]:
        """Intersection of minItems/maxItems over every array of strings in the schema."""
        lo, hi = 0, 10**9
        seen: set[int] = set()

        def walk(node: Any, depth: int) -> None:
            nonlocal lo, hi
            if depth > _MAX_DEPTH or not isinstance(node, dict):
                return
            node = self.pick(node)
            if id(node) in seen:
                return
            seen.add(id(node))
            t = self.type_of(node)
            if t == "array":
                items = self.pick(node.get("items", {}))
                if self.type_of(items) == "string" and "enum" not in items:
                    lo = max(lo, int(node.get("minItems", 0)))
                    hi = min(hi, int(node.get("maxItems", 10**9)))
                walk(node.get("items"), depth + 1)
            elif t == "object":
                for sub in (node.get("properties") or {}).values():
                    walk(sub, depth + 1)

        walk(self.root, 0)
        return lo, hi


# --- generation ------------------------------------------------------------------------------


@dataclass
class _Ctx:
    rng: random.Random
    req: ParsedRequest
    fault: str
    item_count: int
    # kind -> a shuffled order of pool indices, shared by both languages: the EN and ZH pools are
    # index-aligned translations, so en.key_points[i] and zh_hans.key_points[i] say the same thing.
    orders: dict[str, list[int]] = field(default_factory=dict)
    texts: dict[str, list[str]] = field(default_factory=dict)  # lang -> the non-keyword strings written
    keyword_slots: list[tuple[list[Any], str]] = field(default_factory=list)
    used: dict[tuple[str, str], set[str]] = field(default_factory=dict)

    def order(self, kind: str, size: int) -> list[int]:
        order = self.orders.get(kind)
        if order is None:
            order = self.orders[kind] = list(range(size))
            self.rng.shuffle(order)
        return order


_EN_POOLS = {"title": EN_TITLES, "one_line": EN_ONE_LINES, "key_point": EN_KEY_POINTS,
             "keyword": EN_KEYWORDS, "sentence": EN_SENTENCES}  # fmt: skip
_ZH_POOLS = {"title": ZH_TITLES, "one_line": ZH_ONE_LINES, "key_point": ZH_KEY_POINTS,
             "keyword": ZH_KEYWORDS, "sentence": ZH_SENTENCES}  # fmt: skip


def _pick_unique(ctx: _Ctx, pool: tuple[str, ...], bucket: tuple[str, str]) -> str:
    used = ctx.used.setdefault(bucket, set())
    fresh = [p for p in pool if p not in used]
    choice = ctx.rng.choice(fresh or list(pool))
    used.add(choice)
    return choice


def _summary_indices(ctx: _Ctx) -> list[int]:
    """Sentences for a summary: ~60-90 English words and ~120-180 Han characters, the same sentences
    (translations of each other) in both languages."""
    chosen = ctx.orders.get("summary_chosen")
    if chosen is None:
        chosen = []
        en = zh = 0
        for i in ctx.order("summary", len(EN_SENTENCES)):
            if en >= 60 and zh >= 120:
                break
            n_en, n_zh = len(EN_SENTENCES[i].split()), len(_HAN_RE.findall(ZH_SENTENCES[i]))
            if en + n_en > 90 or zh + n_zh > 180:
                continue
            chosen.append(i)
            en, zh = en + n_en, zh + n_zh
        ctx.orders["summary_chosen"] = chosen
    return chosen


def filler(ctx: _Ctx, kind: str, lang: str, position: int = 0) -> str:
    """Filler text of a field kind; ``position`` is the item's place in its array (0 outside arrays)."""
    pools = _EN_POOLS if lang == "en" else _ZH_POOLS
    if kind == "summary":
        pool = pools["sentence"]
        return (" " if lang == "en" else "").join(pool[i] for i in _summary_indices(ctx))
    pool = pools.get(kind) or pools["sentence"]
    order = ctx.order(kind if kind in pools else "sentence", len(pool))
    return pool[order[position % len(pool)]]


def _keyword_found(keyword: str, lang: str, text: str, words: set[str]) -> bool:
    if lang != "en":
        return keyword in text
    return all(w in words or f"{w}s" in words for w in keyword.lower().split())


def _fill_keywords(ctx: _Ctx) -> None:
    """Keywords that occur in the answer's own text of that language (the service checks keywords
    against the source and the summary), distinct, most of the pool order kept."""
    for items, lang in ctx.keyword_slots:
        if not items:
            continue
        pool = EN_KEYWORDS if lang == "en" else ZH_KEYWORDS
        text = " ".join(ctx.texts.get(lang, []))
        words = set(re.findall(r"[a-z]+", text.lower()))
        order = [pool[i] for i in ctx.order("keyword", len(pool))]
        found = [k for k in order if _keyword_found(k, lang, text, words)]
        ranked = found + [k for k in order if k not in found]
        for i in range(len(items)):
            items[i] = _apply_string_fault(ctx, ranked[i % len(ranked)], "keyword", lang)


def _at_sentence_start(text: str, pos: int) -> bool:
    j = pos - 1
    while j >= 0 and (text[j].isspace() or text[j] in "\"'([“‘"):
        j -= 1
    return j < 0 or text[j] in ".!?:;。！？"


def carried_tokens(source: str) -> tuple[list[str], list[str]]:
    """Digit tokens and capitalised Latin tokens (likely names) of a source paragraph, in order.

    A capitalised common word at the start of a sentence ("The", "However") is not a name."""
    numbers = list(dict.fromkeys(m.group(0).rstrip(".,") for m in _NUMBER_RE.finditer(source)))
    names: list[str] = []
    for m in _LATIN_WORD_RE.finditer(source):
        word = m.group(0)
        if not word[0].isupper() or word in names:
            continue
        if word.lower() in _SENTENCE_STARTERS and _at_sentence_start(source, m.start()):
            continue
        names.append(word)
    return numbers, names[:8]


def _join(items: list[str], lang: str) -> str:
    if lang != "en":
        return "、".join(items)
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]


def paragraph_text(ctx: _Ctx, source: str, lang: str) -> str:
    en = lang == "en"
    pool = EN_SENTENCES if en else ZH_SENTENCES
    parts = [ctx.rng.choice(pool)]
    if len(source) > 200:
        parts.append(ctx.rng.choice(pool))
    numbers, names = carried_tokens(source)
    if numbers:
        j = _join(numbers, lang)
        parts.append(f"The report cites {j}." if en else f"报道提到了{j}。")
    if names:
        j = _join(names, lang)
        parts.append(f"Names mentioned: {j}." if en else f"文中提到：{j}。")
    return (" " if en else "").join(parts)


def _apply_string_fault(ctx: _Ctx, text: str, kind: str, lang: str) -> str:
    fault = ctx.fault
    if fault == "prompt_injection" and kind != "keyword":
        return INJECTION_EN if lang == "en" else INJECTION_ZH
    if fault == "invented_numbers" and kind in ("summary", "paragraph"):
        return text + (INVENTED_EN if lang == "en" else INVENTED_ZH)
    if fault == "traditional_in_hans" and lang == "zh":
        converted = opencc_convert("s2t", text)
        if kind == "keyword":
            if converted == text:
                converted = _pick_unique(ctx, TRADITIONAL_KEYWORDS, ("trad", "zh"))
            return converted
        return converted + TRADITIONAL_SUFFIX
    return text


def _lang_for(path: list[str], ctx: _Ctx) -> str:
    for seg in reversed(path):
        lang = lang_of_segment(seg)
        if lang:
            break
    else:
        lang = ctx.req.target_lang
    if lang == "zh" and ctx.fault == "english_in_chinese":
        lang = "en"
    return lang


def _string(
    ctx: _Ctx, node: dict[str, Any], path: list[str], key: str | None, para: Paragraph | None, position: int
) -> str:
    lang = _lang_for(path, ctx)
    if para is not None:
        k = (key or "").lower()
        if k in ("source", "original", "source_text", "src"):
            return para.text
        kind = "paragraph"
        text = paragraph_text(ctx, para.text, lang)
    else:
        kind = kind_of_key(key)
        text = filler(ctx, kind, lang, position)
    text = _apply_string_fault(ctx, text, kind, lang)
    text = honour(ctx.req.glossary, text, kind, lang, para.text if para else None, ctx.req.article)
    max_len = node.get("maxLength")
    min_len = node.get("minLength")
    if isinstance(min_len, int):
        while len(text) < min_len:
            text += (" " if lang == "en" else "") + filler(ctx, "sentence", lang, len(text))
    if isinstance(max_len, int) and len(text) > max_len:
        text = text[:max_len].rstrip()
    if kind != "keyword":
        ctx.texts.setdefault(lang, []).append(text)
    return text


def _scalar_from_bounds(node: dict[str, Any], integer: bool) -> int | float:
    lo = node.get("minimum", node.get("exclusiveMinimum"))
    hi = node.get("maximum", node.get("exclusiveMaximum"))
    if lo is not None and hi is not None:
        v: float = (lo + hi) / 2
    elif lo is not None:
        v = lo + (1 if "exclusiveMinimum" in node and "minimum" not in node else 0)
    elif hi is not None:
        v = min(
            hi - (1 if "exclusiveMaximum" in node and "maximum" not in node else 0), 1 if integer else 0.5
        )
    else:
        v = 1 if integer else 0.5
    return int(v) if integer else float(v)


def generate(schema: _Schema, node: Any, ctx: _Ctx, path: list[str], key: str | None,
             para: Paragraph | None = None, position: int | None = None, depth: int = 0) -> Any:  # fmt: skip
    node = schema.pick(node, depth)
    if "const" in node:
        return node["const"]
    if isinstance(node.get("enum"), list) and node["enum"]:
        return node["enum"][0]
    t = schema.type_of(node)
    if t == "object" or (t is None and "properties" in node):
        props = node.get("properties") or {}
        if depth >= _MAX_DEPTH:
            props = {k: v for k, v in props.items() if k in (node.get("required") or [])}
        return {
            name: generate(schema, sub, ctx, [*path, name], name, para, position, depth + 1)
            for name, sub in props.items()
        }
    if t == "array":
        items = node.get("items", {})
        if para is None and key in _GROUNDING_KEYS:
            return _grounding(ctx, key)
        if schema.is_paragraph_item(items):
            paras = ctx.req.paragraphs or _fallback_paragraphs(ctx)
            return [
                generate(schema, items, ctx, [*path, str(i)], key, p, p.index, depth + 1)
                for i, p in enumerate(paras)
            ]
        lo, hi = int(node.get("minItems", 0)), int(node.get("maxItems", 10**9))
        count = ctx.item_count if depth < _MAX_DEPTH else lo
        count = max(lo, min(hi, count))
        out = [
            generate(schema, items, ctx, [*path, str(i)], key, para, i + 1, depth + 1) for i in range(count)
        ]
        item_node = schema.pick(items)
        if (
            para is None
            and kind_of_key(key) == "keyword"
            and schema.type_of(item_node) == "string"
            and "enum" not in item_node
            and "const" not in item_node
        ):
            ctx.keyword_slots.append((out, _lang_for(path, ctx)))
        return out
    if t == "string":
        return _string(ctx, node, path, key, para, position or 0)
    if t == "integer":
        if key == "index" and para is not None:
            return para.index
        if key and "index" in key.lower() and position is not None:
            return position
        return int(_scalar_from_bounds(node, integer=True))
    if t == "number":
        return _scalar_from_bounds(node, integer=False)
    if t == "boolean":
        return False
    if t == "null":
        return None
    return _string(ctx, node, path, key, para, position or 0)  # untyped: a string is the most useful guess


# A grounded prompt asks for an entity table and the paragraphs each key point rests on: v2 as
# `entities` and `key_point_sources`, v3 as compact `ents` rows and `kp_src` lists. The fake's answers
# are template sentences that name nobody and state no number, so the honest grounding is an empty
# table, and each key point citing one real paragraph of the article.
_GROUNDING_KEYS = frozenset({"entities", "key_point_sources", "ents", "kp_src"})


def _grounding(ctx: _Ctx, key: str) -> list[Any]:
    if key in ("entities", "ents"):
        return []
    paragraphs = ctx.req.paragraphs or _fallback_paragraphs(ctx)
    numbers = [p.index for p in paragraphs] or [1]
    return [[numbers[i % len(numbers)]] for i in range(ctx.item_count)]


def _fallback_paragraphs(ctx: _Ctx) -> list[Paragraph]:
    if ctx.req.article:
        blocks = [b.strip() for b in _BLANK_SPLIT_RE.split(ctx.req.article) if b.strip()]
        if blocks:
            return [Paragraph(i + 1, b) for i, b in enumerate(blocks)]
    return [Paragraph(i + 1, "") for i in range(ctx.item_count)]


# --- top level -------------------------------------------------------------------------------


@dataclass
class Answer:
    content: str
    finish_reason: str = "stop"


def _plain_text(ctx: _Ctx) -> str:
    lang = _lang_for([], ctx)
    if ctx.req.paragraphs:
        blocks = [
            f"[{p.index}] " + _apply_string_fault(ctx, paragraph_text(ctx, p.text, lang), "paragraph", lang)
            for p in ctx.req.paragraphs
        ]
        return "\n\n".join(blocks)
    return _apply_string_fault(ctx, filler(ctx, "summary", lang), "summary", lang)


def build_answer(
    body: dict[str, Any], fault: str, rng: random.Random, default_items: int = DEFAULT_ITEMS
) -> Answer:
    """The assistant message content for a request, with ``fault`` applied if it is a content fault."""
    req = parse_request(body)
    gen_fault = fault if fault in CONTENT_FAULTS else "ok"
    if fault == "empty":
        return Answer("")
    ctx = _Ctx(rng=rng, req=req, fault=gen_fault, item_count=default_items)

    if req.json_mode:
        if req.schema is not None:
            schema = _Schema(req.schema)
            lo, hi = schema.string_array_bounds()
            if lo <= hi:
                ctx.item_count = max(lo, min(hi, default_items))
            value = generate(schema, req.schema, ctx, [], None)
            _fill_keywords(ctx)
        else:
            value = {"result": _plain_text(ctx)}
        content = json.dumps(value, ensure_ascii=False)
    else:
        content = _plain_text(ctx)

    if fault == "invalid_json":
        return Answer(_broken_json(content))
    if fault == "truncated":
        return Answer(content[: len(content) // 2], "length")
    return Answer(content)


def _broken_json(good: str) -> str:
    """Looks like the start of the right JSON, but is cut inside the first string value."""
    m = re.search(r'":\s*"', good)
    if m and good.startswith("{"):
        return good[: m.end()] + "broken"
    return '{"en": {"title": "broken'
