"""The held-out evaluation set of real articles and its scorer (see evaluation/README.md)."""
