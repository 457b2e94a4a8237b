"""Input validation and article normalisation: bytes/HTML/markdown in, clean paragraphs out.

`normalize()` runs small steps in a fixed order; each step is its own function with the reason it exists:

1. HTML -> article text (trafilatura; lxml fallback), title from og:title / <h1> / <title>.
2. ftfy repairs mojibake it can prove (UTF-8 read as Latin-1/cp1252...), configured so it never touches
   full-width CJK punctuation or curly quotes.
3. Ruby pinyin glosses such as ``當(dāng)地`` are removed.
4. Markdown / Obsidian markup is reduced to its text.
5. Whitespace and full-width letters/digits are normalised.
6. Page chrome lines (share widgets, ads, breadcrumbs, headline lists, AI disclaimers...) are dropped.
7. Chinese punctuation is tidied (ASCII ,:;?!() next to Han become full width; spaces inside Chinese
   go away).
8. Mojibake that could not be repaired is *flagged* with its span, never silently passed on.
9. OpenCC t2s gives the Simplified working copy; `text` keeps the original script.

Paragraphs are lines: the cleaned article has one paragraph per line (as news pages do), joined by a
blank line in `text`.
"""

from __future__ import annotations

import re
import unicodedata

import ftfy
import pydantic

from service.errors import BinaryInputError, EmptyInputError, EncodingError, InputTooLargeError
from service.schemas import MojibakeSpan
from service.text.chinese import converter
from service.text.detect import KANA_SHARE_JA
from service.text.scripts import CJK_COMPAT, HAN, HANGUL, KANA, count_scripts, is_hangul, is_kana

# Built once per process: loading OpenCC dictionaries costs milliseconds per converter.
_T2S = converter("t2s")

_HAN_CHAR = re.compile(f"[{HAN}]")
# Chinese full-width punctuation that Chinese text hugs without spaces.
_CJK_PUNCT = "，。：；！？、（）「」『』【】《》〈〉…—"


class NormalizedText(pydantic.BaseModel):
    original: str
    text: str
    paragraphs: list[str]
    simplified: str
    simplified_paragraphs: list[str]
    title: str | None = None
    mojibake: list[MojibakeSpan] = pydantic.Field(default_factory=list)
    repaired: bool = False
    removed_lines: int = 0


# --- decoding and validation -----------------------------------------------------------------------

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (docx/xlsx/epub...)"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"PK\x07\x08", "ZIP archive"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"\x1f\x8b", "gzip data"),
    (b"BZh91AY&SY", "bzip2 data"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x7fELF", "ELF executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office document"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"OggS", "Ogg media"),
    (b"fLaC", "FLAC audio"),
    (b"\x00\x00\x01\x00", "icon"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
)
_UTF16_32_BOMS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")
# C0 controls other than tab/newline/carriage return/form feed, plus DEL. C1 controls (U+0080-U+009F) are
# not counted: they are what UTF-8 read as Latin-1 looks like, which ftfy repairs.
_CONTROL_BYTES = frozenset(set(range(0x00, 0x09)) | {0x0B} | set(range(0x0E, 0x20)) | {0x7F})
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_CONTROL_SHARE_LIMIT = 0.10


def decode_bytes(data: bytes) -> str:
    """UTF-8 bytes -> str. Binary files are refused as such rather than reported as bad encoding."""
    head = data[:32]
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            raise BinaryInputError(f"input is binary ({kind}), not text", detail={"kind": kind})
    if head.startswith(_UTF16_32_BOMS):
        raise EncodingError("input is UTF-16/UTF-32 (byte-order mark found); send UTF-8 text")
    if b"\x00" in data:
        raise BinaryInputError("input contains NUL bytes: it is binary, not text")
    if data:
        controls = sum(1 for byte in data if byte in _CONTROL_BYTES)
        if controls / len(data) > _CONTROL_SHARE_LIMIT:
            raise BinaryInputError(
                f"input is binary: {controls} of {len(data)} bytes are control characters",
                detail={"control_bytes": controls, "bytes": len(data)},
            )
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise EncodingError(
            f"input is not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); send UTF-8 text",
            detail={"offset": exc.start},
        ) from None


def validate_text(text: str, *, max_chars: int) -> None:
    if not text or not text.strip():
        raise EmptyInputError("input is empty")
    if len(text) > max_chars:
        raise InputTooLargeError(
            f"input is {len(text)} characters; the limit is {max_chars} characters",
            detail={"limit": max_chars, "actual": len(text)},
        )
    surrogate = _SURROGATE.search(text)
    if surrogate:
        raise EncodingError(
            f"input contains a lone surrogate (U+{ord(surrogate.group()):04X}) at offset {surrogate.start()}",
            detail={"offset": surrogate.start()},
        )
    if "\x00" in text:
        raise BinaryInputError("input contains NUL characters: it is binary, not text")
    controls = sum(1 for _ in _CONTROL_CHARS.finditer(text))
    if controls / len(text) > _CONTROL_SHARE_LIMIT:
        raise BinaryInputError(
            f"input is binary: {controls} of {len(text)} characters are control characters",
            detail={"control_chars": controls, "chars": len(text)},
        )


# --- 1. HTML ----------------------------------------------------------------------------------------

_HTML_DOC = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)
_HTML_TAG = re.compile(
    r"</?(?:p|div|span|a|br|h[1-6]|article|section|main|li|ul|ol|table|tr|td|meta|title|script|style|img|"
    r"header|footer|nav|aside|strong|em|b|i|blockquote|figure|figcaption)\b[^<>]*>",
    re.IGNORECASE,
)
# Removed before the lxml fallback reads the body: never article text.
_NON_CONTENT_TAGS = (
    "script",
    "style",
    "noscript",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "iframe",
    "svg",
    "template",
    "button",
    "select",
)
_BLOCK_TAGS = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "article", "section", "main"}
    | {"blockquote", "figure", "figcaption", "tr", "table", "dd", "dt", "dl", "pre", "hr"}
)
# Share buttons, related-story rails, comment boxes: pruned before trafilatura looks at the page.
_PRUNE_XPATH = [
    "//*[contains(@class,'share') or contains(@id,'share')]",
    "//*[contains(@class,'related') or contains(@id,'related')]",
    "//*[contains(@class,'recommend') or contains(@id,'recommend')]",
    "//*[contains(@class,'comment') or contains(@id,'comment')]",
    "//*[contains(@class,'breadcrumb')]",
]


def looks_like_html(text: str) -> bool:
    """A document (doctype/html/head/body) or at least three common tags in the first 20k characters."""
    head = text[:20000]
    if _HTML_DOC.search(head):
        return True
    return len(_HTML_TAG.findall(head)) >= 3


def _parse_html(html: str):  # -> lxml.html.HtmlElement | None
    import lxml.etree
    import lxml.html

    # lxml refuses str input that carries an XML encoding declaration.
    html = re.sub(r"^\s*<\?xml[^>]*>", "", html)
    try:
        return lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return None


def _clean_inline(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def extract_title(html: str) -> str | None:
    """og:title, else the first <h1>, else <title>: the headline, without the site name when possible."""
    doc = _parse_html(html)
    if doc is None:
        return None
    candidates = [
        *doc.xpath("//meta[@property='og:title' or @name='og:title']/@content"),
        *(h1.text_content() for h1 in doc.xpath("//h1")),
        *(title.text_content() for title in doc.xpath("//title")),
    ]
    for candidate in candidates:
        cleaned = _clean_inline(str(candidate))
        if cleaned:
            return cleaned
    return None


def _fallback_body_text(html: str) -> str:
    """Text of <body> minus script/style/nav/header/footer/aside, one block element per line."""
    import lxml.etree

    doc = _parse_html(html)
    if doc is None:
        return ""
    lxml.etree.strip_elements(doc, *_NON_CONTENT_TAGS, lxml.etree.Comment, with_tail=False)
    for element in doc.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCK_TAGS:
            element.tail = "\n" + (element.tail or "")
            if element.tag.lower() == "br":
                continue
            element.text = "\n" + (element.text or "")
    body = doc.find(".//body")
    return (body if body is not None else doc).text_content()


# Characters XML cannot hold: lxml refuses to build or modify a tree that contains them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def extract_html(html: str) -> tuple[str, str | None]:
    """Article text of an HTML page (trafilatura, which drops boilerplate) and its title."""
    import trafilatura  # imported lazily: it is heavy and plain-text requests never need it

    html = _NOT_XML.sub(" ", html)

    text = trafilatura.extract(
        html,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        favor_recall=True,
        output_format="txt",
        with_metadata=False,
        deduplicate=False,
        prune_xpath=_PRUNE_XPATH,
    )
    if not text or not text.strip():
        text = _fallback_body_text(html)
    return text, extract_title(html)


# --- 2. ftfy ---------------------------------------------------------------------------------------

# fix_character_width would turn ，（？ into ,(? and uncurl_quotes would turn “” into "": both wreck
# Chinese typography. NFC (never NFKC) keeps full-width punctuation as it is.
_FTFY_CONFIG = ftfy.TextFixerConfig(
    uncurl_quotes=False, fix_character_width=False, normalization="NFC", explain=False
)


def unify_newlines(text: str) -> str:
    """CRLF / CR / Unicode line and paragraph separators -> \\n, so every later step sees one convention."""
    return re.sub(r"\r\n?|[\u2028\u2029\x85]", "\n", text)


# Lines made only of these characters are left exactly as they are by every ftfy fixer we run: no
# character a legacy single-byte decoding produces for a UTF-8 lead byte (mojibake always holds one: read
# as Latin-1/cp1252/cp1251/MacRoman... it is a non-ASCII Latin, Cyrillic or Greek letter or sign; the
# curly quotes, dashes, …, · and NBSP kept here are continuation bytes there, or no valid UTF-8 in
# MacRoman), no '&' (HTML entities), no control, C1, surrogate, ligature or line-break character, and all
# of them NFC-stable (the ideographic tone marks U+302A-302F, which NFC may reorder, are left out). Most lines
# of an article are like that, and ftfy's fixers cost as much on a line they leave alone.
_FTFY_NOT_NEEDED = re.compile(
    "[\t\n\x20-\x25\x27-\x7e\u3000-\u3029\u3030-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff5e"
    "\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u00a0\u00b7\u30fb]*"
)

_NEWLINE_SEGMENT = re.compile(r"[^\n]*\n|[^\n]+")


def repair_mojibake(text: str) -> tuple[str, bool]:
    """ftfy fixes mojibake it can decode with certainty (UTF-8 read as cp1252...). Returns (text, changed).

    Same result as ``ftfy.fix_text(text, _FTFY_CONFIG)``: the same line segments, the same rule that a
    ``<`` turns HTML unescaping off for the rest of the text; only the lines that cannot change skip it."""
    if _FTFY_NOT_NEEDED.fullmatch(text):
        return text, False
    config = _FTFY_CONFIG
    out = []
    for segment in _NEWLINE_SEGMENT.findall(text):  # ftfy's segments: up to and including each "\n"
        if config.unescape_html == "auto" and "<" in segment:
            config = config._replace(unescape_html=False)
        if not _FTFY_NOT_NEEDED.fullmatch(segment):
            segment = ftfy.fix_and_explain(segment, config).text
        out.append(segment)
    fixed = "".join(out)
    return fixed, fixed != text


# --- 3. ruby pinyin --------------------------------------------------------------------------------

_TONE_MARKS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_PINYIN = f"a-zü{_TONE_MARKS}"
# Neutral-tone syllables carry no tone mark but are still glosses.
_NEUTRAL_SYLLABLES = frozenset({"de", "le", "me", "men", "ma", "ne", "zi", "ba", "zhe", "ge"})
_RUBY = re.compile(rf"(?<=[{HAN}])[(（]([{_PINYIN}]{{1,6}}[1-5]?)[)）]")
# Mojibake can eat the character a gloss belonged to ("貢r(shí)"); a syllable carrying a tone mark is
# still unmistakably a gloss when it sits glued to other text in a line of Chinese.
_ORPHAN_RUBY = re.compile(rf"(?<=\S)[(（]([{_PINYIN}]{{1,6}})[)）]")
_HAN_CHAR = re.compile(rf"[{HAN}]")


def _is_pinyin_gloss(syllable: str) -> bool:
    return (
        any(ch in _TONE_MARKS for ch in syllable) or syllable[-1].isdigit() or syllable in _NEUTRAL_SYLLABLES
    )


def remove_ruby(line: str) -> str:
    """``當(dāng)地`` -> ``當地``: pages that print pinyin after each character would otherwise feed the
    model Latin noise. Only lowercase pinyin syllables (tone mark, tone digit or a neutral syllable) right
    after a Han character go; ``(MSL)``, ``(AI)``, ``(Alexandr Wang)`` stay."""
    if "(" not in line and "（" not in line:
        return line
    line = _RUBY.sub(lambda m: "" if _is_pinyin_gloss(m.group(1)) else m.group(0), line)
    if _HAN_CHAR.search(line):
        line = _ORPHAN_RUBY.sub(
            lambda m: "" if any(ch in _TONE_MARKS for ch in m.group(1)) else m.group(0), line
        )
    return line


# --- 4. markdown / Obsidian ------------------------------------------------------------------------

_WIKI_EMBED = re.compile(r"!\[\[[^\[\]\n]*\]\]")
_WIKI_LINK = re.compile(r"\[\[([^\[\]|\n]*)(?:\|([^\[\]\n]*))?\]\]")
_BLOCKQUOTE = re.compile(r"^(?:>\s?)+")
_HEADING = re.compile(r"^#{1,6}\s+(.*?)(?:\s+#+)?$")
_RULE = re.compile(r"^[-–—_*=~•·\s]+$")
_BULLET = re.compile(r"^(?:[-*+•]\s+)+")


def _wiki_text(match: re.Match[str]) -> str:
    alias = match.group(2)
    return (alias if alias is not None else match.group(1).replace("#", " ")).strip()


def strip_markup(line: str) -> str:
    """Markdown and Obsidian syntax -> its visible text (seed articles come from notes and .md exports).
    A line that is only a rule (``-----``, ``-``) becomes empty."""
    line = line.strip()
    if not line:
        return ""
    line = _BLOCKQUOTE.sub("", line).strip()
    heading = _HEADING.match(line)
    if heading:
        line = heading.group(1)
    if _RULE.match(line):
        return ""
    line = _BULLET.sub("", line)
    if "[[" in line:
        line = _WIKI_LINK.sub(_wiki_text, _WIKI_EMBED.sub("", line)).strip()
    return line


# --- 5. whitespace and width -----------------------------------------------------------------------

_SPACES = re.compile(r"[ \t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
# Zero-width space, word joiner, BOM. ZWJ/ZWNJ stay: emoji and some scripts need them.
_ZERO_WIDTH = re.compile(r"[\u200b\u2060\ufeff]")
# Bidirectional embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI): invisible, and
# an override makes text display in another order than it is stored ("Trojan Source"): an editor would
# approve what they did not read. English and Chinese never need them; LRM/RLM marks stay (harmless).
_BIDI_CONTROLS = re.compile(r"[\u202a-\u202e\u2066-\u2069]")
# Full-width digits and Latin letters (ＡＢＣ１２３) -> ASCII. Full-width punctuation is left alone.
_FULLWIDTH_ALNUM = {
    **{cp: cp - 0xFEE0 for cp in range(0xFF10, 0xFF1A)},
    **{cp: cp - 0xFEE0 for cp in range(0xFF21, 0xFF3B)},
    **{cp: cp - 0xFEE0 for cp in range(0xFF41, 0xFF5B)},
}


def normalize_whitespace(line: str) -> str:
    """One space between words, none at the ends; full-width letters/digits become ASCII so that
    dates, numbers and names match however the page typed them."""
    line = _BIDI_CONTROLS.sub("", _ZERO_WIDTH.sub("", line)).translate(_FULLWIDTH_ALNUM)
    return _SPACES.sub(" ", line).strip()


def clean_title(title: str) -> str:
    """A caller-supplied title: no bidi controls or stray whitespace (it is shown to editors too)."""
    return normalize_whitespace(title)


# --- 6. page chrome ----------------------------------------------------------------------------------

# Patterns are matched against the line converted to Simplified and lower-cased, so one pattern covers
# 相关推荐 / 相關推薦 and Share / share.
_PERIOD_END = re.compile(r"[。.][”’\"'）)」』】]*$")
_SENTENCE_END = re.compile(r"[。！？!?.…][”’\"'）)」』】]*$")

# Strong: dropped even when they read like a sentence.
_AI_DISCLAIMER = re.compile(
    r"^(免责声明|disclaimer)\s*[:：]|(以上|本文|该|此)(内容|文章)?\s*由\s*ai\s*(生成|撰写|创作)"
    r"|generated by ai|ai[- ]generated (content|text)"
)
_COPYRIGHT = re.compile(
    r"未经.{0,6}(授权|许可|允许|同意).{0,4}(不得|禁止|严禁|请勿).{0,6}转载|转载请注明|版权所有|版权声明"
    r"|^©|^copyright\b|all rights reserved"
)
# Weak: dropped only when the line is short and not a real sentence.
_CHROME_EXACT = re.compile(
    r"^(广告|推广|赞助|advertisement|advertising|sponsored|ad|更多|查看更多|阅读更多|展开全文|收起|返回顶部"
    r"|文章目录|目录|标签列表|标签|tags?|分享|share|评论|comments?|登录|注册|subscribe|sign up|log in|sign in"
    r"|related|read more|打开app)\s*[:：]?$"
)
_CHROME_CONTAINS = re.compile(
    r"分享到|分享至|点击查看|点击阅读|查看原文|阅读原文|返回搜狐|扫码|扫一扫|长按识别|关注公众号|关注我们"
    r"|责任编辑|相关推荐|相关阅读|推荐阅读|延伸阅读|猜你喜欢|热门推荐|下载app|打开app"
    r"|share this|share on|^share\s*[:：]|follow us|subscribe to|sign up for|newsletter|advertisement"
    r"|download the app|^tags?\s*[:：]|^标签\s*[:：]"
)
# A heading that starts a list of other stories: everything short after it is chrome too.
_LIST_HEADING = re.compile(
    r"^(相关推荐|相关阅读|相关文章|相关新闻|推荐阅读|延伸阅读|热门推荐|热门文章|猜你喜欢|最新闻|最新资讯|最新文章"
    r"|热点新闻|热门新闻|更多新闻|related( articles| stories| posts| news| content)?|more (stories|news)"
    r"|you may also like|recommended( for you)?|trending|most read|latest news)\b"
)
_BREADCRUMB = re.compile(r"^(首页|home)(\s*[>›»/|]\s*|\s+)\S|^[^>›»\s]{1,12}(\s*[>›»]\s*[^>›»]{1,30}){2,}$")
_TIME_AGO = re.compile(
    r"\b\d+\s*(s|m|h|d|w|mo|y|min|mins|hr|hrs|hours?|days?|weeks?|months?|years?)\s+ago\b"
    r"|\d+\s*(秒|分钟|小时|天|周|个月|年)前|^(updated|published|posted)\b|更新于|发布于|发表于"
)
_NUMBER_ONLY = re.compile(r"^[\d,.]+\s*[万千kmw+]?$")
_LABEL_COUNT = re.compile(r"^[^\d\s]{1,10}\s+\d{1,7}$")
_COUNT_LABEL = re.compile(
    r"^\d+\s*(阅读|评论|赞|点赞|收藏|转发|浏览|views?|likes?|comments?|shares?|reads?)$"
)
_DATE = re.compile(
    r"\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b"
    r"|\b\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{4}\b"
)
_SHORT = 80  # a line longer than this is never list/menu chrome by the weak rules


def _is_real_sentence(line: str) -> bool:
    """Never dropped by the weak rules: a long line that ends like a sentence, or any line ending in a
    period that is more than a fragment."""
    if len(line) >= 40 and _SENTENCE_END.search(line):
        return True
    return len(line) >= 15 and bool(_PERIOD_END.search(line))


def _is_tag_line(line: str) -> bool:
    """``开源 开源 大模型 大模型 研究 研究``: a row of keyword chips."""
    tokens = line.split()
    if len(tokens) < 3 or any(len(token) > 8 for token in tokens) or re.search(r"[,.;:!?，。；：！？]", line):
        return False
    duplicated = len(set(tokens)) < len(tokens)
    all_han = all(_HAN_CHAR.search(token) for token in tokens)
    return duplicated or (all_han and len(tokens) >= 4)


def _chrome_reason(line: str, key: str) -> str | None:
    """Why a single line is page chrome (None: it is not). `key` is the line in Simplified, lower case."""
    if len(line) <= 300 and _AI_DISCLAIMER.search(key):
        return "ai-disclaimer"
    if len(line) <= 200 and _COPYRIGHT.search(key):
        return "copyright"
    if _is_real_sentence(line) or len(line) > _SHORT:
        return None
    if _CHROME_EXACT.match(key) or (len(line) <= 40 and _CHROME_CONTAINS.search(key)):
        return "widget"
    if len(line) <= 30 and _LIST_HEADING.match(key):
        return "list-heading"
    if len(line) <= 60 and _BREADCRUMB.match(key):
        return "breadcrumb"
    if _TIME_AGO.search(key):
        return "metadata"
    if _NUMBER_ONLY.match(key) or _LABEL_COUNT.match(key) or _COUNT_LABEL.match(key):
        return "counter"
    if _is_tag_line(line):
        return "tags"
    return None


def _is_score_label(line: str) -> bool:
    """``Hot 热度`` under a dropped ``60``: the caption of a counter widget."""
    return len(line) <= 20 and len(line.split()) <= 2 and not re.search(r"[\d,.;:!?，。；：！？]", line)


def _simplified_lower(lines: list[str]) -> list[str]:
    converted = _T2S.convert("\n".join(lines)).lower().split("\n")
    if len(converted) != len(lines):  # pragma: no cover - OpenCC keeps newlines; defensive
        converted = [_T2S.convert(line).lower() for line in lines]
    return converted


def drop_page_chrome(lines: list[str]) -> list[str]:
    """Lines of the page that are not the article: share widgets, ads, breadcrumbs, counters, tag rows,
    time-ago metadata, AI disclaimers, lists of dated headlines and anything short after a "related
    stories" heading. Conservative: a real sentence is kept unless it is a disclaimer/copyright line.
    Dropped lines become empty strings (so indices stay aligned)."""
    keys = _simplified_lower(lines)
    out = list(lines)
    previous_counter = False
    in_list = False
    for i, (line, key) in enumerate(zip(lines, keys, strict=True)):
        if not line:
            continue
        reason = _chrome_reason(line, key)
        if reason is None and previous_counter and _is_score_label(line):
            reason = "counter-label"
        if reason is None and in_list:
            if _is_real_sentence(line) or len(line) > _SHORT:
                in_list = False
            else:
                reason = "list-item"
        if reason == "list-heading" or (reason == "widget" and _LIST_HEADING.match(key)):
            in_list = True
        previous_counter = reason == "counter"
        if reason:
            out[i] = ""
    _drop_dated_headline_lists(out, keys)
    return out


def _drop_dated_headline_lists(lines: list[str], keys: list[str]) -> None:
    """A run of short non-sentence lines in which >= 3 lines carry a date (and dates make up at least a
    third of the stretch between the first and the last of them) is a "more stories" list."""
    group: list[int] = []

    def flush() -> None:
        dated = [i for i in group if _DATE.search(keys[i])]
        if len(dated) >= 3:
            start, end = group.index(dated[0]), group.index(dated[-1])
            if start > 0:  # headline line, then its date line
                start -= 1
            elif end + 1 < len(group):  # date line, then its headline
                end += 1
            if len(dated) * 3 >= end - start + 1:
                for i in group[start : end + 1]:
                    lines[i] = ""
        group.clear()

    for i, line in enumerate(lines):
        if not line:
            continue
        if len(line) <= _SHORT and not _PERIOD_END.search(line) and not _is_real_sentence(line):
            group.append(i)
        else:
            flush()
    flush()


# --- 7. Chinese punctuation and spacing --------------------------------------------------------------

_SPACE_BETWEEN_HAN = re.compile(rf"(?<=[{HAN}]) (?=[{HAN}])")
# A bare number between Han characters: ``今年 2 月`` -> ``今年2月``
# (``Ai2 的`` and ``1.1 资深`` keep their space).
_NUMBER_IN_HAN = re.compile(rf"(?<=[{HAN}]) ?(\d[\d.,%]*) ?(?=[{HAN}])")
# ... and a number before its unit anywhere (``3 月 1 日`` at the start of a line).
_NUMBER_UNIT = re.compile(r"(?<![\w.\-])(\d+) (?=[年月日号號时時点點分秒万萬亿億元个個名位岁歲周週天倍])")
_SPACE_AROUND_PUNCT = re.compile(r" (?=[，。：；！？、）」』】》])|(?<=[，。：；！？、（「『【《]) ")
_ASCII_PUNCT_NEAR_HAN = re.compile(rf"(?<=[{HAN}])[,:;]|[,:;](?=[{HAN}])")
_QUESTION_AFTER_HAN = re.compile(rf"(?<=[{HAN}”」』）》])[?!]{{1,2}}(?=$|[\s{HAN}”’\"'」』）)\]》】“A-Z0-9])")
_PARENS = re.compile(r"\(([^()\n]{0,200})\)")
_FULLWIDTH_PUNCT = str.maketrans({",": "，", ":": "：", ";": "；", "?": "？", "!": "！"})
_NEAR_HAN = re.compile(f"[{HAN}{_CJK_PUNCT}“”]")
_PINYIN_GLOSS = re.compile(rf"^[{_PINYIN}]{{1,6}}[1-5]?$")


def _fullwidth_parens(match: re.Match[str]) -> str:
    text = match.string
    before = text[match.start() - 1] if match.start() > 0 else ""
    after = text[match.end()] if match.end() < len(text) else ""
    inner = match.group(1)
    if _PINYIN_GLOSS.match(inner) and _is_pinyin_gloss(inner):
        return match.group(0)  # a stranded pinyin gloss inside mojibake: leave it visible as it is
    if (before and _NEAR_HAN.match(before)) or (after and _NEAR_HAN.match(after)) or _HAN_CHAR.search(inner):
        return f"（{inner}）"
    return match.group(0)


def tidy_chinese(line: str) -> str:
    """In Chinese context only: no spaces between Han characters (or Han and digits, ``今年 2 月`` ->
    ``今年2月``), ASCII ,:;?!() touching Han -> full width. English sentences have no Han neighbours and are
    left exactly as they are. A ``?`` or ``!`` that is glued to letters or other ``?!`` is not touched:
    that is what mojibake looks like, and the mojibake detector needs to see it."""
    if not _HAN_CHAR.search(line):
        return line
    line = _SPACE_BETWEEN_HAN.sub("", line)
    line = _NUMBER_IN_HAN.sub(r"\1", _NUMBER_UNIT.sub(r"\1", line))
    line = _ASCII_PUNCT_NEAR_HAN.sub(lambda m: m.group(0).translate(_FULLWIDTH_PUNCT), line)
    line = _QUESTION_AFTER_HAN.sub(lambda m: m.group(0).translate(_FULLWIDTH_PUNCT), line)
    if "(" in line:
        line = _PARENS.sub(_fullwidth_parens, line)
    return _SPACE_AROUND_PUNCT.sub("", line)


# --- 8. mojibake that could not be repaired ----------------------------------------------------------

# Evidence on its own (each pattern is searched separately, so overlapping evidence is all found).
_MOJIBAKE_PATTERNS = tuple(
    re.compile(pattern)
    for pattern in (
        r"\ufffd+",  # replacement character: bytes were lost in decoding
        r"[\ue000-\uf8ff\U000f0000-\U0010ffff]+",  # private use: font hacks or broken conversions
        r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]+",  # control characters
        r"(?:锟斤拷)+|烫{2,}|屯{2,}|锘[縿]?",  # GBK view of U+FFFD / uninitialised MSVC memory / a BOM
        r"â€[™œ\x9d˜”“¦¢]?|Ã[\x80-\xbf©¨¤¶¼§¡£]",  # UTF-8 read as cp1252 that ftfy could not undo
        rf"(?<=[{HAN}])\?(?=[a-z{_TONE_MARKS}])",  # '?' glued between Han and lowercase Latin: lost bytes
        rf"\?[{_PINYIN}]{{1,6}}[)）]",  # half a ruby gloss whose opening bracket was eaten
        # a gloss glued to a stray letter (``貢r(shí)``)
        rf"(?<=[{HAN}])[a-z][(（][{_PINYIN}]*[{_TONE_MARKS}][{_PINYIN}]*[)）]",
        rf"(?<=[{HAN}])\?!\?",  # what 。” became in a lossy GBK/Big5 round trip
    )
)
# Characters that extend a flagged span (they are what mojibake is made of), but prove nothing alone.
_MOJIBAKE_PARTS = frozenset("?!‥锟斤拷烫屯锛銆鈥锳\ufffd" + _TONE_MARKS)


def _is_mojibake_part(ch: str) -> bool:
    return ch in _MOJIBAKE_PARTS or is_kana(ch) or is_hangul(ch) or "\ue000" <= ch <= "\uf8ff"


# What _stray_in_chinese looks for: kana, Hangul or a CJK compatibility ideograph.
_STRAY_CANDIDATE = re.compile(f"[{KANA}{HANGUL}{CJK_COMPAT}]")


def _stray_in_chinese(paragraph: str) -> list[tuple[int, int]]:
    """Kana, Hangul or CJK compatibility ideographs inside a Chinese paragraph: decoding debris."""
    if not _STRAY_CANDIDATE.search(paragraph):
        return []
    counts = count_scripts(paragraph)
    if counts.han < 4 or counts.kana_share >= KANA_SHARE_JA or counts.hangul * 10 > counts.han:
        return []  # Japanese or Korean text, not Chinese with debris
    return [
        (m.start(), m.end())
        for m in _STRAY_CANDIDATE.finditer(paragraph)
        if not ("\uf900" <= m.group() <= "\ufaff")
        or unicodedata.name(m.group(), "").startswith("CJK COMPATIBILITY")
    ]


def _grow(paragraph: str, start: int, end: int) -> tuple[int, int]:
    """Extend a span over neighbouring mojibake characters, bridging single ordinary characters between
    them (``?!つ锟耍‥``: 耍 is a real character caught between two broken ones)."""
    n = len(paragraph)
    while True:
        if start > 0 and _is_mojibake_part(paragraph[start - 1]):
            start -= 1
        elif start > 1 and paragraph[start - 1].isalpha() and _is_mojibake_part(paragraph[start - 2]):
            start -= 2
        else:
            break
    while True:
        if end < n and _is_mojibake_part(paragraph[end]):
            end += 1
        elif end + 1 < n and paragraph[end].isalpha() and _is_mojibake_part(paragraph[end + 1]):
            end += 2
        else:
            break
    return start, end


def find_mojibake(paragraphs: list[str]) -> list[MojibakeSpan]:
    """Spans that still look like broken encoding after repair, as offsets into each cleaned paragraph."""
    found: list[MojibakeSpan] = []
    for index, paragraph in enumerate(paragraphs):
        raw = [(m.start(), m.end()) for pattern in _MOJIBAKE_PATTERNS for m in pattern.finditer(paragraph)]
        raw += _stray_in_chinese(paragraph)
        if not raw:
            continue
        grown = sorted(_grow(paragraph, start, end) for start, end in raw)
        merged: list[list[int]] = []
        for start, end in grown:
            if merged and start - merged[-1][1] <= 1:  # touching, or one character apart
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        found.extend(
            MojibakeSpan(paragraph=index, start=start, end=end, text=paragraph[start:end])
            for start, end in merged
        )
    return found


# --- 9. Simplified working copy ----------------------------------------------------------------------


def to_simplified(paragraphs: list[str]) -> list[str]:
    """OpenCC t2s, one call for the whole article."""
    converted = _T2S.convert("\n".join(paragraphs)).split("\n")
    if len(converted) != len(paragraphs):  # pragma: no cover - defensive
        converted = [_T2S.convert(paragraph) for paragraph in paragraphs]
    return converted


# --- pipeline ----------------------------------------------------------------------------------------


def normalize(raw: str, *, html: bool | None = None, max_chars: int = 200_000) -> NormalizedText:
    validate_text(raw, max_chars=max_chars)
    if html is None:
        html = looks_like_html(raw)
    title = None
    body = raw
    if html:
        body, title = extract_html(raw)
    body, repaired = repair_mojibake(unify_newlines(body))
    source_lines = [line for line in body.split("\n") if line.strip()]
    lines = [normalize_whitespace(remove_ruby(strip_markup(line))) for line in source_lines]
    lines = drop_page_chrome(lines)
    paragraphs = [tidy_chinese(line) for line in lines if line]
    paragraphs = [paragraph for paragraph in paragraphs if paragraph]
    if not paragraphs:
        raise EmptyInputError("no article text found: nothing is left after removing markup and page chrome")
    simplified_paragraphs = to_simplified(paragraphs)
    return NormalizedText(
        original=raw,
        text="\n\n".join(paragraphs),
        paragraphs=paragraphs,
        simplified="\n\n".join(simplified_paragraphs),
        simplified_paragraphs=simplified_paragraphs,
        title=normalize_whitespace(repair_mojibake(title)[0]) if title else None,
        mojibake=find_mojibake(paragraphs),
        repaired=repaired,
        removed_lines=len(source_lines) - len(paragraphs),
    )
