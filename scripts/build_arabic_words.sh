#!/bin/sh
# Rebuild tadamon/funding/data/arabic_words.txt.gz from Debian's hunspell-ar (Ayaspell): the words
# of its .dic without their affix flags, Arabic letters and marks only, sorted, gzipped reproducibly.
set -eu
out="$(cd "$(dirname "$0")/.." && pwd)/tadamon/funding/data/arabic_words.txt.gz"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"
cd "$work"
apt-get download hunspell-ar >/dev/null
dpkg-deb -x hunspell-ar_*.deb extracted
cut -d/ -f1 extracted/usr/share/hunspell/ar.dic \
    | grep -P '^[\x{0621}-\x{064A}\x{064B}-\x{0652}\x{0670}]+$' \
    | LC_ALL=C sort -u | gzip -9n > "$out"
echo "$(zcat "$out" | wc -l) words in $out"
