r"""A press release's furniture below its text: the issuer's box and the press contact.

Wire services and press-release portals close every release the same way: a heading naming the issuer
("About Cascade Orchard Cooperative", "Despre Lăptăria Valea Izei", "한빛물류 개요") over the paragraph the
issuer prints under all its releases ("Cascade Orchard Cooperative is a grower-owned cooperative founded in
1987…"), or both on one line ("Về Hải Âu Logistics: Hải Âu Logistics là…"), and a contact line ("Media
Contact:", "Contact presă: Ioana Pop, 0700 000 000"). The wording is in ``data/press.toml``.

A box is read only where a release puts it: in the text's second half, within a few lines of a contact
line, naming an issuer the text names before, with its paragraph opening on that name. A README's "About
Boilerstrip" section over "Boilerstrip is a library…" has no press contact beside it; and both reasons are
among the lines a document may print of its own (``gate.DOCUMENT_OWN``), so a text without other chrome
keeps them.

>>> text = ("Cascade Orchard Cooperative opened a cold storage hub on Monday.\n" * 3
...         + "About Cascade Orchard Cooperative\nCascade Orchard Cooperative is a grower-owned cooperative.\n"
...         + "Media Contact:\nEllen Marsh, (541) 000-0000, media@example.com\n")
>>> from boilerstrip.document import Document
>>> [c.reason for c in issuer_cuts(Document(text).content)]
['press_contact', 'press_contact', 'issuer_box', 'issuer_box']
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

import regex

from boilerstrip.document import Line
from boilerstrip.rules.kit import cut_line
from boilerstrip.rules.memo import memo
from boilerstrip.rules.shapes import ends_sentence, word_count
from boilerstrip.types import Cut

#: How far (lines) from a contact line an issuer's box may start.
MAX_CONTACT_DISTANCE = 6
#: An issuer's name holds a few words.
MAX_NAME_WORDS = 6
#: A contact line's details fit on a short line (a name, a phone number, an address).
MAX_CONTACT_WORDS = 20
#: The lines of details under a bare contact label (a name, an office, a phone number, an e-mail address).
MAX_DETAIL_LINES = 4
#: The paragraphs under a box's heading that open on the issuer's name.
MAX_BOX_PARAGRAPHS = 2
#: How far into a box's paragraph (characters before it) the issuer's name may stand.
_NAME_REACH = 40
#: An e-mail address or a phone number: what the line under a bare contact label holds.
_REACH = regex.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+|(?:\+?\d[\d ()./-]{6,}\d)")
#: A name starts with a capital, or with a letter of a script without case.
_NAME_START = regex.compile(r"^(?:\p{Lu}|\p{Lo}|\d)")


@dataclass(frozen=True, slots=True)
class _Press:
    about_prefixes: tuple[str, ...]
    about_suffixes: tuple[str, ...]
    #: A wire's source label, as printed (capitals, case kept): "SOURCE", "FUENTE", "QUELLE".
    source_labels: frozenset[str]
    #: Every contact label in one pattern, longest first, matched at a line's start regardless of case.
    contacts: regex.Pattern[str]


@cache
def _press() -> _Press:
    """The wording of ``data/press.toml``, casefolded, longest first (read once)."""
    raw = resources.files("boilerstrip").joinpath("data/press.toml").read_text(encoding="utf-8")
    data = tomllib.loads(raw)

    def words(table: str, key: str) -> tuple[str, ...]:
        found = {w.casefold() for w in data.get(table, {}).get(key, [])}
        return tuple(sorted(found, key=len, reverse=True))

    labels = "|".join(regex.escape(label) for label in words("contact", "labels"))
    return _Press(
        words("about", "prefixes"),
        words("about", "suffixes"),
        frozenset(data.get("source", {}).get("labels", [])),
        regex.compile(f"(?:{labels})", regex.I),
    )


@memo
def contact_rest(text: str) -> str | None:
    """What follows a contact label opening ``text`` ("" for the label alone), or ``None`` if none opens it.

    >>> contact_rest("Contact presă: Ioana Pop, 0700 000 000"), contact_rest("Media Contact:")
    ('Ioana Pop, 0700 000 000', '')
    >>> contact_rest("Media contacts were told on Friday.") is None
    True
    """
    found = _press().contacts.match(text)
    if found is None:
        return None
    rest = text[found.end() :].strip()
    if not rest:
        return ""
    return rest[1:].strip() if rest[0] in ":：" else None


def issuer_name(text: str) -> tuple[str, str] | None:
    """The issuer a box's heading names and the text after it on the line, or ``None``.

    >>> issuer_name("About Cascade Orchard Cooperative")
    ('Cascade Orchard Cooperative', '')
    >>> issuer_name("Về Hải Âu Logistics: Hải Âu Logistics là doanh nghiệp kho lạnh.")
    ('Hải Âu Logistics', 'Hải Âu Logistics là doanh nghiệp kho lạnh.')
    >>> issuer_name("한빛물류 개요")
    ('한빛물류', '')
    >>> issuer_name("About the project") is None
    True
    """
    press = _press()
    head, _, rest = text.partition(":")
    head, rest = head.strip(), rest.strip()
    folded = head.casefold()
    name = next((head[len(p) :] for p in press.about_prefixes if folded.startswith(p)), None)
    if name is None:
        name = next((head[: -len(s)] for s in press.about_suffixes if folded.endswith(s)), None)
    if name is None:
        return None
    name = name.strip()
    if not name or word_count(name) > MAX_NAME_WORDS or not _NAME_START.match(name) or name[-1] in ".!?":
        return None
    return name, rest


def issuer_cuts(lines: Sequence[Line]) -> Iterator[Cut]:
    """Cut a release's contact lines, and the issuer's box within reach of one (see the module docstring)."""
    contacts: list[int] = []
    for k, line in enumerate(lines):
        rest = contact_rest(line.text)
        if rest is None or word_count(rest) > MAX_CONTACT_WORDS:
            continue
        contacts.append(k)
        yield cut_line(line, "press_contact")
        # A label alone ("Media Contact:") heads the lines of details under it: a name, an office, then the
        # phone number or the e-mail address that ends them.
        if not rest:
            for j in _details(lines, k):
                contacts.append(j)
                yield cut_line(lines[j], "press_contact")
    if not contacts:
        return
    yield from _source_trailers(lines, contacts)
    half = len(lines) // 2
    for k in range(half, len(lines)):
        if not any(abs(c - k) <= MAX_CONTACT_DISTANCE for c in contacts) or k in contacts:
            continue
        found = issuer_name(lines[k].text)
        if found is None:
            continue
        name, rest = found
        key = name.casefold()
        if not any(key in lines[j].text.casefold() for j in range(k)):
            continue  # a release's issuer is named in its text
        if rest:
            if rest.casefold().startswith(key):
                yield cut_line(lines[k], "issuer_box")
            continue
        box = []
        for j in range(k + 1, min(k + 1 + MAX_BOX_PARAGRAPHS, len(lines))):
            # The box's paragraph names the issuer at its start, or after a short opening clause: "Fundada em
            # 1988, a Coopercafé Serra Verde é …", "Founded in 1998, Cascade Orchard Cooperative is …".
            if key not in lines[j].text[: len(key) + _NAME_REACH].casefold():
                break
            box.append(j)
        if box:
            yield cut_line(lines[k], "issuer_box")
            for j in box:
                yield cut_line(lines[j], "issuer_box")


def _details(lines: Sequence[Line], label: int) -> list[int]:
    r"""The lines under a bare contact label at ``label`` that hold its details, or ``[]``.

    Up to ``MAX_DETAIL_LINES`` short lines that are no sentences, down to the last one holding an e-mail address
    or a phone number; without such a line the label heads something else, and nothing under it is taken.

    >>> from boilerstrip.document import Document
    >>> doc = Document("Media Contact:\nJenna Morales, Larkspur Water\n207-555-0143, media@example.com\nThe end.")
    >>> _details(doc.content, 0)
    [1, 2]
    >>> _details(Document("Media Contact:\nJenna Morales will answer questions on Monday.").content, 0)
    []
    """
    found: list[int] = []
    last_reach = -1
    for j in range(label + 1, min(label + 1 + MAX_DETAIL_LINES, len(lines))):
        text = lines[j].text
        if word_count(text) > MAX_CONTACT_WORDS or (ends_sentence(text) and not _reach(text)):
            break
        found.append(j)
        if _reach(text):
            last_reach = len(found)
    return found[:last_reach] if last_reach > 0 else []


def _source_trailers(lines: Sequence[Line], contacts: Sequence[int]) -> Iterator[Cut]:
    """A wire's source trailer near a release's contact: "SOURCE Larkspur Water Systems", in its capitals.

    The label is printed in capitals before the issuer's name, which the release names before it.
    """
    labels = _press().source_labels
    if not labels:
        return
    for k in range(min(contacts), min(max(contacts) + MAX_CONTACT_DISTANCE + 1, len(lines))):
        text = lines[k].text
        label, _, name = text.partition(" ")
        if label not in labels or not name or word_count(name) > MAX_NAME_WORDS or k in contacts:
            continue
        key = name.strip().casefold()
        if any(key in lines[j].text.casefold() for j in range(k)):
            yield cut_line(lines[k], "press_contact")


def _reach(text: str) -> bool:
    """A short line holding an e-mail address or a phone number."""
    return word_count(text) <= MAX_CONTACT_WORDS and _REACH.search(text) is not None
