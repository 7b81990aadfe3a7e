"""The charting vocabularies: tongue and pulse chips, TCM patterns and treatment principles, the
clinic's ICD-10 list and home-care templates.

Qt-free. The shipped files live in ``resources/vocab``; a clinic customises one by putting a file
of the same name in its own vocabulary folder (``<data folder>/vocab``), which then replaces the
shipped file entirely — so what the clinic sees is exactly what its file says.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from charting.paths import RESOURCES_DIR
from charting.vocab.files import VocabularyError, read_csv, read_lines
from charting.vocab.home_care import HomeCareTemplate, format_home_care, parse_home_care
from charting.vocab.icd10 import Icd10Code, search_icd10

SHIPPED_DIR: Path = RESOURCES_DIR / "vocab"
CLINIC_SUBDIR = "vocab"
HOME_CARE_FILE = "home_care.md"


@dataclass(frozen=True)
class Pattern:
    name: str
    group: str
    principle: str


@dataclass(frozen=True)
class Vocabulary:
    tongue_body: tuple[str, ...]
    tongue_coat: tuple[str, ...]
    tongue_shape: tuple[str, ...]
    pulse_qualities: tuple[str, ...]
    patterns: tuple[Pattern, ...]
    principles: tuple[str, ...]
    icd10: tuple[Icd10Code, ...]
    home_care: tuple[HomeCareTemplate, ...]

    def principle_for(self, pattern: str) -> str:
        """The principle paired with a pattern (case-insensitive), or "" for a pattern not listed."""
        wanted = pattern.strip().casefold()
        return next((p.principle for p in self.patterns if p.name.casefold() == wanted), "")

    def icd10_description(self, code: str) -> str:
        return next((c.description for c in self.icd10 if c.code == code), "")

    def search_icd10(self, query: str, limit: int = 30) -> list[Icd10Code]:
        return search_icd10(self.icd10, query, limit)


def vocabulary_file(name: str, clinic_dir: Path | None) -> Path:
    """The clinic's copy of a vocabulary file when it has one, else the shipped file."""
    if clinic_dir is not None and (clinic_dir / name).is_file():
        return clinic_dir / name
    return SHIPPED_DIR / name


def clinic_vocab_dir(data_dir: Path) -> Path:
    return data_dir / CLINIC_SUBDIR


def load_vocabulary(clinic_dir: Path | None = None) -> Vocabulary:
    """Read every vocabulary, the clinic's copies first; raises VocabularyError naming file and line."""

    def path(name: str) -> Path:
        return vocabulary_file(name, clinic_dir)

    patterns = tuple(
        Pattern(row["pattern"], row["group"], row["principle"])
        for row in read_csv(path("patterns.csv"), ("pattern", "group", "principle"), key="pattern")
    )
    extra_principles = read_lines(path("treatment_principles.txt"))
    principles = tuple(dict.fromkeys([*(p.principle for p in patterns if p.principle), *extra_principles]))
    icd10 = tuple(
        Icd10Code.checked(row["code"], row["description"], row["group"], path("icd10.csv"))
        for row in read_csv(path("icd10.csv"), ("code", "description", "group"), key="code")
    )
    home_file = path(HOME_CARE_FILE)
    return Vocabulary(
        tongue_body=read_lines(path("tongue_body.txt")),
        tongue_coat=read_lines(path("tongue_coat.txt")),
        tongue_shape=read_lines(path("tongue_shape.txt")),
        pulse_qualities=read_lines(path("pulse_qualities.txt")),
        patterns=patterns,
        principles=principles,
        icd10=icd10,
        home_care=parse_home_care(home_file.read_text(encoding="utf-8"), source=str(home_file)),
    )


def save_home_care(clinic_dir: Path, templates: list[HomeCareTemplate]) -> Path:
    """Write the clinic's own home-care templates (replacing the shipped set for this clinic)."""
    clinic_dir.mkdir(parents=True, exist_ok=True)
    target = clinic_dir / HOME_CARE_FILE
    tmp = target.with_suffix(".tmp")
    tmp.write_text(format_home_care(templates), encoding="utf-8")
    tmp.replace(target)
    return target


__all__ = [
    "HomeCareTemplate",
    "Icd10Code",
    "Pattern",
    "Vocabulary",
    "VocabularyError",
    "clinic_vocab_dir",
    "load_vocabulary",
    "save_home_care",
    "vocabulary_file",
]


@functools.cache
def icd10_descriptions() -> dict[str, str]:
    """Code -> description from the shipped list, for printed documents (standard wording)."""
    return {code.code: code.description for code in load_vocabulary().icd10}


def icd10_label(code: str) -> str:
    """`M54.2 Cervicalgia`, or the bare code when the list does not know it."""
    description = icd10_descriptions().get(code)
    return f"{code} {description}" if description else code
