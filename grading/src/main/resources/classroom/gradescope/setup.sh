#!/usr/bin/env bash
# Gradescope runs this once, when it builds the autograder's image. It installs what the grader needs to run:
# a JDK (17 or newer; the grader compiles each submission) and bubblewrap (the sandbox for student code).
# Nothing is built here: grader.jar beside this script is the built grader.
set -euo pipefail

java_major() {
  java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | cut -d. -f1
}

packages=()
if ! command -v javac >/dev/null 2>&1 || [ "$(java_major || echo 0)" -lt 17 ]; then
  packages+=(openjdk-17-jdk-headless)
fi
if ! command -v bwrap >/dev/null 2>&1; then
  packages+=(bubblewrap)
fi
if [ ${#packages[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}"
fi
java -version 2>&1 | head -n 1
java -jar "$(dirname "$0")/grader.jar" --version
