"""Generated articles for batch tests, the benchmark and demos: runs of real paragraphs from the seed
articles (so normalisation, detection and checks do their usual work), each ending with a sentence that
names the article, so every article has its own content key."""

from __future__ import annotations

import json
import random
from functools import lru_cache
from pathlib import Path

from service.batch.core import Article
from service.config import REPO_ROOT

MIN_PARAGRAPH_CHARS = 40


@lru_cache(maxsize=1)
def _seed_paragraphs() -> tuple[tuple[str, ...], ...]:
    seeds = []
    for path in sorted((REPO_ROOT / "seeds").glob("*.txt")):
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
        paragraphs = tuple(line for line in lines if len(line) >= MIN_PARAGRAPH_CHARS)
        if paragraphs:
            seeds.append(paragraphs)
    return tuple(seeds)


def generate_articles(count: int, *, seed: int = 0, paragraphs: tuple[int, int] = (3, 6)) -> list[Article]:
    rng = random.Random(seed)
    pools = _seed_paragraphs()
    articles = []
    for number in range(count):
        pool = pools[number % len(pools)]
        size = min(len(pool), rng.randint(*paragraphs))
        start = rng.randrange(0, len(pool) - size + 1)
        body = list(pool[start : start + size])
        chinese = sum(ord(ch) > 0x2E80 for ch in "".join(body)) > len("".join(body)) / 3
        body.append(
            f"这是批量测试文章 {number}（编号 A{number:05d}）。"
            if chinese
            else f"This is batch test article {number} (reference A{number:05d})."
        )
        articles.append(Article(id=f"a{number:05d}", text="\n\n".join(body)))
    return articles


def write_jsonl(articles: list[Article], path: Path) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for article in articles:
            handle.write(json.dumps({"id": article.id, "text": article.text}, ensure_ascii=False) + "\n")
    return path
