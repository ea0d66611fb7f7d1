"""The desktop app (PySide6). The only layer that imports Qt."""

from mentorlog.ui.refcounts import immortalize_singletons

# Before any widget exists: PySide6 6.12.0 would otherwise abort CPython 3.11 after some
# thousands of Qt calls (see refcounts.py).
immortalize_singletons()
