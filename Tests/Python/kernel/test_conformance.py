"""The jupyter_kernel_test conformance suite, run against the Formant kernel."""

import unittest

import jupyter_kernel_test

import conftest  # noqa: F401  (installs the kernelspec under test)


class FormantKernelConformance(jupyter_kernel_test.KernelTests):
    kernel_name = "formant"
    language_name = "swift"
    file_extension = ".swift"

    code_hello_world = 'print("hello, world")'
    code_stderr = 'FileHandle.standardError.write("oops\\n")'

    completion_samples = [
        {"text": "prin", "matches": {"print"}},
        {"text": "clearO", "matches": {"clearOutput"}},
        {"text": "updateDis", "matches": {"updateDisplay"}},
    ]
    complete_code_samples = ["1", 'print("hello, world")', "let x = 1", "func f() {\n  return\n}"]
    incomplete_code_samples = ["func f() {", "let a = [1,", 'print("a",']
    invalid_code_samples = ["let = 5", ")", "let x = [1, 2)"]

    code_generate_error = 'fatalError("boom")'
    code_execute_result = [
        {"code": "6 * 7", "result": "42"},
        {"code": '"a" + "b"', "result": '"ab"'},
        {"code": "1 + 1", "result": "2"},
    ]
    code_display_data = [
        {"code": "display(42)", "mime": "text/plain"},
        {"code": 'display(plot(series: ["tone": [0.2, 0.5, 0.9]]))', "mime": "image/svg+xml"},
        {"code": 'display(table([[1, "a"], [2, "b"]], header: ["n", "s"]))', "mime": "text/html"},
    ]
    code_history_pattern = "6 * *"
    supported_history_operations = ("tail", "range", "search")
    code_inspect_sample = "print"
    code_clear_output = "clearOutput()"


if __name__ == "__main__":
    unittest.main()
