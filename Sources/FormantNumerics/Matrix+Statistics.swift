extension Matrix {
    /// The mean of each column, μⱼ = (1/n) Σᵢ aᵢⱼ (zeros for an empty matrix).
    public var columnMeans: [Double] {
        var sums = [Double](repeating: 0, count: columns)
        guard rows > 0 else { return sums }
        for i in 0..<rows {
            for j in 0..<columns { sums[j] += storage[i * columns + j] }
        }
        return sums.map { $0 / Double(rows) }
    }

    /// The matrix with each column's mean subtracted, the first step of every covariance-based measure.
    public var columnCentered: Matrix {
        let means = columnMeans
        var result = self
        for i in 0..<rows {
            for j in 0..<columns { result.storage[i * columns + j] -= means[j] }
        }
        return result
    }

    /// The sample covariance of the columns, `XcᵀXc / (n − 1)` with `Xc` the column-centred matrix.
    public var covariance: Matrix {
        let centred = columnCentered.gram
        return (1 / Double(Swift.max(rows - 1, 1))) * centred
    }

    /// Σᵢ aᵢⱼ² for each row i (the squared Euclidean norm of every row).
    public var rowSquaredNorms: [Double] {
        (0..<rows).map { i in row(i).reduce(0) { $0 + $1 * $1 } }
    }

    /// Whether every column is constant (zero variance everywhere).
    public var isConstant: Bool {
        guard rows > 1 else { return true }
        for i in 1..<rows {
            for j in 0..<columns where storage[i * columns + j] != storage[j] { return false }
        }
        return true
    }
}
