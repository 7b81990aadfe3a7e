"""The figure's proportions: an adult in standard anatomical position on the 8-head canon.

All lengths are in head heights (H), measured from the vertex down (y), to the patient's left (x)
and forward (z). Every landmark level and every body contour is written here once, so that changing
a proportion moves the outline, the landmarks and every point site together: point sites are given
in B-cun between these landmarks (see :mod:`charting.anatomy.sites`), never in figure units.

Profiles are station tables; between stations the body model interpolates smoothly. Each slice of a
limb or of the trunk is an ellipse with a half-width (frontal), a front and a back surface (sagittal),
and for the limbs a centre that moves laterally along the limb. The trunk and the leg keep their
frontal contour and their sagittal profile in separate tables, each with its own stations, so the
profile seen from the side (pectoral swell, lordosis, buttock, calf) can be shaped without moving
the front and back outlines.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field

# (y, half_width, z_front, z_back)
Station = tuple[float, float, float, float]
# (y, half_width)
WidthStation = tuple[float, float]
# (y, z_front, z_back): a sagittal profile
DepthStation = tuple[float, float, float]
# (y, centre_x, half_width)
LimbStation = tuple[float, float, float]
# (s, half_width, height, lift): a foot section s head heights forward of the ankle axis, its
# height above its lowest point, and how far that lowest point is lifted off the ground (heel, toes)
FootStation = tuple[float, float, float, float]
# (v, ulnar_edge_u, radial_edge_u, half_thickness): a hand section v below the wrist crease
HandStation = tuple[float, float, float, float]

VERTEBRAE: tuple[str, ...] = (
    *(f"C{n}" for n in range(1, 8)),
    *(f"T{n}" for n in range(1, 13)),
    *(f"L{n}" for n in range(1, 6)),
    *(f"S{n}" for n in range(1, 6)),
    "Co",
)


@dataclass(frozen=True)
class Canon:
    """One adult figure. The defaults are a male 8-head canon (shoulders 2 heads, hips 1.5)."""

    # --- head (vertex = 0, chin = 1): the cranium is an ellipsoid down to its equator ------------
    cranium_centre_y: float = 0.45
    cranium_radius_x: float = 0.335
    cranium_radius_z: float = 0.42
    anterior_hairline_y: float = 0.24
    # the corners of the anterior hairline (9 B-cun apart), as an angle round the head from the front
    hairline_corner_deg: float = 60.0
    glabella_y: float = 0.415
    pupil_y: float = 0.465
    nose_tip_y: float = 0.62
    subnasale_y: float = 0.66
    mouth_y: float = 0.745
    mentolabial_y: float = 0.82
    chin_y: float = 1.0
    posterior_hairline_y: float = 0.76
    tragus_y: float = 0.55
    ear_top_y: float = 0.4
    ear_bottom_y: float = 0.665
    mandible_angle_y: float = 0.84
    # the auricle: front (tragus) and back edges in depth, and how far it stands off the head
    ear_front_z: float = -0.05
    ear_back_z: float = -0.18
    ear_standoff: float = 0.035
    # half-distances across the face (frontal, head heights)
    inner_canthus_x: float = 0.065
    pupil_x: float = 0.135
    outer_canthus_x: float = 0.205
    ala_x: float = 0.075
    mouth_corner_x: float = 0.1
    # face and jaw slices below the cranial equator (the front edge is the facial profile)
    face: tuple[Station, ...] = (
        (0.45, 0.335, 0.42, -0.42),
        (0.47, 0.334, 0.395, -0.419),
        (0.55, 0.33, 0.405, -0.41),
        (0.66, 0.315, 0.41, -0.37),
        (0.72, 0.3, 0.424, -0.33),
        (0.745, 0.292, 0.414, -0.31),
        (0.77, 0.282, 0.418, -0.29),
        (0.82, 0.262, 0.398, -0.26),
        (0.9, 0.205, 0.415, -0.2),
        (0.96, 0.13, 0.385, -0.05),
        (1.0, 0.045, 0.3, 0.12),
    )
    # nose in profile: (y, forward of the face profile)
    nose: tuple[tuple[float, float], ...] = (
        (0.44, 0.0),
        (0.5, 0.03),
        (0.58, 0.085),
        (0.62, 0.105),
        (0.645, 0.085),
        (0.66, 0.0),
    )
    # --- neck and trunk ------------------------------------------------------------------------
    neck: tuple[Station, ...] = (
        (0.66, 0.17, 0.0, -0.24),
        (0.8, 0.2, 0.06, -0.28),
        (0.95, 0.215, 0.1, -0.285),
        (1.1, 0.225, 0.12, -0.275),
        (1.2, 0.24, 0.14, -0.27),
        (1.26, 0.26, 0.16, -0.28),
    )
    trunk: tuple[WidthStation, ...] = (
        (1.16, 0.22),
        (1.21, 0.32),
        (1.27, 0.47),
        (1.33, 0.61),
        (1.39, 0.72),
        (1.48, 0.76),
        (1.62, 0.67),
        (1.8, 0.66),
        (2.0, 0.64),
        (2.2, 0.61),
        (2.45, 0.57),
        (2.75, 0.52),
        (2.95, 0.52),
        (3.1, 0.55),
        (3.35, 0.63),
        (3.6, 0.69),
        (3.85, 0.7),
        (4.0, 0.6),
        (4.06, 0.25),
    )
    # The trunk in profile. Front: the pectoral swell, fullest at the nipple and stepping in at its
    # lower border (5th intercostal space), the rib cage sloping back to the costal margin, the
    # epigastric hollow and the gentle swell of the lower abdomen. Back: the scapulae, the lumbar
    # lordosis deepest at L3, the sacrum sloping out to the buttock, fullest near the trochanters.
    trunk_profile: tuple[DepthStation, ...] = (
        (1.16, 0.11, -0.24),
        (1.21, 0.13, -0.28),
        (1.27, 0.17, -0.31),
        (1.33, 0.22, -0.35),
        (1.39, 0.26, -0.39),
        (1.48, 0.31, -0.42),
        (1.62, 0.36, -0.45),
        (1.8, 0.405, -0.47),
        (1.97, 0.432, -0.465),
        (2.05, 0.428, -0.452),
        (2.15, 0.41, -0.44),
        (2.3, 0.392, -0.415),
        (2.45, 0.365, -0.385),
        (2.6, 0.336, -0.352),
        (2.75, 0.318, -0.327),
        (2.95, 0.31, -0.312),
        (3.1, 0.316, -0.33),
        (3.25, 0.322, -0.375),
        (3.45, 0.308, -0.445),
        (3.65, 0.272, -0.492),
        (3.82, 0.225, -0.505),
        (3.92, 0.195, -0.49),
        (4.06, 0.1, -0.3),
    )
    suprasternal_y: float = 1.33
    xiphisternal_y: float = 2.2
    umbilicus_y: float = 3.0
    pubis_y: float = 3.98  # upper border of the symphysis
    nipple_x: float = 0.36  # the two nipples are 8 B-cun apart
    scapula_medial_x: float = 0.3  # the two medial borders are 6 B-cun apart
    # first intercostal space and the spacing of the next ones, in chest B-cun below CV22
    first_ics_cun: float = 2.0
    ics_spacing_cun: float = 1.6
    # tips of the spinous processes; between them the body model interpolates
    spinous_y: tuple[tuple[str, float], ...] = (
        ("C1", 0.68),
        ("C2", 0.76),
        ("C7", 1.27),
        ("T3", 1.58),
        ("T7", 2.02),
        ("T12", 2.57),
        ("L4", 3.09),
        ("L5", 3.21),
        ("S1", 3.32),
        ("S2", 3.42),
        ("S4", 3.59),
        ("S5", 3.66),
        ("Co", 3.86),
    )
    axilla_apex_y: float = 1.6
    rib11_end_y: float = 2.72
    asis_y: float = 3.28
    asis_x: float = 0.5
    trochanter_y: float = 3.85
    perineum_y: float = 4.05
    # --- upper limb: a centre line from the shoulder joint, tilted slightly away from the trunk -
    shoulder_joint_x: float = 0.82
    shoulder_joint_y: float = 1.45
    arm_abduction_deg: float = 5.0
    arm_centre_z: float = -0.02
    acromion_y: float = 1.4
    axillary_fold_y: float = 1.64
    cubital_crease_y: float = 2.84
    wrist_crease_y: float = 4.08
    # (y, half_width, half_depth)
    arm: tuple[tuple[float, float, float], ...] = (
        (1.3, 0.03, 0.04),
        (1.32, 0.1, 0.1),
        (1.35, 0.145, 0.14),
        (1.4, 0.175, 0.165),
        (1.5, 0.19, 0.18),
        (1.62, 0.175, 0.17),
        (1.75, 0.16, 0.16),
        (2.0, 0.15, 0.15),
        (2.45, 0.138, 0.138),
        (2.81, 0.14, 0.115),
        (3.01, 0.148, 0.125),
        (3.38, 0.122, 0.105),
        (3.8, 0.095, 0.072),
        (4.08, 0.088, 0.052),
    )
    # hand, palm forward; u > 0 toward the radial (thumb) side. The tables below (and the hand
    # sites) describe a reference hand 0.785 H long; hand_scale sizes the figure's hand from it.
    hand_scale: float = 1.06
    hand: tuple[HandStation, ...] = (
        (0.0, -0.082, 0.084, 0.048),
        (0.08, -0.1, 0.1, 0.05),
        (0.2, -0.115, 0.11, 0.05),
        (0.38, -0.11, 0.104, 0.042),
        (0.45, -0.1, 0.099, 0.036),
        (0.5, -0.1, 0.098, 0.032),
        (0.6, -0.097, 0.096, 0.028),
        (0.64, -0.075, 0.094, 0.027),
        (0.665, -0.052, 0.092, 0.026),
        (0.72, -0.05, 0.086, 0.024),
        (0.74, -0.04, 0.07, 0.022),
        (0.757, -0.018, 0.048, 0.02),
        (0.772, 0.0, 0.04, 0.016),
        (0.787, 0.014, 0.034, 0.01),
    )
    metacarpophalangeal_v: float = 0.4
    # finger axes across the hand (u) and fingertip v: index, middle, ring, little
    fingers: tuple[tuple[float, float], ...] = ((0.074, 0.73), (0.024, 0.785), (-0.028, 0.75), (-0.078, 0.645))
    finger_radii: tuple[float, ...] = (0.0235, 0.025, 0.0235, 0.0205)
    # thumb axis: (v, u, forward of the palm) from the carpometacarpal joint to the tip
    thumb: tuple[tuple[float, float, float], ...] = (
        (0.06, 0.055, 0.015),
        (0.17, 0.135, 0.045),
        (0.29, 0.16, 0.06),
        (0.37, 0.168, 0.065),
    )
    thumb_radius: float = 0.036
    # --- lower limb ------------------------------------------------------------------------------
    leg: tuple[LimbStation, ...] = (
        (3.6, 0.37, 0.29),
        (3.8, 0.368, 0.325),
        (4.0, 0.365, 0.34),
        (4.12, 0.36, 0.33),
        (4.25, 0.355, 0.32),
        (4.4, 0.35, 0.305),
        (4.6, 0.34, 0.285),
        (4.8, 0.33, 0.27),
        (5.3, 0.305, 0.23),
        (5.72, 0.285, 0.19),
        (5.85, 0.28, 0.185),
        (6.0, 0.275, 0.18),
        (6.2, 0.27, 0.175),
        (6.5, 0.265, 0.18),
        (6.9, 0.26, 0.148),
        (7.3, 0.255, 0.108),
        (7.6, 0.25, 0.105),
        (7.75, 0.25, 0.095),
    )
    # The leg in profile. Back: the buttock rounding under into the gluteal fold, the hamstrings
    # tapering to the knee, the calf swelling from just below the popliteal crease to its fullest a
    # third of the way down and thinning into the Achilles tendon, which stands well behind the
    # malleoli. Front: the thigh, the patella and the shin.
    leg_profile: tuple[DepthStation, ...] = (
        (3.6, 0.19, -0.44),
        (3.7, 0.2, -0.47),
        (3.8, 0.215, -0.5),
        (3.88, 0.228, -0.508),
        (3.97, 0.24, -0.5),
        (4.06, 0.25, -0.475),
        (4.13, 0.255, -0.438),
        (4.19, 0.26, -0.395),
        (4.25, 0.26, -0.365),
        (4.33, 0.26, -0.345),
        (4.45, 0.26, -0.332),
        (4.6, 0.255, -0.318),
        (4.8, 0.245, -0.3),
        (5.05, 0.23, -0.273),
        (5.3, 0.215, -0.245),
        (5.72, 0.18, -0.2),
        (5.85, 0.2, -0.192),
        (5.95, 0.18, -0.192),
        (6.05, 0.165, -0.202),
        (6.15, 0.155, -0.23),
        (6.26, 0.147, -0.27),
        (6.37, 0.139, -0.302),
        (6.5, 0.13, -0.318),
        (6.62, 0.125, -0.316),
        (6.8, 0.117, -0.292),
        (7.0, 0.108, -0.245),
        (7.2, 0.1, -0.198),
        (7.4, 0.094, -0.172),
        (7.6, 0.09, -0.162),
        (7.75, 0.09, -0.165),
    )
    gluteal_fold_y: float = 4.2
    patella_base_y: float = 5.72
    patella_apex_y: float = 5.94
    medial_epicondyle_y: float = 5.88
    popliteal_crease_y: float = 6.0
    medial_condyle_y: float = 6.16
    medial_malleolus_y: float = 7.58
    lateral_malleolus_y: float = 7.63
    sole_y: float = 8.0
    # foot sections forward of the ankle, for a reference foot 1.135 H long from heel to hallux;
    # foot_length_scale stretches it along its length to the figure's foot (15% of the height).
    # The heel rounds up behind the ankle over the calcaneal tuberosity, the sole leaves the ground
    # under the arch and meets it again at the ball, the instep swells from the toes up to the
    # front of the ankle, and the toes dip below the metatarsal heads to rounded tips.
    foot_length_scale: float = 1.06
    foot: tuple[FootStation, ...] = (
        (-0.25, 0.04, 0.07, 0.06),
        (-0.236, 0.06, 0.16, 0.028),
        (-0.21, 0.074, 0.24, 0.008),
        (-0.17, 0.084, 0.31, 0.0),
        (-0.15, 0.087, 0.36, 0.0),
        (-0.12, 0.089, 0.4, 0.0),
        (0.0, 0.097, 0.42, 0.004),
        (0.1, 0.11, 0.383, 0.012),
        (0.13, 0.114, 0.356, 0.014),
        (0.18, 0.12, 0.332, 0.016),
        (0.25, 0.13, 0.296, 0.018),
        (0.4, 0.145, 0.248, 0.014),
        (0.52, 0.155, 0.199, 0.005),
        (0.62, 0.162, 0.155, 0.0),
        (0.68, 0.161, 0.127, 0.0),
        (0.72, 0.158, 0.108, 0.003),
        (0.76, 0.152, 0.092, 0.005),
        (0.8, 0.14, 0.079, 0.007),
        (0.86, 0.095, 0.053, 0.011),
        (0.876, 0.07, 0.04, 0.016),
        (0.885, 0.03, 0.022, 0.024),
    )
    foot_axis_z: float = -0.02
    foot_toe_out: float = 0.08
    metatarsophalangeal_s: float = 0.64
    # toe axes across the dorsum (angle from the top of the section, + lateral) and tip s
    toes: tuple[tuple[float, float], ...] = ((-52.0, 0.875), (-20.0, 0.87), (5.0, 0.84), (27.0, 0.8), (47.0, 0.75))
    vertebra_levels: dict[str, float] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "vertebra_levels", _vertebra_levels(self.spinous_y))

    # -- proportional units (one B-cun, in head heights) ------------------------------------------
    @property
    def cun_chest(self) -> float:
        """CV22 to the xiphisternal junction is 9 B-cun."""
        return (self.xiphisternal_y - self.suprasternal_y) / 9

    @property
    def cun_upper_abdomen(self) -> float:
        return (self.umbilicus_y - self.xiphisternal_y) / 8

    @property
    def cun_lower_abdomen(self) -> float:
        return (self.pubis_y - self.umbilicus_y) / 5

    @property
    def cun_trunk_width(self) -> float:
        """Across the chest and abdomen: the nipples are 8 B-cun apart."""
        return self.nipple_x / 4

    @property
    def cun_back_width(self) -> float:
        """Across the back: the medial borders of the scapulae are 6 B-cun apart."""
        return self.scapula_medial_x / 3

    @property
    def cun_neck_back(self) -> float:
        """Posterior hairline to the spinous process of C7 is 3 B-cun."""
        return (self.vertebra_levels["C7"] - self.posterior_hairline_y) / 3

    @property
    def cun_flank(self) -> float:
        """Apex of the axilla to the free end of the 11th rib is 12 B-cun."""
        return (self.rib11_end_y - self.axilla_apex_y) / 12

    @property
    def cun_upper_arm(self) -> float:
        return (self.cubital_crease_y - self.axillary_fold_y) / 9

    @property
    def cun_forearm(self) -> float:
        return (self.wrist_crease_y - self.cubital_crease_y) / 12

    @property
    def cun_thigh_front(self) -> float:
        """Upper border of the pubic symphysis to the medial epicondyle of the femur is 18 B-cun."""
        return (self.medial_epicondyle_y - self.pubis_y) / 18

    @property
    def cun_thigh_lateral(self) -> float:
        return (self.popliteal_crease_y - self.trochanter_y) / 19

    @property
    def cun_thigh_back(self) -> float:
        return (self.popliteal_crease_y - self.gluteal_fold_y) / 14

    @property
    def cun_leg_lateral(self) -> float:
        return (self.lateral_malleolus_y - self.popliteal_crease_y) / 16

    @property
    def cun_leg_medial(self) -> float:
        return (self.medial_malleolus_y - self.medial_condyle_y) / 13

    @property
    def arm_tilt(self) -> float:
        return math.tan(math.radians(self.arm_abduction_deg))

    def ics_y(self, space: int) -> float:
        """Level of an intercostal space at the front of the chest (1st = just below the clavicle)."""
        return self.suprasternal_y + (self.first_ics_cun + self.ics_spacing_cun * (space - 1)) * self.cun_chest

    def spinous(self, vertebra: str) -> float:
        return self.vertebra_levels[vertebra]

    def below_spinous(self, vertebra: str) -> float:
        """The depression below a spinous process: points 'level with its lower border' sit here."""
        nxt = VERTEBRAE[VERTEBRAE.index(vertebra) + 1]
        return self.spinous(vertebra) + 0.4 * (self.spinous(nxt) - self.spinous(vertebra))


def _vertebra_levels(anchors: tuple[tuple[str, float], ...]) -> dict[str, float]:
    """Spread the vertebrae evenly between the anchored ones (vertebral height varies by region)."""
    index = {name: VERTEBRAE.index(name) for name, _ in anchors}
    levels: dict[str, float] = {}
    for (a, ya), (b, yb) in itertools.pairwise(anchors):
        ia, ib = index[a], index[b]
        for i in range(ia, ib + 1):
            levels[VERTEBRAE[i]] = ya + (yb - ya) * (i - ia) / (ib - ia)
    return levels


CANON = Canon()
