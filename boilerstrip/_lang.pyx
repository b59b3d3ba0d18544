# cython: language_level=3, boundscheck=False, wraparound=False
"""Language detection's stopword votes in C: a sample's words looked up, and their votes tallied.

An optional, compiled copy of two pieces of :mod:`boilerstrip.lang` (the Python code stays the reference and the
fallback; ``boilerstrip/lang_native.py`` chooses, ``tests/test_compiled_lang.py`` compares the two):

* :func:`plain_hits`, ``lang._plain_hits``: the votes of a sample's words, in order. The dictionary look-ups are
  the same; the loop around them runs in C.
* :func:`tally`, ``lang._tally``: each language's votes added up, word by word, in C doubles (the same float
  additions in the same order as Python's, so the same sums), the highest sum, and the language voted for first
  among those with it. Common stopwords vote for up to thirty languages: the Python loop made 200,000 additions
  a round of the AEB texts, one bytecode loop each.
"""

from cpython.mem cimport PyMem_Free, PyMem_Malloc

#: The version of this module's interface that ``lang_native.INTERFACE`` must name for it to be loaded.
INTERFACE = 1


def plain_hits(str lowered, dict table, object findall):
    """``lang._plain_hits(lowered, table)``, with ``findall`` the word pattern's ``findall``."""
    cdef list hits = []
    cdef str token
    cdef object hit
    for token in lowered.split():
        if token.isalpha():
            hit = table.get(token)
            if hit:
                hits.append(hit)
        else:
            for word in findall(token):
                hit = table.get(word)
                if hit:
                    hits.append(hit)
    return hits


def tally(list hits, Py_ssize_t n):
    """``lang._tally(hits, n)``: the highest sum of votes among ``n`` languages, and the first voted of those with it.

    ``hits`` holds at least one vote: ``(share, indices of the languages voted for)``, each index under ``n``.
    """
    if not hits or n <= 0:
        raise ValueError("no votes to tally")
    cdef double *votes = <double *> PyMem_Malloc(n * sizeof(double))
    if votes == NULL:
        raise MemoryError()
    cdef Py_ssize_t i, k
    cdef double share, score
    cdef tuple hit, ids
    try:
        for i in range(n):
            votes[i] = 0.0
        for hit in hits:
            share = hit[0]
            ids = <tuple?> hit[1]
            for k in range(len(ids)):
                i = ids[k]
                if i < 0 or i >= n:
                    raise IndexError(f"a vote for language {i} of {n}")
                votes[i] += share
        # max() of the sums: no sum is NaN (every share is a positive fraction), so ">" finds the same value.
        score = votes[0]
        for i in range(1, n):
            if votes[i] > score:
                score = votes[i]
        for hit in hits:
            ids = <tuple> hit[1]
            for k in range(len(ids)):
                i = ids[k]
                if votes[i] == score:
                    return score, i
        raise AssertionError("the highest sum has no vote")  # unreachable: some vote made it
    finally:
        PyMem_Free(votes)
