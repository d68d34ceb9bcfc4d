"""The parallel zip writer: readable by zipfile, the same bytes on any number of threads."""

from __future__ import annotations

import io
import random
import zipfile

import pytest

from cards.anki import zipout


def _data(size: int) -> bytes:
    rng = random.Random(7)
    words = [bytes(rng.choices(b"abcdefghij \n", k=rng.randint(1, 12))) for _ in range(500)]
    out = bytearray()
    while len(out) < size:
        out += rng.choice(words)
    return bytes(out[:size])


def _zip(entries: dict[str, bytes], threads: int) -> bytes:
    buffer = io.BytesIO()
    writer = zipout.ZipWriter(buffer, threads)
    for name, data in entries.items():
        writer.add_bytes(name, data)
    writer.close()
    return buffer.getvalue()


@pytest.mark.parametrize("size", [0, 1, zipout.SEGMENT, 3 * zipout.SEGMENT + 12345])
def test_entries_read_back_and_threads_do_not_change_the_bytes(size: int) -> None:
    entries = {"collection.anki2": _data(size), "média": b"{}", "0": _data(size // 3)}
    one, many = _zip(entries, 1), _zip(entries, 4)
    assert one == many
    with zipfile.ZipFile(io.BytesIO(one)) as package:
        assert package.testzip() is None
        assert package.namelist() == list(entries)
        for name, data in entries.items():
            assert package.read(name) == data
            info = package.getinfo(name)
            assert info.date_time == (1980, 1, 1, 0, 0, 0)
            assert info.compress_type == zipfile.ZIP_DEFLATED
    if size > zipout.SEGMENT:
        assert len(one) < size  # really compressed, segment after segment
