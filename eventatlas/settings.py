"""Every option of eventatlas, once, with its type, default and help.

Settings are built in ``main()`` or ``create_app()`` and passed down;
nothing reads the environment at import time. Each field can also be set
with an ``EVENTATLAS_<NAME>`` environment variable (see ``from_env``).
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


def _default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "eventatlas"


def _opt(default: Any, help: str, **kwargs: Any) -> Any:
    return field(default=default, metadata={"help": help}, **kwargs)


@dataclass(frozen=True)
class Settings:
    """The knobs of eventatlas; ``docs/settings.md`` lists each one."""

    db: str | None = _opt(None, "Database URL or SQLite path to store articles and events in.")
    cache_dir: Path = field(
        default_factory=_default_cache_dir,
        metadata={"help": "Where the gazetteer index and other built resources are kept."},
    )
    gazetteer_path: Path | None = _opt(
        None, "Gazetteer index file; defaults to gazetteer.sqlite in cache_dir."
    )
    max_text_chars: int = _opt(
        200_000, "Longer article texts are cut to this many characters (with a warning)."
    )
    max_input_bytes: int = _opt(
        64_000_000, "Articles (lines or files) larger than this are skipped with a warning."
    )
    progress: bool = _opt(True, "Show progress bars on standard error.")
    extractor: str = _opt(
        "learned",
        "Sub-event typing: 'rules' alone, or 'learned' (rules, then the trained classifier where sure).",
    )
    workers: int = _opt(0, "Run extraction on a local Dask cluster of this many workers (0: none).")
    cluster: str | None = _opt(None, "Address of an existing Dask scheduler, e.g. tcp://host:8786.")
    tile_url: str | None = _opt(
        None, "Map tile URL template for the web app; the offline country basemap when unset."
    )
    secret_key: str | None = _opt(
        None, "Key that signs web sessions; a random one per start when unset."
    )
    public: bool = _opt(False, "Serve the pages and read API without signing in.")
    user_agent: str = _opt(
        "eventatlas (+https://github.com/eventatlas/eventatlas)", "User-Agent of every fetch."
    )
    http_timeout: float = _opt(20.0, "Seconds before a fetch gives up.")

    @property
    def gazetteer_file(self) -> Path:
        return self.gazetteer_path or self.cache_dir / "gazetteer.sqlite"

    def replace(self, **changes: Any) -> Settings:
        """A copy with ``changes`` applied; None values are ignored."""
        return dataclasses.replace(self, **{k: v for k, v in changes.items() if v is not None})

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides: Any) -> Settings:
        """Settings from ``EVENTATLAS_*`` variables, then ``overrides``."""
        environ = dict(os.environ if environ is None else environ)
        values: dict[str, Any] = {}
        for item in dataclasses.fields(cls):
            raw = environ.get(f"EVENTATLAS_{item.name.upper()}")
            if raw is not None:
                values[item.name] = _convert(raw, item.type)
        return cls(**values).replace(**overrides)


def _convert(raw: str, annotation: Any) -> Any:
    kind = str(annotation)
    if "bool" in kind:
        return raw.strip().lower() in {"1", "true", "yes", "on"}
    if "int" in kind:
        return int(raw)
    if "float" in kind:
        return float(raw)
    if "Path" in kind:
        return Path(raw)
    return raw


def setting_help() -> dict[str, str]:
    """Each setting's name and its one line of help (used by the docs test)."""
    return {item.name: item.metadata.get("help", "") for item in dataclasses.fields(Settings)}
