"""How often the one repair pass (issue 11 §4) fixes each of the fake LLM's scripted content faults.

    python benchmarks/repair.py [--rounds 3]     # table; figures in benchmarks/results/repair.json

For every content fault the fake plants (README "Fault matrix") and every article - the five seeds as
summaries, and short English and Chinese texts (each seed's opening paragraphs among them) as
translations into zh-Hans and English - the first call is scripted with the fault and the repair call
answers normally; `--rounds` repeats it with other fake content seeds. A second table scripts the repair
call itself to fail (invalid JSON, truncated, 500, 429): the first draft must be kept, at exactly one
extra call. Runs in process (DraftService, a temporary SQLite store, the fake on a local socket).

Outcomes per article (provenance.repair.outcome): fixed (no error check fails any more), improved (fewer
fail), not_fixed, failed (the repair call or its answer was unusable: first draft kept)."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._harness import SEEDS, table, write_result
from service.config import Settings
from service.devtools.fake_llm import FakeLLM
from service.schemas import SummaryRequest, TranslationRequest
from service.wiring import build_drafts, close

CONTENT_FAULTS = ("invented_numbers", "traditional_in_hans", "english_in_chinese", "prompt_injection")
REPAIR_CALL_FAULTS = ("invalid_json", "truncated", "server_error", "rate_limit")
OUTCOMES = ("fixed", "improved", "not_fixed", "failed")
EN_TEXTS = (
    "The city council approved a new park on Monday. It will open next spring.\n\n"
    "Mayor Lin Wei said 120 trees would be planted along the river.",
    "Researchers at the university published a study on urban heat.\n\n"
    "They found that shaded streets were cooler in the afternoon.",
    "Logan Kilpatrick left OpenAI on March 1.\n\nHe had worked there for over a year.",
    "The library will extend its opening hours during the exam period.\n\n"
    "Students welcomed the decision, but some asked for more quiet rooms.",
    "Rail operators warned of delays after heavy snow closed several lines.\n\n"
    "Engineers expect most services to resume by the weekend.",
)
ZH_TEXTS = (
    "市议会周一批准了一座新公园，预计明年春天开放。\n\n市长表示将沿河种植120棵树。",
    "研究人员发布了一项关于城市高温的研究。\n\n他们发现有树荫的街道在下午更凉爽。",
    "洛根·基尔帕特里克在3月1日宣布离开OpenAI。\n\n他在OpenAI工作了一年多。",
    "图书馆将在考试期间延长开放时间。\n\n学生们对这一决定表示欢迎，但也希望增加安静的自习室。",
)


Case = tuple[str, str, SummaryRequest | TranslationRequest]


def _cases() -> list[Case]:
    cases: list[Case] = []
    for path in sorted(SEEDS.glob("00*_*.txt")):
        text = path.read_text(encoding="utf-8")
        cases.append(("summary", f"seed {path.name[:3]}", SummaryRequest(text=text, force=True, repair=True)))
    for number, text in enumerate(EN_TEXTS):
        request = TranslationRequest(text=text, target="zh-Hans", force=True, repair=True)
        cases.append(("translation", f"en {number}", request))
    for number, text in enumerate(ZH_TEXTS):
        cases.append(
            (
                "translation",
                f"zh {number}",
                TranslationRequest(text=text, target="en", force=True, repair=True),
            )
        )
    return cases


async def _clean_cases(drafts, fake) -> list[Case]:
    """Only articles whose fault-free answer is a clean draft: a failure is then the planted fault's."""
    kept = []
    for case in _cases():
        fake.script("ok")
        if (await _generate(drafts, case[2])).status == "draft":
            kept.append(case)
    return kept


async def _run(rounds: int) -> dict:
    by_kind: dict[tuple[str, str], Counter] = {}
    calls: Counter = Counter()
    call_faults: dict[str, Counter] = {}
    with FakeLLM(retry_after_s=0) as fake, tempfile.TemporaryDirectory() as tmp:
        settings = Settings(
            _env_file=None,
            openai_base_url=fake.base_url,
            openai_api_key="bench",
            model="bisum-fake-llm",
            max_attempts=2,
            retry_base_delay_s=0.0,
            database_url=f"sqlite:///{tmp}/repair.sqlite3",
        )
        drafts = build_drafts(settings)
        try:
            fake.configure(seed=0)
            cases = await _clean_cases(drafts, fake)
            for round_ in range(rounds):
                fake.configure(seed=round_ + 1)
                for kind, _name, request in cases:
                    if isinstance(request, TranslationRequest):
                        kind = f"translation into {request.target}"
                    for fault in CONTENT_FAULTS:
                        fake.script(fault)  # the first call; the repair call answers normally
                        before = fake.stats["calls"]
                        result = await _generate(drafts, request)
                        repair = result.provenance.repair
                        outcome = repair.outcome if repair else "no_repair"
                        by_kind.setdefault((fault, kind), Counter())[outcome] += 1
                        calls[fake.stats["calls"] - before] += 1
            for fault in REPAIR_CALL_FAULTS:
                counter = call_faults.setdefault(fault, Counter())
                for _kind, _name, request in cases:
                    fake.script("invented_numbers", fault, fault)
                    before = fake.stats["calls"]
                    result = await _generate(drafts, request)
                    repair = result.provenance.repair
                    counter[repair.outcome if repair else "no_repair"] += 1
                    counter[f"status {result.status}"] += 1
                    counter[f"{fake.stats['calls'] - before} calls"] += 1
                    fake.script()
        finally:
            await close(drafts.pipeline)
    names = [name for _kind, name, _request in cases]
    return {"by_kind": by_kind, "calls": calls, "call_faults": call_faults, "articles": names}


async def _generate(drafts, request):
    if isinstance(request, SummaryRequest):
        return await drafts.summarize(request, author="bench")
    return await drafts.translate(request, author="bench")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    logging.disable(logging.WARNING)  # the failed repair calls are expected here
    data = asyncio.run(_run(args.rounds))
    print(f"articles (fault-free answer is a clean draft): {', '.join(data['articles'])}\n")
    rows = []
    for (fault, kind), counter in sorted(data["by_kind"].items()):
        total = sum(counter.values())
        row = {"fault": fault, "output": kind, "articles": total}
        row.update({o: counter.get(o, 0) for o in (*OUTCOMES, "no_repair")})
        row["fixed %"] = f"{100 * counter.get('fixed', 0) / total:.0f}"
        rows.append(row)
    print(table(rows, ["fault", "output", "articles", *OUTCOMES, "no_repair", "fixed %"]))
    print(f"\ncalls per article (first + repair): {dict(sorted(data['calls'].items()))}\n")
    fault_rows = [{"repair call fault": f, **dict(sorted(c.items()))} for f, c in data["call_faults"].items()]
    columns = ["repair call fault", *sorted({k for r in fault_rows for k in r if k != "repair call fault"})]
    print(table(fault_rows, columns))
    path = write_result(
        "repair",
        {
            "rounds": args.rounds,
            "articles": data["articles"],
            "by_fault": rows,
            "calls_per_article": {str(k): v for k, v in sorted(data["calls"].items())},
            "repair_call_faults": fault_rows,
        },
    )
    print(f"\nwritten {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
