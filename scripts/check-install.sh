#!/usr/bin/env bash
# Install reliability check: makes N fresh clones of the committed HEAD (nothing beside them) and runs
# the README's install command in each, exactly as written there. Prints one line per clone and every
# warning line the installs printed; exits 1 if any install failed or warned.
#
#   scripts/check-install.sh [N]      (default 20; about 20 s a clone with a warm pnpm store)
set -u
count=${1:-20}
repo=$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel) || exit 2
# The README's install command: the part of its test line before "&& npm test".
install=$(grep -m1 -E '^npx .*install && npm test$' "$repo/README.md" | sed 's/ && npm test$//')
[ -n "$install" ] || { echo "no install command found in README.md" >&2; exit 2; }
echo "install command: $install"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
failed=0
warned=0
for i in $(seq 1 "$count"); do
  dir="$work/clone-$i"
  git clone -q "$repo" "$dir" || exit 2
  start=$(date +%s)
  (cd "$dir" && bash -c "$install") >"$work/install-$i.log" 2>&1
  rc=$?
  warnings=$(grep -ciE 'WARN|warning|deprecated|ERR_' "$work/install-$i.log")
  printf 'clone %2d: exit %d, %d warning lines, %ss\n' "$i" "$rc" "$warnings" "$(($(date +%s) - start))"
  [ "$rc" -eq 0 ] || { failed=$((failed + 1)); tail -5 "$work/install-$i.log"; }
  [ "$warnings" -eq 0 ] || { warned=$((warned + 1)); grep -iE 'WARN|warning|deprecated|ERR_' "$work/install-$i.log" | head -5; }
  rm -rf "$dir"
done
echo "$((count - failed)) of $count installs succeeded; $warned printed warnings"
[ "$failed" -eq 0 ] && [ "$warned" -eq 0 ]
