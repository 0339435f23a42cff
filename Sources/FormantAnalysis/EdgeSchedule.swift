/// When UMAP's SGD samples each edge (umap-learn's `epochs_per_sample` schedule): edge e of weight wₑ is
/// sampled every pₑ = wₘₐₓ/wₑ epochs, and each sample draws `negativeSampleRate`/pₑ negative samples per
/// epoch elapsed since the edge's last ones (umap-learn's `epoch_of_next_negative_sample`).
///
/// Kept compact, because every epoch scans every edge and samples about a third of them: the scan reads
/// only the periods and next sampling epochs (8 bytes an edge), and a due edge finds all else in one 16-byte
/// entry.
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
    /// Where `due` lists the due edges of each range, in the range's own part.
    private let dueList: UnsafeMutableBufferPointer<Int32>

    /// The schedule of `graph`'s edges, in the graph's order.
    init(_ graph: FuzzySimplicialSet, negativeSampleRate: Double) {
        let maxWeight = graph.weights.max() ?? 1
        let periods = graph.weights.map { maxWeight / $0 }
        self.periods = .copying(periods)
        nextSample = .copying(periods)
        dueList = .allocate(capacity: periods.count)
        entries = .copying(periods.indices.map { e in
            Entry(head: graph.heads[e], tail: graph.tails[e], negativeRate: Float(negativeSampleRate) / periods[e],
                  negativeCount: 1)
        })
    }

    deinit {
        periods.deallocate()
        nextSample.deallocate()
        entries.deallocate()
        dueList.deallocate()
    }

    /// The edges of `edges` due in epoch `epoch`, their schedules advanced. Ranges given in one epoch must
    /// not overlap (each block's task lists its own edges in its own part of one buffer).
    ///
    /// The scan does not branch on whether an edge is due, which follows no pattern a branch predictor could
    /// learn (a third of the edges, irregularly): it writes every edge's index and advances the count only for
    /// due ones.
    func due(_ edges: Range<Int>, epoch: Int) -> DueEdges {
        let now = Float(epoch), list = dueList.baseAddress! + edges.lowerBound
        let nextSample = UnsafeMutableRawPointer(nextSample.baseAddress!), periods = UnsafeRawPointer(periods.baseAddress!)
        var count = 0, e = edges.lowerBound
        while e < edges.upperBound {  // eight edges at a time (a scalar select of floats would branch)
            let lanes = Swift.min(8, edges.upperBound - e), offset = e * 4
            var next = SIMD8<Float>(repeating: .infinity), period = SIMD8<Float>()
            if lanes == 8 {
                next = nextSample.loadUnaligned(fromByteOffset: offset, as: SIMD8<Float>.self)
                period = periods.loadUnaligned(fromByteOffset: offset, as: SIMD8<Float>.self)
            } else {
                for lane in 0..<lanes {
                    next[lane] = nextSample.load(fromByteOffset: offset + lane * 4, as: Float.self)
                    period[lane] = periods.load(fromByteOffset: offset + lane * 4, as: Float.self)
                }
            }
            let isDue = next .<= now, flags = unsafeBitCast(isDue, to: SIMD8<Int32>.self)  // −1 or 0
            next += period.replacing(with: 0, where: .!isDue)
            for lane in 0..<lanes {
                list[count] = Int32(truncatingIfNeeded: e + lane)
                count &-= Int(flags[lane])
            }
            if lanes == 8 {
                nextSample.storeBytes(of: next, toByteOffset: offset, as: SIMD8<Float>.self)
            } else {
                for lane in 0..<lanes { nextSample.storeBytes(of: next[lane], toByteOffset: offset + lane * 4, as: Float.self) }
            }
            e += lanes
        }
        return DueEdges(list: UnsafeBufferPointer(start: list, count: count), now: now, entries: entries.baseAddress!)
    }

    /// The due edges of a range, in edge order, with their negative-sample counts. An iterator rather than a
    /// closure so that the SGD kernels' loop bodies stay inline.
    struct DueEdges {
        fileprivate let list: UnsafeBufferPointer<Int32>
        fileprivate var position = 0
        fileprivate let now: Float
        fileprivate let entries: UnsafeMutablePointer<Entry>

        fileprivate init(list: UnsafeBufferPointer<Int32>, now: Float, entries: UnsafeMutablePointer<Entry>) {
            (self.list, self.now, self.entries) = (list, now, entries)
        }

        /// The next due edge's head, tail and negative-sample count (umap-learn's `n_neg_samples`), or nil
        /// after the last.
        @inline(__always)
        mutating func next() -> (head: Int32, tail: Int32, negatives: Int)? {
            guard position < list.count else { return nil }
            let e = Int(list[position])
            position += 1
            let negatives = Swift.max(0, Int(now * entries[e].negativeRate - entries[e].negativeCount))
            entries[e].negativeCount += Float(negatives)
            return (entries[e].head, entries[e].tail, negatives)
        }
    }
}
