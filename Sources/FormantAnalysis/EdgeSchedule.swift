/// When UMAP's SGD samples each edge (umap-learn's `epochs_per_sample` schedule): edge e of weight wₑ is
/// sampled every pₑ = wₘₐₓ/wₑ epochs, and each sample draws `negativeSampleRate`/pₑ negative samples per
/// epoch elapsed since the edge's last ones (umap-learn's `epoch_of_next_negative_sample`).
///
/// Kept compact, because every epoch scans every edge and samples about a third of them: the scan reads
/// only the next sampling epochs (4 bytes an edge), and a due edge finds all else in one 16-byte entry.
/// Negative samples are counted rather than timed: umap-learn's ⌊(epoch − next)/pₙ⌋ with next = q·pₙ is
/// ⌊epoch/pₙ − q⌋, q being one more than the negative samples drawn so far, which needs no division.
final class EdgeSchedule: @unchecked Sendable {
    /// What a due edge needs.
    struct Entry {
        let head: Int32
        let tail: Int32
        /// Negative samples per epoch, `negativeSampleRate`/pₑ.
        let negativeRate: Float
        /// One more than the negative samples drawn so far.
        var negativeCount: Float
    }

    /// pₑ of every edge.
    private let periods: UnsafeMutableBufferPointer<Float>
    /// The epoch of every edge's next sample.
    private let nextSample: UnsafeMutableBufferPointer<Float>
    private let entries: UnsafeMutableBufferPointer<Entry>

    /// The schedule of `graph`'s edges, in the graph's order.
    init(_ graph: FuzzySimplicialSet, negativeSampleRate: Double) {
        let maxWeight = graph.weights.max() ?? 1
        let periods = graph.weights.map { maxWeight / $0 }
        self.periods = .allocate(capacity: periods.count)
        _ = self.periods.initialize(from: periods)
        nextSample = .allocate(capacity: periods.count)
        _ = nextSample.initialize(from: periods)
        entries = .allocate(capacity: periods.count)
        _ = entries.initialize(from: periods.indices.lazy.map { e in
            Entry(head: graph.heads[e], tail: graph.tails[e], negativeRate: Float(negativeSampleRate) / periods[e],
                  negativeCount: 1)
        })
    }

    deinit {
        periods.deallocate()
        nextSample.deallocate()
        entries.deallocate()
    }

    /// The edges of `edges` due in epoch `epoch`; iterating them advances their schedules.
    func due(_ edges: Range<Int>, epoch: Int) -> DueEdges {
        DueEdges(edges: edges, now: Float(epoch), periods: periods.baseAddress!, nextSample: nextSample.baseAddress!,
                 entries: entries.baseAddress!)
    }

    /// The due edges of a range, in edge order, with their negative-sample counts. An iterator rather than a
    /// closure so that the SGD kernels' loop bodies stay inline.
    struct DueEdges {
        fileprivate var edge: Int
        fileprivate let end: Int, now: Float
        fileprivate let periods: UnsafeMutablePointer<Float>, nextSample: UnsafeMutablePointer<Float>
        fileprivate let entries: UnsafeMutablePointer<Entry>

        fileprivate init(
            edges: Range<Int>, now: Float, periods: UnsafeMutablePointer<Float>, nextSample: UnsafeMutablePointer<Float>,
            entries: UnsafeMutablePointer<Entry>
        ) {
            (edge, end, self.now) = (edges.lowerBound, edges.upperBound, now)
            (self.periods, self.nextSample, self.entries) = (periods, nextSample, entries)
        }

        /// The next due edge's head, tail and negative-sample count, or nil after the range's last edge.
        @inline(__always)
        mutating func next() -> (head: Int32, tail: Int32, negatives: Int)? {
            while edge < end {
                let e = edge
                edge += 1
                guard nextSample[e] <= now else { continue }
                nextSample[e] += periods[e]
                let negatives = Swift.max(0, Int(now * entries[e].negativeRate - entries[e].negativeCount))
                entries[e].negativeCount += Float(negatives)
                return (entries[e].head, entries[e].tail, negatives)
            }
            return nil
        }
    }
}
