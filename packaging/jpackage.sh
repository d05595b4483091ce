#!/usr/bin/env bash
# Builds a self-contained Exemption Advisor for this platform with the JDK's jpackage: the program, its
# dependencies and a Java runtime, so a staff laptop needs no Java installed.
#
#   packaging/jpackage.sh                # app-image (a folder) in target/installer/
#   packaging/jpackage.sh deb            # or: rpm (Linux), dmg / pkg (macOS), msi / exe (Windows)
#
# Run it on the platform you package for, after `mvn package` (the JavaFX jars in target/lib are per platform).
# Installer types need that platform's tools (dpkg-deb, WiX, ...); app-image needs none.
set -euo pipefail
cd "$(dirname "$0")/.."

type="${1:-app-image}"
version="$(sed -n 's:.*<version>\([0-9][0-9.]*\).*:\1:p' pom.xml | head -1)"
[ -f target/exemption-advisor.jar ] || { echo "run 'mvn package' first" >&2; exit 1; }

input="target/jpackage-input"
rm -rf "$input" "target/installer"
mkdir -p "$input"
cp target/exemption-advisor.jar "$input/"
cp -r target/lib "$input/lib"

# The window takes characters its font lacks (Tamil, Chinese) from the system's fonts; on Linux JavaFX sees only
# fonts fontconfig knows, so the Debian package asks for Noto (docs/decisions/0022).
extra=()
if [ "$type" = deb ]; then
  extra+=(--linux-package-deps "fonts-noto-core, fonts-noto-cjk")
fi

jpackage \
  --type "$type" \
  --name "Exemption Advisor" \
  --app-version "$version" \
  --vendor "Temasek SkillsFuture Academy" \
  --description "Which modules a learner's micro-credentials exempt, offline" \
  --input "$input" \
  --main-jar exemption-advisor.jar \
  --main-class sg.tsa.advisor.app.Launcher \
  --java-options "-Dfile.encoding=UTF-8" \
  --dest target/installer \
  ${extra[@]+"${extra[@]}"}

echo "built: $(ls -d target/installer/*)"
