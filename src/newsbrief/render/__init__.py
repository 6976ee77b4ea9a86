"""Renderers: the Brief as terminal output, JSON or Markdown. They read the Brief only.

- `json`: the JSON form (the public contract), the brief schema and the JSON Lines
  record schema;
- `markdown`: GitHub-flavoured Markdown, article text escaped;
- `terminal`: rich output, `Screen` (where it goes), `text()` and `rule()`;
- `common`: what the human-readable two share: section titles, entity groups, marks
  and text made safe to show.

Nothing is imported here: `brief --help` must not load rich's renderers; import the
module you need (`from newsbrief.render import markdown`).
"""
