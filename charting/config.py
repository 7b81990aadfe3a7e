"""Where the data lives and which database to use: command line, then environment, then defaults."""

from __future__ import annotations

import logging
import logging.handlers
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Acuchart"
ENV_HOME = "ACUCHART_HOME"
ENV_DB_URL = "ACUCHART_DB_URL"
LOG_FILE_NAME = "acuchart.log"


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    db_url: str

    @property
    def log_file(self) -> Path:
        return self.data_dir / LOG_FILE_NAME


def resolve_settings(data_dir: str | None = None, db_url: str | None = None) -> Settings:
    folder = Path(
        data_dir or os.environ.get(ENV_HOME) or platformdirs.user_data_dir(APP_NAME, appauthor=False)
    ).expanduser()
    folder.mkdir(parents=True, exist_ok=True)
    url = db_url or os.environ.get(ENV_DB_URL) or f"sqlite:///{folder / 'acuchart.db'}"
    return Settings(data_dir=folder, db_url=url)


def configure_logging(settings: Settings, *, verbose: bool = False) -> None:
    """Log to a rotating file first thing: a GUI launch on Windows has no console to read."""
    root = logging.getLogger()
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        return
    handler = logging.handlers.RotatingFileHandler(
        settings.log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
