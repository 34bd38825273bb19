#!/usr/bin/env bash
# Gradescope autograder setup (Ubuntu base image): zip this repository as the autograder source;
# Gradescope runs this once when it builds the image.
set -euo pipefail
apt-get update -qq
apt-get install -y -qq openjdk-17-jdk-headless maven bubblewrap
cd /autograder/source
mvn -B -q -DskipTests install
