"""Text pipeline throughput on one core: normalise + detect (what every request pays before the model)
against langdetect alone, in MB/s of UTF-8 input, per corpus (Chinese, English, mixed seeds).

    python benchmarks/text_throughput.py               # >= 3 s per measurement
    python benchmarks/text_throughput.py --seconds 1

Each seed article is one input, as the service sees it. "langdetect (article)" is one detect_langs call on
the whole article; "langdetect (paragraphs)" one call per paragraph, which is what a per-paragraph
detector built on langdetect alone would cost. The process is pinned to one CPU; figures are MB per
CPU-second (time.process_time), so a busy machine slows the run, not the figure. Writes
results/text_throughput.json."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from langdetect import DetectorFactory, detect_langs
from langdetect.lang_detect_exception import LangDetectException

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._harness import seed_text, table, write_result
from service.text.detect import detect
from service.text.normalize import normalize

CORPORA = {"zh": ["001", "002", "004"], "en": ["003"], "mixed": ["000"]}


def _langdetect(text: str) -> None:
    with contextlib.suppress(LangDetectException):  # "no features in text": as cheap as it gets
        detect_langs(text)


def _pipeline(text: str) -> None:
    detect(normalize(text).paragraphs)


def _langdetect_paragraphs(text: str) -> None:
    for paragraph in text.splitlines():
        if paragraph.strip():
            _langdetect(paragraph)


def throughput(work: Callable[[str], None], articles: list[str], seconds: float) -> float:
    """MB/s of UTF-8 input per CPU-second, looping over the articles until `seconds` of CPU have passed."""
    size = sum(len(a.encode("utf-8")) for a in articles)
    for article in articles:  # warm caches: OpenCC dictionaries, langdetect profiles, regexes
        work(article)
    done = 0
    started = time.process_time()  # CPU time: the cores are shared, wall time measures the neighbours
    while True:
        for article in articles:
            work(article)
        done += size
        elapsed = time.process_time() - started
        if elapsed >= seconds:
            return done / elapsed / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seconds", type=float, default=3.0, help="minimum time per measurement")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    DetectorFactory.seed = 0
    rows = []
    for corpus, prefixes in CORPORA.items():
        articles = [seed_text(prefix) for prefix in prefixes]
        pipeline = throughput(_pipeline, articles, args.seconds)
        whole = throughput(_langdetect, articles, args.seconds)
        paragraphs = throughput(_langdetect_paragraphs, articles, args.seconds)
        rows.append(
            {
                "corpus": corpus,
                "kb": round(sum(len(a.encode()) for a in articles) / 1000, 1),
                "normalise+detect_MBps": round(pipeline, 3),
                "langdetect_article_MBps": round(whole, 3),
                "langdetect_paragraphs_MBps": round(paragraphs, 3),
                "vs_langdetect_article": round(pipeline / whole, 2),
            }
        )
    print(table(rows, list(rows[0])))
    path = write_result("text_throughput", {"cpus_used": 1, "rows": rows})
    print(f"\nwrote {path}")


if __name__ == "__main__":
    main()
