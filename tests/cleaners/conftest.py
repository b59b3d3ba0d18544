"""The cleaner tests' shared helpers report a failing assert with its values, as an assert in a test module does."""

import pytest

pytest.register_assert_rewrite("tests.cleaners.lexicon_packs")
