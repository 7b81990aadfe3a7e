"""Where every point is: its site in B-cun from landmarks, written once for all views.

Each entry reads like a location text: a level (a landmark plus or minus B-cun in that segment's
proportional unit) and a place around the body (B-cun from the midline on the trunk, an angle
around a limb: 0 anterior, 90 lateral, 180 posterior, -90 medial). Points that no standing view can
show (the sole, the perineum, inside the mouth or nose) are listed in :data:`NOT_ON_BODY_VIEWS`
with the reason; the detail views cover the sole.
"""

from __future__ import annotations

from charting.anatomy.body_model import BodyModel, SurfacePoint
from charting.anatomy.proportions import VERTEBRAE, Canon
from charting.anatomy.site_kinds import (
    Level,
    Locator,
    Site,
    bilateral,
    face,
    foot,
    hand,
    midline,
    on,
    scalp,
    several,
    thumb,
    trunk,
)

# --- levels -----------------------------------------------------------------------------------


def at(y: float) -> Level:
    return lambda c: y


def umb(n: float) -> Level:
    """n B-cun above (+) or below (-) the centre of the umbilicus."""
    return lambda c: c.umbilicus_y - n * (c.cun_upper_abdomen if n > 0 else c.cun_lower_abdomen)


def ics(space: int) -> Level:
    return lambda c: c.ics_y(space)


def below(vertebra: str) -> Level:
    return lambda c: c.below_spinous(vertebra)


def spinous(vertebra: str, offset: float = 0.0) -> Level:
    return lambda c: c.spinous(vertebra) + offset


def elbow(n: float) -> Level:
    """n B-cun above (+, upper-arm cun) or below (-, forearm cun) the cubital crease."""
    return lambda c: c.cubital_crease_y - n * (c.cun_upper_arm if n > 0 else c.cun_forearm)


def wrist(n: float) -> Level:
    return lambda c: c.wrist_crease_y - n * c.cun_forearm


def axfold(n: float) -> Level:
    return lambda c: c.axillary_fold_y + n * c.cun_upper_arm


def below_popliteal(n: float) -> Level:
    return lambda c: c.popliteal_crease_y + n * c.cun_leg_lateral


def above_lateral_malleolus(n: float) -> Level:
    return lambda c: c.lateral_malleolus_y - n * c.cun_leg_lateral


def above_medial_malleolus(n: float) -> Level:
    return lambda c: c.medial_malleolus_y - n * c.cun_leg_medial


def below_medial_condyle(n: float) -> Level:
    return lambda c: c.medial_condyle_y + n * c.cun_leg_medial


def above_patella(n: float) -> Level:
    return lambda c: c.patella_base_y - n * c.cun_thigh_front


def above_epicondyle(n: float) -> Level:
    return lambda c: c.medial_epicondyle_y - n * c.cun_thigh_front


def below_pubis(n: float) -> Level:
    return lambda c: c.pubis_y + n * c.cun_thigh_front


def above_popliteal_back(n: float) -> Level:
    return lambda c: c.popliteal_crease_y - n * c.cun_thigh_back


def above_popliteal_lateral(n: float) -> Level:
    return lambda c: c.popliteal_crease_y - n * c.cun_thigh_lateral


def below_st35(n: float) -> Level:
    return lambda c: c.patella_apex_y + 0.05 + n * c.cun_leg_lateral


def below_acromion(n: float) -> Level:
    """n upper-arm B-cun below the depressions under the acromion (LI15 in front, TE14 behind)."""
    return lambda c: c.acromion_y + 0.05 + n * c.cun_upper_arm


def below_axilla(n: float) -> Level:
    """n B-cun below the apex of the axilla (12 B-cun to the free end of the 11th rib)."""
    return lambda c: c.axilla_apex_y + n * c.cun_flank


def cv22(n: float) -> Level:
    return lambda c: c.suprasternal_y + n * c.cun_chest


def face_cun(c: Canon) -> float:
    """Glabella to the anterior hairline is 3 B-cun."""
    return (c.glabella_y - c.anterior_hairline_y) / 3


def pupil_line(c: Canon) -> float:
    return c.pupil_x


def philtrum(c: Canon) -> float:
    """The junction of the upper third and the lower two thirds of the philtrum."""
    return c.subnasale_y + (c.mouth_y - c.subnasale_y) / 3


def leg_cun(c: Canon) -> float:
    return c.cun_leg_lateral


def thigh_cun(c: Canon) -> float:
    return c.cun_thigh_front


def trunk_cun(c: Canon) -> float:
    return c.cun_trunk_width


# The anterior crest of the tibia lies a little medial of the front of the leg.
TIBIAL_CREST = -12.0


def arm(level: Level, theta: float) -> Locator:
    return on("arm", level, theta)


def leg(level: Level, theta: float) -> Locator:
    return on("leg", level, theta)


def from_tibial_crest(level: Level, cun: float) -> Locator:
    """`cun` B-cun lateral of the anterior crest of the tibia (one finger-breadth = 1 B-cun)."""
    return on("leg", level, TIBIAL_CREST, across=cun, unit=leg_cun)


def head(y: float, theta: float) -> Locator:
    return on("head", at(y), theta)


def neck(y: float, theta: float) -> Locator:
    return on("neck", at(y), theta)


def back(level: Level, cun: float) -> Locator:
    return trunk(level, cun, back=True)


def nose_tip() -> Locator:
    return lambda m, side: [m.nose_tip()]


def ear_apex() -> Locator:
    return lambda m, side: [m.ear_apex(side)]


def with_midline(lateral: Locator, *central: Locator) -> Locator:
    """Lateral instances on each side plus midline ones (drawn once, with the left side's call)."""

    def locate(m: BodyModel, side: int) -> list[SurfacePoint]:
        extra = [p for loc in central for p in loc(m, 0)] if side == 1 else []
        return lateral(m, side) + extra

    return locate


# The Bladder lines skip T8: BL11–BL26 lie beside T1–T7 and T9–L5, BL41–BL52 beside T2–T7 and T9–L2.
INNER_LINE_LEVELS = ("T1", "T2", "T3", "T4", "T5", "T6", "T7", "T9", "T10", "T11", "T12", "L1", "L2", "L3", "L4", "L5")

# --- the channels -----------------------------------------------------------------------------

LU = [
    bilateral("LU1", trunk(ics(1), 6)),
    bilateral("LU2", trunk(lambda c: c.ics_y(1) - c.cun_chest, 6)),
    bilateral("LU3", arm(axfold(3), 40)),
    bilateral("LU4", arm(axfold(4), 40)),
    bilateral("LU5", arm(elbow(0), 30)),
    bilateral("LU6", arm(wrist(7), 42)),
    bilateral("LU7", arm(wrist(1.5), 75)),
    bilateral("LU8", arm(wrist(1), 55)),
    bilateral("LU9", arm(wrist(0), 45)),
    bilateral("LU10", hand(0.14, 0.1)),
    bilateral("LU11", thumb(0.9, 125)),
]

LI = [
    bilateral("LI1", hand(0.7, 0.08, dorsal=True)),
    bilateral("LI2", hand(0.43, 0.1, dorsal=True)),
    bilateral("LI3", hand(0.36, 0.104, dorsal=True)),
    bilateral("LI4", hand(0.2, 0.085, dorsal=True)),
    bilateral("LI5", arm(wrist(0), 125)),
    bilateral("LI6", arm(wrist(3), 120)),
    bilateral("LI7", arm(wrist(5), 116)),
    bilateral("LI8", arm(elbow(-4), 108)),
    bilateral("LI9", arm(elbow(-3), 104)),
    bilateral("LI10", arm(elbow(-2), 100)),
    bilateral("LI11", arm(elbow(0), 88)),
    bilateral("LI12", arm(elbow(1), 100)),
    bilateral("LI13", arm(elbow(3), 95)),
    bilateral("LI14", arm(elbow(7), 88)),
    bilateral("LI15", arm(below_acromion(0), 45)),
    bilateral("LI16", on("trunk", lambda c: c.acromion_y - 0.04, 100)),
    bilateral("LI17", neck(1.2, 70)),
    bilateral("LI18", neck(1.07, 62)),
    bilateral("LI19", face(lambda c: c.ala_x * 0.66, philtrum)),
    bilateral("LI20", face(lambda c: c.ala_x + 0.02, lambda c: c.subnasale_y - 0.035)),
]

ST = [
    bilateral("ST1", face(pupil_line, lambda c: c.pupil_y + 0.035)),
    bilateral("ST2", face(pupil_line, lambda c: c.pupil_y + 0.075)),
    bilateral("ST3", face(pupil_line, lambda c: c.subnasale_y - 0.015)),
    bilateral("ST4", face(pupil_line, lambda c: c.mouth_y)),
    bilateral("ST5", head(0.87, 84)),
    bilateral("ST6", head(0.79, 78)),
    bilateral("ST7", head(0.56, 78)),
    bilateral("ST8", scalp(0.5, 4.5)),
    bilateral("ST9", neck(1.06, 38)),
    bilateral("ST10", neck(1.18, 35)),
    bilateral("ST11", neck(1.29, 25)),
    bilateral("ST12", trunk(cv22(0.3), 4)),
    bilateral("ST13", trunk(lambda c: c.ics_y(1) - c.cun_chest, 4)),
    bilateral("ST14", trunk(ics(1), 4)),
    bilateral("ST15", trunk(ics(2), 4)),
    bilateral("ST16", trunk(ics(3), 4)),
    bilateral("ST17", trunk(ics(4), 4)),
    bilateral("ST18", trunk(ics(5), 4)),
    *(bilateral(f"ST{19 + i}", trunk(umb(6 - i), 2)) for i in range(6)),
    bilateral("ST25", trunk(umb(0), 2)),
    *(bilateral(f"ST{26 + i}", trunk(umb(-1 - i), 2)) for i in range(5)),
    bilateral("ST31", leg(lambda c: c.pubis_y + 0.1, 25)),
    bilateral("ST32", leg(above_patella(6), 22)),
    bilateral("ST33", leg(above_patella(3), 25)),
    bilateral("ST34", leg(above_patella(2), 28)),
    bilateral("ST35", leg(below_st35(0), 25)),
    bilateral("ST36", from_tibial_crest(below_st35(3), 1)),
    bilateral("ST37", from_tibial_crest(below_st35(6), 1)),
    bilateral("ST38", from_tibial_crest(below_st35(8), 1)),
    bilateral("ST39", from_tibial_crest(below_st35(9), 1)),
    bilateral("ST40", from_tibial_crest(below_st35(8), 2)),
    bilateral("ST41", foot(0.08, 0)),
    bilateral("ST42", foot(0.3, -8)),
    bilateral("ST43", foot(0.56, -14)),
    bilateral("ST44", foot(0.73, -14)),
    bilateral("ST45", foot(0.84, -14)),
]

SP = [
    bilateral("SP1", foot(0.85, -68)),
    bilateral("SP2", foot(0.69, -92)),
    bilateral("SP3", foot(0.57, -95)),
    bilateral("SP4", foot(0.38, -100)),
    bilateral("SP5", foot(0.08, -62)),
    bilateral("SP6", leg(above_medial_malleolus(3), -100)),
    bilateral("SP7", leg(above_medial_malleolus(6), -100)),
    bilateral("SP8", leg(below_medial_condyle(3), -105)),
    bilateral("SP9", leg(below_medial_condyle(0), -105)),
    bilateral("SP10", leg(above_patella(2), -55)),
    bilateral("SP11", leg(above_patella(8), -75)),
    bilateral("SP12", trunk(lambda c: c.pubis_y - 0.02, 3.5)),
    bilateral("SP13", trunk(umb(-4.3), 4)),
    bilateral("SP14", trunk(umb(-1.3), 4)),
    bilateral("SP15", trunk(umb(0), 4)),
    bilateral("SP16", trunk(umb(3), 4)),
    bilateral("SP17", trunk(ics(5), 6)),
    bilateral("SP18", trunk(ics(4), 6)),
    bilateral("SP19", trunk(ics(3), 6)),
    bilateral("SP20", trunk(ics(2), 6)),
    bilateral("SP21", on("trunk", ics(6), 90)),
]

HT = [
    bilateral("HT1", on("trunk", lambda c: c.axilla_apex_y + 0.02, 90)),
    bilateral("HT2", arm(elbow(3), -50)),
    bilateral("HT3", arm(elbow(0), -80)),
    bilateral("HT4", arm(wrist(1.5), -45)),
    bilateral("HT5", arm(wrist(1), -46)),
    bilateral("HT6", arm(wrist(0.5), -47)),
    bilateral("HT7", arm(wrist(0), -48)),
    bilateral("HT8", hand(0.3, -0.055)),
    bilateral("HT9", hand(0.61, -0.068, dorsal=True)),
]

SI = [
    bilateral("SI1", hand(0.61, -0.09, dorsal=True)),
    bilateral("SI2", hand(0.43, -0.098, dorsal=True)),
    bilateral("SI3", hand(0.35, -0.108, dorsal=True)),
    bilateral("SI4", hand(0.07, -0.095, dorsal=True)),
    bilateral("SI5", arm(wrist(0), -150)),
    bilateral("SI6", arm(wrist(1), -165)),
    bilateral("SI7", arm(wrist(5), -140)),
    bilateral("SI8", arm(elbow(0), -150)),
    bilateral("SI9", arm(axfold(-1), -170)),
    bilateral("SI10", back(lambda c: c.acromion_y + 0.1, 6.6)),
    bilateral("SI11", back(spinous("T4", 0.06), 4.7)),
    bilateral("SI12", back(lambda c: c.acromion_y + 0.07, 5.0)),
    bilateral("SI13", back(spinous("T2", 0.04), 3.5)),
    bilateral("SI14", back(below("T1"), 3)),
    bilateral("SI15", back(below("C7"), 2)),
    bilateral("SI16", neck(1.07, 95)),
    bilateral("SI17", neck(0.88, 70)),
    bilateral("SI18", face(lambda c: c.outer_canthus_x, lambda c: c.subnasale_y - 0.06)),
    bilateral("SI19", head(0.55, 88)),
]

BL = [
    bilateral("BL1", face(lambda c: c.inner_canthus_x - 0.01, lambda c: c.pupil_y - 0.01)),
    bilateral("BL2", face(lambda c: c.inner_canthus_x, lambda c: c.glabella_y - 0.005)),
    bilateral("BL3", scalp(0.5, 0.55)),
    bilateral("BL4", scalp(0.5, 1.5)),
    bilateral("BL5", scalp(1.0, 1.5)),
    bilateral("BL6", scalp(2.5, 1.5)),
    bilateral("BL7", scalp(4.0, 1.5)),
    bilateral("BL8", scalp(5.5, 1.5)),
    bilateral("BL9", scalp(9.5, 1.3)),
    bilateral("BL10", scalp(11.5, 1.3)),
    *(bilateral(f"BL{11 + i}", back(below(v), 1.5)) for i, v in enumerate(INNER_LINE_LEVELS)),
    *(bilateral(f"BL{27 + i}", back(spinous(f"S{i + 1}", 0.02), 1.5)) for i in range(4)),
    *(bilateral(f"BL{31 + i}", back(spinous(f"S{i + 1}", 0.02), x)) for i, x in enumerate((1.0, 0.85, 0.75, 0.65))),
    bilateral("BL35", back(spinous("Co"), 0.5)),
    bilateral("BL36", leg(lambda c: c.gluteal_fold_y, 180)),
    bilateral("BL37", leg(lambda c: c.gluteal_fold_y + 6 * c.cun_thigh_back, 180)),
    bilateral("BL38", leg(above_popliteal_back(1), 150)),
    bilateral("BL39", leg(above_popliteal_back(0), 140)),
    bilateral("BL40", leg(above_popliteal_back(0), 180)),
    *(bilateral(f"BL{41 + i}", back(below(v), 3)) for i, v in enumerate(INNER_LINE_LEVELS[1:13])),
    bilateral("BL53", back(spinous("S2", 0.02), 3)),
    bilateral("BL54", back(spinous("S4", 0.02), 3)),
    bilateral("BL55", leg(below_popliteal(2), 180)),
    bilateral("BL56", leg(below_popliteal(5), 180)),
    bilateral("BL57", leg(below_popliteal(8), 180)),
    bilateral("BL58", leg(above_lateral_malleolus(7), 155)),
    bilateral("BL59", leg(above_lateral_malleolus(3), 145)),
    bilateral("BL60", leg(above_lateral_malleolus(0), 135)),
    bilateral("BL61", foot(-0.14, 110)),
    bilateral("BL62", foot(-0.04, 72)),
    bilateral("BL63", foot(0.14, 95)),
    bilateral("BL64", foot(0.38, 100)),
    bilateral("BL65", foot(0.58, 100)),
    bilateral("BL66", foot(0.7, 100)),
    bilateral("BL67", foot(0.76, 62)),
]

KI = [
    bilateral("KI2", foot(0.25, -115)),
    bilateral("KI3", leg(above_medial_malleolus(0), -140)),
    bilateral("KI4", foot(-0.12, -105)),
    bilateral("KI5", foot(-0.08, -120)),
    bilateral("KI6", foot(-0.02, -68)),
    bilateral("KI7", leg(above_medial_malleolus(2), -150)),
    bilateral("KI8", leg(above_medial_malleolus(2), -105)),
    bilateral("KI9", leg(above_medial_malleolus(5), -140)),
    bilateral("KI10", leg(above_popliteal_back(0), -140)),
    *(bilateral(f"KI{11 + i}", trunk(umb(-5 + i), 0.5)) for i in range(5)),
    bilateral("KI16", trunk(umb(0), 0.5)),
    *(bilateral(f"KI{17 + i}", trunk(umb(2 + i), 0.5)) for i in range(5)),
    *(bilateral(f"KI{22 + i}", trunk(ics(5 - i), 2)) for i in range(5)),
    bilateral("KI27", trunk(lambda c: c.ics_y(1) - c.cun_chest, 2)),
]

PC = [
    bilateral("PC1", trunk(ics(4), 5)),
    bilateral("PC2", arm(axfold(2), 5)),
    bilateral("PC3", arm(elbow(0), -15)),
    bilateral("PC4", arm(wrist(5), 0)),
    bilateral("PC5", arm(wrist(3), 0)),
    bilateral("PC6", arm(wrist(2), 0)),
    bilateral("PC7", arm(wrist(0), 0)),
    bilateral("PC8", hand(0.27, 0.045)),
    bilateral("PC9", hand(0.775, 0.024)),
]

TE = [
    bilateral("TE1", hand(0.71, -0.042, dorsal=True)),
    bilateral("TE2", hand(0.43, -0.055, dorsal=True)),
    bilateral("TE3", hand(0.33, -0.055, dorsal=True)),
    bilateral("TE4", arm(wrist(0), -172)),
    bilateral("TE5", arm(wrist(2), 180)),
    bilateral("TE6", arm(wrist(3), 180)),
    bilateral("TE7", arm(wrist(3), -150)),
    bilateral("TE8", arm(wrist(4), 180)),
    bilateral("TE9", arm(elbow(-5), 180)),
    bilateral("TE10", arm(elbow(1), 180)),
    bilateral("TE11", arm(elbow(2), 180)),
    bilateral("TE12", arm(lambda c: (elbow(2)(c) + below_acromion(3)(c)) / 2, 176)),
    bilateral("TE13", arm(below_acromion(3), 172)),
    bilateral("TE14", arm(below_acromion(0), 135)),
    bilateral("TE15", back(spinous("T1", 0.04), 3.8)),
    bilateral("TE16", neck(0.93, 110)),
    bilateral("TE17", head(0.645, 98)),
    bilateral("TE18", head(0.6, 105)),
    bilateral("TE19", head(0.5, 106)),
    bilateral("TE20", head(0.38, 103)),
    bilateral("TE21", head(0.52, 89)),
    bilateral("TE22", head(0.47, 84)),
    bilateral("TE23", face(lambda c: c.outer_canthus_x + 0.02, lambda c: c.glabella_y)),
]

GB = [
    bilateral("GB1", face(lambda c: c.outer_canthus_x + 0.03, lambda c: c.pupil_y)),
    bilateral("GB2", head(0.59, 89)),
    bilateral("GB3", head(0.48, 80)),
    bilateral("GB4", head(0.28, 70)),
    bilateral("GB5", head(0.32, 75)),
    bilateral("GB6", head(0.36, 80)),
    bilateral("GB7", head(0.4, 86)),
    bilateral("GB8", head(0.3, 103)),
    bilateral("GB9", head(0.31, 112)),
    bilateral("GB10", head(0.41, 118)),
    bilateral("GB11", head(0.5, 120)),
    bilateral("GB12", head(0.66, 122)),
    bilateral("GB13", scalp(0.5, 3.0)),
    bilateral("GB14", face(pupil_line, lambda c: c.glabella_y - 0.01 - face_cun(c))),
    bilateral("GB15", scalp(0.5, 2.25)),
    bilateral("GB16", scalp(1.5, 2.25)),
    bilateral("GB17", scalp(2.5, 2.25)),
    bilateral("GB18", scalp(4.0, 2.25)),
    bilateral("GB19", scalp(9.5, 2.25)),
    bilateral("GB20", scalp(11.0, 2.25)),
    bilateral("GB21", back(lambda c: c.suprasternal_y - 0.04, 4.1)),
    bilateral("GB22", on("trunk", below_axilla(3), 90)),
    bilateral("GB23", on("trunk", below_axilla(3), 90, across=-1, unit=trunk_cun)),
    bilateral("GB24", trunk(ics(7), 4)),
    bilateral("GB25", on("trunk", lambda c: c.rib11_end_y + 0.08, 112)),
    bilateral("GB26", on("trunk", umb(0), 82)),
    bilateral("GB27", trunk(umb(-3), 5.2)),
    bilateral("GB28", trunk(umb(-3.5), 4.9)),
    bilateral("GB29", on("trunk", lambda c: (c.asis_y + c.trochanter_y) / 2, 65)),
    bilateral("GB30", back(lambda c: c.trochanter_y - 0.06, 4.8)),
    bilateral("GB31", leg(above_popliteal_lateral(9), 90)),
    bilateral("GB32", leg(above_popliteal_lateral(7), 90)),
    bilateral("GB33", leg(lambda c: c.popliteal_crease_y - 0.15, 100)),
    bilateral("GB34", leg(below_popliteal(2), 90)),
    bilateral("GB35", leg(above_lateral_malleolus(7), 120)),
    bilateral("GB36", leg(above_lateral_malleolus(7), 95)),
    bilateral("GB37", leg(above_lateral_malleolus(5), 90)),
    bilateral("GB38", leg(above_lateral_malleolus(4), 88)),
    bilateral("GB39", leg(above_lateral_malleolus(3), 88)),
    bilateral("GB40", foot(0.08, 62)),
    bilateral("GB41", foot(0.45, 40)),
    bilateral("GB42", foot(0.57, 42)),
    bilateral("GB43", foot(0.74, 40)),
    bilateral("GB44", foot(0.8, 35)),
]

LR = [
    bilateral("LR1", foot(0.855, -40)),
    bilateral("LR2", foot(0.73, -36)),
    bilateral("LR3", foot(0.46, -32)),
    bilateral("LR4", foot(0.07, -38)),
    bilateral("LR5", leg(above_medial_malleolus(5), -60)),
    bilateral("LR6", leg(above_medial_malleolus(7), -60)),
    bilateral("LR7", leg(below_medial_condyle(0), -125)),
    bilateral("LR8", leg(above_popliteal_back(0), -115)),
    bilateral("LR9", leg(above_epicondyle(4), -95)),
    bilateral("LR10", leg(below_pubis(3), -55)),
    bilateral("LR11", leg(below_pubis(2), -50)),
    bilateral("LR12", trunk(lambda c: c.pubis_y + 0.01, 2.5)),
    bilateral("LR13", on("trunk", lambda c: c.rib11_end_y, 80)),
    bilateral("LR14", trunk(ics(6), 4)),
]

GV = [
    midline("GV1", on("trunk", lambda c: (c.spinous("Co") + c.perineum_y) / 2, 180)),
    midline("GV2", back(spinous("S5"), 0)),
    midline("GV3", back(below("L4"), 0)),
    midline("GV4", back(below("L2"), 0)),
    midline("GV5", back(below("L1"), 0)),
    midline("GV6", back(below("T11"), 0)),
    midline("GV7", back(below("T10"), 0)),
    midline("GV8", back(below("T9"), 0)),
    midline("GV9", back(below("T7"), 0)),
    midline("GV10", back(below("T6"), 0)),
    midline("GV11", back(below("T5"), 0)),
    midline("GV12", back(below("T3"), 0)),
    midline("GV13", back(below("T1"), 0)),
    midline("GV14", back(below("C7"), 0)),
    midline("GV15", scalp(11.5)),
    midline("GV16", scalp(11.0)),
    midline("GV17", scalp(9.5)),
    midline("GV18", scalp(8.0)),
    midline("GV19", scalp(6.5)),
    midline("GV20", scalp(5.0)),
    midline("GV21", scalp(3.5)),
    midline("GV22", scalp(2.0)),
    midline("GV23", scalp(1.0)),
    midline("GV24", scalp(0.5)),
    midline("GV25", nose_tip()),
    midline("GV26", face(0.0, philtrum)),
    midline("GV27", face(0.0, lambda c: c.mouth_y - 0.023)),
]

CV = [
    midline("CV2", trunk(lambda c: c.pubis_y, 0)),
    midline("CV3", trunk(umb(-4), 0)),
    midline("CV4", trunk(umb(-3), 0)),
    midline("CV5", trunk(umb(-2), 0)),
    midline("CV6", trunk(umb(-1.5), 0)),
    midline("CV7", trunk(umb(-1), 0)),
    midline("CV8", trunk(umb(0), 0)),
    *(midline(f"CV{9 + i}", trunk(umb(1 + i), 0)) for i in range(7)),
    midline("CV16", trunk(lambda c: c.xiphisternal_y, 0)),
    midline("CV17", trunk(ics(4), 0)),
    midline("CV18", trunk(ics(3), 0)),
    midline("CV19", trunk(ics(2), 0)),
    midline("CV20", trunk(ics(1), 0)),
    midline("CV21", trunk(cv22(1), 0)),
    midline("CV22", trunk(cv22(0.05), 0)),
    midline("CV23", neck(1.0, 0)),
    midline("CV24", face(0.0, lambda c: c.mentolabial_y)),
]

FINGER_TIPS = ((0.722, 0.074), (0.775, 0.024), (0.742, -0.028), (0.635, -0.078))

EX = [
    Site("EX-HN1", with_midline(scalp(5.0, 1.0), scalp(4.0), scalp(6.0))),
    bilateral("EX-HN2", scalp(1.0, 2.25)),
    midline("EX-HN3", face(0.0, lambda c: c.glabella_y)),
    bilateral("EX-HN4", face(pupil_line, lambda c: c.glabella_y - 0.01)),
    bilateral("EX-HN5", head(0.45, 68)),
    bilateral("EX-HN6", ear_apex()),
    bilateral("EX-HN7", face(lambda c: (c.pupil_x + c.outer_canthus_x) / 2, lambda c: c.pupil_y + 0.04)),
    bilateral("EX-HN8", face(lambda c: c.ala_x - 0.015, lambda c: c.subnasale_y - 0.095)),
    bilateral("EX-HN14", head(0.64, 112)),
    bilateral("EX-HN15", on("neck", lambda c: c.below_spinous("C7") - 2 * c.cun_neck_back, 148)),
    bilateral("M-HN-54", head(0.62, 118)),
    bilateral("EX-CA1", trunk(umb(-4), 3)),
    bilateral("EX-B1", back(below("C7"), 0.5)),
    bilateral(
        "EX-B2", several(*(back(below(v), 0.5) for v in VERTEBRAE[VERTEBRAE.index("T1") : VERTEBRAE.index("S1")]))
    ),
    bilateral("EX-B3", back(below("T8"), 1.5)),
    bilateral("EX-B4", back(below("L1"), 3.5)),
    midline("EX-B5", back(below("L3"), 0)),
    bilateral("EX-B6", back(below("L4"), 3)),
    bilateral("EX-B7", back(below("L4"), 3.5)),
    midline("EX-B8", back(below("L5"), 0)),
    midline("EX-B9", back(lambda c: c.spinous("Co") - 2 * c.cun_back_width, 0)),
    bilateral("EX-UE1", arm(lambda c: c.cubital_crease_y + 0.02, 180)),
    bilateral("EX-UE2", several(arm(wrist(4), -12), arm(wrist(4), 12))),
    bilateral("EX-UE3", arm(wrist(0), 160)),
    bilateral("EX-UE4", hand(0.62, 0.024, dorsal=True)),
    bilateral("EX-UE5", thumb(0.72, 180)),
    bilateral("EX-UE6", hand(0.545, -0.078, dorsal=True)),
    bilateral("EX-UE7", several(hand(0.2, 0.049, dorsal=True), hand(0.2, -0.053, dorsal=True))),
    bilateral("EX-UE8", hand(0.31, 0.049, dorsal=True)),
    bilateral(
        "EX-UE9",
        several(*(hand(v, u, dorsal=True) for v, u in ((0.3, 0.1), (0.43, 0.049), (0.43, -0.002), (0.43, -0.053)))),
    ),
    bilateral(
        "EX-UE10", several(*(hand(v, u) for v, u in ((0.56, 0.074), (0.6, 0.024), (0.58, -0.028), (0.53, -0.078))))
    ),
    bilateral("EX-UE11", several(thumb(0.97, 0), *(hand(v - 0.006, u) for v, u in FINGER_TIPS))),
    bilateral(
        "EX-LE1",
        several(
            on("leg", above_patella(2), 28, across=1.5, unit=thigh_cun),
            on("leg", above_patella(2), 28, across=-1.5, unit=thigh_cun),
        ),
    ),
    bilateral("EX-LE2", leg(lambda c: c.patella_base_y, 0)),
    bilateral("EX-LE3", leg(above_patella(3), -55)),
    bilateral("EX-LE4", leg(below_st35(0), -25)),
    bilateral("EX-LE5", several(leg(below_st35(0), -25), leg(below_st35(0), 25))),
    bilateral("EX-LE6", leg(below_popliteal(4), 100)),
    bilateral("EX-LE7", from_tibial_crest(below_st35(5), 1)),
    bilateral("EX-LE8", leg(above_medial_malleolus(0), -90)),
    bilateral("EX-LE9", leg(above_lateral_malleolus(0), 95)),
    bilateral("EX-LE10", several(*(foot(0.73, phi) for phi in (-36, -8, 16, 37)))),
    bilateral(
        "EX-LE12",
        several(*(foot(s - 0.025, phi) for phi, s in ((-52, 0.875), (-20, 0.87), (5, 0.84), (27, 0.8), (47, 0.75)))),
    ),
]

SITES: list[Site] = [*LU, *LI, *ST, *SP, *HT, *SI, *BL, *KI, *PC, *TE, *GB, *LR, *GV, *CV, *EX]

# Points a standing figure cannot show, with the reason: they have no site here and are drawn only
# in the detail views (or nowhere, for those inside the mouth and nose).
NOT_ON_BODY_VIEWS: dict[str, str] = {
    "KI1": "on the sole",
    "EX-LE11": "on the sole",
    "CV1": "on the perineum",
    "GV28": "inside the upper lip, on the frenulum",
    "EX-HN9": "inside the nostril",
    "EX-HN10": "on the tongue",
    "EX-HN11": "under the tongue",
    "EX-HN12": "on the vein under the tongue",
    "EX-HN13": "on the vein under the tongue",
}
