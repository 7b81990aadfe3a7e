"""Where the shipped resources live, for a source checkout and an installed wheel alike."""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _find_resources() -> Path:
    # A source checkout (and an editable install) keeps resources/ beside the package; a wheel
    # ships them inside it as charting/resources.
    for candidate in (_PACKAGE_DIR.parent / "resources", _PACKAGE_DIR / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"Acuchart resources not found beside {_PACKAGE_DIR}")


RESOURCES_DIR: Path = _find_resources()
POINTS_DIR: Path = RESOURCES_DIR / "points"
FIGURES_DIR: Path = RESOURCES_DIR / "figures"
FONTS_DIR: Path = RESOURCES_DIR / "fonts"
PROTOCOLS_DIR: Path = RESOURCES_DIR / "protocols"
