"""Media: speech out (TTS prompts) and speech in (endpointer and offline recognisers).

Owns: prompt synthesis and caching, Vosk/PocketSphinx engines, the live transcriber,
model downloads, offline transcription of recordings.
May import: :mod:`robot.errors`, :mod:`robot.config`. Never pjsua2.
"""
