"""Pieces every tab uses: the event hub, the operation runner (``ops.run_op``) and the
refresh rule (``follow.follow_changes``), background work, empty states, error dialogs."""
