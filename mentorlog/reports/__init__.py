"""PDF reports rendered with ReportLab from plain data. No Qt, no database."""
