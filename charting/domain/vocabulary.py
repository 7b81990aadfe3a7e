"""The closed vocabularies of the chart: what the database constraints and the UI both accept."""

from __future__ import annotations

from typing import Final

SIDES: Final = ("left", "right", "bilateral", "midline")
AREA_SIDES: Final = ("left", "right", "midline")
AREA_KINDS: Final = ("pain", "spasm", "numbness", "tension", "other")
ROLES: Final = ("local", "distal")
TECHNIQUES: Final = ("", "tonify", "reduce", "even")
MODALITY_KINDS: Final = (
    "cupping",
    "gua_sha",
    "moxibustion",
    "e_stim",
    "heat_lamp",
    "tui_na",
    "ear_seeds",
    "herbs",
)
USER_ROLES: Final = ("practitioner", "front_desk", "admin")
PULSE_POSITIONS: Final = (
    "left_cun",
    "left_guan",
    "left_chi",
    "right_cun",
    "right_guan",
    "right_chi",
    "overall",
)
SEXES: Final = ("", "female", "male", "intersex", "other")
