#!/usr/bin/env bash
# Issue 17: the staff queue page rendered by Thymeleaf (the portal's templates) and by jte (a port of them), CPU per
# page. jte is fetched for this benchmark only; the portal does not depend on it (ADR 66).
set -euo pipefail
cd "$(dirname "$0")/../.."
JTE_VERSION=3.2.5
./mvnw -q -B -ntp dependency:get -Dartifact=gg.jte:jte:$JTE_VERSION >/dev/null
./mvnw -q -B -ntp dependency:build-classpath -Dmdep.outputFile=target/engines-cp.txt -Dmdep.includeScope=runtime >/dev/null
repo=${MAVEN_REPO:-$HOME/.m2/repository}/gg/jte
cp="$(cat target/engines-cp.txt):$repo/jte/$JTE_VERSION/jte-$JTE_VERSION.jar:$repo/jte-runtime/$JTE_VERSION/jte-runtime-$JTE_VERSION.jar:$repo/jte-extension-api/$JTE_VERSION/jte-extension-api-$JTE_VERSION.jar"
rm -rf target/engines && mkdir -p target/engines/classes
javac -d target/engines/classes -cp "$cp" bench/prof/engines/engines/*.java
java -Xmx512m ${ENGINES_JAVA_OPTS:-} -Dlogback.configurationFile=bench/prof/quiet-logback.xml -cp "target/engines/classes:$cp" \
  engines.QueuePageEngines
