"""Checks on the input rather than the output: an editor must know when the source itself was damaged."""

from __future__ import annotations

from service.schemas import CheckResult, MojibakeSpan


def check_source(mojibake: list[MojibakeSpan]) -> list[CheckResult]:
    if not mojibake:
        return [CheckResult(name="source_mojibake", passed=True, detail="ok")]
    # Editors count paragraphs and characters from 1 (the review page numbers them ¶1, ¶2...).
    spans = ", ".join(
        f"paragraph {s.paragraph + 1}, characters {s.start + 1}–{s.end}: {s.text!r}" for s in mojibake[:5]
    )
    more = f" and {len(mojibake) - 5} more" if len(mojibake) > 5 else ""
    return [
        CheckResult(
            name="source_mojibake",
            passed=False,
            detail=f"the source contains garbled text that could not be repaired: {spans}{more}; "
            "check the summary against the original page",
            field="source",
        )
    ]
