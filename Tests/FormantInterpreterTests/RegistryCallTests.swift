import FormantInterpreter
import FormantScript
import XCTest

/// A fake library value, registered as the script type `Bag`.
private final class Bag: ScriptNative, CustomStringConvertible {
    static let scriptTypeName = "Bag"
    let items: [Int]
    init(_ items: [Int]) { self.items = items }
    var description: String { "Bag(\(items.count) items)" }
}

/// A fake library enum, registered as the script type `Task`.
private enum ProbeTask: String, Hashable, ScriptNative {
    case tone, phone
    static let scriptTypeName = "Task"
}

/// Library functions and types reached through the Registry: labels, defaults, implicit members,
/// trailing closures calling back into the script, bad arguments.
final class RegistryCallTests: XCTestCase {
    private func makeHarness() -> ScriptHarness {
        let registry = Registry()
        registry.type("Task", doc: "A probing task.") { type in
            type.staticProperty("tone", type: "Task", doc: "Lexical tone.") { .native(ProbeTask.tone) }
            type.staticProperty("phone", type: "Task", doc: "Phone identity.") { .native(ProbeTask.phone) }
        }
        registry.function("probe(_ x: [Double], task: Task = .tone, keep: Double = 0.99) -> String",
                          doc: "Trains a probe.") { args, _ in
            let task = try args.optionalNative("task", as: ProbeTask.self) ?? .tone
            return .string("\(try args.doubles("x").count) task:\(task.rawValue) \(try args.double("keep", default: 0.99))")
        }
        registry.type("Bag", doc: "A bag of numbers.") { type in
            type.property("count", type: "Int", doc: "How many items.") { value in
                .int(value.native(as: Bag.self)?.items.count ?? 0)
            }
            type.method("filter(_ isIncluded: (Int) -> Bool) -> Bag", doc: "Keeps matching items.") { receiver, args, context in
                let bag = try XCTUnwrap(receiver.native(as: Bag.self))
                let predicate = try args.function("isIncluded")
                let kept = try bag.items.filter { try predicate.call([.int($0)], in: context) == .bool(true) }
                return .native(Bag(kept))
            }
            type.method("keep(below: Int? = nil, _ isIncluded: Function? = nil) -> Bag", doc: "Keeps matching items.") {
                receiver, args, context in
                let bag = try XCTUnwrap(receiver.native(as: Bag.self))
                let limit = args.has("below") ? try args.int("below") : Int.max
                let predicate = args.has("isIncluded") ? try args.function("isIncluded") : nil
                let kept = try bag.items.filter { item in
                    try item < limit && (predicate.map { try $0.call([.int(item)], in: context) == .bool(true) } ?? true)
                }
                return .native(Bag(kept))
            }
            type.method("subscript(_ index: Int) -> Int", doc: "The item at index.") { receiver, args, _ in
                let bag = try XCTUnwrap(receiver.native(as: Bag.self))
                let index = try args.int("index")
                guard bag.items.indices.contains(index) else {
                    throw ScriptError.invalidArgument(function: "Bag[_:]", message: "no item \(index)")
                }
                return .int(bag.items[index])
            }
            type.staticMethod("make(_ n: Int)", doc: "A bag of 0..<n.") { args, _ in
                .native(Bag(Array(0..<(try args.int("n")))))
            }
        }
        return ScriptHarness(registry: registry)
    }

    func testTrailingClosureSkipsDefaultedParametersToFillAnOptionalFunction() {
        let harness = makeHarness()
        XCTAssertEqual(harness.value("Bag.make(10).keep { $0 % 2 == 0 }.count"), "5")
        XCTAssertEqual(harness.value("Bag.make(10).keep(below: 5) { $0 % 2 == 0 }.count"), "3")
    }

    func testPositionalLabelledAndDefaultedArguments() {
        let harness = makeHarness()
        XCTAssertEqual(harness.value("probe([1, 2, 3])"), "\"3 task:tone 0.99\"")
        XCTAssertEqual(harness.value("probe([1], task: .phone, keep: 0.5)"), "\"1 task:phone 0.5\"")
        XCTAssertEqual(harness.value("probe([1], keep: 1)"), "\"1 task:tone 1.0\"")
    }

    func testImplicitMemberResolvesAgainstTheParameterType() {
        let harness = makeHarness()
        XCTAssertEqual(harness.value("probe([1], task: Task.phone)"), "\"1 task:phone 0.99\"")
        let failure = harness.failure("probe([1], task: .tonee)")
        XCTAssertEqual(failure?.name, "NameError")
        XCTAssertEqual(failure?.message, "type 'Task' has no member 'tonee' (known: .phone, .tone)")
    }

    func testStaticMethodsPropertiesAndTrailingClosuresCallingBack() {
        let harness = makeHarness()
        XCTAssertEqual(harness.value("let bag = Bag.make(10)\nbag.count"), "10")
        XCTAssertEqual(harness.value("bag.filter { $0 % 3 == 0 }.count"), "4")
        XCTAssertEqual(harness.value("var threshold = 7\nbag.filter { x in x > threshold }"), "Bag(2 items)")
    }

    func testSubscriptAndIterationOfLibraryValues() {
        let harness = makeHarness()
        XCTAssertEqual(harness.value("let bag = Bag.make(4)\nbag[2]"), "2")
        XCTAssertEqual(harness.value("var total = 0\nfor item in bag { total += item }\ntotal"), "6")
        XCTAssertEqual(harness.failure("bag[9]")?.message, "Bag[_:]: no item 9")
    }

    func testBadArgumentsAreScriptErrors() {
        let harness = makeHarness()
        let missing = harness.failure("probe(task: .tone)")
        XCTAssertEqual(missing?.name, "ArgumentError")
        XCTAssertEqual(missing?.message, "missing argument for parameter 'x' in call to probe(_:task:keep:)")
        let wrongType = harness.failure("probe([\"a\"])")
        XCTAssertEqual(wrongType?.message, "probe(_:task:keep:): parameter 'x' expects [Double], got String")
        let extra = harness.failure("probe([1], speed: 2)")
        XCTAssertEqual(extra?.message, "extra argument 'speed' in call to probe(_:task:keep:)")
        XCTAssertEqual(harness.failure("Bag.shake(1)")?.message, "type 'Bag' has no member 'shake'; did you mean 'make'?")
    }

    func testErrorInsideACallbackKeepsTheScriptTraceback() {
        let harness = makeHarness()
        let failure = harness.failure("let b = Bag.make(3)\nb.filter { 10 / ($0 - 1) > 0 }")
        XCTAssertEqual(failure?.name, "ArithmeticError")
        XCTAssertEqual(failure?.traceback.dropLast().filter { $0.hasPrefix("  at") },
                       ["  at <cell> line 2:1", "  at closure line 2:15"])
    }

    func testImplicitMemberComparedWithAValueOfTheType() {
        let harness = makeHarness()
        XCTAssertEqual(harness.value("let t = Task.tone\nlet r = switch t { case .phone: 1 case .tone: 2 default: 3 }\nr"), "2")
        XCTAssertEqual(harness.value("t == .tone"), "true")
    }
}

/// Registered types used as values or called like initializers.
final class RegistryTypeValueTests: XCTestCase {
    func testTypeNameAsValueExplainsItself() {
        let registry = Registry()
        registry.type("Model", doc: "A model.") { type in
            type.staticMethod("load(_ name: String)", doc: "Loads.") { args, _ in .string("loaded " + (try args.string("name"))) }
        }
        registry.type("Point", doc: "A point.") { type in
            type.staticMethod("init(x: Double, y: Double)", doc: "Makes a point.") { args, _ in
                .tuple([.double(try args.double("x")), .double(try args.double("y"))], labels: ["x", "y"])
            }
        }
        let harness = ScriptHarness(registry: registry)
        XCTAssertEqual(harness.failure("let m = Model")?.message, "'Model' is a type, not a value; use one of its members, e.g. Model.load")
        XCTAssertEqual(harness.value("Model.load(\"base\")"), "\"loaded base\"")
        XCTAssertEqual(harness.value("Point(x: 1, y: 2)"), "(x: 1.0, y: 2.0)")
    }
}
