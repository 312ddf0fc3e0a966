"""The exceptions eventatlas raises, each with a message that names the fix.

::

    EventAtlasError
     +-- UsageError            bad command-line input (exit status 2)
     |    +-- InputError       INPUT missing or unreadable
     +-- ArticleError          one article cannot be processed; the batch goes on
     +-- PipelineError         steps assembled in an order that cannot work
     +-- StoreError            the database cannot be opened or written
     +-- MissingExtra          an optional feature's packages are not installed
"""

from __future__ import annotations


class EventAtlasError(Exception):
    """Base class of every error eventatlas raises on purpose."""


class UsageError(EventAtlasError):
    """The command was called wrongly; the message says how to call it."""


class InputError(UsageError):
    """INPUT does not exist or cannot be read."""


class ArticleError(EventAtlasError):
    """One article is unusable (no text, bad JSON); it is skipped."""

    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where}: {message}")
        self.where = where
        self.reason = message


class PipelineError(EventAtlasError):
    """Steps were put together in an order that cannot run."""


class StoreError(EventAtlasError):
    """The store cannot be opened, migrated or written."""


class MissingExtra(EventAtlasError):
    """An optional feature needs packages that are not installed."""

    def __init__(self, feature: str, extra: str) -> None:
        super().__init__(f"{feature} needs the [{extra}] extra: pip install 'eventatlas[{extra}]'")
        self.extra = extra
