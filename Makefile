# A thin wrapper over CMake: `make demo`, `make test`, `make bench`.
# Each first installs what is missing (scripts/deps.sh), then builds.
#   make test SANITIZE=1     the tests under ASan and UBSan (own build dir)
#   make demo BACKEND=llvm   the demo from an object built by nnc alone
BACKEND  ?= c
SANITIZE ?= 0
JOBS     ?= $(shell nproc 2>/dev/null || echo 2)

ifeq ($(SANITIZE),1)
BUILD ?= build-sanitize
CMAKE_FLAGS += -DNNC_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
# the heavy tests (PyTorch references, full compile sweeps) stay in the
# plain run; docs/testing.md
CTEST_FLAGS ?= -LE slow
else
BUILD ?= build
endif

.PHONY: all configure build demo test bench clean

all: build

configure:
	@test -f $(BUILD)/CMakeCache.txt || cmake -S . -B $(BUILD) $(CMAKE_FLAGS)

build: configure
	cmake --build $(BUILD) -j $(JOBS)

# the demo needs the compiler and the runtime only: most of what `build`
# compiles is tests, which `make test` builds
demo:
	scripts/deps.sh demo
	$(MAKE) --no-print-directory configure
	cmake --build $(BUILD) -j $(JOBS) --target nnc nnrt
	scripts/demo.sh $(BUILD) $(BACKEND)

test:
	scripts/deps.sh test
	$(MAKE) --no-print-directory build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS) $(CTEST_FLAGS)

bench:
	scripts/deps.sh bench
	$(MAKE) --no-print-directory build
	bench/run.sh $(BUILD)

clean:
	rm -rf build build-sanitize
