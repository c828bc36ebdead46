"""The pages of a workshop session, as Voila serves them (`carelab session serve CODE`): trainee.ipynb (join, then
a caseworker's or a household's view) and dashboard.ipynb (the trainer's). Each notebook is one cell that shows its
app; the apps are the modules beside them."""
