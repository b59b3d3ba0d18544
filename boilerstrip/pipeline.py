r"""The pipeline: an immutable, ordered list of named cleaners that records every cut.

>>> from boilerstrip.pipeline import Pipeline
>>> pipe = Pipeline.default().without("titles")
>>> "titles" in pipe.names
False
>>> pipe("Advertisement\nThe council approved the budget on Tuesday evening.").text
'The council approved the budget on Tuesday evening.'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence, Set
from dataclasses import dataclass, field
from typing import NamedTuple

from boilerstrip import gate, guard, registry
from boilerstrip.binary import binary_kind
from boilerstrip.cleaner import Cleaner, check_unchanged, collect_cuts, is_builtin, validated_cuts
from boilerstrip.config import Config
from boilerstrip.data_version import data_version
from boilerstrip.document import Document, Line, carry_lines
from boilerstrip.errors import (
    BoilerstripError,
    CleanerContractError,
    CleanerTimeoutError,
    ConfigError,
    InputEncodingError,
    InputError,
)
from boilerstrip.evidence import FORMAT, MATCHED, STRONG, WEAK
from boilerstrip.gcpause import collector_paused
from boilerstrip.labeller import SCORES_KEY, chrome_scores, score_ceiling
from boilerstrip.lang import detect_language
from boilerstrip.metadata import Metadata, build_metadata
from boilerstrip.offsets import SpanMap, ViewCut
from boilerstrip.pass_scores import PassScores
from boilerstrip.protect import (
    INDENTED_HELD,
    PROTECTED_KEY,
    RECORD_HELD,
    content_key,
    indented_keys,
    protected_lines,
    record_keys,
)
from boilerstrip.result import Result
from boilerstrip.rules.memo import note_lines
from boilerstrip.rules.menu_trail import echoed_trail
from boilerstrip.settings import Limits, RunSettings
from boilerstrip.source_blocks import (
    DRAWN_BOX_HELD,
    FILE_VARIABLES_HELD,
    PATCH_HELD,
    drawn_box_keys,
    file_variable_keys,
    patch_keys,
    tab_table_keys,
)
from boilerstrip.types import FORMATTING, Cut, Fact, PageEvidence, PriorCut, Removal, Skip
from boilerstrip.watchdog import Arm, Budget, Interrupted, watchdog


def _as_text(text: object) -> str:
    """Accept ``str`` as is and ``bytes`` only as strict UTF-8: no guessing of encodings."""
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        try:
            return bytes(text).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputEncodingError(
                f"input bytes are not valid UTF-8 ({exc.reason} at byte {exc.start}); decode them first"
            ) from exc
    raise InputError(f"clean() takes text (str, or UTF-8 bytes), not {type(text).__name__}")


def _too_large(source: str, limit: int) -> Result:
    """The answer for an input over ``max_chars``: returned as is, nothing removed, flagged."""
    return Result(
        text=source,
        removed=(),
        metadata=Metadata(),
        skipped=(
            Skip(
                "pipeline",
                "InputTooLarge",
                f"input has {len(source)} characters, over max_chars={limit}: returned unchanged, no cleaner ran",
            ),
        ),
        flags=("input_too_large", *(("lone_surrogates",) if _SURROGATE.search(source) else ())),
    )


def binary_result(data: str | bytes | bytearray, kind: str, *, source_kind: str = "text") -> Result:
    """The answer for binary input (:mod:`boilerstrip.binary`): empty text, flagged, and a skip saying what it is.

    Text (``str``) input is recorded as one removal, so that ``restore()`` still gives it back; bytes
    input never became text, and the result holds none of it.
    """
    removed: tuple[Removal, ...] = ()
    if isinstance(data, str) and data:
        removed = (Removal(0, len(data), data, "", "input", "binary_input"),)
    why = f"input looks like {kind}, not text: not cleaned"
    return Result(
        text="",
        removed=removed,
        metadata=Metadata(),
        skipped=(Skip("input", "BinaryInput", why),),
        # Text that reads as binary may hold lone surrogates too: the flag says so, as for any text.
        flags=("binary_input", *(("lone_surrogates",) if isinstance(data, str) and _SURROGATE.search(data) else ())),
        source_kind=source_kind,
        source="" if source_kind == "html" else None,
    )


#: The pass count used when ``max_passes`` is off: the time budget still bounds the run.
_UNBOUNDED_PASSES = 1000

#: What a call (not a cleaner) supplies: a cleaner that requires one of these runs only on calls that do.
RUN_INPUTS = frozenset({"page"})


#: The fewest non-blank lines a text needs for the line labeller's scores to be used (veto, witness, cuts).
MIN_SCORED_LINES = 5


class FoundFact(NamedTuple):
    """A fact a cut carried, with the source span of the chrome it was read from and the pass that found it."""

    start: int
    order: int
    end: int
    fact: Fact
    pass_number: int


#: What a built-in cleaner reads of its view, scores and protection aside: the text, its language, the facts
#: of earlier cuts, and the earlier cuts that are not formatting (every rule passes over formatting cuts).
_ViewKey = tuple[str, str | None, tuple[Fact, ...], tuple[PriorCut, ...]]

#: Built-in cleaners that read the line labeller's scores (or protection), which a pass finds afresh.
_SCORE_READERS = frozenset({"line_labeller", "comment_threads"})
#: What a pass finds afresh on its first view and carries to its later views (``_carry_pass_views``): the
#: line labeller's scores and the protected lines, read through ``Document.derived`` under these keys.
_PASS_READS = frozenset({SCORES_KEY, PROTECTED_KEY})


#: Where a view keeps its :func:`_view_key` (``Document.derived``).
_VIEW_KEY = "pipeline.view_key"
#: Where a view keeps whether the gate holds every weak cut on it while the document shows no strong chrome
#: (``Pipeline._holds_weak``: the scores' part, which reads every line; a view belongs to one pipeline's run).
_WEAK_HELD = "pipeline.weak_held"


def _view_key(doc: Document) -> _ViewKey:
    """What a built-in cleaner outside ``_SCORE_READERS`` reads of ``doc`` (:data:`_ViewKey`)."""
    return doc.text, doc.lang, doc.facts, tuple(p for p in doc.prior if not p.formatting)


@dataclass(slots=True)
class _Run:
    """What one document's run has accumulated so far, across cleaners and passes."""

    spans: SpanMap
    page: PageEvidence | None = None
    facts: list[FoundFact] = field(default_factory=list)
    skipped: list[Skip] = field(default_factory=list)
    steps: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    #: Cleaners that failed or were held back: later passes do not run them again.
    disabled: set[str] = field(default_factory=set)
    source_prose: int = 0
    prose_lost: int = 0
    #: The distinct cuts on strong evidence proposed so far, held or not, whose line the labeller does not
    #: read as clearly content (cleaner, reason, text): the document shows chrome once there are two (see
    #: boilerstrip.gate.judge and gate.witnesses_chrome).
    strong_found: set[tuple[str, str, str]] = field(default_factory=set)
    #: The same whatever the labeller scores their lines (for a page the labeller reads blind, gate.reads_blind).
    strong_seen: set[tuple[str, str, str]] = field(default_factory=set)
    #: The distinct strong cuts the gate admitted: what weak evidence needs the document to show.
    strong_admitted: set[tuple[str, str, str]] = field(default_factory=set)
    #: Whether page, site or plugin evidence has cut (or proposed) something: chrome is shown then.
    trusted: bool = False
    #: Blocks the source's layout marks as the author's own: the content keys of their lines, with what the gate
    #: says of a cut it holds there (indented blocks, a record file's records: ``boilerstrip.protect``).
    blocks: tuple[tuple[frozenset[str], str], ...] = ()
    #: The content keys of the rows of the source's tab-set tables (``source_blocks.tab_table_keys``): a phrase or
    #: a form there is the table's cell and a copy of a row its header, held back; they vouch for no chrome elsewhere.
    quiet: frozenset[str] = frozenset()
    #: The pass whose first view ``protected`` and ``line_scores`` were read from (see ``_carry_pass_views``).
    carried_pass: int = 0
    #: That view. What it protects is found when the gate first asks (only weak cuts need it, and most
    #: passes propose none), then carried to the pass's later views.
    pass_view: Document | None = None
    #: The line labeller's score of each line text of that view (computed when first read).
    line_scores: PassScores = field(default_factory=lambda: PassScores(None))
    #: The watchdog's switch for this document (inactive where the timer cannot be used).
    arm: Arm = field(default_factory=Arm)
    #: A rerun of a text whose first run showed too little chrome (:func:`boilerstrip.gate.thin_chrome`):
    #: only the formatting cleaners run.
    thin: bool = False
    #: The line labeller's scores of the first pass's lines by text, or ``None`` where it did not score.
    first_scores: PassScores | None = None
    #: The first pass's first view: what it protects is the document's own structure (``gate.thin_chrome``).
    first_view: Document | None = None
    #: What each built-in cleaner that reads its view alone (``_reads_view_alone``) last found, with what it
    #: read: the next pass asks it of the same view again when the previous pass cut nothing after it ran.
    found: dict[str, tuple[_ViewKey, tuple[Cut, ...]]] = field(default_factory=dict)
    #: The last view built-in cleaners read, and where its text was first cut since (past its end: not cut):
    #: the next view takes its lines before that point (``document.carry_lines``).
    last_view: Document | None = None
    same_until: int = 0
    #: Whether the source shows a breadcrumb trail its menu lines echo (``rules.menu_trail``): read when first asked.
    menu_trail: bool | None = None

    def shows_menu_trail(self) -> bool:
        """Whether the source shows a site's breadcrumb trail that its menu lines echo (asked once a run)."""
        if self.menu_trail is None:
            lines = [text for line in self.spans.source.splitlines() if (text := line.strip())]
            self.menu_trail = echoed_trail(lines) is not None
        return self.menu_trail

    def skip(self, skip: Skip) -> None:
        """Record a skipped cleaner and keep it out of later passes."""
        self.skipped.append(skip)
        self.disabled.add(skip.cleaner)


class Pipeline:
    """An ordered, immutable sequence of cleaners. Safe to share across threads."""

    __slots__ = (
        "_builtin",
        "_cleaners",
        "_dial",
        "_evidence",
        "_formatting",
        "_gated",
        "_scored",
        "_weak_only",
        "settings",
    )

    def __init__(
        self,
        cleaners: Iterable[Cleaner],
        *,
        settings: RunSettings | None = None,
        on_error: str | None = None,
        lang: str | None = None,
        limits: Limits | None = None,
        on_contract_error: str | None = None,
        favor: str | None = None,
    ) -> None:
        """Build a pipeline of ``cleaners`` run under ``settings``; the keywords override single settings."""
        items = tuple(cleaners)
        seen: set[str] = set()
        for c in items:
            # The protocol check is slow (it looks up every member); the shipped cleaners pass it by construction.
            if not is_builtin(c) and not isinstance(c, Cleaner):
                raise ConfigError(f"{c!r} is not a cleaner: it needs name, version, reasons and find()")
            if c.name in seen:
                raise ConfigError(f"cleaner {c.name!r} appears twice in the pipeline")
            seen.add(c.name)
        _check_requirements(items)
        base = settings if settings is not None else RunSettings()
        self._cleaners = items
        # The shipped cleaners (is_builtin), told once: the pipeline asks of every cleaner it runs, twice.
        self._builtin = frozenset(c.name for c in items if is_builtin(c))
        # Cleaners whose cuts are formatting (rules ignore them next to a line), and those that need a run input.
        self._formatting = frozenset(c.name for c in items if getattr(c, "role", None) == FORMATTING)
        self._gated = {c.name: RUN_INPUTS.intersection(getattr(c, "requires", ())) for c in items}
        #: Error policies, forced language and limits (HTML limits included, read by ``clean_html``).
        self.settings = RunSettings(
            on_error if on_error is not None else base.on_error,
            on_contract_error if on_contract_error is not None else base.on_contract_error,
            lang if lang is not None else base.lang,
            limits if limits is not None else base.limits,
            favor if favor is not None else base.favor,
        )
        self._dial = gate.DIALS[self.settings.favor]
        # What each cleaner's cuts rest on, by reason (None: a plugin that declares nothing, trusted).
        self._evidence = {c.name: getattr(c, "evidence", None) for c in items}
        # The line labeller scores each pass when the gate or the line_labeller cleaner reads its scores.
        self._scored = self._dial.weak or any(c.name == "line_labeller" for c in items)
        self._weak_only = _weak_only(items, self._formatting)

    @classmethod
    def default(cls) -> Pipeline:
        """The built-in cleaners in their curated order, with default options."""
        return cls.from_config(Config())

    @classmethod
    def from_config(cls, config: Config) -> Pipeline:
        """Build the pipeline a :class:`Config` describes."""
        names = config.cleaners if config.cleaners is not None else tuple(registry.default_names())
        for name in config.options:
            if name not in names:
                raise ConfigError(
                    f"options given for cleaner {name!r}, which is not in the pipeline; pipeline: {', '.join(names)}"
                )
        return cls([registry.create(n, config.options.get(n)) for n in names], settings=config.settings)

    def configured(self, config: Config) -> Pipeline:
        """Return this pipeline's cleaners with ``config``'s run settings (errors, language, limits)."""
        return Pipeline(self._cleaners, settings=config.settings)

    @property
    def on_error(self) -> str:
        """``"raise"`` or ``"skip"``: what a cleaner's exception does."""
        return self.settings.on_error

    @property
    def on_contract_error(self) -> str:
        """``"raise"`` or ``"skip"``: what a cleaner's invalid cuts do."""
        return self.settings.on_contract_error

    @property
    def lang(self) -> str | None:
        """The forced document language, or ``None`` to detect it."""
        return self.settings.lang

    @property
    def limits(self) -> Limits:
        """The per-document limits."""
        return self.settings.limits

    @property
    def names(self) -> tuple[str, ...]:
        """The cleaner names, in order."""
        return tuple(c.name for c in self._cleaners)

    def names_run(self, *, page: bool = False) -> tuple[str, ...]:
        """The cleaners a call runs, in order: without a page, those that require one are left out.

        >>> "page_widgets" in Pipeline.default().names_run(), "page_widgets" in Pipeline.default().names_run(page=True)
        (False, True)
        """
        return tuple(c.name for c in self._cleaners if page or not self._gated[c.name])

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
        return Pipeline(cleaners, settings=self.settings)

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

    def __call__(
        self, text: str | bytes | bytearray, *, lang: str | None = None, page: PageEvidence | None = None
    ) -> Result:
        """Clean ``text`` and return the :class:`Result`.

        ``page`` is what the HTML page the text was extracted from says about
        it (``clean_html`` supplies it); cleaners that require it run only then.
        """
        kind = binary_kind(text) if isinstance(text, str | bytes | bytearray) else None
        if kind is not None:
            return binary_result(text, kind)
        source = _as_text(text)
        limits = self.limits
        if limits.max_chars is not None and len(source) > limits.max_chars:
            return _too_large(source, limits.max_chars)
        with collector_paused():  # a run makes no reference cycles: see boilerstrip.gcpause
            try:
                return self._clean(source, lang, page)
            finally:
                note_lines(source.count("\n") + 1)  # the per-line caches are bounded between documents

    def _clean(self, source: str, lang: str | None, page: PageEvidence | None) -> Result:
        """Run the passes over ``source`` (checked, and within ``max_chars``) and build the result."""
        limits = self.limits
        budget = Budget(limits.time_budget)
        language = lang or self.lang or detect_language(source)
        run = self._run_passes(source, language, lang, page, budget, thin=False)
        trusted = run.trusted or page is not None
        first_view = run.first_view
        owned = (lambda: _protected_texts(first_view)) if first_view is not None else None
        if (
            gate.thin_chrome(self._dial, run.strong_admitted, run.first_scores, trusted=trusted, owned=owned)
            and not run.shows_menu_trail()
        ):
            # Chrome comes in quantity: a text where only a line or two matched what a document prints of its
            # own too is a document with a coincidence in it ("Comments" heading a README's last section). It
            # is run again with the formatting cleaners alone, and said so; the record of what ran (steps,
            # skips) is the first run's. Not a text whose trail echoes its menu (rules.menu_trail): that is a
            # site's structure, whatever phrases of the lexicon its language lacks.
            first = run
            run = self._run_passes(source, language, lang, page, budget, thin=True)
            run.steps, run.skipped = first.steps, first.skipped
            _flag(run.flags, "thin_chrome")
            if "layout_kept" in first.flags:
                _flag(run.flags, "layout_kept")  # the layout may have made the first run's chrome thin
        spans = run.spans
        removals = spans.removals()
        # Facts fold in source order, but a title from a later pass comes after the first pass's: a later pass
        # reads what the first left of the head (a site's name the gate held as furniture, with the headline
        # under it gone) and would otherwise name the page after the line above the headline.
        facts = sorted(run.facts, key=lambda t: (t.pass_number if t.fact.key == "title" else 0, t.start, t.order))
        metadata = build_metadata(((f.start, f.end, f.fact) for f in facts), language=language, source=source)
        return Result(
            text=spans.view,
            removed=tuple(removals),
            metadata=metadata,
            skipped=tuple(run.skipped),
            steps=tuple(run.steps),
            flags=(*_flags(spans.view, source), *run.flags),
        )

    def _run_passes(
        self,
        source: str,
        language: str | None,
        lang: str | None,
        page: PageEvidence | None,
        budget: Budget,
        *,
        thin: bool,
    ) -> _Run:
        """A fresh run of the passes over ``source``; with ``thin``, only the formatting cleaners run."""
        run = _Run(SpanMap(source), page=page, steps=[f"data@{data_version()}"], thin=thin)
        layout = (
            (indented_keys(source), INDENTED_HELD),
            (record_keys(source), RECORD_HELD),
            (patch_keys(source), PATCH_HELD),
            (drawn_box_keys(source), DRAWN_BOX_HELD),
            (file_variable_keys(source), FILE_VARIABLES_HELD),
        )
        run.blocks = tuple((keys, why) for keys, why in layout if keys)
        run.quiet = tab_table_keys(source)
        with watchdog(budget.remaining()) as arm:
            run.arm = arm
            self._passes(run, language, lang, budget)
        return run

    def _passes(self, run: _Run, language: str | None, lang: str | None, budget: Budget) -> None:
        """Run passes over ``run``'s view until one cuts nothing, ``max_passes`` is reached or time runs out."""
        limits = self.limits
        for pass_number in range(1, (limits.max_passes or _UNBOUNDED_PASSES) + 1):
            # A cut can expose a pattern an earlier cleaner looks for (a dateline that is now the first
            # line, copies now side by side), which a second clean() of the output would remove. So the
            # pipeline runs again on its own output, as a fresh run would (own cuts, own facts, language
            # of the view), recording into the same account, until a pass cuts nothing: then
            # clean(result.text) gives result.text back.
            view_language = language if pass_number == 1 else lang or self.lang or detect_language(run.spans.view)
            changed = self._pass(run, view_language, budget, pass_number)
            if not changed or "time_budget_exceeded" in run.flags:
                break
        else:
            if limits.max_passes != 1:  # one pass asked for: convergence is not looked at
                _flag(run.flags, "not_converged")

    def _pass(self, run: _Run, language: str | None, budget: Budget, pass_number: int) -> bool:
        """Run every cleaner once over ``run``'s current view (pass ``pass_number``); return whether any cut."""
        first = pass_number == 1
        limits = self.limits
        spans = run.spans
        changed = False
        doc: Document | None = None
        prose: list[Line] = []  # prose-like lines of `doc`, for the guard
        for index, c in enumerate(self._cleaners):
            if c.name in run.disabled or (self._gated[c.name] and run.page is None):
                continue
            if run.thin and c.name not in self._formatting:
                continue  # a text with too little chrome: only whitespace is normalised
            if budget.expired():
                note = f"the time budget of {budget.seconds:g} s ran out"
                if first:
                    run.skipped.extend(
                        Skip(rest.name, "TimeBudgetExceeded", f"not run: {note}")
                        for rest in self._cleaners[index:]
                        if rest.name not in run.disabled and not (self._gated[rest.name] and run.page is None)
                    )
                else:
                    run.skipped.append(Skip("pipeline", "TimeBudgetExceeded", f"pass {pass_number} stopped: {note}"))
                _flag(run.flags, "time_budget_exceeded")
                break
            if doc is None:
                # A new view only after a cleaner cut something; otherwise the cached lines are reused.
                # Each pass sees only its own cuts and facts: exactly what a fresh run on its starting text sees.
                prior = [
                    PriorCut(m.at, m.cleaner, m.reason, m.cleaner in self._formatting) for m in spans.marks(pass_number)
                ]
                facts = [f.fact for f in run.facts if f.pass_number == pass_number]
                doc = Document(spans.view, lang=language, prior=prior, facts=facts, page=run.page)
                if run.last_view is not None:
                    carry_lines(doc, run.last_view, run.same_until)
                run.last_view, run.same_until = doc, len(doc.text) + 1
                # A thin rerun normalises whitespace only: it needs no scores.
                _carry_pass_views(doc, run, pass_number, scored=self._scored and not run.thin)
                if limits.guarded:
                    # Measured before the cleaner runs, so a cleaner cannot skew its own measure.
                    prose = guard.prose_lines(doc)
                    if first and index == 0:
                        run.source_prose = guard.prose_size(prose)
            try:
                cuts = self._found(c, doc, budget, run)
            except (CleanerContractError, CleanerTimeoutError) as exc:
                policy = self.on_error if isinstance(exc, CleanerTimeoutError) else self.on_contract_error
                if policy == "raise":
                    raise
                if isinstance(exc, CleanerTimeoutError):
                    _flag(run.flags, "time_budget_exceeded")
                run.skip(Skip(c.name, type(exc).__name__, str(exc)))
                doc = run.last_view = None  # it may have left the Document half-changed
                continue
            except Exception as exc:
                if self.on_error == "raise" or isinstance(exc, BoilerstripError):
                    exc.add_note(f"(raised by boilerstrip cleaner {c.name!r})")
                    raise
                run.skip(Skip(c.name, type(exc).__name__, str(exc)))
                doc = run.last_view = None
                continue
            verdicts = self._judge(c, doc, cuts, run) if cuts else []
            if not verdicts:
                # Nothing admitted (most cleaners on most views): no prose lost, nothing to apply or record.
                if c.name not in self._builtin:
                    doc = run.last_view = None  # it may have changed the view's lines
                if first:
                    run.steps.append(f"{c.name}@{c.version}")
                continue
            cuts = [v.cut for v in verdicts]  # at least one: a cleaner with none admitted went on above
            lost = guard.prose_removed(doc.text, prose, cuts) if prose else 0
            held = self._guard(c.name, lost, prose, run.source_prose, run.prose_lost) if lost else None
            if c.name not in self._builtin:
                doc = run.last_view = None  # it may have changed the view's lines
            if held is not None:
                run.skip(held)
                _flag(run.flags, "prose_guard")
                continue
            run.prose_lost += lost
            doc = None
            changed = True
            run.same_until = min(run.same_until, *(k.start for k in cuts))  # the view is the same before
            run.found.clear()  # found on a text that is gone (and kept alive no view beyond the current one)
            placed = spans.apply(
                [
                    ViewCut(
                        v.cut.start,
                        v.cut.end,
                        v.cut.replacement,
                        c.name,
                        v.cut.reason,
                        v.cut.detail,
                        v.evidence,
                        v.score,
                    )
                    for v in verdicts
                ],
                pass_number,
            )
            for cut, span in zip(cuts, placed, strict=False):
                if span is not None:
                    run.facts.extend(FoundFact(span[0], len(run.facts), span[1], f, pass_number) for f in cut.facts)
            if first:
                run.steps.append(f"{c.name}@{c.version}")
        return changed

    def _found(self, c: Cleaner, doc: Document, budget: Budget, run: _Run) -> list[Cut]:
        """The cuts ``c`` proposes on ``doc``: what it found on the same view in the previous pass, or found now.

        A pass runs over the previous pass's output, so a cleaner that ran after that pass's last cut reads
        the same text again. A built-in cleaner's cuts depend on nothing but what ``_view_key`` holds, besides
        the scores and protection that ``_SCORE_READERS`` read: when that is the same, so are the cuts (the
        gate still judges them afresh). A text whose first pass only trimmed its final line break is cleaned
        in one pass's work and the labeller's second look.
        """
        if c.name not in self._builtin:
            return self._run(c, doc, budget, run.arm)
        if c.name in self._weak_only and self._holds_weak(doc, run):
            # Every cut it could propose is weak, and the gate would hold each one (gate.holds_every_weak): held
            # cuts leave no trace, so it need not look. Not kept for the next pass, where more may be shown.
            return []
        key = doc.derived(_VIEW_KEY, _view_key)  # once per view: every cleaner that runs on it asks
        earlier = run.found.get(c.name)
        if earlier is not None and earlier[0] == key:
            return list(earlier[1])
        if c.name not in _SCORE_READERS:
            cuts = self._run(c, doc, budget, run.arm)
            run.found[c.name] = (key, tuple(cuts))
            return cuts
        # A score reader's cuts depend on the view and on the scores and protection of its pass. Most runs of
        # comment_threads ask neither (it reads the scores only over a comment header): such cuts are the
        # view's alone, and kept like the others' (a page of short lines ran it again on its second pass).
        doc.note_asked(True)
        try:
            cuts = self._run(c, doc, budget, run.arm)
        finally:
            asked = doc.note_asked(False)
        if asked.isdisjoint(_PASS_READS):
            run.found[c.name] = (key, tuple(cuts))
        return cuts

    def _holds_weak(self, doc: Document, run: _Run) -> bool:
        """Whether :meth:`_judge` would hold back every weak cut on ``doc`` now (``gate.holds_every_weak``).

        What ``_judge`` hands the gate for a batch without strong cuts: ``run.trusted``, the admitted strong cuts
        (a page counting as one) and the scores. A page of short lines with no strong chrome (100,000 "w17"
        lines) had the labeller propose 40,000 lines the gate held; most AEB texts show none before
        duplicate_lines runs.
        """
        dial = self._dial
        if not dial.weak:
            return True  # favor=prose: no weak cut is admitted
        shown = run.trusted or len(run.strong_admitted) + (run.page is not None) >= dial.weak_witnesses
        if shown or not dial.needs_strong:
            return False  # asked first: the scores' test below reads every line
        if not self._scored or run.thin or dial.alone > score_ceiling():
            # No score can reach the bar (balanced's 1.1): the scores are not read, nor computed for this.
            return gate.holds_every_weak(dial, shown=False, scores=None)
        return doc.derived(_WEAK_HELD, lambda d: gate.holds_every_weak(dial, shown=False, scores=chrome_scores(d)))

    def _run(self, c: Cleaner, doc: Document, budget: Budget, arm: Arm) -> list[Cut]:
        """Run one cleaner under the watchdog and return its validated, sorted cuts."""
        before = (doc.text, doc.lang, doc.prior, doc.facts, doc.page)
        try:
            with arm:
                found = collect_cuts(c.name, c.find(doc), len(doc.text))
        except Interrupted:
            raise CleanerTimeoutError(c.name, budget.seconds or 0.0) from None
        check_unchanged(c.name, doc, before)
        return validated_cuts(c, found, len(doc.text))

    def _judge(self, c: Cleaner, doc: Document, cuts: list[Cut], run: _Run) -> list[gate.Verdict]:
        """The cuts of ``c`` the gate admits, with their evidence and score (the rest are held back)."""
        if not cuts:
            return []
        kinds = _evidence_kinds(cuts, self._evidence[c.name], formatting=c.name in self._formatting)
        scores = chrome_scores(doc) if self._scored and not run.thin and _reads_scores(kinds) else None
        # A phrase in a block of the author's own layout (boilerstrip.protect's indented blocks and records) is
        # the document's text: it vouches for nothing, and the gate holds it. The output keeps no layout, so a
        # second clean() may cut such lines: the result says so (layout_kept).
        laid = (
            {
                id(k): why  # by identity: a cut holds its facts in a dict and has no hash
                for k, kind in zip(cuts, kinds, strict=True)
                if kind != FORMAT and (why := gate.block_of(doc, k, run.blocks))
            }
            if run.blocks
            else {}
        )
        # The cleaner's own strong cuts count as evidence in the document, for its weak ones too, but not
        # a line the labeller reads as clearly content: a data sheet's "Source:" and "Updated:" lines match
        # forms, and they do not vouch for each other.
        # Whether each strong cut's line is the text's own is asked once: the scored list and blind pages' list
        # below both start from it.
        strong = [k for k, kind in zip(cuts, kinds, strict=True) if kind in STRONG]
        free = [k for k in strong if gate.witnesses_chrome(doc, k, None)]
        if run.quiet and free:
            # A tally's "share<TAB>64" and "print<TAB>41" are the document's rows, whatever they match: four of
            # them made a help desk's canned replies a page. They vouch for nothing (and are held below). Once
            # whitespace is normalised a second clean() sees no tabs, so the result says so (layout_kept).
            loud = [k for k in free if not gate.in_block(doc, k, run.quiet)]
            if len(loud) < len(free):
                _flag(run.flags, "layout_kept")
                free = loud
        vouching = [k for k in free if gate.clears_witness_score(doc, k, scores)]
        if laid and any(id(k) in laid for k in vouching):
            _flag(run.flags, "layout_kept")
            vouching = [k for k in vouching if id(k) not in laid]
        run.strong_found.update((c.name, k.reason, _spanned(doc.text, k.start, k.end)) for k in vouching)
        if scores is not None:
            # The same, whatever the labeller scores the lines: on a page it reads blind they vouch all the same.
            run.strong_seen.update(
                (c.name, k.reason, _spanned(doc.text, k.start, k.end)) for k in free if id(k) not in laid
            )
        if any(kind in STRONG and kind not in MATCHED for kind in kinds):
            run.trusted = True
        found = len(run.strong_found)
        if (
            scores is not None
            and len(run.strong_seen) > found
            and gate.blind_kinds(run.strong_seen) >= gate.BLIND_REASONS
            and gate.reads_blind(
                scores,
                len(run.strong_seen),
                gate.blind_witnesses((reason for _, reason, _ in run.strong_seen), run.shows_menu_trail),
            )
        ):
            # A labeller that scores no line of the page as chrome while the rules find it on five lines or more
            # (three, when one is a form only a site prints: gate.blind_witnesses) reads its document features,
            # not the page (gate.reads_blind): its "clearly content" is no veto
            # on those lines witnessing each other. A Galician podcast page's date line, player time, "other
            # episodes" heading and dated list held one another back. Of three kinds at least: a changelog's
            # thirty "Version 2.4.1 - July, 2019" headings, or a lease's "(Objeto)", "(Prazo)" clause titles, match
            # one form thirty times, which says nothing of chrome.
            found = len(run.strong_seen)
        # Text that came from an HTML page is a scraped page: that is one witness of chrome by itself.
        witnesses = found + (run.page is not None)

        verdicts = gate.judge(
            doc,
            cuts,
            kinds,
            dial=self._dial,
            witnesses=witnesses,
            trusted=run.trusted,
            scores=scores,
            admitted=len(run.strong_admitted) + (run.page is not None),
            # Only the admitted verdicts are kept: what is protected is read when a weak cut would be admitted.
            exact_holds=False,
            blind_needed=gate.veto_witnesses((reason for _, reason, _ in run.strong_admitted), run.shows_menu_trail),
        )
        if run.quiet:
            # A phrase or a form in a tab-set table is the table's cell ("share<TAB>64" of a tally of tags), a copy
            # of a row its header over another section.
            verdicts = [gate.hold_in_tab_table(doc, v, run.quiet) for v in verdicts]
        if laid:
            held = [gate.hold_in_blocks(v, laid.get(id(v.cut), "")) for v in verdicts]
            if any(h.held != v.held for h, v in zip(held, verdicts, strict=True)):
                _flag(run.flags, "layout_kept")
            verdicts = held
        admitted = [v for v in verdicts if not v.held]
        run.strong_admitted.update(
            (c.name, v.cut.reason, _spanned(doc.text, v.cut.start, v.cut.end)) for v in admitted if v.evidence in STRONG
        )
        return admitted

    def _guard(self, name: str, lost: int, prose: list[Line], source_prose: int, lost_so_far: int) -> Skip | None:
        """Return the Skip that holds back a cleaner whose cuts remove ``lost`` prose characters, if too many."""
        limits = self.limits
        if limits.max_prose_loss is not None:
            share = lost / max(guard.prose_size(prose), 1)
            if share > limits.max_prose_loss:
                return Skip(
                    name,
                    "ProseGuard",
                    f"held back: its cuts would remove {share:.0%} of the prose-like text "
                    f"(max_prose_loss {limits.max_prose_loss:.0%}); none of them was applied",
                )
        if limits.max_total_prose_loss is not None and source_prose:
            total = (lost_so_far + lost) / source_prose
            if total > limits.max_total_prose_loss:
                return Skip(
                    name,
                    "ProseGuard",
                    f"held back: with its cuts the pipeline would remove {total:.0%} of the input's prose-like "
                    f"text (max_total_prose_loss {limits.max_total_prose_loss:.0%}); none of them was applied",
                )
        return None

    def run_many(self, texts: Iterable[str]) -> Iterator[Result]:
        """Clean a stream of texts lazily, one result per input."""
        for t in texts:
            yield self(t)


def _weak_only(cleaners: Sequence[Cleaner], formatting: Set[str]) -> frozenset[str]:
    """The built-in cleaners whose every cut rests on weak evidence: each reason declares a weak kind.

    No built-in cleaner of them gives a cut an evidence kind of its own (``Cut.evidence``), which would stand
    before the declared one (tests/test_speed_equivalence.py checks both on the corpus); a plugin may.

    >>> from boilerstrip import registry
    >>> sorted(_weak_only([registry.create(n) for n in ("titles", "ui_strings", "line_labeller")], frozenset()))
    ['line_labeller', 'titles']
    """
    out = set()
    for c in cleaners:
        declared = getattr(c, "evidence", None)
        if is_builtin(c) and c.name not in formatting and declared and all(kind in WEAK for kind in declared.values()):
            out.add(c.name)
    return frozenset(out)


def _evidence_kinds(cuts: list[Cut], declared: Mapping[str, str] | None, *, formatting: bool) -> list[str]:
    """``evidence_of`` of each cut, in one comprehension (a page of short lines brings a proposal per line).

    >>> _evidence_kinds([Cut(0, 1, "a"), Cut(1, 2, "b", evidence="shape")], {"a": "phrase"}, formatting=False)
    ['phrase', 'shape']
    """
    if formatting:
        return [FORMAT] * len(cuts)
    if declared is None:
        return [k.evidence or "plugin" for k in cuts]
    get = declared.get
    return [k.evidence or get(k.reason, "plugin") for k in cuts]


def _spanned(text: str, start: int, end: int) -> str:
    r"""The text a cut spans, its whitespace normalised: how a strong cut is told apart from the others.

    A later pass sees the same line after the first pass trimmed its spaces; it is the same witness.

    >>> _spanned("Comments  \n", 0, 11) == _spanned("Comments\n", 0, 9)
    True
    """
    return " ".join(text[start:end].split())


def _carry_pass_views(doc: Document, run: _Run, pass_number: int, *, scored: bool) -> None:
    """Give ``doc`` the protection (and, when ``scored``, the line labeller's scores) of its pass.

    Both are computed on the pass's first view and carried to its later views by line content: cuts change
    the runs that mark verse, a table or a transcript, and the labeller scores the text as the pass found
    it (at pass 1 the page before any cut, what it was trained on). Each pass starts afresh from its own
    first view, as a fresh run on that text would: that keeps ``clean(result.text)`` equal to
    ``result.text``. Neither is computed at once: the scores when something first reads them (the gate judging a
    cut, the ``line_labeller`` cleaner: ``boilerstrip.pass_scores``; most documents propose no cut to judge),
    protection when the gate first judges a weak cut in the pass.
    """
    if run.carried_pass != pass_number:
        previous, previous_scores = run.pass_view, run.line_scores
        run.carried_pass = pass_number
        run.pass_view = doc
        run.line_scores = PassScores(None)
        # The previous pass's first view, when that pass cut nothing that moved a line (most often the final
        # line break of a text): its protection and scores are this one's (``_same_layout``), found once for both.
        same = previous if previous is not None and _same_layout(previous, doc) else None
        if same is not None:
            doc.supply(PROTECTED_KEY, lambda d: protected_lines(same))
        if not scored:
            return
        if len(doc.content) < MIN_SCORED_LINES:
            # A few lines are no page: the labeller learned from pages and its scores mean little here.
            doc.derived(SCORES_KEY, lambda d: (None,) * len(d.lines))
            return
        if same is not None:
            doc.supply(SCORES_KEY, lambda d: chrome_scores(same))
            # The same lines and scores as that view's, so the same scores by text as the loop below gathered
            # from them then (only that loop fills the dict, at its pass's start): not gathered again. A later
            # pass, so the first pass's scores stay as they are.
            run.line_scores = previous_scores
            return
        # Each line text's highest score on this view, gathered when first read (the loop over the view's scores
        # is PassScores.by_text): the same numbers, whenever they are computed.
        run.line_scores = PassScores(doc)
        if pass_number == 1:
            run.first_scores = run.line_scores
            run.first_view = doc
        return
    known, first = run.line_scores, run.pass_view
    assert first is not None, "a later view of a pass without its first"

    def carried(d: Document) -> dict[int, str]:
        protected = _protected_by_key(first)
        return {line.index: kind for line in d.content if (kind := protected.get(content_key(line.text)))}

    # Supplied, not computed: a view no cleaner's weak cut asks about pays for neither.
    doc.supply(PROTECTED_KEY, carried)
    if scored:
        doc.supply(SCORES_KEY, lambda d: _carried_scores(d, known))


def _reads_scores(kinds: Sequence[str]) -> bool:
    """Whether judging cuts of evidence ``kinds`` reads the labeller's scores: not for formatting cuts alone.

    The gate admits a formatting cut as it is (``gate.judge``); what the scores decide besides in
    ``Pipeline._judge`` (which strong cuts witness chrome, the veto of a labeller that reads the page blind) only
    changes the witnesses, which bear on strong and weak cuts. So a batch of formatting cuts alone (most often the
    final line break of a text) leaves the scores uncomputed.

    >>> _reads_scores([FORMAT, FORMAT]), _reads_scores([FORMAT, "phrase"])
    (False, True)
    """
    return any(kind != FORMAT for kind in kinds)


def _carried_scores(view: Document, known: PassScores) -> tuple[float | None, ...]:
    """The scores of a pass's later ``view``: each line's text's score on the pass's first view (``None``: none)."""
    get = known.by_text().get
    return tuple(get(line.text) if line.text else None for line in view.lines)


def _same_layout(a: Document, b: Document) -> bool:
    r"""Whether views ``a`` and ``b`` (of one run) are protected and scored alike: same language, lines and indents.

    What ``protect.find_protected`` reads of a view, besides the run's page, is each line's text, its place
    among the lines (blank ones included: they part paragraphs) and its leading whitespace; the line
    labeller's feature table (``boilerstrip.labeller.features``) reads the language besides, and of the
    leading whitespace only its length. Neither reads where the lines stand in the text nor how they end.
    Views of different lengths, most pairs of passes, are told apart by their line counts.

    >>> _same_layout(Document("Home\n  News\n"), Document("Home\n  News"))
    True
    >>> _same_layout(Document("A\n  B"), Document("A\n\tB")), _same_layout(Document("A\nB"), Document("A\n\nB"))
    (False, False)
    """
    if a.lang != b.lang or len(a.lines) != len(b.lines):
        return False
    return all(
        x.text == y.text
        and x.start - x.raw_start == y.start - y.raw_start
        and (x.start == x.raw_start or a.text[x.raw_start : x.start] == b.text[y.raw_start : y.start])
        for x, y in zip(a.lines, b.lines, strict=True)
    )


def _protected_texts(view: Document) -> frozenset[str]:
    """The texts of the lines ``view`` protects (tables, rows, transcripts, code, verse...)."""
    protected = protected_lines(view)
    return frozenset(line.text for line in view.content if line.index in protected)


def _protected_by_key(view: Document) -> dict[str, str]:
    """What ``view`` protects, by ``protect.content_key`` of the line (computed once per view)."""
    return view.derived(
        "pipeline.protected_by_key",
        lambda v: {content_key(v.lines[i].text): kind for i, kind in protected_lines(v).items()},
    )


def _check_requirements(cleaners: Sequence[Cleaner]) -> None:
    """Raise :class:`ConfigError` when a cleaner comes before the cleaner that provides what it reads.

    A cleaner's optional ``requires`` names run inputs (:data:`RUN_INPUTS`) and
    what earlier cleaners ``provide`` (fact keys, kinds of cuts). A reader placed
    before its only provider would read nothing: that is a wrong order, not a
    choice. A requirement no cleaner of the pipeline provides is allowed (the
    reader then works from the text alone).
    """
    for index, c in enumerate(cleaners):
        for need in getattr(c, "requires", ()):
            if need in RUN_INPUTS or any(need in getattr(d, "provides", ()) for d in cleaners[:index]):
                continue
            later = [d.name for d in cleaners[index + 1 :] if need in getattr(d, "provides", ())]
            if later:
                raise ConfigError(
                    f"cleaner {c.name!r} reads {need!r}, which {later[0]!r} provides only after it runs; "
                    f"put {later[0]!r} before {c.name!r}"
                )


def _flag(flags: list[str], flag: str) -> None:
    if flag not in flags:
        flags.append(flag)


def _flags(text: str, source: str) -> tuple[str, ...]:
    """Document-level warnings: cases where the output should not be trusted blindly."""
    flags: list[str] = []
    if source.strip() and not text:
        flags.append("empty_output")
    lowered = source[:2000].lstrip().lower()
    if lowered.startswith(("<!doctype", "<html", "<?xml", "<rss")):
        flags.append("markup_input")
    if not source.isascii() and _SURROGATE.search(source) is not None:  # no surrogate is ASCII: no scan then
        # Checked on the input: removed text carries them too. JSON with ensure_ascii=True
        # (json.dumps' default) escapes them, but UTF-8 cannot encode them, and json.loads
        # reads an escaped high+low pair back as one astral character.
        flags.append("lone_surrogates")
    return tuple(flags)


_SURROGATE = re.compile("[\ud800-\udfff]")
