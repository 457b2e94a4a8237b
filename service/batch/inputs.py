"""Batch inputs: folders of .txt/.md/.html, JSON Lines files, or `-` for JSON Lines on stdin.
A JSON line is `{id?, title?, text | html, url?, source_language?}`; other fields (a CMS export's author,
date...) are ignored.

Structural problems (a missing path, a line that is not a JSON object, no or both of text/html, one id
for two different articles) are usage errors: nothing runs, the CLI exits 2 listing them. A file that
cannot be read as text (binary, not UTF-8) is one failed article; the rest of the batch runs."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from service.batch.core import Article
from service.errors import InputError
from service.hashing import sha256_text
from service.text.normalize import decode_bytes

ARTICLE_SUFFIXES = {".txt", ".md", ".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
MAX_PROBLEMS_SHOWN = 20


@dataclass
class Inputs:
    articles: list[Article] = field(default_factory=list)
    unreadable: dict[str, InputError] = field(default_factory=dict)  # article id -> why
    duplicates: int = 0  # identical repeats dropped

    @property
    def total(self) -> int:
        return len(self.articles) + len(self.unreadable)


class _Collector:
    def __init__(self) -> None:
        self.inputs = Inputs()
        self.problems: list[str] = []
        self._seen: dict[str, tuple[Any, str]] = {}  # id -> (content, where)

    def add(self, article: Article, where: str) -> None:
        if self._claim(article.id, article, where):
            self.inputs.articles.append(article)

    def add_unreadable(self, article_id: str, error: InputError, where: str) -> None:
        if self._claim(article_id, ("unreadable", where), where):
            self.inputs.unreadable[article_id] = error

    def _claim(self, article_id: str, content: Any, where: str) -> bool:
        """True for a new id; an identical repeat is dropped, a reused id is a problem."""
        if article_id not in self._seen:
            self._seen[article_id] = (content, where)
            return True
        previous, first = self._seen[article_id]
        if previous == content:
            self.inputs.duplicates += 1
        else:
            self.problems.append(f"{where}: id {article_id!r} is already used by {first}")
        return False


def load_inputs(inputs: Iterable[str], stdin: IO[str] | None = None) -> Inputs:
    """Read every input; raise InputError listing the structural problems, if any."""
    collector = _Collector()
    for spec in inputs:
        if spec == "-":
            if stdin is None:
                collector.problems.append("-: no standard input")
                continue
            _read_jsonl(stdin, "<stdin>", collector)
            continue
        path = Path(spec)
        if path.is_dir():
            files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
            if not files:
                collector.problems.append(f"{path}: no .txt/.md/.html files in this folder")
            for file in files:
                _read_article_file(file, collector)
        elif path.is_file() and path.suffix.lower() in JSONL_SUFFIXES:
            with path.open(encoding="utf-8", errors="strict") as handle:
                try:
                    _read_jsonl(handle, str(path), collector)
                except UnicodeDecodeError as exc:
                    collector.problems.append(f"{path}: not valid UTF-8 ({exc.reason})")
        elif path.is_file():
            _read_article_file(path, collector)
        else:
            collector.problems.append(f"{path}: no such file or folder")
    if collector.problems:
        shown = collector.problems[:MAX_PROBLEMS_SHOWN]
        more = len(collector.problems) - len(shown)
        raise InputError(
            "bad batch input:\n  " + "\n  ".join(shown) + (f"\n  ... and {more} more" if more else ""),
            detail={"problems": collector.problems},
        )
    if not collector.inputs.total:
        raise InputError("no articles in the input")
    return collector.inputs


def _read_article_file(path: Path, collector: _Collector) -> None:
    article_id = path.stem
    try:
        text = decode_bytes(path.read_bytes())
    except InputError as exc:
        collector.add_unreadable(article_id, exc, str(path))
        return
    except OSError as exc:
        collector.problems.append(f"{path}: {exc.strerror or exc}")
        return
    is_html = path.suffix.lower() in (".html", ".htm")
    article = Article(id=article_id, html=text) if is_html else Article(id=article_id, text=text)
    collector.add(article, str(path))


def _read_jsonl(lines: Iterable[str], name: str, collector: _Collector) -> None:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            article = _article_from_json(json.loads(line))
        except json.JSONDecodeError as exc:
            collector.problems.append(f"{where}: not JSON ({exc.msg})")
            continue
        except ValueError as exc:
            collector.problems.append(f"{where}: {exc}")
            continue
        collector.add(article, where)


def _article_from_json(data: Any) -> Article:
    if not isinstance(data, dict):
        raise ValueError("each line must be a JSON object")
    for name in ("title", "text", "html", "url", "source_language"):
        if data.get(name) is not None and not isinstance(data[name], str):
            raise ValueError(f"'{name}' must be a string")
    text, html = data.get("text"), data.get("html")
    if (text is None) == (html is None):
        raise ValueError("give exactly one of 'text' or 'html'")
    article_id = data.get("id")
    if article_id is None:
        # No id: derive a stable one from the content, so a re-run recognises the article.
        article_id = sha256_text(text if text is not None else html).removeprefix("sha256:")[:16]
    elif isinstance(article_id, bool) or not isinstance(article_id, str | int):
        raise ValueError("'id' must be a string or an integer")
    article_id = str(article_id).strip()
    if not article_id:
        raise ValueError("'id' is empty")
    return Article(
        id=article_id,
        text=text,
        html=html,
        title=data.get("title"),
        url=data.get("url"),
        source_language=data.get("source_language") or "auto",
    )
