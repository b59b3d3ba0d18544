"""Search longer for counterexamples to the invariants than the test suite does.

Usage: python benchmarks/property_hunt.py [--examples N]

Draws random texts (chrome strings, prose in five scripts, odd whitespace and
control characters; the strategy of tests/test_properties.py) and checks exact
restoration and idempotence on each. Prints the first counterexample found,
shrunk by Hypothesis, or "no counterexample".
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import boilerstrip
from tests.test_properties import TEXTS


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--examples", type=int, default=5000)
    args = parser.parse_args()

    @settings(max_examples=args.examples, deadline=None, suppress_health_check=list(HealthCheck))
    @given(TEXTS)
    def hunt(text: str) -> None:
        result = boilerstrip.clean(text)
        assert result.restore() == text, f"restore differs for {text!r}"
        assert boilerstrip.clean(result.text).text == result.text, f"not idempotent on {text!r}"

    try:
        hunt()
    except AssertionError as exc:
        print(f"counterexample: {exc}")
        return 1
    print(f"no counterexample in {args.examples} examples")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
