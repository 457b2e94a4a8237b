"""What every `bisum` command shares: the consoles, the exit codes, reading article files and writing
results. Its own module so that command modules (service/cli_translate.py) need not import service.cli,
which registers them (no import cycle)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import typer
from rich.console import Console

from service.glossary import Glossary, GlossaryError, load_file
from service.schemas import DetectRequest
from service.text.normalize import decode_bytes

out = Console()
err = Console(stderr=True, soft_wrap=True)
ARTICLE_SUFFIXES = {".txt", ".md", ".html", ".htm"}
EXIT_FAILED, EXIT_BAD_INPUT = 1, 2


def glossary_option(path: Path | None, max_entries: int) -> Glossary | None:
    """`--glossary FILE.csv|.tsv`: a bad file is a message and exit 2 before any article is read."""
    if path is None:
        return None
    try:
        return load_file(path, max_entries=max_entries)
    except GlossaryError as exc:
        raise _fail(f"--glossary: {exc.message}") from None


@dataclass(frozen=True)
class Extra:
    """What informs the model besides the article: `--glossary` and `--context`."""

    glossary: Glossary | None = None
    context: str | None = None


NO_EXTRA = Extra()
GLOSSARY_HELP = (
    "Glossary file: DeepL CSV (source,target[,source_lang,target_lang]) or TSV; two columns read as "
    "en -> zh, or zh -> en when the source terms are Chinese"
)
CONTEXT_HELP = "Background for the model (publication, section, audience); never summarised or translated"


def _fail(message: str, code: int = EXIT_BAD_INPUT) -> typer.Exit:
    err.print(f"[bold red]error:[/] {message}")
    return typer.Exit(code)


def _article_files(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
            if not found:
                raise _fail(f"{path}: no .txt/.md/.html files in this folder")
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            raise _fail(f"{path}: no such file or folder")
    return files


def _read_article(path: Path) -> DetectRequest:
    """Bytes from disk → validated text; HTML by suffix (or content, in normalize)."""
    text = decode_bytes(path.read_bytes())
    if path.suffix.lower() in (".html", ".htm"):
        return DetectRequest(html=text)
    return DetectRequest(text=text)


def _write_atomically(target: Path, content: str) -> None:
    """Never leave a half-written result: write a temp file, then rename over the target."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_suffix(target.suffix + ".tmp")
    temporary.write_text(content, encoding="utf-8")
    temporary.replace(target)
