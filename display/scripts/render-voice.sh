#!/usr/bin/env bash
# Render the Persian announcement clips for the lobby display board.
#
#   bash display/scripts/render-voice.sh
#
# Writes display/public/voice/<name>.ogg and display/public/voice/manifest.json.
# The clips are rendered once and committed; nothing renders them at build or
# run time. Needs espeak-ng (voice "fa") and sox with Ogg Vorbis support
# (Debian/Ubuntu: apt-get install espeak-ng sox libsox-fmt-all).
#
# Idempotent: every clip is rendered to a scratch directory and only copied
# over the committed file when its bytes differ (sox runs with -R, so the same
# input gives the same bytes). .ogg files that are no longer in the list are
# removed. Each file is reported as "wrote", "unchanged" or "removed".
#
# Environment:
#   VOICE=fa      espeak-ng voice (default fa). mb-ir1 (MBROLA Persian) is used
#                 only when asked for explicitly AND installed.
#   SPEED=150     espeak-ng words per minute (a little slower than the default
#                 175, for a noisy lobby).
set -euo pipefail
export LC_ALL=C.UTF-8

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OUT="$ROOT/display/public/voice"
VOICE="${VOICE:-fa}"
SPEED="${SPEED:-150}"
RATE=22050
QUALITY=2 # Vorbis quality (-1..10); speech at 22 kHz mono is clear at 2.

for tool in espeak-ng sox soxi; do
  command -v "$tool" >/dev/null || { echo "render-voice: $tool not found" >&2; exit 1; }
done
if ! espeak-ng -v "$VOICE" -q "" 2>/dev/null; then
  echo "render-voice: espeak-ng voice '$VOICE' is not usable; falling back to fa" >&2
  VOICE=fa
fi
sox -h | grep -q 'AUDIO FILE FORMATS:.* ogg' || {
  echo "render-voice: sox cannot write ogg (install libsox-fmt-all)" >&2; exit 1; }

mkdir -p "$OUT"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

# Clip table: name|text shown in the manifest|text given to espeak-ng.
# The "-o" forms are the number followed by the linking «و», read as one word
# (bist-o, sad-o, devist-o). espeak-ng reads a separate «و» as "va", so it gets
# the word with a damma (ُ) instead: «بیستُ» → bisto. Words that end in a vowel
# get a joined «وُ» (do-vo, se-vo); «سی» → «سیُ» (si-yo).
# «نه» (9) is written «نُه» for espeak, which otherwise reads it "na" (= no).
CLIPS=(
  "n-1|یک|یک"             "n-1-o|یک و|یکُ"
  "n-2|دو|دو"             "n-2-o|دو و|دو‌وُ"
  "n-3|سه|سه"             "n-3-o|سه و|سه‌وُ"
  "n-4|چهار|چهار"         "n-4-o|چهار و|چهارُ"
  "n-5|پنج|پنج"           "n-5-o|پنج و|پنجُ"
  "n-6|شش|شش"             "n-6-o|شش و|ششُ"
  "n-7|هفت|هفت"           "n-7-o|هفت و|هفتُ"
  "n-8|هشت|هشت"           "n-8-o|هشت و|هشتُ"
  "n-9|نه|نُه"            "n-9-o|نه و|نُهُ"
  "n-10|ده|ده"            "n-10-o|ده و|دهُ"
  "n-11|یازده|یازده"      "n-11-o|یازده و|یازدهُ"
  "n-12|دوازده|دوازده"    "n-12-o|دوازده و|دوازدهُ"
  "n-13|سیزده|سیزده"      "n-13-o|سیزده و|سیزدهُ"
  "n-14|چهارده|چهارده"    "n-14-o|چهارده و|چهاردهُ"
  "n-15|پانزده|پانزده"    "n-15-o|پانزده و|پانزدهُ"
  "n-16|شانزده|شانزده"    "n-16-o|شانزده و|شانزدهُ"
  "n-17|هفده|هفده"        "n-17-o|هفده و|هفدهُ"
  "n-18|هجده|هجده"        "n-18-o|هجده و|هجدهُ"
  "n-19|نوزده|نوزده"      "n-19-o|نوزده و|نوزدهُ"
  "n-20|بیست|بیست"        "n-20-o|بیست و|بیستُ"
  "n-30|سی|سی"            "n-30-o|سی و|سیُ"
  "n-40|چهل|چهل"          "n-40-o|چهل و|چهلُ"
  "n-50|پنجاه|پنجاه"      "n-50-o|پنجاه و|پنجاهُ"
  "n-60|شصت|شصت"          "n-60-o|شصت و|شصتُ"
  "n-70|هفتاد|هفتاد"      "n-70-o|هفتاد و|هفتادُ"
  "n-80|هشتاد|هشتاد"      "n-80-o|هشتاد و|هشتادُ"
  "n-90|نود|نود"          "n-90-o|نود و|نودُ"
  "n-100|صد|صد"           "n-100-o|صد و|صدُ"
  "n-200|دویست|دویست"     "n-200-o|دویست و|دویستُ"
  "n-300|سیصد|سیصد"       "n-300-o|سیصد و|سیصدُ"
  "n-400|چهارصد|چهارصد"   "n-400-o|چهارصد و|چهارصدُ"
  "n-500|پانصد|پانصد"     "n-500-o|پانصد و|پانصدُ"
  "n-600|ششصد|ششصد"       "n-600-o|ششصد و|ششصدُ"
  "n-700|هفتصد|هفتصد"     "n-700-o|هفتصد و|هفتصدُ"
  "n-800|هشتصد|هشتصد"     "n-800-o|هشتصد و|هشتصدُ"
  "n-900|نهصد|نهصد"       "n-900-o|نهصد و|نهصدُ"
  "w-number|شماره|شماره"
  "w-to-counter|به باجه|به باجه"
  # Ticket prefix letters, by their spoken names. ح is "he-ye jimi" so that it
  # is not heard as ه ("he").
  "l-alef|الف|الف"
  "l-be|بِ|بِ"
  "l-pe|پِ|پِ"
  "l-te|تِ|تِ"
  "l-se|ثِ|ثِ"
  "l-jim|جیم|جیم"
  "l-che|چِ|چِ"
  "l-he-jimi|حِ جیمی|حِیِ جیمی"
  "l-khe|خِ|خِ"
  "l-dal|دال|دال"
  "l-zal|ذال|ذال"
  "l-re|رِ|رِ"
  "l-ze|زِ|زِ"
  "l-zhe|ژِ|ژِ"
  "l-sin|سین|سین"
  "l-shin|شین|شین"
  "l-sad|صاد|صاد"
  "l-zad|ضاد|ضاد"
  "l-ta|طا|طا"
  "l-za|ظا|ظا"
  "l-eyn|عین|عین"
  "l-gheyn|غین|غین"
  "l-fe|فِ|فِ"
  "l-ghaf|قاف|قاف"
  "l-kaf|کاف|کاف"
  "l-gaf|گاف|گاف"
  "l-lam|لام|لام"
  "l-mim|میم|میم"
  "l-nun|نون|نون"
  "l-vav|واو|واو"
  "l-he|هِ|هِ"
  "l-ye|یِ|یِ"
)

# Trim leading/trailing silence (below -60 dBFS), 5 ms fade-in and 10 ms
# fade-out against clicks, peak-normalise to -1 dBFS, mono 22050 Hz.
# silence only trims the start, so the clip is reversed to trim the end.
SHAPE=(silence 1 0.005 0.1% reverse silence 1 0.005 0.1% fade t 0.01 reverse fade t 0.005 norm -1)

declare -A KEEP=()
changed=0

# install <scratch file> <name>: copy into $OUT when different, report.
install_clip() {
  local src="$1" name="$2" dst="$OUT/$2.ogg" ms
  ms=$(clip_ms "$src")
  if [[ -f "$dst" ]] && cmp -s "$src" "$dst"; then
    printf 'unchanged %-22s %5d ms\n' "voice/$name.ogg" "$ms"
  else
    cp "$src" "$dst"
    changed=$((changed + 1))
    printf 'wrote     %-22s %5d ms  %6d bytes\n' "voice/$name.ogg" "$ms" "$(stat -c %s "$dst")"
  fi
  KEEP[$name]=1
}

clip_ms() { soxi -D "$1" | awk '{ printf "%d", $1 * 1000 + 0.5 }'; }

json_escape() { local s="${1//\\/\\\\}"; printf '%s' "${s//\"/\\\"}"; }

MANIFEST="$TMP/manifest.json"
{
  printf '{\n  "format": "ogg",\n  "clips": {\n'
} >"$MANIFEST"

first=1
add_manifest() { # name text ms
  [[ $first == 1 ]] || printf ',\n' >>"$MANIFEST"
  first=0
  printf '    "%s": { "file": "%s.ogg", "text": "%s", "ms": %d }' \
    "$1" "$1" "$(json_escape "$2")" "$3" >>"$MANIFEST"
}

# Chime: a soft two-tone "ding-dong" (E5 then C5, each with a quieter octave
# partial), bell-like exponential-ish decay, 0.8 s in all.
# Each tone: 10 ms half-sine attack (no click), then a linear decay to silence.
tone() { # out freq length volume delay
  sox -R -n -r "$RATE" -c 1 "$1" synth "$3" sine "$2" fade h 0.01 fade t 0 "$3" "$(awk "BEGIN { print $3 - 0.02 }")" vol "$4" pad "$5" 0
}
tone "$TMP/ding.wav" 659.25 0.8 0.6 0
tone "$TMP/ding2.wav" 1318.5 0.8 0.15 0
tone "$TMP/dong.wav" 523.25 0.5 0.6 0.3
tone "$TMP/dong2.wav" 1046.5 0.5 0.15 0.3
sox -R -m "$TMP/ding.wav" "$TMP/ding2.wav" "$TMP/dong.wav" "$TMP/dong2.wav" \
  -r "$RATE" -c 1 -C "$QUALITY" "$TMP/chime.ogg" trim 0 0.8 fade t 0 0.8 0.1 norm -3
install_clip "$TMP/chime.ogg" chime
add_manifest chime "" "$(clip_ms "$TMP/chime.ogg")"

for row in "${CLIPS[@]}"; do
  IFS='|' read -r name text input <<<"$row"
  espeak-ng -v "$VOICE" -s "$SPEED" -w "$TMP/raw.wav" -- "$input"
  sox -R "$TMP/raw.wav" -r "$RATE" -c 1 -C "$QUALITY" "$TMP/$name.ogg" "${SHAPE[@]}"
  install_clip "$TMP/$name.ogg" "$name"
  add_manifest "$name" "$text" "$(clip_ms "$TMP/$name.ogg")"
done
printf '\n  }\n}\n' >>"$MANIFEST"

# Drop clips that are no longer rendered.
shopt -s nullglob
for f in "$OUT"/*.ogg; do
  name="$(basename "$f" .ogg)"
  if [[ -z "${KEEP[$name]:-}" ]]; then
    rm -f "$f"
    changed=$((changed + 1))
    echo "removed   voice/$name.ogg"
  fi
done

if [[ -f "$OUT/manifest.json" ]] && cmp -s "$MANIFEST" "$OUT/manifest.json"; then
  echo "unchanged voice/manifest.json"
else
  cp "$MANIFEST" "$OUT/manifest.json"
  changed=$((changed + 1))
  echo "wrote     voice/manifest.json (${#KEEP[@]} clips)"
fi

echo "render-voice: ${#KEEP[@]} clips, $changed file(s) changed, $(du -sh "$OUT" | cut -f1) in display/public/voice (espeak-ng voice $VOICE, $SPEED wpm)"
