#!/usr/bin/env bash
# Builds a self-contained Exemption Advisor for this platform: the program, its dependencies and a trimmed Java
# runtime with JavaFX linked in and class-data-sharing archives, so a staff laptop needs no Java and starts fast.
#
#   mvn package -DskipTests
#   packaging/jpackage.sh                 # app-image: target/installer/exemption-advisor/ (Linux), a folder
#   packaging/jpackage.sh deb rpm         # Linux installers   (needs dpkg-deb + fakeroot, rpmbuild)
#   packaging/jpackage.sh msi             # Windows installer  (run in Git Bash; needs the WiX Toolset 3 on PATH)
#   packaging/jpackage.sh dmg pkg         # macOS installers   (needs the Xcode command-line tools)
#
# Run it on the platform you package for: the JavaFX jars in target/lib are that platform's, and each installer
# type needs that platform's tools; the script names what is missing and how to get it, then stops.
# What it does, in order (see packaging/README.md and docs/decisions/0101):
#   1. a runtime with jlink: the JDK modules jdeps names for the program and its libraries, plus JavaFX as
#      modules (so JavaFX starts the way it supports), with its default CDS archive (--generate-cds-archive);
#   2. the app-image with jpackage: launcher "exemption-advisor", the program on the class path, the licences;
#   3. a training start of that app-image (the window under Xvfb when there is no display, then one `advise`
#      with a PDF) that records the classes it loads; the runtime's CDS archive is dumped again from that list,
#      so that the JDK and JavaFX classes of a real start come mapped from the archive;
#   4. a check that FAILS the build when the archive does not map: the launcher started with -Xshare:on must load
#      the window's JavaFX classes from the shared archive;
#   5. the installers, from that app-image.
set -euo pipefail
cd "$(dirname "$0")/.."

types=("$@")
[ ${#types[@]} -gt 0 ] || types=(app-image)

case "$(uname -s)" in
  Linux*) os=linux ;;
  Darwin*) os=mac ;;
  MINGW* | MSYS* | CYGWIN*) os=win ;;
  *) echo "error: unknown platform $(uname -s)" >&2; exit 2 ;;
esac

# --- what is needed, and what is missing -----------------------------------------------------------------------
missing=()
need() { command -v "$1" > /dev/null 2>&1 || missing+=("$1: $2"); }
need jpackage "a JDK 17 or newer (Debian: apt-get install openjdk-17-jdk)"
need jlink "a JDK 17 or newer with jmods (Debian: apt-get install openjdk-17-jdk)"
need jdeps "a JDK 17 or newer (Debian: apt-get install openjdk-17-jdk)"
need unzip "Debian: apt-get install unzip"
for type in "${types[@]}"; do
  case "$os:$type" in
    *:app-image) ;;
    linux:deb) need dpkg-deb "Debian: apt-get install dpkg-dev"; need fakeroot "Debian: apt-get install fakeroot" ;;
    linux:rpm) need rpmbuild "Debian: apt-get install rpm; Fedora: dnf install rpm-build" ;;
    win:msi | win:exe) need candle.exe "the WiX Toolset 3.x on PATH (https://wixtoolset.org)"; need light.exe "the WiX Toolset 3.x" ;;
    mac:dmg | mac:pkg) need hdiutil "macOS"; need pkgbuild "the Xcode command-line tools (xcode-select --install)" ;;
    *) echo "error: '$type' cannot be built on $os (app-image; Linux: deb rpm; Windows: msi exe; macOS: dmg pkg)" >&2
       exit 2 ;;
  esac
done
[ "$os" = linux ] && need unshare "util-linux, to train the CDS archive at the install folder (Debian: apt-get install util-linux)"
if [ "$os" = linux ] && [ -z "${DISPLAY:-}" ]; then
  need xvfb-run "the training start opens the window; without a display it needs Xvfb (Debian: apt-get install xvfb xauth)"
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "error: missing tools for: ${types[*]}" >&2
  printf '  - %s\n' "${missing[@]}" >&2
  exit 3
fi
[ -f target/exemption-advisor.jar ] || { echo "error: target/exemption-advisor.jar is missing: run 'mvn package' first" >&2; exit 2; }

# --- one version: the POM's --------------------------------------------------------------------------------------
version="$(sed -n '/<artifactId>exemption-advisor<\/artifactId>/{n;s:.*<version>\(.*\)</version>.*:\1:p;}' pom.xml)"
package_version="${version%%-*}" # installers take numbers only: 0.2.0-SNAPSHOT would be packaged as 0.2.0
[ "$package_version" = "$version" ] || echo "warning: the POM's version $version is packaged as $package_version" >&2

# The platform's options (decision 0101: the launcher options were chosen by measurement; 0102: heap and GC, and
# JavaFX's region cache, which the software renderer keeps in the heap).
java_options=(-XX:SharedArchiveFile=\$APPDIR/exemption-advisor.jsa -XX:+UseSerialGC -Xmx256m -XX:TieredStopAtLevel=1
  -Xms32m -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40 -XX:TrimNativeHeapInterval=5000
  -Dprism.disableRegionCaching=true
  -Dfile.encoding=UTF-8 --add-exports=javafx.graphics/com.sun.javafx.perf=ALL-UNNAMED)
case "$os" in
  linux) name=exemption-advisor; fx=linux; icon=packaging/icons/exemption-advisor-512.png; native=lib ;;
  mac) name="Exemption Advisor"; fx=mac; icon=target/exemption-advisor.icns; native=lib ;;
  win) name="Exemption Advisor"; fx=win; icon=packaging/icons/exemption-advisor.ico; native=bin ;;
esac
# Apple silicon's JavaFX jars carry the classifier mac-aarch64.
[ "$os" = mac ] && [ "$(uname -m)" = arm64 ] && fx=mac-aarch64
if [ "$os" = mac ]; then # macOS wants an .icns; iconutil builds one from the committed PNGs
  iconset=target/exemption-advisor.iconset; rm -rf "$iconset"; mkdir -p "$iconset"
  for s in 16 32 128 256 512; do cp "packaging/icons/exemption-advisor-$s.png" "$iconset/icon_${s}x${s}.png"; done
  iconutil -c icns -o "$icon" "$iconset"
fi

work=target/jpackage
out=target/installer
rm -rf "$work" "$out"
mkdir -p "$work/input/lib" "$out"

# --- 1. the runtime ------------------------------------------------------------------------------------------------
fx_jars=(target/lib/javafx-*-"$fx".jar)
[ -f "${fx_jars[0]}" ] || { echo "error: no JavaFX jars for '$fx' in target/lib: run 'mvn package' on this platform" >&2; exit 2; }
fx_path="$(IFS=:; echo "${fx_jars[*]}")"
[ "$os" = win ] && fx_path="$(IFS=';'; echo "${fx_jars[*]}")"
libs=()
for jar in target/lib/*.jar; do
  case "$(basename "$jar")" in javafx-*) ;; *) libs+=("$jar") ;; esac
done
jdk_modules="$(jdeps --multi-release 17 --ignore-missing-deps --print-module-deps --module-path "$fx_path" \
  target/exemption-advisor.jar "${libs[@]}" 2> /dev/null | tail -1)"
# jdeps names javafx.controls too (AtlantaFX and Ikonli require it); the linked runtime brings its requirements.
modules="$jdk_modules"
case ",$modules," in *,javafx.controls,*) ;; *) modules="$modules,javafx.controls" ;; esac
# jdk.localedata: the dates are written for Locale.UK ("1 Sept 2024"); without it the runtime falls back to "Sep".
modules="$modules,jdk.localedata"
echo "runtime modules: $modules"
jlink --module-path "$fx_path" --add-modules "$modules" --include-locales=en \
  --strip-debug --no-header-files --no-man-pages --generate-cds-archive --output "$work/runtime"
# JavaFX's native libraries travel inside its jars; a linked runtime loads them from its own library folder.
for jar in "${fx_jars[@]}"; do
  unzip -q -o "$jar" '*.so' '*.dylib' '*.dll' -x 'META-INF/*' -d "$work/runtime/$native" 2> /dev/null || true
done
# Java Sound is never used; its library alone would make the .deb depend on libasound2.
rm -f "$work/runtime/lib/libjsound.so"

# --- 2. the app-image ---------------------------------------------------------------------------------------------
cp target/exemption-advisor.jar "$work/input/"
cp "${libs[@]}" "$work/input/lib/"
licences="$work/input/licences"
mkdir -p "$licences/notices"
cp LICENSE NOTICE target/classes/about/THIRD-PARTY.txt resources/fonts/LICENSE-*.txt "$licences/"
for dir in target/notices/*/; do
  for file in "$dir"META-INF/NOTICE*; do
    [ -f "$file" ] && cp "$file" "$licences/notices/$(basename "$dir" | sed 's/-jar$//')-NOTICE.txt"
  done
done
# The menu entry: the .deb registers the icon in every size under its name; the .rpm names the installed PNG.
mkdir -p "$work/resources-deb" "$work/resources-rpm"
sed "s|@ICON@|exemption-advisor|" packaging/linux/exemption-advisor.desktop > "$work/resources-deb/$name.desktop"
cp packaging/linux/postinst packaging/linux/prerm "$work/resources-deb/"
sed "s|@ICON@|APPLICATION_ICON|" packaging/linux/exemption-advisor.desktop > "$work/resources-rpm/$name.desktop"
# The .rpm's spec restores the jars' modification times in the package itself (the .deb's postinst does it on install).
cp packaging/linux/exemption-advisor.spec "$work/resources-rpm/$name.spec"

java_option_args=()
for option in "${java_options[@]}"; do java_option_args+=(--java-options "$option"); done
jpackage --type app-image --dest "$out" --name "$name" --app-version "$package_version" \
  --vendor "Temasek Polytechnic" --copyright "Copyright 2026 Temasek Polytechnic" \
  --description "Which modules a learner's micro-credentials exempt, offline" \
  --icon "$icon" --runtime-image "$work/runtime" \
  --input "$work/input" --main-jar exemption-advisor.jar --main-class sg.tsa.advisor.app.Launcher \
  "${java_option_args[@]}"
case "$os" in
  linux) image="$out/$name"; launcher="$image/bin/$name"; runtime="$image/lib/runtime"; appdir="$image/lib/app" ;;
  mac) image="$out/$name.app"; launcher="$image/Contents/MacOS/$name"; runtime="$image/Contents/runtime/Contents/Home"
       appdir="$image/Contents/app" ;;
  win) image="$out/$name"; launcher="$image/$name.exe"; runtime="$image/runtime"; appdir="$image/app" ;;
esac
[ "$os" = linux ] && for s in 16 24 32 48 64 128 256 512; do
  mkdir -p "$image/lib/icons/hicolor/${s}x${s}/apps"
  cp "packaging/icons/exemption-advisor-$s.png" "$image/lib/icons/hicolor/${s}x${s}/apps/exemption-advisor.png"
done

# --- 3. the application's CDS archive, from a training start ------------------------------------------------------
# A JDK 17 archive of class-path classes maps only where the class path's jars were when it was made. The Linux
# installers put the application in /opt/exemption-advisor, so when they are built the training start sees the
# app-image there, through a private bind mount (unshare: root, or an unprivileged user namespace), and nothing is
# written outside target/. An app-image alone is trained where it stands (and warns at each start if moved).
# On macOS and Windows the archive is made in place too: see packaging/README.md.
jsa_name=exemption-advisor.jsa
install_dir=""
for type in "${types[@]}"; do
  case "$type" in deb | rpm) install_dir=/opt/$name ;; esac
done
data="$PWD/$work/training-data"
in_place() { # runs "$@" with the app-image seen at its install folder, with a display
  local at="$image" display=()
  [ "$os" = linux ] && [ -z "${DISPLAY:-}" ] && display=(xvfb-run -a -s "-screen 0 1366x768x24")
  if [ -n "$install_dir" ]; then
    local as_user=(); [ "$(id -u)" = 0 ] || as_user=(-r)
    unshare "${as_user[@]}" -m sh -c 'mount -t tmpfs none "$(dirname "$1")" && mkdir "$1" && mount --bind "$2" "$1" \
      && shift 2 && exec "$@"' sh "$install_dir" "$PWD/$image" "${display[@]}" "$install_dir/bin/$name" "$@"
  else
    "${display[@]}" "$launcher" "$@"
  fi
}
app_at_install="$PWD/$appdir"
[ -n "$install_dir" ] && app_at_install="$install_dir/lib/app"
rm -rf "$data"
# The training start runs without the launcher's -XX:SharedArchiveFile (the archive it is about to write), then the
# launcher's options are put back. The launcher passes JAVA_TOOL_OPTIONS to its JVM like any other.
cfg="$(ls "$appdir"/*.cfg)"
cp "$cfg" "$work/launcher.cfg"
grep -v 'SharedArchiveFile' "$work/launcher.cfg" > "$cfg"
JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$app_at_install/$jsa_name" EXEMPTION_ADVISOR_HOME="$data" \
  in_place --measure-startup > "$work/training.out" 2>&1 || { cat "$work/training.out" >&2; echo "error: the training start failed" >&2; exit 1; }
cp "$work/launcher.cfg" "$cfg"
# The archive also holds each jar's modification time, which the installers' copies do not keep: the .deb's
# postinst sets them back from this list (tried by hand on an installed .deb: the archive then maps).
(cd "$appdir" && find . -name '*.jar' -printf '%T@ %P\n' | sed 's/\.[0-9]* / /') > "$appdir/jar-times.txt"
[ -s "$appdir/$jsa_name" ] || { cat "$work/training.out" >&2; echo "error: the training start wrote no CDS archive" >&2; exit 1; }

# --- 4. the check: the archive maps, and serves the window's classes ----------------------------------------------
JAVA_TOOL_OPTIONS="-Xshare:on -Xlog:class+load=info:file=$PWD/$work/class-load.log" EXEMPTION_ADVISOR_HOME="$data" \
  in_place --measure-startup > "$work/check.out" 2>&1 || {
  cat "$work/check.out" >&2
  echo "error: the launcher does not start with -Xshare:on: the CDS archive does not match the runtime" >&2
  exit 1
}
from_archive="$(grep -c 'source: shared objects file' "$work/class-load.log" || true)"
app_from_archive="$(grep -c 'sg\.tsa\.advisor\..* source: shared objects file (top)' "$work/class-load.log" || true)"
from_jars="$(grep -c 'source: file:\|source: jar:\|source: jrt:' "$work/class-load.log" || true)"
if [ "$app_from_archive" -lt 50 ]; then
  echo "error: only $app_from_archive of the application's classes came from its CDS archive: it does not match" >&2
  exit 1
fi
echo "CDS archive checked: $from_archive classes of a start came from the archives ($app_from_archive of the"
echo "application's own), $from_jars from jars or modules"
[ -f "$data/exemption-advisor.db" ] || { echo "error: the packaged window did not create its database" >&2; exit 1; }

# --- smoke test: the packaged launcher says its version, and advises exactly as `java -jar` does ----------------------
said="$(in_place --version 2>&1)"
[ "$said" = "Exemption Advisor $version" ] || { echo "error: the packaged --version says '$said', not '$version'" >&2; exit 1; }
advise=(advise --catalogue "$PWD/resources/catalogue/default-catalogue.json" --as-of 2026-11-28 --intake 2027-04-01
  ccna@2024-09-01 aws-saa@2023-01-10)
EXEMPTION_ADVISOR_HOME="$data" in_place "${advise[@]}" > "$work/advise-packaged.txt" 2>&1
java -jar target/exemption-advisor.jar "${advise[@]}" > "$work/advise-java-jar.txt" 2>&1
diff -u "$work/advise-java-jar.txt" "$work/advise-packaged.txt" >&2 || {
  echo "error: the packaged launcher advises differently from java -jar (above)" >&2; exit 1; }
EXEMPTION_ADVISOR_HOME="$data" in_place "${advise[@]}" --pdf "$PWD/$work/smoke.pdf" --learner "Smoke Test" \
  --counsellor "Packaging" > /dev/null
[ "$(head -c 5 "$work/smoke.pdf")" = "%PDF-" ] || { echo "error: the packaged launcher made no PDF" >&2; exit 1; }
echo "smoke test passed: --version, advise (same as java -jar), advise --pdf, the window with its database"

# --- 5. the installers ----------------------------------------------------------------------------------------------
for type in "${types[@]}"; do
  [ "$type" = app-image ] && continue
  extra=(); mkdir -p "$work/resources-$type"
  case "$type" in
    # The .deb's dependencies are found from the libraries' links (libgtk-3-0 from JavaFX's GTK library); rpm
    # finds none on a Debian builder, so the .rpm names what JavaFX needs itself.
    # The window takes Tamil and Chinese characters from the system's fonts; on Linux JavaFX sees only the fonts
    # fontconfig knows, so the .deb asks for Noto for Tamil and Jawi and for Droid Sans Fallback for Chinese: with
    # fonts-noto-cjk beside fonts-noto-core, JavaFX's default font drew Han as boxes (decision 0022).
    deb) extra=(--linux-shortcut --linux-menu-group "Education;Office;" --linux-app-category education
                --linux-deb-maintainer "continuing-education@tp.edu.sg"
                --linux-package-deps "fonts-noto-core, fonts-droid-fallback") ;;
    rpm) extra=(--linux-shortcut --linux-menu-group "Education;Office;" --linux-rpm-license-type "ASL 2.0"
                --linux-package-deps "gtk3, xdg-utils") ;;
    msi | exe) extra=(--win-menu --win-menu-group "Exemption Advisor" --win-shortcut --win-dir-chooser
                      --win-upgrade-uuid 3f0d1c52-8f3e-4f7e-9a57-2b1b8f0a6e11) ;;
    dmg | pkg) extra=(--mac-package-name "Exemption Advisor") ;;
  esac
  jpackage --type "$type" --dest "$out" --app-image "$image" --name "$name" --app-version "$package_version" \
    --vendor "Temasek Polytechnic" --copyright "Copyright 2026 Temasek Polytechnic" \
    --description "Which modules a learner's micro-credentials exempt, offline" \
    --license-file LICENSE --resource-dir "$work/resources-$type" "${extra[@]}"
done

echo "version $version"
du -sh "$image" $(find "$out" -maxdepth 1 -type f) 2> /dev/null
