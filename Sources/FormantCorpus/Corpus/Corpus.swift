import FormantCore
import Foundation

/// A speech corpus: utterances with speakers, transcripts and alignments, and the labelling tasks on them.
///
/// Subsets (splits, filters) share their parent's class inventories, so class indices mean the
/// same thing in the train, dev and test sets.
public final class Corpus: @unchecked Sendable {
    /// A short name (`AISHELL-1`, `synthetic`).
    public let name: String
    /// The utterances, in loading order.
    public let utterances: [Utterance]
    /// What loading kept and skipped.
    public let report: LoadReport
    let inventories: InventoryCache

    /// A corpus of `utterances`; data-driven inventories are collected from `utterances`.
    public convenience init(name: String, utterances: [Utterance], report: LoadReport) {
        self.init(name: name, utterances: utterances, report: report, inventories: InventoryCache(utterances))
    }

    init(name: String, utterances: [Utterance], report: LoadReport, inventories: InventoryCache) {
        self.name = name
        self.utterances = utterances
        self.report = report
        self.inventories = inventories
    }

    /// The number of utterances.
    public var count: Int { utterances.count }

    /// The distinct speakers, sorted by id.
    public var speakers: [Speaker] { Array(Set(utterances.map(\.speaker))).sorted() }

    /// The utterance at `index`, or an error naming the valid range.
    public func utterance(_ index: Int) throws -> Utterance {
        guard utterances.indices.contains(index) else {
            throw CorpusError.invalidParameter(name: "utterance index", reason: "\(index) is outside 0..<\(count)")
        }
        return utterances[index]
    }

    /// The subset of utterances for which `isIncluded` holds, sharing this corpus's inventories.
    public func filter(_ isIncluded: (Utterance) throws -> Bool) rethrows -> Corpus {
        Corpus(name: name, utterances: try utterances.filter(isIncluded), report: report, inventories: inventories)
    }

    /// The class inventory of `task`: its fixed classes, or every class it gives on this corpus's root
    /// (the corpus as loaded), sorted; computed once and shared by all subsets.
    public func inventory(for task: LabelTask, context: OperationContext = .silent) throws -> ClassInventory {
        try inventories.inventory(for: task, context: context)
    }

    /// The frame labels of `utterance` for `task` on `grid`, as indices into `inventory(for: task)`.
    public func labels(
        of utterance: Utterance, task: LabelTask, grid: FrameGrid = .wav2vec2, context: OperationContext = .silent
    ) throws -> FrameLabels {
        let inventory = try inventory(for: task, context: context)
        let names = try utterance.frameClassNames(task, grid: grid)
        return FrameLabels(inventory: inventory, classIndices: names.map { $0.flatMap(inventory.index(of:)) })
    }

    /// Frames per class of `task` over the whole corpus, in inventory order.
    public func classCounts(task: LabelTask, grid: FrameGrid = .wav2vec2, context: OperationContext = .silent) throws -> [Int] {
        var totals = [Int](repeating: 0, count: try inventory(for: task, context: context).count)
        for (index, utterance) in utterances.enumerated() {
            try context.step("counting \(task.name) frames", completed: index, total: count)
            for (k, n) in try labels(of: utterance, task: task, grid: grid).classCounts.enumerated() { totals[k] += n }
        }
        return totals
    }
}

/// The class inventories of data-driven tasks, collected once from a root corpus and shared by its subsets.
final class InventoryCache: @unchecked Sendable {
    private let root: [Utterance]
    private var cache: [String: ClassInventory] = [:]
    private let lock = NSLock()

    init(_ root: [Utterance]) { self.root = root }

    func inventory(for task: LabelTask, context: OperationContext) throws -> ClassInventory {
        if let classes = task.classes { return ClassInventory(classes) }
        let key = "\(task.name)|\(task.tier ?? "")"
        if let cached = lock.withLock({ cache[key] }) { return cached }
        var names = Set<String>()
        for (index, utterance) in root.enumerated() {
            try context.step("collecting \(task.name) classes", completed: index, total: root.count)
            names.formUnion(try task.classNames(in: utterance.alignment(), speaker: utterance.speaker, utterance: utterance.id))
        }
        let inventory = ClassInventory(names.sorted())
        lock.withLock { cache[key] = inventory }
        return inventory
    }
}
