"""Notes and sections whose kind is not knowledge give no items, through the real CLI.

The fixture vault (tests/fixtures/notekind) mixes knowledge with a diary, a daily
learning log, film reviews, a design doc, a course's admin and meeting notes, a
résumé, an assignment's write-up, an idea for a gadget and its owner's claims.
"""

from __future__ import annotations

import gc
import json
import shutil
import time
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from cards.cli import cli
from cards.extractors.notespans import Span, sift
from cards.inline import InlineText
from cards.items import Item, SourceRef
from tests.conftest import uncached_copy

VAULT = Path(__file__).parent / "fixtures" / "notekind"
KINDS = (
    "diary",
    "memo",
    "course",
    "review",
    "resume",
    "inventory",
    "people",
    "backlog",
    "scratch",
    "household",
    "output",
    "citations",
    "letters",
    "transcript",
    "playlog",
    "scaffold",
    "testnote",
    "proposal",
    "report",
    "preface",
    "status",
    "todo",
    "memoline",
    "draft",
    "meta",
)


def _items(vault: Path) -> list[dict[str, object]]:
    result = CliRunner().invoke(cli, ["extract", str(vault), "--format", "json"])
    assert result.exit_code == 0, result.output
    items: list[dict[str, object]] = json.loads(result.output)
    return items


def _lines(vault: Path) -> set[tuple[object, object]]:
    return {(i["note"], i["line"]) for i in _items(vault)}


def _switched_off(tmp_path: Path, kinds: tuple[str, ...] = KINDS, vault: Path = VAULT) -> Path:
    copy = tmp_path / "vault"
    shutil.copytree(vault, copy)
    vault = copy
    names = ", ".join(f'"notekind.{k}"' for k in kinds)
    (vault / "cards.toml").write_text(f"disable_rules = [{names}]\n", encoding="utf-8")
    return vault


def test_knowledge_beside_a_diary_or_a_memo_is_kept() -> None:
    found = _lines(VAULT)
    assert ("Beekeeping.md", 5) in found  # the colony section, not the dated entry below it
    assert ("Botany.md", 10) in found  # the subject's own section of a course note
    assert ("Launch checklist.md", 3) in found  # above the meeting notes
    assert ("Volcanoes.md", 5) in found  # a lecture's date heading, written about rocks
    assert ("Daily/2023-05-02.md", 1) in found  # a daily note that only logs facts
    assert ("Daily/2023-05-03.md", 2) in found  # facts logged under the day's date
    assert ("Free will.md", 3) in found  # above "## My claims"
    assert {("Harbour app.md", 5), ("Harbour app.md", 6)} <= found  # beside a pitch and a team


def test_headings_that_only_look_like_a_memo_or_a_position_are_kept() -> None:
    """A design document spelt out as a subject, a project's own name as a title, a
    discipline's name after "My", a voyage's itinerary in history, and the subject beside a
    trip's plan."""
    found = _lines(VAULT)
    assert {("Zheng He.md", 6), ("Estuary field day.md", 12)} <= found
    assert ("Software design.md", 5) in found  # "## Software Design Document"
    assert ("Software design.md", 9) in found  # "## Functional requirements", a subject
    assert ("Project Gutenberg - free books.md", 3) in found
    assert {("Logic.md", 5), ("Logic.md", 6)} <= found  # "## My critical thinking checklist"


def test_a_roman_numeral_i_is_not_the_writer_speaking() -> None:
    """ "World War I", "Type I", "Henry I": a numeral after a name, not a diary's "I"."""
    assert {("World War I.md", 3), ("World War I.md", 5)} <= _lines(VAULT)


def test_spans_of_years_settings_and_cv_that_are_subjects_are_kept() -> None:
    """Near misses of the résumé and idea rules: an era and a life under their years, a
    program's project settings, computer vision's "CV"."""
    found = _lines(VAULT)
    showa = {("Showa Japan.md", 5), ("Showa Japan.md", 10)}  # "(1926-1989)", "(1903-1963)"
    assert showa | {("Showa Japan.md", 14)} <= found  # "Heisei era (1989-2019)"
    assert ("Showa Japan.md", 18) in found  # under "## My notes": gathered, not claimed
    assert {("Project settings.md", 3), ("CV pipelines.md", 3)} <= found
    assert {("Iceland.md", 5), ("Iceland.md", 10)} <= found  # two spans "(19xx-present)"


def test_a_diary_a_memo_and_reviews_give_no_items_but_a_named_quote(tmp_path: Path) -> None:
    left_out = _lines(_switched_off(tmp_path)) - _lines(VAULT)
    assert {note for note, _ in left_out} == {
        "journal/2023-04-12.md",
        "Beekeeping.md",
        "Botany.md",
        "Desk apps.md",
        "Estuary field day.md",
        "Film diary.md",
        "Free will.md",
        "Glaciology.md",
        "Greeting route.md",
        "Harbour app.md",
        "HW2 Route planner.md",
        "Lantern Keep.md",
        "Launch checklist.md",
        "Leatherwork.md",
        "Letters to friends.md",
        "Milestones.md",
        "Orbit design doc.md",
        "Reef restoration.md",
        "Ridge walk.md",
        "Rough notes 3.md",
        "Scrap notes 2.md",
        "Software design.md",
        "Tide clock Idea.md",
        "To do.md",
        "Volcanoes.md",
        "Weeknight meal options.md",
        "Weight - my philosophy.md",
        "rough-notes-4.md",
    }
    assert ("Beekeeping.md", 13) in left_out  # under "## 14 March 2024", in the first person
    assert {("Botany.md", 5), ("Botany.md", 16)} <= left_out  # learning goals, homework
    assert ("Beekeeping.md", 18) in left_out  # under "## Volunteering (2021-Present)"
    assert ("Volcanoes.md", 11) in left_out  # under "## Student presentations"
    assert ("Free will.md", 7) in left_out  # under "## My claims"
    assert ("Free will.md", 12) in left_out  # under "## My general view"
    assert ("Free will.md", 16) in left_out  # under "## My moral thinking"
    assert ("Weight - my philosophy.md", 3) in left_out  # the owner's view, said impersonally
    assert ("To do.md", 3) in left_out  # titled "To do", spelt with a space
    assert {("Harbour app.md", 10), ("Harbour app.md", 14)} <= left_out  # pitch, team
    assert {("Estuary field day.md", 7), ("Estuary field day.md", 8)} <= left_out  # a trip's
    assert {("Botany.md", 20), ("Botany.md", 24)} <= left_out  # assignment 2, exam schedule
    assert ("Botany.md", 28) in left_out  # the student's own study materials
    quotes = [i for i in _items(VAULT) if i["note"] == "journal/2023-04-12.md"]
    assert [(q["kind"], q["attribution"]) for q in quotes] == [("quote", "Marcus Aurelius")]


def test_inventories_classmates_and_reading_queues_give_no_items(tmp_path: Path) -> None:
    """An app list of names and taglines (and another under a heading of its own, in a note
    titled as apps), a section of classmates, sections of books to read, videos to watch,
    topics to cover and rabbit holes gone down; beside them a glossary under "Tools", a list under
    "Applications of ...", a note titled "To learn in chemistry", the apps note's own
    definition and its glossary of browser terms (meanings that define) stay."""
    kinds = ("inventory", "people", "backlog")
    left_out = _lines(_switched_off(tmp_path, kinds)) - _lines(VAULT)
    apps = {("Desk apps.md", line) for line in (3, 4, 5, 6, 15, 17)}  # 15, 17: a title's kit
    editors = {("Leatherwork.md", line) for line in (30, 31, 32)}  # "## Pattern editors"
    queued = {("Leatherwork.md", line) for line in (26, 36, 40, 48)}  # to read, watch, cover ...
    staff = {("Leatherwork.md", 19), ("Leatherwork.md", 44)}  # classmates, the staff beside
    assert apps | editors | queued | staff <= left_out
    assert {note for note, _ in left_out} == {"Desk apps.md", "Leatherwork.md"}
    kept = {("Leatherwork.md", line) for line in (7, 8, 9, 14, 15)}  # glossary, applications
    glossary = {("Desk apps.md", line) for line in (21, 22, 23)}  # defined, under "Browsers"
    kept |= glossary | {("To learn in chemistry.md", 3), ("Desk apps.md", 11)}
    assert kept <= _lines(VAULT)


KNOWLEDGE = ("Hand tools.md", "Music notation.md", "Number theory.md", "Signal processing.md")
KNOWLEDGE += ("School lunch plans in wartime.md", "Patent law.md")


def test_the_owners_kinds_words_used_of_a_subject_leave_nothing_out(tmp_path: Path) -> None:
    """A trade's tools, a publisher's editors, music's staff, a subject's applications and
    its software (patent law's), a filter's output, a section of rough notes, "What to
    try", a history titled with lunch plans, household chemistry and a mail client's
    inbox: what these notes give with every kind switched off, they give with the kinds
    on."""
    off = {line for line in _lines(_switched_off(tmp_path)) if line[0] in KNOWLEDGE}
    assert {note for note, _ in off} == set(KNOWLEDGE)
    assert {line for line in _lines(VAULT) if line[0] in KNOWLEDGE} == off


def test_a_note_titled_as_rough_notes_gives_no_items_one_naming_its_subject_does(
    tmp_path: Path,
) -> None:
    left_out = _lines(_switched_off(tmp_path, ("scratch",))) - _lines(VAULT)
    rough = {("Rough notes 3.md", line) for line in (1, 2, 3)}
    named = {("Scrap notes 2.md", 3), ("Scrap notes 2.md", 4)}  # the file's name, not its H1
    kebab = {("rough-notes-4.md", 1)}  # a file name spelt with hyphens
    assert left_out == rough | named | kebab
    assert ("Pottery rough notes.md", 3) in _lines(VAULT)


def test_a_households_meal_options_give_no_items_a_subjects_recipes_do(tmp_path: Path) -> None:
    left_out = _lines(_switched_off(tmp_path, ("household",))) - _lines(VAULT)
    assert left_out == {("Weeknight meal options.md", line) for line in (3, 4, 5)}
    assert ("Regex recipes.md", 3) in _lines(VAULT)


def test_a_programs_output_pasted_under_its_code_gives_no_item(tmp_path: Path) -> None:
    """The page a route returns, quoted under it, echoes the code's words; a definition
    quoted under other code does not."""
    left_out = _lines(_switched_off(tmp_path, ("output",))) - _lines(VAULT)
    assert left_out == {("Greeting route.md", 11)}
    assert ("Greeting route.md", 19) in _lines(VAULT)


def test_a_works_cited_section_gives_no_item_a_section_on_references_does(
    tmp_path: Path,
) -> None:
    left_out = _lines(_switched_off(tmp_path, ("citations",))) - _lines(VAULT)
    assert left_out == {("Greeting route.md", 23)}
    assert ("Greeting route.md", 27) in _lines(VAULT)  # "## References": Python's, a subject


def test_letters_a_talk_taken_down_and_a_game_played_give_no_items(tmp_path: Path) -> None:
    """The owner's letters (a note titled so), the fillers of an evening talk, a note kept
    while playing a game and a course's coursework section; beside them a trade's letters
    summed up impersonally, letters to a named person or to "a" someone that the note sums
    up, one "You know" in a page of prose, fillers quoted by a note on speech, children who
    learn "while they play" and the talk's own summary stay."""
    kinds = ("letters", "transcript", "playlog", "course")
    left_out = _lines(_switched_off(tmp_path, kinds)) - _lines(VAULT)
    assert {
        ("Letters to friends.md", 12),
        ("Reef restoration.md", 14),
        ("Lantern Keep.md", 7),
        ("Lantern Keep.md", 8),
        ("Glaciology.md", 5),
        ("Glaciology.md", 6),
    } <= left_out
    assert not {line for line in left_out if line[0] in NEAR_RECORDS}
    kept = {("Wool trade.md", 6), ("Wool trade.md", 11), ("Reading aloud.md", 5)}
    kept |= {("Play therapy.md", 4), ("Reef restoration.md", 5), ("Glaciology.md", 10)}
    kept |= {("Epistles.md", 6), ("Epistles.md", 15), ("Filler words.md", 3)}
    assert kept <= _lines(VAULT)


NEAR_RECORDS = (
    "Wool trade.md",
    "Reading aloud.md",
    "Play therapy.md",
    "Epistles.md",
    "Filler words.md",
)


def test_each_kind_is_a_rule_a_vault_can_switch_off(tmp_path: Path) -> None:
    """Switching off one kind brings back its notes only."""
    back = _lines(_switched_off(tmp_path, ("course",))) - _lines(VAULT)
    assert back == {
        ("Botany.md", 5),
        ("Botany.md", 6),
        ("Botany.md", 16),
        ("Botany.md", 20),
        ("Botany.md", 24),
        ("Botany.md", 28),
        ("Glaciology.md", 5),
        ("Glaciology.md", 6),
        ("HW2 Route planner.md", 5),
        ("Software design.md", 13),
        ("Volcanoes.md", 11),
    }
    back = _lines(_switched_off(tmp_path / "r", ("resume",))) - _lines(VAULT)
    assert {note for note, _ in back} == {"Milestones.md", "Beekeeping.md"}


def _build(vault: Path, out: Path, *how: str) -> tuple[list[str], dict[str, Any], bool]:
    """The summary's notekind line and its JSON, from two runs of the real command line (the
    second finds nothing changed and replays the first's report), and whether the first
    took notes from the cache."""
    said = CliRunner().invoke(cli, ["build", str(vault), "-o", str(out), *how])
    assert said.exit_code == 0, said.output
    again = CliRunner().invoke(cli, ["build", str(vault), "-o", str(out), "--json"])
    assert again.exit_code == 0, again.output
    summary: dict[str, Any] = json.loads(again.output)
    assert summary["up_to_date"]
    lines = [line for line in said.output.splitlines() if "by rule: notekind." in line]
    return lines, summary, "from the cache" in said.output


def test_the_summary_says_what_was_left_out_and_how_to_have_it_back(tmp_path: Path) -> None:
    off = _switched_off(tmp_path)
    lost = len(_items(off)) - len(_items(VAULT))
    lines, summary, _ = _build(VAULT, tmp_path / "out")
    # whole: the journal entry, the ridge walk and the film diary (diary), the design doc,
    # the tide clock and the to-do list (memo), the homework (course), the milestones
    # (résumé), the weight philosophy (review), the three rough and scrap notes (scratch), the
    # meal options (household), the letters to friends (letters), the game played
    # (playlog); sections: the dated beekeeping entry (diary), Botany's goals, homework,
    # assignment, exam schedule and study materials, the student presentations, the glaciology
    # coursework and a sprint's requirements (course), the launch's meeting notes, the
    # harbour app's pitch and team and
    # the estuary trip's places to see (memo), the beekeeper's volunteering (résumé), "My
    # claims", "My general view" and "My moral thinking" (review), the desk apps' two
    # lists and the pattern editors (inventory), the leatherworkers' classmates and the
    # workshop's staff beside them (people),
    # books to read, videos to watch, topics to cover and rabbit holes (backlog), the greeting
    # route's output
    # (output), works cited (citations) and the reef's evening talk (transcript)
    kinds = {"course": 9, "memo": 7, "diary": 4, "review": 4, "inventory": 3, "resume": 2}
    kinds |= {"backlog": 4, "scratch": 3, "citations": 1, "household": 1, "output": 1}
    kinds |= {"people": 2, "letters": 1, "transcript": 1, "playlog": 1}
    assert summary["read_as"] == {"items": lost, "notes": 15, "sections": 29, "kinds": kinds}
    assert lines == [
        f"left out: {lost} items of 15 notes and 29 sections read as the owner's records (diary, "
        "memo, course admin, lists ...), not knowledge, by rule: notekind.course 9, "
        "notekind.memo 7, notekind.backlog 4, notekind.diary 4, "
        "notekind.review 4, notekind.inventory 3, notekind.scratch 3, "
        "notekind.people 2, notekind.resume 2, notekind.citations 1, notekind.household 1, "
        "notekind.letters 1, notekind.output 1, notekind.playlog 1, notekind.transcript 1 "
        "(disable_rules in cards.toml keeps them)"
    ]
    lines, summary, _ = _build(off, tmp_path / "off")
    assert (lines, summary["read_as"]["items"]) == ([], 0)


def test_a_build_after_edits_says_what_a_build_of_every_note_says(tmp_path: Path) -> None:
    vault, out = tmp_path / "vault", tmp_path / "out"
    shutil.copytree(VAULT, vault)
    _build(vault, out)
    edits = [  # each may run twice
        lambda: (vault / "Volcanoes.md").write_text("# Volcanoes\n\nBasalt is a rock.\n"),
        lambda: (vault / "Film diary.md").unlink(missing_ok=True),  # a note read as a diary goes
        lambda: shutil.copy(VAULT / "Orbit design doc.md", vault / "Orbit 2 design doc.md"),
    ]
    for n, edit in enumerate(edits):
        edit()
        lines, summary, cached = _build(vault, out)
        whole_lines, whole, uncached = _build(vault, uncached_copy(out, tmp_path / f"whole{n}"))
        assert cached and not uncached, n
        assert (lines, summary["read_as"]) == (whole_lines, whole["read_as"]), n
        edit()  # once more, and every note's cards from the cache, against the whole manifest
        lines, summary, cached = _build(vault, out, "--prune-orphans")
        assert cached, n
        assert (lines, summary["read_as"]) == (whole_lines, whole["read_as"]), n
    assert summary["read_as"]["notes"] == 15  # one diary gone, one design doc more


def test_a_note_left_out_whole_counts_as_a_note_whatever_its_sections(tmp_path: Path) -> None:
    """A homework write-up (whole) whose items all sit under meeting notes (a section)."""
    vault = tmp_path / "vault"
    vault.mkdir()
    (vault / "HW4 Glaze chemistry.md").write_text(
        "# HW4 Glaze chemistry\n\n## Meeting notes\n\n"
        "- **Flux**: an oxide that lowers the melting point of a glaze.\n"
        "- **Silica**: the glass former of nearly every glaze.\n",
        encoding="utf-8",
    )
    _, summary, _ = _build(vault, tmp_path / "out")
    read_as = summary["read_as"]
    assert read_as["items"] == len(_items(_switched_off(tmp_path / "off", vault=vault))) > 0
    assert (read_as["notes"], read_as["sections"], read_as["kinds"]) == (1, 0, {"course": 1})


def test_sifting_grows_with_items_and_spans_not_with_their_product() -> None:
    """A long log with a dated section per day: each item is looked up among the sorted
    spans, not checked against every span (8 times the size, far less than 64 times the
    time). Each time is the fastest of seven, sizes large enough that one is a millisecond:
    at a tenth of one, a busy machine's noise passed for growth."""

    def run(n: int) -> float:
        spans = tuple(Span(10 * i, 10 * i + 5, "diary", "a day") for i in range(n))
        items = [_item(10 * i + 3) for i in range(n)] + [_item(10 * i + 7) for i in range(n)]
        best = float("inf")
        gc.disable()  # a collection inside one timing is not the sift's cost
        try:
            for _ in range(7):
                began = time.perf_counter()
                kept, dropped = sift(items, spans)
                best = min(best, time.perf_counter() - began)
        finally:
            gc.enable()
        assert (len(kept), len(dropped)) == (n, n)
        return best

    assert run(4800) < 24 * run(600)


def _item(line: int) -> Item:
    return Item("claim", SourceRef("Log.md", line), InlineText(f"Fact {line}."))
