"""The one Settings object. Read from the environment / `.env` once, then injected everywhere
(FastAPI dependency, CLI context). No other module reads os.environ."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, SecretStr, TypeAdapter
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent
# Prompts ship inside the package (package data), so a wheel or `pip install .` finds them too.
PACKAGED_PROMPTS = Path(__file__).resolve().parent / "prompts"


class ApiKey(BaseModel):
    name: str
    role: Literal["client", "editor"]
    key: SecretStr


class Settings(BaseSettings):
    # --- LLM endpoint (any OpenAI-compatible server). Neither key nor base URL -> extractive engine.
    openai_api_key: SecretStr | None = Field(default=None, validation_alias="OPENAI_API_KEY")
    openai_base_url: str | None = Field(default=None, validation_alias="OPENAI_BASE_URL")
    model: str = Field(default="gpt-4o-mini", validation_alias="BISUM_MODEL")
    # auto: try json_schema, fall back per endpoint and model on a rejection (service/llm/formats.py);
    # an explicit json_schema, json_object or prompt (no response_format, schema in the prompt) always wins.
    response_format: Literal["auto", "json_schema", "json_object", "prompt"] = "auto"
    request_timeout_s: float = 60.0
    connect_timeout_s: float = 5.0
    max_connections: int = 64
    # Our retry layer (the SDK's own retries are switched off): attempts per LLM call of a request (API,
    # `bisum summarize`), including the first.
    max_attempts: int = 3
    # A batch article or a job item has one budget of tries across every retry layer (the client's retries
    # spend it; `bisum batch --max-attempts` overrides it). 6: at 20 % failed calls, 0.2^6 = 6e-5 per article.
    article_max_attempts: int = Field(default=6, ge=1)
    retry_base_delay_s: float = 0.5
    retry_max_delay_s: float = 8.0
    # A Retry-After longer than this is not waited out: the request fails fast with 503 + Retry-After.
    max_retry_after_s: float = 20.0
    # Price per 1,000 tokens, for the estimated-cost metric only (0 = not tracked); any currency.
    price_per_1k_prompt_tokens: float = 0.0
    price_per_1k_completion_tokens: float = 0.0

    # --- input limits
    max_input_chars: int = 200_000
    max_body_bytes: int = 2_000_000
    # Article tokens that fit one call; longer articles are summarised map-reduce.
    chunk_token_budget: int = 6_000
    # `context` on summaries, translations and jobs: background for the model, never summarised (422 over).
    max_context_chars: int = 2_000
    # Entries per glossary, all dictionaries together (422 over): DeepL-sized glossaries, prompt-sized use
    # (only the entries whose source term occurs in the article reach the prompt).
    glossary_max_entries: int = 5_000

    # --- prompts and outputs
    prompts_dir: Path = PACKAGED_PROMPTS
    summarize_prompt_version: str = "v3"
    translate_prompt_version: str = "v1"
    # One repair pass when error checks fail on an LLM draft (a request's `repair` field overrides).
    repair: bool = False
    repair_prompt_version: str = "v1"
    default_targets: list[str] = ["en", "zh-Hans", "zh-Hant"]
    # Checks whose failure is a warning (shown, status unchanged); every other check is an error.
    warning_checks: list[str] = [
        "length_bounds",
        "keywords",
        "source_addresses_model",
        "source_mojibake",
    ]

    # House style of Chinese output fields (service/checks/house_style.py), per rule group: off, warn
    # (warning-severity checks) or fix (applied in finalize before the checks; the fix is what is stored).
    # warn by default: deterministic, free and never blocks a draft. Spacing is off: no national standard
    # asks for a space between Chinese and Latin, so a newsroom opts in with its own choice.
    house_style_punctuation: Literal["off", "warn", "fix"] = "warn"
    house_style_spacing: Literal["off", "warn", "fix"] = "off"
    house_style_spacing_mode: Literal["space", "none"] = "space"
    house_style_dates: Literal["off", "warn", "fix"] = "warn"
    house_style_numbers: Literal["off", "warn", "fix"] = "warn"

    # --- draft store: an SQLite file by default; postgresql+psycopg://user@host/db for scale-out
    database_url: str = "sqlite:///data/bisum.sqlite3"
    # Longest a store call may take before it fails as 503 store_unavailable: Postgres connect, statement
    # and lock timeouts plus a client-side deadline per pooled connection (a frozen server never answers);
    # SQLite's busy timeout (a writer holding the lock).
    store_timeout_s: float = 8.0

    # --- API keys: [{"name": "cms", "role": "client", "key": "..."}] inline, or the same JSON in a file.
    # Roles: client (create, read) and editor (also edit, approve, reject). None -> open, localhost only.
    api_keys: list[ApiKey] = []
    api_keys_file: Path | None = None

    # --- jobs (POST /v1/jobs). Backend: "auto" = in-process on SQLite, procrastinate workers on Postgres.
    job_backend: Literal["auto", "inprocess", "procrastinate"] = "auto"
    job_max_articles: int = 1000
    # Bounds toward the LLM endpoint per process running jobs (the server in-process, each `bisum worker`):
    # concurrent articles (adaptive: halved on 429s), and optional requests / tokens per minute.
    job_concurrency: int = 8
    job_rpm: float | None = None
    job_tpm: float | None = None
    # Times an item may be started before it is failed as `worker_lost` (an article that kills workers).
    job_item_max_attempts: int = 3
    # In-process runner: how often it looks for queued items when nothing woke it.
    job_poll_interval_s: float = 1.0
    # procrastinate queue name, worker heartbeat, and when a silent worker's items go to another worker.
    job_queue: str = "bisum"
    worker_heartbeat_s: float = 10.0
    worker_stalled_after_s: float = 30.0
    worker_stalled_check_s: float = 10.0
    # Completion callbacks: HMAC-SHA256 key, retries with exponential backoff, optional host allowlist.
    callback_secret: SecretStr | None = None
    callback_max_attempts: int = 8
    callback_base_delay_s: float = 2.0
    callback_max_delay_s: float = 300.0
    callback_timeout_s: float = 10.0
    callback_hosts: list[str] = []
    # Callbacks to loopback / private / link-local addresses (a CMS on the same private network): opt-in.
    callback_allow_private_networks: bool = False
    # Review sign-in: server-side sessions (hours), and failed sign-ins allowed per client address per window.
    review_session_ttl_s: float = 8 * 3600
    review_login_max_failures: int = 5
    review_login_window_s: float = 300.0

    # --- server
    host: str = "127.0.0.1"
    port: int = 8000
    # Slow clients (service/api/server.py): the request line + headers, and then the body, must arrive
    # within these; over http_max_connections, new requests get a 503 at once (uvicorn limit_concurrency).
    http_header_timeout_s: float = 10.0
    http_body_timeout_s: float = 30.0
    http_keepalive_timeout_s: int = 5
    http_max_connections: int = 1000
    http_max_header_bytes: int = 16 * 1024
    # Processes that run normalise/detect and the checks off the event loop (service/cpu.py); None = one
    # per core but one (at most 4), 0 = inline on the loop. Only the server uses a pool; the CLI is inline.
    # Per uvicorn worker process.
    cpu_workers: int | None = None
    log_level: str = "INFO"
    # Log level of the interactive commands (summarize, batch...); serve and worker use log_level.
    cli_log_level: str = "ERROR"

    model_config = SettingsConfigDict(
        env_prefix="BISUM_", env_file=".env", env_file_encoding="utf-8", extra="ignore", populate_by_name=True
    )

    def all_api_keys(self) -> list[ApiKey]:
        keys = list(self.api_keys)
        if self.api_keys_file is not None:
            keys += TypeAdapter(list[ApiKey]).validate_json(self.api_keys_file.read_bytes())
        return keys

    @property
    def llm_configured(self) -> bool:
        return self.openai_api_key is not None or self.openai_base_url is not None

    @property
    def uses_postgres(self) -> bool:
        return self.database_url.startswith(("postgresql", "postgres"))

    @property
    def jobs_on_queue(self) -> bool:
        """Jobs go to procrastinate workers (True) or run on the server's event loop (False)."""
        if self.job_backend == "auto":
            return self.uses_postgres
        return self.job_backend == "procrastinate"


@lru_cache
def get_settings() -> Settings:
    return Settings()
