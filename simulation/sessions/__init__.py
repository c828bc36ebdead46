"""Workshop sessions: a room of trainees plays caseworkers and households on one shared simulated district, and the
trainer steers it and debriefs it.

- `store`: the session's tables (SQLite by default, or PostgreSQL) and how to connect;
- `district`: the session's Mesa model, in which trainees hold centres and households (`SessionDistrict`);
- `facts`: what a case file and a household's month hold, from the model; `casefiles`: how a trainee reads them;
- `room`: the interface of everyone in the room (`Room`, `Seat`); `trainer`: the trainer's (`create`, `Trainer`).
"""
