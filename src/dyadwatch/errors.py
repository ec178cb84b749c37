"""The one exception hierarchy of dyadwatch.

    DyadwatchError              every error the library raises on purpose          exit 1
    ├── InputError              an input cannot be read or coded (names it)        exit 2
    │   ├── EmptyInputError     empty or whitespace-only document
    │   ├── BinaryInputError    binary data where text was expected
    │   ├── EncodingError       neither UTF-8 nor a detectable encoding
    │   ├── FormatError         malformed JSON/HTML/feed (names the line if known)
    │   ├── FetchError          a URL could not be fetched (network, timeout, HTTP)
    │   ├── TooLargeError       over the configured size limit
    │   ├── TimeBudgetError     coding the document exceeded its time budget
    │   └── MissingPackageError a package it needs cannot be imported (names the fix) exit 3
    ├── DataFileError           a packaged codebook or dictionary is inconsistent  exit 3
    ├── ModelError              the spaCy pipeline cannot be loaded                exit 3
    ├── StoreError              the DuckDB store cannot be opened or written       exit 4
    └── ClusterError            the Dask cluster cannot be started or reached      exit 5

A document that exceeds its time budget is a bad input like the others: ingest records
it as a failure and goes on. So is one that needs an optional package which cannot be
imported (``dyadwatch.optional``): the input is named, with the package and the command
that installs it, and the other inputs go on. The library never exits the process:
``dyadwatch.cli`` turns an error into its ``exit_code`` (inherited by the subclasses).
"""

from __future__ import annotations


class DyadwatchError(Exception):
    """Base class: every error dyadwatch raises on purpose."""

    exit_code = 1


class InputError(DyadwatchError):
    """An input document or file cannot be read. The message names the input."""

    exit_code = 2

    def __init__(self, source: str, reason: str, *, line: int | None = None) -> None:
        self.source = source
        self.reason = reason
        self.line = line
        where = f"{source}, line {line}" if line is not None else source
        super().__init__(f"{where}: {reason}")


class EmptyInputError(InputError):
    """The document is empty or holds only whitespace."""


class BinaryInputError(InputError):
    """The document looks like binary data, not text."""


class EncodingError(InputError):
    """The bytes are not UTF-8 and no other encoding could be detected with confidence."""


class FormatError(InputError):
    """Malformed JSON, HTML or feed, or a record missing a required field."""


class FetchError(InputError):
    """A URL could not be fetched: network error, timeout or an HTTP error status."""


class TooLargeError(InputError):
    """The document is larger than the configured maximum size."""


class TimeBudgetError(InputError):
    """Coding the document took longer than the configured time budget."""


class MissingPackageError(InputError):
    """A package needed to read this input (or to run this part) cannot be imported: it is
    not installed, or installed broken. The message names the package and the fix."""

    exit_code = 3


class DataFileError(DyadwatchError):
    """A packaged data file (codebook, dictionary, patterns) is missing or inconsistent."""

    exit_code = 3


class ModelError(DyadwatchError):
    """The configured spaCy pipeline is not installed or cannot be loaded."""

    exit_code = 3


class StoreError(DyadwatchError):
    """The DuckDB store cannot be opened, migrated or written."""

    exit_code = 4


class ClusterError(DyadwatchError):
    """The Dask cluster cannot be started or reached."""

    exit_code = 5
