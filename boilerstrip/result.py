"""The value :func:`boilerstrip.clean` returns: clean text, metadata and the full account."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

from boilerstrip.document import STRIP_CHARS
from boilerstrip.metadata import Metadata
from boilerstrip.offsets import apply_removals, restore
from boilerstrip.types import NodeRemoval, Removal, Skip

#: Version of the JSON form produced by :meth:`Result.to_dict` (2 added ``metadata.extra``).
SCHEMA_VERSION = 3


@dataclass(frozen=True, slots=True)
class Result:
    r"""Clean prose, metadata, and every removal needed to restore the input.

    >>> import boilerstrip
    >>> r = boilerstrip.clean("Share\nThe port opened on Monday after years of delay.")
    >>> r.text
    'The port opened on Monday after years of delay.'
    >>> r.restore()
    'Share\nThe port opened on Monday after years of delay.'
    """

    text: str
    removed: tuple[Removal, ...]
    metadata: Metadata
    skipped: tuple[Skip, ...] = ()
    steps: tuple[str, ...] = ()
    flags: tuple[str, ...] = field(default=())
    #: ``"text"`` for :func:`boilerstrip.clean`, ``"html"`` for :func:`boilerstrip.clean_html`.
    source_kind: str = "text"
    #: For HTML input, the extracted text the account refers to (``restore()`` rebuilds it).
    source: str | None = None
    #: For HTML input, the encoding the page was decoded with (``"str"`` when text was given).
    encoding: str | None = None
    #: For HTML input, the page elements set aside as widgets.
    html_removed: tuple[NodeRemoval, ...] = ()

    def restore(self) -> str:
        """Return the original input, rebuilt from ``text`` and ``removed`` alone."""
        return restore(self.text, self.removed)

    def apply_to(self, source: str) -> str:
        """Replay the removals on ``source`` (the original input); gives ``text`` back."""
        return apply_removals(source, self.removed)

    def counts(self) -> dict[str, int]:
        """Return the number of removals per ``"cleaner/reason"`` key."""
        return dict(Counter(f"{r.cleaner}/{r.reason}" for r in self.removed))

    def by_cleaner(self) -> dict[str, list[Removal]]:
        """Group the removals by the cleaner that made them."""
        out: dict[str, list[Removal]] = {}
        for r in self.removed:
            out.setdefault(r.cleaner, []).append(r)
        return out

    def to_dict(self) -> dict[str, object]:
        """Return the JSON-ready form: ``schema``, ``text``, ``metadata``, ``removed``..."""
        return {
            "schema": SCHEMA_VERSION,
            "text": self.text,
            "metadata": self.metadata.to_dict(),
            "removed": [r.to_dict() for r in self.removed],
            "skipped": [s.to_dict() for s in self.skipped],
            "steps": list(self.steps),
            "flags": list(self.flags),
            "source_kind": self.source_kind,
            "source": self.source,
            "encoding": self.encoding,
            "html_removed": [n.to_dict() for n in self.html_removed],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> Result:
        """Rebuild a result from :meth:`to_dict` output (for example, read back from JSON)."""
        removed_raw = data.get("removed")
        removed = tuple(
            Removal(
                start=int(str(r["start"])),
                end=int(str(r["end"])),
                text=str(r["text"]),
                replacement=str(r["replacement"]),
                cleaner=str(r["cleaner"]),
                reason=str(r["reason"]),
                detail=str(r.get("detail", "")),
                at=int(str(r.get("at", 0))),
                evidence=str(r.get("evidence", "")),
                score=_score(r.get("score")),
            )
            for r in (removed_raw if isinstance(removed_raw, list) else [])
            if isinstance(r, Mapping)
        )
        md = data.get("metadata")
        skipped_raw = data.get("skipped")
        steps = data.get("steps")
        flags = data.get("flags")
        nodes = data.get("html_removed")
        return cls(
            text=str(data.get("text", "")),
            removed=removed,
            metadata=Metadata.from_dict(md) if isinstance(md, Mapping) else Metadata(),
            skipped=tuple(
                Skip(str(s.get("cleaner")), str(s.get("error_type")), str(s.get("message")))
                for s in (skipped_raw if isinstance(skipped_raw, list) else [])
                if isinstance(s, Mapping)
            ),
            steps=tuple(str(s) for s in steps) if isinstance(steps, list) else (),
            flags=tuple(str(s) for s in flags) if isinstance(flags, list) else (),
            source_kind=str(data.get("source_kind", "text")),
            source=_opt_str(data.get("source")),
            encoding=_opt_str(data.get("encoding")),
            html_removed=tuple(
                NodeRemoval(
                    str(n.get("kind", "")),
                    str(n.get("tag", "")),
                    str(n.get("path", "")),
                    str(n.get("text", "")),
                    int(str(n.get("chars", 0))),
                )
                for n in (nodes if isinstance(nodes, list) else [])
                if isinstance(n, Mapping)
            ),
        )

    def explain(self, *, width: int = 60) -> str:
        """Return a readable table of the removals: offsets, cleaner, reason, evidence, text.

        The evidence column names what the cut rests on, with the line
        labeller's score when it scored the line (``shape 0.93``).
        Whitespace-only removals (whitespace or invisible characters replaced by
        whitespace or nothing) are summarised in one line at the end.
        """
        rows = [("span", "cleaner", "reason", "evidence", "removed text")]
        hidden = 0
        for r in self.removed:
            if not r.text.strip(STRIP_CHARS) and not r.replacement.strip(STRIP_CHARS):
                hidden += 1
                continue
            shown = r.text.replace("\n", "⏎").replace("\r", "␍")
            if len(shown) > width:
                shown = shown[: width - 1] + "…"
            evidence = r.evidence if r.score is None else f"{r.evidence} {r.score:.2f}"
            rows.append((f"{r.start}-{r.end}", r.cleaner, r.reason, evidence, shown))
        widths = [max(len(row[i]) for row in rows) for i in range(4)]
        lines = [
            "  ".join(cell.ljust(widths[i]) if i < 4 else cell for i, cell in enumerate(row)).rstrip() for row in rows
        ]
        lines.insert(1, "  ".join("-" * w for w in widths) + "  " + "-" * 12)
        if hidden:
            lines.append(f"(+ {hidden} whitespace normalisations)")
        for s in self.skipped:
            lines.append(f"skipped {s.cleaner}: {s.error_type}: {s.message}")
        for f in self.flags:
            lines.append(f"flag: {f}")
        return "\n".join(lines)


def _opt_str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _score(value: object) -> float | None:
    """A removal's score read back from JSON: a number, or ``None``."""
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None
