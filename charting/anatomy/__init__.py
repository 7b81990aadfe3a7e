"""The parametric figure: proportions, a 2.5-D body model, point sites in B-cun, and the generator
of the whole-body views (`python -m charting.anatomy.build`; the detail views are in `detail/`)."""
