# Formant: one-command setup, demo, tests and benchmarks on a fresh Debian machine.
#   make demo   install what is missing, build (release), install the kernelspec, run the tour notebook
#   make test   the same setup, then every test suite
#   make lab    JupyterLab with the Formant kernel
#   make bench  benchmarks side by side with the references; writes BENCHMARKS.md
#   make tour   re-execute notebooks/tour.ipynb in place (its committed outputs)

SHELL := /bin/bash
VENV := .venv
PYTHON := $(VENV)/bin/python
JUPYTER := $(VENV)/bin/jupyter
FORMANT := .build/release/formant
KERNELSPEC := $(VENV)/share/jupyter/kernels/formant/kernel.json
SWIFT_SOURCES := $(shell find Sources -type f) Package.swift
BUILD_DIR := build

export FORMANT_BIN := $(abspath $(FORMANT))

.PHONY: demo test lab bench tour deps venv build kernelspec swift-test python-test clean

demo: kernelspec
	@mkdir -p $(BUILD_DIR)
	$(JUPYTER) nbconvert --to notebook --execute --ExecutePreprocessor.kernel_name=formant \
	  --ExecutePreprocessor.timeout=1800 --output-dir $(BUILD_DIR) --output tour.ipynb notebooks/tour.ipynb
	$(JUPYTER) nbconvert --to html --output-dir $(BUILD_DIR) --output tour.html $(BUILD_DIR)/tour.ipynb
	@echo "demo: executed notebook in $(BUILD_DIR)/tour.ipynb, HTML in $(BUILD_DIR)/tour.html"

test: kernelspec swift-test python-test

deps:
	@bash scripts/install-deps.sh

venv: $(VENV)/.installed

$(VENV)/.installed: Tests/Python/requirements.txt | deps
	test -x $(PYTHON) || python3 -m venv $(VENV)
	$(PYTHON) -m pip install -q --upgrade pip
	$(PYTHON) -m pip install -q -r Tests/Python/requirements.txt
	touch $@

build: $(FORMANT)

$(FORMANT): $(SWIFT_SOURCES) | deps
	swift build -c release --product formant

kernelspec: $(KERNELSPEC)

$(KERNELSPEC): $(FORMANT) kernelspec/kernel.json | venv
	VIRTUAL_ENV=$(abspath $(VENV)) $(FORMANT) install --sys-prefix

swift-test: | deps
	@mkdir -p $(BUILD_DIR)
	swift test 2>&1 | tee $(BUILD_DIR)/swift-test.log; exit $${PIPESTATUS[0]}

python-test: kernelspec
	@mkdir -p $(BUILD_DIR)
	$(MAKE) demo
	FORMANT_NOTEBOOK_HTML=$(abspath $(BUILD_DIR)/tour.html) JUPYTER_PATH=$(abspath $(VENV)/share/jupyter) \
	  $(PYTHON) -m pytest -q Tests/Python Tests/Browser

lab: kernelspec
	$(JUPYTER) lab

tour: kernelspec
	$(JUPYTER) nbconvert --to notebook --execute --inplace --ExecutePreprocessor.kernel_name=formant \
	  --ExecutePreprocessor.timeout=1800 notebooks/tour.ipynb

bench: kernelspec $(VENV)/.bench-installed
	JUPYTER_PATH=$(abspath $(VENV)/share/jupyter) FORMANT_TORCH_PYTHON=$(abspath $(PYTHON)) \
	  $(PYTHON) bench/run_benchmarks.py --formant $(FORMANT) --output BENCHMARKS.md

$(VENV)/.bench-installed: bench/requirements.txt | venv
	$(PYTHON) -m pip install -q -r bench/requirements.txt
	touch $@

clean:
	rm -rf .build $(BUILD_DIR)
