"""Workshop curricula: `model` reads and checks a curriculum file and lays out its timetable, `references` checks
that the materials it names are in the repository, `render` writes its agenda and trainer's guide."""
