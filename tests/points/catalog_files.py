"""Writers for small hand-made catalog folders, so each loader test plants exactly one fault."""

from __future__ import annotations

import csv
from pathlib import Path

from charting.points.loader import CATEGORY_COLUMNS, CAUTION_COLUMNS, MERIDIAN_COLUMNS, POINT_COLUMNS

Rows = list[dict[str, str]]


def point_row(code: str, number: int, pinyin: str, plain: str, hanzi: str, **extra: str) -> dict[str, str]:
    row = dict.fromkeys(POINT_COLUMNS, "")
    row.update(
        code=code,
        number=str(number),
        pinyin=pinyin,
        pinyin_plain=plain,
        hanzi=hanzi,
        english=f"Name of {code}",
        region="hand",
        bilateral="yes",
        location="On the hand.",
        depth_min="0.3",
        depth_max="0.5",
        angle="perpendicular",
    )
    row.update(extra)
    return row


def write_csv(path: Path, columns: tuple[str, ...], rows: Rows) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def write_small_catalog(
    folder: Path,
    lu: Rows | None = None,
    ex: Rows | None = None,
    categories: Rows | None = None,
    cautions: Rows | None = None,
) -> Path:
    """A two-channel catalog (LU and EX); arguments replace the default rows."""
    folder.mkdir(exist_ok=True)
    write_csv(
        folder / "meridians.csv",
        MERIDIAN_COLUMNS,
        [
            dict(
                code="LU",
                name="Lung",
                pinyin="Shǒu Tàiyīn Fèi Jīng",
                hanzi="手太阴肺经",
                colour="#1f6fb4",
                legacy_codes="L",
            ),
            dict(
                code="EX",
                name="Extra points",
                pinyin="Jīngwài Qíxué",
                hanzi="经外奇穴",
                colour="#757575",
                legacy_codes="",
            ),
        ],
    )
    write_csv(
        folder / "LU.csv",
        POINT_COLUMNS,
        lu
        if lu is not None
        else [
            point_row("LU1", 1, "Zhōngfǔ", "Zhongfu", "中府", english="Central Treasury", region="chest"),
            point_row("LU7", 7, "Lièquē", "Lieque", "列缺", english="Broken Sequence", region="wrist"),
        ],
    )
    write_csv(
        folder / "EX.csv",
        POINT_COLUMNS,
        ex
        if ex is not None
        else [
            point_row(
                "EX-HN3",
                3,
                "Yìntáng",
                "Yintang",
                "印堂",
                english="Hall of Impression",
                standard_codes="GB/T 12346-2021=GV29",
                bilateral="no",
                region="face",
            ),
        ],
    )
    write_csv(folder / "categories.csv", CATEGORY_COLUMNS, categories or [])
    write_csv(folder / "cautions.csv", CAUTION_COLUMNS, cautions or [])
    return folder
