"""Rule `quote.heading`: a heading that is a quotation, with its speaker under it.

    ### "Love is a verb."
    — Stephen Covey

    ### "Attachment needs are not weakness"
    Sue Johnson's point in this chapter ...        <- no speaker: a heading, not a quote

Some quote collections set each quote out as a heading, so that an outline of the note
lists them, and write the speaker on a dash line right under it. The quotation marks
alone do not make the heading a quote (a chapter may be titled with a phrase in quotes);
the speaker line under it does, read as `around` reads a line under a blockquote:

    ## "The unexamined life is not worth living"
    ― Socrates, *Apology*                          <- a Goodreads bar, the work after a comma

    ## "Deep work" as a habit                       <- words in quotes and more: a heading

The quote is the heading's own text without its quotation marks, so that the card shows
the words once; the heading stays the heading of the blocks under it, as any heading does.
A name in brackets (`(Socrates)`) or a `Source:` line under the heading attribute it too;
a paragraph of prose under it does not, however short, since a heading over its section's
text is the common case and a quotation over it the rare one.
"""

from __future__ import annotations

from cards.extractors.quotes.around import after_attribution
from cards.extractors.quotes.inline import QUOTATION
from cards.extractors.quotes.make import quote
from cards.extractors.walk import Visit
from cards.items import Item
from cards.parse import ParsedNote


def heading(note: ParsedNote, visit: Visit) -> list[Item]:
    """A heading that is a quotation, with its speaker on a dash line under it (`### "Love is
    a verb."` over `— Stephen Covey`): a collection of quotes set out as headings."""
    block = visit.block
    if block.kind != "heading" or block.text.text[:1] not in '"“':
        return []
    text = block.text.strip()
    found = QUOTATION.fullmatch(text.text)
    if found is None:
        return []
    who = after_attribution(visit)
    if not who:
        return []
    body = text.slice(found.start("q"), found.end("q")).strip()
    made = quote(note, visit, block.line, body, who, "quote.heading")
    return [made] if made is not None else []
