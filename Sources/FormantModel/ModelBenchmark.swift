import Foundation
import FormantCore
import FormantNumerics

/// Measures the speed and memory of hidden-state extraction, for `make bench` (never run by tests).
///
/// The workload is the brief's: an untrained wav2vec2-base-shaped model (12 layers, 768 wide), all
/// 13 hidden states of 10 s of audio, the same stopping early at layer 6, and a batch of utterances
/// of 2–8 s like AISHELL-1's. Speed is compared with the machine's measured single-precision GEMM peak.
public enum ModelBenchmark {
    /// Runs the benchmark with `threads` threads and returns named measurements (seconds, GFLOP/s, MB).
    ///
    /// Keys: `gemm_peak_gflops`, `init_seconds`, `single_seconds` (best of `repetitions`), `single_gflops`,
    /// `single_cpu_seconds` (mean process CPU time per pass, robust on a busy machine), `gemm_peak_fraction`, `layer6_seconds`, `early_stop_speedup`, `batch_utterances`, `batch_audio_seconds`,
    /// `batch_seconds`, `batch_realtime_factor`, and `peak_rss_mb` (after the single-utterance runs, so the
    /// model and one 10 s extraction; the batch's outputs are discarded one by one).
    public static func run(threads: Int = 2, repetitions: Int = 3, batchUtterances: Int = 100) throws -> [String: Double] {
        Threading.threadCount = threads
        var results: [String: Double] = ["threads": Double(threads)]
        results["gemm_peak_gflops"] = gemmPeak()
        let configuration = Wav2Vec2Configuration()
        let start = Date()
        let model = try Wav2Vec2Model.random(configuration: configuration, seed: 0)
        results["init_seconds"] = Date().timeIntervalSince(start)
        let audio = signal(seconds: 10, seed: 1)
        let cpuStart = processCPUSeconds()
        let single = try best(of: repetitions) { _ = try model.hiddenStates(audio) }
        results["single_cpu_seconds"] = (processCPUSeconds() - cpuStart) / Double(max(1, repetitions))
        results["single_seconds"] = single
        let gflops = configuration.forwardFLOPs(samples: audio.count) / single / 1e9
        results["single_gflops"] = gflops
        results["gemm_peak_fraction"] = gflops / (results["gemm_peak_gflops"] ?? gflops)
        let early = try best(of: repetitions) { _ = try model.hiddenStates(audio, layers: [6]) }
        results["layer6_seconds"] = early
        results["early_stop_speedup"] = single / early
        results["peak_rss_mb"] = peakResidentMegabytes()
        var generator = SplitMix64(seed: 2)
        let batch = (0..<batchUtterances).map { index in
            signal(seconds: 2 + 6 * Double(generator.nextUnit()), seed: UInt64(100 + index))
        }
        results["batch_utterances"] = Double(batchUtterances)
        results["batch_audio_seconds"] = Double(batch.reduce(0) { $0 + $1.count }) / 16000
        results["batch_seconds"] = try best(of: 1) {
            for audio in batch { _ = try model.hiddenStates(audio) }
        }
        results["batch_realtime_factor"] = (results["batch_seconds"] ?? 0) / (results["batch_audio_seconds"] ?? 1)
        return results
    }

    /// The results as a JSON object (sorted keys), the form `bench/model_bench.py` reads.
    public static func json(_ results: [String: Double]) -> String {
        "{" + results.keys.sorted().map { "\"\($0)\": \(results[$0] ?? 0)" }.joined(separator: ", ") + "}"
    }

    /// The results as Markdown table rows `| measure | value |`, sorted by name.
    public static func markdownRows(_ results: [String: Double]) -> String {
        results.keys.sorted().map { "| formant \($0) | \(String(format: "%.3f", results[$0] ?? 0)) |" }.joined(separator: "\n")
    }

    /// The best GEMM rate on 2048 × 2048 matrices, in GFLOP/s.
    static func gemmPeak() -> Double {
        let n = 2048
        let a = Tensor(shape: [n, n], storage: (0..<(n * n)).map { Float($0 % 7) * 0.1 })
        let seconds = (try? best(of: 3) { _ = a.matmul(a) }) ?? .infinity
        return 2 * pow(Double(n), 3) / seconds / 1e9
    }

    /// Deterministic speech-like test audio: two harmonic tones with a moving pitch plus noise.
    static func signal(seconds: Double, seed: UInt64) -> [Float] {
        var generator = SplitMix64(seed: seed)
        return (0..<Int(seconds * 16000)).map { i in
            let t = Double(i) / 16000
            let pitch = 120 + 30 * sin(2 * Double.pi * 0.5 * t)
            let voiced = 0.3 * sin(2 * Double.pi * pitch * t) + 0.15 * sin(4 * Double.pi * pitch * t)
            return Float(voiced) + 0.02 * (generator.nextUnit() - 0.5)
        }
    }

    private static func best(of repetitions: Int, _ body: () throws -> Void) throws -> Double {
        var fastest = Double.infinity
        for _ in 0..<max(1, repetitions) {
            let start = Date()
            try body()
            fastest = min(fastest, Date().timeIntervalSince(start))
        }
        return fastest
    }

    /// User plus system CPU time of the whole process (all threads), in seconds.
    static func processCPUSeconds() -> Double {
        let usage = resourceUsage()
        let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        return user + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    }

    /// The process's peak resident set size, in MB (`ru_maxrss` is in KB on Linux, bytes on macOS).
    static func peakResidentMegabytes() -> Double {
        #if os(Linux)
        return Double(resourceUsage().ru_maxrss) / 1024
        #else
        return Double(resourceUsage().ru_maxrss) / 1_048_576
        #endif
    }

    private static func resourceUsage() -> rusage {
        var usage = rusage()
        #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        return usage
    }
}
