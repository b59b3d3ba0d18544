r"""A self-contained HTML page to review what boilerstrip removed from a sample of documents, and why.

:func:`render_review` turns results into one HTML file that needs no network
and no other file: inline CSS, inline SVG charts drawn here in Python, and a
small inline script for the filters and the search. Each document shows its
full input (``Result.restore()``) with every removal highlighted in place,
labelled ``cleaner · reason`` and coloured by reason group, beside the
metadata, flags and skipped steps of its result.

The page is built for hostile input: every document string goes through
:func:`html.escape`; the one data block the script reads is JSON with ``<``,
``>`` and ``&`` written as ``\u003c``... escapes; and a Content-Security-Policy
lets only the page's own script run (by its hash) and loads nothing.

>>> import boilerstrip
>>> page = render_review([boilerstrip.clean("Photo: AP\nThe port opened on Monday after years of delay.")])
>>> page.startswith("<!DOCTYPE html>"), 'data-reason="credit_line"' in page
(True, True)
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import random
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from boilerstrip.config import Config
from boilerstrip.document import STRIP_CHARS
from boilerstrip.metadata import Metadata
from boilerstrip.result import Result
from boilerstrip.types import Removal

#: Input characters shown per document; the rest of a longer document is summarised in one line.
DEFAULT_MAX_CHARS = 20_000
#: Documents a review page holds unless told otherwise: enough to judge, small enough for a browser.
DEFAULT_SAMPLE = 200
#: File suffixes picked up when a directory is given (a file named on the command line is always read).
INPUT_SUFFIXES = frozenset({".txt", ".text", ".html", ".htm", ".xhtml"})

#: Reason -> group, for colours and the filter panel. A reason not listed (a plugin's) is in "other".
REASON_GROUPS: dict[str, str] = {
    **dict.fromkeys(
        ("blank_line", "edge_space", "inner_space", "invisible", "line_break", "final_break"), "whitespace"
    ),
    **dict.fromkeys(
        (
            "credit_line",
            "credit_glued",
            "credit_joined",
            "mediabank_link",
            "caption_echo",
            "caption_with_credit",
            "caption_before_credit",
            "caption_twin",
            "caption_after_credit",
            "caption_labelled",
            "teaser_image",
            "media_link",
        ),
        "media",
    ),
    **dict.fromkeys(
        (
            "teaser_time",
            "teaser_section",
            "related_headline",
            "read_also",
            "related_header",
            "doubled_headline",
            "self_promo",
            "read_more",
            "read_more_line",
        ),
        "related",
    ),
    **dict.fromkeys(
        (
            "byline",
            "editor_line",
            "source_line",
            "date_line",
            "desk_slug",
            "dateline",
            "title",
            "duplicate_title",
            "kicker",
            "section_label",
            "tagline",
            "dek",
            "head_chrome",
            "page_headline",
        ),
        "metadata",
    ),
    **dict.fromkeys(
        (
            "login_prompt",
            "comment_ui",
            "subscribe_prompt",
            "share_buttons",
            "ad_marker",
            "player_ui",
            "live_ui",
            "navigation",
            "paywall_notice",
            "cookie_notice",
            "legal_footer",
            "app_promo",
            "counter",
            "tag_list",
            "widget",
            "widget_text",
            "widget_text_inline",
            "foreign_script",
            "foreign_block",
        ),
        "interface",
    ),
    **dict.fromkeys(("duplicate_line", "truncated_copy", "pull_quote"), "duplicate"),
    **dict.fromkeys(("before_main_text", "after_main_text", "repeated_on_site"), "page"),
}

#: Group -> colour (highlight background and chart bar), in the order the filter panel lists them.
GROUP_COLOURS: dict[str, str] = {
    "media": "#f6b26b",
    "related": "#8fc1e3",
    "metadata": "#a8d672",
    "interface": "#f08a8a",
    "duplicate": "#c9a7e0",
    "page": "#ffd966",
    "other": "#7fd8c8",
    "whitespace": "#d5d5d5",
}

T = TypeVar("T")

#: Reasons that get their own bar in the summary chart (the rest share one), and the length of a 100% bar.
_CHART_ROWS = 10
_BAR_WIDTH = 130


@dataclass(frozen=True, slots=True)
class ReviewItem:
    """One document of a review page: its result, and how to name it (``id``) and where it came from (``url``)."""

    result: Result
    id: str = ""
    url: str | None = None


def reason_group(reason: str) -> str:
    """The colour group of a removal reason (``"other"`` for one this module does not know).

    >>> reason_group("credit_line"), reason_group("blank_line"), reason_group("my_plugin_reason")
    ('media', 'whitespace', 'other')
    """
    return REASON_GROUPS.get(reason, "other")


def is_whitespace_only(removal: Removal) -> bool:
    """Whether a removal only normalised whitespace (both its text and its replacement are blank)."""
    return not removal.text.strip(STRIP_CHARS) and not removal.replacement.strip(STRIP_CHARS)


def sample(items: Iterable[T], n: int | None, seed: int = 0) -> list[T]:
    """Pick ``n`` items at random but reproducibly (same items, seed and ``n``: same pick), kept in input order.

    Reservoir sampling: one pass, memory for ``n`` items only, so a large JSONL
    file can be sampled without reading it all into memory. ``n=None`` keeps
    everything.

    >>> sample(range(10), 3, seed=1) == sample(range(10), 3, seed=1), sample("abc", None)
    (True, ['a', 'b', 'c'])
    """
    if n is None:
        return list(items)
    rng = random.Random(seed)
    chosen: list[tuple[int, T]] = []
    for i, item in enumerate(items):
        if len(chosen) < n:
            chosen.append((i, item))
        else:
            j = rng.randrange(i + 1)
            if j < n:
                chosen[j] = (i, item)
    return [item for _, item in sorted(chosen, key=lambda pair: pair[0])]


# --- input: files to clean, or JSONL results ----------------------------------------------------------------


def collect_files(paths: Iterable[str | Path]) -> list[Path]:
    """The files to review: each file as given, and every text or HTML file under each directory, sorted.

    Hidden files and folders (``.git``...) under a directory are skipped.
    """
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found = (
                f
                for f in p.rglob("*")
                if f.is_file()
                and f.suffix.lower() in INPUT_SUFFIXES
                and not any(part.startswith(".") for part in f.relative_to(p).parts)
            )
            out.extend(sorted(found))
        else:
            out.append(p)
    return out


def clean_bytes(data: bytes, *, config: Config | None = None) -> Result:
    """Clean a file's bytes as ``boilerstrip clean`` does: HTML when it looks like HTML, else UTF-8 text.

    Raises :class:`UnicodeDecodeError` for text that is not UTF-8.
    """
    import boilerstrip
    from boilerstrip.html.decode import looks_like_html

    if looks_like_html(data):
        return boilerstrip.clean_html(data, config=config)
    return boilerstrip.clean(data.decode("utf-8"), config=config)


class FailedRecord(ValueError):
    """A JSONL record that stands for a document that could not be cleaned (an error or skipped record)."""


def item_from_record(record: object, *, fallback_id: str) -> ReviewItem:
    """A review item from one JSONL record: a ``Result.to_dict()`` mapping, maybe with ``id``/``url`` beside it.

    The result may also sit under a ``result`` key beside ``id``/``url``. The
    id falls back to ``path``, then the URL, then ``fallback_id``. The records
    of ``boilerstrip batch --with-removals`` work too: their metadata fields
    (``title``, ``date``...) sit at the top level, beside ``text`` and
    ``removed``. A record of a failed document (an ``error`` or ``skipped``
    record, or ``status`` other than ``ok``) raises :class:`FailedRecord`; any
    other record without ``text`` and ``removed`` raises :class:`ValueError`.
    """
    if not isinstance(record, dict):
        raise ValueError("a record must be a JSON object")
    inner = record.get("result")
    data = inner if isinstance(inner, dict) else record
    failure = next((data[k] for k in ("error", "skipped") if isinstance(data.get(k), dict)), None)
    if failure is not None or data.get("status") in ("error", "skipped"):
        failure = failure or {"type": data.get("error_type"), "message": data.get("error_message")}
        raise FailedRecord(f"not cleaned: {failure.get('type')}: {failure.get('message')}")
    if not isinstance(data.get("text"), str) or not isinstance(data.get("removed"), list):
        raise ValueError(
            "not a result record: 'text' and 'removed' expected (Result.to_dict(), or batch --with-removals)"
        )
    if not isinstance(data.get("metadata"), dict):
        # A flat record: the metadata fields are the record's own (Metadata.from_dict ignores the other keys).
        data = {**data, "metadata": data}
    result = Result.from_dict(data)
    url = _first_str(record.get("url"), result.metadata.url)
    ident = _first_str(record.get("id"), record.get("path"), url) or fallback_id
    return ReviewItem(result, ident, url)


def read_results(
    lines: Iterable[str],
    *,
    name: str = "results",
    n: int | None = None,
    seed: int = 0,
    on_failed: Callable[[str], None] | None = None,
) -> list[ReviewItem]:
    """Review items from JSONL lines (blank lines skipped), sampled first so only the picked lines are parsed.

    A picked record of a failed document has nothing to review: it is left out
    and, when given, ``on_failed`` is called with a message naming its line. A
    malformed picked line raises :class:`ValueError` naming ``name`` and its
    line number.
    """
    numbered = ((i, line) for i, line in enumerate(lines, 1) if line.strip())
    items = []
    for number, line in sample(numbered, n, seed):
        where = f"{name}:{number}"
        try:
            items.append(item_from_record(json.loads(line), fallback_id=where))
        except FailedRecord as exc:
            if on_failed is not None:
                on_failed(f"{where}: {exc}")
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"{where}: {exc}") from exc
    return items


def _first_str(*values: object) -> str | None:
    return next((v for v in values if isinstance(v, str) and v), None)


# --- the page -----------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Doc:
    """A document as the page needs it: the input the offsets refer to, and what was removed from it."""

    index: int
    item: ReviewItem
    source: str

    @property
    def language(self) -> str:
        return self.item.result.metadata.language or "unknown"

    @property
    def removed_chars(self) -> int:
        return sum(len(r.text) for r in self.item.result.removed)


def render_review(
    items: Iterable[ReviewItem | Result], *, title: str = "boilerstrip review", max_chars: int = DEFAULT_MAX_CHARS
) -> str:
    """Return the review page for ``items`` (in the order given) as one self-contained HTML string.

    ``max_chars`` caps the input characters shown per document: the removals
    past the cap are counted in a note, not drawn (the charts and the metadata
    still cover the whole document).
    """
    docs = [
        _Doc(i, item, item.result.restore())
        for i, item in enumerate(it if isinstance(it, ReviewItem) else ReviewItem(it) for it in items)
    ]
    by_reason: Counter[str] = Counter()
    count_by_reason: Counter[str] = Counter()
    for d in docs:
        for r in d.item.result.removed:
            by_reason[r.reason] += len(r.text)
            count_by_reason[r.reason] += 1
    script = _SCRIPT
    data = {
        "reasons": [
            {"reason": reason, "group": reason_group(reason), "count": count_by_reason[reason], "chars": chars}
            for reason, chars in sorted(by_reason.items(), key=lambda kv: (-kv[1], kv[0]))
        ],
        "groups": GROUP_COLOURS,
        # JSON objects carry no order the script can rely on (the keys are sorted): the panel's order goes apart.
        "group_order": list(GROUP_COLOURS),
    }
    script_hash = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    # Only the page's own script may run (matched by hash), nothing is fetched, and a stray form cannot submit:
    # a second line of defence behind the escaping, should a hostile document ever get markup through.
    csp = f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{script_hash}'; form-action 'none'"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_esc(csp)}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_esc(title)}</title>",
        f"<style>{_CSS}</style>",
        "</head><body>",
        f"<header><h1>{_esc(title)}</h1>",
        _summary(docs, by_reason),
        "</header>",
        '<div id="layout"><aside id="side">',
        '<label class="search">Search <input id="search" type="search" placeholder="text in any document"></label>',
        '<p id="shown" class="muted"></p>',
        _doc_list(docs),
        '<div id="filters"><noscript><p class="muted">Filters need JavaScript.</p></noscript></div>',
        '</aside><main id="docs">',
        *(_document(d, max_chars) for d in docs),
        "</main></div>",
        f'<script type="application/json" id="review-data">{_json_for_script(data)}</script>',
        f"<script>{script}</script>",
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"


def write_review(
    path: str | Path,
    items: Iterable[ReviewItem | Result],
    *,
    title: str = "boilerstrip review",
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Path:
    """Write :func:`render_review` to ``path`` (UTF-8) and return the path."""
    out = Path(path)
    out.write_text(render_review(items, title=title, max_chars=max_chars), encoding="utf-8")
    return out


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def _json_for_script(data: object) -> str:
    """JSON that cannot close its ``<script>`` element nor open a comment or markup inside it."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "0%"


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


def _summary(docs: Sequence[_Doc], by_reason: Counter[str]) -> str:
    chars_in = sum(len(d.source) for d in docs)
    chars_out = sum(len(d.item.result.text) for d in docs)
    removals = sum(len(d.item.result.removed) for d in docs)
    removed = sum(by_reason.values())
    by_lang_removed: Counter[str] = Counter()
    by_lang_in: Counter[str] = Counter()
    by_lang_docs: Counter[str] = Counter()
    for d in docs:
        by_lang_removed[d.language] += d.removed_chars
        by_lang_in[d.language] += len(d.source)
        by_lang_docs[d.language] += 1
    stats = (
        f'<dl id="stats"><dt>documents</dt><dd>{len(docs):,}</dd>'
        f"<dt>characters in</dt><dd>{chars_in:,}</dd><dt>characters out</dt><dd>{chars_out:,}</dd>"
        f"<dt>removed</dt><dd>{removed:,} ({_pct(removed, chars_in)})</dd>"
        f"<dt>removals</dt><dd>{removals:,}</dd></dl>"
    )
    top = by_reason.most_common()
    # A long tail of small reasons would make the chart unreadable: the first ten get a bar, the rest share one.
    shown = top[:_CHART_ROWS]
    rest = sum(c for _, c in top[_CHART_ROWS:])
    reason_rows = [
        (reason, chars, GROUP_COLOURS[reason_group(reason)], f"{_pct(chars, removed)} · {_count(chars, 'char')}")
        for reason, chars in shown
    ]
    if rest:
        reason_rows.append(
            (
                f"{len(top) - _CHART_ROWS} other reasons",
                rest,
                "#999999",
                f"{_pct(rest, removed)} · {_count(rest, 'char')}",
            )
        )
    lang_rows = [
        (
            lang,
            chars,
            "#6f8fbf",
            f"{_pct(chars, removed)} · {_count(by_lang_docs[lang], 'doc')} · {_pct(chars, by_lang_in[lang])} of input",
        )
        for lang, chars in sorted(by_lang_removed.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    charts = (
        ("Share of removed characters by reason", _bar_chart("chart-reasons", reason_rows, removed, text_width=150)),
        ("Share of removed characters by language", _bar_chart("chart-languages", lang_rows, removed, text_width=190)),
    )
    figures = "".join(f"<figure><figcaption>{caption}</figcaption>{svg}</figure>" for caption, svg in charts)
    return f'<div id="summary">{stats}{figures}</div>'


def _bar_chart(chart_id: str, rows: Sequence[tuple[str, int, str, str]], total: int, *, text_width: int) -> str:
    """A horizontal bar chart in inline SVG: a row per ``(label, value, colour, value text)``, bars of ``total``."""
    # ``text_width`` leaves room for the value text after a full-length bar (the two charts fit side by side).
    row_h, label_w, bar_w, text_w = 19, 125, _BAR_WIDTH, text_width
    width = label_w + bar_w + text_w
    height = max(1, len(rows)) * row_h + 4
    out = [
        f'<svg id="{chart_id}" class="chart" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img">'
    ]
    if not rows:
        out.append('<text x="0" y="15" class="muted">nothing removed</text>')
    for i, (label, value, colour, value_text) in enumerate(rows):
        y = i * row_h + 2
        w = bar_w * value / total if total else 0
        shown = label if len(label) <= 22 else label[:21] + "…"
        out.append(
            f'<g class="row"><title>{_esc(label)}: {_esc(value_text)}</title>'
            f'<text x="{label_w - 6}" y="{y + 13}" text-anchor="end">{_esc(shown)}</text>'
            f'<rect class="bar" x="{label_w}" y="{y + 2}" width="{w:.1f}" height="{row_h - 6}" fill="{colour}"/>'
            f'<text x="{label_w + w + 6:.1f}" y="{y + 13}" class="val">{_esc(value_text)}</text></g>'
        )
    out.append("</svg>")
    return "".join(out)


def _doc_list(docs: Sequence[_Doc]) -> str:
    out = ['<nav id="doclist"><h2>Documents</h2><ol>']
    for d in docs:
        share = _pct(d.removed_chars, len(d.source))
        out.append(
            f'<li data-doc="{d.index}"><a href="#doc-{d.index}">{_esc(_doc_name(d))}</a> '
            f'<span class="muted">{_esc(d.language)} · {share}</span></li>'
        )
    out.append("</ol></nav>")
    return "".join(out)


def _doc_name(d: _Doc) -> str:
    name = d.item.id or d.item.result.metadata.title or f"document {d.index + 1}"
    return name if len(name) <= 80 else name[:79] + "…"


def _document(d: _Doc, max_chars: int) -> str:
    result = d.item.result
    head = f'<h2><span class="num">#{d.index + 1}</span> {_esc(_doc_name(d))}</h2>'
    if d.item.url:
        head += f'<p class="url muted">{_esc(d.item.url)}</p>'
    visible = sum(1 for r in result.removed if not is_whitespace_only(r))
    facts = (
        f'<p class="docstats muted">{result.source_kind} · {len(d.source):,} chars in · {len(result.text):,} out · '
        f"{d.removed_chars:,} removed ({_pct(d.removed_chars, len(d.source))}) · "
        f"{visible} removals + {len(result.removed) - visible} whitespace</p>"
    )
    # A record read back from JSONL may have been edited or truncated: say so rather than draw marks in wrong places.
    bad = sum(1 for r in result.removed if d.source[r.start : r.end] != r.text)
    if bad or (result.source is not None and result.source != d.source):
        facts += (
            f'<p class="warn">The account does not fit: {bad} removals differ from the restored text'
            f"{' and it is not the recorded source' if result.source not in (None, d.source) else ''}; "
            "marks may be misplaced.</p>"
        )
    return (
        f'<section class="doc" id="doc-{d.index}" data-lang="{_esc(d.language)}">{head}{facts}'
        f'<div class="cols"><div class="textcol">{_highlight(d.source, result.removed, max_chars)}</div>'
        f'<div class="side">{_metadata(result.metadata)}{_account(result)}</div></div></section>'
    )


def _highlight(source: str, removed: Sequence[Removal], max_chars: int) -> str:
    """The input in a ``<pre>``, escaped, one ``<mark>`` per removal; cut at ``max_chars`` with a note after it.

    The marks add no characters of their own (labels are CSS ``::before``
    content), so the ``<pre>``'s text is exactly the shown part of the input.
    """
    shown = source[:max_chars]
    out: list[str] = []
    pos = 0
    hidden = 0
    for r in sorted(removed, key=lambda r: (r.start, r.end)):
        if r.start > len(shown) or (r.start == len(shown) and len(shown) < len(source)):
            hidden += 1
            continue
        start, end = max(r.start, pos), min(r.end, len(shown))
        out.append(_esc(shown[pos:start]))
        group = reason_group(r.reason)
        ws = is_whitespace_only(r)
        tip = [f"{r.cleaner} / {r.reason}"]
        if r.detail:
            tip.append(f"detail: {r.detail}")
        if r.replacement:
            tip.append(f"replaced by {r.replacement!r}")
        tip.append(f"chars {r.start}–{r.end}")
        label = "" if ws else f' data-label="{_esc(r.cleaner)} · {_esc(r.reason)}"'
        out.append(
            f'<mark class="rm g-{group}{" ws" if ws else ""}" data-reason="{_esc(r.reason)}" '
            f'data-cleaner="{_esc(r.cleaner)}" data-group="{group}"{label} title="{_esc(chr(10).join(tip))}">'
            f"{_esc(shown[start:end])}</mark>"
        )
        pos = max(pos, end)
    out.append(_esc(shown[pos:]))
    note = ""
    if len(shown) < len(source):
        note = (
            f'<p class="cut muted">… {len(source) - len(shown):,} more characters not shown '
            f"({hidden} more removals): the review shows the first {len(shown):,}.</p>"
        )
    return f'<pre class="text">{"".join(out)}</pre>{note}'


def _metadata(md: Metadata) -> str:
    rows: list[tuple[str, str]] = []
    for key in ("title", "description", "site_name", "date", "updated", "language", "section", "url", "source"):
        value = getattr(md, key)
        if value:
            rows.append((key, _esc(value)))
    if md.dateline:
        rows.append(("dateline", _esc(" · ".join(x for x in (md.dateline.place, md.dateline.agency) if x))))
    if md.authors:
        rows.append(("authors", _esc(", ".join(md.authors))))
    if md.tags:
        rows.append(("tags", _esc(", ".join(md.tags))))
    if md.paywalled:
        rows.append(("paywalled", "yes"))
    if md.images:
        items = "".join(
            f"<li>{_esc(img.caption or '(no caption)')}"
            + (f' <span class="credit">— {_esc(img.credit)}</span>' if img.credit else "")
            + "</li>"
            for img in md.images
        )
        rows.append(("images", f"<ol>{items}</ol>"))
    if md.related:
        items = "".join(
            f"<li>{_esc(rel.title)}" + (f' <span class="muted">({_esc(rel.date)})</span>' if rel.date else "") + "</li>"
            for rel in md.related
        )
        rows.append(("related", f"<ol>{items}</ol>"))
    for key, values in md.conflicts.items():
        rows.append((f"conflicts: {key}", _esc(" | ".join(values))))
    for key, extra in md.extra.items():
        rows.append((f"extra: {key}", _esc(" | ".join(json.dumps(v, ensure_ascii=False) for v in extra))))
    if not rows:
        return '<h3>Metadata</h3><p class="muted">none found</p>'
    body = "".join(f"<dt>{_esc(k)}</dt><dd>{v}</dd>" for k, v in rows)
    return f'<h3>Metadata</h3><dl class="meta">{body}</dl>'


def _account(result: Result) -> str:
    out = []
    if result.flags:
        out.append('<h3>Flags</h3><ul class="flags">' + "".join(f"<li>{_esc(f)}</li>" for f in result.flags) + "</ul>")
    if result.skipped:
        out.append(
            '<h3>Skipped steps</h3><ul class="skipped">'
            + "".join(
                f"<li><b>{_esc(s.cleaner)}</b>: {_esc(s.error_type)}: {_esc(s.message)}</li>" for s in result.skipped
            )
            + "</ul>"
        )
    if result.html_removed:
        rows = "".join(
            f"<tr><td>{_esc(n.kind)}</td><td>{_esc(n.tag)}</td><td>{_esc(n.text)}</td>"
            f'<td class="path">{_esc(n.path)}</td></tr>'
            for n in result.html_removed
        )
        # Collapsed by default: a page can set aside dozens of widgets, and the text marks matter more.
        out.append(
            f'<details class="html-removed"><summary>HTML elements set aside ({len(result.html_removed)})</summary>'
            f"<table><tr><th>kind</th><th>tag</th><th>text</th><th>path</th></tr>{rows}</table></details>"
        )
    return "".join(out)


_CSS = """
:root { font: 14px/1.45 system-ui, sans-serif; color: #222; background: #fafafa; }
body { margin: 0; }
header { padding: 12px 20px; background: #fff; border-bottom: 1px solid #ddd; }
h1 { font-size: 20px; margin: 0 0 8px; }
h2 { font-size: 16px; margin: 0 0 4px; } h3 { font-size: 13px; margin: 10px 0 4px; color: #555; }
.muted { color: #777; }
#summary { display: flex; flex-wrap: wrap; gap: 20px; align-items: flex-start; }
#summary figure { margin: 0; } figcaption { font-weight: 600; margin-bottom: 4px; }
#stats { display: grid; grid-template-columns: auto auto; gap: 2px 12px; margin: 0; }
#stats dt { color: #555; } #stats dd { margin: 0; font-weight: 600; text-align: right; }
.chart text { font-size: 11px; fill: #333; } .chart .val { fill: #666; }
#layout { display: flex; align-items: flex-start; }
#side { position: sticky; top: 0; width: 250px; flex: none; max-height: 100vh; overflow: auto; padding: 10px 12px;
  box-sizing: border-box; border-right: 1px solid #ddd; background: #fff; }
#side input[type=search] { width: 100%; box-sizing: border-box; }
#filters fieldset { border: 0; padding: 0; margin: 6px 0; }
#filters legend { font-weight: 600; padding: 0; }
#filters label { display: block; font-size: 12px; }
.swatch { display: inline-block; width: 10px; height: 10px; margin-right: 4px; border: 1px solid #0003; }
#filters button { font-size: 11px; margin: 0 4px 4px 0; }
#doclist ol { padding-left: 22px; font-size: 12px; max-height: 30vh; overflow: auto; margin: 4px 0; }
#doclist li[hidden] { display: none; }
main { flex: 1; min-width: 0; padding: 10px 20px; }
.doc { background: #fff; border: 1px solid #ddd; border-radius: 4px; padding: 10px 14px; margin-bottom: 16px; }
.doc[hidden] { display: none; }
.url { margin: 0; word-break: break-all; } .docstats { margin: 0 0 6px; font-size: 12px; }
.cols { display: flex; gap: 16px; align-items: flex-start; }
.textcol { flex: 1; min-width: 0; }
pre.text { unicode-bidi: plaintext; white-space: pre-wrap; overflow-wrap: anywhere; margin: 0;
  font: 13px/1.6 ui-monospace, monospace; background: #fcfcfc; padding: 6px; border: 1px solid #eee; }
.side { width: 320px; flex: none; font-size: 12px; overflow-wrap: anywhere; }
dl.meta { display: grid; grid-template-columns: auto 1fr; gap: 2px 8px; margin: 0; }
dl.meta dt { color: #666; } dl.meta dd { margin: 0; } dl.meta ol { margin: 0; padding-left: 18px; }
.credit { color: #666; }
.flags li { color: #a40; } .skipped li { color: #b00; }
details table { border-collapse: collapse; font-size: 11px; } details td, details th { border: 1px solid #eee;
  padding: 1px 4px; vertical-align: top; } td.path { color: #888; }
mark.rm { color: inherit; border-radius: 2px; }
mark.rm::before { content: attr(data-label); font: 9px/1 system-ui, sans-serif; color: #333;
  background: #fff9; border: 1px solid #0002; border-radius: 2px; padding: 0 2px; margin-right: 2px;
  vertical-align: super; user-select: none; }
mark.ws { background: repeating-linear-gradient(90deg, #ddd 0 2px, transparent 2px 4px); }
mark.rm.off { background: none; } mark.rm.off::before { display: none; }
mark.hit { outline: 2px solid #e6a100; }
.cut { font-style: italic; }
.warn { color: #b00; font-weight: 600; margin: 0 0 6px; }
"""
_CSS += "".join(f"mark.g-{g} {{ background: {c}; }}\n" for g, c in GROUP_COLOURS.items() if g != "whitespace")

# The page's only script. It builds the filter panel from the JSON data block, applies filters read from the
# URL fragment (#hide=credit_line,byline&q=port), and filters the documents by a search text. It never turns
# document text into markup: it only reads textContent and sets classes, hidden flags and text nodes.
_SCRIPT = r"""
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("review-data").textContent);
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark.rm"));
  var docs = Array.prototype.slice.call(document.querySelectorAll("section.doc"));
  // Prototype-less maps: a reason or parameter named "__proto__" or "constructor" is an ordinary key here.
  var hidden = Object.create(null);
  var params = Object.create(null);
  var frag = location.hash.replace(/^#/, "");
  try { frag = decodeURIComponent(frag); } catch (e) { frag = ""; }  // a malformed link must not stop the page
  if (frag.indexOf("=") >= 0) {
    frag.split("&").forEach(function (kv) {
      var i = kv.indexOf("=");
      if (i > 0) { params[kv.slice(0, i)] = kv.slice(i + 1); }
    });
  }
  (params.hide || "").split(",").forEach(function (r) { if (r) { hidden[r] = true; } });

  function applyFilters() {
    marks.forEach(function (m) { m.classList.toggle("off", hidden[m.dataset.reason] === true); });
    document.body.dataset.hidden = Object.keys(hidden).filter(function (k) { return hidden[k]; }).sort().join(",");
  }

  var panel = document.getElementById("filters");
  var boxes = [];
  var byGroup = Object.create(null);
  data.reasons.forEach(function (r) { (byGroup[r.group] = byGroup[r.group] || []).push(r); });
  function button(text, on) {
    var b = document.createElement("button");
    b.type = "button";
    b.textContent = text;
    b.addEventListener("click", function () {
      boxes.forEach(function (box) { box.checked = on; hidden[box.value] = !on; });
      applyFilters();
    });
    return b;
  }
  var title = document.createElement("h2");
  title.textContent = "Highlight reasons";
  panel.appendChild(title);
  panel.appendChild(button("all", true));
  panel.appendChild(button("none", false));
  data.group_order.forEach(function (group) {
    if (!byGroup[group]) { return; }
    var fs = document.createElement("fieldset");
    fs.className = "group";
    fs.dataset.group = group;
    var legend = document.createElement("legend");
    var sw = document.createElement("span");
    sw.className = "swatch";
    sw.style.background = data.groups[group];
    legend.appendChild(sw);
    legend.appendChild(document.createTextNode(group));
    fs.appendChild(legend);
    byGroup[group].forEach(function (r) {
      var label = document.createElement("label");
      var box = document.createElement("input");
      box.type = "checkbox";
      box.className = "reason";
      box.value = r.reason;
      // The attribute too (defaultChecked), so that the state shows in the serialised DOM, not only the property.
      box.defaultChecked = box.checked = hidden[r.reason] !== true;
      box.addEventListener("change", function () { hidden[r.reason] = !box.checked; applyFilters(); });
      boxes.push(box);
      label.appendChild(box);
      label.appendChild(document.createTextNode(" " + r.reason + " (" + r.count + ")"));
      fs.appendChild(label);
    });
    panel.appendChild(fs);
  });

  var search = document.getElementById("search");
  var shown = document.getElementById("shown");
  var texts = docs.map(function (d) { return d.textContent.toLowerCase(); });
  function applySearch() {
    var q = search.value.trim().toLowerCase();
    var n = 0;
    docs.forEach(function (d, i) {
      var hit = q === "" || texts[i].indexOf(q) >= 0;
      d.hidden = !hit;
      var entry = document.querySelector('#doclist li[data-doc="' + d.id.slice(4) + '"]');
      if (entry) { entry.hidden = !hit; }
      if (hit) { n += 1; }
    });
    shown.textContent = n + " of " + docs.length + " documents shown";
  }
  search.addEventListener("input", applySearch);
  if (params.q) { search.value = params.q; }
  applyFilters();
  applySearch();
  document.body.dataset.ready = "1";
})();
"""
