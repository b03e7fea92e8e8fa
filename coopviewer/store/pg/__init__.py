"""The team library on PostgreSQL: the same Store and SearchEngine doors, on a shared server."""
