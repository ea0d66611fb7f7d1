"""The student's dossier: header and tabs (timeline, competencies, goals, reviews, concerns)."""
