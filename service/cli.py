"""`bisum` command line. Human-readable by default, `--json` for machines.
Exit codes: 0 ok, 1 processing failed (LLM errors...), 2 bad usage or bad input."""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from pydantic import ValidationError
from rich.markup import escape
from rich.table import Table

from service.batch.core import BatchOptions
from service.batch.inputs import Inputs, load_inputs
from service.batch.runner import BatchConfig, run_batch
from service.batch.runner import dry_run as estimate_batch
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
from service.cli_eval import eval_prompts
from service.cli_translate import translate
from service.config import Settings, get_settings
from service.config_errors import ConfigurationError, checked_settings
from service.errors import BisumError, InputError
from service.pipeline import check_given, prepare_source
from service.schemas import (
    INDEPENDENT_KEY_POINTS,
    CheckRequest,
    SummaryRequest,
    SummaryResponse,
)
from service.text.normalize import decode_bytes
from service.wiring import build_drafts, build_pipeline, close

app = typer.Typer(
    help="bisum: bilingual (English / Chinese) news summaries with checks.", no_args_is_help=True
)
LOOPBACK = {"127.0.0.1", "::1", "localhost"}


@app.callback()
def _cli_logging() -> None:
    """Interactive commands log JSON to stderr only from BISUM_CLI_LOG_LEVEL (ERROR by default): retries
    are reported in the command's own summary, and per-call lines would break up the progress bar.
    `serve` and `worker` switch to BISUM_LOG_LEVEL when they start. A configuration mistake stops every
    command here: one line, exit 2."""
    from service.logs import configure_logging

    try:
        settings = checked_settings()
    except ConfigurationError as exc:
        raise _fail(f"configuration: {escape(str(exc))}") from None
    configure_logging(settings.cli_log_level)


@app.command()
def summarize(
    paths: Annotated[list[Path], typer.Argument(help="Article files or folders of .txt/.md/.html")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per article (JSON Lines)")] = False,
    length: Annotated[str, typer.Option(help="short | medium | long")] = "medium",
    target: Annotated[list[str] | None, typer.Option(help="Locale to return (repeatable)")] = None,
    prompt_version: Annotated[str | None, typer.Option(help="Pin the summarize prompt version")] = None,
    out_dir: Annotated[
        Path | None, typer.Option("--out", help="Also write <name>.json per article here")
    ] = None,
    glossary: Annotated[Path | None, typer.Option("--glossary", help=GLOSSARY_HELP)] = None,
    context: Annotated[str | None, typer.Option("--context", help=CONTEXT_HELP)] = None,
) -> None:
    """Summarise articles into aligned English / Chinese drafts."""
    settings = get_settings()
    files = _article_files(paths)
    if length not in ("short", "medium", "long"):
        raise _fail(f"--length must be short, medium or long, not {length!r}")
    extra = Extra(glossary_option(glossary, settings.glossary_max_entries), context)
    code = asyncio.run(
        _summarize_files(settings, files, as_json, length, target, prompt_version, out_dir, extra)
    )
    raise typer.Exit(code)


async def _summarize_files(
    settings: Settings,
    files: list[Path],
    as_json: bool,
    length: str,
    targets: list[str] | None,
    prompt_version: str | None,
    out_dir: Path | None,
    extra: Extra = NO_EXTRA,
) -> int:
    drafts = build_drafts(settings)
    worst = 0
    try:
        for path in files:
            try:
                article = _read_article(path)
                request = SummaryRequest(
                    **article.model_dump(exclude_none=True),
                    length=length,
                    targets=targets,
                    prompt_version=prompt_version,
                    context=extra.context,
                )
                result = await drafts.summarize(request, author="cli", glossary=extra.glossary)
            except InputError as exc:
                err.print(f"[bold red]error:[/] {path}: {exc.message}")
                worst = max(worst, EXIT_BAD_INPUT)
                continue
            except BisumError as exc:
                err.print(f"[bold red]failed:[/] {path}: {exc.message}")
                worst = max(worst, EXIT_FAILED)
                continue
            except ValueError as exc:  # pydantic validation of CLI options
                err.print(f"[bold red]error:[/] {path}: {exc}")
                worst = max(worst, EXIT_BAD_INPUT)
                continue
            if out_dir is not None:
                _write_atomically(out_dir / f"{path.stem}.json", result.model_dump_json(indent=2))
            if as_json:
                sys.stdout.write(result.model_dump_json() + "\n")
            else:
                _print_summary(path, result)
    finally:
        await close(drafts.pipeline)
    return worst


def _print_summary(path: Path, result: SummaryResponse) -> None:
    status_style = "green" if result.status == "draft" else "yellow"
    source = result.source
    out.rule(f"[bold]{path.name}[/]")
    out.print(
        f"source: {source.language}{'-' + source.script if source.script else ''}"
        f"{' (mixed)' if source.mixed else ''}, {source.chars} chars, {source.paragraphs} paragraphs · "
        f"engine: {result.provenance.engine} · status: [{status_style}]{result.status}[/]"
    )
    out.print(
        f"[dim]draft {result.id} revision {result.revision}"
        f"{' · from the draft store, no new generation' if result.cached else ''}[/]"
    )
    for locale, summary in result.summary.items():
        if summary is None:
            out.print(f"\n[bold]{locale}[/]: [dim](not produced: an LLM endpoint is needed)[/]")
            continue
        out.print(f"\n[bold]{locale}[/] · {summary.title}")
        out.print(f"[italic]{summary.one_line}[/]")
        out.print(summary.summary)
    if result.key_points and result.key_points_alignment == "independent":
        # Extracted separately per language: one list each, never rows that look like pairs.
        out.print(f"\n[bold]key points[/] [dim]({INDEPENDENT_KEY_POINTS})[/]")
        for locale, summary in result.summary.items():
            if summary is not None and summary.key_points:
                table = Table(title=f"key points · {locale}", show_header=False)
                table.add_column(locale, overflow="fold")
                for point in summary.key_points:
                    table.add_row(point)
                out.print(table)
    elif result.key_points:
        table = Table(title="key points", show_lines=True)
        locales = list(result.key_points[0])
        for locale in locales:
            table.add_column(locale, overflow="fold")
        for point in result.key_points:
            table.add_row(*[point.get(locale) or "—" for locale in locales])
        out.print(table)
    for locale, words in result.keywords.items():
        if words:
            out.print(f"keywords ({locale}): {', '.join(words)}")
    failed = [check for check in result.checks if not check.passed]
    for check in failed:
        if check.severity == "warning":
            out.print(f"[dim]warning {check.name}[/]: {check.detail}")
        else:
            out.print(f"[yellow]check {check.name} failed[/]: {check.detail}")
    out.print(f"[dim]{result.disclaimer['en']} {result.disclaimer['zh-Hans']}[/]\n")


@app.command()
def detect(
    path: Annotated[Path, typer.Argument(help="Article file")], as_json: bool = typer.Option(False, "--json")
) -> None:
    """Language and script per paragraph."""
    settings = get_settings()
    source = _prepare(path, settings)
    if as_json:
        sys.stdout.write(source.detection.model_dump_json(indent=2) + "\n")
        return
    d = source.detection
    out.print(
        f"{path.name}: [bold]{d.language}{'-' + d.script if d.script else ''}[/] "
        f"confidence {d.confidence:.2f}{' mixed' if d.mixed else ''} {d.languages}"
    )
    for label, paragraph in zip(d.paragraphs, source.normalized.paragraphs, strict=False):
        snippet = paragraph[:60].replace("\n", " ")
        out.print(
            f"  [{label.index:>3}] {label.language:<3} {label.script or '':<4} "
            f"{label.confidence:.2f}  {snippet}"
        )


@app.command()
def normalize(
    path: Annotated[Path, typer.Argument(help="Article file")],
    as_json: bool = typer.Option(False, "--json"),
    simplified: bool = typer.Option(False, "--simplified", help="Print the Simplified working copy"),
) -> None:
    """The cleaned article text the pipeline works on."""
    settings = get_settings()
    normalized = _prepare(path, settings).normalized
    if as_json:
        sys.stdout.write(normalized.model_dump_json(indent=2) + "\n")
        return
    sys.stdout.write((normalized.simplified if simplified else normalized.text) + "\n")
    for span in normalized.mojibake:
        err.print(f"[yellow]mojibake[/] paragraph {span.paragraph} [{span.start}:{span.end}]: {span.text!r}")


# Fields of a check body that an output file may carry; a stored draft or `bisum summarize --json` line
# has more (id, provenance, status...), which are not the output and are ignored.
_OUTPUT_FIELDS = ("summary", "keywords", "pairs", "target", "length", "targets", "disclaimer", "grounding")


@app.command()
def check(
    source: Annotated[Path, typer.Argument(help="The article (.txt/.md, or .html)")],
    output: Annotated[
        Path, typer.Argument(help="The output as JSON: a /v1/checks body, or a draft from --json")
    ],
    as_json: bool = typer.Option(False, "--json", help="Print {checks, status} as JSON"),
) -> None:
    """Check a given output against its source, as generation checks its own drafts: stores nothing and
    calls no model. Exit 0 when the output passes (warnings allowed), 1 when it needs review, 2 on bad
    input."""
    settings = get_settings()
    if not source.is_file():
        raise _fail(f"{source}: no such file")
    if not output.is_file():
        raise _fail(f"{output}: no such file")
    try:
        article = _read_article(source)
        given = json.loads(decode_bytes(output.read_bytes()))
        if not isinstance(given, dict):
            raise _fail(f"{output}: expected a JSON object")
        fields = {k: v for k, v in given.items() if k in _OUTPUT_FIELDS and v is not None}
        if isinstance(fields.get("summary"), dict):  # a draft lists every target, null where absent
            fields["summary"] = {k: v for k, v in fields["summary"].items() if v is not None}
        request = CheckRequest(**article.model_dump(exclude_none=True), **fields)
        result = check_given(request, settings)
    except InputError as exc:
        raise _fail(f"{source}: {exc.message}") from None
    except json.JSONDecodeError as exc:
        raise _fail(f"{output}: not JSON ({exc})") from None
    except ValidationError as exc:
        raise _fail(f"{output}: {_validation_message(exc)}") from None
    if as_json:
        sys.stdout.write(result.model_dump_json(indent=2) + "\n")
    else:
        table = Table(title=f"{output.name} against {source.name}: {result.status}", show_lines=False)
        for column in ("check", "result", "field", "detail"):
            table.add_column(column, overflow="fold")
        for item in result.checks:
            verdict = "ok" if item.passed else ("warning" if item.severity == "warning" else "FAILED")
            style = "" if item.passed else ("yellow" if item.severity == "warning" else "bold red")
            table.add_row(item.name, f"[{style}]{verdict}[/]" if style else verdict, item.field or "",
                          escape(item.detail))  # fmt: skip
        out.print(table)
    raise typer.Exit(0 if result.status == "draft" else EXIT_FAILED)


def _validation_message(exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(part) for part in first["loc"]) or "body"
    more = f" (+{exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
    return f"{where}: {first['msg']}{more}"


def _prepare(path: Path, settings: Settings):
    if not path.is_file():
        raise _fail(f"{path}: no such file")
    try:
        return prepare_source(_read_article(path), settings)
    except InputError as exc:
        raise _fail(f"{path}: {exc.message}") from None


@app.command()
def prompts() -> None:
    """List prompt versions with their sha256."""
    pipeline = build_pipeline(get_settings())
    table = Table("prompt", "sha256", "default", "description")
    for p in pipeline.prompts.all():
        is_default = pipeline.prompts.get(p.id).version == p.version
        table.add_row(p.ref, p.sha256[:23] + "…", "yes" if is_default else "", p.description)
    out.print(table)
    asyncio.run(close(pipeline))


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Bind address (default from settings)")] = None,
    port: Annotated[int | None, typer.Option(help="Port (default from settings)")] = None,
    workers: Annotated[int, typer.Option(help="uvicorn worker processes")] = 1,
) -> None:
    """Run the HTTP API (OpenAPI docs at /docs)."""
    import uvicorn

    from service.api.server import uvicorn_options
    from service.logs import configure_logging

    settings = get_settings()
    configure_logging(settings.log_level)
    bind = host or settings.host
    if not settings.all_api_keys() and bind not in LOOPBACK:
        raise _fail(
            f"refusing to serve on {bind} with no API keys configured: set BISUM_API_KEYS or "
            "BISUM_API_KEYS_FILE, or bind to 127.0.0.1"
        )
    uvicorn.run(
        "service.api.app:create_app",
        factory=True,
        host=bind,
        port=port or settings.port,
        workers=workers,
        log_level=settings.log_level.lower(),
        access_log=False,
        **uvicorn_options(settings),
    )


@app.command()
def worker(
    concurrency: Annotated[
        int | None, typer.Option(help="Articles in flight in this worker (default BISUM_JOB_CONCURRENCY)")
    ] = None,
    name: Annotated[str | None, typer.Option(help="Name in logs and job items (default host-pid)")] = None,
) -> None:
    """Run a job worker: takes job items from the Postgres queue (procrastinate). Run as many as you like."""
    from service.logs import configure_logging
    from service.wiring import run_worker

    settings = get_settings()
    if not settings.uses_postgres:
        raise _fail(
            "bisum worker needs a Postgres BISUM_DATABASE_URL (postgresql+psycopg://...); with SQLite, "
            "jobs run inside bisum serve"
        )
    if concurrency is not None and concurrency < 1:
        raise _fail("--concurrency must be at least 1")
    configure_logging(settings.log_level)
    # procrastinate stops gracefully on SIGINT / SIGTERM: running articles finish, nothing new starts.
    asyncio.run(run_worker(settings, concurrency=concurrency or settings.job_concurrency, name=name))


@app.command("fake-llm")
def fake_llm(
    host: Annotated[str, typer.Option(help="Bind address")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port")] = 8089,
    latency_ms: Annotated[float, typer.Option(help="Fixed answer latency")] = 0.0,
    flavor: Annotated[
        str, typer.Option(help="response_format support to imitate: openai, llama_cpp, deepseek, lm_studio")
    ] = "openai",
) -> None:
    """Run the project's scriptable fake OpenAI-compatible server (tests, benchmarks, demos)."""
    from service.devtools.fake_flavors import FLAVORS
    from service.devtools.fake_llm import FakeConfig, serve_forever

    if flavor not in FLAVORS:
        raise _fail(f"--flavor must be one of {', '.join(FLAVORS)}")
    out.print(f"fake LLM on http://{host}:{port}/v1 (configure: POST /_fake/config, stats: GET /_fake/stats)")
    serve_forever(host, port, FakeConfig(latency_ms=latency_ms, flavor=flavor))


@app.command()
def batch(
    inputs: Annotated[
        list[str],
        typer.Argument(help="Folders of .txt/.md/.html, .jsonl files, or - for JSON Lines on stdin"),
    ],
    out_dir: Annotated[Path, typer.Option("--out", help="Output folder (results, Markdown, failures)")],
    concurrency: Annotated[int, typer.Option(min=1, max=512, help="Most LLM calls at once")] = 16,
    rpm: Annotated[float | None, typer.Option(min=0.001, help="Most LLM requests per minute")] = None,
    tpm: Annotated[float | None, typer.Option(min=1, help="Most LLM tokens per minute (estimated)")] = None,
    length: Annotated[str, typer.Option(help="short | medium | long")] = "medium",
    target: Annotated[list[str] | None, typer.Option(help="Locale to return (repeatable)")] = None,
    prompt_version: Annotated[str | None, typer.Option(help="Summarize prompt version")] = None,
    max_attempts: Annotated[
        int | None,
        typer.Option(
            min=1, help="Tries per article, every retry layer together [default: BISUM_ARTICLE_MAX_ATTEMPTS]"
        ),
    ] = None,
    prepare_workers: Annotated[
        int | None, typer.Option(min=0, help="Processes for text preparation (default: automatic)")
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Count articles, tokens and cost; call nothing")
    ] = False,
    glossary: Annotated[Path | None, typer.Option("--glossary", help=GLOSSARY_HELP)] = None,
    context: Annotated[str | None, typer.Option("--context", help=CONTEXT_HELP)] = None,
) -> None:
    """Summarise a backlog: every article exactly once, resumable after a kill, as fast as allowed."""
    settings = get_settings()
    try:
        loaded = load_inputs(inputs, sys.stdin)
    except InputError as exc:
        raise _fail(escape(exc.message)) from None
    config = BatchConfig(
        out_dir=out_dir,
        options=BatchOptions(
            length=length,
            targets=target,
            prompt_version=prompt_version,
            max_article_attempts=max_attempts,
            glossary=glossary_option(glossary, settings.glossary_max_entries),
            context=context,
        ),
        concurrency=concurrency,
        rpm=rpm,
        tpm=tpm,
        prepare_workers=prepare_workers,
        live=out.is_terminal,
    )
    raise typer.Exit(asyncio.run(_batch(settings, loaded, config, dry_run)))


async def _batch(settings: Settings, loaded: Inputs, config: BatchConfig, dry_run: bool) -> int:
    drafts = build_drafts(settings)
    try:
        if dry_run:
            report = await estimate_batch(drafts, loaded, config)
            cost = f", estimated cost {report.cost:.4f}" if report.cost else ""
            out.print(
                f"{report.total} articles: {report.skipped} already in results, {report.in_store} in the "
                f"draft store (no call), {len(report.invalid)} invalid, {report.to_call} to summarise: "
                f"~{report.estimate.prompt_tokens} prompt + ~{report.estimate.completion_tokens} completion "
                f"tokens in ~{report.estimate.calls} LLM calls{cost}",
                soft_wrap=True,
            )
            for article_id, reason in report.invalid[:20]:
                err.print(f"[yellow]would fail:[/] {escape(article_id)}: {escape(reason)}")
            return 0
        result = await run_batch(drafts, loaded, config, out)
        out.print(result.summary, soft_wrap=True, highlight=False)
        for article_id, code, message in result.failures[:20]:
            err.print(f"[bold red]failed:[/] {escape(article_id)}: {code}: {escape(message)}")
        if len(result.failures) > 20:
            err.print(f"... and {len(result.failures) - 20} more in {config.out_dir / 'failures.jsonl'}")
        return result.exit_code
    except InputError as exc:
        err.print(f"[bold red]error:[/] {escape(exc.message)}")
        return EXIT_BAD_INPUT
    except (BisumError, OSError) as exc:
        err.print(f"[bold red]failed:[/] {escape(str(getattr(exc, 'message', None) or exc))}")
        return EXIT_FAILED
    finally:
        await close(drafts.pipeline)


# `bisum translate` lives in its own module; registered last, where it always appeared in --help.
app.command()(translate)
app.command("eval")(eval_prompts)


def main() -> None:  # pragma: no cover - console entry point convenience
    try:
        app()
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)


if __name__ == "__main__":  # pragma: no cover
    main()
