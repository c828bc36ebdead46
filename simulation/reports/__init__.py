"""What the commands write for people to read: charts, CSV files and HTML pages."""
