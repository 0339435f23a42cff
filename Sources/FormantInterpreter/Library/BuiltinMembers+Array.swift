import FormantScript

extension BuiltinMembers {
    /// Swift's `Array` members.
    static func makeArray() -> BuiltinMembers {
        var m = BuiltinMembers(typeName: "Array")
        m.property("count", "Int", "The number of elements.") { .int(try $0.elements().count) }
        m.property("isEmpty", "Bool", "Whether the array has no elements.") { .bool(try $0.elements().isEmpty) }
        m.property("first", "Element?", "The first element, or nil when empty.") { try $0.elements().first ?? .null }
        m.property("last", "Element?", "The last element, or nil when empty.") { try $0.elements().last ?? .null }
        m.property("indices", "Range<Int>", "The valid indices, 0..<count.") {
            .range(ScriptRange(lower: 0, upper: try $0.elements().count, isClosed: false))
        }
        m.addMutations()
        m.addTransformations()
        m.addQueries()
        return m
    }

    private mutating func addMutations() {
        mutating("append(_ newElement: Element)", "Adds an element at the end.") { receiver, args, _ in
            try Self.edit(&receiver) { elements in
                let element = try args.value("newElement")
                elements.append(elements.last.map { Evaluator.keepingNumberType(of: $0, element) } ?? element)
            }
        }
        mutating("append(contentsOf newElements: [Element])", "Adds the elements of a sequence at the end.") { receiver, args, _ in
            try Self.edit(&receiver) { $0 += try args.value("newElements").elements() }
        }
        mutating("insert(_ newElement: Element, at i: Int)", "Inserts an element at position i (0...count).") { receiver, args, _ in
            try Self.edit(&receiver) { elements in
                let index = try args.int("i")
                guard (0...elements.count).contains(index) else {
                    throw InterpreterError.indexOutOfRange(index: index, count: elements.count)
                }
                elements.insert(try args.value("newElement"), at: index)
            }
        }
        mutating("remove(at index: Int) -> Element", "Removes and returns the element at index.") { receiver, args, _ in
            var removed = Value.void
            try Self.edit(&receiver) { elements in
                let index = try args.int("index")
                guard elements.indices.contains(index) else {
                    throw InterpreterError.indexOutOfRange(index: index, count: elements.count)
                }
                removed = elements.remove(at: index)
            }
            return removed
        }
        for end in ["First", "Last"] {
            mutating("remove\(end)() -> Element", "Removes and returns the \(end.lowercased()) element; an error when empty.") {
                receiver, _, _ in
                var removed = Value.void
                try Self.edit(&receiver) { elements in
                    guard !elements.isEmpty else { throw InterpreterError.emptyCollection("remove\(end)()") }
                    removed = end == "First" ? elements.removeFirst() : elements.removeLast()
                }
                return removed
            }
        }
        mutating("popLast() -> Element?", "Removes and returns the last element, or nil when empty.") { receiver, _, _ in
            var removed = Value.null
            try Self.edit(&receiver) { removed = $0.popLast() ?? .null }
            return removed
        }
        mutating("removeAll()", "Removes every element.") { receiver, _, _ in
            try Self.edit(&receiver) { $0.removeAll() }
        }
        mutating("removeAll(where shouldBeRemoved: (Element) -> Bool)", "Removes the elements the predicate accepts.") {
            receiver, args, context in
            let predicate = try args.function("shouldBeRemoved")
            return try Self.edit(&receiver) { elements in
                try elements.removeAll { try predicate.test([$0], in: context) }
            }
        }
        mutating("sort()", "Sorts the array in increasing order.") { receiver, _, _ in
            try Self.edit(&receiver) { try $0.sort(by: ValueOrdering.less) }
        }
        mutating("sort(by areInIncreasingOrder: (Element, Element) -> Bool)", "Sorts the array by a comparison.") {
            receiver, args, context in
            let order = try args.function("areInIncreasingOrder")
            return try Self.edit(&receiver) { elements in try elements.sort { try order.test([$0, $1], in: context) } }
        }
        mutating("reverse()", "Reverses the array in place.") { receiver, _, _ in
            try Self.edit(&receiver) { $0.reverse() }
        }
    }

    private mutating func addTransformations() {
        method("map(_ transform: (Element) -> T) -> [T]", "The results of calling transform on each element.") {
            receiver, args, context in
            let transform = try args.function("transform")
            return .array(Evaluator.unifyNumbers(try receiver.elements().map { try transform.call([$0], in: context) }))
        }
        method("compactMap(_ transform: (Element) -> T?) -> [T]", "The non-nil results of transform.") {
            receiver, args, context in
            let transform = try args.function("transform")
            return .array(try receiver.elements().map { try transform.call([$0], in: context) }.filter { $0 != .null })
        }
        method("flatMap(_ transform: (Element) -> [T]) -> [T]", "The concatenated results of transform.") {
            receiver, args, context in
            let transform = try args.function("transform")
            return .array(try receiver.elements().flatMap { try transform.call([$0], in: context).elements() })
        }
        method("filter(_ isIncluded: (Element) -> Bool) -> [Element]", "The elements the predicate accepts.") {
            receiver, args, context in
            let predicate = try args.function("isIncluded")
            return .array(try receiver.elements().filter { try predicate.test([$0], in: context) })
        }
        method("reduce(_ initialResult: Result, _ nextPartialResult: (Result, Element) -> Result) -> Result",
               "Combines the elements, starting from initialResult.") { receiver, args, context in
            let combine = try args.function("nextPartialResult")
            return try receiver.elements().reduce(try args.value("initialResult")) { try combine.call([$0, $1], in: context) }
        }
        method("forEach(_ body: (Element) -> Void)", "Calls body on each element in order.") { receiver, args, context in
            let body = try args.function("body")
            for element in try receiver.elements() { _ = try body.call([element], in: context) }
            return .void
        }
        method("sorted() -> [Element]", "The elements in increasing order.") { receiver, _, _ in
            .array(try receiver.elements().sorted(by: ValueOrdering.less))
        }
        method("sorted(by areInIncreasingOrder: (Element, Element) -> Bool) -> [Element]",
               "The elements ordered by a comparison.") { receiver, args, context in
            let order = try args.function("areInIncreasingOrder")
            return .array(try receiver.elements().sorted { try order.test([$0, $1], in: context) })
        }
        method("reversed() -> [Element]", "The elements in reverse order.") { receiver, _, _ in
            .array(try receiver.elements().reversed())
        }
        method("enumerated() -> [(offset: Int, element: Element)]", "Pairs of each element's offset and the element.") {
            receiver, _, _ in
            .array(try receiver.elements().enumerated().map { .tuple([.int($0.offset), $0.element], labels: ["offset", "element"]) })
        }
        method("joined(separator: String = \"\") -> String", "The string elements joined by separator.") { receiver, args, _ in
            let parts = try receiver.elements().map { element -> String in
                guard case .string(let text) = element else {
                    throw InterpreterError.typeMismatch(expected: "String", actual: element.typeName, context: "element of type")
                }
                return text
            }
            return .string(parts.joined(separator: try args.string("separator", default: "") ?? ""))
        }
        method("prefix(_ maxLength: Int) -> [Element]", "The first maxLength elements (fewer if shorter).") { receiver, args, _ in
            .array(Array(try receiver.elements().prefix(max(0, try args.int("maxLength")))))
        }
        method("suffix(_ maxLength: Int) -> [Element]", "The last maxLength elements (fewer if shorter).") { receiver, args, _ in
            .array(Array(try receiver.elements().suffix(max(0, try args.int("maxLength")))))
        }
        method("shuffled() -> [Element]", "The elements in a random order.") { receiver, _, _ in
            .array(try receiver.elements().shuffled())
        }
        method("randomElement() -> Element?", "A random element, or nil when empty.") { receiver, _, _ in
            try receiver.elements().randomElement() ?? .null
        }
        method("dropFirst(_ k: Int = 1) -> [Element]", "All but the first k elements.") { receiver, args, _ in
            .array(Array(try receiver.elements().dropFirst(max(0, try args.int("k", default: 1)))))
        }
        method("dropLast(_ k: Int = 1) -> [Element]", "All but the last k elements.") { receiver, args, _ in
            .array(Array(try receiver.elements().dropLast(max(0, try args.int("k", default: 1)))))
        }
    }

    private mutating func addQueries() {
        method("contains(_ element: Element) -> Bool", "Whether the array contains element.") { receiver, args, _ in
            .bool(try receiver.elements().contains(try args.value("element")))
        }
        method("contains(where predicate: (Element) -> Bool) -> Bool", "Whether some element satisfies the predicate.") {
            receiver, args, context in
            let predicate = try args.function("predicate")
            return .bool(try receiver.elements().contains { try predicate.test([$0], in: context) })
        }
        method("allSatisfy(_ predicate: (Element) -> Bool) -> Bool", "Whether every element satisfies the predicate.") {
            receiver, args, context in
            let predicate = try args.function("predicate")
            return .bool(try receiver.elements().allSatisfy { try predicate.test([$0], in: context) })
        }
        method("first(where predicate: (Element) -> Bool) -> Element?", "The first element satisfying the predicate.") {
            receiver, args, context in
            let predicate = try args.function("predicate")
            return try receiver.elements().first { try predicate.test([$0], in: context) } ?? .null
        }
        method("firstIndex(of element: Element) -> Int?", "The index of the first element equal to element.") {
            receiver, args, _ in
            let target = try args.value("element")
            return try receiver.elements().firstIndex(of: target).map(Value.int) ?? .null
        }
        method("firstIndex(where predicate: (Element) -> Bool) -> Int?", "The index of the first match.") {
            receiver, args, context in
            let predicate = try args.function("predicate")
            return try receiver.elements().firstIndex { try predicate.test([$0], in: context) }.map(Value.int) ?? .null
        }
        method("lastIndex(of element: Element) -> Int?", "The index of the last element equal to element.") {
            receiver, args, _ in
            let target = try args.value("element")
            return try receiver.elements().lastIndex(of: target).map(Value.int) ?? .null
        }
        method("min() -> Element?", "The smallest element, or nil when empty.") { receiver, _, _ in
            try receiver.elements().min(by: ValueOrdering.less) ?? .null
        }
        method("max() -> Element?", "The largest element, or nil when empty.") { receiver, _, _ in
            try receiver.elements().max(by: ValueOrdering.less) ?? .null
        }
        method("min(by areInIncreasingOrder: (Element, Element) -> Bool) -> Element?", "The smallest element by a comparison.") {
            receiver, args, context in
            let order = try args.function("areInIncreasingOrder")
            return try receiver.elements().min { try order.test([$0, $1], in: context) } ?? .null
        }
        method("max(by areInIncreasingOrder: (Element, Element) -> Bool) -> Element?", "The largest element by a comparison.") {
            receiver, args, context in
            let order = try args.function("areInIncreasingOrder")
            return try receiver.elements().max { try order.test([$0, $1], in: context) } ?? .null
        }
        method("count(where predicate: (Element) -> Bool) -> Int", "The number of elements satisfying the predicate.") {
            receiver, args, context in
            let predicate = try args.function("predicate")
            return .int(try receiver.elements().filter { try predicate.test([$0], in: context) }.count)
        }
    }

    /// Runs `change` on the elements of an array receiver in place.
    @discardableResult
    static func edit(_ receiver: inout Value, _ change: (inout [Value]) throws -> Void) throws -> Value {
        guard case .array(var elements) = receiver else {
            throw InterpreterError.typeMismatch(expected: "Array", actual: receiver.typeName, context: "receiver of type")
        }
        receiver = .void
        defer { receiver = .array(elements) }
        try change(&elements)
        return .void
    }

    /// `Range` members: its bounds, plus the reading members of Array over its elements.
    static func makeRange(from array: BuiltinMembers) -> BuiltinMembers {
        var m = BuiltinMembers(typeName: "Range")
        m.property("indices", "Range<Int>", "The valid indices, 0..<count.") {
            .range(ScriptRange(lower: 0, upper: $0.range?.count ?? 0, isClosed: false))
        }
        for overloads in array.methods.values {
            for method in overloads where !method.isMutating && method.signature.selector != "contains(_:)" { m.add(method) }
        }
        m.property("count", "Int", "The number of values.") { .int($0.range?.count ?? 0) }
        m.property("isEmpty", "Bool", "Whether the range has no values.") { .bool(($0.range?.count ?? 0) == 0) }
        m.property("first", "Int?", "The first value, or nil when empty.") { value in
            guard let range = value.range, range.count > 0 else { return .null }
            return .int(range.lower)
        }
        m.property("last", "Int?", "The last value, or nil when empty.") { value in
            guard let range = value.range, range.count > 0 else { return .null }
            return .int(range.end - 1)
        }
        m.method("contains(_ element: Int) -> Bool", "Whether the range contains element.") { receiver, args, _ in
            guard let range = receiver.range, case .int(let element) = try args.value("element") else { return .bool(false) }
            return .bool(range.indices.contains(element))
        }
        m.property("lowerBound", "Int", "The range's first value.") { value in
            guard case .range(let range) = value else { return .null }
            return .int(range.lower)
        }
        m.property("upperBound", "Int", "The bound written after the operator.") { value in
            guard case .range(let range) = value else { return .null }
            return .int(range.upper)
        }
        return m
    }
}

extension Value {
    /// The range inside, if this is a range.
    var range: ScriptRange? {
        if case .range(let range) = self { return range }
        return nil
    }
}
