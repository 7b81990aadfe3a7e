"""Detail views where points crowd or where a standing figure cannot show them.

Head (front, both sides), both hands (palm, back), both feet, the inner side of both legs from the
knee down, both sides of the trunk with the arm raised, and the perineum from below. Each view is
drawn from a small parametric local model (bones, joints, facial landmarks) in the proportional
units of that body part, and every point is sited from those landmarks, so changing a proportion
moves the outline and its points together. One-sided parts are modelled once, as the patient's
right, and drawn as the practitioner sees each surface; the left side's views are their mirror
images. `build.write` generates `resources/figures/detail/` (format: resources/figures/README.md).
"""
