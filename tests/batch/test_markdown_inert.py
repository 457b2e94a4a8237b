"""Batch Markdown is inert (issue 10): whatever the article and the model wrote, a Markdown renderer
with raw HTML enabled makes no element, attribute or link out of it, and ids stay whole in code spans."""

from __future__ import annotations

from datetime import UTC, datetime

import lxml.html
import pytest
from markdown_it import MarkdownIt

from service.batch.core import Article
from service.batch.markdown import code, render_markdown
from service.schemas import LanguageSummary, Provenance, SourceInfo, SummaryResponse

HOSTILE = [
    "<script>window.__pwned=1</script>",
    '<img src=x onerror="window.__pwned=1">',
    "[click me](javascript:alert(1))",
    "![pic](javascript:alert(1))",
    "<a href='javascript:alert(1)'>x</a>",
    "<javascript:alert(1)>",
    "[ref]\n\n[ref]: javascript:alert(1)",
    "&lt;script&gt;",
    "`code` ``` fence",
]
# What our own layout uses; anything else came from the content.
ALLOWED_TAGS = {
    "h1",
    "h2",
    "p",
    "em",
    "strong",
    "code",
    "ol",
    "ul",
    "li",
    "hr",
    "blockquote",
    "sub",
    "a",
    "br",
}


def hostile_response(text: str) -> SummaryResponse:
    summary = LanguageSummary(title=text, one_line=text, summary=f"{text}\n\n{text}", key_points=[text, text])
    return SummaryResponse(
        id="drf_1",
        source=SourceInfo(language="en", mixed=False, sha256="sha256:x", chars=1, paragraphs=1),
        summary={"en": summary, "zh-Hans": summary},
        key_points=[{"en": text, "zh-Hans": text}],
        keywords={"en": [text], "zh-Hans": [text]},
        disclaimer={"en": text, "zh-Hans": text},
        provenance=Provenance(engine="llm", model="m", created_at=datetime.now(UTC)),
        checks=[],
        status="draft",
    )


def rendered(markdown: str) -> lxml.html.HtmlElement:
    html = MarkdownIt("commonmark", {"html": True}).enable("table").render(markdown)
    return lxml.html.fromstring(f"<div>{html}</div>")


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_renders_to_no_live_html(text: str) -> None:
    article = Article(id=f"id`with\nnewline{text}", text="x", title=text, url="javascript:alert(1)")
    doc = rendered(render_markdown(article, hostile_response(text)))
    tags = {element.tag for element in doc.iter() if isinstance(element.tag, str)} - {"div"}
    assert tags <= ALLOWED_TAGS, tags
    for element in doc.iter():
        if not isinstance(element.tag, str):
            continue
        assert not [name for name in element.attrib if name.lower().startswith("on")]
        assert element.tag != "img" and "src" not in element.attrib
        if element.tag == "a":
            assert element.get("href", "").startswith(("http://", "https://")), element.get("href")
    assert "__pwned" not in "".join(doc.xpath("//@*"))


def test_ids_with_backticks_and_newlines_stay_whole_in_their_code_span() -> None:
    article_id = "a``b`\nc<script>"
    doc = rendered(render_markdown(Article(id=article_id, text="x"), hostile_response("ok")))
    codes = [element.text_content() for element in doc.iter("code")]
    assert "a``b` c<script>" in codes  # the newline folded into a space, the backticks kept
    assert code("x") == "`x`" and code("`x`") == "`` `x` ``"


def test_an_http_source_url_is_still_a_link() -> None:
    article = Article(id="a1", text="x", url="https://example.com/news?id=1&p=2")
    doc = rendered(render_markdown(article, hostile_response("ok")))
    assert doc.xpath("//a/@href") == ["https://example.com/news?id=1&p=2"]
