"""Reading the human-edited vocabulary files, with errors that name the file and line to fix."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path


class VocabularyError(ValueError):
    """A vocabulary file cannot be used as it is; the message names the file and line."""


def read_lines(path: Path) -> tuple[str, ...]:
    """One entry per line; blank lines and ``#`` notes skipped; a repeated entry is an error."""
    first_seen: dict[str, int] = {}
    entries: list[str] = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        folded = line.casefold()
        if folded in first_seen:
            raise VocabularyError(f"{path}, line {number}: {line!r} is already on line {first_seen[folded]}.")
        first_seen[folded] = number
        entries.append(line)
    return tuple(entries)


def read_csv(path: Path, columns: Sequence[str], *, key: str) -> list[dict[str, str]]:
    """Rows of a CSV with exactly these columns; ``key`` must be filled and unique."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if reader.fieldnames is None or list(reader.fieldnames) != list(columns):
            raise VocabularyError(f"{path}: the first line must be {','.join(columns)}.")
        rows: list[dict[str, str]] = []
        seen: dict[str, int] = {}
        for row in reader:
            line = reader.line_num
            clean = {c: (row.get(c) or "").strip() for c in columns}
            if not clean[key]:
                raise VocabularyError(f"{path}, line {line}: the {key} is empty.")
            folded = clean[key].casefold()
            if folded in seen:
                raise VocabularyError(f"{path}, line {line}: {clean[key]!r} is already on line {seen[folded]}.")
            seen[folded] = line
            rows.append(clean)
    return rows
