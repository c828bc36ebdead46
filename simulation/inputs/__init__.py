"""What people hand the model: scenario files, dated parameter files, the sourced datasets, and the errors their mistakes get."""
