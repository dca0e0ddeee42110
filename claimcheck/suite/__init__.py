"""The assertion suite: YAML with locations, settings, claims and the corpus."""
