"""Renderers: the Brief as terminal output, JSON or Markdown. They read the Brief only."""
