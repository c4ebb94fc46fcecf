"""Make the demo courses' recordings (data/academy/<course>-<language>.wav) from their `voice_ar`
and `voice_fr` texts with espeak-ng: `python -m tadamon.demo.academy_voices` (needs espeak-ng,
`apt-get install espeak-ng`; loading the demo does not). Written as 8 kHz, 8-bit mono PCM WAV,
which every browser plays, at about 8 KB a second: the eight clips stay under 1 MB together."""

import audioop  # deprecated in 3.11, removed in 3.13; fine for a dev tool run by hand
import io
import subprocess
import wave
from pathlib import Path

from tadamon.demo.academy_content import COURSES

FOLDER = Path(__file__).parent / "data" / "academy"
VOICES = {"ar": "ar", "fr": "fr"}
RATE = 8000


def small_wav(data: bytes) -> bytes:
    with wave.open(io.BytesIO(data)) as source:
        channels, width, rate = source.getnchannels(), source.getsampwidth(), source.getframerate()
        frames = source.readframes(source.getnframes())
    if channels == 2:
        frames = audioop.tomono(frames, width, 0.5, 0.5)
    frames, _state = audioop.ratecv(frames, width, 1, rate, RATE, None)
    frames = audioop.bias(audioop.lin2lin(frames, width, 1), 1, 128)  # 8-bit WAV is unsigned
    out = io.BytesIO()
    with wave.open(out, "wb") as target:
        target.setnchannels(1)
        target.setsampwidth(1)
        target.setframerate(RATE)
        target.writeframes(frames)
    return out.getvalue()


def main() -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    for course in COURSES:
        for lesson in course["lessons"]:
            if "voice" not in lesson:
                continue
            for language, voice in VOICES.items():
                spoken = subprocess.run(["espeak-ng", "-v", voice, "-s", "140", "--stdout", lesson[f"voice_{language}"]],
                                        capture_output=True, check=True).stdout
                path = FOLDER / f"{lesson['voice']}-{language}.wav"
                path.write_bytes(small_wav(spoken))
                print(path.name, path.stat().st_size)


if __name__ == "__main__":
    main()
