"""Customer search: FTS5 trigram hits in name order, short words, and the per-query choice
between walking the sorted list and asking the index."""
