"""Qt-free core: tables, enums, money and errors. Imports nothing else of ours."""
