"""Pieces every tab uses: the event hub, background work, empty states, error dialogs."""
