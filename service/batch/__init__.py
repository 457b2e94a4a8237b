"""Batch summarisation: `bisum batch` and the job workers share `process_article` and the limiter."""

from service.batch.core import Article, ArticleOutcome, BatchOptions, connect_retries, process_article
from service.batch.limiter import AdaptiveLimiter

__all__ = [
    "AdaptiveLimiter",
    "Article",
    "ArticleOutcome",
    "BatchOptions",
    "connect_retries",
    "process_article",
]
