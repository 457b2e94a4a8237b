"""What grounding costs: tokens of summarize@v2 (grounded) against summarize@v1, per summary.

    python benchmarks/grounding_cost.py            # table; figures in benchmarks/results/grounding_cost.json

Prompt side: both prompt versions rendered for every article of the checker's evaluation sets (the same
articles, numbered [n] for v2 as the pipeline sends them), with the response schema each sends as
`response_format`, counted with cl100k (offline tiktoken). Completion side: the faithful outputs of the
evaluation sets serialised as the model returns them, v1's shape against v2's (the same summary plus its
entity table and key-point sources). No model runs: the outputs are the careful human-written ones, so
this measures the grounding a faithful answer carries, not a particular model's verbosity.
"""

from __future__ import annotations

import json
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._checks_data import SETS_DIR, load_cases, request_body, set_names
from benchmarks._harness import write_result
from service.config import Settings
from service.llm.prompts import PromptRegistry
from service.llm.schemas import response_schema
from service.pipeline import KEYWORD_COUNT, LENGTH_RULES, prepare_source
from service.schemas import SummaryRequest
from service.text.segment import count_tokens


def _prompt_tokens(prompt, article: str) -> int:
    messages = prompt.render(
        embed_schema=False,
        nonce="0123456789abcdef",
        length_rule=LENGTH_RULES["medium"],
        keyword_count=KEYWORD_COUNT,
        source_language="en",
        article=article,
    )
    schema = json.dumps(response_schema(prompt.output_schema), ensure_ascii=False, separators=(",", ":"))
    return sum(count_tokens(m["content"]) for m in messages) + count_tokens(schema)


def _completion(body: dict, grounded: bool) -> str:
    summary = body["summary"]
    sides = {"en": dict(summary["en"]), "zh_hans": dict(summary["zh-Hans"])}
    answer: dict = {**sides, "keywords_en": body.get("keywords", {}).get("en", []),
                    "keywords_zh_hans": body.get("keywords", {}).get("zh-Hans", [])}  # fmt: skip
    if grounded:
        grounding = body.get("grounding") or {}
        sources = grounding.get("key_point_sources", {})
        answer["en"]["key_point_sources"] = sources.get("en", [])
        answer["zh_hans"]["key_point_sources"] = sources.get("zh-Hans", [])
        answer["entities"] = grounding.get("entities", [])
    return json.dumps(answer, ensure_ascii=False, separators=(",", ":"))


def main() -> int:
    settings = Settings(_env_file=None)
    registry = PromptRegistry.load(settings.prompts_dir, {"summarize": "v2"})
    v1, v2 = registry.get("summarize", "v1"), registry.get("summarize", "v2")
    rows = []
    for name in set_names():
        cases, _ = load_cases(SETS_DIR / name)
        for case in cases:
            if case.defect is not None or "summary" not in case.body or not case.body.get("grounding"):
                continue
            body = request_body(SETS_DIR / name, case, grounded=True)
            source = prepare_source(
                SummaryRequest(**{k: body[k] for k in ("text", "html") if k in body}), settings
            )
            paragraphs = source.normalized.simplified_paragraphs
            plain = "\n\n".join(paragraphs)
            numbered = "\n\n".join(f"[{n}] {p}" for n, p in enumerate(paragraphs, start=1))
            rows.append(
                {
                    "case": case.id,
                    "prompt_v1": _prompt_tokens(v1, plain),
                    "prompt_v2": _prompt_tokens(v2, numbered),
                    "completion_v1": count_tokens(_completion(body, grounded=False)),
                    "completion_v2": count_tokens(_completion(body, grounded=True)),
                }
            )
    if not rows:
        print("no faithful grounded cases found under", SETS_DIR)
        return 1

    def median(key: str) -> float:
        return statistics.median(r[key] for r in rows)

    total_v1 = [r["prompt_v1"] + r["completion_v1"] for r in rows]
    total_v2 = [r["prompt_v2"] + r["completion_v2"] for r in rows]
    extra = [(b - a) / a for a, b in zip(total_v1, total_v2, strict=True)]
    figures = {
        "summaries": len(rows),
        "median_prompt_v1": median("prompt_v1"),
        "median_prompt_v2": median("prompt_v2"),
        "median_completion_v1": median("completion_v1"),
        "median_completion_v2": median("completion_v2"),
        "median_extra_total": round(statistics.median(extra), 4),
        "mean_extra_total": round(statistics.fmean(extra), 4),
        "median_extra_prompt": round(
            statistics.median((r["prompt_v2"] - r["prompt_v1"]) / r["prompt_v1"] for r in rows), 4
        ),
        "median_extra_completion": round(
            statistics.median((r["completion_v2"] - r["completion_v1"]) / r["completion_v1"] for r in rows), 4
        ),
        "target_extra_total": 0.10,
        "rows": rows,
    }
    print(f"{len(rows)} faithful summaries (evaluation sets), cl100k tokens, median per summary:")
    print(f"  prompt      v1 {figures['median_prompt_v1']:>7.0f}   v2 {figures['median_prompt_v2']:>7.0f}   "
          f"+{figures['median_extra_prompt']:.1%}")  # fmt: skip
    print(f"  completion  v1 {figures['median_completion_v1']:>7.0f}   v2 {figures['median_completion_v2']:>7.0f}   "
          f"+{figures['median_extra_completion']:.1%}")  # fmt: skip
    print(f"  total       +{figures['median_extra_total']:.1%} median, +{figures['mean_extra_total']:.1%} mean "
          f"(target <= +10%)")  # fmt: skip
    write_result("grounding_cost", figures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
