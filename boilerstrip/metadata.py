"""Typed article metadata and the rules that build it from rescued facts.

Cleaners attach :class:`~boilerstrip.types.Fact` objects to their cuts; the
pipeline hands them here in source order, each with the source span of the
chrome it was read from. Scalars keep the first value found (later
values go to ``conflicts`` when they differ); lists keep every distinct value.
Nothing is guessed: a field no chrome revealed stays ``None`` or empty.

>>> from boilerstrip.types import Fact
>>> md = build_metadata([(0, 10, Fact("title", "Port Opens")), (11, 20, Fact("author", "Ana Ruiz"))], language="en")
>>> md.title, md.authors, md.language
('Port Opens', ('Ana Ruiz',), 'en')
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from boilerstrip.types import Fact

SCALAR_KEYS = ("title", "description", "site_name", "date", "updated", "section", "source")


@dataclass(frozen=True, slots=True)
class Dateline:
    """Where and through whom the story was filed (``ALMATY (Sputnik) -``)."""

    place: str | None
    agency: str | None

    def to_dict(self) -> dict[str, str | None]:
        """Return ``{"place", "agency"}``."""
        return {"place": self.place, "agency": self.agency}


@dataclass(frozen=True, slots=True)
class Image:
    """An image the page showed: its caption and its credit, either may be unknown."""

    caption: str | None
    credit: str | None

    def to_dict(self) -> dict[str, str | None]:
        """Return ``{"caption", "credit"}``."""
        return {"caption": self.caption, "credit": self.credit}


@dataclass(frozen=True, slots=True)
class Related:
    """A related article the page linked to from inside or around the text."""

    title: str
    date: str | None

    def to_dict(self) -> dict[str, str | None]:
        """Return ``{"title", "date"}``."""
        return {"title": self.title, "date": self.date}


@dataclass(frozen=True, slots=True)
class Metadata:
    """What the chrome revealed about the article. Unknown values are ``None`` or empty."""

    title: str | None = None
    description: str | None = None
    site_name: str | None = None
    date: str | None = None
    updated: str | None = None
    dateline: Dateline | None = None
    authors: tuple[str, ...] = ()
    language: str | None = None
    images: tuple[Image, ...] = ()
    related: tuple[Related, ...] = ()
    section: str | None = None
    tags: tuple[str, ...] = ()
    paywalled: bool = False
    source: str | None = None
    conflicts: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: The page's canonical URL, as the page declares it (HTML input only).
    url: str | None = None

    def to_dict(self) -> dict[str, object]:
        """Return the JSON-ready form (the keys documented in ``docs/result-format.md``)."""
        return {
            "title": self.title,
            "description": self.description,
            "site_name": self.site_name,
            "date": self.date,
            "updated": self.updated,
            "dateline": self.dateline.to_dict() if self.dateline else None,
            "authors": list(self.authors),
            "language": self.language,
            "images": [i.to_dict() for i in self.images],
            "related": [r.to_dict() for r in self.related],
            "section": self.section,
            "tags": list(self.tags),
            "paywalled": self.paywalled,
            "source": self.source,
            "conflicts": {k: list(v) for k, v in self.conflicts.items()},
            "url": self.url,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> Metadata:
        """Rebuild metadata from :meth:`to_dict` output."""

        def s(key: str) -> str | None:
            v = data.get(key)
            return v if isinstance(v, str) else None

        def recs(key: str) -> list[Mapping[str, str | None]]:
            v = data.get(key)
            return [x for x in v if isinstance(x, Mapping)] if isinstance(v, list) else []

        def strs(key: str) -> tuple[str, ...]:
            v = data.get(key)
            return tuple(x for x in v if isinstance(x, str)) if isinstance(v, list) else ()

        dl = data.get("dateline")
        conflicts = data.get("conflicts")
        return cls(
            title=s("title"),
            description=s("description"),
            site_name=s("site_name"),
            date=s("date"),
            updated=s("updated"),
            dateline=Dateline(_opt(dl, "place"), _opt(dl, "agency")) if isinstance(dl, Mapping) else None,
            authors=strs("authors"),
            language=s("language"),
            images=tuple(Image(_opt(r, "caption"), _opt(r, "credit")) for r in recs("images")),
            related=tuple(Related(_opt(r, "title") or "", _opt(r, "date")) for r in recs("related")),
            section=s("section"),
            tags=strs("tags"),
            paywalled=data.get("paywalled") is True,
            source=s("source"),
            conflicts=(
                {str(k): tuple(str(x) for x in v) for k, v in conflicts.items() if isinstance(v, list)}
                if isinstance(conflicts, Mapping)
                else {}
            ),
            url=s("url"),
        )


def _opt(rec: object, key: str) -> str | None:
    if isinstance(rec, Mapping):
        v = rec.get(key)
        return v if isinstance(v, str) else None
    return None


def build_metadata(
    facts: Iterable[tuple[int, int, Fact]], *, language: str | None, source: str | None = None
) -> Metadata:
    """Fold ``(start, end, fact)`` triples, in source order, into :class:`Metadata`.

    ``start``/``end`` bound, in the source, the chrome the fact was read from.

    Image facts ``image_credit`` and ``image_caption`` describe one image when
    only whitespace separates the chrome they came from (a credit glued to, or
    on the line next to, its caption); a caption repeated right after (an echo)
    is the same image again. Without ``source``, facts at one offset pair up.
    ``date_hint`` (a date read off an image caption) fills ``date`` only when no
    explicit date line was found.
    """
    scalars: dict[str, str] = {}
    conflicts: dict[str, list[str]] = {}
    # Ordered sets (dicts): a long page can hold thousands of these facts.
    authors: dict[str, None] = {}
    tags: dict[str, None] = {}
    images: list[dict[str, str | None]] = []
    image_pos: list[int] = []
    related: dict[str, Related] = {}  # by title: long pages list thousands of teasers
    dateline: Dateline | None = None
    trailer_agency: str | None = None
    paywalled = False
    date_hint: str | None = None

    def adjacent(a: int, b: int) -> bool:
        if source is None:
            return a == b
        return a >= b or not source[a:b].strip()

    for pos, end, fact in facts:
        key, value = fact.key, fact.value
        if isinstance(value, str):
            if key in SCALAR_KEYS:
                if key not in scalars:
                    scalars[key] = value
                elif scalars[key] != value and value not in conflicts.setdefault(key, []):
                    conflicts[key].append(value)
            elif key == "author":
                authors.setdefault(value)
            elif key == "tag":
                tags.setdefault(value)
            elif key == "paywalled":
                paywalled = True
            elif key == "dateline_agency":
                trailer_agency = trailer_agency or value
            elif key == "date_hint":
                date_hint = date_hint or value
            elif key in ("image_caption", "image_credit"):
                field_name = "caption" if key == "image_caption" else "credit"
                near = bool(images) and adjacent(image_pos[-1], pos)
                if near and images[-1].get(field_name) is None:
                    images[-1][field_name] = value
                    image_pos[-1] = end
                elif near and images[-1].get(field_name) == value:
                    image_pos[-1] = end  # the same caption again (an echo or twin)
                else:
                    images.append({"caption": None, "credit": None, field_name: value})
                    image_pos.append(end)
        else:
            if key == "dateline" and dateline is None:
                dateline = Dateline(value.get("place"), value.get("agency"))
            elif key == "image":
                images.append({"caption": value.get("caption"), "credit": value.get("credit")})
                image_pos.append(end)
            elif key == "related":
                title = value.get("title")
                if title and title not in related:
                    related[title] = Related(title, value.get("date"))

    if trailer_agency:
        # "New Delhi (PTI)" style datelines often move the agency to a trailer line: "(PTI)".
        if dateline is None:
            dateline = Dateline(None, trailer_agency)
        elif dateline.agency is None:
            dateline = Dateline(dateline.place, trailer_agency)
    if "date" not in scalars and date_hint:
        scalars["date"] = date_hint
    return Metadata(
        title=scalars.get("title"),
        description=scalars.get("description"),
        site_name=scalars.get("site_name"),
        date=scalars.get("date"),
        updated=scalars.get("updated"),
        dateline=dateline,
        authors=tuple(authors),
        language=language,
        images=tuple(_dedupe_images(images)),
        related=tuple(related.values()),
        section=scalars.get("section"),
        tags=tuple(tags),
        paywalled=paywalled,
        source=scalars.get("source"),
        conflicts={k: tuple(v) for k, v in conflicts.items() if v},
    )


def _dedupe_images(images: list[dict[str, str | None]]) -> list[Image]:
    return list(dict.fromkeys(Image(rec.get("caption"), rec.get("credit")) for rec in images))
