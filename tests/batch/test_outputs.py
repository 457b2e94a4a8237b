"""Output folder: partial-line repair, whole-line appends, file names, the lock, and the Markdown layout."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from service.batch.core import Article, BatchOptions, process_article
from service.batch.limiter import AdaptiveLimiter
from service.batch.markdown import render_markdown
from service.batch.outputs import (
    FAILURES,
    RESULTS,
    JsonlAppender,
    OutputDir,
    file_stem,
    read_jsonl,
    repair_jsonl,
)
from service.errors import InputError
from service.wiring import build_drafts
from tests.batch.conftest import fake_settings
from tests.conftest import seed


def test_repair_cuts_only_a_partial_last_line(tmp_path: Path) -> None:
    path = tmp_path / RESULTS
    path.write_bytes(b'{"a":1}\n{"b":2}\n{"c":')
    assert repair_jsonl(path) == len(b'{"c":')
    assert path.read_bytes() == b'{"a":1}\n{"b":2}\n'
    assert repair_jsonl(path) == 0  # whole lines are left alone
    path.write_bytes(b'{"only": "partial')
    repair_jsonl(path)
    assert path.read_bytes() == b""


async def test_concurrent_appends_are_whole_lines(tmp_path: Path) -> None:
    appender = JsonlAppender(tmp_path / "x.jsonl")
    await asyncio.gather(*(appender.append({"n": n, "pad": "字" * n}) for n in range(200)))
    await appender.aclose()
    rows = list(read_jsonl(tmp_path / "x.jsonl"))
    assert sorted(r["n"] for r in rows) == list(range(200))


def test_file_names_are_safe_and_never_collide() -> None:
    assert file_stem("a00001") == "a00001"
    assert file_stem("2024/05/story?id=3").startswith("2024_05_story_id_3-")
    assert file_stem("a/b") != file_stem("a_b")
    assert file_stem("..") != ".." and "/" not in file_stem("../../etc/passwd")


def test_one_batch_per_folder(tmp_path: Path) -> None:
    first = OutputDir(tmp_path / "out")
    first.open()
    with pytest.raises(InputError, match="another bisum batch"):
        OutputDir(tmp_path / "out").open()
    asyncio.run(first.aclose())
    again = OutputDir(tmp_path / "out")
    again.open()  # released on close (and by the kernel on a kill)
    asyncio.run(again.aclose())


def test_compacting_failures_keeps_only_other_articles(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    rows = [{"article_id": "a", "batch_key": "k1"}, {"article_id": "b", "batch_key": "k2"}]
    (out / FAILURES).write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    directory = OutputDir(out)
    directory.compact_failures({("a", "k1")})
    assert [r["article_id"] for r in read_jsonl(out / FAILURES)] == ["b"]


async def test_markdown_is_english_then_chinese_like_seed_000(fake, tmp_path: Path) -> None:
    drafts = build_drafts(fake_settings(fake, tmp_path))
    article = Article(id="s000", text=seed("000"), url="https://example.com/ai2")
    outcome = await process_article(drafts, article, BatchOptions(), AdaptiveLimiter(2))
    await drafts.pipeline.llm.aclose()
    assert outcome.ok and outcome.response is not None
    response = outcome.response
    page = render_markdown(article, response)
    en, hans, hant = (response.summary[k] for k in ("en", "zh-Hans", "zh-Hant"))
    assert en and hans and hant
    assert page.startswith(f"# {en.title}\n{hans.title}\n{hant.title}\n")
    # Each block: English, then Simplified, then Traditional.
    assert page.index(en.summary) < page.index(hans.summary) < page.index(hant.summary)
    first_point = response.key_points[0]
    assert f"1. {first_point['en']}\n   {first_point['zh-Hans']}\n   {first_point['zh-Hant']}" in page
    assert f"- en: {', '.join(response.keywords['en'])}" in page
    assert page.index(response.disclaimer["en"]) < page.index(response.disclaimer["zh-Hans"])
    assert response.id in page and "https://example.com/ai2" in page
