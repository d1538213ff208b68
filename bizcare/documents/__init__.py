"""Qt-free document rendering: PDFs, Indonesian words and formats."""
