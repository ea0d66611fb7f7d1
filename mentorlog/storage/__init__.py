"""Opening, migrating, backing up and checking mentorlog's database. No Qt."""
