"""The local SQLite store: engine, sessions, migrations and backups."""
