"""Imports a coordinator runs from the files an academy keeps (CSV as Excel writes it, or
XLSX): people (``people.py``) and placements (``placements.py``). Each reads the whole
file, checks every row against the database and plans what it would make, change and
leave alone (a dry run stops there); any bad row refuses the whole file, naming its row
and column, and a good one is written in one transaction with bulk inserts."""
