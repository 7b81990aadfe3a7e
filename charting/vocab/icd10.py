"""The clinic's ICD-10 list and the search behind the diagnosis picker."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from charting.vocab.files import VocabularyError

# The same shape the visit validation accepts, so nothing offered can then be refused on save.
ICD10_SHAPE = re.compile(r"^[A-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?$")


@dataclass(frozen=True)
class Icd10Code:
    code: str
    description: str
    group: str

    @classmethod
    def checked(cls, code: str, description: str, group: str, source: Path) -> Icd10Code:
        if not ICD10_SHAPE.match(code):
            raise VocabularyError(f"{source}: {code!r} is not an ICD-10 code (e.g. M62.830).")
        if not description:
            raise VocabularyError(f"{source}: {code} has no description.")
        return cls(code, description, group)

    @property
    def label(self) -> str:
        return f"{self.code} — {self.description}"


def search_icd10(codes: tuple[Icd10Code, ...], query: str, limit: int = 30) -> list[Icd10Code]:
    """Codes matching what was typed: a code prefix (``m62.8``, ``M628``) ranks first, then
    descriptions holding every typed word (``calf spasm``, ``left knee``), in list order."""
    text = query.strip().casefold()
    if not text:
        return list(codes[:limit])
    compact = text.replace(".", "").replace(" ", "")
    by_code = [c for c in codes if c.code.casefold().replace(".", "").startswith(compact)]
    words = text.split()
    by_words = [
        c for c in codes if c not in by_code and all(w in f"{c.description} {c.group}".casefold() for w in words)
    ]
    return (by_code + by_words)[:limit]
