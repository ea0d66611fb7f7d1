"""``python -m mentorlog``: the same as the ``mentorlog`` command."""

import sys

from mentorlog.cli import main

sys.exit(main())
