/*
 * libFuzzer's driver for the fuzz executables. SwiftPM links every executable target with
 * `main` renamed to `<Target>_main`; each fuzz executable defines that function as a call
 * to fuzz_driver_main, which hands the command line to libFuzzer (LLVMFuzzerRunDriver, in
 * the fuzzer runtime) with the executable's LLVMFuzzerTestOneInput.
 */
#ifndef CFUZZERDRIVER_H
#define CFUZZERDRIVER_H

#include <stddef.h>
#include <stdint.h>

int fuzz_driver_main(int argc, char **argv);

#endif
