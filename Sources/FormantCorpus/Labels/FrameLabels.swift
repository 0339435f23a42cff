/// One utterance's labels for a task, frame by frame on a frame grid: a class index or `nil` (ignored).
public struct FrameLabels: Equatable, Sendable {
    /// The task's classes; `classIndices` index into it.
    public let inventory: ClassInventory
    /// Per frame, the class index, or `nil` for frames the task ignores (silence, non-tonal phones).
    public let classIndices: [Int?]

    /// Labels over `inventory`.
    public init(inventory: ClassInventory, classIndices: [Int?]) {
        self.inventory = inventory
        self.classIndices = classIndices
    }

    /// The number of frames.
    public var count: Int { classIndices.count }

    /// Per frame, the class name or `nil`.
    public var names: [String?] { classIndices.map { $0.map { inventory.names[$0] } } }

    /// Frames per class, in inventory order.
    public var classCounts: [Int] {
        var counts = [Int](repeating: 0, count: inventory.count)
        for case let index? in classIndices { counts[index] += 1 }
        return counts
    }
}
