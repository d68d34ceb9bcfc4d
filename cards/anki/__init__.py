"""What writes Anki's formats: note types, deck and tag names, GUIDs, the collection, the
package and its media. Nothing here knows how a note became cards."""

from cards.anki.deck import Card, deck_name, guid
from cards.anki.media import Packed
from cards.anki.notetypes import CSS, FIELD_SEP
from cards.anki.package import read_package, write_apkg

__all__ = ["CSS", "FIELD_SEP", "Card", "Packed", "deck_name", "guid", "read_package", "write_apkg"]
