/// The dot products of three rows with four rows at once, the kernel of NN-descent's local join.
///
/// The join compares every pair of a frame's candidates, a few dozen rows that stay in the L2 cache; one
/// product at a time streams two rows through the core for every 2·d operations and is bound by that cache's
/// bandwidth. A 3 × 4 tile loads seven rows' lanes for twelve products, in twelve vector accumulators plus
/// seven operands (the sixteen registers of AVX2), about three times the products per byte.
enum DotProductTile {
    /// Rows per tile.
    static let height = 3
    /// Columns per tile.
    static let width = 4

    /// `out[r · width + c]` = rows[r] · columns[c] for r < `height`, c < `width`, each row `features` long.
    @inline(__always)
    static func products(
        _ rows: UnsafePointer<UnsafePointer<Float>>, _ columns: UnsafePointer<UnsafePointer<Float>>, features: Int,
        into out: UnsafeMutablePointer<Float>
    ) {
        let r0 = UnsafeRawPointer(rows[0]), r1 = UnsafeRawPointer(rows[1]), r2 = UnsafeRawPointer(rows[2])
        let c0 = UnsafeRawPointer(columns[0]), c1 = UnsafeRawPointer(columns[1])
        let c2 = UnsafeRawPointer(columns[2]), c3 = UnsafeRawPointer(columns[3])
        var s00 = SIMD8<Float>(), s01 = SIMD8<Float>(), s02 = SIMD8<Float>(), s03 = SIMD8<Float>()
        var s10 = SIMD8<Float>(), s11 = SIMD8<Float>(), s12 = SIMD8<Float>(), s13 = SIMD8<Float>()
        var s20 = SIMD8<Float>(), s21 = SIMD8<Float>(), s22 = SIMD8<Float>(), s23 = SIMD8<Float>()
        var offset = 0
        while offset + 32 <= features * 4 {  // bytes
            let x0 = load(r0, offset), x1 = load(r1, offset), x2 = load(r2, offset)
            let y0 = load(c0, offset)
            s00.addProduct(x0, y0); s10.addProduct(x1, y0); s20.addProduct(x2, y0)
            let y1 = load(c1, offset)
            s01.addProduct(x0, y1); s11.addProduct(x1, y1); s21.addProduct(x2, y1)
            let y2 = load(c2, offset)
            s02.addProduct(x0, y2); s12.addProduct(x1, y2); s22.addProduct(x2, y2)
            let y3 = load(c3, offset)
            s03.addProduct(x0, y3); s13.addProduct(x1, y3); s23.addProduct(x2, y3)
            offset += 32
        }
        (out[0], out[1], out[2], out[3]) = (s00.sum(), s01.sum(), s02.sum(), s03.sum())
        (out[4], out[5], out[6], out[7]) = (s10.sum(), s11.sum(), s12.sum(), s13.sum())
        (out[8], out[9], out[10], out[11]) = (s20.sum(), s21.sum(), s22.sum(), s23.sum())
        for feature in (offset / 4)..<features {  // past the last multiple of eight
            for index in 0..<(height * width) {
                out[index] += rows[index / width][feature] * columns[index % width][feature]
            }
        }
    }

    @inline(__always)
    private static func load(_ row: UnsafeRawPointer, _ offset: Int) -> SIMD8<Float> {
        row.loadUnaligned(fromByteOffset: offset, as: SIMD8<Float>.self)
    }
}
