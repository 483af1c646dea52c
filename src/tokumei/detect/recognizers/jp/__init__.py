"""Japanese identifier recognizers (one module each)."""
