"""Moved to :mod:`tokumei.detect.names.rules.branches` (a post step of the names tier); kept as an import path."""
from tokumei.detect.names.rules.branches import BRANCH_WORDS, NOT_A_PLACE, branch_places

__all__ = ["BRANCH_WORDS", "NOT_A_PLACE", "branch_places"]
