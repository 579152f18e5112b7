# The two commands of the README, plus bench. Each installs what is missing first.
SHELL := /bin/bash

# make test SANITIZE=1: ASan and UBSan, in a build folder of their own.
# make test VALGRIND=1: the core suite under valgrind (no GUI: Xvfb and GTK under valgrind take
# far too long; no xlsx: it waits on LibreOffice, which valgrind does not look into anyway).
ifneq ($(SANITIZE),)
BUILD ?= build-asan
SETUP_ARGS := -Db_sanitize=address,undefined -Db_lundef=false
# Whole allocation stacks (fast_unwind_on_malloc=0) so that tests/lsan.supp can name the
# library calls it forgives.
TEST_ENV := G_SLICE=always-malloc UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	ASAN_OPTIONS=detect_leaks=1:fast_unwind_on_malloc=0 \
	LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp
TEST_ARGS := --timeout-multiplier 5
endif
ifneq ($(VALGRIND),)
TEST_ENV := G_SLICE=always-malloc
TEST_ARGS := --suite core --no-suite slow --timeout-multiplier 10 \
	--wrapper 'valgrind --quiet --error-exitcode=1 --leak-check=full --num-callers=30 \
	--errors-for-leak-kinds=definite --suppressions=/usr/share/glib-2.0/valgrind/glib.supp \
	--suppressions=$(CURDIR)/tests/valgrind.supp'
endif
BUILD ?= build
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# Debian 12 packages: to build, to run, and to test (Xvfb, fonts, validators, readers).
PACKAGES := build-essential pkg-config meson ninja-build gettext libglib2.0-dev-bin \
	libgtk-4-dev libcairo2-dev libsqlite3-dev libxlsxwriter-dev libcsv-dev libzip-dev \
	libxml2-dev librsvg2-common \
	adwaita-icon-theme fonts-noto-cjk desktop-file-utils appstream
TEST_PACKAGES := xvfb xauth poppler-utils python3-openpyxl libreoffice-calc-nogui
ifneq ($(VALGRIND),)
TEST_PACKAGES += valgrind
endif
BENCH_PACKAGES := $(TEST_PACKAGES) python3-xlsxwriter
XVFB := GTK_A11Y=none GSK_RENDERER=cairo GDK_BACKEND=x11 xvfb-run -a -s '-screen 0 1280x800x24'

.PHONY: all deps test-deps build run test bench fuzz clean

all: build

deps:
	@missing=$$(for p in $(PACKAGES) $(EXTRA_PACKAGES); do \
	  dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; \
	done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing:" $$missing; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

test-deps:
	@$(MAKE) --no-print-directory deps EXTRA_PACKAGES="$(TEST_PACKAGES)"

$(BUILD)/build.ninja:
	meson setup $(BUILD) --buildtype=debugoptimized $(SETUP_ARGS)

build: deps $(BUILD)/build.ninja
	ninja -C $(BUILD)

# Uninstalled: translations and settings come from the build folder.
run: build
	GONGYAK_LOCALEDIR=$(CURDIR)/$(BUILD)/po GSETTINGS_SCHEMA_DIR=$(CURDIR)/$(BUILD)/resources \
	  ./$(BUILD)/app/gongyak $(ARGS)

test: test-deps $(BUILD)/build.ninja
	ninja -C $(BUILD)
	$(TEST_ENV) meson test -C $(BUILD) --print-errorlogs --num-processes 2 $(TEST_ARGS)

# Figures, never pass/fail: import, workbook, and the window (under Xvfb).
bench: build
	@$(MAKE) --no-print-directory deps EXTRA_PACKAGES="$(BENCH_PACKAGES)"
	meson compile -C $(BUILD) bench-import bench-list bench-xlsx plain-xlsx bench-window \
	  bench-report
	set -o pipefail; { ./$(BUILD)/tests/bench/bench-import 2000 && \
	  ./$(BUILD)/tests/bench/bench-list 2000 && \
	  ./$(BUILD)/tests/bench/bench-xlsx 2000 && \
	  ./$(BUILD)/tests/bench/bench-report && \
	  $(XVFB) ./$(BUILD)/tests/bench/bench-window 20000; } | tee $(BUILD)/bench.log
	python3 tests/bench/table.py $(BUILD)/bench.log

# libFuzzer, each target for FUZZ_SECONDS, side by side; findings land in $(FUZZ_BUILD)/crashes.
FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 1800
FUZZ_RUN := UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 nice -n 15

fuzz:
	@$(MAKE) --no-print-directory deps EXTRA_PACKAGES="clang libclang-rt-14-dev"
	[ -f $(FUZZ_BUILD)/build.ninja ] || CC=clang meson setup $(FUZZ_BUILD) -Dfuzz=true \
	  -Db_sanitize=address,undefined -Db_lundef=false
	ninja -C $(FUZZ_BUILD) tests/fuzz/fuzz-card-reader tests/fuzz/fuzz-list tests/fuzz/fuzz-money
	mkdir -p $(FUZZ_BUILD)/corpus-card-reader $(FUZZ_BUILD)/corpus-list $(FUZZ_BUILD)/corpus-money \
	  $(FUZZ_BUILD)/crashes
	$(FUZZ_RUN) $(FUZZ_BUILD)/tests/fuzz/fuzz-card-reader -max_total_time=$(FUZZ_SECONDS) \
	  -print_final_stats=1 -artifact_prefix=$(FUZZ_BUILD)/crashes/card-reader- \
	  $(FUZZ_BUILD)/corpus-card-reader tests/data & reader=$$!; \
	$(FUZZ_RUN) $(FUZZ_BUILD)/tests/fuzz/fuzz-list -max_total_time=$(FUZZ_SECONDS) \
	  -print_final_stats=1 -artifact_prefix=$(FUZZ_BUILD)/crashes/list- \
	  $(FUZZ_BUILD)/corpus-list tests/fuzz/corpus-list & list=$$!; \
	$(FUZZ_RUN) $(FUZZ_BUILD)/tests/fuzz/fuzz-money -max_total_time=$(FUZZ_SECONDS) \
	  -print_final_stats=1 -artifact_prefix=$(FUZZ_BUILD)/crashes/money- \
	  $(FUZZ_BUILD)/corpus-money tests/fuzz/corpus-money; money=$$?; \
	wait $$reader && wait $$list && [ $$money = 0 ]

clean:
	rm -rf $(BUILD)
