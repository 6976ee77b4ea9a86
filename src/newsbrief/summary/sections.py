"""The article's own summary sections: "At a Glance", "Key Takeaways" and their kin.

A section starts at a heading whose name is listed in `newsbrief.lexicon`
(`GLANCE_HEADINGS`, `TAKEAWAY_HEADINGS`), or at a short line that is nothing but
such a name ("Key takeaways:", "**TL;DR**"), and its items are the bullets that
follow, taken exactly as the article has them (a "Why it matters:" label included).
"""

from __future__ import annotations

from newsbrief.brief import Block, Item
from newsbrief.lexicon import section_role

# A paragraph this short may stand in for a heading ("Key takeaways:").
_NAME_LINE_MAX_CHARS = 40
# Between a section's name and its list, one short lead-in line may stand
# ("Here is what we know:").
_LEAD_IN_MAX_CHARS = 120


def _names_section(block: Block) -> str | None:
    """The role a block names, if it is a heading or a bare section name."""
    if block.kind == "heading":
        return section_role(block.text)
    if block.kind == "paragraph" and len(block.text) <= _NAME_LINE_MAX_CHARS:
        return section_role(block.text)
    return None


def section_items(blocks: list[Block], role: str) -> list[Item]:
    """The bullets of the first section with `role` ('glance' or 'takeaways') that has any."""
    for i, block in enumerate(blocks):
        if _names_section(block) == role:
            found = _bullets_after(blocks, i + 1)
            if found:
                return [
                    Item(blocks[j].text, "article", blocks[j].start, blocks[j].end) for j in found
                ]
    return []


def section_blocks(blocks: list[Block]) -> set[int]:
    """Indexes of the blocks that make up the article's summary sections, names included."""
    out: set[int] = set()
    for i, block in enumerate(blocks):
        if _names_section(block) is not None:
            out.add(i)
            out.update(_bullets_after(blocks, i + 1))
    return out


def _bullets_after(blocks: list[Block], first: int) -> list[int]:
    """Indexes of the bullets that follow `first`, past at most one lead-in line."""
    found: list[int] = []
    for j in range(first, len(blocks)):
        block = blocks[j]
        if block.kind == "bullet":
            found.append(j)
            continue
        lead_in = (
            not found
            and j == first
            and block.kind == "paragraph"
            and len(block.text) <= _LEAD_IN_MAX_CHARS
            and block.text.rstrip().endswith(":")
        )
        if not lead_in:
            break
    return found
