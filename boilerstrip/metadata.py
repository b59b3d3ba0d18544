"""Typed article metadata and the rules that build it from rescued facts.

Cleaners attach :class:`~boilerstrip.types.Fact` objects to their cuts; the
pipeline hands them here in source order, each with the source span of the
chrome it was read from. :data:`FACT_SCHEMA` says where each fact key goes:
scalars keep the first value found (later values go to ``conflicts`` when they
differ); lists keep every distinct value; record parts (images, the dateline,
related articles, a caption's date) have their own fold. A key the schema does
not know (a plugin cleaner's) is kept, distinct values in order, in
``Metadata.extra``. Nothing is guessed: a field no chrome revealed stays
``None`` or empty.

>>> from boilerstrip.types import Fact
>>> md = build_metadata([(0, 10, Fact("title", "Port Opens")), (11, 20, Fact("author", "Ana Ruiz"))], language="en")
>>> md.title, md.authors, md.language
('Port Opens', ('Ana Ruiz',), 'en')
>>> build_metadata([(0, 9, Fact("rating", "4/5"))], language=None).extra
{'rating': ('4/5',)}
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass, field, fields
from types import NoneType, UnionType
from typing import Any, Generic, Literal, TypeVar, get_args, get_origin, get_type_hints

from boilerstrip.types import Fact, FactValue


@dataclass(frozen=True, slots=True)
class Dateline:
    """Where and through whom the story was filed (``ALMATY (Sputnik) -``)."""

    place: str | None
    agency: str | None

    def to_dict(self) -> dict[str, str | None]:
        """Return ``{"place", "agency"}``."""
        return {"place": self.place, "agency": self.agency}

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> Dateline:
        """Rebuild a dateline from :meth:`to_dict` output."""
        return cls(_opt(data, "place"), _opt(data, "agency"))


@dataclass(frozen=True, slots=True)
class Image:
    """An image the page showed: its caption and its credit, either may be unknown."""

    caption: str | None
    credit: str | None

    def to_dict(self) -> dict[str, str | None]:
        """Return ``{"caption", "credit"}``."""
        return {"caption": self.caption, "credit": self.credit}

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> Image:
        """Rebuild an image from :meth:`to_dict` output."""
        return cls(_opt(data, "caption"), _opt(data, "credit"))


@dataclass(frozen=True, slots=True)
class Related:
    """A related article the page linked to from inside or around the text."""

    title: str
    date: str | None

    def to_dict(self) -> dict[str, str | None]:
        """Return ``{"title", "date"}``."""
        return {"title": self.title, "date": self.date}

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> Related:
        """Rebuild a related article from :meth:`to_dict` output."""
        return cls(_opt(data, "title") or "", _opt(data, "date"))


@dataclass(frozen=True, slots=True)
class Metadata:
    """What the chrome revealed about the article. Unknown values are ``None`` or empty.

    The JSON form (:meth:`to_dict`) has one key per field, in field order: a
    new field goes last, so that the keys already documented keep their order.
    """

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
    #: Facts under keys :data:`FACT_SCHEMA` does not know (a plugin cleaner's): distinct values, in source order.
    extra: Mapping[str, tuple[FactValue, ...]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, object]:
        """Return the JSON-ready form (the keys documented in ``docs/result-format.md``)."""
        return {name: codec.dump(getattr(self, name)) for name, codec in _CODECS}

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> Metadata:
        """Rebuild metadata from :meth:`to_dict` output; a missing or malformed key gives the field's default."""
        return cls(**{name: codec.load(data.get(name)) for name, codec in _CODECS})


def _opt(rec: object, key: str) -> str | None:
    if isinstance(rec, Mapping):
        v = rec.get(key)
        return v if isinstance(v, str) else None
    return None


# --- the JSON form: one codec per field type ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Codec:
    """How a field's value becomes JSON (``dump``) and comes back from it (``load``, lenient: bad input -> default)."""

    dump: Callable[[Any], object]
    load: Callable[[object], Any]


_RECORDS: tuple[type[Dateline] | type[Image] | type[Related], ...] = (Dateline, Image, Related)


def _same(value: object) -> object:
    return value


def _load_str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _load_strs(value: object) -> tuple[str, ...]:
    return tuple(x for x in value if isinstance(x, str)) if isinstance(value, list) else ()


def _load_conflicts(value: object) -> dict[str, tuple[str, ...]]:
    if not isinstance(value, Mapping):
        return {}
    return {str(k): tuple(str(x) for x in v) for k, v in value.items() if isinstance(v, list)}


def _dump_fact_value(value: FactValue) -> object:
    return value if isinstance(value, str) else dict(value)


def _load_fact_value(value: object) -> FactValue | None:
    if isinstance(value, str):
        return value
    if isinstance(value, Mapping):
        return {str(k): v for k, v in value.items() if v is None or isinstance(v, str)}
    return None


def _load_extra(value: object) -> dict[str, tuple[FactValue, ...]]:
    if not isinstance(value, Mapping):
        return {}
    out: dict[str, tuple[FactValue, ...]] = {}
    for k, v in value.items():
        if isinstance(v, list):
            out[str(k)] = tuple(x for x in map(_load_fact_value, v) if x is not None)
    return out


def _codec(hint: object) -> _Codec:
    """The codec for a :class:`Metadata` field of type ``hint``; a type without one fails at import."""
    if hint == str | None:
        return _Codec(_same, _load_str)
    if hint is bool:
        return _Codec(_same, lambda v: v is True)
    if hint == tuple[str, ...]:
        return _Codec(list, _load_strs)
    if hint == Mapping[str, tuple[str, ...]]:
        return _Codec(lambda m: {k: list(v) for k, v in m.items()}, _load_conflicts)
    if hint == Mapping[str, tuple[FactValue, ...]]:
        return _Codec(lambda m: {k: [_dump_fact_value(x) for x in v] for k, v in m.items()}, _load_extra)
    args = get_args(hint)
    if get_origin(hint) is tuple and len(args) == 2 and args[1] is Ellipsis and args[0] in _RECORDS:
        rec = args[0]
        return _Codec(
            lambda items: [r.to_dict() for r in items],
            lambda v: tuple(rec.from_dict(x) for x in v if isinstance(x, Mapping)) if isinstance(v, list) else (),
        )
    if isinstance(hint, UnionType) and len(args) == 2 and args[1] is NoneType and args[0] in _RECORDS:
        one = args[0]
        return _Codec(
            lambda r: r.to_dict() if r is not None else None,
            lambda v: one.from_dict(v) if isinstance(v, Mapping) else None,
        )
    raise TypeError(f"a Metadata field of type {hint!r} has no JSON form: add its codec to metadata._codec")


_HINTS = get_type_hints(Metadata)
#: Field name and codec, in field order: the key order of ``Metadata.to_dict()``.
_CODECS: tuple[tuple[str, _Codec], ...] = tuple((f.name, _codec(_HINTS[f.name])) for f in fields(Metadata))


# --- first value wins ---------------------------------------------------------------------------------------

V = TypeVar("V")


@dataclass
class FirstWins(Generic[V]):
    """Values by field name, first offered value wins; each later, different value is recorded once as a conflict.

    Serves both the fact fold (:func:`build_metadata`) and the HTML stage's
    merge of the text's findings with what the page declares
    (:func:`boilerstrip.html.page_meta.merge_sources`). ``show`` renders a
    conflicting value as the string kept in ``conflicts``; ``conflicts`` may
    start with values recorded upstream, which stay first.

    >>> fw = FirstWins[str]()
    >>> for title in ("Port Opens", "Port Opens", "The Port Opens", "Harbour Opens", "The Port Opens"):
    ...     fw.offer("title", title)
    >>> fw.values, fw.conflicts
    ({'title': 'Port Opens'}, {'title': ['The Port Opens', 'Harbour Opens']})
    """

    values: dict[str, V] = field(default_factory=dict)
    conflicts: dict[str, list[str]] = field(default_factory=dict)
    show: Callable[[V], str] = str

    def offer(self, name: str, value: V) -> None:
        """Keep ``value`` for ``name`` if it is the first; otherwise record it if it differs."""
        have = self.values.setdefault(name, value)
        # ``is``: the value just stored, the first; equal later values are no conflict either.
        if have is not value and have != value:
            shown = self.show(value)
            seen = self.conflicts.setdefault(name, [])
            if shown not in seen:
                seen.append(shown)


# --- the fact schema ------------------------------------------------------------------------------------------

FactKind = Literal["scalar", "list", "flag", "record"]

#: Folds one record-part fact into the running state: ``(state, key, start, end, value)``. The value has the
#: shape its rule's ``takes_record`` says (checked before the call): the folds only assert it, for the type checker.
RecordFold = Callable[["_Fold", str, int, int, FactValue], None]


@dataclass(frozen=True, slots=True)
class FactRule:
    """How the facts under one key fold into :class:`Metadata`: which ``field``, and how (``kind``).

    - ``scalar``: the first value wins; later different values go to ``conflicts[field]``;
    - ``list``: every distinct value, in source order;
    - ``flag``: the field is ``True`` once such a fact is seen (its value is not read);
    - ``record``: part of a record, folded by ``fold`` (pairing and fallbacks live there).

    ``parts`` names the keys of the mapping a fact under this key carries
    (``{"place": ..., "agency": ...}``); a key without parts takes a ``str``.
    """

    field: str
    kind: FactKind
    fold: RecordFold | None = None
    parts: frozenset[str] = frozenset()

    @property
    def takes_record(self) -> bool:
        """True for a key whose value is a mapping of :attr:`parts`."""
        return bool(self.parts)


class _Fold:
    """The running state of one :func:`build_metadata` call."""

    __slots__ = (
        "date_hint",
        "dateline",
        "extra",
        "flags",
        "image_ends",
        "images",
        "lists",
        "related",
        "scalars",
        "source",
        "trailer_agency",
    )

    def __init__(self, source: str | None) -> None:
        self.source = source
        self.scalars = FirstWins[str]()
        # Ordered sets (dicts): a long page can hold thousands of these facts.
        self.lists: dict[str, dict[str, None]] = {}
        self.flags: set[str] = set()
        self.images: list[dict[str, str | None]] = []
        self.image_ends: list[int] = []  # where the chrome of each image's last part ended
        self.related: dict[str, Related] = {}  # by title: long pages list thousands of teasers
        self.dateline: Dateline | None = None
        self.trailer_agency: str | None = None
        self.date_hint: str | None = None
        self.extra: dict[str, dict[Hashable, FactValue]] = {}

    def adjacent(self, a: int, b: int) -> bool:
        """True when only whitespace of the source separates offsets ``a`` and ``b`` (the same offset without it)."""
        if self.source is None:
            return a == b
        return a >= b or not self.source[a:b].strip()


def _fold_image_part(state: _Fold, key: str, start: int, end: int, value: FactValue) -> None:
    """``image_caption``/``image_credit``: one image when only whitespace separates their chrome.

    A credit glued to, or on the line next to, its caption completes it; the
    same caption again right after (an echo or a twin) is the same image.
    """
    assert isinstance(value, str)
    part = "caption" if key == "image_caption" else "credit"
    images = state.images
    near = bool(images) and state.adjacent(state.image_ends[-1], start)
    if near and images[-1].get(part) is None:
        images[-1][part] = value
        state.image_ends[-1] = end
    elif near and images[-1].get(part) == value:
        state.image_ends[-1] = end
    else:
        images.append({"caption": None, "credit": None, part: value})
        state.image_ends.append(end)


def _fold_image(state: _Fold, key: str, start: int, end: int, value: FactValue) -> None:
    """``image``: a whole ``{"caption", "credit"}`` record, always an image of its own."""
    assert not isinstance(value, str)
    state.images.append({"caption": value.get("caption"), "credit": value.get("credit")})
    state.image_ends.append(end)


def _fold_dateline(state: _Fold, key: str, start: int, end: int, value: FactValue) -> None:
    """``dateline``: the first ``{"place", "agency"}`` found."""
    assert not isinstance(value, str)
    if state.dateline is None:
        state.dateline = Dateline(value.get("place"), value.get("agency"))


def _fold_trailer_agency(state: _Fold, key: str, start: int, end: int, value: FactValue) -> None:
    """``dateline_agency``: an agency trailer line (``(PTI)``), the dateline's agency when it names none."""
    assert isinstance(value, str)
    state.trailer_agency = state.trailer_agency or value


def _fold_date_hint(state: _Fold, key: str, start: int, end: int, value: FactValue) -> None:
    """``date_hint``: a date read off an image caption, the ``date`` only when no date line gave one."""
    assert isinstance(value, str)
    state.date_hint = state.date_hint or value


def _fold_related(state: _Fold, key: str, start: int, end: int, value: FactValue) -> None:
    """``related``: a ``{"title", "date"}`` teaser, once per title."""
    assert not isinstance(value, str)
    title = value.get("title")
    if title and title not in state.related:
        state.related[title] = Related(title, value.get("date"))


#: Every fact key :func:`build_metadata` folds into a :class:`Metadata` field, and how.
#: A new scalar or list field takes two edits: the dataclass field and its row here.
FACT_SCHEMA: Mapping[str, FactRule] = {
    "title": FactRule("title", "scalar"),
    "description": FactRule("description", "scalar"),
    "site_name": FactRule("site_name", "scalar"),
    "date": FactRule("date", "scalar"),
    "updated": FactRule("updated", "scalar"),
    "section": FactRule("section", "scalar"),
    "source": FactRule("source", "scalar"),
    "author": FactRule("authors", "list"),
    "tag": FactRule("tags", "list"),
    "paywalled": FactRule("paywalled", "flag"),
    "dateline": FactRule("dateline", "record", _fold_dateline, frozenset({"place", "agency"})),
    "dateline_agency": FactRule("dateline", "record", _fold_trailer_agency),
    "date_hint": FactRule("date", "record", _fold_date_hint),
    "image_caption": FactRule("images", "record", _fold_image_part),
    "image_credit": FactRule("images", "record", _fold_image_part),
    "image": FactRule("images", "record", _fold_image, frozenset({"caption", "credit"})),
    "related": FactRule("related", "record", _fold_related, frozenset({"title", "date"})),
}

SCALAR_KEYS = tuple(key for key, rule in FACT_SCHEMA.items() if rule.kind == "scalar")


def _keys_taking(record: bool) -> str:
    return ", ".join(sorted(key for key, rule in FACT_SCHEMA.items() if rule.takes_record == record))


def fact_problem(fact: Fact) -> str | None:
    """Why ``fact`` cannot be folded into :class:`Metadata`, or ``None`` when it can.

    A value is a ``str`` or a mapping of ``str`` to ``str`` or ``None``; a key
    of :data:`FACT_SCHEMA` takes the shape its rule says. Any other key is
    welcome: it goes to ``Metadata.extra``.

    >>> fact_problem(Fact("rating", "4/5")) is None
    True
    >>> fact_problem(Fact("image", {"caption": "Cranes", "alt": "cranes"}))
    "fact 'image' has no part 'alt'; its parts are: caption, credit"
    >>> fact_problem(Fact("title", {"text": "Port Opens"}))
    "fact 'title' takes a str, not dict; the keys that take a record are: dateline, image, related"
    """
    key, value = fact.key, fact.value
    if not isinstance(key, str):
        return f"fact key {key!r} is not a str"
    if isinstance(value, str):
        record = False
    elif isinstance(value, Mapping) and all(
        isinstance(k, str) and (v is None or isinstance(v, str)) for k, v in value.items()
    ):
        record = True
    else:
        return f"fact {key!r} has a {type(value).__name__}: a fact value is a str or a mapping of str to str or None"
    rule = FACT_SCHEMA.get(key)
    if rule is None:
        return None
    if rule.takes_record and record:
        unknown = sorted(set(value) - rule.parts) if isinstance(value, Mapping) else []
        # A part nobody reads (an image's "alt") would vanish from the metadata without a word.
        return (
            f"fact {key!r} has no part {unknown[0]!r}; its parts are: {', '.join(sorted(rule.parts))}"
            if unknown
            else None
        )
    if rule.takes_record == record:
        return None
    wanted = "a record (a mapping of str to str or None)" if rule.takes_record else "a str"
    shape = "a record" if record else "a str"
    return f"fact {key!r} takes {wanted}, not {type(value).__name__}; the keys that take {shape} are: " + (
        _keys_taking(record)
    )


def build_metadata(
    facts: Iterable[tuple[int, int, Fact]], *, language: str | None, source: str | None = None
) -> Metadata:
    """Fold ``(start, end, fact)`` triples, in source order, into :class:`Metadata` as :data:`FACT_SCHEMA` says.

    ``start``/``end`` bound, in the source, the chrome the fact was read from.

    Image facts ``image_credit`` and ``image_caption`` describe one image when
    only whitespace separates the chrome they came from (a credit glued to, or
    on the line next to, its caption); a caption repeated right after (an echo)
    is the same image again. Without ``source``, facts at one offset pair up.
    ``date_hint`` (a date read off an image caption) fills ``date`` only when no
    explicit date line was found. A key the schema does not know goes to
    ``extra``; a known key with a value of the wrong shape raises ``TypeError``
    (the pipeline rejects such a cut earlier, see :func:`fact_problem`).
    """
    state = _Fold(source)
    for start, end, fact in facts:
        key, value = fact.key, fact.value
        rule = FACT_SCHEMA.get(key)
        if rule is None:
            _fold_extra(state, fact)
        elif isinstance(value, str) == rule.takes_record:
            raise TypeError(fact_problem(fact))
        elif rule.fold is not None:
            rule.fold(state, key, start, end, value)
        elif isinstance(value, str):
            if rule.kind == "scalar":
                state.scalars.offer(rule.field, value)
            elif rule.kind == "list":
                state.lists.setdefault(rule.field, {}).setdefault(value)
            else:
                state.flags.add(rule.field)
    return _finish(state, language)


def _fold_extra(state: _Fold, fact: Fact) -> None:
    value = fact.value
    if isinstance(value, str):
        state.extra.setdefault(fact.key, {}).setdefault(value, value)
    elif isinstance(value, Mapping):
        # A record is told from the same record by its items; a copy keeps later changes out.
        state.extra.setdefault(fact.key, {}).setdefault(frozenset(value.items()), dict(value))
    else:
        raise TypeError(fact_problem(fact))


def _finish(state: _Fold, language: str | None) -> Metadata:
    """The :class:`Metadata` the folded state stands for: generic fields from the schema, then the records."""
    values: dict[str, Any] = {}
    for rule in FACT_SCHEMA.values():
        if rule.kind == "scalar":
            values[rule.field] = state.scalars.values.get(rule.field)
        elif rule.kind == "list":
            values[rule.field] = tuple(state.lists.get(rule.field, ()))
        elif rule.kind == "flag":
            values[rule.field] = rule.field in state.flags
    if "date" not in state.scalars.values and state.date_hint:
        values["date"] = state.date_hint
    return Metadata(
        **values,
        dateline=_finish_dateline(state),
        language=language,
        images=_finish_images(state.images),
        related=tuple(state.related.values()),
        conflicts={k: tuple(v) for k, v in state.scalars.conflicts.items() if v},
        extra={k: tuple(v.values()) for k, v in state.extra.items()},
    )


def _finish_images(records: list[dict[str, str | None]]) -> tuple[Image, ...]:
    """The images, each once; a credit alone that an image with a caption carries too is that page's photographer.

    A magazine prints "Photographs by Sam Whitcombe" under its dek and the same name after each caption: the
    line names no image of its own.

    >>> alone = {"caption": None, "credit": "Sam Whitcombe"}
    >>> _finish_images([alone, {"caption": "The quarry.", "credit": "Sam Whitcombe"}])
    (Image(caption='The quarry.', credit='Sam Whitcombe'),)
    """
    images = dict.fromkeys(Image(rec.get("caption"), rec.get("credit")) for rec in records)
    captioned = {image.credit for image in images if image.caption is not None}
    return tuple(image for image in images if image.caption is not None or image.credit not in captioned)


def _finish_dateline(state: _Fold) -> Dateline | None:
    """The dateline, its agency filled from a trailer line when the dateline itself named none."""
    dateline, agency = state.dateline, state.trailer_agency
    if not agency:
        return dateline
    # "New Delhi (PTI)" style datelines often move the agency to a trailer line: "(PTI)".
    if dateline is None:
        return Dateline(None, agency)
    return Dateline(dateline.place, agency) if dateline.agency is None else dateline
