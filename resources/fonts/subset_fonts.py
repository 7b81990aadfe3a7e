"""Maintenance script: regenerate the embedded font subsets from their upstream files.

Run it after point data gains a Hanzi the fonts do not cover (tests/reports/test_fonts.py says so):

    pip install fonttools
    apt-get download fonts-wqy-microhei && dpkg-deb -x fonts-wqy-microhei_*.deb /tmp/wqy
    python resources/fonts/subset_fonts.py /tmp/wqy/usr/share/fonts/truetype/wqy/wqy-microhei.ttc \
        /usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf \
        /usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf

Latin comes from DejaVu Sans Condensed: Micro Hei has empty glyphs for the pinyin caron vowels
(ǎ ǐ ǒ ǔ ǚ), so it supplies the Hanzi only.

fontTools is needed only here, never when the application runs.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

HERE = Path(__file__).resolve().parent
POINTS = HERE.parent / "points"

# Latin-1, Latin Extended-A and B (pinyin tone marks live there), general punctuation and the
# symbols the documents print (° ± × ÷ → ≤ ≥ • …), plus CJK and full-width punctuation.
LATIN_RANGES = [
    (0x20, 0x7E),
    (0xA0, 0x24F),
    (0x2000, 0x206F),
    (0x20AC, 0x20AC),
    (0x2190, 0x2193),
    (0x2212, 0x2212),
    (0x2264, 0x2265),
    (0x25A0, 0x25CF),
]
CJK_PUNCTUATION = [(0x3000, 0x303F), (0xFF01, 0xFF5E)]


def point_hanzi() -> set[str]:
    chars: set[str] = set()
    for path in sorted(POINTS.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                for column in ("hanzi", "hanzi_trad", "aliases"):
                    chars.update(ch for ch in row.get(column) or "" if ord(ch) >= 0x2E80)
    return chars


def codepoints(ranges: list[tuple[int, int]]) -> set[int]:
    return {cp for first, last in ranges for cp in range(first, last + 1)}


def write_subset(font: TTFont, unicodes: set[int], target: Path) -> None:
    options = subset.Options()
    options.hinting = False
    options.layout_features = ["kern", "liga"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    font.save(target)
    print(f"{target.name}: {len(font.getBestCmap())} characters, {target.stat().st_size // 1024} KiB")


def main(microhei_ttc: str, dejavu_regular: str, dejavu_bold: str) -> None:
    hanzi = {ord(ch) for ch in point_hanzi()}
    microhei = TTCollection(microhei_ttc).fonts[0]  # face 0: proportional Micro Hei (1 is Mono)
    write_subset(microhei, codepoints(CJK_PUNCTUATION) | hanzi, HERE / "WenQuanYiMicroHei-subset.ttf")
    write_subset(TTFont(dejavu_regular), codepoints(LATIN_RANGES), HERE / "DejaVuSansCondensed-subset.ttf")
    write_subset(TTFont(dejavu_bold), codepoints(LATIN_RANGES), HERE / "DejaVuSansCondensed-Bold-subset.ttf")


if __name__ == "__main__":
    main(*sys.argv[1:4])
