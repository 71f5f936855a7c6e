#!/usr/bin/env bash
# Builds the libFuzzer targets (preset fuzz: clang, ASan + UBSan) and runs each for SECONDS,
# seeded with the shared webhook fixtures (and, for the HTTP target, requests made from them).
# The corpus grows in build/fuzz/corpus between runs; a crash leaves its input in
# build/fuzz/artifacts and fails the run: turn it into a regression test.
#
#   tests/fuzz/run-fuzzers.sh [SECONDS]      (default 60 per target; CI runs 45)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
seconds="${1:-60}"
fixtures="${HOOKLINE_FIXTURES_DIR:-$root/../shared/fixtures/whatsapp}"
"$root/installer/linux/install-build-deps.sh"
cd "$root"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
build="$root/build/fuzz"
corpus="$build/corpus"
artifacts="$build/artifacts"
mkdir -p "$corpus/processing" "$corpus/http" "$corpus/framing" "$artifacts"

# Seeds: every fixture body; for the HTTP target, each body as a framed request (plain and
# chunked, first byte 0), as a body to route (3), plus a signature header (1) and a handshake
# query (2).
for file in "$fixtures"/*.json; do
    name="$(basename "$file")"
    [ "$name" = manifest.json ] && continue
    cp "$file" "$corpus/processing/$name"
    size="$(stat -c %s "$file")"
    { printf '\x03'; cat "$file"; } > "$corpus/http/route-$name"
    { printf '\x00POST /webhook HTTP/1.1\r\nHost: h\r\nContent-Length: %s\r\n\r\n' "$size"
      cat "$file"; } > "$corpus/http/frame-$name"
    { printf '\x04POST /webhook HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n%x\r\n' "$size"
      cat "$file"; printf '\r\n0\r\n\r\n'; } > "$corpus/http/chunked-$name"
    tail -c +2 "$corpus/http/frame-$name" > "$corpus/framing/frame-$name"
    tail -c +2 "$corpus/http/chunked-$name" > "$corpus/framing/chunked-$name"
done
# The framing target also starts from the shapes that once desynchronised the two parsers.
printf 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\n\r\nabc\r\n0;fffffff\r\n\r\n' \
    > "$corpus/framing/bare-lf-chunk"
printf 'GET / HTTP/1.1\r\n\r\nGET / HTTP/1.1\r\n\r\n\r\nPOST / HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}' \
    > "$corpus/framing/pipelined"
printf '\x01sha256=%064d' 0 > "$corpus/http/signature"
printf '\x02hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=fuzz-token-northwind' \
    > "$corpus/http/handshake"

status=0
for target in http processing framing; do
    echo "== hookline-fuzz-$target for ${seconds}s"
    if ! "$build/bin/hookline-fuzz-$target" -max_total_time="$seconds" -rss_limit_mb=2048 \
        -max_len=262144 -timeout=20 -artifact_prefix="$artifacts/$target-" -print_final_stats=1 \
        "$corpus/$target" 2>"$build/fuzz-$target.log"; then
        status=1
        tail -40 "$build/fuzz-$target.log"
    fi
    grep -E '^(Done|stat::number_of_executed_units|stat::peak_rss_mb)' "$build/fuzz-$target.log" || true
    echo "   corpus: $(ls "$corpus/$target" | wc -l) inputs"
done
exit "$status"
