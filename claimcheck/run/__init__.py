"""The run: its session, the index cache and share, changed files, atomic writes."""
