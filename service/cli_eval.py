"""`bisum eval PROMPT_REF [--baseline REF] --set FILE.jsonl [--out DIR]`: the prompt regression gate
(service/evaluate.py) as a rich side-by-side table, and `eval.json` in --out.

Exit codes: 0 (the gate passed, or no baseline), 1 (the candidate fails more error checks or more
articles than the baseline), 2 (unknown prompt ref, bad set file, no LLM endpoint)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from service.cli_common import EXIT_BAD_INPUT, EXIT_FAILED, _fail, _write_atomically, out
from service.config import get_settings
from service.errors import InputError
from service.evaluate import VersionReport, evaluate, gate, load_set, parse_ref
from service.wiring import build_pipeline, close


def eval_prompts(
    prompt_ref: Annotated[str, typer.Argument(help="The prompt version to evaluate, e.g. summarize@v2")],
    eval_set: Annotated[
        Path, typer.Option("--set", help="JSON Lines: articles, optionally with the approved output")
    ],
    baseline: Annotated[
        str | None, typer.Option(help="Compare with this version, e.g. summarize@v1 (the current default)")
    ] = None,
    out_dir: Annotated[Path | None, typer.Option("--out", help="Write eval.json here")] = None,
    concurrency: Annotated[int, typer.Option(min=1, help="Articles evaluated at once")] = 4,
) -> None:
    """Run one or two prompt versions over an evaluation set against the configured endpoint and compare
    check failures, calls and tokens, and distance from the editor-approved outputs."""
    settings = get_settings()
    try:
        parse_ref(prompt_ref)
        if baseline is not None:
            parse_ref(baseline)
        items = load_set(eval_set)
    except InputError as exc:
        raise _fail(exc.message) from None
    if not settings.llm_configured:
        raise _fail("bisum eval needs an LLM endpoint: set OPENAI_BASE_URL (and OPENAI_API_KEY)")
    pipeline = build_pipeline(settings)

    async def run() -> list[VersionReport]:
        try:
            return await evaluate(pipeline, items, prompt_ref, baseline, concurrency=concurrency)
        finally:
            await close(pipeline)

    try:
        reports = asyncio.run(run())
    except InputError as exc:
        raise _fail(exc.message, EXIT_BAD_INPUT) from None
    verdict = gate(reports)
    out.print(_table(reports))
    if verdict is not None:
        style = "green" if verdict["passed"] else "bold red"
        word = "passed" if verdict["passed"] else "FAILED"
        counts = verdict["error_check_failures"]
        out.print(
            f"[{style}]gate {word}[/]: {escape(verdict['candidate'])} fails {counts['candidate']} error "
            f"check(s), {escape(verdict['baseline'])} {counts['baseline']}"
        )
    if out_dir is not None:
        payload: dict[str, Any] = {
            "set": str(eval_set),
            "articles": len(items),
            "versions": [r.as_json() for r in reports],
            "gate": verdict,
        }
        target = out_dir / "eval.json"
        _write_atomically(target, json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        out.print(f"written {escape(str(target))}")
    if verdict is not None and not verdict["passed"]:
        raise typer.Exit(EXIT_FAILED)


def _table(reports: list[VersionReport]) -> Table:
    table = Table(title="bisum eval", show_lines=False)
    table.add_column("measure")
    for report in reports:
        table.add_column(escape(report.prompt), justify="right")
    if len(reports) == 2:
        table.add_column("Δ", justify="right")

    def row(label: str, values: list[float | int | str], delta: bool = True) -> None:
        cells = [str(v) for v in values]
        if len(values) == 2:
            a, b = values
            numeric = isinstance(a, int | float) and isinstance(b, int | float)
            cells.append(f"{a - b:+.3g}" if delta and numeric else "")  # type: ignore[operator]
        table.add_row(escape(label), *cells)

    row("articles", [r.articles for r in reports], delta=False)
    row("generation errors", [sum(r.errors.values()) for r in reports])
    for status in sorted({s for r in reports for s in r.statuses}):
        row(f"status {status}", [r.statuses.get(status, 0) for r in reports])
    row("error check failures", [r.error_failures for r in reports])
    for name in sorted({n for r in reports for n in r.failures}):
        row(f"  {name}", [r.failures.get(name, 0) for r in reports])
    for name in ("llm_calls", "prompt_tokens", "completion_tokens", "total_tokens"):
        row(name, [r.usage.get(name, 0) for r in reports])
    for name in sorted({n for r in reports for n in r.distances}):
        for metric in ("similarity", "rouge_l"):
            row(f"{name} {metric}", [r.mean_distance(name).get(metric, 0.0) for r in reports])
    return table
