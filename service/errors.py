"""Domain errors. The API maps each family to one HTTP status (see service/api/errors.py);
the CLI maps InputError to exit code 2 and everything else to 1."""

from __future__ import annotations


class BisumError(Exception):
    """Base class. `code` is the stable machine-readable identifier sent to clients."""

    code = "internal_error"

    def __init__(self, message: str, *, detail: dict | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail or {}

    def __reduce__(self) -> tuple:
        # Raised in a CPU worker process (service/cpu.py), an error is pickled back to the server: keep
        # its attributes (detail, retry_after...), which the default (the class called with args) drops.
        return _restore, (type(self), self.args, self.__dict__)


def _restore(cls: type[BisumError], args: tuple, state: dict) -> BisumError:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


# --- bad input (HTTP 422 / 413, CLI exit 2) -------------------------------------------------


class InputError(BisumError):
    code = "invalid_input"


class EmptyInputError(InputError):
    code = "empty_input"


class BinaryInputError(InputError):
    code = "binary_input"


class EncodingError(InputError):
    code = "invalid_encoding"


class InputTooLargeError(InputError):
    code = "input_too_large"


class UnsupportedOptionError(InputError):
    """A well-formed request asks for something we do not have (unknown prompt version, target...)."""

    code = "unsupported_option"


class UnacknowledgedChecksError(InputError):
    """Approving a revision whose error-severity checks fail needs an explicit acknowledgement."""

    code = "failed_checks_not_acknowledged"


class NotFoundError(BisumError):
    code = "not_found"


class ConflictError(BisumError):
    """The request is valid but the resource's state forbids it (approving an approved draft,
    editing a revision someone else already replaced)."""

    code = "conflict"


class PermissionDeniedError(BisumError):
    code = "forbidden"


class AuthenticationError(BisumError):
    code = "unauthorized"


class LLMNotConfiguredError(BisumError):
    """The request needs a model (e.g. translating EN -> ZH) and no endpoint is configured."""

    code = "llm_not_configured"


class StoreUnavailableError(BisumError):
    """The draft store cannot answer: database down, frozen past the deadline, read-only, disk full,
    locked past the busy timeout. Nothing was half-written (each store call is one transaction)."""

    code = "store_unavailable"

    def __init__(self, reason: str, *, retry_after: float = 5.0) -> None:
        super().__init__(f"the draft store is unavailable: {reason}", detail={"reason": reason})
        self.reason = reason
        self.retry_after = retry_after


# --- the LLM upstream (HTTP 503 / 504 / 502) -----------------------------------------------


class UpstreamError(BisumError):
    code = "upstream_error"


class UpstreamUnavailableError(UpstreamError):
    """429 or 5xx from the provider after our retries. `retry_after` is seconds, if known."""

    code = "upstream_unavailable"

    def __init__(self, message: str, *, retry_after: float | None = None, status: int | None = None) -> None:
        super().__init__(message, detail={"upstream_status": status} if status else None)
        self.retry_after = retry_after
        self.status = status


class UpstreamTimeoutError(UpstreamError):
    code = "upstream_timeout"


class UpstreamRejectedError(UpstreamError):
    """The provider refused the request itself (4xx other than 429: bad key, unknown model...)."""

    code = "upstream_rejected"


class ModelOutputError(UpstreamError):
    """The model answered, but not with something we can use (invalid/empty/truncated JSON) even
    after one repair attempt."""

    code = "unusable_model_output"
