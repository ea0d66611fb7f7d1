"""The Alembic revision this code expects, known without importing Alembic.

Start-up reads the database's revision with one query and compares it with this; Alembic
(a heavy import) is loaded only when a migration is due. A test keeps this equal to the
head of ``migrations/versions``.
"""

HEAD_REVISION = "0010"
