"""cms_tokens: wiki edit links glued to headings, and placeholders a CMS leaves where an embed was.

A wiki page comes out of an extractor with its section edit links glued to
every heading ("History[edit | edit source]", "Storia[modifica | modifica
wikitesto]"). Cutting the whole line loses a subheading; leaving it keeps
chrome. This cleaner cuts the link group and keeps the heading. It runs early,
so the cleaners after it see the heading as it will be returned.
"""

from __future__ import annotations

import tomllib
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import ClassVar

import regex

from boilerstrip.document import Document, Line
from boilerstrip.rules.kit import cut_line
from boilerstrip.rules.memo import memo
from boilerstrip.rules.pretest import holds_any, needs_any
from boilerstrip.types import Cut

#: A bracketed group ending a line, after some text: "Historie[editovat | editovat zdroj]" (wiki_furniture
#: reads headings without it too).
TAIL_GROUP = regex.compile(r"(?<=\S)\s*\[(?P<body>[^\[\]\n]{1,60})\]\s*$")
#: Items of a link group are short labels: letters, with at most a dot ("ред.").
_LABEL = regex.compile(r"^[\p{L}\p{M}][\p{L}\p{M}.\- ]{0,30}$")
#: A heading carries a few words, not a sentence: "Price [EUR]" in a table row is not one either way.
_MAX_HEAD_WORDS = 10


@dataclass(frozen=True, slots=True)
class _Tokens:
    edit_links: frozenset[str]
    placeholder: regex.Pattern[str] | None


@cache
def _tokens() -> _Tokens:
    """The edit-link labels of every language and the placeholder pattern, read once."""
    raw = resources.files("boilerstrip").joinpath("data/cms_tokens.toml").read_text(encoding="utf-8")
    data = tomllib.loads(raw)
    labels = frozenset(_norm(w) for words in data.get("edit_links", {}).values() for w in words)
    patterns = data.get("placeholders", {}).get("patterns", [])
    placeholder = regex.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None
    return _Tokens(labels, placeholder)


@memo
def _placeholder(text: str) -> tuple[int, int, str] | None:
    """Where the first placeholder in ``text`` starts and ends, and the placeholder, if it holds one.

    Cached per text: every view of every pass searches every line, and almost none holds one.
    """
    pattern = _tokens().placeholder
    hit = pattern.search(text) if pattern is not None and holds_any(text, _placeholder_needs()) else None
    return None if hit is None else (hit.start(), hit.end(), hit.group(0))


@cache
def _placeholder_needs() -> tuple[str, ...]:
    """Substrings one of which every placeholder holds, read from the data file's patterns (``pretest``)."""
    pattern = _tokens().placeholder
    return needs_any(pattern) if pattern is not None else ("",)


def _norm(label: str) -> str:
    return " ".join(label.casefold().split())


def _items(body: str) -> list[str] | None:
    """The labels of a link group ("edit | edit source" → two), or None if it is not one."""
    items = [_norm(part) for part in body.split("|")]
    if not all(_LABEL.match(item) for item in items):
        return None
    return items


@dataclass(frozen=True)
class CmsTokens:
    r"""Cut wiki edit links glued to headings and CMS placeholders, keeping the heading.

    >>> from boilerstrip.testing import cuts
    >>> cuts("Storia[modifica | modifica wikitesto]\nLa torre fu costruita nel 1320.", CmsTokens())
    [('edit_link', '[modifica | modifica wikitesto]')]
    """

    name: str = field(default="cms_tokens", init=False)
    #: What each reason's cuts rest on (boilerstrip.evidence): a known label, or a group repeated
    #: on several headings, is the form of a link, not a line's look.
    evidence: ClassVar[Mapping[str, str]] = {"edit_link": "form", "placeholder": "form"}
    version: int = field(default=1, init=False)
    reasons: dict[str, str] = field(
        default_factory=lambda: {
            "edit_link": "a wiki or CMS edit link glued to the end of a heading",
            "placeholder": "a placeholder a CMS left where an embed or module was",
        },
        init=False,
    )

    def find(self, doc: Document) -> Iterator[Cut]:
        """Propose cuts for edit-link groups and placeholders."""
        tokens = _tokens()
        groups: list[tuple[Line, regex.Match[str], list[str]]] = []
        for line in doc.content:
            if tokens.placeholder is not None and (hit := _placeholder(line.text)):
                start, end, token = hit
                if not line.text.replace(token, "").strip():
                    yield cut_line(line, "placeholder", detail=token)
                    continue
                yield Cut(line.start + start, line.start + end, "placeholder", detail=token)
            # The group closes with a "]": a line without one is not searched (the pattern's look-behind
            # makes the regex module try it at every position of every line).
            m = TAIL_GROUP.search(line.text) if "]" in line.text else None
            if m is None or len(line.text[: m.start()].split()) > _MAX_HEAD_WORDS:
                continue
            items = _items(m.group("body"))
            if items is not None:
                groups.append((line, m, items))
        # A group of several labels glued to several headings is a link group even when its words are
        # not listed (a wiki in another language); a single unknown word in brackets may be a unit.
        repeated = Counter(tuple(items) for _, _, items in groups)
        for line, m, items in groups:
            known = all(item in tokens.edit_links for item in items)
            if known or (len(items) >= 2 and repeated[tuple(items)] >= 2):
                yield Cut(line.start + m.start(), line.start + m.end(), "edit_link", detail=m.group(0).strip())
