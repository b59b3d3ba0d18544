"""Allow ``python -m boilerstrip``."""

from boilerstrip.cli import main

raise SystemExit(main())
