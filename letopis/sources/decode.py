"""Bytes of a news file to text: refuse empty and binary input, detect the encoding, normalise newlines.

Russian news still arrives in cp1251 and koi8-r besides UTF-8. charset-normalizer finds the candidates;
for Cyrillic ones a cheap check of Russian letter case settles the choice, because cp1251 and koi8-r
put lower- and upper-case letters in each other's places::

    decode_bytes("Привет, мир.".encode("koi8-r"), "a.txt") == "Привет, мир."
"""

from __future__ import annotations

import re

from charset_normalizer import from_bytes

from letopis.errors import InputError

# Magic numbers of formats people feed by mistake (an image, an archive, a PDF, an office file).
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "gzip-compressed"),
    (b"PK\x03\x04", "a ZIP archive (or an office document)"),
    (b"%PDF", "a PDF document"),
    (b"BZh", "bzip2-compressed"),
    (b"\xfd7zXZ", "xz-compressed"),
)
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\v\x1b")
# Share of control bytes above which a file is binary; text files have none besides newlines and tabs,
# so any clear excess means a binary format, not a text with a stray byte.
_MAX_CONTROL_SHARE = 0.05
_SNIFF = 8192
_RUSSIAN_SHARE = 0.8

# Encodings in which the same bytes read as Cyrillic text; they are rescored by how Russian the text looks.
_CYRILLIC = ("cp1251", "koi8_r", "mac_cyrillic", "iso8859_5", "cp866")
_CYRILLIC_WORD = re.compile(r"[А-Яа-яЁё]+")
# A well-formed Russian word: lower case, capitalised, or all capitals (an acronym).
_GOOD_WORD = re.compile(r"[А-ЯЁ]?[а-яё]+|[А-ЯЁ]+")
_ORDINARY = re.compile(r"[\x00-\x7fА-Яа-яЁё«»—–…№„“”‘’\u00a0]")


def decode_bytes(data: bytes, name: str) -> str:
    """Decode a file's bytes to text with "\\n" newlines; raise ``InputError`` naming the file when it is
    empty (whitespace only counts), binary, or in no encoding that makes sense."""
    if not data.strip():
        raise InputError(f"{name}: empty input")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        utf16 = _strict(data, "utf-16")
        if utf16 is None:
            raise InputError(f"{name}: cannot decode: starts like UTF-16 but is not")
        text = utf16
    else:
        _refuse_binary(data, name)
        text = _utf8(data) or _detect(data, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{name}: empty input")
    return text


def _refuse_binary(data: bytes, name: str) -> None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"{name}: binary input ({what}), expected text")
    head = data[:_SNIFF]
    if b"\x00" in head:
        raise InputError(f"{name}: binary input (NUL bytes), expected text")
    controls = sum(1 for byte in head if byte < 0x20 and byte not in _TEXT_CONTROLS)
    if controls > _MAX_CONTROL_SHARE * len(head):
        raise InputError(f"{name}: binary input (control characters), expected text")


def _utf8(data: bytes) -> str | None:
    # Valid UTF-8 with non-ASCII bytes is almost never another encoding by chance, so it goes first.
    return _strict(data, "utf-8-sig")


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _detect(data: bytes, name: str) -> str:
    matches = from_bytes(data)
    decoded = {match.encoding: str(match) for match in matches}
    # charset-normalizer alone takes a short koi8-r text for cp932 or the like, so single-byte Cyrillic
    # readings always compete, and a reading that looks Russian wins over any other.
    for encoding in _CYRILLIC:
        if encoding not in decoded:
            text = _strict(data, encoding)
            if text is not None:
                decoded[encoding] = text
    russian = [text for text in decoded.values() if _looks_russian(text)]
    if russian:
        # max() keeps the first of equal scores, and charset-normalizer's own order comes first.
        return max(russian, key=russian_score)
    best = matches.best()
    if best is None:
        raise InputError(f"{name}: cannot detect the text encoding (not UTF-8, cp1251 or koi8-r?)")
    return str(best)


def _looks_russian(text: str) -> bool:
    good = total = 0
    for match in _CYRILLIC_WORD.finditer(text):
        total += len(match.group())
        good += len(match.group()) if _GOOD_WORD.fullmatch(match.group()) else 0
    non_ascii = sum(1 for char in text if ord(char) > 0x7F)
    letters = sum(1 for char in text if char.isalpha())
    # Tuned by hand on Russian sentences, random bytes and Latin-1 French: Russian of any length passes,
    # the others do not. Re-run tests/test_sources.py after changing it.
    return (
        good >= 3 and good >= _RUSSIAN_SHARE * non_ascii and good >= _RUSSIAN_SHARE * total
        and total >= 0.5 * letters
    )


def russian_score(text: str) -> float:
    """How much a text looks like Russian: letters in well-formed words, less letters in mixed-case
    words and odd symbols. Wrongly decoded Russian ("пПЕЪХДЕМР") scores far below the right one."""
    good = bad = 0
    for match in _CYRILLIC_WORD.finditer(text):
        word = match.group()
        if _GOOD_WORD.fullmatch(word):
            good += len(word)
        else:
            bad += len(word)
    odd = sum(1 for char in text if not _ORDINARY.match(char))
    return good - bad - 2 * odd
