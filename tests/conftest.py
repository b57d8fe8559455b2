"""Unit tests draw with Agg: no display, and the same pixels on every machine."""

import matplotlib

matplotlib.use("Agg")
