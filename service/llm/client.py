"""The one LLM client, built at startup from Settings.

`openai.AsyncOpenAI` over an explicit `httpx.AsyncClient` (our timeouts and connection limits; also what
respx patches in tests), SDK retries off because service/llm/retry.py is the retry layer. Output is
requested as structured JSON in the mode service/llm/formats.py negotiates per endpoint and model
(`json_schema`; `json_object` or plain prompting with the schema in the prompt), validated with pydantic,
and repaired at most once."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, Generic, TypeVar
from urllib.parse import urlsplit

import httpx
import openai
from pydantic import BaseModel, ValidationError

from service import metrics
from service.config import Settings
from service.errors import ModelOutputError, UpstreamRejectedError
from service.llm.formats import FormatMode, FormatNegotiator, FormatRejected, error_text, is_format_rejection
from service.llm.prompts import PromptTemplate
from service.llm.retry import RetryPolicy, article_budget, call_with_retries
from service.schemas import Usage

log = logging.getLogger("bisum.llm")
T = TypeVar("T", bound=BaseModel)
DEFAULT_BASE_URL = "https://api.openai.com/v1"
_REPAIR = (
    "Your previous answer could not be used: {problem}. Answer again with only one complete JSON object "
    "that matches the response schema, no prose and no code fences. Be more concise if you ran out of room."
)


@dataclass(frozen=True)
class Completion(Generic[T]):
    value: T
    usage: Usage
    latency_ms: float
    model: str
    response_format: str | None = None  # the negotiated FormatMode.name


class UnusableOutput(Exception):
    """Internal: the answer failed validation; triggers the one repair attempt."""


def one_text_per_paragraph(expected: list[int]) -> Callable[[Any], None]:
    """A `validate` for translation answers: exactly the paragraphs asked for, in order, none empty."""

    def validate(output: Any) -> None:
        got = [p.index for p in output.paragraphs]
        if got != expected:
            raise UnusableOutput(f"expected paragraphs {expected}, got {got}")
        if any(not p.text.strip() for p in output.paragraphs):
            raise UnusableOutput("a translated paragraph is empty")

    return validate


class LLMClient:
    def __init__(self, settings: Settings, *, http_client: httpx.AsyncClient | None = None) -> None:
        self._http = http_client or httpx.AsyncClient(
            timeout=httpx.Timeout(settings.request_timeout_s, connect=settings.connect_timeout_s),
            limits=httpx.Limits(
                max_connections=settings.max_connections, max_keepalive_connections=settings.max_connections
            ),
        )
        api_key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else "unused"
        # Base URL and key are passed explicitly so the SDK never falls back to reading the environment.
        self._sdk = openai.AsyncOpenAI(
            api_key=api_key,
            base_url=settings.openai_base_url or DEFAULT_BASE_URL,
            max_retries=0,
            timeout=settings.request_timeout_s,
            http_client=self._http,
        )
        self.model = settings.model
        self.base_url = str(self._sdk.base_url)
        self.endpoint_host = urlsplit(self.base_url).hostname or ""
        self.response_format = settings.response_format
        self.formats = FormatNegotiator(settings.response_format)
        self.prices = (settings.price_per_1k_prompt_tokens, settings.price_per_1k_completion_tokens)
        self.policy = RetryPolicy(
            max_attempts=settings.max_attempts,
            base_delay_s=settings.retry_base_delay_s,
            max_delay_s=settings.retry_max_delay_s,
            max_retry_after_s=settings.max_retry_after_s,
        )
        # Told about every retried failure of every call (besides a per-call on_retry): a batch's limiter
        # learns of the 429s the retry layer absorbs.
        self.on_retry: Callable[[Exception, float], None] | None = None
        # Every call this client made and the tokens billed, whatever became of the request: a batch's
        # summary counts what articles that failed after real calls cost too.
        self.spent = Usage()

    async def aclose(self) -> None:
        await self._http.aclose()

    async def complete(
        self,
        prompt: PromptTemplate,
        values: dict[str, str],
        *,
        request_id: str | None = None,
        on_retry: Callable[[Exception, float], None] | None = None,
        validate: Callable[[Any], None] | None = None,
        once: bool = False,
    ) -> Completion[Any]:
        """Render `prompt`, call the model, and return its validated output (`prompt.output_schema`).
        `validate` may add a semantic check (raise UnusableOutput), e.g. one paragraph per index.
        `once`: exactly one request - no retry, no repair message (the draft repair pass's own call, which
        must never cost more than one extra call per article); an unusable answer is a ModelOutputError."""
        usage = Usage()
        started = time.perf_counter()
        mode, messages, content, finish_reason = await self._negotiate(
            prompt, values, usage, request_id, on_retry, once
        )
        try:
            value = _parse(prompt.output_schema, content, finish_reason, validate)
            metrics.record_llm_call("ok")
        except UnusableOutput as problem:
            metrics.record_llm_call("invalid_output")
            if once:  # the draft repair pass's own call: no second chance
                raise ModelOutputError(
                    f"the model's answer was unusable: {problem}",
                    detail={"prompt": prompt.ref, "model": self.model, "usage": usage.model_dump()},
                ) from None
            if _spend_article_try():
                raise _unusable(problem, prompt, self.model, repaired=False) from None
            log.warning(
                "llm output unusable, repairing",
                extra={"request_id": request_id, "prompt": prompt.ref, "problem": str(problem)},
            )
            repair = [
                *messages,
                {"role": "assistant", "content": content[:4000]},
                {"role": "user", "content": _REPAIR.format(problem=problem)},
            ]
            content, finish_reason = await self._create(prompt, mode, repair, usage, request_id, on_retry)
            try:
                value = _parse(prompt.output_schema, content, finish_reason, validate)
                metrics.record_llm_call("repaired")
            except UnusableOutput as second:
                metrics.record_llm_call("invalid_output")
                _spend_article_try()
                raise _unusable(second, prompt, self.model, repaired=True) from None
        latency_ms = (time.perf_counter() - started) * 1000
        return Completion(value, usage, latency_ms, self.model, mode.name)

    @property
    def embeds_schema(self) -> bool:
        """Whether prompts currently carry the schema (for token estimates)."""
        return self.formats.current(self.base_url, self.model).embeds_schema

    @property
    def format_in_use(self) -> str:
        """The mode the next call starts with: after a call, the one it negotiated."""
        return self.formats.current(self.base_url, self.model).name

    async def _negotiate(
        self,
        prompt: PromptTemplate,
        values: dict[str, str],
        usage: Usage,
        request_id: str | None,
        on_retry: Callable[[Exception, float], None] | None,
        once: bool = False,
    ) -> tuple[FormatMode, list[dict[str, str]], str, str | None]:
        """The first call, walking down the format ladder on rejections (one call per rejected mode;
        `once`: only the mode this endpoint last answered)."""
        candidates = self.formats.candidates(self.base_url, self.model)
        if once:
            candidates = candidates[:1]
        for position, mode in enumerate(candidates):
            messages = prompt.render(embed_schema=mode.embeds_schema, **values)
            try:
                content, finish_reason = await self._create(
                    prompt, mode, messages, usage, request_id, on_retry, once
                )
            except FormatRejected as rejection:
                self.formats.rejected(self.base_url, self.model, rejection)
                if position + 1 < len(candidates):
                    continue
                status = rejection.error.status_code
                raise UpstreamRejectedError(
                    f"the LLM endpoint at {self.base_url} rejected response_format {mode.name} ({status}): "
                    f"{error_text(rejection.error)[:200]}; set BISUM_RESPONSE_FORMAT=auto to negotiate "
                    "(or json_object / prompt)",
                    detail={"upstream_status": status, "response_format": mode.name},
                ) from None
            self.formats.succeeded(self.base_url, self.model, mode)
            return mode, messages, content, finish_reason
        raise AssertionError("the format ladder is never empty")

    async def _create(
        self,
        prompt: PromptTemplate,
        mode: FormatMode,
        messages: list[dict[str, str]],
        usage: Usage,
        request_id: str | None,
        on_retry: Callable[[Exception, float], None] | None,
        once: bool = False,
    ) -> tuple[str, str | None]:
        wire = mode.wire(prompt.output_schema)
        policy = replace(self.policy, max_attempts=1) if once else self.policy

        async def attempt() -> Any:
            usage.llm_calls += 1
            self.spent.llm_calls += 1
            attempt_started = time.perf_counter()
            try:
                response = await self._sdk.chat.completions.create(
                    model=self.model,
                    messages=messages,  # type: ignore[arg-type]
                    temperature=prompt.temperature,
                    max_tokens=prompt.max_output_tokens,
                    # Sent as it is, not through the SDK's typed-dict transform: that walks the whole
                    # JSON schema on the event loop (a seventh of the loop's CPU per request, profiled) and
                    # leaves it unchanged.
                    extra_body=None if wire is None else {"response_format": wire},
                )
            except openai.OpenAIError as exc:
                # Answers that arrived are counted once parsed (complete); failed calls are counted here.
                format_rejected = (
                    wire is not None and isinstance(exc, openai.APIStatusError) and is_format_rejection(exc)
                )
                outcome = "format_rejected" if format_rejected else _failure_outcome(exc)
                metrics.record_llm_call(outcome)
                log.warning(
                    "llm call failed",
                    extra={
                        "request_id": request_id,
                        "prompt": prompt.ref,
                        "model": self.model,
                        "endpoint": self.endpoint_host,
                        "call": usage.llm_calls,
                        "outcome": outcome,
                        "upstream_status": getattr(exc, "status_code", None),
                        "response_format": mode.name,
                        "latency_ms": round((time.perf_counter() - attempt_started) * 1000, 1),
                    },
                )
                if format_rejected:
                    assert isinstance(exc, openai.APIStatusError)
                    raise FormatRejected(mode, exc) from exc
                raise
            metrics.LLM_DURATION.observe(time.perf_counter() - attempt_started)
            return response

        started = time.perf_counter()
        # `once` also steps outside an article's attempt budget (a batch or job sets one), which would
        # otherwise let the retry layer try again: the repair pass's call is one request on top of it.
        token = article_budget.set(None) if once else None
        try:
            response = await call_with_retries(attempt, policy, on_retry=self._retry_hook(on_retry))
        finally:
            if token is not None:
                article_budget.reset(token)
        if response.usage is not None:
            usage.prompt_tokens += response.usage.prompt_tokens
            usage.completion_tokens += response.usage.completion_tokens
            usage.total_tokens += response.usage.total_tokens
            self.spent.prompt_tokens += response.usage.prompt_tokens
            self.spent.completion_tokens += response.usage.completion_tokens
            self.spent.total_tokens += response.usage.total_tokens
            metrics.record_tokens(
                response.usage.prompt_tokens,
                response.usage.completion_tokens,
                price_prompt_1k=self.prices[0],
                price_completion_1k=self.prices[1],
            )
        choice = response.choices[0] if response.choices else None
        log.info(
            "llm call",
            extra={
                "request_id": request_id,
                "prompt": prompt.ref,
                "model": self.model,
                "endpoint": self.endpoint_host,
                "latency_ms": round((time.perf_counter() - started) * 1000, 1),
                "prompt_tokens": response.usage.prompt_tokens if response.usage else None,
                "completion_tokens": response.usage.completion_tokens if response.usage else None,
                "finish_reason": choice.finish_reason if choice else None,
            },
        )
        if choice is None:
            return "", None
        return choice.message.content or "", choice.finish_reason

    def _retry_hook(
        self, on_retry: Callable[[Exception, float], None] | None
    ) -> Callable[[Exception, float], None] | None:
        if on_retry is None or self.on_retry is None:
            return on_retry or self.on_retry
        client_hook = self.on_retry

        def both(exc: Exception, delay: float) -> None:
            on_retry(exc, delay)
            client_hook(exc, delay)

        return both


def _spend_article_try() -> bool:
    """An unusable answer spends a try of the article's budget (if one is set); True when none is left."""
    budget = article_budget.get()
    if budget is None:
        return False
    budget.spend()
    return budget.exhausted


def _unusable(
    problem: UnusableOutput, prompt: PromptTemplate, model: str, *, repaired: bool
) -> ModelOutputError:
    when = "after one repair attempt" if repaired else "and the article has no tries left to repair it"
    return ModelOutputError(
        f"the model's answer was unusable {when}: {problem}", detail={"prompt": prompt.ref, "model": model}
    )


def _failure_outcome(exc: openai.OpenAIError) -> str:
    if isinstance(exc, openai.APITimeoutError):
        return "timeout"
    if isinstance(exc, openai.APIConnectionError):  # refused, reset, or dropped mid-body
        return "connection_error"
    if isinstance(exc, openai.APIStatusError):
        if exc.status_code == 429:
            return "rate_limited"
        return "server_error" if exc.status_code >= 500 else "rejected"
    return "rejected"


def _parse(
    model: type[T], content: str, finish_reason: str | None, validate: Callable[[T], None] | None
) -> T:
    if finish_reason == "length":
        raise UnusableOutput("the answer was cut off at the output token limit (finish_reason=length)")
    text = _strip_fences(content)
    if not text:
        raise UnusableOutput("the answer was empty")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UnusableOutput(f"the answer is not valid JSON ({exc.msg} at char {exc.pos})") from None
    try:
        value = model.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or 'root'}: {err['msg']}" for err in exc.errors()[:5]
        )
        raise UnusableOutput(f"the JSON does not match the schema ({problems})") from None
    if validate is not None:
        validate(value)
    return value


def _strip_fences(content: str) -> str:
    """Some json_object endpoints still wrap the object in ```json fences."""
    text = content.strip()
    if text.startswith("```"):
        text = text.split("\n", 1)[1] if "\n" in text else ""
        text = text.rsplit("```", 1)[0]
    return text.strip()
