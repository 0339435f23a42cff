/// A dense, row-major Float64 matrix: the working precision of every representation analysis.
///
/// Embeddings arrive as Float32 `Tensor`s; statistics (covariances, CCA, CKA, probes) accumulate
/// sums over tens of thousands of frames, so they are computed in Float64 on this type, whose
/// products and factorisations call OpenBLAS and LAPACKE (`Matrix+Products.swift`, `LinearAlgebra*.swift`).
public struct Matrix: Equatable, Sendable {
    /// The number of rows (frames, for a data matrix).
    public let rows: Int
    /// The number of columns (features, for a data matrix).
    public let columns: Int
    /// The elements, row after row.
    public var storage: [Double]

    /// A `rows`×`columns` matrix holding `storage` in row-major order.
    public init(rows: Int, columns: Int, storage: [Double]) {
        precondition(rows >= 0 && columns >= 0, "negative matrix size \(rows)×\(columns)")
        precondition(rows * columns == storage.count, "\(rows)×\(columns) matrix given \(storage.count) elements")
        self.rows = rows
        self.columns = columns
        self.storage = storage
    }

    /// A `rows`×`columns` matrix filled with `value`.
    public init(rows: Int, columns: Int, repeating value: Double = 0) {
        self.init(rows: rows, columns: columns, storage: [Double](repeating: value, count: rows * columns))
    }

    /// A matrix whose rows are `rowArrays` (all of one length).
    public init(rowArrays: [[Double]]) {
        let width = rowArrays.first?.count ?? 0
        precondition(rowArrays.allSatisfy { $0.count == width }, "rows of unequal length")
        self.init(rows: rowArrays.count, columns: width, storage: rowArrays.flatMap { $0 })
    }

    /// The `n`×`n` identity.
    public static func identity(_ n: Int) -> Matrix {
        var result = Matrix(rows: n, columns: n)
        for i in 0..<n { result[i, i] = 1 }
        return result
    }

    /// A square matrix with `values` on its diagonal.
    public static func diagonal(_ values: [Double]) -> Matrix {
        var result = Matrix(rows: values.count, columns: values.count)
        for (i, value) in values.enumerated() { result[i, i] = value }
        return result
    }

    /// The element at `row`, `column`.
    @inlinable
    public subscript(row: Int, column: Int) -> Double {
        get { storage[row * columns + column] }
        set { storage[row * columns + column] = newValue }
    }

    /// The number of elements.
    public var count: Int { storage.count }

    /// The elements of row `i`.
    public func row(_ i: Int) -> ArraySlice<Double> { storage[(i * columns)..<((i + 1) * columns)] }

    /// The elements of column `j`.
    public func column(_ j: Int) -> [Double] { (0..<rows).map { self[$0, j] } }

    /// The diagonal elements.
    public var diagonalElements: [Double] { (0..<Swift.min(rows, columns)).map { self[$0, $0] } }

    /// The transpose.
    public var transposed: Matrix {
        var result = Matrix(rows: columns, columns: rows)
        for i in 0..<rows {
            for j in 0..<columns { result.storage[j * rows + i] = storage[i * columns + j] }
        }
        return result
    }

    /// The matrix made of the given rows, in order.
    public func selectingRows(_ indices: [Int]) -> Matrix {
        var result = [Double]()
        result.reserveCapacity(indices.count * columns)
        for i in indices { result.append(contentsOf: row(i)) }
        return Matrix(rows: indices.count, columns: columns, storage: result)
    }

    /// The matrix made of the given columns, in order.
    public func selectingColumns(_ indices: [Int]) -> Matrix {
        var result = Matrix(rows: rows, columns: indices.count)
        for i in 0..<rows {
            for (k, j) in indices.enumerated() { result.storage[i * indices.count + k] = storage[i * columns + j] }
        }
        return result
    }

    /// The first `k` columns.
    public func leadingColumns(_ k: Int) -> Matrix { selectingColumns(Array(0..<Swift.min(k, columns))) }

    /// The Frobenius norm √(Σ aᵢⱼ²).
    public var frobeniusNorm: Double { storage.reduce(0) { $0 + $1 * $1 }.squareRoot() }

    /// Whether every element is finite (no NaN, no infinity).
    public var isFinite: Bool { storage.allSatisfy { $0.isFinite } }
}
