"""Results of one benchmark-suite run and the markdown report + chart made from them.

Everything in the report is computed from the run (scores, timings, the
targets' pass/short lines, versions, machine); the only copied numbers are the
published reference rows, parsed from the bench's README and labelled as such.
"""

from __future__ import annotations

import os
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench_peers import System
from scoring import AebPage, AebReport, SegmentMetrics, SegmentScore, aeb_bootstrap, segment_metrics

TRAFILATURA = "trafilatura"
HTML_MODE = "boilerstrip-html"
TEXT_MODE = "boilerstrip-text(trafilatura)"
DUMP_MODE = "boilerstrip-text(html-text)"


@dataclass
class SystemRun:
    """Everything measured for one system: per-page scores, CPU seconds per page and failures."""

    system: System
    aeb: list[AebPage] = field(default_factory=list)
    segments: SegmentScore = field(default_factory=SegmentScore)
    seconds: dict[str, list[float]] = field(default_factory=dict)  # set name -> CPU s per page
    stage_seconds: list[float] = field(default_factory=list)  # text mode only: the cleaning step alone
    stage_ratios: list[float] = field(default_factory=list)  # text mode only: cleaning / base extraction, per page
    failures: Counter[str] = field(default_factory=Counter)  # error kind -> pages
    failure_example: dict[str, str] = field(default_factory=dict)  # error kind -> "page id: message"
    empty: int = 0  # pages with empty output (failures included)

    @property
    def name(self) -> str:
        """The system's name."""
        return self.system.name

    def all_seconds(self) -> list[float]:
        """CPU seconds of every page of the run, all sets pooled."""
        return [s for times in self.seconds.values() for s in times]

    def median_ms(self, set_name: str | None = None) -> float | None:
        """Median CPU milliseconds per page, on one set or on all pages of the run."""
        times = self.all_seconds() if set_name is None else self.seconds.get(set_name, [])
        return statistics.median(times) * 1000 if times else None


@dataclass(frozen=True)
class Scores:
    """Corpus scores of one system, computed once for the table, the chart and the targets."""

    run: SystemRun
    aeb: AebReport | None
    seg: SegmentMetrics | None
    median_ms: float | None
    ratio: float | None  # median ms / trafilatura's median ms in the same run


def score_runs(runs: Sequence[SystemRun], resamples: int, seed: int) -> list[Scores]:
    """AEB with bootstrap std, segment rates and median timings for every system."""
    traf = next((r for r in runs if r.name == TRAFILATURA), None)
    traf_ms = traf.median_ms() if traf else None
    out = []
    for run in runs:
        aeb = aeb_bootstrap(run.aeb, resamples=resamples, seed=seed) if run.aeb else None
        seg_total = run.segments.tp + run.segments.fn + run.segments.fp + run.segments.tn
        seg = segment_metrics(run.segments) if seg_total else None
        ms = run.median_ms()
        ratio = ms / traf_ms if ms is not None and traf_ms else None
        out.append(Scores(run, aeb, seg, ms, ratio))
    return out


# --- formatting helpers ---


def _f(value: float | None, digits: int = 3) -> str:
    return "n/a" if value is None else f"{value:.{digits}f}"


def _pm(value: float, std: float) -> str:
    return f"{value:.3f} ± {std:.3f}"


def main_table(scores: Sequence[Scores]) -> list[str]:
    """The side-by-side markdown table."""
    lines = [
        "| system | AEB F1 | AEB P | AEB R | AEB acc | traf-set F1 | traf-set P | traf-set R | traf-set acc "
        "| median ms/page | × trafilatura | failures |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for s in scores:
        if s.aeb:
            v, d = s.aeb.value, s.aeb.std
            aeb = [_pm(v.f1, d.f1), _pm(v.precision, d.precision), _pm(v.recall, d.recall), _pm(v.accuracy, d.accuracy)]
        else:
            aeb = ["n/a"] * 4
        seg = [_f(s.seg.f1), _f(s.seg.precision), _f(s.seg.recall), _f(s.seg.accuracy)] if s.seg else ["n/a"] * 4
        timing = [_f(s.median_ms, 1), _f(s.ratio, 2)]
        name = f"**{s.run.name}**" if s.run.name.startswith("boilerstrip") else s.run.name
        lines.append("| " + " | ".join([name, *aeb, *seg, *timing, str(sum(s.run.failures.values()))]) + " |")
    return lines


def timing_table(runs: Sequence[SystemRun], sets: Sequence[str]) -> list[str]:
    """Median / mean / p90 CPU ms per page on each set."""
    head = "| system | " + " | ".join(f"{n}: median / mean / p90 ms" for n in sets) + " |"
    lines = [head, "|---|" + "---|" * len(sets)]
    for run in runs:
        cells = []
        for name in sets:
            times = sorted(run.seconds.get(name, []))
            if not times:
                cells.append("n/a")
                continue
            p90 = times[min(len(times) - 1, int(0.9 * len(times)))]
            cells.append(
                f"{statistics.median(times) * 1000:.1f} / {statistics.fmean(times) * 1000:.1f} / {p90 * 1000:.1f}"
            )
        lines.append(f"| {run.name} | " + " | ".join(cells) + " |")
    return lines


def stage_lines(runs: Sequence[SystemRun]) -> list[str]:
    """The text stage (boilerstrip.clean alone) as a share of its base extractor's time on the same page."""
    lines = [
        "| text mode | pages | cleaning median ms | cleaning / base extraction, per page: median | p90 "
        "| total clean / total base |",
        "|---|---|---|---|---|---|",
    ]
    for run in runs:
        if run.system.base is None or not run.stage_seconds:
            continue
        ratios = sorted(run.stage_ratios)
        base_total = sum(run.all_seconds()) - sum(run.stage_seconds)
        p90 = ratios[min(len(ratios) - 1, int(0.9 * len(ratios)))] if ratios else None
        lines.append(
            f"| {run.name} | {len(run.stage_seconds)} | {statistics.median(run.stage_seconds) * 1000:.2f} "
            f"| {_f(statistics.median(ratios) if ratios else None, 3)} | {_f(p90, 3)} "
            f"| {_f(sum(run.stage_seconds) / base_total if base_total > 0 else None, 3)} |"
        )
    return lines


def failure_lines(runs: Sequence[SystemRun]) -> list[str]:
    """Per-system failure counts (exception or None, scored as empty output) with one example each."""
    lines = ["| system | failures | empty outputs (failures included) | kinds (example) |", "|---|---|---|---|"]
    for run in runs:
        kinds = "; ".join(
            f"{kind} ×{n} (e.g. {run.failure_example.get(kind, '')})" for kind, n in run.failures.most_common()
        )
        lines.append(f"| {run.name} | {sum(run.failures.values())} | {run.empty} | {_escape(kinds) or '-'} |")
    return lines


def _escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


# --- targets from the issue, computed ---


@dataclass(frozen=True)
class Target:
    """One target line: what is asked, what was measured, and pass / short (None: not measured in this run)."""

    goal: str
    measured: str
    ok: bool | None


def targets(scores: Sequence[Scores]) -> list[Target]:
    """The issue's targets, each checked against this run's numbers."""
    by = {s.run.name: s for s in scores}
    traf, html, text, dump = by.get(TRAFILATURA), by.get(HTML_MODE), by.get(TEXT_MODE), by.get(DUMP_MODE)
    out: list[Target] = []

    goal = "boilerstrip-html AEB F1 ≥ 0.975 with recall ≥ trafilatura's − 0.005"
    if html and html.aeb and traf and traf.aeb:
        h, t = html.aeb.value, traf.aeb.value
        out.append(
            Target(
                goal,
                f"F1 {h.f1:.3f}, R {h.recall:.3f} vs trafilatura R {t.recall:.3f} (floor {t.recall - 0.005:.3f})",
                h.f1 >= 0.975 and h.recall >= t.recall - 0.005,
            )
        )
    else:
        out.append(Target(goal, "not measured in this run", None))

    goal = "boilerstrip-html trafilatura-set F1 ≥ 0.940 and precision ≥ 0.93"
    if html and html.seg:
        out.append(
            Target(
                goal,
                f"F1 {html.seg.f1:.3f}, P {html.seg.precision:.3f}",
                html.seg.f1 >= 0.940 and html.seg.precision >= 0.93,
            )
        )
    else:
        out.append(Target(goal, "not measured in this run", None))

    goal = "text mode on trafilatura's output improves F1 on both sets, recall drop ≤ 0.003"
    if text and traf and text.aeb and traf.aeb and text.seg and traf.seg:
        a, b = text.aeb.value, traf.aeb.value
        c, d = text.seg, traf.seg
        out.append(
            Target(
                goal,
                f"AEB F1 {b.f1:.3f} → {a.f1:.3f}, R {b.recall:.3f} → {a.recall:.3f}; "
                f"traf-set F1 {d.f1:.3f} → {c.f1:.3f}, R {d.recall:.3f} → {c.recall:.3f}",
                a.f1 > b.f1 and c.f1 > d.f1 and b.recall - a.recall <= 0.003 and d.recall - c.recall <= 0.003,
            )
        )
    else:
        out.append(Target(goal, "not measured in this run (needs both sets)", None))

    goal = "text mode on the html-text whole-page dump: AEB F1 ≥ 0.85"
    if dump and dump.aeb:
        out.append(Target(goal, f"AEB F1 {dump.aeb.value.f1:.3f}", dump.aeb.value.f1 >= 0.85))
    else:
        out.append(Target(goal, "not measured in this run", None))

    goal = "clean_html median CPU time ≤ 1.3 × trafilatura's"
    if html and html.ratio is not None:
        out.append(
            Target(
                goal,
                f"{html.median_ms:.1f} ms vs {traf.median_ms if traf else 0:.1f} ms: {html.ratio:.2f}×",
                html.ratio <= 1.3,
            )
        )
    else:
        out.append(Target(goal, "not measured in this run", None))

    goal = (
        "text stage (boilerstrip.clean alone) ≤ 10 % of trafilatura's time on the same page (median of per-page ratios)"
    )
    if text and text.run.stage_ratios:
        ratio = statistics.median(text.run.stage_ratios)
        out.append(Target(goal, f"{ratio * 100:.1f} %", ratio <= 0.10))
    else:
        out.append(Target(goal, "not measured in this run", None))
    return out


def target_lines(items: Sequence[Target]) -> list[str]:
    """The targets as a markdown table with a computed verdict per line."""
    lines = ["| target | measured | verdict |", "|---|---|---|"]
    for t in items:
        verdict = "n/a" if t.ok is None else "**pass**" if t.ok else "**short**"
        lines.append(f"| {t.goal} | {t.measured} | {verdict} |")
    return lines


# --- published reference rows (copied from the bench README, never re-run) ---

# First word of a published row's name -> shown next to our run (the systems we re-run, plus the best published).
AEB_PUBLISHED = ("rs_trafilatura", "trafilatura", "readability", "justext", "html-text")
TRAF_PUBLISHED = ("trafilatura", "readability-lxml", "resiliparse", "boilerpy3", "justext", "html_text", "*baseline")


def published_tables(readme: str) -> tuple[list[str], list[str]]:
    r"""The AEB and trafilatura-set published tables of ``bench/README.md``, cut to the systems we run.

    >>> text = "| system | version | F1 |\n|---|---|---|\n| trafilatura | 2.0.0 | 0.958 |\n| goose3 | 3 | 0.896 |"
    >>> published_tables(text)[0]
    ['| system | version | F1 |', '|---|---|---|', '| trafilatura | 2.0.0 | 0.958 |']
    """
    aeb: list[str] = []
    traf: list[str] = []
    current: list[str] | None = None
    keep: tuple[str, ...] = ()
    for line in readme.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")] if line.startswith("|") else []
        if not cells:
            current = None
            continue
        if cells[0] == "system" and "F1" in cells:
            current, keep = aeb, AEB_PUBLISHED
            current.append(line)
        elif cells[0] == "package" and "F-score" in cells:
            current, keep = traf, TRAF_PUBLISHED
            current.append(line)
        elif current is not None and (set(line) <= set("|-: ") or cells[0].split()[0] in keep):
            current.append(line)
    return aeb, traf


# --- chart ---


def chart(scores: Sequence[Scores], path: Path, pages: int) -> bool:
    """AEB F1 against median CPU ms/page (log x), one labelled point per system; False when nothing to plot."""
    points = [(s.median_ms, s.aeb.value.f1, s.run.name) for s in scores if s.aeb and s.median_ms]
    if not points:
        return False
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(9, 6), dpi=110)
    for ms, f1, name in points:
        ours = name.startswith("boilerstrip")
        ax.scatter([ms], [f1], s=60 if ours else 40, color="tab:red" if ours else "tab:blue", zorder=3)
    ax.set_xscale("log")
    ax.set_xlabel("median CPU time per page, ms (log scale; all pages of the run)")
    ax.set_ylabel("AEB F1 (4-gram shingles)")
    ax.set_title(f"AEB F1 vs CPU time per page ({pages} AEB pages; red = boilerstrip)")
    ax.grid(True, which="both", alpha=0.3)
    lo = min(p[1] for p in points)
    ax.set_ylim(max(0.0, lo - 0.05), min(1.0, max(p[1] for p in points) + 0.03))
    xs = [p[0] for p in points]
    ax.set_xlim(min(xs) / 2, max(xs) * 8)  # room on the right for the labels
    labels = [f"{name}  {f1:.3f}, {ms:.0f} ms" for ms, f1, name in points]
    for (ms, f1, _), label, (lx, ly) in zip(points, labels, label_positions(ax, points, labels), strict=True):
        ax.annotate(
            label,
            (ms, f1),
            xytext=(lx, ly),
            textcoords="axes fraction",
            ha="left",
            va="center",
            fontsize=9,
            arrowprops={"arrowstyle": "-", "color": "0.5", "lw": 0.6},
        )
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return True


def _axes_xy(ax: Any, x: float, y: float) -> tuple[float, float]:
    fx, fy = ax.transAxes.inverted().transform(ax.transData.transform((x, y)))
    return float(fx), float(fy)


def label_positions(
    ax: Any, points: Sequence[tuple[float, float, str]], labels: Sequence[str], gap: float = 0.045
) -> list[tuple[float, float]]:
    """Label anchors in axes fractions, placed top-down so that no two labels overlap.

    A label sits right of its point. When it would overlap the labels of a
    cluster above it, it joins that cluster: the cluster's labels share one
    column right of its rightmost point, stacked ``gap`` apart in the points'
    vertical order, so the leader lines fan out. Any other overlap moves the
    label down.
    """
    char = 0.0072  # axes width of one character at fontsize 9 on the 9-inch figure
    where = [_axes_xy(ax, x, y) for x, y, _ in points]
    order = sorted(range(len(points)), key=lambda i: -where[i][1])
    groups: list[list[int]] = []
    column: list[float] = []
    height: dict[int, float] = {}

    def span(i: int, x: float) -> tuple[float, float]:
        return x, x + char * len(labels[i])

    def clashes(i: int, x: float, y: float) -> bool:
        lo, hi = span(i, x)
        for g, members in enumerate(groups):
            for k in members:
                klo, khi = span(k, column[g])
                if abs(height[k] - y) < gap and lo < khi and klo < hi:
                    return True
        return False

    for i in order:
        fx, fy = where[i]
        x = fx + 0.04
        if groups:
            g = len(groups) - 1
            last = groups[g][-1]
            lo, hi = span(i, x)
            klo, khi = span(last, column[g])
            if fy > height[last] - gap and lo < khi and klo < hi:
                groups[g].append(i)
                column[g] = max(column[g], x)
                height[i] = height[last] - gap
                continue
        y = fy
        while clashes(i, x, y) and y > -1:
            y -= gap / 3
        groups.append([i])
        column.append(x)
        height[i] = y
    shift = max(0.0, 0.03 - min(height.values(), default=0.03))  # keep the lowest label inside
    placed: dict[int, tuple[float, float]] = {}
    for g, members in enumerate(groups):
        for i in members:
            placed[i] = (column[g], height[i] + shift)
    return [placed[i] for i in range(len(points))]


@dataclass(frozen=True)
class RunInfo:
    """Where, when and how the run was made."""

    command: str
    date: str
    bench: str
    pages: dict[str, int]
    resamples: int
    seed: int
    versions: dict[str, str]
    machine: dict[str, str]


def speed_peers_lines(path: Path) -> list[str]:
    """The speed table of ``benchmarks/speed.py --markdown`` (issue 11), kept in ``docs/speed-peers.md``, if any."""
    if not path.is_file():
        return []
    return [
        "## Speed next to the peers (`benchmarks/speed.py`, its own run)",
        "",
        path.read_text(encoding="utf-8").rstrip(),
        "",
        "Throughput, linearity and the history of these figures: [measurements](measurements.md#speed-issue-11).",
        "",
    ]


def render(scores: Sequence[Scores], info: RunInfo, readme: str, chart_path: Path | None, out: Path) -> str:
    """The whole markdown report."""
    runs = [s.run for s in scores]
    sets = list(info.pages)
    lines = [
        "# Benchmarks: boilerstrip and its peers, side by side",
        "",
        "Generated by `benchmarks/suite.py`; do not edit by hand (rerun it). "
        "Every number below was measured in one run, in one process, except the rows labelled *published*.",
        "",
        f"Pages: {', '.join(f'{n} {name}' for name, n in info.pages.items())} (from `{info.bench}`). "
        f"AEB: 4-gram shingle F1/P/R (macro over pages) and exact-token accuracy, ± the std of {info.resamples} "
        f"bootstrap resamples (seed {info.seed}). trafilatura set: must / must-not segment F1, P, R, accuracy, "
        "micro over segments. Metrics as specified in the bench README. Time: CPU time "
        "(`time.process_time()`) of each system's call on each page; the ratio is the system's median over "
        "trafilatura's median in this run. A crash or `None` counts as empty output (see failures).",
        "",
        "## Results",
        "",
        *main_table(scores),
        "",
    ]
    if chart_path is not None:
        rel = os.path.relpath(chart_path, out.parent)
        lines += [f"![AEB F1 against median CPU ms per page]({rel})", ""]
    lines += ["## Targets vs measured", "", *target_lines(targets(scores)), ""]
    lines += [
        "Text mode against the C4/FineWeb line filter, on the corpus and the whole-page text: "
        "[benchmarks-text.md](benchmarks-text.md) (`benchmarks/text_peers.py`).",
        "",
    ]
    lines += [
        "## Text stage alone",
        "",
        "Text mode reuses its base system's output and time on the same page and adds `boilerstrip.clean`.",
        "",
        *stage_lines(runs),
        "",
        "## Time per set",
        "",
        *timing_table(runs, sets),
        "",
        *speed_peers_lines(out.parent / "speed-peers.md"),
        "## Failures",
        "",
        *failure_lines(runs),
        "",
    ]
    aeb_pub, traf_pub = published_tables(readme)
    lines += [
        "## Published reference rows (copied from the bench README, **not re-run here**)",
        "",
        "Other versions and machines; shown for orientation only. Full tables in the bench README.",
        "",
    ]
    if aeb_pub:
        lines += ["AEB, published (README.rst of the benchmark):", "", *aeb_pub, ""]
    if traf_pub:
        lines += ["trafilatura set, published (trafilatura's docs/evaluation.rst; time relative to its baseline):", ""]
        lines += [*traf_pub, ""]
    lines += ["## Systems", "", "| system | what is run |", "|---|---|"]
    lines += [f"| {r.name} | {r.system.describe} |" for r in runs]
    lines += [
        "",
        "Input: systems that accept bytes get the raw page bytes; the others get the page decoded as a browser "
        "would (BOM, meta charset, UTF-8, else windows-1252 with replacement), decoded once before timing. "
        "Every system is called once on the first page before timing starts (imports, lexicons).",
        "",
        "## Run",
        "",
        f"- command: `{info.command}`",
        f"- date: {info.date}",
        *(f"- {k}: {v}" for k, v in info.machine.items()),
        "- versions: " + ", ".join(f"{k} {v}" for k, v in info.versions.items()),
        "",
    ]
    return "\n".join(lines)
