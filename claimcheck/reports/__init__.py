"""Verdict records and what is written from them: failure text, files, GitHub."""
