"""Stage 1 of normalise: an HTML page -> its article text (trafilatura; lxml fallback) and title."""

from __future__ import annotations

import re

from service.text.cleanup import _SPACES

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
