"""Tools for people who write rulebooks: lint, verification, case tests, graphs."""
