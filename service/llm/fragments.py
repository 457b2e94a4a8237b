"""Prompt fragments: a versioned piece of system message (service/prompts/<id>/<version>.md, pinned in
CHECKSUMS like any prompt) that code appends to another prompt on request, with the schema extension its
answer needs. The base prompt keeps its id@version; provenance names the fragment beside it."""

from __future__ import annotations

import dataclasses
from string import Template

from service.llm.prompts import PromptTemplate
from service.llm.schemas import AnalysisOutput, with_analysis
from service.schemas import Analysis, Score


def with_fragment(prompt: PromptTemplate, fragment: PromptTemplate) -> PromptTemplate:
    """`prompt` asking for the fragment's output too, in the same call. The fragment goes before the
    schema block (json_object and prompt modes spell the schema out last)."""
    if fragment.output_schema is not AnalysisOutput:
        raise ValueError(f"{fragment.ref} is not a fragment this service knows how to append")
    template = prompt.system.template
    addition = "\n\n" + fragment.system.template
    if "$schema_block" in template:
        system = template.replace("$schema_block", addition + "$schema_block", 1)
    else:
        system = template + addition
    return dataclasses.replace(
        prompt,
        system=Template(system),
        output_schema=with_analysis(prompt.output_schema),
        max_output_tokens=prompt.max_output_tokens + fragment.max_output_tokens,
    )


def analysis_of(output: AnalysisOutput) -> Analysis:
    """The model's answer as the response shape (en and zh-Hans; finalize derives the zh-Hant ones)."""

    def score(part) -> Score:
        return Score(score=part.score, reason={"en": part.reason_en, "zh-Hans": part.reason_zh_hans})

    return Analysis(
        available=True,
        hot=score(output.hot),
        quality=score(output.quality),
        impact=score(output.impact),
        text={"en": output.analysis_en.strip(), "zh-Hans": output.analysis_zh_hans.strip()},
    )
