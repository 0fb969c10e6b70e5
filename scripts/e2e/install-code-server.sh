#!/usr/bin/env bash
# Idempotent install of code-server + playwright-core for the real-VS-Code tests.
# Follows ../shared/E2E.md. Installs into a cache folder keyed by version:
#   ${UNRES_CODE_SERVER_DIR:-$HOME/.cache/un-resolution-e2e/code-server-<version>}
# A marker file (.install-complete) marks a finished install; reruns then take seconds.
# Prints the install folder as its last line of stdout.
set -euo pipefail

CODE_SERVER_VERSION="${UNRES_CODE_SERVER_VERSION:-4.100.3}"
DIR="${UNRES_CODE_SERVER_DIR:-$HOME/.cache/un-resolution-e2e/code-server-$CODE_SERVER_VERSION}"
MARKER="$DIR/.install-complete"
APT_PACKAGES=(chromium ripgrep libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev)

log() { echo "[install-code-server] $*" >&2; }

# 1. Debian packages, only the missing ones (apt-get update once, first).
missing=()
for p in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
if ((${#missing[@]})); then
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
  log "apt-get install ${missing[*]}"
  $SUDO apt-get update >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${missing[@]}" >&2
fi

if [ -f "$MARKER" ] && [ "$(cat "$MARKER")" = "$CODE_SERVER_VERSION" ]; then
  log "code-server $CODE_SERVER_VERSION already installed in $DIR"
  echo "$DIR"
  exit 0
fi

log "installing code-server $CODE_SERVER_VERSION into $DIR"
start=$(date +%s)
mkdir -p "$DIR"
cd "$DIR"
rm -f "$MARKER"
[ -f package.json ] || echo '{"name":"un-resolution-e2e-host","private":true}' > package.json

export npm_config_yes=true
export npm_config_fund=false
export npm_config_audit=false
export npm_config_update_notifier=false

# npm >= 11.x blocks dependency install scripts unless package.json's `allowScripts`
# lists them; older npm ignores the field. Allow exactly the native modules we build.
allow_scripts() { # <package.json> <pkg>...
  node -e '
    const fs = require("fs"); const [file, ...names] = process.argv.slice(1);
    const pkg = JSON.parse(fs.readFileSync(file, "utf8"));
    pkg.allowScripts = { ...(pkg.allowScripts || {}) };
    for (const n of names) pkg.allowScripts[n] = true;
    fs.writeFileSync(file, JSON.stringify(pkg, null, 2) + "\n");
  ' "$@"
}

# 2. code-server and playwright-core, scripts off.
npm install --ignore-scripts --no-save "code-server@$CODE_SERVER_VERSION" playwright-core >&2

CS="$DIR/node_modules/code-server"
allow_scripts "$DIR/package.json" argon2
# 3. argon2 from source. npm hoists argon2 to $DIR/node_modules, so rebuild it from $DIR
#    (E2E.md runs this inside node_modules/code-server, which newer npm treats as a project
#    of its own without argon2 in it).
npm rebuild argon2 --build-from-source >&2
ls node_modules/argon2/lib/binding/*/argon2.node >/dev/null

# 4. VS Code's own node_modules.
VSC="$CS/lib/vscode"
(
  cd "$VSC"
  allow_scripts package.json kerberos native-watchdog node-pty @parcel/watcher @vscode/deviceid \
    @vscode/ripgrep @vscode/spdlog @vscode/windows-process-tree @vscode/windows-registry
  npm install --unsafe-perm --omit=dev --ignore-scripts >&2
  mkdir -p node_modules/@vscode/ripgrep/bin
  cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
  npm rebuild --unsafe-perm >&2
  ln -sfn node_modules node_modules.asar
  ln -sfn code-linux.sh bin/remote-cli/code-server
  ln -sfn browser-linux.sh bin/helpers/browser.sh
)

# 5. Built-in extensions' dependencies.
(cd "$VSC/extensions" && npm install --unsafe-perm --omit=dev >&2)

# Sanity check: the entry point answers --version.
node "$CS/out/node/entry.js" --version >&2

echo "$CODE_SERVER_VERSION" > "$MARKER"
log "done in $(( $(date +%s) - start ))s"
echo "$DIR"
