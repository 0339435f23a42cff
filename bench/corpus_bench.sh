#!/bin/sh
# Builds the FormantCorpus benchmark (release) in a temporary package pointing at this repository's
# sources, runs it and prints Markdown table rows. Usage: bench/corpus_bench.sh
set -eu
repo=$(cd "$(dirname "$0")/.." && pwd)
work=${TMPDIR:-/tmp}/formant-corpus-bench-package
mkdir -p "$work/Sources/CorpusBench"
ln -sfn "$repo/Sources/FormantCore" "$work/Sources/FormantCore"
ln -sfn "$repo/Sources/FormantCorpus" "$work/Sources/FormantCorpus"
ln -sfn "$repo/bench/corpus_bench.swift" "$work/Sources/CorpusBench/main.swift"
[ -f "$repo/Package.resolved" ] && cp "$repo/Package.resolved" "$work/Package.resolved"
cat > "$work/Package.swift" <<'MANIFEST'
// swift-tools-version:6.0
import PackageDescription
let settings: [SwiftSetting] = [.swiftLanguageMode(.v5), .unsafeFlags(["-Ounchecked"])]
let package = Package(
    name: "CorpusBench",
    dependencies: [
        .package(url: "https://github.com/apple/swift-atomics", from: "1.3.0"),
        .package(url: "https://github.com/apple/swift-numerics", from: "1.1.1"),
    ],
    targets: [
        .target(name: "FormantCore", dependencies: [.product(name: "Atomics", package: "swift-atomics")], swiftSettings: settings),
        .target(name: "FormantCorpus", dependencies: ["FormantCore", .product(name: "Numerics", package: "swift-numerics")], swiftSettings: settings),
        .executableTarget(name: "CorpusBench", dependencies: ["FormantCorpus"], swiftSettings: settings),
    ]
)
MANIFEST
cd "$work"
swift build -c release --product CorpusBench >&2
"$work/.build/release/CorpusBench"
