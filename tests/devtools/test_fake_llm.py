"""The fake OpenAI-compatible server, driven through the real openai SDK and raw sockets."""

from __future__ import annotations

import asyncio
import json
import re
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any, Literal

import httpx
import openai
import opencc
import pytest
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from service.devtools import fake_content as fc
from service.devtools.fake_content import carried_tokens, parse_request
from service.devtools.fake_llm import FAULTS, FakeConfig, FakeLLM

T2S = opencc.OpenCC("t2s")
HAN = re.compile(r"[\u4e00-\u9fff]")
NONCE = "9f3a1c"


# --- schemas like the service's ----------------------------------------------------------------


class LangSummary(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: str
    one_line: str
    summary: str
    key_points: list[str] = Field(min_length=3, max_length=6)


class SummaryOut(BaseModel):
    model_config = ConfigDict(extra="forbid")

    en: LangSummary
    zh_hans: LangSummary
    keywords_en: list[str]
    keywords_zh_hans: list[str]
    category: Literal["politics", "science", "other"]
    notes: str | None = None


class Para(BaseModel):
    index: int
    text: str


class TranslationOut(BaseModel):
    paragraphs: list[Para]


ARTICLE = (
    "OpenAI said on Tuesday that revenue rose 28% in 2024.\n\n"
    "The Reuters report added that Microsoft invested 10,000 dollars.\n\n"
    "Nothing else happened."
)


def fenced(text: str) -> str:
    return f"=====BEGIN ARTICLE {NONCE}=====\n{text}\n=====END ARTICLE {NONCE}====="


def numbered(text: str) -> str:
    return "\n\n".join(f"[{i}] {p}" for i, p in enumerate(text.split("\n\n"), start=1))


def summary_messages(target: str = "en") -> list[dict[str, str]]:
    return [
        {"role": "system", "content": f"You write bilingual summaries.\nTarget language: {target}\n"},
        {"role": "user", "content": "Summarise the article.\n\n" + fenced(ARTICLE)},
    ]


def translation_messages(target: str) -> list[dict[str, str]]:
    return [
        {"role": "system", "content": f"Translate each numbered paragraph.\nTarget language: {target}"},
        {"role": "user", "content": fenced(numbered(ARTICLE))},
    ]


def schema_format(model: type[BaseModel], name: str) -> dict[str, Any]:
    return {
        "type": "json_schema",
        "json_schema": {"name": name, "schema": model.model_json_schema(), "strict": True},
    }


# --- fixtures ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def server() -> Iterator[FakeLLM]:
    with FakeLLM(seed=1234) as fake:
        yield fake


@pytest.fixture
def fake(server: FakeLLM) -> FakeLLM:
    server.reset()
    return server


def make_client(base_url: str, timeout: float = 10.0) -> openai.AsyncOpenAI:
    return openai.AsyncOpenAI(
        api_key="x",
        base_url=base_url,
        max_retries=0,
        timeout=timeout,
        http_client=httpx.AsyncClient(timeout=timeout),
    )


@pytest.fixture
async def client(fake: FakeLLM) -> AsyncIterator[openai.AsyncOpenAI]:
    c = make_client(fake.base_url)
    yield c
    await c.close()


async def complete(client: openai.AsyncOpenAI, messages: list[dict[str, str]], **kw: Any) -> Any:
    return await client.chat.completions.create(model="test-model", messages=messages, **kw)


async def summarise(client: openai.AsyncOpenAI) -> Any:
    return await complete(client, summary_messages(), response_format=schema_format(SummaryOut, "summary"))


# --- content checks ------------------------------------------------------------------------------


def assert_clean_en(text: str) -> None:
    assert text and text.isascii(), text
    assert not re.search(r"\d", text), text
    words = text.split()
    for prev, word in zip([".", *words], words, strict=False):
        if word[0].isupper():
            assert prev.endswith((".", "!", "?")), f"capitalised non-initial word {word!r} in {text!r}"


def assert_clean_zh(text: str) -> None:
    assert text, text
    assert T2S.convert(text) == text, f"Traditional characters in {text!r}"
    assert not re.search(r"\d", text), text
    assert not set("一二三四五六七八九十百千万亿两零") & set(text), text
    letters = [c for c in text if c.isalnum()]
    assert sum(bool(HAN.match(c)) for c in letters) / len(letters) > 0.9, text


def lang_strings(out: SummaryOut, lang: str) -> list[str]:
    s: LangSummary = getattr(out, lang)
    return [s.title, s.one_line, s.summary, *s.key_points, *getattr(out, f"keywords_{lang}")]


# --- tests: good answers ------------------------------------------------------------------------


async def test_models_endpoint(client: openai.AsyncOpenAI, fake: FakeLLM) -> None:
    models = await client.models.list()
    assert [m.id for m in models.data] == [fake.config.model]


async def test_summary_schema_answer_is_valid_and_clean(client: openai.AsyncOpenAI) -> None:
    resp = await summarise(client)
    assert resp.object == "chat.completion"
    assert resp.model == "test-model"
    assert resp.id.startswith("chatcmpl-")
    choice = resp.choices[0]
    assert choice.finish_reason == "stop"
    assert choice.message.role == "assistant"
    out = SummaryOut.model_validate_json(choice.message.content)

    assert len(out.en.key_points) == len(out.zh_hans.key_points) == 4
    assert len(out.keywords_en) == len(out.keywords_zh_hans) == 4
    assert len(set(out.keywords_en)) == 4 and len(set(out.keywords_zh_hans)) == 4
    assert len(set(out.en.key_points)) == 4
    for text in lang_strings(out, "en"):
        assert_clean_en(text)
    for text in lang_strings(out, "zh_hans"):
        assert_clean_zh(text)
    assert 6 <= len(out.en.title.split()) <= 10 and not out.en.title.endswith(".")
    assert 15 <= len(out.en.one_line.split()) <= 20
    assert 60 <= len(out.en.summary.split()) <= 90
    assert 10 <= len(HAN.findall(out.zh_hans.title)) <= 16
    assert 120 <= len(HAN.findall(out.zh_hans.summary)) <= 180
    assert out.notes is not None  # anyOf-with-null picks the non-null branch
    assert resp.usage.prompt_tokens > 0 and resp.usage.completion_tokens > 0
    assert resp.usage.total_tokens == resp.usage.prompt_tokens + resp.usage.completion_tokens


async def test_array_count_respects_min_max_items(client: openai.AsyncOpenAI) -> None:
    schema = {
        "type": "object",
        "properties": {
            "en": {"type": "array", "items": {"type": "string"}, "minItems": 5, "maxItems": 7},
            "zh": {"type": "array", "items": {"type": "string"}},
        },
        "required": ["en", "zh"],
    }
    fmt = {"type": "json_schema", "json_schema": {"name": "x", "schema": schema, "strict": True}}
    resp = await complete(client, summary_messages(), response_format=fmt)
    data = json.loads(resp.choices[0].message.content)
    assert len(data["en"]) == len(data["zh"]) == 5


async def test_json_object_mode_reads_schema_from_system_message(client: openai.AsyncOpenAI) -> None:
    schema = json.dumps(SummaryOut.model_json_schema(), indent=2)
    messages = summary_messages()
    messages[0]["content"] += f"Answer with JSON only.\n<json_schema>\n{schema}\n</json_schema>\n"
    resp = await complete(client, messages, response_format={"type": "json_object"})
    out = SummaryOut.model_validate_json(resp.choices[0].message.content)
    assert len(out.en.key_points) == len(out.zh_hans.key_points)


@pytest.mark.parametrize("target", ["zh-Hans", "en"])
async def test_translation_one_item_per_paragraph_with_numbers_carried(
    client: openai.AsyncOpenAI, target: str
) -> None:
    resp = await complete(
        client, translation_messages(target), response_format=schema_format(TranslationOut, "translation")
    )
    out = TranslationOut.model_validate_json(resp.choices[0].message.content)
    assert [p.index for p in out.paragraphs] == [1, 2, 3]
    first, second, third = (p.text for p in out.paragraphs)
    for token in ("28%", "2024", "OpenAI", "Tuesday"):
        assert token in first
    for token in ("10,000", "Reuters", "Microsoft"):
        assert token in second
    assert "The" not in second.replace(".", " ").split() or target == "en"
    if target == "zh-Hans":
        assert_clean_zh(third)
        assert T2S.convert(first) == first and HAN.search(first)
    else:
        assert_clean_en(third)
        assert first.isascii()


def test_carried_tokens_skip_sentence_starters() -> None:
    numbers, names = carried_tokens(
        "The firm said 3.5% of 2,000 staff left. However, Acme Corp and NASA grew."
    )
    assert numbers == ["3.5%", "2,000"]
    assert names == ["Acme", "Corp", "NASA"]


async def test_plain_text_answer_in_target_language(client: openai.AsyncOpenAI) -> None:
    resp = await complete(client, summary_messages("zh-Hans"))
    assert_clean_zh(resp.choices[0].message.content)
    resp = await complete(client, summary_messages("en"))
    assert_clean_en(resp.choices[0].message.content)


async def test_language_follows_article_without_target_line(client: openai.AsyncOpenAI) -> None:
    class Notes(BaseModel):
        notes: list[str]

    messages = [
        {"role": "system", "content": "Condense this part in its own language."},
        {"role": "user", "content": fenced("研究人员周二表示，这个项目进展顺利。\n\n更多细节将稍后公布。")},
    ]
    resp = await complete(client, messages, response_format=schema_format(Notes, "notes"))
    notes = Notes.model_validate_json(resp.choices[0].message.content).notes
    assert len(notes) == 4 and len(set(notes)) == 4
    for note in notes:
        assert_clean_zh(note)


async def test_pairs_aligned_and_keywords_in_own_text(client: openai.AsyncOpenAI) -> None:
    out = SummaryOut.model_validate_json((await summarise(client)).choices[0].message.content)
    assert fc.EN_KEY_POINTS.index(out.en.key_points[0]) == fc.ZH_KEY_POINTS.index(out.zh_hans.key_points[0])
    assert fc.EN_TITLES.index(out.en.title) == fc.ZH_TITLES.index(out.zh_hans.title)
    en_text = " ".join(lang_strings(out, "en")[:-4]).lower()
    zh_text = "".join(lang_strings(out, "zh_hans")[:-4])
    assert all(all(w in en_text for w in kw.split()) for kw in out.keywords_en)
    assert all(kw in zh_text for kw in out.keywords_zh_hans)


@pytest.mark.parametrize("kind", ["TITLES", "ONE_LINES", "SENTENCES", "KEY_POINTS", "KEYWORDS"])
def test_filler_pools_are_clean_and_aligned(kind: str) -> None:
    en, zh = getattr(fc, f"EN_{kind}"), getattr(fc, f"ZH_{kind}")
    assert len(en) == len(zh) and len(set(en)) == len(en)
    for text in en:
        assert_clean_en(text)
        assert not re.search(r"\b(one|two|three|four|five|ten|first|second|hundred|million)\b", text, re.I)
    for text in zh:
        assert_clean_zh(text)


def test_parse_request_fence_and_paragraphs() -> None:
    body = {"messages": translation_messages("zh-Hant")}
    req = parse_request(body)
    assert req.target_lang == "zh"
    assert [p.index for p in req.paragraphs] == [1, 2, 3]
    assert req.paragraphs[2].text == "Nothing else happened."


# --- tests: faults --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fault", "exc_type", "status"),
    [
        ("rate_limit", openai.RateLimitError, 429),
        ("server_error", openai.InternalServerError, 500),
        ("unavailable", openai.InternalServerError, 503),
    ],
)
async def test_status_faults(
    client: openai.AsyncOpenAI, fake: FakeLLM, fault: str, exc_type: type[Exception], status: int
) -> None:
    fake.configure(retry_after_s=2)
    fake.script(fault)
    with pytest.raises(exc_type) as info:
        await summarise(client)
    err = info.value
    assert isinstance(err, openai.APIStatusError)
    assert err.status_code == status
    body = err.response.json()
    assert set(body["error"]) >= {"message", "type", "code"}
    if fault == "rate_limit":
        assert err.response.headers["retry-after"] == "2"
    # the connection is still usable and the script is used up
    SummaryOut.model_validate_json((await summarise(client)).choices[0].message.content)


async def test_rate_limit_default_retry_after(client: openai.AsyncOpenAI, fake: FakeLLM) -> None:
    fake.script("rate_limit")
    with pytest.raises(openai.RateLimitError) as info:
        await summarise(client)
    assert info.value.response.headers["retry-after"] == "1"


async def test_timeout_fault_hangs_without_blocking_others(fake: FakeLLM) -> None:
    fake.script("timeout")
    slow = make_client(fake.base_url, timeout=0.5)
    fast = make_client(fake.base_url)
    try:
        hanging = asyncio.create_task(summarise(slow))
        await asyncio.sleep(0.1)
        t0 = time.perf_counter()
        await summarise(fast)  # served while the other request hangs
        assert time.perf_counter() - t0 < 0.4
        with pytest.raises(openai.APITimeoutError):
            await hanging
    finally:
        await slow.close()
        await fast.close()
    for _ in range(50):  # the server notices the client gave up and frees the connection
        if fake.stats["in_flight"] == 0:
            break
        await asyncio.sleep(0.02)
    assert fake.stats["in_flight"] == 0
    assert fake.stats["by_fault"] == {"timeout": 1, "ok": 1}


async def test_disconnect_fault_is_a_connection_error(client: openai.AsyncOpenAI, fake: FakeLLM) -> None:
    fake.script("disconnect")
    with pytest.raises(openai.APIConnectionError) as info:
        await summarise(client)
    assert not isinstance(info.value, openai.APITimeoutError)


async def test_disconnect_on_the_wire(fake: FakeLLM) -> None:
    fake.script("disconnect")
    body = json.dumps({"model": "m", "messages": summary_messages()}).encode()
    reader, writer = await asyncio.open_connection("127.0.0.1", fake.port)
    writer.write(
        b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        + f"Content-Length: {len(body)}\r\n\r\n".encode()
        + body
    )
    await writer.drain()
    raw = await asyncio.wait_for(reader.read(), 5)  # until EOF
    writer.close()
    head, _, payload = raw.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200")
    length = int(re.search(rb"content-length: (\d+)", head, re.I).group(1))
    assert 0 < len(payload) < length


async def test_invalid_json(client: openai.AsyncOpenAI, fake: FakeLLM) -> None:
    fake.script("invalid_json")
    content = (await summarise(client)).choices[0].message.content
    assert content
    with pytest.raises(ValueError):
        json.loads(content)


async def test_truncated(client: openai.AsyncOpenAI, fake: FakeLLM) -> None:
    fake.script("truncated")
    resp = await summarise(client)
    assert resp.choices[0].finish_reason == "length"
    content = resp.choices[0].message.content
    assert content.startswith("{")
    with pytest.raises(ValueError):
        json.loads(content)


async def test_empty(client: openai.AsyncOpenAI, fake: FakeLLM) -> None:
    fake.script("empty")
    resp = await summarise(client)
    assert resp.choices[0].message.content == ""
    assert resp.choices[0].finish_reason == "stop"


async def test_english_in_chinese(client: openai.AsyncOpenAI, fake: FakeLLM) -> None:
    fake.script("english_in_chinese")
    out = SummaryOut.model_validate_json((await summarise(client)).choices[0].message.content)
    for text in lang_strings(out, "zh_hans"):
        assert text.isascii() and not HAN.search(text)
    assert len(out.zh_hans.key_points) == len(out.en.key_points)


async def test_traditional_in_hans(client: openai.AsyncOpenAI, fake: FakeLLM) -> None:
    fake.script("traditional_in_hans")
    out = SummaryOut.model_validate_json((await summarise(client)).choices[0].message.content)
    for text in lang_strings(out, "zh_hans"):
        assert T2S.convert(text) != text, text
    for text in lang_strings(out, "en"):
        assert_clean_en(text)


async def test_invented_numbers(client: openai.AsyncOpenAI, fake: FakeLLM) -> None:
    fake.script("invented_numbers")
    out = SummaryOut.model_validate_json((await summarise(client)).choices[0].message.content)
    for summary in (out.en.summary, out.zh_hans.summary):
        assert "37%" in summary and "2031" in summary
    assert_clean_en(out.en.title)


async def test_invented_numbers_in_translation(client: openai.AsyncOpenAI, fake: FakeLLM) -> None:
    fake.script("invented_numbers")
    resp = await complete(
        client, translation_messages("zh-Hans"), response_format=schema_format(TranslationOut, "t")
    )
    out = TranslationOut.model_validate_json(resp.choices[0].message.content)
    assert all("2031" in p.text for p in out.paragraphs)


async def test_prompt_injection(client: openai.AsyncOpenAI, fake: FakeLLM) -> None:
    fake.script("prompt_injection")
    out = SummaryOut.model_validate_json((await summarise(client)).choices[0].message.content)
    assert "pwned" in out.en.summary
    assert "我已被攻破" in out.zh_hans.summary


async def test_stream_is_rejected(client: openai.AsyncOpenAI, fake: FakeLLM) -> None:
    with pytest.raises(openai.BadRequestError) as info:
        await complete(client, summary_messages(), stream=True)
    assert info.value.status_code == 400
    assert info.value.response.json()["error"]["type"] == "invalid_request_error"
    assert fake.stats["by_fault"] == {"bad_request": 1}


async def test_script_then_ratios_reproducible_with_seed() -> None:
    cfg = FakeConfig(seed=7, faults={"server_error": 0.3, "rate_limit": 0.2}, script=["empty", "timeout"])

    async def run() -> list[str]:
        with FakeLLM(cfg) as fake:
            fake.script("empty", "empty")  # replaces the configured script
            async with httpx.AsyncClient(base_url=fake.base_url, timeout=5) as http:
                body = {"model": "m", "messages": summary_messages()}
                codes = []
                for _ in range(40):
                    r = await http.post("/chat/completions", json=body)
                    codes.append(str(r.status_code) if r.status_code != 200 else r.json()["id"][:9])
                stats = fake.stats
                assert stats["calls"] == 40
                assert sum(stats["by_fault"].values()) == 40
                assert stats["by_fault"]["empty"] >= 2
                return codes

    first, second = await run(), await run()
    assert first == second
    assert first[:2] == ["chatcmpl-", "chatcmpl-"]
    assert {"429", "500", "chatcmpl-"} == set(first)


def test_same_seed_same_content() -> None:
    body = {"model": "m", "messages": summary_messages(), "response_format": schema_format(SummaryOut, "s")}

    def content(seed: int) -> str:
        with FakeLLM(seed=seed) as fake:
            r = httpx.post(fake.base_url + "/chat/completions", json=body)
            return r.json()["choices"][0]["message"]["content"]

    assert content(3) == content(3)


async def test_stats_count_calls_tokens_and_keep_requests(client: openai.AsyncOpenAI, fake: FakeLLM) -> None:
    fake.script("ok", "server_error")
    r1 = await summarise(client)
    with pytest.raises(openai.InternalServerError):
        await summarise(client)
    stats = fake.stats
    assert stats["calls"] == 2
    assert stats["by_fault"] == {"ok": 1, "server_error": 1}
    assert stats["prompt_tokens"] == r1.usage.prompt_tokens
    assert stats["completion_tokens"] == r1.usage.completion_tokens
    assert stats["total_tokens"] == r1.usage.total_tokens
    assert len(stats["requests"]) == 2
    sent = stats["requests"][-1]
    system, user = sent["messages"]
    assert f"BEGIN ARTICLE {NONCE}" in user["content"] and "OpenAI" not in system["content"]
    assert fake.last_request == sent

    fake.configure(keep_requests=1)
    await summarise(client)
    assert len(fake.stats["requests"]) == 1


async def test_admin_endpoints(fake: FakeLLM) -> None:
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{fake.port}", timeout=5) as http:
        r = await http.post("/_fake/config", json={"script": ["server_error"], "model": "other"})
        assert r.status_code == 200 and r.json()["model"] == "other"
        assert (await http.get("/v1/models")).json()["data"][0]["id"] == "other"
        chat = {"model": "m", "messages": summary_messages()}
        assert (await http.post("/v1/chat/completions", json=chat)).status_code == 500
        assert (await http.post("/v1/chat/completions", json=chat)).status_code == 200
        stats = (await http.get("/_fake/stats")).json()
        assert stats["calls"] == 2 and stats["by_fault"] == {"server_error": 1, "ok": 1}

        r = await http.post("/_fake/config", json={"faults": {"no_such_fault": 0.5}})
        assert r.status_code == 400 and "no_such_fault" in r.json()["error"]["message"]
        r = await http.post("/_fake/script", json={"faults": ["unavailable"]})
        assert r.json() == {"script_remaining": ["unavailable"]}
        assert (await http.get("/_fake/config")).json()["model"] == "other"

        assert (await http.post("/_fake/reset")).json() == {"ok": True}
        stats = (await http.get("/_fake/stats")).json()
        assert stats["calls"] == 0 and stats["script_remaining"] == [] and stats["requests"] == []
        assert (await http.get("/_fake/config")).json()["model"] == FakeConfig().model
        assert (await http.get("/nope")).status_code == 404


def test_config_validation() -> None:
    with pytest.raises(ValidationError):
        FakeConfig(faults={"server_error": 0.7, "rate_limit": 0.6})
    with pytest.raises(ValidationError):
        FakeConfig(script=["ok", "explode"])
    with pytest.raises(ValidationError):
        FakeConfig(latency="gamma(1,2)")
    for spec in ("fixed", "fixed(20)", "uniform(10, 20)", "lognormal(100,0.5)"):
        FakeConfig(latency=spec)
    assert "ok" in FAULTS and len(FAULTS) == 13


async def test_latency_is_applied(client: openai.AsyncOpenAI, fake: FakeLLM) -> None:
    fake.configure(latency_ms=150)
    t0 = time.perf_counter()
    await summarise(client)
    assert time.perf_counter() - t0 >= 0.15
    fake.configure(latency="uniform(100,120)")
    t0 = time.perf_counter()
    await summarise(client)
    assert time.perf_counter() - t0 >= 0.1


async def test_concurrent_requests_overlap(client: openai.AsyncOpenAI, fake: FakeLLM) -> None:
    fake.configure(latency_ms=200)
    t0 = time.perf_counter()
    results = await asyncio.gather(*(summarise(client) for _ in range(50)))
    elapsed = time.perf_counter() - t0
    assert len(results) == 50
    assert elapsed < 3.0, elapsed
    assert fake.stats["max_in_flight"] > 10


async def test_keep_alive_two_requests_on_one_socket(fake: FakeLLM) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", fake.port)
    try:
        for _ in range(2):
            writer.write(b"GET /v1/models HTTP/1.1\r\nHost: x\r\n\r\n")
            await writer.drain()
            head = await reader.readuntil(b"\r\n\r\n")
            assert head.startswith(b"HTTP/1.1 200") and b"connection: keep-alive" in head.lower()
            length = int(re.search(rb"content-length: (\d+)", head, re.I).group(1))
            assert json.loads(await reader.readexactly(length))["object"] == "list"
    finally:
        writer.close()


def test_serve_forever_in_foreground() -> None:
    code = (
        "from service.devtools.fake_llm import serve_forever\n"
        "serve_forever('127.0.0.1', 0, {'model': 'fg-model'})\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        url = re.search(r"(http://\S+/v1)", line).group(1)
        assert httpx.get(url + "/models").json()["data"][0]["id"] == "fg-model"
    finally:
        proc.terminate()
        proc.wait(5)
