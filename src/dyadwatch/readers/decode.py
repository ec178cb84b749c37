"""Bytes to text: the one place that decides whether an input is readable text.

Order of decisions, each with a clear error naming the input:

1. over ``max_bytes``                                  -> TooLargeError
2. nothing but whitespace                              -> EmptyInputError
3. a byte-order mark (UTF-8, UTF-16, UTF-32)           -> that encoding
4. a known binary signature (PDF, ZIP, PNG, ...), NUL
   bytes, or many control characters                   -> BinaryInputError
5. valid UTF-8                                         -> UTF-8
6. charset-normalizer detection above a confidence bar -> the detected encoding
7. otherwise                                           -> EncodingError

Line ends are normalised to ``\\n`` (as Python's text mode does), so evidence
offsets count characters of the text as ``open(path).read()`` would return it.
``read_bytes`` turns the ways a file can fail to open into the same InputError family.
Nothing here prints.
"""

from __future__ import annotations

import codecs
import os
from dataclasses import dataclass
from pathlib import Path

from ..errors import BinaryInputError, EmptyInputError, EncodingError, InputError, TooLargeError

#: BOMs, longest first: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: Leading bytes of file types people pass by mistake; naming the type makes the error useful.
#: Only signatures no news text starts with (so not bzip2 "BZh" or Parquet "PAR1").
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx/.odt document)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
)

#: C0 controls other than tab, LF, VT, FF, CR and ESC, plus DEL: bytes text files do not hold.
_CONTROL_BYTES = frozenset(
    set(range(0x00, 0x09)) | set(range(0x0E, 0x1B)) | {0x1C, 0x1D, 0x1E, 0x1F, 0x7F}
)
#: Share of control bytes above which the input is taken for binary data.
#: Random bytes hold about 9%; real text (even with a stray form feed) holds next to none.
MAX_CONTROL_RATIO = 0.01
#: How much of the input the binary sniffing looks at.
_SNIFF_BYTES = 65_536

#: charset-normalizer "chaos" (mess ratio, 0..1) above which a detection is refused.
MAX_CHAOS = 0.1
#: Language coherence (0..1) below which a detection counts as a guess. Short snippets get
#: coherence 0 and charset-normalizer then picks exotic code pages ("Café" -> cp037).
MIN_COHERENCE = 0.1
#: Fallback for short legacy text whose detection is a guess: the commonest legacy
#: encoding of English-language news, accepted only when it decodes with little mess.
FALLBACK_ENCODING = "cp1252"
#: UTF-16/32 without a BOM are refused: without one, the byte order is a guess.
_EXCLUDED_DETECTIONS = ["utf_16", "utf_16_be", "utf_16_le", "utf_32", "utf_32_be", "utf_32_le"]


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text and how it was decoded (for logs and for ``dyadwatch check``)."""

    text: str
    encoding: str
    #: True when the encoding was detected statistically rather than known (BOM or UTF-8).
    detected: bool = False


def decode_bytes(data: bytes, source: str, *, max_bytes: int | None = None) -> Decoded:
    """Decode ``data`` read from ``source`` (a path or other name, used in error messages).

    Raises TooLargeError, EmptyInputError, BinaryInputError or EncodingError, all naming
    ``source``. The returned text has ``\\n`` line ends and no BOM.
    """
    if max_bytes is not None and len(data) > max_bytes:
        raise TooLargeError(source, _too_large(len(data), max_bytes))
    if not data.strip():
        raise EmptyInputError(source, "the input is empty or holds only whitespace")

    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise EncodingError(
                    source,
                    f"starts with a {encoding} byte-order mark but is not valid {encoding}: {exc.reason} at byte {exc.start}",
                ) from exc
            return Decoded(_finish(text.removeprefix("\ufeff"), source), encoding)

    refuse_binary(data, source)

    try:
        return Decoded(_finish(data.decode("utf-8"), source), "utf-8")
    except UnicodeDecodeError as exc:
        utf8_failure = exc

    detected = _detect(data)
    if detected is None:
        raise EncodingError(
            source,
            f"not valid UTF-8 (byte 0x{data[utf8_failure.start]:02x} at offset {utf8_failure.start}) "
            "and no other encoding could be detected with confidence; convert it to UTF-8 "
            "(e.g. iconv -f <encoding> -t UTF-8)",
        )
    try:
        text = data.decode(detected)
    except UnicodeDecodeError as exc:  # detection and codec disagree: treat as undetectable
        raise EncodingError(
            source, f"not valid UTF-8 and not valid {detected} either; convert it to UTF-8"
        ) from exc
    return Decoded(_finish(text, source), detected, detected=True)


def read_bytes(path: str | os.PathLike[str], *, max_bytes: int | None = None) -> bytes:
    """Read a whole file, refusing a missing, unreadable or oversized one by name.

    The error names the path as the caller gave it. The size is checked before reading,
    so a huge file is refused without loading it.
    """
    source = os.fspath(path)
    file = Path(source)
    try:
        size = file.stat().st_size
        if file.is_dir():
            raise InputError(source, "is a directory, not a file")
        if max_bytes is not None and size > max_bytes:
            raise TooLargeError(source, _too_large(size, max_bytes))
        with file.open("rb") as handle:
            # a FIFO or /dev/stdin reports size 0: read at most one byte past the limit
            data = handle.read() if max_bytes is None else handle.read(max_bytes + 1)
    except OSError as exc:
        raise unreadable(source, exc) from None
    if max_bytes is not None and len(data) > max_bytes:
        raise TooLargeError(source, _too_large(None, max_bytes))
    return data


def unreadable(source: str, exc: OSError) -> InputError:
    """The InputError naming ``source`` for a file that cannot be opened or read."""
    if isinstance(exc, FileNotFoundError):
        return InputError(source, "no such file")
    if isinstance(exc, PermissionError):
        return InputError(source, "permission denied")
    if isinstance(exc, IsADirectoryError):
        return InputError(source, "is a directory, not a file")
    return InputError(source, f"cannot be read: {exc.strerror or exc}")


def _too_large(size: int | None, max_bytes: int) -> str:
    what = "it" if size is None else f"{size:,} bytes"
    return (
        f"{what} is over the limit of {max_bytes:,} bytes "
        "(raise it with DYADWATCH_MAX_DOCUMENT_BYTES)"
    )


def refuse_binary(data: bytes, source: str) -> None:
    """Raise BinaryInputError when the start of ``data`` looks like binary data, not text."""
    for signature, kind in BINARY_SIGNATURES:
        if data.startswith(signature):
            raise BinaryInputError(source, f"this looks like {kind}, not text")
    head = data[:_SNIFF_BYTES]
    if b"\x00" in head:
        raise BinaryInputError(
            source,
            "holds NUL bytes: binary data (or UTF-16/32 without a byte-order mark), not text",
        )
    controls = sum(1 for byte in head if byte in _CONTROL_BYTES)
    if controls > MAX_CONTROL_RATIO * len(head):
        raise BinaryInputError(
            source,
            f"{controls} of its first {len(head)} bytes are control characters: binary data, not text",
        )


def _detect(data: bytes) -> str | None:
    """The encoding charset-normalizer is confident of, the fallback, or None."""
    from charset_normalizer import from_bytes  # import here: only legacy input pays for it

    matches = from_bytes(data, cp_exclusion=_EXCLUDED_DETECTIONS)
    best = matches.best()
    if best is not None and best.chaos <= MAX_CHAOS and best.coherence >= MIN_COHERENCE:
        return str(best.encoding)
    for match in matches:
        # charset-normalizer folds code pages that decode alike into one match
        if FALLBACK_ENCODING in match.could_be_from_charset and match.chaos <= MAX_CHAOS:
            return FALLBACK_ENCODING
    return None


def _finish(text: str, source: str) -> str:
    """Normalise line ends and refuse text that decodes to nothing or to control characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise EmptyInputError(source, "the input is empty or holds only whitespace")
    # UTF-16/32 input skips the byte-level sniffing, so check the characters.
    head = text[:_SNIFF_BYTES]
    controls = sum(1 for ch in head if ord(ch) in _CONTROL_BYTES)
    if controls > MAX_CONTROL_RATIO * len(head):
        raise BinaryInputError(
            source, "decodes to mostly control characters: binary data, not text"
        )
    return text
