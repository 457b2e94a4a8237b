"""Scores and "Analysis 深度分析" in the batch Markdown, laid out like seed 000: each score over its label,
the analysis in English then Chinese, just before the disclaimer; inert like the rest of the file."""

from __future__ import annotations

from datetime import UTC, datetime

from markdown_it import MarkdownIt

from service.batch.core import Article
from service.batch.markdown import render_markdown
from service.schemas import Analysis, LanguageSummary, Provenance, Score, SourceInfo, SummaryResponse


def response(analysis: Analysis | None) -> SummaryResponse:
    en = LanguageSummary(
        title="Farewell Ai2", one_line="He leaves.", summary="He leaves Ai2.", key_points=["A"]
    )
    zh = LanguageSummary(title="告别Ai2", one_line="他离开了。", summary="他离开了Ai2。", key_points=["甲"])
    return SummaryResponse(
        id="drf_1",
        source=SourceInfo(language="en", mixed=False, sha256="sha256:x", chars=1, paragraphs=1),
        summary={"en": en, "zh-Hans": zh},
        key_points=[{"en": "A", "zh-Hans": "甲"}],
        keywords={"en": ["open source"], "zh-Hans": ["开源"]},
        disclaimer={"en": "AI-generated.", "zh-Hans": "AI生成。"},
        provenance=Provenance(engine="llm", model="m", created_at=datetime.now(UTC)),
        checks=[],
        status="draft",
        analysis=analysis,
    )


def scored() -> Analysis:
    return Analysis(
        available=True,
        hot=Score(score=60, reason={"en": "Talked about.", "zh-Hans": "受到关注。"}),
        quality=Score(score=80, reason={"zh-Hans": "论述扎实。", "en": "Well argued."}),
        impact=Score(score=60, reason={"en": "Field-wide.", "zh-Hans": "影响整个领域。"}),
        text={"zh-Hans": "第一段。\n\n第二段。", "en": "First <b>para</b>.\n\nSecond para."},
    )


def test_scores_and_analysis_follow_seed_000():
    markdown = render_markdown(Article(id="a1", text="x"), response(scored()))
    lines = markdown.splitlines()
    start = lines.index("**60**  ")
    assert lines[start : start + 5] == ["**60**  ", "Hot 热度  ", "Talked about.  ", "受到关注。", ""]
    assert lines[start + 5 : start + 9] == ["**80**  ", "Quality 质量  ", "Well argued.  ", "论述扎实。"]
    assert "Impact 影响力  " in lines
    heading = lines.index("## Analysis 深度分析")
    body = lines[heading:]
    assert body.index("First &lt;b&gt;para&lt;/b&gt;.") < body.index("Second para.") < body.index("第一段。")
    assert body.index("第二段。") < body.index("---")  # the analysis comes right before the disclaimer
    assert lines.index("## Keywords 关键词") < start
    html = MarkdownIt("commonmark", {"html": True}).render(markdown)
    assert "<strong>60</strong><br />\nHot 热度" in html and "<b>" not in html


def test_unavailable_analysis_says_so_and_no_analysis_renders_nothing():
    note = "article scores and analysis need an LLM endpoint"
    unavailable = render_markdown(Article(id="a1", text="x"), response(Analysis(available=False, note=note)))
    assert f"*Analysis not available 无深度分析: {note}*" in unavailable
    assert "Hot 热度" not in unavailable and "## Analysis" not in unavailable
    plain = render_markdown(Article(id="a1", text="x"), response(None))
    assert "深度分析" not in plain
