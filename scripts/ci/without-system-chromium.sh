#!/usr/bin/env bash
# Runs a command as on a machine without Debian's Chromium, to check that the tests then use the
# browser npm ships (@sparticuz/chromium, tests/helpers/chromium.ts):
#
#   sudo scripts/ci/without-system-chromium.sh npx vitest run tests/browser/pages.test.ts
#
# In a private mount namespace (unshare -m: root, Linux), /usr/bin is a copy of itself without
# chromium and /usr/lib/chromium is empty. With --minimal, the NSS and NSPR libraries the
# browser links against and the system's fonts are hidden too, as on a minimal system (a slim
# container), so it has to use its own.
# Nothing outside the command sees any of it.
set -euo pipefail
hide_nss=0
if [ "${1:-}" = "--minimal" ]; then
  hide_nss=1
  shift
fi
[ $# -gt 0 ] || { echo "usage: $0 [--minimal] command [args…]" >&2; exit 2; }
exec unshare -m bash -c '
  set -euo pipefail
  hide_nss=$1
  shift
  mount --make-rprivate /
  real=$(mktemp -d)
  mount --bind /usr/bin "$real"
  mount -t tmpfs tmpfs /usr/bin
  # /usr/bin is empty from here on (and /bin with it): the tools are called from the copy.
  # Links are copied as they are (npx → ../lib/node_modules/…), files linked to the copy.
  for file in "$real"/* ; do
    if [ -L "$file" ]; then "$real/cp" -P "$file" /usr/bin/; else "$real/ln" -s "$file" /usr/bin/; fi
  done
  "$real/rm" -f /usr/bin/chromium /usr/bin/chromium-browser
  if [ -d /usr/lib/chromium ]; then "$real/mount" -t tmpfs tmpfs /usr/lib/chromium; fi
  if [ "$hide_nss" = 1 ]; then
    for lib in /usr/lib/x86_64-linux-gnu/lib{nss3,nssutil3,nspr4,plc4,plds4,smime3}.so* ; do
      if [ -e "$lib" ]; then "$real/mount" --bind /dev/null "$lib"; fi
    done
    for fonts in /etc/fonts /usr/share/fonts /usr/local/share/fonts; do
      if [ -d "$fonts" ]; then "$real/mount" -t tmpfs tmpfs "$fonts"; fi
    done
  fi
  if [ -e /usr/bin/chromium ]; then echo "chromium still visible" >&2; exit 3; fi
  exec "$@"
' bash "$hide_nss" "$@"
