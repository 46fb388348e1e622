"""Renderers: the layout's geometry as a Qt scene, SVG, a reportlab drawing, DOT and PNG."""
