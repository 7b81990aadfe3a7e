"""What a staff member chooses when printing: which copy, and which sections a patient copy holds."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Final

COPIES: Final = ("clinician", "patient")


@dataclass(frozen=True)
class SummaryOptions:
    """The clinician copy is always complete; the section switches shape the patient copy only."""

    copy: str = "clinician"
    complaint: bool = True
    pain: bool = True
    drawing: bool = True
    points: bool = True
    modalities: bool = True
    home_care: bool = True
    follow_up: bool = True

    def __post_init__(self) -> None:
        if self.copy not in COPIES:
            raise ValueError(f"copy must be one of {', '.join(COPIES)}")

    @property
    def kind(self) -> str:
        """The issued-document kind: one per copy, so each copy has its own re-issue history."""
        return f"summary-{self.copy}"

    def as_dict(self) -> dict[str, Any]:
        """What is recorded with an issued document (the clinician copy has no choices)."""
        return {"copy": "clinician"} if self.copy == "clinician" else asdict(self)
