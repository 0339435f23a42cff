/// The named classes of a labelling task, in a fixed order: class index i means `names[i]`.
///
/// Fixed tasks (tone, sex) have fixed inventories; data-driven ones (phone, custom tiers) take the
/// sorted set of labels of the whole corpus they were loaded with, so splits share one inventory.
public struct ClassInventory: Equatable, Sendable {
    /// The class names, by index.
    public let names: [String]
    private let indices: [String: Int]

    /// An inventory of `names` in this order (duplicates keep their first position).
    public init(_ names: [String]) {
        var unique: [String] = []
        var indices: [String: Int] = [:]
        for name in names where indices[name] == nil {
            indices[name] = unique.count
            unique.append(name)
        }
        self.names = unique
        self.indices = indices
    }

    /// The number of classes.
    public var count: Int { names.count }

    /// The index of class `name`, if it belongs to the inventory.
    public func index(of name: String) -> Int? { indices[name] }

    public static func == (lhs: ClassInventory, rhs: ClassInventory) -> Bool { lhs.names == rhs.names }
}
