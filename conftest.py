"""Root conftest: the claimcheck plugin itself loads through its entry point."""

pytest_plugins = ["pytester"]

collect_ignore = ["benchmarks", "docs"]
