"""Bridges from tokumei to other tools (Presidio). Each submodule imports its tool lazily."""
