"""vault-cards: turn a vault of personal notes into Anki decks, with no flashcard markup.

The pipeline runs one way: read the vault (`vault`), parse each note once
(`parse`), extract items (`extractors`), make cards (`deck`), write the
package (`build`).
"""

from cards.errors import CardsError, NoteError

__version__ = "0.1.0"

__all__ = ["CardsError", "NoteError", "__version__"]
