"""Parts of a note that hold no knowledge of the note's own, left out before any rule reads it.

    ##### You said:                               <- a chat with a model: the turns, and every
    Which religion best describes this world?        heading and list of its answers, to the
    ###### ChatGPT said:                             end of the section that holds the chat
    ### 1. Reality as an Illusion ...

    # Questionnaire with Quora Poe AI             <- a section (or a note) named for a chat
                                                     with a model, the same
    # Implementation Plan
    You are tasked with creating plans ...        <- a prompt or a brief: its whole section

A chat pasted from a model is the model's words, set out as if the note asserted them, and
a prompt or an assignment's brief tells its reader what to do: neither is what the note's
author knows. Every rule would otherwise read them as it reads the author's own prose, so
they are cut from the block tree once, here, and the rules never see them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from cards.parse import Block, ParsedNote

_MODELS = (
    r"chat\s?gpt|gpt-?[34o]\S*|deepseek|claude|gemini|grok|copilot|perplexity|poe\b"
    r"|llms?\b|llama|mistral|an? ai\b|the ai\b"
)
_TURN = re.compile(
    rf"^(?:you|i|me|user|assistant|human|{_MODELS})\s*(?:(?:said|says|asked|wrote)\s*:?|:)\s*$",
    re.I,
)
"""A speaker's turn as a chat export heads it: `You said:`, `ChatGPT said:`, `DeepSeek said:`."""
_CHAT = re.compile(
    rf"\b(?:ask(?:ed|ing)?|questions?\s+(?:to|for|with)|questionnaire|chat(?:s|ting)?\s+with"
    rf"|conversations?\s+with|talk(?:ed|ing)?\s+(?:to|with))\b.*\b(?:{_MODELS})"
    rf"|\b(?:{_MODELS})(?:'s|’s)\s+(?:take|answers?|reply|replies|response|view|opinion)s?\b"
    rf"|\b(?:{_MODELS})\s+(?:said|says|answered|replied|wrote)\b",
    re.I,
)
"""A title naming a chat with a model: "Questions to LLMs 1", "Asking ChatGPT about my doubt",
"Questionnaire with Quora Poe AI", "ChatGPT's take on idealistic ontology"."""
_BRIEF = re.compile(
    r"^(?:you\s+are\s+tasked\s+with|your\s+(?:task|job)\s+is\s+to|you\s+will\s+be\s+given)\b",
    re.I,
)
"""The opening of a prompt or a brief: "You are tasked with ...", "Your task is to ..."."""


def readable(note: ParsedNote) -> ParsedNote:
    """The note without its chats with a model and its prompts; the same note if it has none."""
    if _CHAT.search(note.title):
        return replace(note, blocks=())
    blocks = note.blocks
    cut = _cuts(blocks)
    if not cut:
        return note
    return replace(note, blocks=tuple(b for i, b in enumerate(blocks) if i not in cut))


def _cuts(blocks: Sequence[Block]) -> set[int]:
    """Indexes of the top-level blocks that are a chat or a prompt."""
    cut: set[int] = set()
    for i, block in enumerate(blocks):
        if i in cut:
            continue
        if block.kind == "heading":
            title = block.text.text.strip()
            if _TURN.match(title):  # the chat runs to the end of the section holding it
                cut.update(range(i, _section_end(blocks, i, skip_turns=True)))
            elif _CHAT.search(title):
                cut.update(range(i, _section_end(blocks, i + 1)))
        elif block.kind == "paragraph" and _BRIEF.match(block.text.text):
            cut.update(range(i, _section_end(blocks, i)))
    return cut


def _section_end(blocks: Sequence[Block], i: int, skip_turns: bool = False) -> int:
    """Where the section holding block `i` ends: the next heading as high as the heading
    above `i` (above the chat's turns, when they head their own parts), or the note's end."""
    level = 0
    for block in reversed(blocks[:i]):
        if block.kind == "heading" and not (skip_turns and _TURN.match(block.text.text.strip())):
            level = block.level
            break
    if level == 0:
        return len(blocks)
    for j in range(i, len(blocks)):
        if blocks[j].kind == "heading" and blocks[j].level <= level and j > i:
            return j
    return len(blocks)
