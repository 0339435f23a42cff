import Foundation

/// Reading the files of a checkpoint directory, with every failure turned into a `ModelError` naming the file.
enum ModelFiles {
    /// The bytes of `url`, memory-mapped when possible.
    static func contents(of url: URL) throws -> Data {
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw ModelError.io(file: url.path, reason: "no such file")
        }
        do { return try Data(contentsOf: url, options: .mappedIfSafe) } catch {
            throw ModelError.io(file: url.path, reason: "cannot read: \(error.localizedDescription)")
        }
    }

    /// Decodes the JSON file at `url` as `T`; syntax errors and wrongly typed keys name the file and key.
    static func decode<T: Decodable>(_ type: T.Type, from url: URL) throws -> T {
        let data = try contents(of: url)
        do { return try JSONDecoder().decode(T.self, from: data) } catch let error as DecodingError {
            throw describe(error, file: url.path)
        }
    }

    private static func describe(_ error: DecodingError, file: String) -> ModelError {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case .typeMismatch(let type, let context):
            return .invalidConfiguration(file: file, key: path(context), detail: "expected a value of type \(type)")
        case .valueNotFound(let type, let context):
            return .invalidConfiguration(file: file, key: path(context), detail: "expected a value of type \(type), found null")
        case .keyNotFound(let key, _):
            return .invalidConfiguration(file: file, key: key.stringValue, detail: "missing")
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                let reason = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
                return .invalidJSON(file: file, detail: reason ?? context.debugDescription)
            }
            return .invalidConfiguration(file: file, key: path(context), detail: context.debugDescription)
        @unknown default:
            return .invalidJSON(file: file, detail: "\(error)")
        }
    }
}
