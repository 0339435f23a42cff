/// The frames a convolutional feature encoder produces from a waveform, as wav2vec 2.0's does.
///
/// Each layer (kernel k, stride s) maps a length L to ⌊(L − k)/s⌋ + 1 (0 when L < k). The standard
/// wav2vec 2.0 stack (kernels 10,3,3,3,3,2,2; strides 5,2,2,2,2,2,2; Baevski et al. 2020) has a receptive
/// field of 400 samples and a hop of 320 (25 ms and 20 ms at 16 kHz): frame t covers samples
/// 320t … 320t + 399 and is centred at (320t + 200)/16000 s; n ≥ 400 samples give ⌊(n − 400)/320⌋ + 1 frames.
public struct FrameGrid: Equatable, Sendable {
    /// One convolution of the stack.
    public struct Layer: Equatable, Sendable {
        /// Kernel width in input steps.
        public var kernel: Int
        /// Stride in input steps.
        public var stride: Int

        /// A layer of width `kernel` and step `stride`.
        public init(kernel: Int, stride: Int) {
            self.kernel = kernel
            self.stride = stride
        }
    }

    /// The convolution layers, input first.
    public let layers: [Layer]
    /// Samples per second of the input.
    public let sampleRate: Int

    /// A grid for the stack `layers` over audio at `sampleRate`.
    public init(layers: [Layer], sampleRate: Int = Audio.modelSampleRate) throws {
        guard !layers.isEmpty, layers.allSatisfy({ $0.kernel > 0 && $0.stride > 0 }) else {
            throw CorpusError.invalidParameter(name: "frame grid", reason: "layers need positive kernels and strides")
        }
        guard sampleRate > 0 else { throw CorpusError.invalidParameter(name: "frame grid sample rate", reason: "\(sampleRate) Hz") }
        self.init(checkedLayers: layers, sampleRate: sampleRate)
    }

    /// The wav2vec 2.0 / HuBERT feature encoder at 16 kHz.
    public static let wav2vec2: FrameGrid = {
        let kernels = [10, 3, 3, 3, 3, 2, 2]
        let strides = [5, 2, 2, 2, 2, 2, 2]
        return FrameGrid(checkedLayers: zip(kernels, strides).map { Layer(kernel: $0, stride: $1) }, sampleRate: Audio.modelSampleRate)
    }()

    private init(checkedLayers: [Layer], sampleRate: Int) {
        layers = checkedLayers
        self.sampleRate = sampleRate
    }

    /// Input samples between consecutive frames: the product of the strides.
    public var hop: Int { layers.reduce(1) { $0 * $1.stride } }

    /// Input samples one frame sees: r = k₁ + Σᵢ (kᵢ − 1)·∏_{j<i} sⱼ.
    public var receptiveField: Int {
        var field = 1
        var jump = 1
        for layer in layers {
            field += (layer.kernel - 1) * jump
            jump *= layer.stride
        }
        return field
    }

    /// The number of frames the stack outputs for `sampleCount` input samples, layer by layer.
    public func frameCount(sampleCount: Int) -> Int {
        layers.reduce(sampleCount) { length, layer in
            length < layer.kernel ? 0 : (length - layer.kernel) / layer.stride + 1
        }
    }

    /// The centre of frame `t` in seconds: (hop·t + receptiveField/2) / sampleRate.
    public func centre(ofFrame t: Int) -> Double {
        (Double(hop * t) + Double(receptiveField) / 2) / Double(sampleRate)
    }
}
