"""The output folder of a batch, written so that a kill at any instant leaves nothing half-done:

- `results.jsonl` / `failures.jsonl`: whole lines appended with O_APPEND and fsynced before the article
  is reported; a SIGKILL can leave at most a partial last line, which `open` cuts off.
- `<prompt ref>/<article id>.md`: written to a temporary file and renamed over the target.
- `.lock`: an flock, so two runs never write the same folder at once (released by the kernel on kill).

A result line is the API's summary object plus `article_id`, `batch_key` and `url`; `batch_key` hashes
the article's input and the options, so a re-run skips exactly the lines already there."""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from service.batch.core import Article
from service.batch.markdown import render_markdown
from service.errors import InputError
from service.hashing import sha256_json, sha256_text
from service.schemas import SummaryResponse

RESULTS = "results.jsonl"
FAILURES = "failures.jsonl"
LOCK = ".lock"
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_UNSAFE_FOLDER = re.compile(r"[^A-Za-z0-9._@-]+")


def batch_key(article: Article, params: dict[str, Any]) -> str:
    """Same input, same options (length, targets, prompt ref, engine, model) -> same key."""
    return sha256_json(
        {
            "text": article.text,
            "html": article.html,
            "title": article.title,
            "source_language": article.source_language,
            **params,
        }
    )


def file_stem(article_id: str) -> str:
    """A file name for an id; ids that had to be changed get a hash so two never collide."""
    safe = _UNSAFE.sub("_", article_id).strip("._")[:120]
    if safe != article_id or not safe:
        safe = f"{safe or 'article'}-{sha256_text(article_id)[7:15]}"
    return safe


def prompt_folder(prompt_ref: str) -> str:
    """`summarize@v1` -> the folder of that prompt version's Markdown files."""
    return _UNSAFE_FOLDER.sub("_", prompt_ref)


def repair_jsonl(path: Path) -> int:
    """Cut a partial last line (a write interrupted by a kill). Returns the bytes removed."""
    if not path.exists():
        return 0
    with path.open("rb+") as handle:
        size = handle.seek(0, os.SEEK_END)
        if size == 0:
            return 0
        handle.seek(size - 1)
        if handle.read(1) == b"\n":
            return 0
        # Walk back to the last newline.
        position = size
        chunk = 65536
        while position > 0:
            start = max(0, position - chunk)
            handle.seek(start)
            block = handle.read(position - start)
            index = block.rfind(b"\n")
            if index >= 0:
                keep = start + index + 1
                break
            position = start
        else:
            keep = 0
        handle.truncate(keep)
        handle.flush()
        os.fsync(handle.fileno())
        return size - keep


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    if not path.exists():
        return
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            with contextlib.suppress(json.JSONDecodeError):
                value = json.loads(line)
                if isinstance(value, dict):
                    yield value


class JsonlAppender:
    """Appends whole lines and fsyncs them off the event loop. Lines committed while an fsync runs
    share the next one (group commit), so a thousand articles do not mean a thousand serial fsyncs."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        self._pending: list[tuple[bytes, asyncio.Future[None]]] = []
        self._flusher: asyncio.Task[None] | None = None

    async def append(self, record: dict[str, Any]) -> None:
        line = (json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")
        done = asyncio.get_running_loop().create_future()
        self._pending.append((line, done))
        if self._flusher is None or self._flusher.done():
            self._flusher = asyncio.create_task(self._flush())
        # Shielded: a cancelled caller must not orphan the write, which completes (or not) as a whole.
        await asyncio.shield(done)

    async def _flush(self) -> None:
        while self._pending:
            batch, self._pending = self._pending, []
            try:
                await asyncio.to_thread(self._write, b"".join(line for line, _ in batch))
            except BaseException as exc:
                for _, done in batch:
                    if not done.done():
                        done.set_exception(exc)
                raise
            for _, done in batch:
                if not done.done():
                    done.set_result(None)

    def _write(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            written = os.write(self._fd, view)
            view = view[written:]
        os.fsync(self._fd)

    async def aclose(self) -> None:
        if self._flusher is not None:
            with contextlib.suppress(BaseException):
                await self._flusher
        os.close(self._fd)


@dataclass(frozen=True)
class Done:
    """A result line of an earlier run: where it is, not what it says (a big results.jsonl stays on disk)."""

    draft_id: str
    offset: int


class OutputDir:
    def __init__(self, root: Path) -> None:
        self.root = root
        self._lock_fd: int | None = None
        self.results: JsonlAppender | None = None
        self.failures: JsonlAppender | None = None
        self.repaired_bytes = 0

    def open(self) -> None:
        """Lock the folder and cut partial lines left by a kill."""
        try:
            self.root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InputError(f"{self.root}: cannot create the output folder ({exc.strerror})") from None
        self._lock_fd = os.open(self.root / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(self._lock_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(self._lock_fd)
            self._lock_fd = None
            raise InputError(f"{self.root}: another bisum batch is writing to this folder") from None
        self.repaired_bytes = repair_jsonl(self.root / RESULTS) + repair_jsonl(self.root / FAILURES)
        for stale in [*self.root.glob("*/.*.md.*.tmp"), *self.root.glob(f"{FAILURES}.tmp")]:
            stale.unlink(missing_ok=True)  # a kill during a write; the target is whole or absent

    def start_writing(self) -> None:
        self.results = JsonlAppender(self.root / RESULTS)
        self.failures = JsonlAppender(self.root / FAILURES)

    async def aclose(self) -> None:
        for appender in (self.results, self.failures):
            if appender is not None:
                await appender.aclose()
        if self._lock_fd is not None:
            os.close(self._lock_fd)  # releases the flock
            self._lock_fd = None

    def finished(self) -> dict[tuple[str, str], Done]:
        """(article id, batch key) -> the result line already written by an earlier run."""
        done: dict[tuple[str, str], Done] = {}
        path = self.root / RESULTS
        if not path.exists():
            return done
        offset = 0
        with path.open("rb") as handle:
            for raw in handle:
                start, offset = offset, offset + len(raw)
                try:
                    line = json.loads(raw)
                except ValueError:
                    continue
                if not isinstance(line, dict):
                    continue
                article_id, key, draft_id = line.get("article_id"), line.get("batch_key"), line.get("id")
                if isinstance(article_id, str) and isinstance(key, str) and isinstance(draft_id, str):
                    done[(article_id, key)] = Done(draft_id, start)
        return done

    def result_at(self, done: Done) -> dict[str, Any]:
        with (self.root / RESULTS).open("rb") as handle:
            handle.seek(done.offset)
            return json.loads(handle.readline())

    def compact_failures(self, handled: set[tuple[str, str]]) -> None:
        """Before writing: drop the failure lines of (article, batch key) pairs this run handles (done
        since, or retried now: they get a fresh line if they fail again), so failures.jsonl lists what
        is still failed. Rewritten to a temporary file and renamed."""
        path = self.root / FAILURES
        if not path.exists():
            return
        lines = list(read_jsonl(path))
        keep = [line for line in lines if (line.get("article_id"), line.get("batch_key")) not in handled]
        if len(keep) == len(lines):
            return
        temporary = path.with_name(path.name + ".tmp")
        with temporary.open("w", encoding="utf-8") as handle:
            for line in keep:
                handle.write(json.dumps(line, ensure_ascii=False, separators=(",", ":")) + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        temporary.replace(path)

    def markdown_path(self, prompt_dir: str, article_id: str) -> Path:
        return self.root / prompt_dir / f"{file_stem(article_id)}.md"

    def write_markdown(self, path: Path, article: Article, response: SummaryResponse) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        temporary.write_text(render_markdown(article, response), encoding="utf-8")
        temporary.replace(path)

    async def commit_result(
        self, article: Article, key: str, prompt_dir: str, response: SummaryResponse
    ) -> dict[str, Any]:
        """Markdown first, then the result line: a line in results.jsonl means the article is done."""
        path = self.markdown_path(prompt_dir, article.id)
        await asyncio.to_thread(self.write_markdown, path, article, response)
        line = result_line(article, key, response)
        assert self.results is not None
        await self.results.append(line)
        return line

    async def commit_failure(
        self, article_id: str, key: str, prompt: str, code: str, message: str, attempts: int
    ) -> None:
        assert self.failures is not None
        await self.failures.append(
            {
                "article_id": article_id,
                "batch_key": key,
                "prompt": prompt,
                "error": {"code": code, "message": message},
                "attempts": attempts,
                "failed_at": datetime.now(UTC).isoformat(timespec="seconds"),
            }
        )


def result_line(article: Article, key: str, response: SummaryResponse) -> dict[str, Any]:
    body = response.model_dump(mode="json", by_alias=True)
    return {"article_id": article.id, "batch_key": key, "url": article.url, **body}
