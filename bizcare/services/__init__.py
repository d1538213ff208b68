"""Use cases, one package per area (its ``__init__`` the face others import) and a few
cross-cutting modules. Nothing here imports Qt."""
