import FormantNumerics

/// A fully connected layer `y = x·Wᵀ + b`, as PyTorch's `nn.Linear` (`weight` is `[out, in]`).
public struct Linear: Sendable {
    /// `[out, in]`.
    public var weight: Tensor
    /// `[out]`, or `nil` for a layer without bias.
    public var bias: Tensor?

    /// A layer from explicit parameters.
    public init(weight: Tensor, bias: Tensor?) {
        self.weight = weight
        self.bias = bias
    }

    /// Takes `<prefix>.weight` and `<prefix>.bias` from the store.
    init(_ store: ParameterStore, _ prefix: String, input: Int, output: Int, bias: Bool = true) throws {
        weight = try store.take("\(prefix).weight", shape: [output, input])
        self.bias = try store.take("\(prefix).bias", shape: [output], if: bias)
    }

    /// Maps every row of `x` (`[frames, in]` → `[frames, out]`).
    public func forward(_ x: Tensor) -> Tensor {
        x.linear(weight: weight, bias: bias)
    }
}
