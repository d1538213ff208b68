"""Use cases, one module per area. Each takes a ``Session`` and never imports Qt."""
