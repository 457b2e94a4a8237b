"""Decoding and validation: bytes -> str, refusing binary files and bad encodings with a reason."""

from __future__ import annotations

import re

from service.errors import BinaryInputError, EmptyInputError, EncodingError, InputTooLargeError

# --- decoding and validation -----------------------------------------------------------------------

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (docx/xlsx/epub...)"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"PK\x07\x08", "ZIP archive"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"\x1f\x8b", "gzip data"),
    (b"BZh91AY&SY", "bzip2 data"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x7fELF", "ELF executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office document"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"OggS", "Ogg media"),
    (b"fLaC", "FLAC audio"),
    (b"\x00\x00\x01\x00", "icon"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
)
_UTF16_32_BOMS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")
# C0 controls other than tab/newline/carriage return/form feed, plus DEL. C1 controls (U+0080-U+009F) are
# not counted: they are what UTF-8 read as Latin-1 looks like, which ftfy repairs.
_CONTROL_BYTES = frozenset(set(range(0x00, 0x09)) | {0x0B} | set(range(0x0E, 0x20)) | {0x7F})
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_CONTROL_SHARE_LIMIT = 0.10


def decode_bytes(data: bytes) -> str:
    """UTF-8 bytes -> str. Binary files are refused as such rather than reported as bad encoding."""
    head = data[:32]
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            raise BinaryInputError(f"input is binary ({kind}), not text", detail={"kind": kind})
    if head.startswith(_UTF16_32_BOMS):
        raise EncodingError("input is UTF-16/UTF-32 (byte-order mark found); send UTF-8 text")
    if b"\x00" in data:
        raise BinaryInputError("input contains NUL bytes: it is binary, not text")
    if data:
        controls = sum(1 for byte in data if byte in _CONTROL_BYTES)
        if controls / len(data) > _CONTROL_SHARE_LIMIT:
            raise BinaryInputError(
                f"input is binary: {controls} of {len(data)} bytes are control characters",
                detail={"control_bytes": controls, "bytes": len(data)},
            )
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise EncodingError(
            f"input is not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); send UTF-8 text",
            detail={"offset": exc.start},
        ) from None


def validate_text(text: str, *, max_chars: int) -> None:
    if not text or not text.strip():
        raise EmptyInputError("input is empty")
    if len(text) > max_chars:
        raise InputTooLargeError(
            f"input is {len(text)} characters; the limit is {max_chars} characters",
            detail={"limit": max_chars, "actual": len(text)},
        )
    surrogate = _SURROGATE.search(text)
    if surrogate:
        raise EncodingError(
            f"input contains a lone surrogate (U+{ord(surrogate.group()):04X}) at offset {surrogate.start()}",
            detail={"offset": surrogate.start()},
        )
    if "\x00" in text:
        raise BinaryInputError("input contains NUL characters: it is binary, not text")
    controls = sum(1 for _ in _CONTROL_CHARS.finditer(text))
    if controls / len(text) > _CONTROL_SHARE_LIMIT:
        raise BinaryInputError(
            f"input is binary: {controls} of {len(text)} characters are control characters",
            detail={"control_chars": controls, "chars": len(text)},
        )
