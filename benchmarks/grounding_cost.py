"""What grounding costs: tokens of summarize@v2 and @v3 (grounded) against summarize@v1, per summary.

    python benchmarks/grounding_cost.py              # table, and benchmarks/results/grounding_cost.json
    python benchmarks/grounding_cost.py --sets dev   # only these evaluation sets

Prompt side: each prompt version rendered for every article of the checker's evaluation sets (the same
articles, numbered [n] for the grounded versions as the pipeline sends them), with the response schema each
sends as `response_format`, counted with cl100k (offline tiktoken). Completion side: the faithful outputs of
the evaluation sets serialised as the model returns them in each version's shape: v1's, v2's (the same
summary plus its entity table and key-point sources) and v3's (the same grounding as compact rows, the
article form a 4th field only where neither name is in the article). No model runs: the outputs are the
careful human-written ones, so this measures the grounding a faithful answer carries, not a particular
model's verbosity.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._checks_data import SETS_DIR, load_cases, request_body, set_names
from benchmarks._harness import write_result
from service.config import Settings
from service.llm.prompts import PromptRegistry, PromptTemplate
from service.llm.schemas import compact_grounding, response_schema
from service.pipeline import KEYWORD_COUNT, LENGTH_RULES, prepare_source
from service.schemas import Grounding, SummaryRequest
from service.text.segment import count_tokens

VERSIONS = ("v1", "v2", "v3")
TARGET_EXTRA_TOTAL = 0.10


def _prompt_tokens(prompt: PromptTemplate, article: str) -> int:
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


def completion(body: dict, version: str, source: str) -> str:
    """The faithful answer of a case as `version` has the model return it (compact JSON, as models do)."""
    summary = body["summary"]
    answer: dict = {
        "en": dict(summary["en"]),
        "zh_hans": dict(summary["zh-Hans"]),
        "keywords_en": body.get("keywords", {}).get("en", []),
        "keywords_zh_hans": body.get("keywords", {}).get("zh-Hans", []),
    }
    grounding = Grounding.model_validate(body.get("grounding") or {})
    sources = grounding.key_point_sources
    if version == "v2":
        answer["en"]["key_point_sources"] = sources.get("en", [])
        answer["zh_hans"]["key_point_sources"] = sources.get("zh-Hans", [])
        answer["entities"] = [entity.model_dump() for entity in grounding.entities]
    elif version == "v3":
        answer["en"]["kp_src"] = sources.get("en", [])
        answer["zh_hans"]["kp_src"] = sources.get("zh-Hans", [])
        answer["ents"] = compact_grounding(grounding, source).ents
    return json.dumps(answer, ensure_ascii=False, separators=(",", ":"))


def measure(sets: list[str]) -> list[dict]:
    settings = Settings(_env_file=None)
    registry = PromptRegistry.load(settings.prompts_dir, {"summarize": "v3"})
    prompts = {version: registry.get("summarize", version) for version in VERSIONS}
    rows = []
    for name in sets:
        cases, _ = load_cases(SETS_DIR / name)
        for case in cases:
            if case.defect is not None or "summary" not in case.body or not case.body.get("grounding"):
                continue
            body = request_body(SETS_DIR / name, case, grounded=True)
            source = prepare_source(
                SummaryRequest(**{k: body[k] for k in ("text", "html") if k in body}), settings
            )
            paragraphs = source.normalized.simplified_paragraphs
            article = {
                "v1": "\n\n".join(paragraphs),
                "numbered": "\n\n".join(f"[{n}] {p}" for n, p in enumerate(paragraphs, start=1)),
            }
            row: dict = {"set": name, "case": case.id}
            for version in VERSIONS:
                text = article["v1" if version == "v1" else "numbered"]
                row[f"prompt_{version}"] = _prompt_tokens(prompts[version], text)
                row[f"completion_{version}"] = count_tokens(completion(body, version, source.normalized.text))
                row[f"total_{version}"] = row[f"prompt_{version}"] + row[f"completion_{version}"]
            rows.append(row)
    return rows


def figures(rows: list[dict]) -> dict:
    out: dict = {"summaries": len(rows)}
    for part in ("prompt", "completion", "total"):
        for version in VERSIONS:
            out[f"median_{part}_{version}"] = statistics.median(r[f"{part}_{version}"] for r in rows)
        for version in VERSIONS[1:]:
            extra = [(r[f"{part}_{version}"] - r[f"{part}_v1"]) / r[f"{part}_v1"] for r in rows]
            out[f"median_extra_{part}_{version}"] = round(statistics.median(extra), 4)
            if part == "total":
                out[f"mean_extra_total_{version}"] = round(statistics.fmean(extra), 4)
                out[f"max_extra_total_{version}"] = round(max(extra), 4)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", default=None, help="evaluation sets (default: all)")
    args = parser.parse_args(argv)
    sets = args.sets or set_names()
    rows = measure(sets)
    if not rows:
        print("no faithful grounded cases found under", SETS_DIR)
        return 1
    overall = figures(rows)
    result = {
        **overall,
        "sets": sets,
        "per_set": {name: figures([r for r in rows if r["set"] == name]) for name in sets},
        "target_extra_total": TARGET_EXTRA_TOTAL,
        "rows": rows,
    }
    print(f"{len(rows)} faithful summaries ({', '.join(sets)}), cl100k tokens, median per summary:")
    print(f"  {'':<11} {'v1':>6} {'v2':>6} {'v3':>6}   {'v2 vs v1':>9} {'v3 vs v1':>9}")
    for part in ("prompt", "completion", "total"):
        medians = " ".join(f"{overall[f'median_{part}_{v}']:>6.0f}" for v in VERSIONS)
        extras = " ".join(f"{overall[f'median_extra_{part}_{v}']:>+9.1%}" for v in VERSIONS[1:])
        print(f"  {part:<11} {medians}   {extras}")
    for version in VERSIONS[1:]:
        print(
            f"  {version} total: {overall[f'median_extra_total_{version}']:+.1%} median, "
            f"{overall[f'mean_extra_total_{version}']:+.1%} mean, "
            f"{overall[f'max_extra_total_{version}']:+.1%} worst (target <= +{TARGET_EXTRA_TOTAL:.0%})"
        )
    write_result("grounding_cost", result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
