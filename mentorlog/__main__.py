"""``python -m mentorlog``: the same as the ``mentorlog`` command."""

import sys

from mentorlog import startup_gc

startup_gc.pause()  # before the imports: see mentorlog/startup_gc.py

from mentorlog.cli import main  # noqa: E402

sys.exit(main())
