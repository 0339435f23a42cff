import COpenBLAS

extension Matrix {
    /// The product `op(self) · op(other)` through `cblas_dgemm`, where `op` transposes when asked.
    ///
    /// Transposition is free (BLAS reads the operand transposed), so `AᵀB` costs no copy.
    public func multiplied(by other: Matrix, transposingSelf: Bool = false, transposingOther: Bool = false) -> Matrix {
        let m = transposingSelf ? columns : rows
        let k = transposingSelf ? rows : columns
        let otherK = transposingOther ? other.columns : other.rows
        let n = transposingOther ? other.rows : other.columns
        precondition(k == otherK, "product of \(m)×\(k) and \(otherK)×\(n) matrices")
        var result = Matrix(rows: m, columns: n)
        guard m > 0, n > 0, k > 0 else { return result }
        storage.withUnsafeBufferPointer { a in
            other.storage.withUnsafeBufferPointer { b in
                result.storage.withUnsafeMutableBufferPointer { c in
                    cblas_dgemm(
                        CblasRowMajor, transposingSelf ? CblasTrans : CblasNoTrans,
                        transposingOther ? CblasTrans : CblasNoTrans, Int32(m), Int32(n), Int32(k), 1,
                        a.baseAddress, Int32(columns), b.baseAddress, Int32(other.columns), 0, c.baseAddress, Int32(n))
                }
            }
        }
        return result
    }

    /// The matrix product `lhs · rhs`.
    public static func * (lhs: Matrix, rhs: Matrix) -> Matrix { lhs.multiplied(by: rhs) }

    /// The Gram matrix `AᵀA` (columns×columns) through `cblas_dsyrk`, half the work of a general product.
    public var gram: Matrix {
        var result = Matrix(rows: columns, columns: columns)
        guard rows > 0, columns > 0 else { return result }
        storage.withUnsafeBufferPointer { a in
            result.storage.withUnsafeMutableBufferPointer { c in
                cblas_dsyrk(
                    CblasRowMajor, CblasUpper, CblasTrans, Int32(columns), Int32(rows), 1, a.baseAddress,
                    Int32(columns), 0, c.baseAddress, Int32(columns))
            }
        }
        for i in 0..<columns {
            for j in 0..<i { result.storage[i * columns + j] = result.storage[j * columns + i] }
        }
        return result
    }

    /// Adds `blockᵀ·block` to the upper triangle of this square matrix (`cblas_dsyrk` with β = 1);
    /// call `symmetrizeFromUpper()` after the last block. Accumulates Gram matrices over row blocks.
    ///
    /// With `singlePrecision`, the block's products are formed in Float32 (`cblas_ssyrk`, twice as fast) and
    /// only added up across blocks in Float64: for data stored in Float32, whose values carry no more digits
    /// than that, the Gram changes in about its seventh digit.
    public mutating func addUpperGram(of block: Matrix, singlePrecision: Bool = false) {
        precondition(rows == columns && block.columns == columns, "Gram accumulation of \(block.columns) columns into \(rows)×\(columns)")
        guard block.rows > 0, columns > 0 else { return }
        let n = columns
        guard singlePrecision else {
            block.storage.withUnsafeBufferPointer { a in
                storage.withUnsafeMutableBufferPointer { c in
                    cblas_dsyrk(CblasRowMajor, CblasUpper, CblasTrans, Int32(n), Int32(block.rows), 1, a.baseAddress,
                                Int32(n), 1, c.baseAddress, Int32(n))
                }
            }
            return
        }
        let a = block.singlePrecisionStorage
        addSinglePrecision(upperTriangleOnly: true) { c in
            cblas_ssyrk(CblasRowMajor, CblasUpper, CblasTrans, Int32(n), Int32(block.rows), 1, a, Int32(n), 0, c, Int32(n))
        }
    }

    /// Copies the upper triangle into the lower one.
    public mutating func symmetrizeFromUpper() {
        for i in 0..<rows {
            for j in 0..<i { storage[i * columns + j] = storage[j * columns + i] }
        }
    }

    /// Adds `leftᵀ·right` to this matrix (`cblas_dgemm` with β = 1): cross products accumulated over row blocks.
    /// With `singlePrecision`, the block's products are formed in Float32 (`cblas_sgemm`), as in `addUpperGram`.
    public mutating func addTransposedProduct(_ left: Matrix, _ right: Matrix, singlePrecision: Bool = false) {
        precondition(left.rows == right.rows && rows == left.columns && columns == right.columns,
                     "accumulating \(left.rows)×\(left.columns)ᵀ·\(right.rows)×\(right.columns) into \(rows)×\(columns)")
        guard left.rows > 0, rows > 0, columns > 0 else { return }
        let (m, n, k) = (Int32(rows), Int32(columns), Int32(left.rows))
        guard singlePrecision else {
            left.storage.withUnsafeBufferPointer { a in
                right.storage.withUnsafeBufferPointer { b in
                    storage.withUnsafeMutableBufferPointer { c in
                        cblas_dgemm(CblasRowMajor, CblasTrans, CblasNoTrans, m, n, k, 1,
                                    a.baseAddress, m, b.baseAddress, n, 1, c.baseAddress, n)
                    }
                }
            }
            return
        }
        let a = left.singlePrecisionStorage, b = right.singlePrecisionStorage
        addSinglePrecision(upperTriangleOnly: false) { c in
            cblas_sgemm(CblasRowMajor, CblasTrans, CblasNoTrans, m, n, k, 1, a, m, b, n, 0, c, n)
        }
    }

    /// The elements rounded to Float32.
    private var singlePrecisionStorage: [Float] {
        [Float](unsafeUninitializedCapacity: storage.count) { output, initialized in
            storage.withUnsafeBufferPointer { input in
                for index in input.indices { output[index] = Float(input[index]) }
            }
            initialized = storage.count
        }
    }

    /// Adds the rows × columns Float32 matrix that `product` writes (every element, or the upper triangle only)
    /// to this one.
    private mutating func addSinglePrecision(upperTriangleOnly: Bool, _ product: (UnsafeMutablePointer<Float>) -> Void) {
        let n = columns
        let single = [Float](unsafeUninitializedCapacity: rows * n) { output, initialized in
            product(output.baseAddress!)
            initialized = rows * n
        }
        single.withUnsafeBufferPointer { source in
            storage.withUnsafeMutableBufferPointer { target in
                for i in 0..<rows {
                    for j in (upperTriangleOnly ? i : 0)..<n { target[i * n + j] += Double(source[i * n + j]) }
                }
            }
        }
    }

    /// The matrix-vector product `self · vector`.
    public func multiplied(by vector: [Double]) -> [Double] {
        precondition(vector.count == columns, "\(rows)×\(columns) matrix times a vector of \(vector.count)")
        var result = [Double](repeating: 0, count: rows)
        guard rows > 0, columns > 0 else { return result }
        storage.withUnsafeBufferPointer { a in
            cblas_dgemv(CblasRowMajor, CblasNoTrans, Int32(rows), Int32(columns), 1, a.baseAddress,
                        Int32(columns), vector, 1, 0, &result, 1)
        }
        return result
    }

    /// Each element scaled by `factor`.
    public static func * (factor: Double, matrix: Matrix) -> Matrix {
        Matrix(rows: matrix.rows, columns: matrix.columns, storage: matrix.storage.map { $0 * factor })
    }

    /// The element-wise sum.
    public static func + (lhs: Matrix, rhs: Matrix) -> Matrix {
        precondition(lhs.rows == rhs.rows && lhs.columns == rhs.columns, "sum of matrices of different sizes")
        return Matrix(rows: lhs.rows, columns: lhs.columns, storage: zip(lhs.storage, rhs.storage).map(+))
    }

    /// The element-wise difference.
    public static func - (lhs: Matrix, rhs: Matrix) -> Matrix {
        precondition(lhs.rows == rhs.rows && lhs.columns == rhs.columns, "difference of matrices of different sizes")
        return Matrix(rows: lhs.rows, columns: lhs.columns, storage: zip(lhs.storage, rhs.storage).map(-))
    }

    /// Row `i` multiplied by `rowFactors[i]` (`diag(rowFactors) · self`).
    public func scalingRows(by rowFactors: [Double]) -> Matrix {
        precondition(rowFactors.count == rows, "row scaling of \(rows) rows by \(rowFactors.count) factors")
        var result = self
        for i in 0..<rows {
            for j in 0..<columns { result.storage[i * columns + j] *= rowFactors[i] }
        }
        return result
    }

    /// Column `j` multiplied by `columnFactors[j]` (`self · diag(columnFactors)`).
    public func scalingColumns(by columnFactors: [Double]) -> Matrix {
        precondition(columnFactors.count == columns, "column scaling of \(columns) columns by \(columnFactors.count) factors")
        var result = self
        for i in 0..<rows {
            for j in 0..<columns { result.storage[i * columns + j] *= columnFactors[j] }
        }
        return result
    }
}
