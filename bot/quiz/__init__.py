"""Quizzes built from the notes: generation, grading and spaced repetition."""
