"""Language-independent recognizers (e-mail, URL, IP address)."""
