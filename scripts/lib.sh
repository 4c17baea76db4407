# Shared by the screenshot scripts: `source "$(dirname "$0")/lib.sh"`.

# screenshot PROFILE_DIR WIDTH,HEIGHT OUT.png URL [more chromium flags]: a screenshot by headless
# Chromium (Debian's `chromium`) with a fresh profile and none of its own network traffic.
screenshot() {
    local profile=$1 size=$2 out=$3 url=$4
    shift 4
    chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --hide-scrollbars --user-data-dir="$profile" --window-size="$size" "$@" \
        --screenshot="$out" "$url" 2>/dev/null
}
