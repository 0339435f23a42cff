import Foundation
import FormantNumerics
import FormantScript

extension ModelBindings {
    static func registerTensor(into registry: Registry) {
        registry.type("Tensor", doc: "A dense Float32 array (frames × features for hidden states), shown as its shape and first values.") { type in
            type.staticMethod(
                "load(_ path: String) -> Tensor",
                doc: "Reads a NumPy .npy file (float32/float64/int32/int64, 1-D or 2-D, any byte order, C or Fortran order)."
            ) { arguments, _ in
                try guarded {
                    .native(try Tensor.load(npy: URL(fileURLWithPath: try arguments.string("path"))))
                }
            }
            type.method("save(_ path: String)", doc: "Writes the tensor as a float32 NumPy .npy file (`path` must end in .npy).") { receiverValue, arguments, _ in
                try guarded {
                    try receiver(receiverValue, Tensor.self).save(npy: URL(fileURLWithPath: try arguments.savePath(extensions: ["npy"])))
                    return .void
                }
            }
            type.property("shape", type: "[Int]", doc: "The size of each dimension, outermost first.") {
                .array(try receiver($0, Tensor.self).shape.map(Value.int))
            }
            type.property("rank", type: "Int", doc: "The number of dimensions.") { .int(try receiver($0, Tensor.self).rank) }
            type.property("count", type: "Int", doc: "The number of elements.") { .int(try receiver($0, Tensor.self).count) }
            type.property("values", type: "[Double]", doc: "All elements in row-major order.") {
                .array(try receiver($0, Tensor.self).storage.map { .double(Double($0)) })
            }
            type.method("row(_ index: Int) -> Tensor", doc: "Slice `index` along the first dimension (a frame of a frames × features tensor).") { receiverValue, arguments, _ in
                let tensor = try receiver(receiverValue, Tensor.self)
                let index = try arguments.int("index")
                guard tensor.rank >= 1, index >= 0, index < tensor.rowCount else {
                    throw ScriptError.invalidArgument(
                        function: arguments.signature.selector, message: "row \(index) is out of range for a tensor of shape \(tensor.shape)")
                }
                return .native(tensor.row(index))
            }
        }
    }
}
