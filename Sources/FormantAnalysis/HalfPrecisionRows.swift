import FormantNumerics

/// The rows of a frames × features matrix in half precision, for the random-projection forest's margins:
/// half the bytes of single precision, so the forest, bound by how fast rows stream from memory, reads
/// twice the rows per second (the conversion back is one instruction per eight values on CPUs with F16C,
/// which `-target-cpu native` lets the compiler use). The trees need only the margins' signs, and a
/// hyperplane nudged by rounding is another random hyperplane; the neighbour search itself compares
/// single-precision rows.
///
/// Values are scaled by a power of two (exact) so that the largest magnitude is in [2¹⁴, 2¹⁵), inside Float16's
/// range (±65,504) whatever the input's units; dot products come out scaled by its square.
/// Each value keeps 11 significant bits.
struct HalfPrecisionRows: Sendable {
    private let storage: [Float16]
    /// Features per row.
    let features: Int
    /// The factor every value was multiplied by.
    let scale: Float

    /// The rows of the row-major `values` (`features` per row), converted on every core.
    init(_ values: [Float], features: Int) {
        let largest = values.largestMagnitude
        let scale: Float = largest > 0 && largest.isFinite ? Float(sign: .plus, exponent: 14 - largest.exponent, significand: 1) : 1
        storage = [Float16](count: values.count) { output in
            Threading.parallelFor(values.count, minimumChunk: 1 << 16) { range in
                for index in range { output[index] = Float16(values[index] * scale) }
            }
        }
        self.features = features
        self.scale = scale
    }

    /// How many rows there are.
    var frames: Int { features > 0 ? storage.count / features : 0 }

    /// Calls `body` with rows i and j.
    func withRows<Result>(
        _ i: Int, _ j: Int, _ body: (UnsafeBufferPointer<Float16>, UnsafeBufferPointer<Float16>) -> Result
    ) -> Result {
        storage.withUnsafeBufferPointer { rows in
            body(UnsafeBufferPointer(rebasing: rows[(i * features)..<((i + 1) * features)]),
                 UnsafeBufferPointer(rebasing: rows[(j * features)..<((j + 1) * features)]))
        }
    }

    /// The dot product of row `i` with `vector` (`features` values, in the rows' scaled units).
    @inline(__always)
    func dot(_ i: Int, _ vector: UnsafePointer<Float>) -> Float {
        storage.withUnsafeBufferPointer { rows in
            let row = rows.baseAddress! + i * features, other = UnsafeRawPointer(vector)
            @inline(__always) func product(_ offset: Int) -> SIMD8<Float> {
                SIMD8<Float>(Self.load(row, offset)) * other.loadUnaligned(fromByteOffset: offset * 4, as: SIMD8<Float>.self)
            }
            var even = SIMD8<Float>(), odd = SIMD8<Float>()  // two accumulators: a shorter dependency chain
            var offset = 0
            while offset + 16 <= features {
                even += product(offset)
                odd += product(offset + 8)
                offset += 16
            }
            if offset + 8 <= features {
                even += product(offset)
                offset += 8
            }
            return (offset..<features).reduce((even + odd).sum()) { $0 + Float(row[$1]) * vector[$1] }
        }
    }

    /// The dot products of four rows with `vector`, computed side by side: the forest reads rows in no order
    /// a prefetcher foresees, and four rows in flight wait on memory once where one row at a time waits four
    /// times.
    @inline(__always)
    func dots(_ i: SIMD4<Int32>, _ vector: UnsafePointer<Float>) -> SIMD4<Float> {
        storage.withUnsafeBufferPointer { rows in
            let base = rows.baseAddress!, other = UnsafeRawPointer(vector)
            let r0 = base + Int(i[0]) * features, r1 = base + Int(i[1]) * features
            let r2 = base + Int(i[2]) * features, r3 = base + Int(i[3]) * features
            var s0 = SIMD8<Float>(), s1 = SIMD8<Float>(), s2 = SIMD8<Float>(), s3 = SIMD8<Float>()
            var offset = 0
            while offset + 8 <= features {
                let v = other.loadUnaligned(fromByteOffset: offset * 4, as: SIMD8<Float>.self)
                s0 = s0.addingProduct(SIMD8<Float>(Self.load(r0, offset)), v)
                s1 = s1.addingProduct(SIMD8<Float>(Self.load(r1, offset)), v)
                s2 = s2.addingProduct(SIMD8<Float>(Self.load(r2, offset)), v)
                s3 = s3.addingProduct(SIMD8<Float>(Self.load(r3, offset)), v)
                offset += 8
            }
            var result = SIMD4(s0.sum(), s1.sum(), s2.sum(), s3.sum())
            for k in offset..<features {
                result += SIMD4(Float(r0[k]), Float(r1[k]), Float(r2[k]), Float(r3[k])) * vector[k]
            }
            return result
        }
    }

    @inline(__always)
    private static func load(_ row: UnsafePointer<Float16>, _ offset: Int) -> SIMD8<Float16> {
        UnsafeRawPointer(row + offset).loadUnaligned(as: SIMD8<Float16>.self)
    }
}
