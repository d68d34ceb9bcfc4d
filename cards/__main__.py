"""Allow `python -m cards`, for environments where the console script is not on PATH."""

from cards.cli import main

main()
