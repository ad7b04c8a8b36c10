"""Persistence: SQLAlchemy models, the SQLite database with its pragmas, migrations and repositories."""
