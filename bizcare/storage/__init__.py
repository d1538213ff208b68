"""Engine, transactions, migrations and backups. Imports ``domain`` only; never Qt."""
