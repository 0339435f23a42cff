import FormantNumerics

extension Wav2Vec2Model {
    /// An untrained model of any shape, for demonstrations, tests and benchmarks; its summary says
    /// "random, untrained".
    ///
    /// Every parameter the architecture takes is made from `seed` and its key, so a model is reproducible
    /// and each tensor independent of the others: norm scales 1, biases and running means 0, running
    /// variances 1, and every weight uniform with mean 0 and standard deviation `1/√fan_in`
    /// (`fan_in` = the product of all dimensions but the first), which keeps activations of order one.
    public static func random(configuration: Wav2Vec2Configuration, seed: UInt64 = 0) throws -> Wav2Vec2Model {
        let store = ParameterStore(source: "random model (seed \(seed))") { key, shape in
            randomParameter(key: key, shape: shape, seed: seed)
        }
        return try Wav2Vec2Model(configuration: configuration, parameters: store, origin: .random(seed: seed))
    }

    static func randomParameter(key: String, shape: [Int], seed: UInt64) -> Tensor {
        let isScale = key.hasSuffix("norm.weight") || key.hasSuffix("running_var")
        if isScale { return Tensor(shape: shape, repeating: 1) }
        if key.hasSuffix("bias") || key.hasSuffix("running_mean") { return Tensor(shape: shape, repeating: 0) }
        let fanIn = max(1, shape.dropFirst().reduce(1, *))
        let halfWidth = Float(3.0 / Double(fanIn)).squareRoot()
        var generator = SplitMix64(seed: seed ^ key.utf8.reduce(0xCBF2_9CE4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01B3 })
        let count = shape.reduce(1, *)
        let storage = [Float](unsafeUninitializedCapacity: count) { buffer, initialized in
            for i in 0..<count { buffer[i] = (generator.nextUnit() * 2 - 1) * halfWidth }
            initialized = count
        }
        return Tensor(shape: shape, storage: storage)
    }
}

/// Steele, Lea & Flood's SplitMix64 generator: tiny, fast and well mixed; enough for random weights.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform number in [0, 1).
    mutating func nextUnit() -> Float { Float(next() >> 40) * 0x1p-24 }
}
