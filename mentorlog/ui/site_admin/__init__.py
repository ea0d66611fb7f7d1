"""Setting up and running a real site: the academy, prisons and units, cohorts,
placements, imports, frameworks and logged shifts, each a window of its own opened from
the Site menu (site_menu.py) for the roles that may use it."""
