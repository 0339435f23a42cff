import Foundation

/// A point-wise non-linearity, as the activations named in Hugging Face configurations compute them.
///
/// - `gelu`: exact GELU, `x·Φ(x) = ½x(1 + erf(x/√2))` (Hendrycks & Gimpel 2016; PyTorch's default),
///   with `erf` to 4·10⁻⁷ (`Tensor.erfApproximation`).
/// - `geluTanh`: the tanh approximation `½x(1 + tanh(√(2/π)(x + 0.044715x³)))`.
/// - `quickGelu`: `x·σ(1.702x)`.
/// - `relu`: `max(0, x)`; `silu`: `x·σ(x)` (also called swish); `tanh`; `identity`.
public enum Activation: String, Sendable, CaseIterable {
    case gelu, geluTanh, quickGelu, relu, silu, tanh, identity

    /// Applies the activation to one element.
    @inline(__always)
    public func callAsFunction(_ x: Float) -> Float {
        switch self {
        case .gelu: return 0.5 * x * (1 + Tensor.erfApproximation(x * 0.70710678118654752))
        case .geluTanh: return 0.5 * x * (1 + Foundation.tanh(0.79788456080286536 * (x + 0.044715 * x * x * x)))
        case .quickGelu: return x / (1 + expf(-1.702 * x))
        case .relu: return max(0, x)
        case .silu: return x / (1 + expf(-x))
        case .tanh: return Foundation.tanh(x)
        case .identity: return x
        }
    }

    /// Applies the activation in place to every element of `buffer`, split over `Threading.threadCount` cores.
    public func apply(to buffer: UnsafeMutableBufferPointer<Float>) {
        guard self != .identity else { return }
        nonisolated(unsafe) let buffer = buffer
        Threading.parallelFor(buffer.count, minimumChunk: 1 << 15) { range in
            apply(toRow: UnsafeMutableBufferPointer(rebasing: buffer[range]))
        }
    }

    /// Applies the activation in place to `buffer` on the calling thread (a loop the compiler vectorises).
    public func apply(toRow buffer: UnsafeMutableBufferPointer<Float>) {
        switch self {
        case .identity: return
        case .gelu:
            for i in buffer.indices {
                let x = buffer[i]
                buffer[i] = 0.5 * x * (1 + Tensor.erfApproximation(x * 0.70710678118654752))
            }
        case .relu: for i in buffer.indices { buffer[i] = buffer[i] > 0 ? buffer[i] : 0 }
        default: for i in buffer.indices { buffer[i] = self(buffer[i]) }
        }
    }
}

extension Tensor {
    /// Applies `activation` to every element in place.
    public mutating func apply(_ activation: Activation) {
        storage.withUnsafeMutableBufferPointer { activation.apply(to: $0) }
    }

    /// This tensor with `activation` applied to every element.
    public func applying(_ activation: Activation) -> Tensor {
        var result = self
        result.apply(activation)
        return result
    }
}
