# cython: language_level=3, boundscheck=False, wraparound=False, initializedcheck=False, cdivision=True
"""The line labeller's hot parts in C: a line's own features and the tree ensembles' scores.

This is an optional, compiled copy of two pieces of the labeller (the Python code stays the reference and the
fallback, see ``boilerstrip.labeller.native``):

* :func:`line_features`, ``boilerstrip.labeller.features.line_features``: the per-character counts of a line
  (width, words and their case, digits, punctuation, separators, commas, brackets, sentence ends, code marks) in
  one C loop over its code points instead of a dozen ``bytes.translate``/``re.findall`` passes, and the row
  built in C; the per-line questions other cleaners share (``is_prose_line``, ``interface_line``,
  ``word_count``, the script, the stoplists ...) are the Python functions, called back (:func:`configure`).
* :class:`Scorer`, ``boilerstrip.labeller.model.Model.scores``: both ensembles walked over C arrays of the trees'
  nodes, the stage-2 rows made in C.
* :func:`feature_table`, ``boilerstrip.labeller.features._feature_table``: a view's rows (the line's own features,
  its place, its neighbours' and the windows around it) written into one C array (:class:`Table`) that
  :meth:`Scorer.line_scores` reads, instead of a tuple of Python floats per line and column.

The character classes are the ones the Python code's regular expressions use, read with the same CPython
functions ``re`` calls for a ``str`` pattern: ``\\d`` is ``Py_UNICODE_ISDECIMAL``, ``\\w`` ``Py_UNICODE_ISALNUM``
or ``_``, ``\\s`` ``Py_UNICODE_ISSPACE``; ``str.isupper`` of a word is ``Py_UNICODE_ISUPPER`` and the absence of
``Py_UNICODE_ISLOWER``/``Py_UNICODE_ISTITLE``. The floating-point results are the Python code's bits: the same
operations on doubles in the same order (Python's ``/`` of two small ints is the correctly rounded quotient, as
C's of the two doubles; ``math.log1p`` and ``math.exp`` are C's ``log1p`` and ``exp``, the former returning a
zero unchanged), built without fused multiply-add (``setup.py``).
"""

from cpython.mem cimport PyMem_Free, PyMem_Malloc
from cpython.unicode cimport (
    PyUnicode_DATA,
    PyUnicode_KIND,
    PyUnicode_READ,
    PyUnicode_Substring,
    Py_UNICODE_ISALNUM,
    Py_UNICODE_ISDECIMAL,
    Py_UNICODE_ISLOWER,
    Py_UNICODE_ISSPACE,
    Py_UNICODE_ISTITLE,
    Py_UNICODE_ISUPPER,
)
from libc.math cimport exp, log1p

#: Bumped whenever this module's functions change what they take or return: ``native.py`` loads a module built
#: from another version of this file (a stale in-place build) only if the numbers match.
INTERFACE = 2

# --- Configuration (the Python functions called back) --------------------------------------------------------

cdef object _word_count = None
cdef object _function_words = None
cdef object _is_prose_line = None
cdef object _prose_like = None
cdef object _headline_shaped = None
cdef object _interface_line = None
cdef object _cased_lower = None
cdef object _ends_with_ellipsis = None
cdef object _ends_with_mark = None
cdef object _stop_share = None
cdef object _dominant_script_of_mixed = None
cdef object _url_search = None
cdef object _date_time_search = None
cdef object _bullet_match = None
cdef object _ascii_runs_sub = None
cdef tuple _url_hints = ()
cdef str _openers = ""
cdef str _trailing = ""
cdef bint _configured = False


def configure(
    *,
    word_count,
    function_words,
    is_prose_line,
    prose_like,
    headline_shaped,
    interface_line,
    cased_lower,
    ends_with_ellipsis,
    ends_with_mark,
    stop_share,
    dominant_script_of_mixed,
    url,
    url_hints,
    date_time,
    bullet,
    ascii_runs,
    openers,
    trailing,
):
    """Give the module the Python functions, patterns and constants :func:`line_features` uses."""
    global _word_count, _function_words, _is_prose_line, _prose_like, _headline_shaped, _interface_line
    global _cased_lower, _ends_with_ellipsis, _ends_with_mark, _stop_share, _dominant_script_of_mixed
    global _url_search, _date_time_search, _bullet_match, _ascii_runs_sub, _url_hints, _openers, _trailing
    global _configured
    _word_count = word_count
    _function_words = function_words
    _is_prose_line = is_prose_line
    _prose_like = prose_like
    _headline_shaped = headline_shaped
    _interface_line = interface_line
    _cased_lower = cased_lower
    _ends_with_ellipsis = ends_with_ellipsis
    _ends_with_mark = ends_with_mark
    _stop_share = stop_share
    _dominant_script_of_mixed = dominant_script_of_mixed
    _url_search = url.search
    _date_time_search = date_time.search
    _bullet_match = bullet.match
    _ascii_runs_sub = ascii_runs.sub
    _url_hints = tuple(url_hints)
    _openers = openers
    _trailing = trailing
    _configured = True


# --- A line's own features -----------------------------------------------------------------------------------


cdef inline double _log1p(double x) noexcept:
    """``math.log1p``: C's ``log1p``, a zero returned as it is."""
    if x == 0.0:
        return x
    return log1p(x)


cdef inline bint _is_wide(Py_UCS4 ch) noexcept:
    """``_WIDE``: a character of the wide (CJK, Hangul, fullwidth) ranges."""
    return (
        0x1100 <= ch <= 0x115F
        or 0x2E80 <= ch <= 0xA4CF
        or 0xAC00 <= ch <= 0xD7A3
        or 0xF900 <= ch <= 0xFAFF
        or 0xFE30 <= ch <= 0xFE4F
        or 0xFF00 <= ch <= 0xFF60
    )


cdef inline bint _is_separator(Py_UCS4 ch) noexcept:
    """``_SEPARATORS``: ``[|»›•/·>«‹→←▸►❯▪■◆★☆✓✔]``."""
    if ch < 0x80:
        return ch == 0x7C or ch == 0x2F or ch == 0x3E  # | / >
    return (
        ch == 0xBB or ch == 0x203A or ch == 0x2022 or ch == 0xB7 or ch == 0xAB or ch == 0x2039
        or ch == 0x2192 or ch == 0x2190 or ch == 0x25B8 or ch == 0x25BA or ch == 0x276F or ch == 0x25AA
        or ch == 0x25A0 or ch == 0x25C6 or ch == 0x2605 or ch == 0x2606 or ch == 0x2713 or ch == 0x2714
    )


cdef inline bint _is_comma(Py_UCS4 ch) noexcept:
    """``_COMMAS``: ``[,，、،]``."""
    return ch == 0x2C or ch == 0xFF0C or ch == 0x3001 or ch == 0x60C


cdef inline bint _is_bracket(Py_UCS4 ch) noexcept:
    """``_BRACKETS``: ``[\\[\\]()（）【】「」]``."""
    return (
        ch == 0x5B or ch == 0x5D or ch == 0x28 or ch == 0x29 or ch == 0xFF08 or ch == 0xFF09
        or ch == 0x3010 or ch == 0x3011 or ch == 0x300C or ch == 0x300D
    )


cdef inline bint _is_code(Py_UCS4 ch) noexcept:
    """``_CODE_CHARS``: ``[{}();=<>$`\\\\]``."""
    return (
        ch == 0x7B or ch == 0x7D or ch == 0x28 or ch == 0x29 or ch == 0x3B or ch == 0x3D or ch == 0x3C
        or ch == 0x3E or ch == 0x24 or ch == 0x60 or ch == 0x5C
    )


cdef inline bint _is_spaced_stop(Py_UCS4 ch) noexcept:
    """``_SENTENCE_MARK``: ``[.!?…]``, which ends a sentence before a space, a closing mark or the end."""
    return ch == 0x2E or ch == 0x21 or ch == 0x3F or ch == 0x2026


cdef inline bint _is_unspaced_stop(Py_UCS4 ch) noexcept:
    """``shapes.UNSPACED_STOPS``: ``。！？｡؟।॥۔።။։។།``, a sentence end wherever it stands."""
    return (
        ch == 0x3002 or ch == 0xFF01 or ch == 0xFF1F or ch == 0xFF61 or ch == 0x61F or ch == 0x964
        or ch == 0x965 or ch == 0x6D4 or ch == 0x1362 or ch == 0x104B or ch == 0x589 or ch == 0x17D4
        or ch == 0xF0D
    )


cdef inline bint _is_sentence_next(Py_UCS4 ch) noexcept:
    """``_SENTENCE_NEXT``: ``[\\s"'”’»)]``, what may follow a spaced sentence mark."""
    return (
        Py_UNICODE_ISSPACE(ch) or ch == 0x22 or ch == 0x27 or ch == 0x201D or ch == 0x2019 or ch == 0xBB
        or ch == 0x29
    )


cdef inline bint _is_letter(Py_UCS4 ch) noexcept:
    """A character of a ``_WORD`` match, ``[^\\W\\d_]``: alphanumeric and not a decimal digit."""
    return Py_UNICODE_ISALNUM(ch) and not Py_UNICODE_ISDECIMAL(ch)


# What a character is, as bits: the classes of the Python code's patterns and str methods (see the docstring).
cdef enum:
    _LETTER = 1  # a character of a _WORD match
    _UPPER = 2  # Py_UNICODE_ISUPPER
    _LOWER = 4  # Py_UNICODE_ISLOWER or Py_UNICODE_ISTITLE (what makes str.isupper false)
    _DIGIT = 8  # \d
    _PUNCT = 16  # [^\w\s]
    _WIDE_CHAR = 32
    _SEPARATOR = 64
    _COMMA = 128
    _BRACKET = 256
    _CODE = 512
    _COLON = 1024
    _SPACED_STOP = 2048
    _UNSPACED_STOP = 4096
    _NEXT = 8192  # what may follow a spaced stop


cdef unsigned int _classify(Py_UCS4 ch) noexcept:
    """The class bits of ``ch``."""
    cdef unsigned int bits = 0
    if _is_letter(ch):
        bits |= _LETTER
    if Py_UNICODE_ISUPPER(ch):
        bits |= _UPPER
    if Py_UNICODE_ISLOWER(ch) or Py_UNICODE_ISTITLE(ch):
        bits |= _LOWER
    if Py_UNICODE_ISDECIMAL(ch):
        bits |= _DIGIT
    elif not Py_UNICODE_ISALNUM(ch) and ch != 0x5F and not Py_UNICODE_ISSPACE(ch):
        bits |= _PUNCT
    if _is_wide(ch):
        bits |= _WIDE_CHAR
    if _is_separator(ch):
        bits |= _SEPARATOR
    if _is_comma(ch):
        bits |= _COMMA
    if _is_bracket(ch):
        bits |= _BRACKET
    if _is_code(ch):
        bits |= _CODE
    if ch == 0x3A:
        bits |= _COLON
    if _is_spaced_stop(ch):
        bits |= _SPACED_STOP
    if _is_unspaced_stop(ch):
        bits |= _UNSPACED_STOP
    if _is_sentence_next(ch):
        bits |= _NEXT
    return bits


# The class bits of the ASCII characters, looked up rather than worked out (most characters of most lines).
cdef unsigned int _ASCII_BITS[128]
for _c in range(128):
    _ASCII_BITS[_c] = _classify(_c)


# The class bits of the other characters of the Basic Multilingual Plane, worked out on first sight (with
# _KNOWN set, so that a zero means "not yet"): the curly quotes, dashes and letters of a page's script repeat.
cdef enum:
    _KNOWN = 1 << 14
cdef unsigned short _BMP_BITS[65536]


cdef inline unsigned int _bits(Py_UCS4 ch) noexcept:
    """The class bits of ``ch``, from the tables where they are."""
    cdef unsigned int bits
    if ch < 128:
        return _ASCII_BITS[ch]
    if ch < 65536:
        bits = _BMP_BITS[ch]
        if not bits:
            bits = _classify(ch) | _KNOWN
            _BMP_BITS[ch] = <unsigned short>bits
        return bits
    return _classify(ch)


def classes(str text):
    """The class bits of each character of ``text`` (for the tests, which check them against the patterns)."""
    return [_bits(ch) & ~_KNOWN for ch in text]


def line_features(str text, lang):
    """``features.line_features``: the line's :data:`BASE_NAMES` row and its dominant script (not memoised here)."""
    if not _configured:
        raise RuntimeError("boilerstrip.labeller._labeller is not configured")
    cdef Py_ssize_t n = len(text)
    cdef Py_ssize_t i = 0, start
    cdef unsigned int kind = PyUnicode_KIND(text)
    cdef void *data = PyUnicode_DATA(text)
    cdef unsigned int bits, word_bits
    cdef Py_UCS4 ch, word_max
    cdef bint prev_colon = False
    cdef Py_ssize_t wide = 0, digits = 0, punct = 0, separators = 0, commas = 0, brackets = 0
    cdef Py_ssize_t code = 0, colons = 0, sentence_ends = 0
    cdef Py_ssize_t n_words_found = 0, caps = 0, allcaps = 0, letters = 0
    cdef list lowered = []
    cdef bint ascii = text.isascii()
    # An ASCII text lowers character by character: its words are cut from the lowered text (one call).
    cdef str low = text.lower() if ascii else None
    while i < n:
        ch = PyUnicode_READ(kind, data, i)
        bits = _bits(ch)
        if bits & _WIDE_CHAR:
            wide += 1
        if bits & _LETTER:
            # A word: the run of letters from here (_WORD.findall). It opens with a capital when its first
            # letter is upper case, and is in capitals (str.isupper) when none of its letters is lower or
            # title case and one is upper case.
            start = i
            word_bits = 0
            word_max = 0
            prev_colon = False
            while True:
                word_bits |= bits
                if ch > word_max:
                    word_max = ch
                i += 1
                if i >= n:
                    break
                ch = PyUnicode_READ(kind, data, i)
                bits = _bits(ch)
                if not bits & _LETTER:
                    break
                if bits & _WIDE_CHAR:
                    wide += 1
            n_words_found += 1
            letters += i - start
            if _bits(PyUnicode_READ(kind, data, start)) & _UPPER:
                caps += 1
            if i - start > 1 and word_bits & _UPPER and not word_bits & _LOWER:
                allcaps += 1
            if ascii:
                lowered.append(PyUnicode_Substring(low, start, i))
            elif word_max < 128 and not word_bits & _UPPER:
                lowered.append(PyUnicode_Substring(text, start, i))  # ASCII small letters lower to themselves
            else:
                # Not cut from the text lowered whole: a final sigma lowers by what follows it in its word.
                lowered.append(PyUnicode_Substring(text, start, i).lower())
            continue
        # Not a letter: every other class (one character each, as findall counts them).
        if bits & _DIGIT:
            digits += 1
        if bits & _PUNCT:
            punct += 1
        if bits & _SEPARATOR:
            separators += 1
        if bits & _COMMA:
            commas += 1
        if bits & _BRACKET:
            brackets += 1
        if bits & _CODE:
            code += 1
        if bits & _COLON:
            # str.count("::"): pairs of colons, not overlapping, from the left.
            if prev_colon:
                colons += 1
            prev_colon = not prev_colon
        else:
            prev_colon = False
        if bits & _SPACED_STOP:
            if i + 1 == n or _bits(PyUnicode_READ(kind, data, i + 1)) & _NEXT:
                sentence_ends += 1
        elif bits & _UNSPACED_STOP:
            sentence_ends += 1
        i += 1
    if ascii:
        script = "Latin" if n_words_found else None
    else:
        script = _dominant_script_of_mixed(text, text.encode("ascii", "ignore"), _ascii_runs_sub("", text))
    if n == 0:
        raise ZeroDivisionError("division by zero")  # digits / n, as the Python code divides
    cdef Py_ssize_t width = n + wide
    n_words = _word_count(text)
    words_set = _function_words()
    cdef list common = [w for w in lowered if w in words_set]
    first = text.lstrip(_openers)[:1]
    stripped = text.rstrip(_trailing)
    cdef double dn = <double>n
    cdef double found = <double>n_words_found
    cdef bint url = False
    for hint in _url_hints:
        if hint in text:
            url = _url_search(text) is not None
            break
    cdef Py_ssize_t n_lowered = len(lowered)
    return (
        _log1p(<double>width),
        _log1p(<double>n_words),
        caps / found if n_words_found else 0.0,
        allcaps / found if n_words_found else 0.0,
        digits / dn,
        punct / dn,
        <double>(separators if separators < 10 else 10),
        1.0 if _ends_with_mark(stripped) else 0.0,
        _log1p(<double>sentence_ends),
        _log1p(<double>commas),
        1.0 if url else 0.0,
        _stop_share(text, lowered, lang, common),
        len(common) / <double>n_lowered if n_lowered else 0.0,
        1.0 if _is_prose_line(text) else 0.0,
        1.0 if _prose_like(text) else 0.0,
        1.0 if _headline_shaped(text) else 0.0,
        1.0 if _interface_line(text) else 0.0,
        1.0 if _cased_lower(first) else 0.0,
        1.0 if stripped.endswith((":", "：")) else 0.0,
        1.0 if _ends_with_ellipsis(text) else 0.0,
        1.0 if digits and _date_time_search(text) is not None else 0.0,
        1.0 if _bullet_match(text) is not None else 0.0,
        letters / dn,
        <double>(brackets if brackets < 6 else 6),
        (letters / found if letters / found < 20.0 else 20.0) if n_words_found else 0.0,
        (code + colons) / dn,
    ), script


# --- A view's feature table --------------------------------------------------------------------------------------

# The layout of a row (``features.FEATURE_NAMES``), given by ``configure_table``.
cdef int _base_width = 0  # len(BASE_NAMES)
cdef int _row_width = 0  # len(FEATURE_NAMES)
cdef int _is_prose = 0, _interface = 0, _width_log = 0, _words_log = 0, _prose_like_at = 0
cdef int _n_near = 0, _n_far = 0
cdef int _near[16]
cdef int _far[8]
cdef double _short_log = 0.0
cdef double _none = -1.0
cdef Py_ssize_t _far_away = 0
cdef Py_ssize_t _max_indent = 0
cdef bint _table_configured = False
cdef enum:
    # The columns a row holds after the line's own features and before its neighbours' (``POSITION_NAMES``).
    _POSITION_WIDTH = 15
    # The columns that close a row: the short run and the four windows.
    _TAIL_WIDTH = 5


def configure_table(
    *,
    int base_width,
    int position_width,
    int row_width,
    int is_prose,
    int interface,
    int width_log,
    int words_log,
    int prose_like,
    near,
    far,
    double short_log,
    double none,
    Py_ssize_t far_away,
    Py_ssize_t max_indent,
):
    """Give :func:`feature_table` the layout of a row and the constants ``features._feature_table`` reads."""
    global _base_width, _row_width, _is_prose, _interface, _width_log, _words_log, _prose_like_at
    global _n_near, _n_far, _short_log, _none, _far_away, _max_indent, _table_configured
    cdef tuple near_at = tuple(near), far_at = tuple(far)
    if len(near_at) > 16 or len(far_at) > 8:
        raise ValueError("too many neighbour columns")
    if position_width != _POSITION_WIDTH:
        raise ValueError(f"this table writes {_POSITION_WIDTH} position columns, not {position_width}")
    if row_width != base_width + _POSITION_WIDTH + 2 * len(near_at) + 2 * len(far_at) + _TAIL_WIDTH:
        raise ValueError("the row's width does not add up")
    for column in (is_prose, interface, width_log, words_log, prose_like, *near_at, *far_at):
        if not 0 <= column < base_width:
            raise ValueError(f"base column {column!r} out of range")
    _base_width, _row_width = base_width, row_width
    _is_prose, _interface, _width_log, _words_log, _prose_like_at = is_prose, interface, width_log, words_log, prose_like
    _n_near, _n_far = len(near_at), len(far_at)
    for j in range(_n_near):
        _near[j] = near_at[j]
    for j in range(_n_far):
        _far[j] = far_at[j]
    _short_log, _none, _far_away, _max_indent = short_log, none, far_away, max_indent
    _table_configured = True


cdef class Table:
    """A view's feature rows in one C array: ``n`` rows of ``width`` doubles, one per non-blank line, in order."""

    cdef readonly Py_ssize_t n
    cdef readonly int width
    cdef double *rows

    def __dealloc__(self):
        PyMem_Free(self.rows)

    def as_tuples(self):
        """The rows as ``features.feature_table`` gives them (a tuple of tuples of floats), for the tests."""
        return tuple(tuple(self.rows[i * self.width + j] for j in range(self.width)) for i in range(self.n))


cdef inline double _window_mean(const double *cum, const double *values, Py_ssize_t i, Py_ssize_t r, Py_ssize_t n) noexcept:
    """``features._window_mean``: the mean of ``values`` within ``r`` places of ``i``, itself excluded.

    ``features._windows`` computes the middle positions by the same expression (``others`` is ``2r`` there).
    """
    cdef Py_ssize_t lo = i - r if i > r else 0
    cdef Py_ssize_t hi = i + r + 1 if i + r + 1 < n else n
    cdef Py_ssize_t others = hi - lo - 1
    return (cum[hi] - cum[lo] - values[i]) / <double>others if others > 0 else _none


cdef void _windows(const double *values, double *cum, Py_ssize_t n, Py_ssize_t r, double *out) noexcept:
    """``features._windows``: the running sums from 0.0, left to right, then each position's mean."""
    cdef Py_ssize_t i
    cum[0] = 0.0
    for i in range(n):
        cum[i + 1] = cum[i] + values[i]
    for i in range(n):
        out[i] = _window_mean(cum, values, i, r, n)


cdef inline void _neighbour(
    double *out, const double *base, Py_ssize_t at, Py_ssize_t n, int bw, const int *columns, int count
) noexcept:
    """``columns`` of line ``at``'s own features into ``out``, or ``_none`` for each when there is no line ``at``."""
    cdef int j
    for j in range(count):
        out[j] = base[at * bw + columns[j]] if 0 <= at < n else _none


def feature_table(tuple lines, tuple all_lines, lang, line_features):
    """``features._feature_table`` of the view whose non-blank lines are ``lines`` (all of them: ``all_lines``).

    ``line_features`` is the memoised ``features.line_features``. The sums are the Python code's: running sums
    added left to right, the interface share summed by the builtin ``sum`` (compensated on Python 3.12 and
    later, as there), the main script's totals in a dict in line order.
    """
    if not _table_configured:
        raise RuntimeError("the compiled labeller's table is not configured (features.configure_compiled)")
    cdef Py_ssize_t n = len(lines), n_all = len(all_lines), i, j, k, idx, last, nxt, count_prose = 0, count_short = 0
    cdef Py_ssize_t first_prose, last_prose, indent
    cdef int bw = _base_width, w = _row_width
    cdef Table table = Table.__new__(Table)
    table.n = n
    table.width = w
    if n == 0:
        return table
    cdef double *base = <double *>PyMem_Malloc(n * bw * sizeof(double))
    cdef double *cols = <double *>PyMem_Malloc(12 * (n + 1) * sizeof(double))
    cdef double *logs = <double *>PyMem_Malloc((n + 1) * sizeof(double))
    cdef double far_logs[64]
    table.rows = <double *>PyMem_Malloc(n * w * sizeof(double))
    cdef double *prose, *inter, *width, *run, *before, *after, *cum, *prose3, *prose10, *width3, *inter3, *short_
    cdef double far, value, doc_prose, doc_log, doc_inter, doc_short, last_index, script_match, repeat
    cdef double *row
    cdef double *b
    cdef tuple values
    cdef list scripts = [], texts = [], inter_objects = []
    cdef dict counts = {}, totals = {}
    try:
        if not (base and cols and logs and table.rows):
            raise MemoryError()
        if _far_away >= 64:
            raise ValueError("the distances' cap is too large")
        prose, inter, width, run = cols, cols + (n + 1), cols + 2 * (n + 1), cols + 3 * (n + 1)
        before, after, cum = cols + 4 * (n + 1), cols + 5 * (n + 1), cols + 6 * (n + 1)
        prose3, prose10, width3 = cols + 7 * (n + 1), cols + 8 * (n + 1), cols + 9 * (n + 1)
        inter3, short_ = cols + 10 * (n + 1), cols + 11 * (n + 1)
        # The line's own features, and what the document-wide features read of them.
        for i in range(n):
            text = lines[i].text
            texts.append(text)
            pair = line_features(text, lang)
            values = pair[0]
            scripts.append(pair[1])
            if len(values) != bw:
                raise ValueError(f"expected {bw} base features, got {len(values)}")
            b = base + i * bw
            for j in range(bw):
                b[j] = values[j]
            inter_objects.append(values[_interface])
            prose[i] = b[_is_prose]
            inter[i] = b[_interface]
            width[i] = b[_width_log]
            short_[i] = 1.0 if b[_words_log] <= _short_log and not (b[_prose_like_at] != 0.0) else 0.0
            if prose[i] != 0.0:
                count_prose += 1
            if short_[i] != 0.0:
                count_short += 1
            counts[text] = counts.get(text, 0) + 1
        # features._main_script: the script of the widest share of the lines, ties to the larger name.
        for i in range(n):
            script = scripts[i]
            if script is not None:
                totals[script] = totals.get(script, 0.0) + width[i]
        main_script = max(totals, key=lambda key: (totals[key], key)) if totals else None
        # Runs of consecutive short lines.
        i = 0
        while i < n:
            if short_[i] == 0.0:
                run[i] = 0.0
                i += 1
                continue
            j = i
            while j < n and short_[j] != 0.0:
                j += 1
            value = _log1p(<double>(j - i))
            for k in range(i, j):
                run[k] = value
            i = j
        _windows(prose, cum, n, 3, prose3)
        _windows(prose, cum, n, 10, prose10)
        _windows(width, cum, n, 3, width3)
        _windows(inter, cum, n, 3, inter3)
        # features._distances: log1p of the distance to the nearest prose line before and after (capped).
        for k in range(_far_away + 1):
            far_logs[k] = _log1p(<double>k)
        far = _log1p(<double>_far_away)
        last = -1
        for i in range(n):
            before[i] = far_logs[i - last if i - last < _far_away else _far_away] if last >= 0 else far
            if prose[i] != 0.0:
                last = i
        nxt = -1
        for i in range(n - 1, -1, -1):
            after[i] = far_logs[nxt - i if nxt - i < _far_away else _far_away] if nxt >= 0 else far
            if prose[i] != 0.0:
                nxt = i
        first_prose, last_prose = n, -1
        for i in range(n):
            if prose[i] != 0.0:
                if first_prose == n:
                    first_prose = i
                last_prose = i
        for i in range(n + 1):
            logs[i] = _log1p(<double>i)
        doc_prose = <double>count_prose / <double>n
        doc_log = _log1p(<double>n)
        doc_inter = <double>sum(inter_objects) / <double>n
        doc_short = <double>count_short / <double>n
        last_index = <double>(n - 1 if n > 1 else 1)
        for i in range(n):
            line = lines[i]
            row = table.rows + i * w
            b = base + i * bw
            for j in range(bw):
                row[j] = b[j]
            k = bw
            script = scripts[i]
            if script is None or main_script is None:
                script_match = 0.5
            else:
                script_match = 1.0 if script == main_script else 0.0
            repeat = <double>min(<Py_ssize_t>counts[texts[i]] - 1, 3)
            idx = line.index
            indent = line.start - line.raw_start
            row[k] = <double>i / last_index
            row[k + 1] = logs[i]
            row[k + 2] = logs[n - 1 - i]
            row[k + 3] = doc_log
            row[k + 4] = repeat
            row[k + 5] = script_match
            row[k + 6] = doc_prose
            row[k + 7] = 1.0 if first_prose <= i <= last_prose else 0.0
            row[k + 8] = before[i]
            row[k + 9] = after[i]
            row[k + 10] = 1.0 if idx > 0 and not all_lines[idx - 1].text else 0.0
            row[k + 11] = 1.0 if idx + 1 < n_all and not all_lines[idx + 1].text else 0.0
            row[k + 12] = _log1p(<double>(indent if indent < _max_indent else _max_indent))
            row[k + 13] = doc_inter
            row[k + 14] = doc_short
            k += _POSITION_WIDTH
            # The neighbours' columns: the line above and below, then two above and two below.
            _neighbour(row + k, base, i - 1, n, bw, _near, _n_near)
            k += _n_near
            _neighbour(row + k, base, i + 1, n, bw, _near, _n_near)
            k += _n_near
            _neighbour(row + k, base, i - 2, n, bw, _far, _n_far)
            k += _n_far
            _neighbour(row + k, base, i + 2, n, bw, _far, _n_far)
            k += _n_far
            row[k] = run[i]
            row[k + 1] = prose3[i]
            row[k + 2] = prose10[i]
            row[k + 3] = width3[i]
            row[k + 4] = inter3[i]
        return table
    finally:
        PyMem_Free(base)
        PyMem_Free(cols)
        PyMem_Free(logs)


# --- The tree ensembles ----------------------------------------------------------------------------------------


cdef class Trees:
    """One ensemble's trees as flat C arrays (LightGBM's layout, as ``model.py`` reads it), summed in file order."""

    cdef readonly int n_features
    cdef int n_trees
    cdef int *root  # per tree: 0, or -1 for a tree that is a single leaf
    cdef int *node_base  # per tree: where its internal nodes start in the node arrays
    cdef int *leaf_base  # per tree: where its leaves start in ``leaf``
    cdef int *feature
    cdef double *threshold
    cdef int *left
    cdef int *right
    cdef double *leaf

    def __cinit__(self, trees, int n_features):
        """Copy the checked trees (``model.compile_ensemble`` checked them) into C arrays."""
        cdef list items = list(trees)
        cdef Py_ssize_t n_nodes = 0, n_leaves = 0, t, k, j, node_at = 0, leaf_at = 0
        for tree in items:
            n_nodes += len(tree["feature"])
            n_leaves += len(tree["leaf"])
        self.n_features = n_features
        self.n_trees = len(items)
        self.root = <int *>PyMem_Malloc((self.n_trees + 1) * sizeof(int))
        self.node_base = <int *>PyMem_Malloc((self.n_trees + 1) * sizeof(int))
        self.leaf_base = <int *>PyMem_Malloc((self.n_trees + 1) * sizeof(int))
        self.feature = <int *>PyMem_Malloc((n_nodes + 1) * sizeof(int))
        self.threshold = <double *>PyMem_Malloc((n_nodes + 1) * sizeof(double))
        self.left = <int *>PyMem_Malloc((n_nodes + 1) * sizeof(int))
        self.right = <int *>PyMem_Malloc((n_nodes + 1) * sizeof(int))
        self.leaf = <double *>PyMem_Malloc((n_leaves + 1) * sizeof(double))
        if not (self.root and self.node_base and self.leaf_base and self.feature and self.threshold and self.left
                and self.right and self.leaf):
            raise MemoryError()
        for t, tree in enumerate(items):
            k = len(tree["feature"])
            self.root[t] = 0 if k else -1
            self.node_base[t] = node_at
            self.leaf_base[t] = leaf_at
            for j in range(k):
                f = int(tree["feature"][j])
                if not 0 <= f < n_features:
                    raise ValueError(f"feature index {f!r} out of range")
                self.feature[node_at + j] = f
                # The same double as the generated code's literal float(...)!r, read back.
                self.threshold[node_at + j] = float(tree["threshold"][j])
                self.left[node_at + j] = int(tree["left"][j])
                self.right[node_at + j] = int(tree["right"][j])
                if not (-(k + 1) <= self.left[node_at + j] < k and -(k + 1) <= self.right[node_at + j] < k):
                    raise ValueError("child index out of range")
            for j in range(len(tree["leaf"])):
                self.leaf[leaf_at + j] = float(tree["leaf"][j])
            node_at += k
            leaf_at += len(tree["leaf"])

    def __dealloc__(self):
        PyMem_Free(self.root)
        PyMem_Free(self.node_base)
        PyMem_Free(self.leaf_base)
        PyMem_Free(self.feature)
        PyMem_Free(self.threshold)
        PyMem_Free(self.left)
        PyMem_Free(self.right)
        PyMem_Free(self.leaf)

    cdef double raw(self, const double *x) noexcept:
        """The sum of the trees' leaves for row ``x``, added tree by tree from 0.0 (the generated code's ``s``).

        A tree is walked from its root: left when ``x[feature] <= threshold``, which a NaN never is (the
        generated ``if`` takes its ``else`` then too). ``model.compile_ensemble`` refused trees deeper than 64
        levels before this copy was made, so a walk ends.
        """
        cdef double s = 0.0
        cdef int t, node, at
        for t in range(self.n_trees):
            node = self.root[t]
            at = self.node_base[t]
            while node >= 0:
                if x[self.feature[at + node]] <= self.threshold[at + node]:
                    node = self.left[at + node]
                else:
                    node = self.right[at + node]
            s += self.leaf[self.leaf_base[t] - 1 - node]
        return s

    def score_row(self, row):
        """The raw sum for one row (``Ensemble.raw``), for the tests."""
        cdef tuple values = tuple(row)
        if len(values) != self.n_features:
            raise ValueError(f"expected {self.n_features} values, got {len(values)}")
        cdef double *x = <double *>PyMem_Malloc((self.n_features + 1) * sizeof(double))
        if not x:
            raise MemoryError()
        try:
            for j in range(self.n_features):
                x[j] = values[j]
            return self.raw(x)
        finally:
            PyMem_Free(x)


cdef inline double _sigmoid(double x) noexcept:
    """``model._sigmoid``."""
    cdef double e
    if x >= 0:
        return 1.0 / (1.0 + exp(-x))
    e = exp(x)
    return e / (1.0 + e)


cdef class Scorer:
    """``Model.scores`` in C: stage 1 over the feature rows, then stage 2 over the rows made from its scores."""

    cdef Trees stage1
    cdef Trees stage2  # None: one stage
    cdef int n_copied
    cdef int copied[32]

    def __cinit__(self, Trees stage1, Trees stage2, copied):
        """``copied``: the feature columns a stage-2 row ends with (``model._COPIED``)."""
        cdef tuple columns = tuple(copied)
        if len(columns) > 32:
            raise ValueError("too many copied columns")
        self.stage1 = stage1
        self.stage2 = stage2
        self.n_copied = len(columns)
        for j, column in enumerate(columns):
            if not 0 <= column < stage1.n_features:
                raise ValueError(f"copied column {column!r} out of range")
            self.copied[j] = column
        if stage2 is not None and stage2.n_features != 9 + self.n_copied:
            raise ValueError("stage 2 reads 9 score columns and the copied features")

    def scores(self, rows):
        """Chrome probabilities for one document's feature rows, in order (a list of floats)."""
        cdef list items = list(rows)
        cdef Py_ssize_t n = len(items), i, j
        cdef int width = self.stage1.n_features
        cdef int copied = self.n_copied
        cdef tuple values
        if n == 0:
            return []
        cdef double *x = <double *>PyMem_Malloc((width + 1) * sizeof(double))
        cdef double *first = <double *>PyMem_Malloc(n * sizeof(double))
        cdef double *kept = <double *>PyMem_Malloc((n * copied + 1) * sizeof(double))
        try:
            if not (x and first and kept):
                raise MemoryError()
            for i in range(n):
                values = items[i] if type(items[i]) is tuple else tuple(items[i])
                if len(values) != width:
                    raise ValueError(f"expected {width} values, got {len(values)}")
                for j in range(width):
                    x[j] = values[j]
                first[i] = _sigmoid(self.stage1.raw(x))
                for j in range(copied):
                    kept[i * copied + j] = x[self.copied[j]]
            return self._second(first, kept, n)
        finally:
            PyMem_Free(x)
            PyMem_Free(first)
            PyMem_Free(kept)

    def line_scores(self, Table table, tuple all_lines):
        """``labeller._chrome_scores``: the scores of ``table``'s rows, aligned with ``all_lines`` (``None`` if blank).

        ``table`` holds a row per non-blank line of ``all_lines``, in order (:func:`feature_table`).
        """
        cdef Py_ssize_t n = table.n, i, j, k = 0
        cdef int copied = self.n_copied
        cdef const double *row
        if table.width != self.stage1.n_features:
            raise ValueError(f"expected {self.stage1.n_features} values, got {table.width}")
        cdef list scores = []
        cdef double *first = <double *>PyMem_Malloc((n + 1) * sizeof(double))
        cdef double *kept = <double *>PyMem_Malloc((n * copied + 1) * sizeof(double))
        try:
            if not (first and kept):
                raise MemoryError()
            for i in range(n):
                row = table.rows + i * table.width
                first[i] = _sigmoid(self.stage1.raw(row))
                for j in range(copied):
                    kept[i * copied + j] = row[self.copied[j]]
            if n:
                scores = self._second(first, kept, n)
        finally:
            PyMem_Free(first)
            PyMem_Free(kept)
        out = []
        for line in all_lines:
            if line.text:
                if k == n:
                    raise ValueError("more non-blank lines than rows")
                out.append(scores[k])
                k += 1
            else:
                out.append(None)
        if k != n:
            raise ValueError("more rows than non-blank lines")
        return tuple(out)

    cdef list _second(self, const double *first, const double *kept, Py_ssize_t n):
        """The probabilities: stage 1's ``first`` as they are, or stage 2's over the rows made from them."""
        cdef Py_ssize_t i, j, k, lo3, hi3, lo10, hi10
        cdef int copied = self.n_copied
        cdef double s, low, high, v
        cdef double y[48]
        if self.stage2 is None:
            return [first[i] for i in range(n)]
        cdef double *cum = <double *>PyMem_Malloc((n + 1) * sizeof(double))
        try:
            if not cum:
                raise MemoryError()
            # stage2_rows: running sums from 0.0, left to right (accumulate), then each line's row.
            cum[0] = 0.0
            for i in range(n):
                cum[i + 1] = cum[i] + first[i]
            out = []
            for i in range(n):
                s = first[i]
                lo3 = i - 3 if i > 3 else 0
                hi3 = i + 4 if i + 4 < n else n
                lo10 = i - 10 if i > 10 else 0
                hi10 = i + 11 if i + 11 < n else n
                y[0] = s
                y[1] = first[i - 1] if i >= 1 else -1.0
                y[2] = first[i + 1] if i + 1 < n else -1.0
                y[3] = first[i - 2] if i >= 2 else -1.0
                y[4] = first[i + 2] if i + 2 < n else -1.0
                y[5] = (cum[hi3] - cum[lo3] - s) / <double>(hi3 - lo3 - 1) if hi3 - lo3 > 1 else -1.0
                y[6] = (cum[hi10] - cum[lo10] - s) / <double>(hi10 - lo10 - 1) if hi10 - lo10 > 1 else -1.0
                # min() and max() of the window without the line: the first value kept unless another is
                # strictly smaller (larger), as the builtins do.
                low = high = -1.0
                k = 0
                for j in range(lo3, hi3):
                    if j == i:
                        continue
                    v = first[j]
                    if k == 0:
                        low = high = v
                    else:
                        if v < low:
                            low = v
                        if v > high:
                            high = v
                    k += 1
                y[7] = low
                y[8] = high
                for j in range(copied):
                    y[9 + j] = kept[i * copied + j]
                out.append(_sigmoid(self.stage2.raw(y)))
            return out
        finally:
            PyMem_Free(cum)
