import FormantNumerics

/// Layer normalisation over the last dimension with learned scale and shift (`nn.LayerNorm`).
public struct LayerNorm: Sendable {
    /// γ, `[features]`.
    public var weight: Tensor
    /// β, `[features]`.
    public var bias: Tensor
    /// ε added to the variance.
    public var epsilon: Float

    /// Takes `<prefix>.weight` and `<prefix>.bias` from the store.
    init(_ store: ParameterStore, _ prefix: String, features: Int, epsilon: Float) throws {
        weight = try store.take("\(prefix).weight", shape: [features])
        bias = try store.take("\(prefix).bias", shape: [features])
        self.epsilon = epsilon
    }

    /// Normalises every row of `x`.
    public func forward(_ x: Tensor) -> Tensor {
        x.layerNormalized(weight: weight, bias: bias, epsilon: epsilon)
    }
}
