"""The embedded extractive engine: the default when no LLM endpoint is configured. It is no LLM.

Honest extraction: every sentence, key point and title it returns comes from the input - a whole
sentence, or some of a sentence's clauses when a key point or the gist must be short; a title may also
be the source's own title line, a half of a bilingual title, or a URL slug made readable. Nothing is
paraphrased, translated or invented.

Modules: `sentences` (which sentences of a language there are), `rank` (TextRank and MMR), `compose`
(gist, summary, key points), `title`, `pairs` (parallel EN/ZH pairs of a bilingual source),
`keywords` (noun phrases), `engine` (the entry points).
"""

from service.engines.extractive.engine import (
    Alignment,
    ArticleSummary,
    ExtractiveSummary,
    summarize_article,
    summarize_extractive,
)

__all__ = ["Alignment", "ArticleSummary", "ExtractiveSummary", "summarize_article", "summarize_extractive"]
