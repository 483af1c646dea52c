"""Document I/O: read files into text units, write results back into the same kind of file."""
