r"""The pipeline: an immutable, ordered list of named cleaners that records every cut.

>>> from boilerstrip.pipeline import Pipeline
>>> pipe = Pipeline.default().without("titles")
>>> "titles" in pipe.names
False
>>> pipe("Advertisement\nThe council approved the budget on Tuesday evening.").text
'The council approved the budget on Tuesday evening.'
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from boilerstrip import registry
from boilerstrip.cleaner import Cleaner, check_cuts
from boilerstrip.config import Config
from boilerstrip.document import Document
from boilerstrip.errors import BoilerstripError, CleanerContractError, ConfigError, InputError
from boilerstrip.lang import detect_language
from boilerstrip.metadata import build_metadata
from boilerstrip.offsets import SpanMap
from boilerstrip.result import Result
from boilerstrip.types import Fact, PriorCut, Skip


def _as_text(text: object) -> str:
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray)):
        try:
            return bytes(text).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(
                f"input bytes are not valid UTF-8 ({exc.reason} at byte {exc.start}); decode them first"
            ) from exc
    raise InputError(f"clean() takes text (str), not {type(text).__name__}")


class Pipeline:
    """An ordered, immutable sequence of cleaners. Safe to share across threads."""

    __slots__ = ("_cleaners", "lang", "on_error")

    def __init__(self, cleaners: Iterable[Cleaner], *, on_error: str = "raise", lang: str | None = None) -> None:
        items = tuple(cleaners)
        seen: set[str] = set()
        for c in items:
            if not isinstance(c, Cleaner):
                raise ConfigError(f"{c!r} is not a cleaner: it needs name, version, reasons and find()")
            if c.name in seen:
                raise ConfigError(f"cleaner {c.name!r} appears twice in the pipeline")
            seen.add(c.name)
        if on_error not in ("raise", "skip"):
            raise ConfigError(f"on_error must be 'raise' or 'skip', not {on_error!r}")
        self._cleaners = items
        self.on_error = on_error
        self.lang = lang

    @classmethod
    def default(cls) -> Pipeline:
        """The built-in cleaners in their curated order, with default options."""
        return cls.from_config(Config())

    @classmethod
    def from_config(cls, config: Config) -> Pipeline:
        """Build the pipeline a :class:`Config` describes."""
        names = config.cleaners if config.cleaners is not None else tuple(registry.builtin_names())
        for name in config.options:
            if name not in names:
                raise ConfigError(
                    f"options given for cleaner {name!r}, which is not in the pipeline; pipeline: {', '.join(names)}"
                )
        cleaners = [registry.create(n, config.options.get(n)) for n in names]
        return cls(cleaners, on_error=config.on_error, lang=config.lang)

    @property
    def names(self) -> tuple[str, ...]:
        """The cleaner names, in order."""
        return tuple(c.name for c in self._cleaners)

    @property
    def cleaners(self) -> tuple[Cleaner, ...]:
        """The cleaners, in order."""
        return self._cleaners

    def __getitem__(self, name: str) -> Cleaner:
        for c in self._cleaners:
            if c.name == name:
                return c
        raise KeyError(f"no cleaner {name!r} in this pipeline; it has: {', '.join(self.names)}")

    def _index(self, name: str) -> int:
        try:
            return self.names.index(name)
        except ValueError:
            raise ConfigError(f"no cleaner {name!r} in this pipeline; it has: {', '.join(self.names)}") from None

    def _rebuilt(self, cleaners: Sequence[Cleaner]) -> Pipeline:
        return Pipeline(cleaners, on_error=self.on_error, lang=self.lang)

    def with_(self, cleaner: Cleaner, *, before: str | None = None, after: str | None = None) -> Pipeline:
        """Return a new pipeline with ``cleaner`` inserted (at the end by default)."""
        items = list(self._cleaners)
        if before is not None and after is not None:
            raise ConfigError("give before= or after=, not both")
        if before is not None:
            items.insert(self._index(before), cleaner)
        elif after is not None:
            items.insert(self._index(after) + 1, cleaner)
        else:
            items.append(cleaner)
        return self._rebuilt(items)

    def without(self, *names: str) -> Pipeline:
        """Return a new pipeline without the named cleaners."""
        for n in names:
            self._index(n)
        return self._rebuilt([c for c in self._cleaners if c.name not in names])

    def replace(self, name: str, cleaner: Cleaner) -> Pipeline:
        """Return a new pipeline with the cleaner ``name`` replaced by ``cleaner``."""
        items = list(self._cleaners)
        items[self._index(name)] = cleaner
        return self._rebuilt(items)

    def __call__(self, text: str, *, lang: str | None = None) -> Result:
        """Clean ``text`` and return the :class:`Result`."""
        source = _as_text(text)
        language = lang or self.lang or detect_language(source)
        spans = SpanMap(source)
        facts: list[tuple[int, int, int, Fact]] = []  # (source start, order, source end, fact)
        skipped: list[Skip] = []
        steps: list[str] = []
        doc: Document | None = None
        for c in self._cleaners:
            if doc is None:
                # A new view only after a cleaner cut something; otherwise the cached lines are reused.
                prior = [PriorCut(at, cl, reason) for at, cl, reason in spans.spans()]
                doc = Document(spans.view, lang=language, prior=prior, facts=[f for *_, f in facts])
            try:
                cuts = check_cuts(c.name, c.reasons, len(doc.text), list(c.find(doc)))
            except CleanerContractError:
                raise
            except Exception as exc:
                if self.on_error == "raise" or isinstance(exc, BoilerstripError):
                    raise
                skipped.append(Skip(c.name, type(exc).__name__, str(exc)))
                continue
            if cuts:
                doc = None
            placed = spans.apply([(k.start, k.end, k.replacement, c.name, k.reason, k.detail) for k in cuts])
            for cut, span in zip(cuts, placed, strict=False):
                if span is not None:
                    facts.extend((span[0], len(facts), span[1], f) for f in cut.facts)
            steps.append(f"{c.name}@{c.version}")
        removals = spans.removals()
        facts.sort(key=lambda t: (t[0], t[1]))
        metadata = build_metadata(((s, e, f) for s, _, e, f in facts), language=language, source=source)
        return Result(
            text=spans.view,
            removed=tuple(removals),
            metadata=metadata,
            skipped=tuple(skipped),
            steps=tuple(steps),
            flags=_flags(spans.view, source),
        )

    def run_many(self, texts: Iterable[str]) -> Iterator[Result]:
        """Clean a stream of texts lazily, one result per input."""
        for t in texts:
            yield self(t)


def _flags(text: str, source: str) -> tuple[str, ...]:
    """Document-level warnings: cases where the output should not be trusted blindly."""
    flags: list[str] = []
    if source.strip() and not text:
        flags.append("empty_output")
    lowered = source[:2000].lstrip().lower()
    if lowered.startswith(("<!doctype", "<html", "<?xml", "<rss")):
        flags.append("markup_input")
    return tuple(flags)
