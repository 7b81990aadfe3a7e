"""Detail views where points crowd: head (front, sides), right hand (palm, dorsum), right foot.

Each view is drawn from a small parametric local model (bones, joints, facial landmarks) in the
proportional units of that body part, and every point is sited from those landmarks, so changing a
proportion moves the outline and its points together. `build.write` generates
`resources/figures/detail/` (format: resources/figures/README.md).
"""
