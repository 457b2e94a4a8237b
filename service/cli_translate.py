"""`bisum translate PATH --target zh-Hant`: the `/v1/translations` draft for each article, shown like
`bisum summarize` (a panel per article, `--json` JSON Lines, `--out` one file each, the same exit codes)."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import Annotated, get_args

import typer
from rich.markup import escape
from rich.table import Table

from service.cli_common import (
    CONTEXT_HELP,
    EXIT_BAD_INPUT,
    EXIT_FAILED,
    GLOSSARY_HELP,
    NO_EXTRA,
    Extra,
    _article_files,
    _fail,
    _read_article,
    _write_atomically,
    err,
    glossary_option,
    out,
)
from service.config import Settings, get_settings
from service.errors import BisumError, InputError
from service.schemas import Locale, TranslationRequest, TranslationResponse
from service.wiring import build_drafts, close

LOCALES = get_args(Locale)


def translate(
    paths: Annotated[list[Path], typer.Argument(help="Article files or folders of .txt/.md/.html")],
    target: Annotated[str, typer.Option(help="en | zh-Hans | zh-Hant | zh-Hant-TW | zh-Hant-HK")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per article (JSON Lines)")] = False,
    source_language: Annotated[str, typer.Option(help="auto, or a tag such as en, zh-Hant")] = "auto",
    prompt_version: Annotated[str | None, typer.Option(help="Pin the translate prompt version")] = None,
    out_dir: Annotated[
        Path | None, typer.Option("--out", help="Also write <name>.json per article here")
    ] = None,
    glossary: Annotated[Path | None, typer.Option("--glossary", help=GLOSSARY_HELP)] = None,
    context: Annotated[str | None, typer.Option("--context", help=CONTEXT_HELP)] = None,
) -> None:
    """Translate articles paragraph by paragraph (English <-> Chinese), stored as drafts."""
    settings = get_settings()
    files = _article_files(paths)
    if target not in LOCALES:
        raise _fail(f"--target must be one of {', '.join(LOCALES)}, not {target!r}")
    extra = Extra(glossary_option(glossary, settings.glossary_max_entries), context)
    code = asyncio.run(
        _translate_files(settings, files, target, source_language, prompt_version, as_json, out_dir, extra)
    )
    raise typer.Exit(code)


async def _translate_files(
    settings: Settings,
    files: list[Path],
    target: str,
    source_language: str,
    prompt_version: str | None,
    as_json: bool,
    out_dir: Path | None,
    extra: Extra = NO_EXTRA,
) -> int:
    drafts = build_drafts(settings)
    worst = 0
    try:
        for path in files:
            try:
                article = _read_article(path)
                request = TranslationRequest(
                    **article.model_dump(exclude_none=True, exclude={"source_language"}),
                    target=target,  # type: ignore[arg-type]  # checked against LOCALES above
                    source_language=source_language,
                    prompt_version=prompt_version,
                    context=extra.context,
                )
                result = await drafts.translate(request, author="cli", glossary=extra.glossary)
            except InputError as exc:
                err.print(f"[bold red]error:[/] {escape(str(path))}: {escape(exc.message)}")
                worst = max(worst, EXIT_BAD_INPUT)
                continue
            except BisumError as exc:
                err.print(f"[bold red]failed:[/] {escape(str(path))}: {escape(exc.message)}")
                worst = max(worst, EXIT_FAILED)
                continue
            if out_dir is not None:
                _write_atomically(out_dir / f"{path.stem}.json", result.model_dump_json(indent=2))
            if as_json:
                sys.stdout.write(result.model_dump_json() + "\n")
            else:
                print_translation(path, result)
    finally:
        await close(drafts.pipeline)
    return worst


def print_translation(path: Path, result: TranslationResponse) -> None:
    status_style = "green" if result.status == "draft" else "yellow"
    source = result.source
    out.rule(f"[bold]{escape(path.name)}[/]")
    out.print(
        f"source: {source.language}{'-' + source.script if source.script else ''}"
        f"{' (mixed)' if source.mixed else ''}, {source.chars} chars, {source.paragraphs} paragraphs → "
        f"{result.target} · engine: {result.provenance.engine} · status: [{status_style}]{result.status}[/]"
    )
    out.print(
        f"[dim]draft {result.id} revision {result.revision}"
        f"{' · from the draft store, no new generation' if result.cached else ''}[/]"
    )
    table = Table(show_lines=True)
    table.add_column("#")
    table.add_column("source", overflow="fold")
    table.add_column(result.target, overflow="fold")
    for index, pair in enumerate(result.pairs, start=1):
        table.add_row(str(index), escape(pair.source), escape(pair.target))
    out.print(table)
    for check in (check for check in result.checks if not check.passed):
        if check.severity == "warning":
            out.print(f"[dim]warning {check.name}[/]: {escape(check.detail)}")
        else:
            out.print(f"[yellow]check {check.name} failed[/]: {escape(check.detail)}")
    out.print(f"[dim]{' '.join(escape(text) for text in result.disclaimer.values())}[/]\n")
