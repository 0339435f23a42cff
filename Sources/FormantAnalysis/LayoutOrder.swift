/// An order of a layout's vertices in which vertices close in the layout are close in the order: by the
/// Z-order (Morton) code of their first two coordinates, each quantised to 16 bits over its range.
///
/// The parallel SGD (`UMAPOptimizer`) runs contiguous blocks of vertices side by side and defers the moves
/// an edge makes outside its block to the end of the epoch; numbered in this order, most edges of the
/// fuzzy graph (neighbours, which the spectral initialisation places close together) lie within one block,
/// so few moves are deferred and the layout follows umap-learn's sequential one closely even in short runs.
struct LayoutOrder {
    /// `vertices[i]` is the vertex numbered i.
    let vertices: [Int32]
    /// `numbers[v]` is the number of vertex v.
    let numbers: [Int32]

    /// The order of the `frames` rows of `layout` (frames × `dimensions`, row-major).
    init(_ layout: [Float], frames: Int, dimensions: Int) {
        let axes = Swift.min(2, dimensions)
        let ranges = (0..<axes).map { axis -> (low: Float, span: Float) in
            let column = stride(from: axis, to: layout.count, by: dimensions).map { layout[$0] }
            let low = column.min() ?? 0, high = column.max() ?? 0
            return (low, high > low ? high - low : 1)
        }
        let codes = (0..<frames).map { row -> UInt32 in
            (0..<axes).reduce(UInt32(0)) { code, axis in
                let unit = (layout[row * dimensions + axis] - ranges[axis].low) / ranges[axis].span
                let level = unit.isFinite ? UInt32(Swift.min(Swift.max(unit, 0), 1) * 65_535) : 0  // any order is valid
                return code | Self.spread(level) << UInt32(axis)
            }
        }
        vertices = (0..<frames).sorted { (codes[$0], $0) < (codes[$1], $1) }.map(Int32.init)
        var numbers = [Int32](repeating: 0, count: frames)
        for (number, vertex) in vertices.enumerated() { numbers[Int(vertex)] = Int32(number) }
        self.numbers = numbers
    }

    /// The 16 low bits of `value` moved to the even bit positions.
    private static func spread(_ value: UInt32) -> UInt32 {
        var x = value & 0xFFFF
        x = (x | (x << 8)) & 0x00FF_00FF
        x = (x | (x << 4)) & 0x0F0F_0F0F
        x = (x | (x << 2)) & 0x3333_3333
        return (x | (x << 1)) & 0x5555_5555
    }

    /// The rows of `layout` in this order.
    func ordered(_ layout: [Float], dimensions: Int) -> [Float] {
        vertices.flatMap { layout[(Int($0) * dimensions)..<((Int($0) + 1) * dimensions)] }
    }

    /// Rows in this order put back in vertex order.
    func restored(_ ordered: [Float], dimensions: Int) -> [Float] {
        var layout = ordered
        for (number, vertex) in vertices.enumerated() {
            for d in 0..<dimensions { layout[Int(vertex) * dimensions + d] = ordered[number * dimensions + d] }
        }
        return layout
    }

    /// `graph` with its vertices renumbered in this order, its edges sorted by head again (stably: a vertex's
    /// edges keep their order).
    func renumbered(_ graph: FuzzySimplicialSet) -> FuzzySimplicialSet {
        let heads = graph.heads.map { numbers[Int($0)] }, tails = graph.tails.map { numbers[Int($0)] }
        var position = Array(FuzzySimplicialSet.offsets(of: heads, frames: graph.frames).dropLast())
        var order = [Int](repeating: 0, count: heads.count)
        for (edge, head) in heads.enumerated() {
            order[position[Int(head)]] = edge
            position[Int(head)] += 1
        }
        return FuzzySimplicialSet(
            frames: graph.frames, heads: order.map { heads[$0] }, tails: order.map { tails[$0] }, weights: order.map { graph.weights[$0] })
    }
}
