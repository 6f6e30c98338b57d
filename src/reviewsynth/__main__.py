from reviewsynth.cli import app

app()
