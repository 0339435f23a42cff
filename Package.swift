// swift-tools-version:6.0
// Formant: a Jupyter kernel for the phonetic analysis of wav2vec 2.0 embeddings.
//
// Layers, bottom to top; a target imports only targets of the layers below it:
//   C shims (CZeroMQ, COpenBLAS)
//   -> FormantCore (display bundles, progress, cancellation) and FormantNumerics (tensors, BLAS, LAPACK)
//   -> domain libraries (FormantModel, FormantCorpus, FormantAnalysis, FormantPlots)
//   -> the script language (FormantScript: values and the builtin registry; FormantInterpreter;
//      FormantBuiltins: the domain libraries' bindings, registered through the registry)
//   -> the kernel (FormantKernel: Jupyter protocol and ZeroMQ transport, knows no language)
//   -> the executable (formant)
import PackageDescription

let swiftSettings: [SwiftSetting] = [.swiftLanguageMode(.v5)]
// The numeric targets' release builds drop overflow and bounds checks in their kernels, and are compiled for
// the CPU that builds them (as `-march=native` is for C), so that SIMD code uses its widest vectors (AVX2,
// FMA and F16C on x86-64); a binary built here is meant to run here.
let numericKernels: [SwiftSetting] = swiftSettings + [
    .unsafeFlags(["-Ounchecked", "-target-cpu", "native"], .when(configuration: .release))
]

let package = Package(
    name: "Formant",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "formant", targets: ["formant"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-atomics", from: "1.3.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/apple/swift-numerics", from: "1.1.1"),
        .package(url: "https://github.com/swiftlang/swift-syntax", from: "603.0.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // MARK: - C system-library shims

        .systemLibrary(
            name: "CZeroMQ",
            path: "Sources/Shims/CZeroMQ",
            pkgConfig: "libzmq",
            providers: [.apt(["libzmq3-dev"])]
        ),
        .systemLibrary(name: "CMalloc", path: "Sources/Shims/CMalloc"),
        .systemLibrary(
            name: "COpenBLAS",
            path: "Sources/Shims/COpenBLAS",
            providers: [.apt(["libopenblas-dev", "liblapacke-dev"])]
        ),

        // MARK: - Foundations: cross-cutting vocabulary and numerics

        .target(
            name: "FormantCore",
            dependencies: ["CMalloc", .product(name: "Atomics", package: "swift-atomics")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "FormantNumerics",
            dependencies: [
                "COpenBLAS", "FormantCore",
                .product(name: "Numerics", package: "swift-numerics"),
            ],
            swiftSettings: numericKernels
        ),

        // MARK: - Domain libraries

        .target(
            name: "FormantModel",
            dependencies: ["FormantNumerics", "FormantCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: numericKernels
        ),
        .target(
            name: "FormantCorpus",
            dependencies: ["FormantNumerics", "FormantCore", .product(name: "Numerics", package: "swift-numerics")],
            swiftSettings: numericKernels
        ),
        .target(
            name: "FormantAnalysis",
            dependencies: ["FormantNumerics", "FormantCore", "FormantModel", "FormantCorpus"],
            swiftSettings: numericKernels
        ),
        .target(
            name: "FormantPlots",
            dependencies: ["FormantCore"],
            swiftSettings: swiftSettings
        ),

        // MARK: - The script language

        .target(
            name: "FormantScript",
            dependencies: [
                "FormantCore",
                .product(name: "Atomics", package: "swift-atomics"),
                .product(name: "OrderedCollections", package: "swift-collections"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "FormantInterpreter",
            dependencies: [
                "FormantScript", "FormantCore",
                .product(name: "SwiftSyntax", package: "swift-syntax"),
                .product(name: "SwiftParser", package: "swift-syntax"),
                .product(name: "SwiftDiagnostics", package: "swift-syntax"),
                .product(name: "SwiftParserDiagnostics", package: "swift-syntax"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "FormantBuiltins",
            dependencies: [
                "FormantScript", "FormantCore", "FormantNumerics", "FormantModel", "FormantCorpus",
                "FormantAnalysis", "FormantPlots",
            ],
            swiftSettings: swiftSettings
        ),

        // MARK: - The kernel (Jupyter protocol; knows no language)

        .target(
            name: "FormantKernel",
            dependencies: [
                "CZeroMQ",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Atomics", package: "swift-atomics"),
            ],
            swiftSettings: swiftSettings
        ),

        // MARK: - The executable

        .executableTarget(
            name: "formant",
            dependencies: [
                "FormantKernel", "FormantInterpreter", "FormantBuiltins", "FormantScript", "FormantCore",
                "FormantModel", "FormantAnalysis",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),

        // MARK: - Tests

        .target(
            name: "FormantTestSupport",
            dependencies: ["FormantNumerics"],
            path: "Tests/FormantTestSupport",
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "FormantCoreTests", dependencies: ["FormantCore"], swiftSettings: swiftSettings),
        .testTarget(
            name: "FormantNumericsTests", dependencies: ["FormantNumerics", "FormantTestSupport"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "FormantModelTests",
            dependencies: [
                "FormantModel", "FormantTestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Fixtures")], swiftSettings: swiftSettings),
        .testTarget(
            name: "FormantCorpusTests", dependencies: ["FormantCorpus", "FormantTestSupport"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "FormantAnalysisTests", dependencies: ["FormantAnalysis", "FormantTestSupport"],
            resources: [.copy("Fixtures")], swiftSettings: swiftSettings),
        .testTarget(
            name: "FormantPlotsTests", dependencies: ["FormantPlots", "FormantTestSupport"],
            resources: [.copy("Golden")], swiftSettings: swiftSettings),
        .testTarget(
            name: "FormantScriptTests", dependencies: ["FormantScript"], swiftSettings: swiftSettings),
        .testTarget(
            name: "FormantInterpreterTests", dependencies: ["FormantInterpreter", "FormantScript"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "FormantBuiltinsTests",
            dependencies: [
                "FormantBuiltins", "FormantInterpreter", "FormantScript", "FormantTestSupport",
                .product(name: "OrderedCollections", package: "swift-collections"),
            ],
            swiftSettings: swiftSettings),
        .testTarget(name: "FormantKernelTests", dependencies: ["FormantKernel"], swiftSettings: swiftSettings),
    ]
)
