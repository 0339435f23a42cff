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
    public mutating func addUpperGram(of block: Matrix) {
        precondition(rows == columns && block.columns == columns, "Gram accumulation of \(block.columns) columns into \(rows)×\(columns)")
        guard block.rows > 0, columns > 0 else { return }
        let n = columns
        block.storage.withUnsafeBufferPointer { a in
            storage.withUnsafeMutableBufferPointer { c in
                cblas_dsyrk(CblasRowMajor, CblasUpper, CblasTrans, Int32(n), Int32(block.rows), 1, a.baseAddress,
                            Int32(n), 1, c.baseAddress, Int32(n))
            }
        }
    }

    /// Adds `blockᵀ·block` for a row-major block of floats (`columns` per row) to the upper triangle of this square
    /// matrix: the block's product in single precision (`cblas_ssyrk`, which runs 1.5–2 times as fast as
    /// `cblas_dsyrk` here), added in double. Over blocks of a few hundred rows the single-precision sums stay
    /// within a few units in the 7th digit; call `symmetrizeFromUpper()` after the last block.
    public mutating func addUpperGram(ofSinglePrecision block: [Float]) {
        precondition(rows == columns && columns > 0 && block.count % columns == 0,
                     "Gram accumulation of \(block.count) floats into \(rows)×\(columns)")
        let n = columns, count = block.count / n
        guard count > 0 else { return }
        var product = [Float](repeating: 0, count: n * n)
        cblas_ssyrk(CblasRowMajor, CblasUpper, CblasTrans, Int32(n), Int32(count), 1, block, Int32(n), 0, &product, Int32(n))
        for i in 0..<n {
            for j in i..<n { storage[i * n + j] += Double(product[i * n + j]) }
        }
    }

    /// Adds `leftᵀ·right` for row-major blocks of floats with the same number of rows (`rows` of this matrix per
    /// row of `left`, `columns` per row of `right`): the product in single precision (`cblas_sgemm`), added in
    /// double, as `addUpperGram(ofSinglePrecision:)`.
    public mutating func addTransposedProduct(ofSinglePrecision left: [Float], _ right: [Float]) {
        precondition(rows > 0 && columns > 0 && left.count % rows == 0 && right.count == left.count / rows * columns,
                     "accumulating \(left.count) and \(right.count) floats into \(rows)×\(columns)")
        let count = left.count / rows
        guard count > 0 else { return }
        var product = [Float](repeating: 0, count: rows * columns)
        cblas_sgemm(CblasRowMajor, CblasTrans, CblasNoTrans, Int32(rows), Int32(columns), Int32(count), 1, left, Int32(rows),
                    right, Int32(columns), 0, &product, Int32(columns))
        for index in storage.indices { storage[index] += Double(product[index]) }
    }

    /// Copies the upper triangle into the lower one.
    public mutating func symmetrizeFromUpper() {
        for i in 0..<rows {
            for j in 0..<i { storage[i * columns + j] = storage[j * columns + i] }
        }
    }

    /// Adds `leftᵀ·right` to this matrix (`cblas_dgemm` with β = 1): cross products accumulated over row blocks.
    public mutating func addTransposedProduct(_ left: Matrix, _ right: Matrix) {
        precondition(left.rows == right.rows && rows == left.columns && columns == right.columns,
                     "accumulating \(left.rows)×\(left.columns)ᵀ·\(right.rows)×\(right.columns) into \(rows)×\(columns)")
        guard left.rows > 0, rows > 0, columns > 0 else { return }
        left.storage.withUnsafeBufferPointer { a in
            right.storage.withUnsafeBufferPointer { b in
                storage.withUnsafeMutableBufferPointer { c in
                    cblas_dgemm(CblasRowMajor, CblasTrans, CblasNoTrans, Int32(rows), Int32(columns), Int32(left.rows), 1,
                                a.baseAddress, Int32(left.columns), b.baseAddress, Int32(right.columns), 1, c.baseAddress, Int32(columns))
                }
            }
        }
    }

    /// The matrix-vector product `self · vector`.
    public func multiplied(by vector: [Double]) -> [Double] {
        precondition(vector.count == columns, "\(rows)×\(columns) matrix times a vector of \(vector.count)")
        var result = [Double](repeating: 0, count: rows)
        guard rows > 0, columns > 0 else { return result }
        storage.withUnsafeBufferPointer { a in BLAS.gemv(m: rows, n: columns, a: a.baseAddress!, x: vector, y: &result) }
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
