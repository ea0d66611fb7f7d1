"""Use cases: plain functions taking a Session, returning plain data. No Qt."""
